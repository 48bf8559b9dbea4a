/** source: first pass pending (placeholder so the registry is complete). */
import type { ExtractContext } from './context.js';

export function extractSource(_ctx: ExtractContext): void {}
