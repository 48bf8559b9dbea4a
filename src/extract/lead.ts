/**
 * lead: the first body paragraph (captions and headings are not the lead), past the
 * publication stamps and counts under the headline ("05/09/2025 09:42", "Lượt xem: 654") and
 * the headline repeated there.
 */
import type { Block } from '../core/document.js';
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { isPublicationStamp } from './source.js';
import { squash } from '../core/text.js';

/** Most stamp and repeated-headline lines passed over before the lead. */
const MAX_STAMPS = 3;

/** `text` squashed and lower-cased, to compare a line with the headline. */
const folded = (text: string) => squash(text).toLowerCase();

/**
 * The position in `blocks` of the lead paragraph, past stamps under the headline and the
 * headline said again (pages repeat their title above the text); -1 when none.
 */
export function firstLeadPosition(blocks: readonly Block[], headline: Block | undefined): number {
  let first = -1;
  let skipped = 0;
  // Folded only once a line has the headline's length: most texts have none.
  let title: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== 'paragraph') continue;
    if (first < 0) first = i;
    const passed = skipped < MAX_STAMPS
      && (isPublicationStamp(block.text) || (block.text.length === headline?.text.length && folded(block.text) === (title ??= folded(headline.text))));
    if (!passed) return i;
    skipped++;
  }
  return first;
}

export function extractLead(ctx: ExtractContext): void {
  const at = firstLeadPosition(ctx.doc.blocks, ctx.doc.blocks.find((b) => b.kind === 'headline'));
  if (at < 0) return;
  const first = ctx.doc.blocks[at];
  ctx.article.lead = first.text;
  traceField(ctx, 'lead', ctx.doc.evidence(first.start, first.end, 'lead.first-paragraph'));
}
