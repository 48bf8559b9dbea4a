/**
 * Look-ups over a segmented document: quoted spans in logarithmic time, so that extractors
 * stay linear on huge inputs (blocks and sentences are looked up on the document itself),
 * character classes by table, and match keys of ranges sliced from `doc.key`.
 */
import { lastAtOrBefore, rangesByBlock, type QuotedSpan, type VnDocument } from '../core/document.js';
import { matchKey, squash } from '../core/text.js';
import { alternation } from '../lexicon/compile.js';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../core/chars.js';


/** Bits of CHAR_CLASS: the character classes of chars.ts, one table look-up per character. */
export const IS_UPPER = 1;
export const IS_LOWER = 2;
export const IS_LETTER = 4;
export const IS_MARK = 8;
export const IS_DIGIT = 16;

/** Code units a class body of chars.ts (`A-Z\\u00C0-\\u00D6…`) holds, set in `table` as `bit`. */
function markClass(table: Uint8Array, body: string, bit: number): void {
  let i = 0;
  const unit = () => {
    if (body[i] === '\\' && body[i + 1] === 'u') return parseInt(body.slice((i += 6) - 4, i), 16);
    return body.charCodeAt(i++);
  };
  while (i < body.length) {
    const lo = unit();
    const hi = body[i] === '-' && i + 1 < body.length ? (i++, unit()) : lo;
    for (let c = lo; c <= hi; c++) table[c] |= bit;
  }
}

/**
 * Class bits by code unit (the classes hold no character beyond U+1EFF, and none outside
 * the Basic Multilingual Plane): hand-written scanners test a character with it instead of
 * running a regex from every position.
 */
export const CHAR_CLASS = new Uint8Array(0x1f00);
markClass(CHAR_CLASS, UPPER, IS_UPPER);
markClass(CHAR_CLASS, LOWER, IS_LOWER);
markClass(CHAR_CLASS, LETTER, IS_LETTER);
markClass(CHAR_CLASS, MARK, IS_MARK);
markClass(CHAR_CLASS, DIGIT, IS_DIGIT);

/**
 * Class bits of the character at `i` (0 past either end). The bounds are tested first: an
 * out-of-range charCodeAt (NaN) makes V8 recompile its callers for floating-point codes.
 */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 0x1f00 ? CHAR_CLASS[c] : 0;
}

/** Whether a UTF-16 code unit is white space to a regex (`\s`). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** squash(text) without building a new string when `text` has no white space to collapse or trim. */
export function squashed(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || text.charCodeAt(i + 1) === 32 : isSpace(c)) return squash(text);
  }
  return text;
}

/**
 * matchKey(text.slice(start, end)) of a document (or any text with its key), sliced from
 * its key when that is the same: when no tone pair was moved across `start` (the key and
 * the text agree just before it) and `end` does not cut a word.
 */
export function keyOf(doc: { readonly text: string; readonly key: string }, start: number, end: number): string {
  const { text, key } = doc;
  const cutBefore = start > 0 && key.charCodeAt(start - 1) !== text.charCodeAt(start - 1);
  const cutAfter = end < text.length && classAt(text, end - 1) & (IS_LETTER | IS_MARK) && classAt(text, end) & (IS_LETTER | IS_MARK);
  return cutBefore || cutAfter ? matchKey(text.slice(start, end)) : key.slice(start, end);
}

/**
 * `(?:^|\s)(?:words)TAIL$` (TAIL: white space or nothing) on the first `end` characters of a
 * text, run on their tail only: a match starts at most the longest entry and one space
 * before the last non-space character, so the regex need not be tried from every space of
 * a long phrase.
 */
export class WordAtEnd {
  private readonly re: RegExp;
  private readonly longest: number;

  constructor(words: readonly string[], tail = '') {
    this.re = new RegExp(`(?:^|\\s)${alternation(words)}${tail}$`, 'iu');
    this.longest = Math.max(...words.map((w) => matchKey(w.normalize('NFC')).length));
  }

  /** Where the match in text[0, end) starts (its space, or 0), or -1. */
  find(text: string, end: number): number {
    let last = end;
    while (last > 0 && isSpace(text.charCodeAt(last - 1))) last--;
    // A window start inside the text cannot fake a `^` match: no entry is that long.
    const from = Math.max(0, last - this.longest - 1);
    const m = this.re.exec(text.slice(from, end));
    return m ? from + m.index : -1;
  }
}

export class DocIndex {
  private readonly quoteRanges: Int32Array;
  /** Outermost quoted spans, sorted, for "is this offset inside a quotation?". */
  private readonly quoted: QuotedSpan[] = [];

  constructor(readonly doc: VnDocument) {
    this.quoteRanges = rangesByBlock(doc.blocks.length, doc.quotes);
    let reach = -1;
    for (const q of [...doc.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (q.end <= reach) continue;
      this.quoted.push(q);
      reach = q.end;
    }
  }

  /** Quoted spans that open in `block`. */
  quotesIn(block: number): readonly QuotedSpan[] {
    return this.doc.quotes.slice(this.quoteRanges[block * 2], this.quoteRanges[block * 2 + 1]);
  }

  /** Whether no other quoted span contains `span`. */
  isOutermost(span: QuotedSpan): boolean {
    const q = this.quoted[lastAtOrBefore(this.quoted, span.start)];
    return q === span || !q || q.end <= span.start || (q.start === span.start && q.end === span.end);
  }

  /** Whether `offset` lies inside quotation marks. */
  isQuoted(offset: number): boolean {
    const q = this.quoted[lastAtOrBefore(this.quoted, offset)];
    return !!q && offset < q.end;
  }
}
