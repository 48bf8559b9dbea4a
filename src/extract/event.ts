/** event: first pass pending (placeholder so the registry is complete). */
import type { ExtractContext } from './context.js';

export function extractEvent(_ctx: ExtractContext): void {}
