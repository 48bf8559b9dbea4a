/**
 * Sentences with offsets. A full stop, "!", "?" or "…" ends a sentence when whitespace
 * and an upper-case letter, digit or opening quote follow, unless it closes an
 * abbreviation (TP., PGS.TS.) or sits inside quotation marks; a quotation whose last
 * sentence ends inside the marks ends the outer sentence at its closing mark.
 */
import type { Block, Sentence } from '../core/document.js';
import { DOTTED_ABBREVIATIONS } from '../lexicon/vi/abbreviations.js';
import { CHAR_CLASS, CLASSED_BELOW, IS_DIGIT, IS_LETTER, IS_UPPER } from '../core/chars.js';
import { isSpace, SENTENCE_MARKS } from '../core/text.js';
import { firstAtOrAfter } from '../core/sorted.js';

// Characters are told by code unit (tables below U+1F00, the classes cover nothing above):
// the scan asks about single characters thousands of times per article.

export const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS.map((a) => a.toLowerCase()));
/** The mark that closes an opening mark the scan tracks (“ « „ and "("), or 0. */
const closerOf = (c: number) => (c === 0x201c ? 0x201d : c === 0xab ? 0xbb : c === 0x201e ? 0x201c : c === 0x28 ? 0x29 : 0);
/** Every character the scan acts on: end marks, quotation marks and brackets that open or close. */
const MARK = new RegExp(`[${SENTENCE_MARKS}]`, 'g');

/** ".", "!", "?" or "…". */
const isTerminal = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** What may follow an end mark inside one run of them: ".!?…”»"’)". */
const isRunMark = (c: number) => isTerminal(c) || c === 0x201d || c === 0xbb || c === 0x22 || c === 0x2019 || c === 0x29;
/** An upper-case letter, a digit or an opening quotation mark or bracket. */
const startsSentence = (c: number) => (c < CLASSED_BELOW && (CHAR_CLASS[c] & (IS_UPPER | IS_DIGIT)) !== 0)
  || c === 0x201c || c === 0xab || c === 0x201e || c === 0x22 || c === 0x2018 || c === 0x28;

/** Offset of the next character the scan acts on at or after `from`, or the text's length. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  // `test` builds no match array; the mark is one code unit before where the match ends.
  return MARK.test(text) ? MARK.lastIndex - 1 : text.length;
}

/**
 * Opening marks tracked inside one another. Deeper is noise, not writing (a line of a
 * million “ held a million awaited closers); the openers beyond it are passed over, and
 * their closers close the innermost tracked ones instead.
 */
const MAX_NESTING = 32;

/** Longest abbreviation token looked at before a full stop ("PGS.TS.BS"). */
const MAX_ABBREVIATION_LENGTH = 16;

/**
 * 1 for the letters of ABBREVIATIONS' entries in either case, below U+1F00 (the code units
 * whose lower case is one of their letters: checked by test/segment/sentences.test.ts).
 */
export const ENTRY_LETTERS = (() => {
  const table = new Uint8Array(CLASSED_BELOW);
  for (const letter of [...ABBREVIATIONS].join('').replace(/\./g, '')) {
    table[letter.charCodeAt(0)] = 1;
    table[letter.toUpperCase().charCodeAt(0)] = 1;
  }
  return table;
})();

/** Longest entry of ABBREVIATIONS. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, dot: number): boolean {
  // The letters and dots before the full stop ("PGS.TS"), and how many follow its last dot.
  let i = dot;
  let segment = -1;
  // Whether the word, and its last segment, hold a letter that no entry has in any case.
  let foreign = 0;
  let segmentForeign = 0;
  const stop = Math.max(0, dot - MAX_ABBREVIATION_LENGTH);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if (c !== 0x2e && (c >= CLASSED_BELOW || !(CHAR_CLASS[c] & IS_LETTER))) break;
    if (c === 0x2e && segment < 0) {
      segment = dot - i;
      segmentForeign = foreign;
    }
    if (c !== 0x2e) foreign |= ENTRY_LETTERS[c] ^ 1;
    i--;
  }
  if (i === dot) return false;
  if (segment < 0) {
    segment = dot - i;
    segmentForeign = foreign;
  }
  // Lower-casing never shortens a word: longer than every entry, neither it nor its last
  // segment is one (and it is no initial). Nor is it with a letter no entry has (most
  // Vietnamese words end a sentence with one: no substring, no lower-casing).
  if (segment > LONGEST_ABBREVIATION && dot - i > LONGEST_ABBREVIATION) return false;
  if (dot - i > 1 && foreign && segmentForeign) return false;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.slice(word.lastIndexOf('.') + 1))) return true;
  // Initials such as "N." in "N.V.Anh".
  return word.length === 1;
}

export function splitSentences(block: Block): Sentence[] {
  const sentences: Sentence[] = [];
  appendSentences(block, sentences);
  return sentences;
}

/**
 * Offset in `text` of the next character the scan acts on, at or after `from`, read from
 * `marks` (the document's, see scanText) for a block whose text starts at `base`.
 */
function markReader(marks: readonly number[], base: number, length: number): (from: number) => number {
  // The first mark of the block, by binary search; then forward only.
  let m = firstAtOrAfter(marks, base);
  return (from) => {
    while (m < marks.length && marks[m] - base < from) m++;
    return m < marks.length && marks[m] - base < length ? marks[m] - base : length;
  };
}

/**
 * Adds the sentences of `block` to `sentences`. `marks`, when given, are the offsets in the
 * document of every character of SENTENCE_MARKS (the block's text a slice of it), and of
 * the other quotation marks, which the loop passes over (see scanText).
 */
export function appendSentences(block: Block, sentences: Sentence[], marks?: readonly number[]): void {
  const text = block.text;
  const next = marks ? markReader(marks, block.start, text.length) : (from: number) => nextMark(text, from);
  /** Closing marks awaited, innermost last. */
  const stack: number[] = [];
  let straightOpen = false;
  let from = 0;
  // End of the last run of end marks looked at: every mark inside one run sees the same
  // end, so a long run ("!?.!?.…x") is walked once, not once per mark.
  let runEnd = -1;
  const push = (to: number) => {
    let s = from;
    while (s < to && isSpace(text.charCodeAt(s))) s++;
    if (to > s) sentences.push({ block: block.index, start: block.start + s, end: block.start + to, text: text.slice(s, to) });
    from = to;
  };
  // Other characters change nothing: jump from mark to mark.
  for (let i = next(0); i < text.length; i = next(i + 1)) {
    const code = text.charCodeAt(i);
    // A quotation closed right after its own full stop ends the sentence too.
    let closesSentence = false;
    if (code === 0x22) {
      straightOpen = !straightOpen;
      closesSentence = !straightOpen && i > 0 && isTerminal(text.charCodeAt(i - 1));
    } else if (stack.length && code === stack[stack.length - 1]) {
      stack.pop();
      closesSentence = code !== 0x29 && i > 0 && isTerminal(text.charCodeAt(i - 1));
    } else if (closerOf(code) && stack.length < MAX_NESTING) stack.push(closerOf(code));
    if ((!isTerminal(code) && !closesSentence) || stack.length || straightOpen) continue;
    if (code === 0x2e && isAbbreviation(text, i)) continue;
    let j = i < runEnd ? runEnd : i + 1;
    while (j < text.length && isRunMark(text.charCodeAt(j))) j++;
    runEnd = j;
    if (j >= text.length) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (k < text.length && startsSentence(text.charCodeAt(k))) push(j);
    i = j - 1;
  }
  push(text.length);
}
