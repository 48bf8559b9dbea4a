/**
 * Is this Vietnamese? Counts the words that carry diacritics and checks each against the
 * shape of a Vietnamese syllable. Used to pick a legacy encoding (the right one turns its
 * bytes into real syllables, a wrong one into mojibake) and to warn about foreign text.
 */
import { CODAS, NUCLEI, ONSETS } from '../lexicon/vi/syllables.js';
import { LETTER, MARK } from '../core/chars.js';
import { charTable } from '../core/text.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const alternation = (parts: readonly string[]) => `(?:${[...parts].sort((a, b) => b.length - a.length).join('|')})`;
const SYLLABLE = new RegExp(`^${alternation(ONSETS)}?${alternation(NUCLEI)}${alternation(CODAS)}?$`);
/** Letters and marks below U+1F00 (the classes cover nothing above): words are runs of them. */
const WORD_CHAR = charTable(LETTER + MARK);

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
// normalisations and a regex: remembering the verdicts made this check most of parse's time.
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

export function isVietnameseSyllable(word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = judgeSyllable(word);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

export interface LanguageStats {
  /** Words (runs of letters) in the sample. */
  words: number;
  /** Words with a non-ASCII letter that are Vietnamese syllables. */
  vietnamese: number;
  /** Words with a non-ASCII letter that are not: mojibake or another language. */
  foreign: number;
}

/**
 * Adds the words of `text` to `stats`, or returns false (having counted part) when it meets
 * a character outside the ranges where text is surely NFC already.
 */
function countWords(text: string, stats: LanguageStats, nfcOnly: boolean): boolean {
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (nfcOnly && c >= 0x300 && !(c >= 0x1e00 && c < 0x1f00) && !(c >= 0x2002 && c < 0x2070)) return false;
    if (c < 0x1f00 && WORD_CHAR[c] === 1) {
      if (start < 0) start = i;
      if (c > 0x7f) nonAscii = true;
      continue;
    }
    if (start < 0) continue;
    stats.words++;
    if (nonAscii) {
      if (isVietnameseSyllable(text.slice(start, i))) stats.vietnamese++;
      else stats.foreign++;
    }
    start = -1;
    nonAscii = false;
  }
  return true;
}

export function languageStats(text: string): LanguageStats {
  const sample = text.slice(0, SAMPLE_CHARS);
  const stats: LanguageStats = { words: 0, vietnamese: 0, foreign: 0 };
  // Most text is NFC on its face: normalise (and count again) only when it may not be.
  if (!countWords(sample, stats, true)) {
    stats.words = stats.vietnamese = stats.foreign = 0;
    countWords(sample.normalize('NFC'), stats, false);
  }
  return stats;
}

/** False only when there is enough text to tell and too little of it is Vietnamese. */
export function looksVietnamese(text: string): boolean {
  const stats = languageStats(text);
  return stats.words < MIN_WORDS || stats.vietnamese / stats.words >= MIN_MARKED_SHARE;
}
