/**
 * Lexicon words in a span of the document without one regex scan per span. A word regex
 * (`wordRegex(words)`, or any pattern that opens with a lexicon entry after a word
 * boundary) can only match where a word starts whose lower-cased first word begins an
 * entry. Each block gets, once, the list of such word starts from its tokens (blockTokens,
 * computed once per block) with a bit per lexicon; a span scan walks that list and, at the
 * starts of its lexicon, follows the block's tokens in a trie of the entries (a word regex,
 * or one of words and the spaces after them), else runs the regex sticky there. The
 * matches are those of the regex over `doc.key.slice(span.start, span.end)`: where the
 * slice could differ from the text (a span starting inside a word or outside one block, an
 * entry cut short by the span's end, a "ſ" in the text) the regex runs over the slice.
 */
import { DIGIT, isLetterOrDigitCode, isMarkCode, isWordCode, LETTER } from '../core/chars.js';
import { isSpace } from '../core/text.js';
import { firstAtOrAfter } from '../core/sorted.js';
import { wordRegexOnUse } from '../lexicon/compile.js';
import { derivedKey, type Span, type VnDocument } from '../core/document.js';
import { EVENT_HEADS, EVENT_INTRODUCERS, EVENT_TYPES, NAME_ENDERS, NEWS_VERBS, RECENT_ASPECTS, THEME_MARKERS } from '../lexicon/vi/events.js';
import { ADMIN_UNITS, PLACE_ENDERS, PROVINCES, VENUE_HEADS } from '../lexicon/vi/places.js';
import { learnPhraseWords, WordSet } from './phrase-sets.js';
import { scannedBlock, vocabularyWord, wordNumber, type Token } from './tokens.js';
import { firstWords } from './event-chars.js';
import { entryTrie, isOneWord, NONE, ONE_WORD_BY_LEXEME, trieMatch, UNDECIDED, type TrieNode } from './entry-trie.js';

export interface WordMatch {
  start: number;
  end: number;
  /** The matched text of `doc.key`. */
  text: string;
}

/** "tại X", "ở X". */
export const AT_WORDS: readonly string[] = ['tại', 'ở'];

/**
 * The first words of the lexicons the event and location rules scan for, given to the
 * tokenizer's word table at start-up (before any text is tokenized): a token is then
 * tested by its word number before its key is looked up.
 */
const LEXICONS = [
  ...EVENT_HEADS, ...EVENT_INTRODUCERS, ...EVENT_TYPES, ...NAME_ENDERS, ...THEME_MARKERS, ...NEWS_VERBS, ...RECENT_ASPECTS,
  ...ADMIN_UNITS, ...PLACE_ENDERS, ...PROVINCES, ...VENUE_HEADS, ...AT_WORDS,
];
const LEXICON_FIRST_WORDS = firstWords(LEXICONS);
const FIRST_WORD_SET = new WordSet([...LEXICON_FIRST_WORDS], true);

// Every word of the entries joins the vocabulary before any text is read, so that a token
// of the text is an entry's word when its key is (phraseWords cuts entries as the tokenizer).
learnPhraseWords(LEXICONS);

/** SpanWords of `wordRegex(words)`, which matches on the tokens of the text (see SpanWords.trie). */
export function lexiconWords(words: readonly string[]): SpanWords {
  return new SpanWords(wordRegexOnUse(words, 'giu'), words, 'words');
}

/** SpanWords of single words and the spaces after them ("tại X"), matched on the tokens too. */
export function spacedLexiconWords(words: readonly string[]): SpanWords {
  const source = spacedWordsSource(words);
  return new SpanWords(() => new RegExp(source, 'giu'), words, 'spaced words');
}

/**
 * What a SpanWords pattern is: any pattern opening with an entry (run where an entry may
 * start), or exactly the words of `lexiconWords` or `spacedLexiconWords` (matched on tokens).
 */
export type SpanPattern = 'pattern' | 'words' | 'spaced words';

/** First word of any lexicon → bit set of the lexicons that have an entry starting with it. */
const FIRST_BITS = new Map<string, number>();
/** The same by the word's number in the tokenizer's vocabulary (Token.lexeme), filled as words are met. */
const BITS_BY_LEXEME: number[] = [];
let nextBit = 0;

/** `regex`, which must be global. */
function globalOnly(regex: RegExp): RegExp {
  if (!regex.global) throw new Error('SpanWords needs a global regex');
  return regex;
}

/** The index of the document asked last (most calls ask for the same one as the call before). */
let lastIndex: DocIndex | null = null;
const DOC_INDEX = derivedKey<DocIndex>('event-words');

export class SpanWords {
  /**
   * The pattern, or what makes it: made when first run, like its sticky copy. The tokens
   * decide most matches of a word pattern (see `trie`), and V8 parses a pattern when it is
   * made: a one-article run never runs many of them.
   */
  private regexOrMaker: RegExp | (() => RegExp);
  private stickyOrNull: RegExp | null = null;
  /**
   * For a word pattern (`wordRegex(words)`): its entries by tokens. At a token that is one
   * word, the longest entry whose tokens follow (one space or nothing apart, as written) is
   * what the pattern matches there: the alternation tries the longest entries first, and
   * after a whole word no letter, mark or digit follows.
   */
  private trieOrNull: TrieNode | null = null;
  /** The entries, until their trie is made. */
  private words: readonly string[] | null;
  /** The pattern is a word and the spaces after it (`spacedLexiconWords`). */
  private readonly spacesAfter: boolean;
  private readonly firsts: Set<string>;
  private readonly bit: number;
  /** Longest entry and a character either side: a match near the span's end may see past it. */
  private readonly reach: number;

  /**
   * `regex` (or what makes it on first use): global; every match starts with one of `words`
   * after a boundary of letters and digits (at least), case-insensitively.
   */
  constructor(regex: RegExp | (() => RegExp), words: readonly string[], pattern: SpanPattern = 'pattern') {
    if (regex instanceof RegExp) globalOnly(regex);
    if (nextBit > 30) throw new Error('too many SpanWords lexicons for the bit set');
    this.regexOrMaker = regex;
    this.firsts = firstWords(words);
    this.bit = 1 << nextBit++;
    for (const first of this.firsts) {
      if (!LEXICON_FIRST_WORDS.has(first)) throw new Error(`SpanWords: add the lexicon of "${first}" to LEXICON_FIRST_WORDS`);
      FIRST_BITS.set(first, (FIRST_BITS.get(first) ?? 0) | this.bit);
    }
    // Bits read before this lexicon was made are stale (a test makes one after reading texts).
    BITS_BY_LEXEME.length = 0;
    this.reach = Math.max(...words.map((w) => w.length)) + 2;
    this.spacesAfter = pattern === 'spaced words';
    this.words = pattern === 'pattern' ? null : words;
  }

  get regex(): RegExp {
    const regex = this.regexOrMaker;
    return regex instanceof RegExp ? regex : (this.regexOrMaker = globalOnly(regex()));
  }

  /** The pattern, sticky (without the g flag). */
  private get sticky(): RegExp {
    return (this.stickyOrNull ??= new RegExp(this.regex.source, this.regex.flags.replace('g', '') + 'y'));
  }

  /** The trie of a word pattern's entries, made when first asked (null: the pattern decides). */
  private get trie(): TrieNode | null {
    if (this.words) {
      this.trieOrNull = entryTrie(this.words);
      this.words = null;
    }
    return this.trieOrNull;
  }

  /** Matches in `span` in text order, as `matchAll` over its slice gives them; at most `limit`. */
  matches(doc: VnDocument, span: Span, limit = Infinity): WordMatch[] {
    const out: WordMatch[] = [];
    this.forEachIn(doc, span.start, span.end, (m) => out.push(m) < limit);
    return out;
  }

  first(doc: VnDocument, span: Span): WordMatch | null {
    return this.firstIn(doc, span.start, span.end);
  }

  /** The first match in `key[start, end)`. */
  firstIn(doc: VnDocument, start: number, end: number): WordMatch | null {
    let found: WordMatch | null = null;
    this.forEachIn(doc, start, end, (m) => ((found = m), false));
    return found;
  }

  test(doc: VnDocument, span: Span): boolean {
    return this.firstIn(doc, span.start, span.end) !== null;
  }

  /** Calls `take` with each match until it returns false. */
  forEach(doc: VnDocument, span: Span, take: (m: WordMatch) => boolean): void {
    this.forEachIn(doc, span.start, span.end, take);
  }

  /** `forEach` over `key[start, end)` (spans come in several shapes: offsets are read once). */
  forEachIn(doc: VnDocument, start: number, end: number, take: (m: WordMatch) => boolean): void {
    const { key } = doc;
    const block = doc.blockAt(start);
    // A span that starts inside a word has a word start the text does not have.
    const midWord = start > 0 && isLetterOrDigitCode(key.charCodeAt(start)) && isLetterOrDigitCode(key.charCodeAt(start - 1));
    const index = block && end <= block.end && !midWord ? docIndex(doc) : null;
    if (!block || !index || !index.plainCase) {
      this.scanSlice(key, start, end, start, take);
      return;
    }
    const { at, bits, token, any, tokens } = entryStarts(doc, index, block);
    const { bit } = this;
    // No word of the block starts an entry: only a word cut short at the span's end may.
    if (!(any & bit)) {
      this.cutAtEnd(key, start, end, start, take);
      return;
    }
    // Where a letter, digit or mark follows the span, the slice may cut an entry short near
    // its end: the slice decides there. Elsewhere only a match that runs past it differs.
    const openEnd = end < key.length && isWordCode(key.charCodeAt(end));
    const tail = openEnd ? end - this.reach : end;
    const cutsWord = openEnd && end > 0 && isWordCode(key.charCodeAt(end - 1));
    const last = openEnd ? end : end + 1;
    const { trie } = this;
    let next = start;
    for (let k = firstAtOrAfter(at, start); k < at.length; k++) {
      const p = at[k];
      if (p >= end) break;
      if (!(bits[k] & bit) || p < next) continue;
      // At the start of the slice nothing stands before the word; in the text, a mark may.
      if (p === start && p > 0 && isWordCode(key.charCodeAt(p - 1))) {
        this.scanSlice(key, start, end, p, take);
        return;
      }
      // The trie where the entry's tokens are whole words (before a mark, the pattern decides).
      let matchEnd = trie && token[k] >= 0 && !(p > 0 && isMarkCode(key.charCodeAt(p - 1))) ? trieMatch(trie, key, tokens, token[k]) : UNDECIDED;
      // Near an open end the slice may match an entry the text does not: the trie's entries
      // end with whole tokens, so only a span that ends inside a word can cut one short.
      if (p >= tail && (matchEnd === UNDECIDED || cutsWord)) {
        this.scanSlice(key, start, end, p, take);
        return;
      }
      if (this.spacesAfter && matchEnd >= 0) matchEnd = spacesAfter(key, matchEnd);
      if (matchEnd === UNDECIDED) {
        const sticky = this.sticky;
        sticky.lastIndex = p;
        const m = sticky.exec(key);
        matchEnd = m ? p + m[0].length : NONE;
      }
      if (matchEnd === NONE) continue;
      if (matchEnd >= last) {
        this.scanSlice(key, start, end, p, take);
        return;
      }
      if (!take({ start: p, end: matchEnd, text: key.slice(p, matchEnd) })) return;
      next = matchEnd;
    }
    this.cutAtEnd(key, start, end, next, take);
  }

  /** The last word runs past the span: cut short, it may begin an entry the whole word does not. */
  private cutAtEnd(key: string, start: number, end: number, next: number, take: (m: WordMatch) => boolean): void {
    if (end < key.length && isLetterOrDigitCode(key.charCodeAt(end)) && isLetterOrDigitCode(key.charCodeAt(end - 1))) {
      let p = end - 1;
      while (p > start && isLetterOrDigitCode(key.charCodeAt(p - 1))) p--;
      if (p >= next && this.firsts.has(key.slice(p, end).toLowerCase())) this.scanSlice(key, start, end, p, take);
    }
  }

  /** The reference: the regex over the slice `key[start, end)`, from `from` on. */
  private scanSlice(key: string, start: number, end: number, from: number, take: (m: WordMatch) => boolean): void {
    const text = key.slice(start, end);
    const { regex } = this;
    regex.lastIndex = from - start;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0] === '') regex.lastIndex++;
      const at = start + m.index;
      if (!take({ start: at, end: at + m[0].length, text: m[0] })) break;
    }
    regex.lastIndex = 0;
  }
}

/**
 * Where the words of a block start whose first word begins an entry of a lexicon, with the
 * lexicons' bits and the index of the token (-1 for a word inside a token).
 */
interface EntryStarts {
  at: number[];
  bits: number[];
  token: number[];
  /** The bits of all its entry starts: a lexicon none of them has is not looked for in the block. */
  any: number;
  /** The block's tokens (blockTokens), which the tries walk. */
  tokens: readonly Token[];
}

/** A pattern of single words followed by spaces ("tại X"): `(?<![letters digits])(?:w1|w2)\s+`. */
function spacedWordsSource(words: readonly string[]): string {
  return String.raw`(?<![${LETTER}${DIGIT}])(?:${words.join('|')})\s+`;
}

/** The end of the spaces at `at` (`\s+`), NONE when there are none. */
function spacesAfter(key: string, at: number): number {
  let end = at;
  while (end < key.length && isSpace(key.charCodeAt(end))) end++;
  return end > at ? end : NONE;
}

interface DocIndex {
  doc: VnDocument;
  /** No "ſ" in the text (it folds to "s" but does not lower-case to it): lower-cased words are enough. */
  plainCase: boolean;
  /** Entry starts by block start. */
  blocks: Map<number, EntryStarts>;
  /** The lexicons made when its entry starts were found: found again for a new one. */
  lexicons: number;
}


function docIndex(doc: VnDocument): DocIndex {
  if (lastIndex?.doc === doc && lastIndex.lexicons === nextBit) return lastIndex;
  const make = () => ({ doc, plainCase: doc.key.indexOf('\u017f') < 0, blocks: new Map(), lexicons: nextBit });
  return (lastIndex = doc.derived(DOC_INDEX, make, (index) => index.lexicons === nextBit));
}

/** The bits of the lexicons that have an entry starting with the vocabulary's word `lexeme`. */
function firstBits(lexeme: number): number {
  let b = BITS_BY_LEXEME[lexeme];
  if (b === undefined) BITS_BY_LEXEME[lexeme] = b = FIRST_BITS.get(vocabularyWord(lexeme)) ?? 0;
  return b;
}

/**
 * Entry starts of a block, once per block, from what the scan noted of its notable tokens
 * (their start and word number: the tokens themselves, made long before and mostly out of
 * cache, are read only when one holds more than one word): most tokens are one word, known
 * to the tokenizer's vocabulary by number when it is a lexicon's first word; a token holding
 * a joiner ("GD&ĐT", "30-4") or a combining mark is read word by word.
 */
function entryStarts(doc: VnDocument, index: DocIndex, block: Span): EntryStarts {
  let found = index.blocks.get(block.start);
  if (found) return found;
  const { key } = doc;
  const at: number[] = [];
  const bits: number[] = [];
  const token: number[] = [];
  let any = 0;
  const { tokens, notable } = scannedBlock(doc, block);
  // The others are one word that starts no entry.
  for (let n = 0; n < notable.length; n += 3) {
    const i = notable[n];
    const lexeme = notable[n + 2];
    if (lexeme >= 0) {
      if (FIRST_WORD_SET.hasWord(lexeme)) {
        // A lexicon's first word is one word: the rest are looked at only when joined or marked.
        const b = firstBits(lexeme);
        if (b !== 0) {
          at.push(notable[n + 1]);
          bits.push(b);
          token.push(i);
          any |= b;
        }
        continue;
      }
      // The vocabulary's word is the token's key: lower case keeps letters, digits and the rest apart.
      let oneWord = ONE_WORD_BY_LEXEME[lexeme];
      if (oneWord === undefined) {
        const word = vocabularyWord(lexeme);
        ONE_WORD_BY_LEXEME[lexeme] = oneWord = isOneWord(word, 0, word.length);
      }
      if (oneWord) continue;
    }
    const t = tokens[i];
    if (lexeme < 0 && (t.end - t.start < 3 || isOneWord(key, t.start, t.end))) {
      // One word, or too short to hold two ("x&y" at the least): no entry starts in it. (A
      // key longer than its word, from a letter such as "İ" that lower-cases to two, holds
      // a U+0307 no lexicon word holds: it starts none either.)
      continue;
    }
    for (let p = t.start; p < t.end; p++) {
      if (!isLetterOrDigitCode(key.charCodeAt(p)) || (p > 0 && isLetterOrDigitCode(key.charCodeAt(p - 1)))) continue;
      let end = p + 1;
      while (end < t.end && isLetterOrDigitCode(key.charCodeAt(end))) end++;
      // Looked up by number: a lexicon's first word is in the vocabulary.
      const n = wordNumber(doc, p, end);
      const b = n >= 0 ? firstBits(n) : 0;
      if (b !== 0) {
        at.push(p);
        bits.push(b);
        token.push(-1);
        any |= b;
      }
      p = end - 1;
    }
  }
  index.blocks.set(block.start, (found = { at, bits, token, any, tokens }));
  return found;
}

/** The event types ("khai mạc", "hội nghị"): one lexicon for the event's day, name and type. */
export const EVENT_TYPE_WORDS = lexiconWords(EVENT_TYPES);
