/**
 * Is this Vietnamese? Counts the words that carry diacritics and checks each against the
 * shape of a Vietnamese syllable. Used to pick a legacy encoding (the right one turns its
 * bytes into real syllables, a wrong one into mojibake) and to warn about foreign text.
 */
import { CODAS, NUCLEI, ONSETS } from '../lexicon/vi/syllables.js';
import { CHAR_CLASS, CLASSED_BELOW, IS_LETTER, IS_MARK } from '../core/chars.js';
import { COMBINING, LETTER_FORM, SYLLABLE_AUTOMATON, SYMBOL_MASK, TONE_MARKS, TONE_SHIFT } from './syllable-automaton.js';
import { isPlainNfcFrom, NOT_PLAIN_NFC_RANGES } from '../core/text.js';

const alternation = (parts: readonly string[]) => `(?:${[...parts].sort((a, b) => b.length - a.length).join('|')})`;
const SYLLABLE = new RegExp(`^${alternation(ONSETS)}?${alternation(NUCLEI)}${alternation(CODAS)}?$`);
// Code units below U+2070 by what the word count makes of them (all above are MAYBE_NOT_NFC).
const IN_WORD = 1;
const NOT_ASCII = 2;
const MAYBE_NOT_NFC = 4;
const CLASSES = (() => {
  const table = new Uint8Array(0x2070);
  for (const [from, to] of NOT_PLAIN_NFC_RANGES) table.fill(MAYBE_NOT_NFC, from, Math.min(to, table.length));
  // Letters and marks (the classes cover nothing from U+1F00 up): words are runs of them.
  for (let c = 0; c < CLASSED_BELOW; c++) if (CHAR_CLASS[c] & (IS_LETTER | IS_MARK)) table[c] |= IN_WORD | NOT_ASCII;
  for (let c = 0; c < 0x80; c++) table[c] &= ~NOT_ASCII;
  return table;
})();

/** Only the start of a long text is sampled: enough to judge, cheap on a 10 MB file. */
const SAMPLE_CHARS = 20_000;
/** Fewer words than this and the text is too short to judge. */
const MIN_WORDS = 20;
/** Vietnamese prose has diacritics on most syllables; other Latin-script text on few. */
const MIN_MARKED_SHARE = 0.2;

/** The definition, by normalisation and regex: for words the automaton cannot read alone. */
function judgeSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

const { next: NEXT, accepts: ACCEPTS, start: START, symbols: SYMBOLS } = SYLLABLE_AUTOMATON;

export function isVietnameseSyllable(word: string): boolean {
  let state = START;
  let tones = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const form = c < CLASSED_BELOW ? LETTER_FORM[c] : COMBINING;
    if (form & COMBINING) return judgeSyllable(word);
    state = NEXT[state * SYMBOLS + (form & SYMBOL_MASK)];
    tones += form >> TONE_SHIFT;
  }
  return tones <= 1 && ACCEPTS[state] === 1;
}

export interface LanguageStats {
  /** Words (runs of letters) in the sample. */
  words: number;
  /** Words with a non-ASCII letter that are Vietnamese syllables. */
  vietnamese: number;
  /** Words with a non-ASCII letter that are not: mojibake or another language. */
  foreign: number;
}

/** How a count ended. */
type Counted = 'all' | 'not-nfc' | 'clearly-vietnamese';

/**
 * Adds the words of `text` to `stats`. With `nfcOnly`, stops at a character outside the
 * ranges where text is surely NFC already. With `untilClear`, stops once the share of
 * Vietnamese words stays above MIN_MARKED_SHARE whatever the rest of the text holds.
 */
function countWords(text: string, stats: LanguageStats, nfcOnly: boolean, untilClear: boolean): Counted {
  let start = -1;
  let seen = 0;
  // The word so far, read by the syllable automaton (`form` gathers COMBINING).
  let state = START;
  let tones = 0;
  let form = 0;
  let checkRest = untilClear;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const kind = c < 0x2070 ? CLASSES[c] : MAYBE_NOT_NFC;
    if (nfcOnly && kind & MAYBE_NOT_NFC) return 'not-nfc';
    if (kind & IN_WORD) {
      if (start < 0) start = i;
      seen |= kind;
      const letter = LETTER_FORM[c];
      form |= letter;
      state = NEXT[state * SYMBOLS + (letter & SYMBOL_MASK)];
      tones += letter >> TONE_SHIFT;
      continue;
    }
    if (start < 0) continue;
    stats.words++;
    if (seen & NOT_ASCII) {
      const syllable = form & COMBINING ? judgeSyllable(text.slice(start, i)) : tones <= 1 && ACCEPTS[state] === 1;
      if (syllable) stats.vietnamese++;
      else stats.foreign++;
    }
    start = -1;
    seen = 0;
    state = START;
    tones = 0;
    form = 0;
    // The rest, [i + 1, length), holds at most half its length (rounded up) in words: if the
    // share stays above the threshold even when none of them is Vietnamese, the verdict is
    // known (with a margin far above rounding errors). The rest must be NFC on its face, as
    // it would be counted as it is.
    if (checkRest && stats.vietnamese - MIN_MARKED_SHARE * (stats.words + ((text.length - i) >> 1)) > 1e-6) {
      if (!nfcOnly || isPlainNfcFrom(text, i + 1)) return 'clearly-vietnamese';
      checkRest = false;
    }
  }
  return 'all';
}

/** Word counts of the sample; with `untilClear`, possibly of its start only (see countWords). */
function sampleStats(text: string, untilClear: boolean): LanguageStats {
  const sample = text.slice(0, SAMPLE_CHARS);
  const stats: LanguageStats = { words: 0, vietnamese: 0, foreign: 0 };
  // Most text is NFC on its face: normalise (and count again) only when it may not be.
  if (countWords(sample, stats, true, untilClear) === 'not-nfc') {
    stats.words = stats.vietnamese = stats.foreign = 0;
    countWords(sample.normalize('NFC'), stats, false, untilClear);
  }
  return stats;
}

export function languageStats(text: string): LanguageStats {
  return sampleStats(text, false);
}

/**
 * False only when there is enough text to tell and too little of it is Vietnamese. `words`
 * is the number of words of `text` when the caller counted them (see scanText), with
 * `text` plain NFC (no character of NOT_PLAIN_NFC_RANGES).
 */
export function looksVietnamese(text: string, words?: number): boolean {
  if (words !== undefined && text.length <= SAMPLE_CHARS) {
    if (words < MIN_WORDS) return true;
    const enough = enoughVietnamese(text, words);
    if (enough !== null) return enough;
  }
  // Counting may stop early, when the verdict is true whatever the rest holds.
  const stats = sampleStats(text, true);
  return stats.words < MIN_WORDS || stats.vietnamese / stats.words >= MIN_MARKED_SHARE;
}

// WORD_FORM bits above LETTER_FORM's (symbol, tones, COMBINING).
const WORD_LETTER = 0x200;
const WORD_NOT_ASCII = 0x400;
/** LETTER_FORM and CLASSES in one look-up, for the plain text enoughVietnamese reads. */
const WORD_FORM = (() => {
  const table = new Uint16Array(0x2070);
  for (let c = 0; c < CLASSED_BELOW; c++) {
    if (CLASSES[c] & IN_WORD) table[c] = LETTER_FORM[c] | WORD_LETTER | (CLASSES[c] & NOT_ASCII ? WORD_NOT_ASCII : 0);
  }
  return table;
})();

/**
 * Whether MIN_MARKED_SHARE of the `words` words of the plain NFC `text` are Vietnamese:
 * words are judged from the start only until that many are found (a fifth of an article,
 * not half of it). Null for a word holding a combining mark, which plain text cannot.
 */
function enoughVietnamese(text: string, words: number): boolean | null {
  let vietnamese = 0;
  let seen = 0;
  let state = START;
  let tones = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const form = c < 0x2070 ? WORD_FORM[c] : 0;
    if (form & WORD_LETTER) {
      seen |= form;
      state = NEXT[state * SYMBOLS + (form & SYMBOL_MASK)];
      tones += (form >> TONE_SHIFT) & 3;
      continue;
    }
    if (!seen) continue;
    if (seen & COMBINING) return null;
    if (seen & WORD_NOT_ASCII && tones <= 1 && ACCEPTS[state] === 1 && ++vietnamese / words >= MIN_MARKED_SHARE) return true;
    seen = 0;
    state = START;
    tones = 0;
  }
  // The last word, when the text ends in one.
  if (seen & COMBINING) return null;
  return (seen & WORD_NOT_ASCII && tones <= 1 && ACCEPTS[state] === 1 && (vietnamese + 1) / words >= MIN_MARKED_SHARE) === true;
}
