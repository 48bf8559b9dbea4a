/**
 * A headline written in capitals ("HỘI NÔNG DÂN HUYỆN X TỔ CHỨC HỘI THI …") says nothing by
 * its case about where a name ends: every word looks like a name, and the rules that end
 * organisations and places at the first lower-case word run on through the verb. Before the
 * fields are read, each run of its words is given the case the body writes the same words
 * in ("Hội Nông dân huyện X tổ chức hội thi …"); a word the body does not hold is a common
 * word (lower case) unless it spells no Vietnamese syllable (an acronym: "UBND"). The line
 * reads then as a headline in sentence case. The title (read first) and every value's
 * evidence keep the text as written: `extract` puts it back when the fields are read.
 */
import { isDashCode, isLowerCode, isUpperCode, SEPARATOR_DASHES } from '../core/chars.js';
import { derivedKey } from '../core/document.js';
import { matchKey } from '../core/text.js';
import { ORGANIZING_VERBS } from '../lexicon/vi/organizing.js';
import { ADMIN_UNITS, PROVINCES } from '../lexicon/vi/places.js';
import { isVietnameseSyllable } from '../read/vietnamese.js';
import type { Evidence } from '../model/article.js';
import type { ExtractContext } from './context.js';

/** A word character: a letter, mark or digit of any script. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether each code unit (outside the surrogates) is a WORD_CHAR: 1 yes, 2 no, 0 not asked yet (filled in as met). */
const WORD_UNIT = new Uint8Array(0x10000);
/** What joins two runs of word characters into one word ("TP.HCM", "H'Mông", "Hang-seo"). */
const isJoiner = (c: number) => c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d;

/**
 * The length of the word character at text[i] (2 for one of two surrogates), or 0 when
 * there is none: a table look-up once a code unit has been met.
 */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // A lead and a trail surrogate make a code point; a lone surrogate is none.
    const pair = c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    return pair && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = WORD_UNIT[c];
  if (known === 0) WORD_UNIT[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Fewest words for a line in capitals: a short code ("VOV", "TTXVN") is no headline to recase. */
const MIN_WORDS = 3;

/** Least share of the headline's words the body must hold for their case to be taken from it. */
const MIN_CONFIRMED_SHARE = 0.5;

/** Most words of a run compared with the body (a name and a verb or two). */
const MAX_RUN = 12;

/** Before a word, what opens a sentence: its case is the sentence's, not the word's. */
const SENTENCE_OPENERS = new Set([...'.!?:\n"“(', ...SEPARATOR_DASHES]);

export interface Word {
  start: number;
  text: string;
  lower: string;
  /** Written where a sentence opens (the body's case of its first letter says nothing). */
  opensSentence: boolean;
}

/**
 * The words of text[from, to): runs of letters, marks and digits joined by inner stops,
 * hyphens or apostrophes ("TP.HCM", "H'Mông"), as the pattern
 * [\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)* finds them (a word that starts before `to` runs on past it).
 * Read character by character: the whole body is read once a headline is in capitals.
 */
export function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  // Started between two surrogates, the pattern's scan (by code point) starts at the first.
  const first = from > 0 && (text.charCodeAt(from) & 0xfc00) === 0xdc00 && (text.charCodeAt(from - 1) & 0xfc00) === 0xd800 ? from - 1 : from;
  for (let p = first; p < to; ) {
    let n = wordCharAt(text, p);
    if (n === 0) {
      p++;
      continue;
    }
    const start = p;
    for (;;) {
      do p += n;
      while ((n = wordCharAt(text, p)) > 0);
      if (!isJoiner(text.charCodeAt(p)) || (n = wordCharAt(text, p + 1)) === 0) break;
      p++;
    }
    let before = start - 1;
    while (before >= from && text[before] === ' ') before--;
    const word = text.slice(start, p);
    words.push({ start, text: word, lower: word.toLowerCase(), opensSentence: before < from || SENTENCE_OPENERS.has(text[before]) });
  }
  return words;
}

/** Whether `text[start, end)` has letters and none in lower case, in at least MIN_WORDS words. */
function inCapitals(text: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isLowerCode(code)) return false;
    if (isUpperCode(code)) upper++;
  }
  return upper >= 2 * MIN_WORDS;
}

/** `word` in the case of `model` letter by letter (the same word, so as long), else null. */
function inCaseOf(word: string, model: string): string | null {
  if (word.length !== model.length) return null;
  let cased = '';
  for (let i = 0; i < word.length; i++) {
    const lower = word[i].toLowerCase();
    cased += isLowerCode(model.charCodeAt(i)) && lower.length === 1 ? lower : word[i];
  }
  return cased;
}

/** The same word capitalised, code unit for code unit (null if case changes a length). */
function capitalisedOf(word: string): string | null {
  const lower = word.slice(1).toLowerCase();
  return lower.length === word.length - 1 ? word[0] + lower : null;
}

/** Most syllables of a place's name after its unit word, or opening a headline ("ĐẠ LÂY", "TÂY NINH:"). */
const MAX_PLACE_NAME = 3;

const UNIT_KEYS = new Set(ADMIN_UNITS.map((unit) => matchKey(unit).toLowerCase()));
const PROVINCE_KEYS = new Set(PROVINCES.map((province) => matchKey(province).toLowerCase()));

const VERB_KEYS = new Set(ORGANIZING_VERBS.map((verb) => matchKey(verb).toLowerCase()));
const MAX_VERB_WORDS = Math.max(...ORGANIZING_VERBS.map((verb) => verb.split(' ').length));

/** How many words from `at` make an organising verb ("tổ chức", "ra mắt"), longest first; 0 if none. */
function verbLength(words: readonly Word[], at: number): number {
  for (let n = Math.min(MAX_VERB_WORDS, words.length - at); n >= 1; n--) {
    if (VERB_KEYS.has(matchKey(words.slice(at, at + n).map((w) => w.lower).join(' ')))) return n;
  }
  return 0;
}

/** Whether the words before `at` end with an administrative unit ("xã", "thị xã"). */
function afterUnit(words: readonly Word[], at: number): boolean {
  for (let n = 1; n <= 2 && n <= at; n++) {
    if (UNIT_KEYS.has(matchKey(words.slice(at - n, at).map((w) => w.lower).join(' ')))) return true;
  }
  return false;
}

/**
 * Whether the words [from, to) that the body does not hold are a place's name: a province the
 * lexicon knows, two or three syllables after a unit the body does not write before another
 * word ("XÃ ĐẠ LÂY"), or opening the headline
 * before a colon or a dash ("TÂY NINH: …"). Other words the body lacks are common words.
 */
function placeName(text: string, words: readonly Word[], from: number, to: number, start: number, inBodyRun: readonly boolean[]): boolean {
  if (PROVINCE_KEYS.has(matchKey(words.slice(from, to).map((w) => w.lower).join(' ')))) return true;
  if (to - from < 2 || to - from > MAX_PLACE_NAME) return false;
  // Not a unit the body writes closing a run of its own ("Hội Phụ nữ tỉnh"): there the body
  // shows the unit with no name after it.
  if (afterUnit(words, from) && !inBodyRun[from - 1]) return true;
  if (from > 0 || words[0].start !== start) return false;
  const last = words[to - 1];
  const after = text.slice(last.start + last.text.length).trimStart();
  return after[0] === ':' || isDashCode(after.charCodeAt(0));
}

/**
 * The headline's words in the body's case: from each word on, the longest run of its words
 * that the body writes in a row (preferring a place that does not open a sentence). A word
 * the body lacks keeps its capitals if it spells no Vietnamese syllable (an acronym), is
 * capitalised in a place's name (placeName) and lower-cased otherwise; when the body holds
 * fewer than half the words, the line is left as written. The line's first word,
 * and the first after a colon, open a sentence and keep their capital.
 */
export function recasedLine(text: string, start: number, end: number, body: readonly Word[]): string {
  const words = wordsOf(text, start, end);
  // Where the body writes each of the line's words (only those are looked up).
  const byLower = new Map<string, number[]>();
  for (const w of words) byLower.set(w.lower, []);
  for (let i = 0; i < body.length; i++) byLower.get(body[i].lower)?.push(i);
  let cased = text.slice(start, end);
  const put = (w: Word, spelt: string | null) => {
    if (spelt === null || spelt === w.text) return;
    const at = w.start - start;
    cased = cased.slice(0, at) + spelt + cased.slice(at + spelt.length);
  };
  // The syllables the body lacks, in runs, after the words it holds.
  const unknown: boolean[] = words.map(() => false);
  // Words copied from a run of two or more that the body writes in a row.
  const inBodyRun: boolean[] = words.map(() => false);
  let confirmed = 0;
  for (let i = 0; i < words.length; ) {
    let best = 0;
    let bestAt = -1;
    for (const at of byLower.get(words[i].lower)!) {
      let n = 1;
      while (n < MAX_RUN && i + n < words.length && body[at + n]?.lower === words[i + n].lower) n++;
      // A single word that opens a sentence in the body shows no case of its own.
      if (n === 1 && body[at].opensSentence) continue;
      if (n > best || (n === best && body[bestAt].opensSentence && !body[at].opensSentence)) {
        best = n;
        bestAt = at;
      }
    }
    if (best === 0) {
      unknown[i] = isVietnameseSyllable(words[i].text);
      i++;
      continue;
    }
    for (let k = 0; k < best; k++) put(words[i + k], inCaseOf(words[i + k].text, body[bestAt + k].text));
    if (best > 1) for (let k = i; k < i + best; k++) inBodyRun[k] = true;
    confirmed += best;
    i += best;
  }
  // A body that holds fewer than half the headline's words tells too little of their case:
  // the line is read in capitals, as written (the rules know such lines).
  if (confirmed < MIN_CONFIRMED_SHARE * words.length) return text.slice(start, end);
  // An organising verb ("TỔ CHỨC") is no part of a name, unless the body writes it within one:
  // one word of it found alone in the body ("Tổ" of "Tổ quốc") says nothing of its case here.
  for (let i = 0; i < words.length; i++) {
    const n = verbLength(words, i);
    if (!n || inBodyRun.slice(i, i + n).every(Boolean)) continue;
    for (let k = i; k < i + n; k++) {
      put(words[k], inCaseOf(words[k].text, words[k].lower));
      unknown[k] = false;
    }
    i += n - 1;
  }
  for (let i = 0; i < words.length; ) {
    if (!unknown[i]) {
      i++;
      continue;
    }
    let to = i + 1;
    while (to < words.length && unknown[to]) to++;
    // A unit the body lacks opens the name after it ("XÃ ĐẠ LÂY").
    const from = to - i > 2 && UNIT_KEYS.has(matchKey(words[i].lower)) ? i + 1 : i;
    if (from > i) put(words[i], inCaseOf(words[i].text, words[i].lower));
    const named = placeName(text, words, from, to, start, inBodyRun);
    for (let k = from; k < to; k++) put(words[k], named ? capitalisedOf(words[k].text) : inCaseOf(words[k].text, words[k].lower));
    i = to;
  }
  // Sentence case: the first word, and the first after a colon, open the headline's sentences.
  for (const w of words) {
    const at = w.start - start;
    let before = at - 1;
    while (before >= 0 && cased[before] === ' ') before--;
    if (before >= 0 && cased[before] !== ':') continue;
    const first = cased[at].toUpperCase();
    if (first.length === 1) cased = cased.slice(0, at) + first + cased.slice(at + 1);
  }
  return cased;
}

/** Gives a headline in capitals the body's case (see above), until restoreWrittenHeadline. */
export function recaseCapitalHeadline({ doc }: ExtractContext): void {
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  if (!headline || !inCapitals(doc.text, headline.start, headline.end)) return;
  const body = wordsOf(doc.text, headline.end, doc.text.length);
  const cased = recasedLine(doc.text, headline.start, headline.end, body);
  if (cased !== doc.text.slice(headline.start, headline.end)) {
    doc.recase(headline.start, cased);
    doc.keep(RECASED, { start: headline.start, end: headline.end });
  }
}

const RECASED = derivedKey<{ start: number; end: number }>('recased headline');

/**
 * Puts the headline back as written, and with it every value read from it: a value whose
 * evidence lies in the headline, found there in the recased text, takes the written text
 * at the same place ("Hội Phụ nữ xã A" read from "HỘI PHỤ NỮ XÃ A …" is given as written).
 */
export function restoreWrittenHeadline({ doc, article }: ExtractContext): void {
  const written = doc.writtenText;
  const range = doc.kept(RECASED);
  if (written === undefined || !range) return doc.restoreWritten();
  const cased = doc.text.slice(range.start, range.end);
  const inHeadline = (evidence: unknown) => Array.isArray(evidence) && (evidence as Evidence[]).some((e) => e.start >= range.start && e.start < range.end);
  const asWritten = (value: unknown): unknown => {
    if (typeof value !== 'string' || !value) return value;
    const at = cased.indexOf(value);
    return at < 0 ? value : written.slice(range.start + at, range.start + at + value.length);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const traced = inHeadline(record.evidence);
    for (const [key, value] of Object.entries(record)) {
      if (key === 'evidence') continue;
      if (traced && typeof value === 'string') record[key] = asWritten(value);
      else visit(value);
    }
  };
  visit(article);
  // Scalar fields ("event.name") keep their evidence by path.
  for (const [path, evidence] of Object.entries(article.evidence)) {
    if (!inHeadline(evidence)) continue;
    const keys = path.split('.');
    const owner = keys.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], article) as Record<string, unknown> | null;
    const last = keys[keys.length - 1];
    if (owner && typeof owner[last] === 'string') owner[last] = asWritten(owner[last]);
  }
  doc.restoreWritten();
}
