/** organizers: first pass pending (placeholder so the registry is complete). */
import type { ExtractContext } from './context.js';

export function extractOrganizers(_ctx: ExtractContext): void {}
