/**
 * Word tokens of a span of the document, with offsets, and a phrase matcher over them.
 * Person and organisation rules walk tokens rather than characters: a name is a run of
 * capitalised syllables, a role a run of words starting with a position phrase.
 */
import type { VnDocument } from '../core/document.js';
import { matchKey } from '../core/text.js';
import { DIGIT, LETTER, LOWER, MARK, STARTS_UPPER } from '../core/chars.js';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased match key (canonical tone placement). */
  key: string;
  start: number;
  end: number;
  /** A word (letters/digits, with inner "&", ".", "-" as in "GD&ĐT", "PGS.TS", "30-4"). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case (UBND, THPT, GD&ĐT). */
  acronym: boolean;
  /** A capitalised word of letters, not an acronym: a possible name syllable ("Cương", "H'Luyên"). */
  nameSyllable: boolean;
  /** Bit set of the phrase sets that have an entry starting with this word (see PhraseSet). */
  starts: number;
}

/** First word of any phrase set's entries → bits of those sets: most tokens start none. */
const FIRST_WORDS = new Map<string, number>();
let nextBit = 0;

// Words with inner joiners kept whole; anything else that is not space is one token.
const TOKEN = new RegExp(String.raw`[${LETTER}${MARK}${DIGIT}]+(?:[&.'’/-][${LETTER}${MARK}${DIGIT}]+)*|\S`, 'gu');
const UPPER_START = STARTS_UPPER;
const WORD_START = new RegExp(String.raw`[${LETTER}${DIGIT}]`, 'u');
const CONTEXT_CASED = /[\u0130\u03a3]/;
const HAS_LOWER = new RegExp(String.raw`[${LOWER}]`, 'u');
const LETTERS_WITH_ONE_JOINER = new RegExp(String.raw`^[${LETTER}${MARK}]+(?:['’-][${LETTER}${MARK}]+)?$`, 'u');

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Tokens of `[start, end)` of a text and its match key (a VnDocument, or any such pair). */
export function tokenize(doc: { text: string; key: string }, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const text = doc.text.slice(start, end);
  // Lower-casing the span once beats once per token; it is only the same when every
  // character keeps its length and none depends on its neighbours (İ, final sigma).
  const spanKey = doc.key.slice(start, end);
  const lowerKey = CONTEXT_CASED.test(spanKey) ? null : spanKey.toLowerCase();
  const lowered = lowerKey !== null && lowerKey.length === spanKey.length ? lowerKey : null;
  const scan = new RegExp(TOKEN);
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const s = start + m.index;
    const raw = m[0];
    // ASCII first characters (most tokens) are classified without a regex.
    const c0 = raw.charCodeAt(0);
    const ascii = c0 < 0x80;
    const word = ascii ? isAsciiAlnum(c0) : WORD_START.test(raw[0]);
    const cap = ascii ? c0 >= 0x41 && c0 <= 0x5a : UPPER_START.test(raw);
    const acronym = cap && raw.length > 1 && !HAS_LOWER.test(raw);
    const key = lowered !== null ? lowered.slice(m.index, m.index + raw.length) : doc.key.slice(s, s + raw.length).toLowerCase();
    tokens.push({
      text: raw,
      key,
      start: s,
      end: s + raw.length,
      word,
      cap,
      acronym,
      // Tested once here: name rules ask it of the same token many times over.
      nameSyllable: word && cap && !acronym && LETTERS_WITH_ONE_JOINER.test(raw),
      starts: FIRST_WORDS.get(key) ?? 0,
    });
  }
  return tokens;
}

interface Entry {
  keys: string[];
  /** The entry is written in lower case: it matches whatever the case of the text. */
  anyCase: boolean;
}

const splitKey = (phrase: string) =>
  [...matchKey(phrase.normalize('NFC')).replace(/\.$/, '').matchAll(TOKEN)].map((m) => m[0].toLowerCase());

/**
 * A lexicon of multi-word phrases matched at a token position, longest first. Entries
 * written with a capital initial only match capitalised text ("Trưởng" the position, not
 * "tăng trưởng"), unless `anyCase` is set for the whole set.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly bit: number;

  constructor(phrases: readonly string[], anyCase = false) {
    if (nextBit > 30) throw new Error('too many phrase sets for the token bit set');
    this.bit = 1 << nextBit++;
    for (const phrase of phrases) {
      const keys = splitKey(phrase);
      if (!keys.length) continue;
      const lower = anyCase || !UPPER_START.test(phrase);
      const list = this.byFirst.get(keys[0]) ?? [];
      const same = list.find((e) => e.keys.join(' ') === keys.join(' '));
      if (same) same.anyCase ||= lower;
      else list.push({ keys, anyCase: lower });
      this.byFirst.set(keys[0], list);
    }
    for (const [first, list] of this.byFirst) {
      list.sort((a, b) => b.keys.length - a.keys.length);
      FIRST_WORDS.set(first, (FIRST_WORDS.get(first) ?? 0) | this.bit);
    }
  }

  /** Number of tokens of the longest entry matching at `i` (0 when none). */
  match(tokens: readonly Token[], i: number, ignoreCase = false): number {
    const first = tokens[i];
    if (!first || !(first.starts & this.bit)) return 0;
    const entries = this.byFirst.get(first.key);
    if (!entries) return 0;
    for (const entry of entries) {
      if (!entry.anyCase && !ignoreCase && !first.cap) continue;
      const { keys } = entry;
      let j = 1;
      while (j < keys.length && tokens[i + j]?.key === keys[j]) j++;
      if (j === keys.length) return j;
    }
    return 0;
  }

  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) > 0;
  }

  /** Does an entry of at most `maxLength` tokens end right before `i`? */
  endsBefore(tokens: readonly Token[], i: number, maxLength = 3): boolean {
    for (let k = 1; k <= maxLength && k <= i; k++) if (this.match(tokens, i - k) === k) return true;
    return false;
  }
}

/** The text of tokens [from, to) as written in the document. */
export function spanText(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return doc.text.slice(tokens[from].start, tokens[to - 1].end);
}

const cache = new WeakMap<object, Map<number, Token[]>>();

/** Tokens of a block, computed once per document (several extractors walk the same block). */
export function blockTokens(doc: VnDocument, block: { start: number; end: number }): Token[] {
  let byStart = cache.get(doc);
  if (!byStart) cache.set(doc, (byStart = new Map()));
  let tokens = byStart.get(block.start);
  if (!tokens) byStart.set(block.start, (tokens = tokenize(doc, block.start, block.end)));
  return tokens;
}
