/**
 * Look-ups over a segmented document: quoted spans in logarithmic time, so that extractors
 * stay linear on huge inputs (blocks and sentences are looked up on the document itself),
 * character classes by table, and match keys of ranges sliced from `doc.key`.
 */
import { lastAtOrBefore, rangesByBlock, type QuotedSpan, type VnDocument } from '../core/document.js';
import { isSpace, matchKey } from '../core/text.js';
import { alternation, lexiconTrie } from '../lexicon/compile.js';
import { classAt, DIGIT, IS_DIGIT, IS_LETTER, IS_MARK, LETTER, MARK } from '../core/chars.js';

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
    this.re = new RegExp(`(?:^|\\s)${lexiconTrie(words)}${tail}$`, 'iu');
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

/**
 * The matches of `wordRegex(words)` (whole words, longest entry first), found by the
 * alternation and its word-end lookahead alone, the word-start test made in code on each
 * match: without a leading lookbehind V8 skips ahead to the entries' first letters, about
 * twice as fast over a sentence.
 */
export class WordScanner {
  private readonly re: RegExp;

  /** `flags`: those of the wordRegex whose matches these are. */
  constructor(words: readonly string[], flags: string) {
    this.re = new RegExp(`${alternation(words)}(?![${LETTER}${MARK}${DIGIT}])`, flags.includes('g') ? flags : `${flags}g`);
  }

  /** The first match at or after `from`, as the wordRegex with lastIndex `from` finds it. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const re = this.re;
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!(classAt(text, m.index - 1) & (IS_LETTER | IS_MARK | IS_DIGIT))) return m;
      re.lastIndex = m.index + 1;
    }
    return null;
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
