/**
 * lead: the first body paragraph (captions and headings are not the lead), past the
 * publication stamps and counts under the headline ("05/09/2025 09:42", "Lượt xem: 654").
 */
import type { Block } from '../core/document.js';
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { isPublicationStamp } from './source.js';

/** Most stamp lines passed over before the lead. */
const MAX_STAMPS = 3;

/** The position in `blocks` of the lead paragraph, past stamps under the headline; -1 when none. */
export function firstLeadPosition(blocks: readonly Block[]): number {
  let first = -1;
  let stamps = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'paragraph') continue;
    if (first < 0) first = i;
    if (stamps >= MAX_STAMPS || !isPublicationStamp(blocks[i].text)) return i;
    stamps++;
  }
  return first;
}

export function extractLead(ctx: ExtractContext): void {
  const at = firstLeadPosition(ctx.doc.blocks);
  if (at < 0) return;
  const first = ctx.doc.blocks[at];
  ctx.article.lead = first.text;
  traceField(ctx, 'lead', ctx.doc.evidence(first.start, first.end, 'lead.first-paragraph'));
}
