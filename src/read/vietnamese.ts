/**
 * Is this Vietnamese? Counts the words that carry diacritics and checks each against the
 * shape of a Vietnamese syllable. Used to pick a legacy encoding (the right one turns its
 * bytes into real syllables, a wrong one into mojibake) and to warn about foreign text.
 */
import { CODAS, NUCLEI, ONSETS } from '../lexicon/vi/syllables.js';
import { LETTER, MARK } from '../core/chars.js';
import { charTable, isPlainNfcFrom, NOT_PLAIN_NFC_RANGES } from '../core/text.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
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
  charTable(LETTER + MARK, table.length, IN_WORD | NOT_ASCII, table);
  for (let c = 0; c < 0x80; c++) table[c] &= ~NOT_ASCII;
  return table;
})();

/** Only the start of a long text is sampled: enough to judge, cheap on a 10 MB file. */
const SAMPLE_CHARS = 20_000;
/** Fewer words than this and the text is too short to judge. */
const MIN_WORDS = 20;
/** Vietnamese prose has diacritics on most syllables; other Latin-script text on few. */
const MIN_MARKED_SHARE = 0.2;

function judgeSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(TONE_MARKS)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

// A few thousand syllables make up nearly all Vietnamese text, and judging one takes two
// normalisations and a regex: the verdicts are remembered. The table is open-addressed and
// probed with a word's place in the text, so a word seen before costs neither a substring
// nor a Map's hashing of one.
const SLOTS = 1 << 15;
const MAX_VERDICTS = 20_000;
const words: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
/** 1: a syllable, 0: not (meaningful where `words` holds a word). */
const verdicts = new Uint8Array(SLOTS);
let remembered = 0;

/** Hash of a word, extended one code unit at a time (FNV-1a). */
const HASH_SEED = 0x811c9dc5;
const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The verdict on `text[start, end)`, whose hash is `hash`. */
function verdictAt(text: string, start: number, end: number, hash: number): boolean {
  let slot = hash & (SLOTS - 1);
  for (let word = words[slot]; word !== undefined; word = words[slot]) {
    if (sameWord(word, text, start, end)) return verdicts[slot] === 1;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const word = text.slice(start, end);
  const verdict = judgeSyllable(word);
  if (remembered >= MAX_VERDICTS) {
    words.fill(undefined);
    remembered = 0;
    slot = hash & (SLOTS - 1);
  }
  words[slot] = word;
  verdicts[slot] = verdict ? 1 : 0;
  remembered++;
  return verdict;
}

export function isVietnameseSyllable(word: string): boolean {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return verdictAt(word, 0, word.length, hash);
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
  let hash = HASH_SEED;
  let checkRest = untilClear;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const kind = c < 0x2070 ? CLASSES[c] : MAYBE_NOT_NFC;
    if (nfcOnly && kind & MAYBE_NOT_NFC) return 'not-nfc';
    if (kind & IN_WORD) {
      if (start < 0) start = i;
      seen |= kind;
      hash = hashStep(hash, c);
      continue;
    }
    if (start < 0) continue;
    stats.words++;
    if (seen & NOT_ASCII) {
      if (verdictAt(text, start, i, hash)) stats.vietnamese++;
      else stats.foreign++;
    }
    start = -1;
    seen = 0;
    hash = HASH_SEED;
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

/** False only when there is enough text to tell and too little of it is Vietnamese. */
export function looksVietnamese(text: string): boolean {
  // Counting may stop early, when the verdict is true whatever the rest holds.
  const stats = sampleStats(text, true);
  return stats.words < MIN_WORDS || stats.vietnamese / stats.words >= MIN_MARKED_SHARE;
}
