/**
 * Character tests by code for the event, location and date rules, read from the class
 * bodies of core/chars.ts once (a table lookup instead of a regex test per character),
 * and the first words of lexicon entries, which the fast scans look for.
 */
import { charTable, matchKey } from '../core/text.js';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../core/chars.js';

/**
 * Letters and digits: a pattern's word boundary is at least this (some add combining marks),
 * so a run of these starts wherever such a pattern can start.
 */
const WORD_CHAR = charTable(`${LETTER}${DIGIT}`);
export const isWordCode = (code: number): boolean => code < 0x1f00 && WORD_CHAR[code] === 1;
const LETTER_CHAR = charTable(LETTER);
export const isLetterCode = (code: number): boolean => code < 0x1f00 && LETTER_CHAR[code] === 1;
const UPPER_CHAR = charTable(UPPER);
export const isUpperCode = (code: number): boolean => code < 0x1f00 && UPPER_CHAR[code] === 1;
const LOWER_CHAR = charTable(LOWER);
export const isLowerCode = (code: number): boolean => code < 0x1f00 && LOWER_CHAR[code] === 1;
/** The widest word boundary a pattern uses (letters, combining marks, digits). */
const WORD_OR_MARK = charTable(`${LETTER}${MARK}${DIGIT}`);
export const isWordOrMarkCode = (code: number): boolean => code < 0x1f00 && WORD_OR_MARK[code] === 1;

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

