/**
 * Look-ups over a segmented document: quoted spans in logarithmic time, so that extractors
 * stay linear on huge inputs (blocks and sentences are looked up on the document itself),
 * character classes by table, and match keys of ranges sliced from `doc.key`.
 */
import { derivedKey, lastAtOrBefore, rangesByBlock, type QuotedSpan, type VnDocument } from '../core/document.js';
import { endsWithTonePair, isSpace, matchKey } from '../core/text.js';
import { lexiconKey, lexiconPattern, lexiconTrie, wordRegexOnUse } from '../lexicon/compile.js';
import { onFirstUse } from '../core/lazy.js';
import { firstAtOrAfter } from '../core/sorted.js';
import { WordSet } from './phrase-sets.js';
import { scannedBlock } from './tokens.js';
import { classAt, IS_WORD } from '../core/chars.js';

/**
 * matchKey(text.slice(start, end)) of a document (or any text with its key), sliced from
 * its key when that is the same: matchKey only moves the tone of a pair ending a syllable,
 * so the two differ only by a pair cut at either end, or one the slice's end makes final.
 */
export function keyOf(doc: { readonly text: string; readonly key: string }, start: number, end: number): string {
  return isKeySlice(doc, start, end) ? doc.key.slice(start, end) : matchKey(doc.text.slice(start, end));
}

/** Whether keyOf(doc, start, end) is key[start, end), so that it can be read in place. */
export function isKeySlice(doc: { readonly text: string; readonly key: string }, start: number, end: number): boolean {
  const { text, key } = doc;
  // A pair moved across `start`: the key and the text differ just before it.
  if (start > 0 && key.charCodeAt(start - 1) !== text.charCodeAt(start - 1)) return false;
  if (end >= text.length) return true;
  // A pair moved across `end` (both its letters differ), or a pair the slice ends with, whose
  // tone the key may have left (a letter after it) where the slice's key would move it.
  if (key.charCodeAt(end) !== text.charCodeAt(end) && key.charCodeAt(end - 1) !== text.charCodeAt(end - 1)) return false;
  return !endsWithTonePair(text, end);
}

/**
 * `(?:^|\s)(?:words)TAIL$` (TAIL: white space or nothing) on the first `end` characters of a
 * text, run on their tail only: a match starts at most the longest entry and one space
 * before the last non-space character, so the regex need not be tried from every space of
 * a long phrase.
 */
export class WordAtEnd {
  /** Without the u flag (see lexiconPattern: it compiles some four times faster). */
  private readonly re: RegExp;
  /** With it, for a tail holding ſ or the Kelvin sign, which it alone folds to "s" and "k". */
  private readonly unicodeRe: () => RegExp;
  private readonly longest: number;

  constructor(words: readonly string[], tail = '') {
    const source = `(?:^|\\s)${lexiconTrie(words)}${tail}$`;
    this.re = lexiconPattern(source, 'i');
    this.unicodeRe = onFirstUse(() => new RegExp(source, 'iu'));
    this.longest = Math.max(...words.map((w) => lexiconKey(w).length));
  }

  /** Where the match in text[0, end) starts (its space, or 0), or -1. */
  find(text: string, end: number): number {
    return this.findIn(text, 0, end);
  }

  /** Where the match in text[start, end) (read as a text of its own) starts, or -1. */
  findIn(text: string, start: number, end: number): number {
    let last = end;
    while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
    // A window start inside the text cannot fake a `^` match: no entry is that long.
    const from = Math.max(start, last - this.longest - 1);
    const tail = text.slice(from, end);
    const m = (foldsOnlyUnderUnicode(tail) ? this.unicodeRe() : this.re).exec(tail);
    return m ? from + m.index : -1;
  }
}

/** Whether `text` holds ſ or the Kelvin sign, the only units an iu pattern of Vietnamese words matches and an i one does not. */
function foldsOnlyUnderUnicode(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x17f || c === 0x212a) return true;
  }
  return false;
}

/** Word sets whose tokens `tokenStarts` records (each WordFinder registers its first words). */
const markedSets: WordSet[] = [];

interface TokenStarts {
  doc: VnDocument;
  /** Offsets of the joiners inside the blocks' tokens, ascending (see ScannedTokens). */
  joiners: number[];
  /** Those and the digits other than 0-9 before a word character, ascending (see ScannedTokens). */
  cuts: number[];
  /**
   * Where capitalised tokens start that a space and a capital follow, ascending: a run of
   * capitalised syllables that starts at a token start and holds two or more starts there.
   */
  caps: number[];
  /** For each set of markedSets, where its tokens start, ascending. */
  marked: number[][];
}

/** The starts of the document looked at last (most calls ask for the same one as the call before). */
let lastStarts: TokenStarts | null = null;
const TOKEN_STARTS = derivedKey<TokenStarts>('token-starts');
const isCurrent = (starts: TokenStarts) => starts.marked.length === markedSets.length;

/**
 * Where words and names may start in a document's blocks, found once per document from what
 * the scan of its blocks noted (see ScannedTokens).
 */
export function tokenStarts(doc: VnDocument): TokenStarts {
  if (lastStarts?.doc === doc && isCurrent(lastStarts)) return lastStarts;
  return (lastStarts = doc.derived(TOKEN_STARTS, () => findTokenStarts(doc), isCurrent));
}

function findTokenStarts(doc: VnDocument): TokenStarts {
  const starts: TokenStarts = { doc, joiners: [], cuts: [], caps: [], marked: markedSets.map(() => []) };
  const { joiners, cuts, caps, marked } = starts;
  for (const block of doc.blocks) {
    const scanned = scannedBlock(doc, block);
    for (const at of scanned.caps) caps.push(at);
    for (const at of scanned.joiners) joiners.push(at);
    for (const at of scanned.cuts) cuts.push(at);
    // The tokens themselves are not read: allocated long before, they are rarely in cache.
    const words = scanned.indexedWords;
    for (let w = 0; w < words.length; w += 2) {
      for (let k = 0; k < markedSets.length; k++) if (words[w + 1] & markedSets[k].bit) marked[k].push(words[w]);
    }
  }
  return starts;
}

/** Where the run of word characters holding key[i] starts. */
function runStart(key: string, i: number): number {
  while (i > 0 && classAt(key, i - 1) & IS_WORD) i--;
  return i;
}

/**
 * Finds what `wordRegex(words)` (whole words, case-insensitive, longest entry first) finds
 * in a slice of a document key, from the block's word tokens (computed once per document
 * for all extractors) instead of one regex scan per sentence or quotation. An entry (words
 * of letters, single spaces) starts at a word start, which is a token that is its first
 * word or, inside a token with joiners ("ông A.Nói"), a run of word characters the joiners
 * cut; there a trie of the entries (both cases of each character leading to one node) is
 * walked with array look-ups.
 */
export class WordFinder {
  /** Number (from 1) of each code unit the entries hold, in either case; 0 for the others. */
  private readonly symbol = new Uint8Array(0x10000);
  private symbols = 1;
  /** Trie transitions, node * symbols + symbol → child node (0: none); node 0 is the root. */
  private readonly next: Int32Array;
  /** Whether an entry ends at each node. */
  private readonly ends: boolean[] = [false];
  /** The index of the entries' first words in markedSets. */
  private readonly marked: number;
  /** The wordRegex itself, for a slice that is not inside one block: made when first asked. */
  readonly regex: () => RegExp;

  constructor(words: readonly string[]) {
    this.regex = wordRegexOnUse(words);
    const keys = [...new Set(words.map(lexiconKey))];
    for (const key of keys) {
      if (!key || key.split(' ').some((w) => !w || [...w].some((c) => !(classAt(c, 0) & IS_WORD)))) {
        throw new Error(`a WordFinder entry is words of letters and single spaces: "${key}"`);
      }
      for (let k = 0; k < key.length; k++) {
        const c = key.charCodeAt(k);
        if (this.symbol[c]) continue;
        const n = this.symbols++;
        if (n > 255) throw new Error('too many characters for a WordFinder');
        for (const v of caseForms(c)) {
          // A token's lexeme is looked up lower-cased: each case must lower-case alike.
          if (String.fromCharCode(v).toLowerCase() !== String.fromCharCode(c).toLowerCase()) throw new Error(`case forms of "${key}" lower-case apart`);
          this.symbol[v] = n;
        }
      }
    }
    this.marked = markedSets.push(new WordSet(keys.map((k) => k.split(' ')[0]), true)) - 1;
    const width = this.symbols;
    let next = new Int32Array(width * 64);
    for (const key of keys) {
      let node = 0;
      for (let k = 0; k < key.length; k++) {
        const at = node * width + this.symbol[key.charCodeAt(k)];
        if (!next[at]) {
          next[at] = this.ends.length;
          this.ends.push(false);
          if (this.ends.length * width > next.length) {
            const grown = new Int32Array(next.length * 2);
            grown.set(next);
            next = grown;
          }
        }
        node = next[at];
      }
      this.ends[node] = true;
    }
    this.next = next;
  }

  /**
   * The entries of a document at its word starts: tokens that are an entry's first word,
   * and the runs of word characters that joiners cut inside tokens (see tokenStarts).
   */
  hits(doc: VnDocument): WordHits {
    const hits = new WordHits(this, doc);
    const { at, first, lengths } = hits;
    const key = doc.key;
    const { joiners, marked } = tokenStarts(doc);
    const words = marked[this.marked];
    // Both lists ascending: merged, repeats dropped.
    let j = 0;
    let afterJoiner = false;
    let last = -1;
    for (let i = 0; ;) {
      const joined = j < joiners.length ? (afterJoiner ? joiners[j] + 1 : runStart(key, joiners[j] - 1)) : -1;
      let p: number;
      if (i < words.length && (joined < 0 || words[i] <= joined)) p = words[i++];
      else if (joined >= 0) {
        p = joined;
        if (afterJoiner) j++;
        afterJoiner = !afterJoiner;
      } else break;
      if (p === last) continue;
      last = p;
      const count = lengths.length;
      if (this.walk(key, p, lengths) > count) {
        at.push(p);
        first.push(count);
      }
    }
    first.push(lengths.length);
    return hits;
  }

  /** The trie node of the entry key[p, p + length) (a match of this finder), or 0 when it is none. */
  entryNode(key: string, p: number, length: number): number {
    const width = this.symbols;
    let node = 0;
    for (let q = p; q < p + length && (node || q === p); q++) node = this.next[node * width + this.symbol[key.charCodeAt(q)]];
    return this.ends[node] ? node : 0;
  }

  /** Appends the lengths of the entries key[p…] starts with to `lengths` (ascending); its new length. */
  walk(key: string, p: number, lengths: number[]): number {
    const { next, symbol, ends } = this;
    const width = this.symbols;
    let node = 0;
    for (let q = p; q < key.length; q++) {
      const s = symbol[key.charCodeAt(q)];
      if (!s) break;
      node = next[node * width + s];
      if (!node) break;
      if (ends[node]) lengths.push(q + 1 - p);
    }
    return lengths.length;
  }
}

/** How a case-insensitive pattern without the u flag compares a code unit (ECMAScript Canonicalize). */
function canonical(c: number): number {
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length !== 1) return c;
  const u = upper.charCodeAt(0);
  return c >= 128 && u < 128 ? c : u;
}

/** The code units such a pattern takes for `c`: itself and its other cases of the same canonical form. */
export function caseForms(c: number): number[] {
  const ch = String.fromCharCode(c);
  const forms = [c];
  for (const v of [ch.toUpperCase(), ch.toLowerCase()]) {
    const code = v.charCodeAt(0);
    if (v.length === 1 && !forms.includes(code) && canonical(code) === canonical(c)) forms.push(code);
  }
  return forms;
}

/** A WordFinder's entries in one document. */
export class WordHits {
  /** Positions where an entry starts (at word starts of blocks), ascending. */
  readonly at: number[] = [];
  /** The entries of hit i have the lengths lengths[first[i]] … lengths[first[i + 1] - 1], ascending. */
  readonly first: number[] = [];
  readonly lengths: number[] = [];
  /** The length of the match the last `exec` found. */
  length = 0;
  private readonly key: string;

  constructor(private readonly finder: WordFinder, private readonly doc: VnDocument) {
    this.key = doc.key;
  }

  /**
   * The longest of lengths[from, to), for an entry at `p`, that fits in a slice ending at
   * `end` and is not followed there by a word character; 0 when none.
   */
  private fit(p: number, lengths: readonly number[], from: number, to: number, end: number): number {
    for (let k = to - 1; k >= from; k--) {
      const after = p + lengths[k];
      if (after === end || (after < end && !(classAt(this.key, after) & IS_WORD))) return lengths[k];
    }
    return 0;
  }

  /** The entries at `p` (found now), the longest fitting a slice ending at `end`; 0 when none. */
  private fitNow(p: number, end: number): number {
    const lengths: number[] = [];
    return this.fit(p, lengths, 0, this.finder.walk(this.key, p, lengths), end);
  }

  /** Whether an entry starts at a word start in [start, end) (at a hit; the regex may find more at a slice start). */
  anyIn(start: number, end: number): boolean {
    const i = firstAtOrAfter(this.at, start);
    return i < this.at.length && this.at[i] < end;
  }

  /**
   * Where the wordRegex finds its first match in key.slice(start, end) from slice offset
   * `from - start`, as a document offset (`length` is set to the match's length), or -1.
   * The slice ends count as word boundaries, as they do for the regex on the slice.
   */
  exec(start: number, end: number, from = start): number {
    if (from >= end) return -1;
    const block = this.doc.blockAt(start);
    if (!block || end > block.end) return this.execRegex(start, end, from);
    const key = this.key;
    // A slice starting inside a word: the regex takes its start for a word start.
    if (from === start && classAt(key, start - 1) & IS_WORD) {
      const length = this.fitNow(start, end);
      if (length) return this.found(start, length);
    }
    // A slice ending inside a word: the regex takes its end for a word end.
    const cut = end < key.length && classAt(key, end - 1) & IS_WORD && classAt(key, end) & IS_WORD ? runStart(key, end - 1) : end;
    const { at, first, lengths } = this;
    for (let i = firstAtOrAfter(at, from); i < at.length && at[i] < cut; i++) {
      const length = this.fit(at[i], lengths, first[i], first[i + 1], end);
      if (length) return this.found(at[i], length);
    }
    if (cut < end && cut >= from && !(cut === start && classAt(key, start - 1) & IS_WORD)) {
      const length = this.fitNow(cut, end);
      if (length) return this.found(cut, length);
    }
    return -1;
  }

  private found(at: number, length: number): number {
    this.length = length;
    return at;
  }

  /** exec() by the regex on the slice, for a slice beyond one block. */
  private execRegex(start: number, end: number, from: number): number {
    const re = this.finder.regex();
    re.lastIndex = from - start;
    const m = re.exec(this.key.slice(start, end));
    return m ? this.found(start + m.index, m[0].length) : -1;
  }
}

/** By start, an outer span before the spans it holds. */
const outerFirst = (a: QuotedSpan, b: QuotedSpan) => a.start - b.start || b.end - a.end;

export class DocIndex {
  private readonly quoteRanges: Int32Array;
  /** Outermost quoted spans, sorted, for "is this offset inside a quotation?". */
  private readonly quoted: QuotedSpan[] = [];

  constructor(readonly doc: VnDocument) {
    this.quoteRanges = rangesByBlock(doc.blocks.length, doc.quotes);
    let reach = -1;
    // Segmentation gives them in this order already: sorted only when not.
    let quotes: readonly QuotedSpan[] = doc.quotes;
    for (let i = 1; i < quotes.length; i++) {
      if (outerFirst(quotes[i - 1], quotes[i]) > 0) {
        quotes = [...quotes].sort(outerFirst);
        break;
      }
    }
    for (const q of quotes) {
      if (q.end <= reach) continue;
      this.quoted.push(q);
      reach = q.end;
    }
  }

  /** The quoted spans that open in `block` are doc.quotes[firstQuoteIn(block), endOfQuotesIn(block)) (no array). */
  firstQuoteIn(block: number): number {
    return this.quoteRanges[block * 2];
  }

  endOfQuotesIn(block: number): number {
    return this.quoteRanges[block * 2 + 1];
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
