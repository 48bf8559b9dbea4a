/**
 * Sentences with offsets. A full stop, "!", "?" or "…" ends a sentence when whitespace
 * and an upper-case letter, digit or opening quote follow, unless it closes an
 * abbreviation (TP., PGS.TS.) or sits inside quotation marks.
 */
import type { Block, Sentence } from '../core/document.js';
import { DOTTED_ABBREVIATIONS } from '../lexicon/vi/abbreviations.js';

const ABBREVIATIONS = new Set(DOTTED_ABBREVIATIONS.map((a) => a.toLowerCase()));
// A word longer than every abbreviation can only match through its last segment, which is
// shorter still: stopping the backward walk there keeps a long run of "a.a.a." linear.
const LONGEST = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const OPENERS = '“«„‘"(';
const CLOSERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '(': ')' };
const TERMINALS = '.!?…';
/** Marks that may follow a sentence end before the space: "…!?", closing quotes, ")". */
const AFTER_TERMINAL = /[.!?…”»"’)]/;
/** The characters the scan acts on: quote marks, brackets and sentence ends. */
const SIGNIFICANT = /["“«„‘(”»).!?…]/g;
const STARTS_SENTENCE = /[\p{Lu}\p{N}“«„"‘(]/u;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i <= LONGEST && /[\p{L}.]/u.test(text[i - 1])) i--;
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
  // End of the last run of terminal/closing marks looked at: every mark inside one run sees
  // the same end, so a long run (".....x") is walked once, not once per mark.
  let runEnd = -1;
  const push = (to: number) => {
    let s = from;
    while (s < to && /\s/.test(text[s])) s++;
    if (to > s) sentences.push({ block: block.index, start: block.start + s, end: block.start + to, text: text.slice(s, to) });
    from = to;
  };
  // Jump from one significant character to the next: other characters change nothing.
  SIGNIFICANT.lastIndex = 0;
  for (let m = SIGNIFICANT.exec(text); m; m = SIGNIFICANT.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '"') straightOpen = !straightOpen;
    else if (stack.length && ch === stack[stack.length - 1]) stack.pop();
    else if (OPENERS.includes(ch) && CLOSERS[ch]) stack.push(CLOSERS[ch]);
    if (!TERMINALS.includes(ch) || stack.length || straightOpen) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    let j = i < runEnd ? runEnd : i + 1;
    while (j < text.length && AFTER_TERMINAL.test(text[j])) j++;
    runEnd = j;
    if (j >= text.length) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && STARTS_SENTENCE.test(text[k])) push(j);
    SIGNIFICANT.lastIndex = j;
  }
  push(text.length);
  return sentences;
}
