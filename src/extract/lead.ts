/** lead: the first body paragraph (captions and headings are not the lead). */
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';

export function extractLead(ctx: ExtractContext): void {
  const first = ctx.doc.blocks.find((b) => b.kind === 'paragraph');
  if (!first) return;
  ctx.article.lead = first.text;
  traceField(ctx, 'lead', ctx.doc.evidence(first.start, first.end, 'lead.first-paragraph'));
}
