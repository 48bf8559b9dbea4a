/**
 * Quoted spans: “…”, «…», „…“, ‘…’ and straight "…" pairs inside a block, with offsets of
 * the inner text. A quote left open at the end of a block is kept and marked `unclosed`.
 */
import type { Block, QuotedSpan } from '../core/document.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"' };

/** A ‘ or ’ between letters is an apostrophe, not a quotation mark. */
function isApostrophe(text: string, i: number): boolean {
  return /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
}

export function findQuotes(block: Block): QuotedSpan[] {
  const text = block.text;
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text[i];
    const close = PAIRS[open];
    if (!close || (open === '‘' && isApostrophe(text, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !(text[j] === close && !(close === '’' && isApostrophe(text, j)))) j++;
    const unclosed = j >= text.length;
    const start = i + 1;
    const end = unclosed ? text.length : j;
    if (end > start) {
      spans.push({
        block: block.index, open, close, unclosed,
        start: block.start + start, end: block.start + end, text: text.slice(start, end),
      });
    }
    i = end + 1;
  }
  return spans;
}
