/**
 * Word tokens of a span of the document, with offsets, each word looked up as it is scanned
 * in the vocabulary of the phrase and word sets (phrase-sets.ts). Person and organisation
 * rules walk tokens rather than characters: a name is a run of capitalised syllables, a
 * role a run of words starting with a position phrase.
 */
import { derivedKey, type VnDocument } from '../core/document.js';
import { isSpace } from '../core/text.js';
import { lexiconKey } from '../lexicon/compile.js';
import { HASH_OFFSET, HASH_PRIME, hashOf, LOWER_CASE, lowerCaseOf, Vocabulary } from './vocabulary.js';
import { mergeSorted } from '../core/sorted.js';
import { CHAR_CLASS, IS_DIGIT, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, IS_WORD } from '../core/chars.js';

export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower-cased match key (canonical tone placement). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** A word (letters/digits, with inner "&", ".", "-" as in "GD&ĐT", "PGS.TS", "30-4"). */
  readonly word: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper-case (UBND, THPT, GD&ĐT). */
  readonly acronym: boolean;
  /** A capitalised word of letters, not an acronym: a possible name syllable ("Cương", "H'Luyên"). */
  readonly nameSyllable: boolean;
  /** Bit set of the phrase sets that have an entry starting with this word (see PhraseSet). */
  readonly starts: number;
  /** Number of the word in the phrase sets' vocabulary; -1 when no entry holds it. */
  readonly lexeme: number;
}

// Words with inner joiners kept whole; anything else that is not space is one token:
//   [letter mark digit]+ ( [&.'’/-] [letter mark digit]+ )*  |  \S
// but for a hyphen between a lower-case letter or an acronym and a capitalised word (see hyphenParts).
// `scan` reads it with the character table below; phrase entries are split the same way
// (phraseWordText).

// Character classes by code unit (all 64K: one load, no range test, in the scan): below
// 0x2000 copied from core/chars.ts CHAR_CLASS, which covers nothing above; there only
// spaces and the right single quote matter.
// The bits of core/chars.ts CHAR_CLASS (1-16), and the tokenizer's own.
const IS_SPACE = 32;
/** Joins two runs of word characters into one token. */
const IS_JOINER = 64;
/** A joiner a name syllable may hold once ("H'Luyên", "Hang-seo"). */
const IS_NAME_JOINER = 128;
/** A word character that lower-cases to another (upper and title case): its word is looked up lower-cased. */
const LOWERS = 256;
/** A digit other than 0-9 ("²", "¼"): a name may start right after one (see ScannedTokens.cuts). */
const CUT_DIGIT = 512;
const WORD_CHAR = IS_WORD;
const CLASSES = new Uint16Array(0x10000);

// A copy, not the import itself: the scan reads a module-local table faster.
CLASSES.set(CHAR_CLASS);
// JavaScript's \s.
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASSES[c] |= IS_SPACE;
for (let c = 0x2000; c <= 0x200a; c++) CLASSES[c] |= IS_SPACE;
for (const c of '&./') CLASSES[c.charCodeAt(0)] |= IS_JOINER;
for (const c of "'’-") CLASSES[c.charCodeAt(0)] |= IS_JOINER | IS_NAME_JOINER;
// The title-case letters ("ǅ") are the word characters besides upper case that lower-case
// to another (tokens.test.ts checks every word character).
for (let c = 0; c < CHAR_CLASS.length; c++) if (CHAR_CLASS[c] & IS_UPPER) CLASSES[c] |= LOWERS;
for (const c of [0x1c5, 0x1c8, 0x1cb, 0x1f2]) CLASSES[c] |= LOWERS;
for (let c = 0x80; c < CHAR_CLASS.length; c++) if (CHAR_CLASS[c] & IS_DIGIT) CLASSES[c] |= CUT_DIGIT;

const classOf = (c: number) => CLASSES[c];
/** Pieces of `s` between runs of white space, as many as `s.split(/\s+/)` gives (counted up to `limit`). */
export function spacedPieces(s: string, limit = Infinity): number {
  let n = 1;
  for (let k = 0; k < s.length && n < limit; k++) if (isSpace(s.charCodeAt(k)) && !(k > 0 && isSpace(s.charCodeAt(k - 1)))) n++;
  return n;
}

// Module-local copies: the scan reads them faster than imported bindings.
const FNV_OFFSET = HASH_OFFSET;
const FNV_PRIME = HASH_PRIME;
const LOWER = LOWER_CASE;
/** The phrase sets' and word sets' words (the scanner and the sets share this one table). */
const vocabulary = new Vocabulary();
/**
 * The table for phrase-sets.ts, which fills it. The scan reads the binding above: V8 reads
 * an exported binding, even in its own module, as it reads an imported one.
 */
export const sharedVocabulary = vocabulary;
/** The bits of the word sets whose words a scan lists (see ScannedTokens.notable). */
let indexedBits = 0;

/** Has each scan list the tokens of the word set with this bit (ScannedTokens.notable). */
export function indexWordSet(bit: number): void {
  indexedBits |= bit;
}

/** The bit of the word set whose capitalised words a glued word may end with (gluedWordEnd). */
let gluedNameBit = 0;

/**
 * Has each scan part a word glued to a name's first word ("Trung ương ĐảngLê Hồng Anh",
 * where a page lost a space) when its tail is a word of the set with this bit (surnames).
 */
export function splitGluedWordsBefore(bit: number): void {
  gluedNameBit = bit;
}

/** The bit of the word set of titles a dot may glue to a name ("PGS.TS.Lê Đình Khánh"). */
let dottedTitleBit = 0;

/** Has each scan end a title of the set with this bit at a dot glued to a name (see titleBeforeGluedName). */
export function splitDottedTitlesBefore(bit: number): void {
  dottedTitleBit = bit;
}

/** `joiners` of a token with three name joiners and no other ("A-b-c-d"): the most a name syllable holds. */
const MAX_NAME_JOINERS = 7;

const WORD = 1;
const CAP = 2;
const ACRONYM = 4;
const NAME_SYLLABLE = 8;

/** A text and its match key: a VnDocument, or any such pair. */
interface Source {
  readonly text: string;
  readonly key: string;
}

/**
 * A Token with its flags in one number (a block holds hundreds of tokens). Text and key are
 * cut from the source when first asked: most tokens are never asked (or are lexicon words).
 */
class WordToken implements Token {
  private textCut: string | null = null;
  constructor(
    private readonly source: Source,
    private keyCut: string | null,
    readonly start: number,
    readonly end: number,
    private readonly flags: number,
    readonly starts: number,
    readonly lexeme: number,
  ) {}

  get text(): string {
    if (this.textCut === null) this.textCut = this.source.text.slice(this.start, this.end);
    return this.textCut;
  }

  get key(): string {
    if (this.keyCut === null) this.keyCut = this.source.key.slice(this.start, this.end).toLowerCase();
    return this.keyCut;
  }

  get word(): boolean {
    return (this.flags & WORD) !== 0;
  }

  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get acronym(): boolean {
    return (this.flags & ACRONYM) !== 0;
  }

  get nameSyllable(): boolean {
    return (this.flags & NAME_SYLLABLE) !== 0;
  }
}

/**
 * A token of one character that no lexicon entry holds and that lower-cases to itself
 * (punctuation, mostly): two fields rather than WordToken's eight, and one text shared by
 * every token of its character. A line of a million quotation marks is a million tokens,
 * and their size was most of what such a line cost (in garbage collection).
 */
class MarkToken implements Token {
  constructor(readonly text: string, readonly start: number) {}

  get key(): string {
    return this.text;
  }

  get end(): number {
    return this.start + 1;
  }

  get word(): boolean {
    return false;
  }

  get cap(): boolean {
    return false;
  }

  get acronym(): boolean {
    return false;
  }

  get nameSyllable(): boolean {
    return false;
  }

  get starts(): number {
    return 0;
  }

  get lexeme(): number {
    return -1;
  }
}

/** The shared text of MarkTokens of each code unit; "" where its lower case differs (no MarkToken). */
const MARK_TEXTS: string[] = [];

function markText(unit: number): string {
  let text = MARK_TEXTS[unit];
  if (text === undefined) {
    const c = String.fromCharCode(unit);
    MARK_TEXTS[unit] = text = c.toLowerCase() === c ? c : '';
  }
  return text;
}

/**
 * The tokens of a span and what the scan noted on the way for the candidate indexes
 * (doc-index.ts, event-words.ts), which would otherwise walk every token again.
 */
export interface ScannedTokens {
  readonly tokens: Token[];
  /**
   * The tokens that are a word of an indexed WordSet, or that hold more than one word (a
   * joiner or a combining mark inside), ascending: for each, its index, its start and its
   * lexeme, one after the other (read without the token: see entryStarts in event-words.ts).
   */
  readonly notable: number[];
  /**
   * For each token that is a word of an indexed WordSet, its start and the bits of those
   * sets, one after the other, ascending: read without the token (tokenStarts).
   */
  readonly indexedWords: number[];
  /** Starts of the capitalised tokens that a space and an upper-case letter follow, ascending. */
  readonly caps: number[];
  /** Offsets of the joiners inside tokens ("." in "TP.HCM"), ascending: a word may start after each. */
  readonly joiners: number[];
  /**
   * Those, and the digits other than 0-9 before a word character ("²" in "m²Xây"), ascending:
   * where a run of capitalised syllables may start inside a token. Often `joiners` itself.
   */
  readonly cuts: number[];
}

/** Code units a UnitBuffer keeps between texts (2 bytes each). */
const KEPT_UNITS = 1 << 18;

/**
 * A buffer a text's UTF-16 code units are copied into (one native copy), reused from text to
 * text: the scan reads a typed array rather than the string, on which V8 checks the string's
 * representation (flat, concatenated, sliced) at every charCodeAt.
 */
class UnitBuffer {
  private units = new Uint16Array(1 << 13);
  private bytes = Buffer.from(this.units.buffer);

  /**
   * The code units of `s`, valid until the buffer is asked for another text. Room grows
   * with headroom up to KEPT_UNITS; a buffer made for a larger text is dropped at the next
   * ordinary one, so one huge input does not hold megabytes for the rest of a batch.
   */
  of(s: string): Uint16Array {
    const length = this.units.length;
    if (length < s.length || (length > KEPT_UNITS && s.length <= KEPT_UNITS)) {
      this.units = new Uint16Array(s.length > KEPT_UNITS ? s.length : Math.min(KEPT_UNITS, Math.max(1 << 13, 2 * s.length)));
      this.bytes = Buffer.from(this.units.buffer);
    }
    this.bytes.write(s, 0, 2 * s.length, 'utf16le');
    return this.units.subarray(0, s.length);
  }
}

/** The code units of `s` in an array of their own (a document's, kept while it is extracted). */
function unitsOf(s: string): Uint16Array {
  // One native copy; Node's buffer pool aligns what it hands out to 8 bytes.
  const bytes = Buffer.from(s, 'utf16le');
  return new Uint16Array(bytes.buffer, bytes.byteOffset, s.length);
}

// For tokenize(): short texts, one at a time.
const SPAN_TEXT = new UnitBuffer();
const SPAN_KEY = new UnitBuffer();

/**
 * Tokens of `[start, end)` of a text and its match key (a VnDocument, or any such pair).
 * The whole text is copied for the scan: for short texts (a phrase, a name); a document's
 * blocks go through blockTokens, which copies it once.
 */
export function tokenize(doc: Source, start: number, end: number): Token[] {
  const textUnits = SPAN_TEXT.of(doc.text);
  return scan(doc, textUnits, doc.key === doc.text ? textUnits : SPAN_KEY.of(doc.key), start, end).tokens;
}

/**
 * Tokens of `[start, end)` of a source whose text and key have the code units `text` and
 * `key`, each word looked up in the vocabulary as it is read: its key hashed as written, or
 * lower-cased unit by unit when it holds a capital (lexemeOf), not cut out first.
 */
function scan(source: Source, text: Uint16Array, key: Uint16Array, start: number, end: number): ScannedTokens {
  const tokens: Token[] = [];
  const notable: number[] = [];
  const indexedWords: number[] = [];
  const caps: number[] = [];
  const joinerOffsets: number[] = [];
  let digitCuts: number[] | null = null;
  const indexed = indexedBits;
  let p = start;
  while (p < end) {
    const c = text[p];
    let cls = classOf(c);
    if (cls & IS_SPACE) {
      p++;
      continue;
    }
    const s = p;
    const first = cls;
    // Classes of the word's characters; joiners seen.
    let seen = 0;
    let joiners = 0;
    let lexeme: number;
    if (cls & WORD_CHAR) {
      // A run of word characters, then joiner + run as long as a word character follows;
      // hashed as written, which is its lower case unless it holds a capital (see LOWERS).
      let h = FNV_OFFSET;
      for (;;) {
        do {
          h = Math.imul(h ^ key[p], FNV_PRIME);
          seen |= cls;
          cls = ++p < end ? classOf(text[p]) : 0;
        } while (cls & WORD_CHAR);
        if (!(cls & IS_JOINER) || p + 1 >= end || !(classOf(text[p + 1]) & WORD_CHAR) || (text[p] === 0x2d && p + 2 < end && hyphenParts(p - 2 >= s ? text[p - 2] : 0, text[p - 1], text[p + 1], text[p + 2]))) break;
        if (text[p] === 0x2e && classOf(text[p + 1]) & IS_UPPER && titleBeforeGluedName(source.key, key, text, s, p, end)) break;
        joinerOffsets.push(p);
        h = Math.imul(h ^ key[p], FNV_PRIME);
        joiners |= cls & IS_NAME_JOINER ? joiners + 1 : 0x100;
        cls = classOf(text[++p]);
      }
      // Mixed case before a space and a capital: maybe a word glued to a name ("ĐảngLê Hồng").
      if ((seen & MIXED_CASE) === MIXED_CASE && joiners === 0 && p + 1 < end && text[p] === 32 && classOf(text[p + 1]) & IS_UPPER) {
        const tail = gluedWordEnd(source.key, key, text, s, p);
        if (tail > 0) {
          p = tail;
          seen = 0;
          for (let q = s; q < p; q++) seen |= classOf(text[q]);
          // The hash was of the whole word.
          seen |= LOWERS;
        }
      }
      lexeme = seen & LOWERS ? lexemeOf(source.key, key, s, p) : vocabulary.findUnits(key, s, p, h);
    } else {
      // One code point: a surrogate pair is one token.
      p += c >= 0xd800 && c <= 0xdbff && p + 1 < end && (text[p + 1] & 0xfc00) === 0xdc00 ? 2 : 1;
      lexeme = lexemeOf(source.key, key, s, p);
    }
    const word = (first & (IS_LETTER | IS_DIGIT)) !== 0;
    const cap = (first & IS_UPPER) !== 0;
    const acronym = cap && p - s > 1 && !(seen & IS_LOWER);
    // A name syllable is set once here: name rules ask it of the same token many times
    // over. Letters and marks only, with at most three of the joiners a name may hold (a
    // Lao name transcribed syllable by syllable: "Bút-đa-viêng", "Xi-xu-lít"; `joiners`
    // has one bit per joiner, 7 for three).
    const nameSyllable = word && cap && !acronym && !(seen & IS_DIGIT) && joiners <= MAX_NAME_JOINERS;
    const flags = (word ? WORD : 0) | (cap ? CAP : 0) | (acronym ? ACRONYM : 0) | (nameSyllable ? NAME_SYLLABLE : 0);
    const setBits = lexeme >= 0 ? vocabulary.wordSetBits[lexeme] & indexed : 0;
    if (setBits) indexedWords.push(s, setBits);
    if (setBits || joiners || seen & IS_MARK) notable.push(tokens.length, s, lexeme);
    if (cap && p + 1 < text.length && text[p] === 32 && classOf(text[p + 1]) & IS_UPPER) caps.push(s);
    if (seen & CUT_DIGIT) digitCuts = cutDigits(text, s, p, digitCuts ?? []);
    const mark = flags === 0 && lexeme < 0 && p === s + 1 && key[s] === c ? markText(c) : '';
    // Stored at the end rather than pushed: optimised code calls the push builtin for an object.
    tokens[tokens.length] = mark !== '' ? new MarkToken(mark, s)
      : new WordToken(source, lexeme >= 0 ? vocabulary.words[lexeme] : null, s, p, flags, lexeme >= 0 ? vocabulary.startBits[lexeme] : 0, lexeme);
  }
  return { tokens, notable, indexedWords, caps, joiners: joinerOffsets, cuts: digitCuts ? mergeSorted(joinerOffsets, digitCuts, offset) : joinerOffsets };
}

const offset = (at: number) => at;

/**
 * Whether a hyphen between the code units `earlier`, `before` and `first`, `second` parts
 * two words rather than joining one: a lower-case letter or two capitals before it (a word,
 * an acronym) and a capitalised word after it, written without spaces ("Việt Nam-Trung
 * Quốc", "ông Lê Văn Hùng-Phó Giám đốc", "TUV-Bí thư Huyện ủy"). A hyphen before a
 * lower-case letter, between capitals or after a lone one joins ("Hang-seo", "GD-ĐT", "A-Bc").
 */
const hyphenParts = (earlier: number, before: number, first: number, second: number): boolean =>
  ((classOf(before) & IS_LOWER) !== 0 || (classOf(before) & classOf(earlier) & IS_UPPER) !== 0) && (classOf(first) & IS_UPPER) !== 0 && (classOf(second) & IS_LOWER) !== 0;

/** A word with lower-case letters and a capital: the classes a glued word has (see gluedWordEnd). */
const MIXED_CASE = IS_LOWER | LOWERS;

/**
 * Where a name's first word glued to the word before starts in text[from, to) ("Lê" in
 * "ĐảngLê"), or -1: a capital after a lower-case letter, two letters or more in, then
 * lower-case letters to the end, spelling a word of the gluedNameBit set. "VinaPhone",
 * "McDonald" end with no surname and stay whole.
 */
function gluedWordEnd(source: string, key: Uint16Array, text: Uint16Array, from: number, to: number): number {
  if (gluedNameBit === 0 || to - from < 3) return -1;
  let q = to - 1;
  while (q > from && classOf(text[q]) & IS_LOWER) q--;
  if (q - from < 2 || q === to - 1 || !(classOf(text[q]) & IS_UPPER) || !(classOf(text[q - 1]) & IS_LOWER)) return -1;
  for (let k = from; k < q; k++) if (classOf(text[k]) & IS_DIGIT) return -1;
  return spellsWordOf(source, key, q, to, gluedNameBit) ? q : -1;
}

/** Whether key[from, to), lower-cased, is a word of the word set with bit `bit`. */
function spellsWordOf(source: string, key: Uint16Array, from: number, to: number, bit: number): boolean {
  const lexeme = lexemeOf(source, key, from, to);
  return lexeme >= 0 && (vocabulary.wordSetBits[lexeme] & bit) !== 0;
}

/**
 * Whether text[from, dot) is a title of the dottedTitleBit set and the dot at `dot` glues it to
 * a name ("PGS.TS.Lê Đình Khánh"): after it, a capitalised surname (gluedNameBit), a space and
 * a capital. The title then ends at the dot, as if a space followed it ("PGS.TS. Lê …").
 */
function titleBeforeGluedName(source: string, key: Uint16Array, text: Uint16Array, from: number, dot: number, end: number): boolean {
  if (dottedTitleBit === 0 || gluedNameBit === 0) return false;
  let q = dot + 2;
  while (q < end && classOf(text[q]) & IS_LOWER) q++;
  if (q + 1 >= end || text[q] !== 32 || !(classOf(text[q + 1]) & IS_UPPER)) return false;
  return spellsWordOf(source, key, from, dot, dottedTitleBit) && spellsWordOf(source, key, dot + 1, q, gluedNameBit);
}

/** Appends to `cuts` the CUT_DIGITs of text[from, to) that a word character follows; returns it. */
function cutDigits(text: Uint16Array, from: number, to: number, cuts: number[]): number[] {
  for (let q = from; q < to; q++) if (classOf(text[q]) & CUT_DIGIT && q + 1 < text.length && classOf(text[q + 1]) & WORD_CHAR) cuts.push(q);
  return cuts;
}

/**
 * The lower-cased words of a lexicon phrase, split as `scan` splits text (its final full
 * stop dropped), joined by spaces (no word holds one). Its own loop: `scan` builds tokens,
 * which cost a thousand phrases several milliseconds at every start. The CLI bundle carries
 * the words made at build time, by phrase set and by phrase (lexicon/precompiled.ts): even
 * this loop, run cold over every phrase, took a few milliseconds of a one-article run.
 */
export function phraseWordText(phrase: string): string {
  const key = lexiconKey(phrase);
  const end = key.endsWith('.') ? key.length - 1 : key.length;
  const words: string[] = [];
  for (let p = 0; p < end; ) {
    let cls = classOf(key.charCodeAt(p));
    if (cls & IS_SPACE) {
      p++;
      continue;
    }
    const s = p;
    if (cls & WORD_CHAR) {
      for (;;) {
        do cls = ++p < end ? classOf(key.charCodeAt(p)) : 0;
        while (cls & WORD_CHAR);
        if (!(cls & IS_JOINER) || p + 1 >= end || !(classOf(key.charCodeAt(p + 1)) & WORD_CHAR) || (key.charCodeAt(p) === 0x2d && p + 2 < end && hyphenParts(p - 2 >= s ? key.charCodeAt(p - 2) : 0, key.charCodeAt(p - 1), key.charCodeAt(p + 1), key.charCodeAt(p + 2)))) break;
        p++;
      }
    } else {
      const c = key.charCodeAt(p);
      p += c >= 0xd800 && c <= 0xdbff && p + 1 < end && (key.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    words.push(key.slice(s, p).toLowerCase());
  }
  return words.join(' ');
}

/** The vocabulary's word numbered `lexeme` (a token's key, when the token has that number). */
export const vocabularyWord = (lexeme: number): string => vocabulary.words[lexeme];

/**
 * The vocabulary's number of `key[from, to)` lower-cased (a token's `lexeme`), or -1, read
 * from its code units `units`: lower-cased unit by unit, cut and lower-cased whole only when
 * a unit lower-cases otherwise ("İ", "Σ", a surrogate).
 */
function lexemeOf(key: string, units: Uint16Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  let odd = 0;
  for (let q = from; q < to; q++) {
    const k = units[q];
    let lower = LOWER[k];
    if (lower <= 0) lower = lowerCaseOf(k);
    odd |= lower;
    h = Math.imul(h ^ lower, FNV_PRIME);
  }
  if (odd >= 0) return vocabulary.findLowered(units, from, to, h);
  const word = key.slice(from, to).toLowerCase();
  return vocabulary.find(word, 0, word.length, hashOf(word, 0, word.length));
}

/** The vocabulary's number of `doc.key[from, to)` lower-cased (as a token of it would have), or -1. */
export function wordNumber(doc: VnDocument, from: number, to: number): number {
  return lexemeOf(doc.key, tokensOf(doc).key, from, to);
}

/** The text of tokens [from, to) as written in the document. */
export function spanText(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return doc.text.slice(tokens[from].start, tokens[to - 1].end);
}

interface DocTokens {
  doc: VnDocument;
  /** The code units of its text and key (see UnitBuffer). */
  text: Uint16Array;
  key: Uint16Array;
  byStart: Map<number, ScannedTokens>;
  /** The indexed word sets when its blocks were scanned: blocks are scanned again for a new one (see notable). */
  indexed: number;
}

const DOC_TOKENS = derivedKey<DocTokens>('tokens');

/**
 * The tokens of the document asked last: most calls ask for the same one as the call before.
 * Not a WeakMap: its entries, holding thousands of tokens each, cost the garbage collector
 * more than the tokens do.
 */
let last: DocTokens | null = null;

/** The tokens known of `doc` (kept on the document while it is extracted). */
function tokensOf(doc: VnDocument): DocTokens {
  if (last?.doc === doc && last.indexed === indexedBits) return last;
  return (last = doc.derived(DOC_TOKENS, () => {
    const text = unitsOf(doc.text);
    return { doc, text, key: doc.key === doc.text ? text : unitsOf(doc.key), byStart: new Map(), indexed: indexedBits };
  }, (known) => known.indexed === indexedBits));
}

/** Tokens of a block, computed once per document (several extractors walk the same block). */
export function blockTokens(doc: VnDocument, block: { start: number; end: number }): Token[] {
  return scannedBlock(doc, block).tokens;
}

/**
 * A block's tokens with what their scan noted (see ScannedTokens), once per document. A
 * block without a letter has none: no rule reads a name, a title, a place or an event's word
 * there, and a line of a million quotation marks or digits was a million token objects.
 */
export function scannedBlock(doc: VnDocument, block: { start: number; end: number }): ScannedTokens {
  const known = tokensOf(doc);
  let scanned = known.byStart.get(block.start);
  if (!scanned) {
    scanned = holdsLetter(known.text, block.start, block.end) ? scan(doc, known.text, known.key, block.start, block.end) : noTokens();
    known.byStart.set(block.start, scanned);
  }
  return scanned;
}

/** Whether text[from, to) holds a letter. */
function holdsLetter(text: Uint16Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (CLASSES[text[p]] & IS_LETTER) return true;
  return false;
}

const noTokens = (): ScannedTokens => ({ tokens: [], notable: [], indexedWords: [], caps: [], joiners: [], cuts: [] });
