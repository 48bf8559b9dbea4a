/**
 * Helpers of the event, location and date scans: ASCII sets by code, and the first words of
 * lexicon entries, which the fast scans look for (character classes: core/chars.ts).
 */
import { isSpace } from '../core/text.js';
import { keySet, lexiconLowerKey } from '../lexicon/compile.js';
import { DASH, isLetterOrDigitCode, isUpperCode, UPPER } from '../core/chars.js';
import { DOTTED_ABBREVIATIONS } from '../lexicon/vi/abbreviations.js';
import { ADMIN_UNITS } from '../lexicon/vi/places.js';

/** Administrative units' words ("tỉnh", "TP"), as keys. */
export const ADMIN_UNIT_KEYS = keySet(ADMIN_UNITS);

/**
 * Pattern source: what may open a line before its first word, after spaces and quotation
 * marks: nothing, or an outlet's tag ("(Báo X) - ", "HÀ NỘI - ").
 */
export const LINE_OPENING_SOURCE = String.raw`^[\s"“]*(?:\([^()\n]{1,40}\)\s*[${DASH}:]?\s*|[${UPPER} ]{2,30}\s*[${DASH}]\s*)?`;
/** Pattern source: a sentence's end (a mark, maybe a closing quotation mark) and the space after it. */
export const SENTENCE_END_SOURCE = String.raw`[.!?…]["”»]?\s+`;

/** A lookup table of ASCII characters, by code. */
export function asciiSet(chars: string): Uint8Array {
  const table = new Uint8Array(0x80);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}


/** Local units written as a dotted abbreviation ("TP.", "Tp."). */
const DOTTED_UNITS = keySet(DOTTED_ABBREVIATIONS.filter((a) => ADMIN_UNIT_KEYS.has(a.toLowerCase())));
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * The full stop at `at` closes a local unit's abbreviation before a capital ("TP. Hồ Chí
 * Minh"): it ends no place and no event's name.
 */
export function unitAbbreviationDot(key: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < 3 && isAsciiLetter(key.charCodeAt(s - 1))) s--;
  if (s === at || (s > 0 && !isSpace(key.charCodeAt(s - 1)) && key[s - 1] !== '(')) return false;
  // (A line break after it ends the paragraph, whatever follows.)
  return DOTTED_UNITS.has(key.slice(s, at).toLowerCase()) && key.charCodeAt(at + 1) === 0x20 && isUpperCode(key.charCodeAt(at + 2));
}

/** The first word (a run of letters and digits) of each entry, lower-cased. */
export function firstWords(words: readonly string[]): Set<string> {
  const firsts = new Set<string>();
  for (const w of words) firsts.add(firstWordOf(w));
  return firsts;
}

// Entries are asked for again by each lexicon they are in: cut each once.
const firstWordByEntry = new Map<string, string>();

function firstWordOf(entry: string): string {
  let first = firstWordByEntry.get(entry);
  if (first !== undefined) return first;
  const key = lexiconLowerKey(entry);
  let end = 0;
  while (end < key.length && isLetterOrDigitCode(key.charCodeAt(end))) end++;
  if (end === 0) throw new Error(`lexicon entry does not start with a word: ${entry}`);
  firstWordByEntry.set(entry, (first = key.slice(0, end)));
  return first;
}


/**
 * The last word of each entry, lower-cased, both as written and as its match key (a
 * pattern may hold either): an end-anchored pattern of the entries matches only where its
 * text ends with one of them.
 */
export function lastWords(words: readonly string[]): Set<string> {
  const lasts = new Set<string>();
  for (const w of words) {
    for (const key of [w.toLowerCase(), lexiconLowerKey(w)]) {
      let start = key.length;
      while (start > 0 && isLetterOrDigitCode(key.charCodeAt(start - 1))) start--;
      if (start === key.length) throw new Error(`lexicon entry does not end with a word: ${w}`);
      lasts.add(key.slice(start));
    }
  }
  return lasts;
}

/**
 * `text` without the white space at either end. squash(trimSpaces(x)) is squash(x), but the
 * text squash reads is more often squashed already (no pattern to run).
 */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Whether `items` are sorted by `order` already (then sorting them would only allocate). */
export function inOrder<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1], items[i]) > 0) return false;
  return true;
}
