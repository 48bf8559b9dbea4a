/** captions: first pass pending (placeholder so the registry is complete). */
import type { ExtractContext } from './context.js';

export function extractCaptions(_ctx: ExtractContext): void {}
