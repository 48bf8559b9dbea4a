/**
 * messages: quoted spans of three or more words that are not somebody's speech: slogans,
 * themes, names of campaigns, programmes, contests, books or songs. A span the quotes
 * extractor took as a direct quote is speech; spans nested inside it are still messages
 * (a slogan cited in a speech). Long sentence-like spans are unattributed speech, not
 * messages, and so are a headline quotation after "Speaker:" ('Bộ trưởng: “…”') and a
 * headline that is one long quotation (a pull quote). One entry
 * per distinct text, in order of first appearance.
 */
import { isSpace, squash } from '../core/text.js';
import type { VnDocument } from '../core/document.js';
import { keyOf } from './doc-index.js';
import { lexiconPattern, lexiconTrie } from '../lexicon/compile.js';
import { SPEAKER_HEADS } from '../lexicon/vi/speaker-cues.js';
import { NAMING_WORDS } from '../lexicon/vi/speech.js';
import type { ExtractContext } from './context.js';
import { norm, normOf } from './speakers.js';
import { CHAR_BLOCKS, isWordCode, LETTER, LOWER, MARK, UPPER } from '../core/chars.js';
import { onFirstUse } from '../core/lazy.js';

const TWO_SENTENCES = new RegExp(String.raw`[.!?…]\s+[${UPPER}]`, 'u');

/** "Bộ trưởng Lê Văn A:" or "Ông Lê Văn A:" closing the text before a headline quotation. */
const HEADLINE_TITLE = new RegExp(`(?:^|[,.;]\\s*)${lexiconTrie(SPEAKER_HEADS)}(?![${LETTER}${MARK}])[^:,.;]{0,60}:\\s*$`, 'i');
const NAMING = lexiconPattern(`(?<![${LETTER}${MARK}])${lexiconTrie(NAMING_WORDS)}\\s*:\\s*$`, 'i');
const HEADLINE_NAME = onFirstUse(() => new RegExp(String.raw`(?:^|[,.;]\s*)[${UPPER}][${LOWER}${MARK}]+(?: [${UPPER}][${LOWER}${MARK}]+){1,4}\s*:\s*$`, 'u'));

/** The marks no match of the three patterns above holds between its start and its colon. */
const isStop = (c: number) => c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a;
for (const word of [...SPEAKER_HEADS, ...NAMING_WORDS]) {
  if ([...word].some((c) => isStop(c.charCodeAt(0)))) throw new Error(`a speaker head or naming word holds a mark headlineLead stops at: "${word}"`);
}

/**
 * The match key of the text of a headline before a quotation at `to`, as far as the patterns
 * above can read it: from the last of , . ; : before its closing colon (a match starts at
 * that mark or after it), or '' when there is no closing colon (each pattern needs one).
 * Read back only to that mark, a headline of many quotations stays linear: the whole text
 * before each one, tried by three patterns, took 49 s on a one-megabyte line of quotations.
 */
function headlineLead(doc: VnDocument, from: number, to: number): string {
  const { key } = doc;
  let end = to;
  while (end > from && isSpace(key.charCodeAt(end - 1))) end--;
  if (end === from || key.charCodeAt(end - 1) !== 0x3a) return '';
  let start = end - 1;
  while (start > from && !isStop(key.charCodeAt(start - 1))) start--;
  return keyOf(doc, start > from ? start - 1 : from, to);
}

/** White space or , ; : (what a message is trimmed of). */
const isTrimmed = (c: number) => isSpace(c) || c === 0x2c || c === 0x3b || c === 0x3a;

/** Where `text` without white space, commas, semicolons and colons at either end starts (see trimPunctuation). */
function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && isTrimmed(text.charCodeAt(start))) start++;
  return start;
}

/** `text` from `start` (trimmedStart) without those marks at its end (`replace(/^[\s,;:]+|[\s,;:]+$/g, '')`). */
function trimPunctuation(text: string, start: number): string {
  let end = text.length;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * \p{L}, \p{M} or \p{N}, for a character the character table does not answer for (outside
 * CHAR_BLOCKS). Made only when one comes: V8 takes over a millisecond (8 M instructions) to
 * compile these classes, a ninth of the first article's pattern compiling.
 */
const WORD_CHARACTER = onFirstUse(() => /^[\p{L}\p{M}\p{N}]$/u);

/** General Punctuation, where articles' quotation marks, dashes and ellipses are: no letter, mark or digit. */
const GENERAL_PUNCTUATION = [0x2000, 0x206f] as const;

/** Whether the code point `c` is a letter, mark or digit (`[\p{L}\p{M}\p{N}]`). */
function isWordCodePoint(c: number): boolean {
  for (const [from, to] of CHAR_BLOCKS) if (c >= from && c <= to) return isWordCode(c);
  if (c >= GENERAL_PUNCTUATION[0] && c <= GENERAL_PUNCTUATION[1]) return false;
  return WORD_CHARACTER().test(String.fromCodePoint(c));
}

/**
 * Whether `key` is words parted by single spaces and nothing else, each character one the
 * character table classes a letter, mark or digit (it answers for CHAR_BLOCKS only; any
 * other character fails the test): then wordsOnly changes nothing.
 */
function isWordsOnly(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x20 ? i === 0 || i === key.length - 1 || key.charCodeAt(i - 1) === 0x20 : !isWordCode(c)) return false;
  }
  return true;
}

/**
 * A message's key reduced to its words: the same name quoted again with a dash or a comma
 * dropped ("X - 990 năm …", later "X 990 năm …") is the same message. Most keys are words
 * and single spaces already, and are tested so rather than rebuilt by the regex.
 */
export const wordsOnly = (key: string) => (isWordsOnly(key) ? key : wordRuns(key).join(' '));

/** The runs of letters, marks and digits in `key`, by code point (`key.match(/[\p{L}\p{M}\p{N}]+/gu)`). */
function wordRuns(key: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < key.length; ) {
    const c = key.codePointAt(i) as number;
    if (!isWordCodePoint(c)) {
      if (start >= 0) runs.push(key.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
    i += c > 0xffff ? 2 : 1;
  }
  if (start >= 0) runs.push(key.slice(start));
  return runs;
}

const MIN_WORDS = 3;
/** A quotation filling a headline is speech from this many words on ('Chúng tôi sẽ …'); a name is shorter. */
const MIN_PULL_QUOTE_WORDS = 7;
const MAX_WORDS = 40;
const MAX_CHARS = 400;

export function extractMessages(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  // The direct quotes' spans, their ends by their start (numbers: no key string per span).
  const speech = new Map<number, number[]>();
  for (const quote of article.quotes) {
    if (!quote.direct) continue;
    const { start, end } = quote.evidence[0];
    const ends = speech.get(start);
    if (ends) ends.push(end);
    else speech.set(start, [end]);
  }
  const seen = new Set<string>();
  for (const span of doc.quotes) {
    if (span.unclosed || speech.get(span.start)?.includes(span.end)) continue;
    const block = doc.blocks[span.block];
    if (block?.kind === 'credit') continue;
    if (span.end - span.start > MAX_CHARS) continue;
    const lead = block?.kind === 'headline' ? headlineLead(doc, block.start, span.start - 1) : '';
    if (lead && !NAMING.test(lead) && (HEADLINE_TITLE.test(lead) || HEADLINE_NAME().test(lead))) continue;
    const squashed = squash(span.text);
    const from = trimmedStart(squashed);
    const text = trimPunctuation(squashed, from);
    let words = 1;
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) words++;
    if (words < MIN_WORDS || words > MAX_WORDS || TWO_SENTENCES.test(text)) continue;
    // A headline that is one quotation of a sentence's length is a pull quote: somebody's words.
    if (block?.kind === 'headline' && words >= MIN_PULL_QUOTE_WORDS && span.start - 1 === block.start && block.end - span.end <= 2) continue;
    // Read as written in the document (most spans), the text's match key is the document's.
    const at = span.start + from;
    const key = wordsOnly(squashed === span.text && doc.text.startsWith(text, at) ? normOf(text, keyOf(doc, at, at + text.length)) : norm(text));
    if (seen.has(key)) continue;
    seen.add(key);
    article.messages.push({ text, evidence: [doc.evidence(span.start, span.end, 'messages.quoted-span')] });
  }
}
