/**
 * Sentences with offsets. A full stop, "!", "?" or "…" ends a sentence when whitespace
 * and an upper-case letter, digit or opening quote follow, unless it closes an
 * abbreviation (TP., PGS.TS.) or sits inside quotation marks; a quotation whose last
 * sentence ends inside the marks ends the outer sentence at its closing mark.
 */
import type { Block, Sentence } from '../core/document.js';
import { DOTTED_ABBREVIATIONS } from '../lexicon/vi/abbreviations.js';
import { DIGIT, LETTER, UPPER } from '../core/chars.js';

const LETTER_OR_DOT = new RegExp(`[${LETTER}.]`, 'u');

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS.map((a) => a.toLowerCase()));
const OPENERS = '“«„‘"(';
const CLOSERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '(': ')' };
const TERMINAL = /[.!?…]/;
const STARTS_SENTENCE = new RegExp(String.raw`[${UPPER}${DIGIT}“«„"‘(]`, 'u');
/** Every character the scan acts on: end marks, quotation marks and brackets that open or close. */
const MARK = /[.!?…"“”«»„()]/g;

/** Offset of the next character the scan acts on at or after `from`, or the text's length. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? text.length;
}

/** Longest abbreviation token looked at before a full stop ("PGS.TS.BS"). */
const MAX_ABBREVIATION_LENGTH = 16;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  const stop = Math.max(0, dot - MAX_ABBREVIATION_LENGTH);
  while (i > stop && LETTER_OR_DOT.test(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.split('.').pop() ?? '')) return true;
  // Initials such as "N." in "N.V.Anh".
  return word.length === 1;
}

export function splitSentences(block: Block): Sentence[] {
  const text = block.text;
  const sentences: Sentence[] = [];
  const stack: string[] = [];
  let straightOpen = false;
  let from = 0;
  // End of the last run of end marks looked at: every mark inside one run sees the same
  // end, so a long run ("!?.!?.…x") is walked once, not once per mark.
  let runEnd = -1;
  const push = (to: number) => {
    let s = from;
    while (s < to && /\s/.test(text[s])) s++;
    if (to > s) sentences.push({ block: block.index, start: block.start + s, end: block.start + to, text: text.slice(s, to) });
    from = to;
  };
  // Other characters change nothing: jump from mark to mark.
  for (let i = nextMark(text, 0); i < text.length; i = nextMark(text, i + 1)) {
    const ch = text[i];
    // A quotation closed right after its own full stop ends the sentence too.
    let closesSentence = false;
    if (ch === '"') {
      straightOpen = !straightOpen;
      closesSentence = !straightOpen && TERMINAL.test(text[i - 1] ?? '');
    } else if (stack.length && ch === stack[stack.length - 1]) {
      stack.pop();
      closesSentence = ch !== ')' && TERMINAL.test(text[i - 1] ?? '');
    } else if (OPENERS.includes(ch) && CLOSERS[ch]) stack.push(CLOSERS[ch]);
    if ((!TERMINAL.test(ch) && !closesSentence) || stack.length || straightOpen) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    let j = i < runEnd ? runEnd : i + 1;
    while (j < text.length && /[.!?…”»"’)]/.test(text[j])) j++;
    runEnd = j;
    if (j >= text.length) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && STARTS_SENTENCE.test(text[k])) push(j);
    i = j - 1;
  }
  push(text.length);
  return sentences;
}
