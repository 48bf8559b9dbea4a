/**
 * Word tokens of a span of the document, with offsets, and a phrase matcher over them.
 * Person and organisation rules walk tokens rather than characters: a name is a run of
 * capitalised syllables, a role a run of words starting with a position phrase.
 */
import type { VnDocument } from '../core/document.js';
import { charTable, isSpace, matchKey } from '../core/text.js';
import { DIGIT, LETTER, LOWER, MARK, STARTS_UPPER, UPPER } from '../core/chars.js';

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
// `tokenize` scans for it with the character table below; phrase entries (read once, at
// start-up) are split with the same rule as a pattern.
const TOKEN = new RegExp(String.raw`[${LETTER}${MARK}${DIGIT}]+(?:[&.'’/-][${LETTER}${MARK}${DIGIT}]+)*|\S`, 'gu');
const UPPER_START = STARTS_UPPER;
let nextBit = 0;

// Character classes by code unit, from the class bodies of core/chars.ts, which cover
// nothing at or above 0x2000: there only spaces and the right single quote matter.
const IS_LETTER = 1;
const IS_MARK = 2;
const IS_DIGIT = 4;
const IS_UPPER = 8;
const IS_LOWER = 16;
const IS_SPACE = 32;
/** Joins two runs of word characters into one token. */
const IS_JOINER = 64;
/** A joiner a name syllable may hold once ("H'Luyên", "Hang-seo"). */
const IS_NAME_JOINER = 128;
const WORD_CHAR = IS_LETTER | IS_MARK | IS_DIGIT;
const CLASSES = new Uint8Array(0x2000);

charTable(LETTER, CLASSES.length, IS_LETTER, CLASSES);
charTable(MARK, CLASSES.length, IS_MARK, CLASSES);
charTable(DIGIT, CLASSES.length, IS_DIGIT, CLASSES);
charTable(UPPER, CLASSES.length, IS_UPPER, CLASSES);
charTable(LOWER, CLASSES.length, IS_LOWER, CLASSES);
// JavaScript's \s below 0x2000 (the rest is in `highClass`).
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680]) CLASSES[c] |= IS_SPACE;
for (const c of '&./') CLASSES[c.charCodeAt(0)] |= IS_JOINER;
for (const c of "'’-") {
  const code = c.charCodeAt(0);
  if (code < CLASSES.length) CLASSES[code] |= IS_JOINER | IS_NAME_JOINER;
}

/** JavaScript's \s and the right single quote (a joiner) at or above 0x2000. */
const highClass = (c: number) =>
  c === 0x2019 ? IS_JOINER | IS_NAME_JOINER
  : c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ? IS_SPACE
  : 0;
const classOf = (c: number) => (c < 0x2000 ? CLASSES[c] : highClass(c));
/** Is the code unit a digit (core/chars.ts DIGIT)? */
export const isDigitCode = (c: number) => (classOf(c) & IS_DIGIT) !== 0;
/** Is the code unit a combining mark (core/chars.ts MARK)? */
export const isMarkCode = (c: number) => (classOf(c) & IS_MARK) !== 0;
/** Is the code unit a letter, mark or digit (core/chars.ts)? */
export const isWordCode = (c: number) => (classOf(c) & WORD_CHAR) !== 0;
/** Pieces of `s` between runs of white space, as many as `s.split(/\s+/)` gives (counted up to `limit`). */
export function spacedPieces(s: string, limit = Infinity): number {
  let n = 1;
  for (let k = 0; k < s.length && n < limit; k++) if (isSpace(s.charCodeAt(k)) && !(k > 0 && isSpace(s.charCodeAt(k - 1)))) n++;
  return n;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `s[from, to)`. */
function hashOf(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * Every word of the phrase sets' and word sets' entries, interned and numbered, with the
 * bits of the sets that have an entry starting with it (most tokens start none). Hashed
 * over code units, so the tokenizer looks a word up straight from the text, before (and
 * mostly instead of) cutting its key out: a lexicon word's token shares the table's string.
 * (The scanner, this table and the sets stay in one module: imported bindings cost the
 * scan a tenth of its time.)
 */
class Vocabulary {
  /**
   * Open addressing, kept at most half full, four numbers a slot: the word's hash, its
   * number + 1 (0: empty slot), where its characters start in `chars`, and its length. A
   * probe reads one slot and the characters, not the string objects.
   */
  private slots = new Int32Array(4 * 1024);
  private chars = new Uint16Array(1 << 14);
  private charCount = 0;
  /** By word number: the word. */
  readonly words: string[] = [];
  /** Word → number, for building the sets (a native map beats the table's loops at start-up). */
  private readonly numbers = new Map<string, number>();
  /** By word number: the bits of the sets that have an entry starting with it. */
  readonly startBits: number[] = [];
  /** By word number: the bits of the sets with such an entry that matches in any case. */
  readonly anyCaseBits: number[] = [];
  /** By word number: the bits of the word sets that hold it. */
  readonly wordSetBits: number[] = [];

  /** Number of the word `s[from, to)` hashed `h` (by `hashOf`), or -1. */
  find(s: string, from: number, to: number, h: number): number {
    const slot = this.slotOf(s, from, to, h);
    return slot >= 0 ? this.slots[slot + 1] - 1 : -1;
  }

  /** Slot (index of its first number) of `s[from, to)` hashed `h`, or ~ the empty one it would take. */
  private slotOf(s: string, from: number, to: number, h: number): number {
    const { slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    const length = to - from;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      if (slots[at + 1] === 0) return ~at;
      if (slots[at] !== h || slots[at + 3] !== length) continue;
      const start = slots[at + 2];
      let k = 0;
      while (k < length && chars[start + k] === s.charCodeAt(from + k)) k++;
      if (k === length) return at;
    }
  }

  /** Number of `word`, added when new. */
  add(word: string): number {
    const known = this.numbers.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.numbers.set(word, id);
    this.words.push(word);
    this.startBits.push(0);
    this.anyCaseBits.push(0);
    this.wordSetBits.push(0);
    if (2 * this.words.length > this.slots.length >> 2) {
      this.slots = new Int32Array(2 * this.slots.length);
      this.charCount = 0;
      this.words.forEach((w, n) => this.put(w, n));
    } else this.put(word, id);
    return id;
  }

  private put(word: string, id: number): void {
    const h = hashOf(word, 0, word.length);
    const at = ~this.slotOf(word, 0, word.length, h);
    if (this.charCount + word.length > this.chars.length) {
      const chars = new Uint16Array(2 * (this.charCount + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let k = 0; k < word.length; k++) this.chars[this.charCount + k] = word.charCodeAt(k);
    this.slots[at] = h;
    this.slots[at + 1] = id + 1;
    this.slots[at + 2] = this.charCount;
    this.slots[at + 3] = word.length;
    this.charCount += word.length;
  }
}

const vocabulary = new Vocabulary();

const WORD = 1;
const CAP = 2;
const ACRONYM = 4;
const NAME_SYLLABLE = 8;

/** A Token with its four flags in one number (a block holds hundreds of tokens). */
class WordToken implements Token {
  constructor(
    readonly text: string,
    readonly key: string,
    readonly start: number,
    readonly end: number,
    private readonly flags: number,
    readonly starts: number,
    readonly lexeme: number,
  ) {}

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
 * `key` lower-cased, or null when that is not the same as lower-casing each token of it:
 * when a character changes length (İ) or depends on its neighbours (final sigma).
 */
function lowerKey(key: string): string | null {
  // Two indexOf calls scan far faster than a character-class pattern.
  if (key.indexOf('\u0130') >= 0 || key.indexOf('\u03a3') >= 0) return null;
  const lower = key.toLowerCase();
  return lower.length === key.length ? lower : null;
}

/** Tokens of `[start, end)` of a text and its match key (a VnDocument, or any such pair). */
export function tokenize(doc: { text: string; key: string }, start: number, end: number): Token[] {
  return scan(doc, start, end, lowerKey(doc.key.slice(start, end)), start);
}

/**
 * Tokens of `[start, end)`; `lowered` is the lower-cased key from offset `base` (lower-casing
 * a span once beats once per token), or null: then each token's key is lower-cased alone.
 */
function scan(doc: { text: string; key: string }, start: number, end: number, lowered: string | null, base: number): Token[] {
  const tokens: Token[] = [];
  const { text } = doc;
  // Key characters are read at `p - offset` of `keys` (hashed as scanned; unused without `lowered`).
  const keys = lowered ?? doc.key;
  const offset = lowered !== null ? base : 0;
  let p = start;
  while (p < end) {
    let c = text.charCodeAt(p);
    let cls = classOf(c);
    if (cls & IS_SPACE) {
      p++;
      continue;
    }
    const s = p;
    const first = cls;
    // Classes of the word's characters; joiners seen; is the key the text as written?
    let seen = 0;
    let joiners = 0;
    let h = FNV_OFFSET;
    let same = true;
    if (cls & WORD_CHAR) {
      // A run of word characters, then joiner + run as long as a word character follows.
      for (;;) {
        const k = keys.charCodeAt(p - offset);
        h = Math.imul(h ^ k, FNV_PRIME);
        if (k !== c) same = false;
        if (cls & IS_JOINER) joiners |= cls & IS_NAME_JOINER ? joiners + 1 : 0x100;
        else seen |= cls;
        if (++p < end) cls = classOf((c = text.charCodeAt(p)));
        else break;
        if (cls & WORD_CHAR) continue;
        if (!(cls & IS_JOINER) || p + 1 >= end || !(classOf(text.charCodeAt(p + 1)) & WORD_CHAR)) break;
      }
    } else {
      // One code point: a surrogate pair is one token.
      p += c >= 0xd800 && c <= 0xdbff && p + 1 < end && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      for (let q = s; q < p; q++) {
        const k = keys.charCodeAt(q - offset);
        h = Math.imul(h ^ k, FNV_PRIME);
        if (k !== text.charCodeAt(q)) same = false;
      }
    }
    let key: string;
    let lexeme: number;
    if (lowered !== null) {
      lexeme = vocabulary.find(lowered, s - offset, p - offset, h);
      key = lexeme >= 0 ? vocabulary.words[lexeme] : lowered.slice(s - offset, p - offset);
    } else {
      key = doc.key.slice(s, p).toLowerCase();
      lexeme = vocabulary.find(key, 0, key.length, hashOf(key, 0, key.length));
      same = false;
    }
    const word = (first & (IS_LETTER | IS_DIGIT)) !== 0;
    const cap = (first & IS_UPPER) !== 0;
    const acronym = cap && p - s > 1 && !(seen & IS_LOWER);
    // A name syllable is set once here: name rules ask it of the same token many times
    // over. Letters and marks only, with at most one of the joiners a name may hold.
    const nameSyllable = word && cap && !acronym && !(seen & IS_DIGIT) && joiners <= 1;
    const flags = (word ? WORD : 0) | (cap ? CAP : 0) | (acronym ? ACRONYM : 0) | (nameSyllable ? NAME_SYLLABLE : 0);
    tokens.push(new WordToken(same ? key : text.slice(s, p), key, s, p, flags, lexeme >= 0 ? vocabulary.startBits[lexeme] : 0, lexeme));
  }
  return tokens;
}

/** A node of a phrase set's trie: the entries that go on with one more word. */
interface PhraseNode {
  /** An entry ends here: 0 none; CAPITALISED (matches capitalised text only) or ANY_CASE. */
  ends: number;
  next: Map<number, PhraseNode> | null;
}

const CAPITALISED = 1;
const ANY_CASE = 2;

const splitKey = (phrase: string) =>
  [...matchKey(phrase.normalize('NFC')).replace(/\.$/, '').matchAll(TOKEN)].map((m) => vocabulary.add(m[0].toLowerCase()));

/**
 * A lexicon of multi-word phrases matched at a token position, longest first. Entries
 * written with a capital initial only match capitalised text ("Trưởng" the position, not
 * "tăng trưởng"), unless `anyCase` is set for the whole set.
 */
export class PhraseSet {
  /** Entries as a trie of word numbers, by their first word. */
  private readonly byFirst: (PhraseNode | undefined)[] = [];
  /** This set's bit in `Token.starts`. */
  readonly bit: number;

  constructor(phrases: readonly string[], anyCase = false) {
    if (nextBit > 30) throw new Error('too many phrase sets for the token bit set');
    this.bit = 1 << nextBit++;
    for (const phrase of phrases) {
      const words = splitKey(phrase);
      if (!words.length) continue;
      let node = (this.byFirst[words[0]] ??= { ends: 0, next: null });
      for (const word of words.slice(1)) {
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { ends: 0, next: null }));
        node = child;
      }
      node.ends = Math.max(node.ends, anyCase || !UPPER_START.test(phrase) ? ANY_CASE : CAPITALISED);
      vocabulary.startBits[words[0]] |= this.bit;
      if (node.ends === ANY_CASE) vocabulary.anyCaseBits[words[0]] |= this.bit;
    }
  }

  /** Number of tokens of the longest entry matching at `i` (0 when none). */
  match(tokens: readonly Token[], i: number, ignoreCase = false): number {
    // Small, to be inlined: most words start none of the set's entries.
    if (i < 0 || i >= tokens.length || !(tokens[i].starts & this.bit)) return 0;
    return this.longest(tokens, i, ignoreCase);
  }

  private longest(tokens: readonly Token[], i: number, ignoreCase: boolean): number {
    const first = tokens[i];
    const caseFits = ignoreCase || first.cap;
    if (!caseFits && !(vocabulary.anyCaseBits[first.lexeme] & this.bit)) return 0;
    // Entries written capitalised count only on capitalised text (or ignoring case).
    const least = caseFits ? CAPITALISED : ANY_CASE;
    let node = this.byFirst[first.lexeme] as PhraseNode;
    let longest = 0;
    for (let j = 1; ; j++) {
      if (node.ends >= least) longest = j;
      const next = i + j < tokens.length ? node.next?.get(tokens[i + j].lexeme) : undefined;
      if (!next) return longest;
      node = next;
    }
  }

  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) > 0;
  }

  /** Does an entry of at most `maxLength` tokens end right before `i`? */
  endsBefore(tokens: readonly Token[], i: number, maxLength = 3): boolean {
    for (let k = 1; k <= maxLength && k <= i; k++) if (tokens[i - k].starts & this.bit && this.match(tokens, i - k) === k) return true;
    return false;
  }
}

let nextWordSetBit = 0;

/**
 * A set of single words (as lexicon/compile.ts keySet keys them: match key, lower case),
 * asked of a token by its word number rather than by hashing its key.
 */
export class WordSet {
  private readonly bit: number;

  constructor(words: readonly string[]) {
    if (nextWordSetBit > 30) throw new Error('too many word sets for the bit set');
    this.bit = 1 << nextWordSetBit++;
    for (const word of words) vocabulary.wordSetBits[vocabulary.add(matchKey(word.normalize('NFC')).toLowerCase())] |= this.bit;
  }

  has(token: Token): boolean {
    return token.lexeme >= 0 && (vocabulary.wordSetBits[token.lexeme] & this.bit) !== 0;
  }
}

/** The text of tokens [from, to) as written in the document. */
export function spanText(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return doc.text.slice(tokens[from].start, tokens[to - 1].end);
}

interface DocTokens {
  /** The whole key lower-cased, when that is the same as lower-casing it by parts. */
  lowered: string | null;
  byStart: Map<number, Token[]>;
}

const cache = new WeakMap<object, DocTokens>();

/** Tokens of a block, computed once per document (several extractors walk the same block). */
export function blockTokens(doc: VnDocument, block: { start: number; end: number }): Token[] {
  let known = cache.get(doc);
  if (!known) cache.set(doc, (known = { lowered: lowerKey(doc.key), byStart: new Map() }));
  let tokens = known.byStart.get(block.start);
  if (!tokens) {
    tokens =
      known.lowered !== null
        ? scan(doc, block.start, block.end, known.lowered, 0)
        : tokenize(doc, block.start, block.end);
    known.byStart.set(block.start, tokens);
  }
  return tokens;
}
