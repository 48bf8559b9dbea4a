/**
 * Vietnamese syllable shape as a deterministic automaton, so that a word is judged in the
 * same pass that finds it, one table step per character: no substring, normalisation or
 * regex per word. The tables are data (./syllable-tables.ts, made by ./syllable-build.ts);
 * here they become typed arrays.
 */
import { LETTERS_BY_FORM, SYLLABLE_ACCEPTS, SYLLABLE_ALPHABET, SYLLABLE_EDGES, SYLLABLE_START } from './syllable-tables.js';

export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Bits of LETTER_FORM (below U+1F00): the symbol, and the tone marks the letter carries.
export const SYMBOL_MASK = 0x3f;
export const TONE_SHIFT = 6;
/** A combining mark: composes with its neighbours, so a word holding one is judged as a whole. */
export const COMBINING = 0x100;

/** Per code unit below U+1F00: the letter's symbol and tone marks, or COMBINING. */
export const LETTER_FORM = (() => {
  const table = new Uint16Array(0x1f00);
  for (const [form, letters] of LETTERS_BY_FORM) for (let i = 0; i < letters.length; i++) table[letters.charCodeAt(i)] = form;
  table.fill(COMBINING, 0x300, 0x370);
  table.fill(COMBINING, 0x483, 0x48a);
  return table;
})();

/**
 * The automaton: `next[state * symbols + symbol]`, state 0 rejecting for good, `start` the
 * start; `accepts[state]` is 1 after a whole syllable.
 */
export const SYLLABLE_AUTOMATON = (() => {
  const symbols = SYLLABLE_ALPHABET.length + 1;
  let states = 0;
  for (let i = 0; i < SYLLABLE_EDGES.length; i += 3) states = Math.max(states, SYLLABLE_EDGES[i] + 1, SYLLABLE_EDGES[i + 2] + 1);
  const next = new Uint16Array(states * symbols);
  for (let i = 0; i < SYLLABLE_EDGES.length; i += 3) next[SYLLABLE_EDGES[i] * symbols + SYLLABLE_EDGES[i + 1]] = SYLLABLE_EDGES[i + 2];
  const accepts = new Uint8Array(states);
  for (const state of SYLLABLE_ACCEPTS) accepts[state] = 1;
  return { next, accepts, start: SYLLABLE_START, symbols };
})();
