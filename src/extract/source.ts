/**
 * source: the outlet the article credits and the byline. Rules, most reliable first:
 *   1. front matter `source`, `author`, `url`;
 *   2. a labelled credit line at the end ("Nguồn: VnExpress", "Theo báo X", "Tác giả: Y");
 *   3. an outlet tag opening the first paragraph ("(Dân trí) - …", "NTTU - …");
 *   4. a bare byline: a short line of capitalised words at the end, or right under the
 *      headline ("Lê Hùng", "PHAN ANH", "P-Q").
 * Credit and byline blocks are marked `kind = 'credit'` so that later fields skip them.
 */
import type { Block } from '../core/document.js';
import { squash } from '../core/text.js';
import { alternation } from '../lexicon/compile.js';
import { AUTHOR_LABELS, OUTLET_KIND_WORDS, SOURCE_LABELS } from '../lexicon/vi/source.js';
import { PHOTO_CREDIT_LABELS } from '../lexicon/vi/captions.js';
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';

const SOURCE_LINE = new RegExp(`^${alternation(SOURCE_LABELS)}\\s*:?\\s+(?:${alternation(OUTLET_KIND_WORDS)}\\s+)?(.{2,80}?)[.\\s]*$`, 'iu');
const AUTHOR_LINE = new RegExp(`^${alternation(AUTHOR_LABELS)}\\s*[:：]\\s*(.{2,60}?)[.\\s]*$`, 'iu');
const AUTHOR_PREFIX = new RegExp(`^${alternation(AUTHOR_LABELS)}\\s+(?=\\p{Lu})`, 'iu');
const PHOTO_LINE = new RegExp(`^\\(?${alternation(PHOTO_CREDIT_LABELS)}\\s*:`, 'iu');
/** "(Dân trí) - ", "(TVU)-", "NTTU - ", "(BĐ) – " at the start of the first paragraph. */
const OUTLET_TAG = /^(?:\(([^()\n]{2,30})\)\s*[-–—]?|(\p{Lu}[\p{Lu}\d&.]{1,11})\s+[-–—])\s*/u;
/** A syllable of a name or an initial ("Nguyễn", "PHAN", "M.Đức", "P-Q"). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+|(?:\p{Lu}[.-])+\p{Lu}[\p{Ll}\p{M}]*)$/u;
/** A trailing desk or agency tag after a byline ("Yến Khanh - TH"). */
const DESK_SUFFIX = /\s+[-–]\s*\p{Lu}{1,5}$/u;

/** A line that is only a person's name (1–5 capitalised words, initials allowed). */
export function isBareName(text: string): boolean {
  const words = text.replace(/[.\s]+$/, '').split(/\s+/);
  if (words.length < 1 || words.length > 5 || /\d/.test(text)) return false;
  if (words.length === 1 && !/[.-]/.test(words[0]) && words[0].length < 2) return false;
  return words.every((w) => NAME_WORD.test(w));
}

function cleanAuthor(raw: string): string {
  return squash(raw.replace(AUTHOR_PREFIX, '').replace(DESK_SUFFIX, '').replace(/[.\s]+$/, ''));
}

export function extractSource(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const fm = doc.frontMatter;
  // 1. Front matter wins.
  if (fm.source) article.source.name = fm.source;
  if (fm.author) article.source.author = fm.author;
  if (fm.url) article.source.url = fm.url;

  const body = doc.blocks.filter((b) => b.kind === 'paragraph');
  const setName = (name: string, block: Block, rule: string) => {
    if (article.source.name) return;
    article.source.name = squash(name);
    traceField(ctx, 'source.name', doc.evidence(block.start, block.end, rule));
  };
  const setAuthor = (name: string, block: Block, rule: string) => {
    if (article.source.author || !name) return;
    article.source.author = name;
    traceField(ctx, 'source.author', doc.evidence(block.start, block.end, rule));
  };

  // 2 and 4. Walk back from the end over credit lines; photo credits are left to captions.
  for (let i = body.length - 1; i >= 1; i--) {
    const block = body[i];
    const text = squash(block.text);
    if (PHOTO_LINE.test(text) && text.length < 80) continue;
    const author = AUTHOR_LINE.exec(text);
    const source = author ? null : SOURCE_LINE.exec(text);
    if (author) setAuthor(cleanAuthor(author[1]), block, 'source.author-label');
    else if (source && text.split(' ').length <= 12) setName(source[1], block, 'source.credit-line');
    else if (isBareName(cleanAuthor(text))) setAuthor(cleanAuthor(text), block, 'source.end-byline');
    else break;
    block.kind = 'credit';
  }

  // 3. Outlet tag opening the first paragraph.
  const first = body[0];
  const tag = first ? OUTLET_TAG.exec(first.text) : null;
  if (first && tag) setName(tag[1] ?? tag[2], first, 'source.outlet-tag');

  // 4. A byline right under the headline, before the first real paragraph.
  if (first && body.length > 2 && isBareName(first.text) && first.text.split(' ').length <= 4) {
    setAuthor(cleanAuthor(first.text), first, 'source.top-byline');
    first.kind = 'credit';
  }
}
