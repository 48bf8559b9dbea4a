/**
 * lead: the first body paragraph (captions and headings are not the lead), past the
 * publication stamps and counts under the headline ("05/09/2025 09:42", "Lượt xem: 654").
 */
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { isPublicationStamp } from './source.js';

/** Most stamp lines passed over before the lead. */
const MAX_STAMPS = 3;

export function extractLead(ctx: ExtractContext): void {
  let first;
  let stamps = 0;
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    first ??= block;
    if (stamps >= MAX_STAMPS || !isPublicationStamp(block.text)) {
      first = block;
      break;
    }
    stamps++;
  }
  if (!first) return;
  ctx.article.lead = first.text;
  traceField(ctx, 'lead', ctx.doc.evidence(first.start, first.end, 'lead.first-paragraph'));
}
