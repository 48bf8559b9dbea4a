/**
 * Character tests by code for the event, location and date rules (a look-up in core/chars.ts
 * CHAR_CLASS instead of a regex test per character), and the first words of lexicon
 * entries, which the fast scans look for.
 */
import { matchKey } from '../core/text.js';
import { CHAR_CLASS, CLASSED_BELOW, IS_DIGIT, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER } from '../core/chars.js';

const has = (code: number, bits: number): boolean => code < CLASSED_BELOW && (CHAR_CLASS[code] & bits) !== 0;
/**
 * Letters and digits: a pattern's word boundary is at least this (some add combining marks),
 * so a run of these starts wherever such a pattern can start.
 */
export const isWordCode = (code: number): boolean => has(code, IS_LETTER | IS_DIGIT);
export const isLetterCode = (code: number): boolean => has(code, IS_LETTER);
export const isUpperCode = (code: number): boolean => has(code, IS_UPPER);
export const isLowerCode = (code: number): boolean => has(code, IS_LOWER);
/** The widest word boundary a pattern uses (letters, combining marks, digits). */
export const isWordOrMarkCode = (code: number): boolean => has(code, IS_LETTER | IS_MARK | IS_DIGIT);

/** A lookup table of ASCII characters, by code. */
export function asciiSet(chars: string): Uint8Array {
  const table = new Uint8Array(0x80);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** "ſ" folds to "s" but does not lower-case to it: lower-cased words do not stand for it. */
export const LONG_S = /\u017f/;

/** The first word (a run of letters and digits) of each entry, lower-cased. */
export function firstWords(words: readonly string[]): Set<string> {
  const firsts = new Set<string>();
  for (const w of words) {
    const key = matchKey(w.normalize('NFC')).toLowerCase();
    let end = 0;
    while (end < key.length && isWordCode(key.charCodeAt(end))) end++;
    if (end === 0) throw new Error(`lexicon entry does not start with a word: ${w}`);
    firsts.add(key.slice(0, end));
  }
  return firsts;
}

