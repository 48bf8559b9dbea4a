/**
 * Word tokens of a span of the document, with offsets, and a phrase matcher over them.
 * Person and organisation rules walk tokens rather than characters: a name is a run of
 * capitalised syllables, a role a run of words starting with a position phrase.
 */
import type { VnDocument } from '../core/document.js';
import { matchKey } from '../core/text.js';

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
}

// Words with inner joiners kept whole; anything else that is not space is one token.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&.'’/-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Tokens of `[start, end)` of a text and its match key (a VnDocument, or any such pair). */
export function tokenize(doc: { text: string; key: string }, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const text = doc.text.slice(start, end);
  for (const m of text.matchAll(TOKEN)) {
    const s = start + (m.index ?? 0);
    const raw = m[0];
    const word = /[\p{L}\p{N}]/u.test(raw[0]);
    const cap = UPPER_START.test(raw);
    tokens.push({
      text: raw,
      // Vietnamese has no locale-specific case rules, so toLowerCase() gives the same key
      // as toLocaleLowerCase('vi') for every character, several times faster.
      key: doc.key.slice(s, s + raw.length).toLowerCase(),
      start: s,
      end: s + raw.length,
      word,
      cap,
      acronym: cap && raw.length > 1 && !HAS_LOWER.test(raw),
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

  constructor(phrases: readonly string[], anyCase = false) {
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
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Number of tokens of the longest entry matching at `i` (0 when none). */
  match(tokens: readonly Token[], i: number, ignoreCase = false): number {
    const first = tokens[i];
    if (!first?.word) return 0;
    for (const entry of this.byFirst.get(first.key) ?? []) {
      if (!entry.anyCase && !ignoreCase && !first.cap) continue;
      if (entry.keys.every((k, j) => tokens[i + j]?.key === k)) return entry.keys.length;
    }
    return 0;
  }

  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) > 0;
  }
}

/** The text of tokens [from, to) as written in the document. */
export function spanText(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return '';
  return doc.text.slice(tokens[from].start, tokens[to - 1].end);
}
