/**
 * Names of people spotted in the text outside the people extractor's spans, with a minimal
 * rule set: an honorific before capitalised syllables, or a run of 3–4 capitalised
 * syllables that starts with a family name (not after "Trường", "đường" …). The speaker
 * index (speakers.ts) adds them to the people extractor's mentions.
 */
import type { Span, VnDocument } from '../core/document.js';
import { lastAtOrBefore } from '../core/document.js';
import { firstCharGuard, keySet, lexiconPattern, lexiconPatternOnUse, lexiconTrie } from '../lexicon/compile.js';
import { NAMED_PLACE_WORDS, NAMELESS_TITLE_MODIFIERS, SPEAKER_HONORIFICS } from '../lexicon/vi/speaker-cues.js';
import { SURNAMES } from '../lexicon/vi/names.js';
import { PROVINCES } from '../lexicon/vi/places.js';
import { CHAR_CLASS, CLASSED_BELOW, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, LETTER, MARK } from '../core/chars.js';
import { keyOf, tokenStarts } from './doc-index.js';
import { LastWords, mayEndWithWord } from './last-words.js';
import type { Mention } from './speakers.js';

/** Most capitalised runs per match of the name scan: a first syllable and up to seven more. */
const MAX_RUN_SYLLABLES = 8;

/** How many syllables the run that capRunEnd found last has. */
let runSyllables = 0;

/**
 * The end of the run of capitalised syllables (`Xxx Yyy …`, single spaces, at most eight)
 * that starts at `at`, or -1 when none starts there. A run starts at a capital not after a
 * letter, mark or digit, and ends at its longest prefix that is not followed by a letter
 * or mark ("Lê VănX" is the run "Lê"). This is what the regex
 * (?<![L M \d])[Lu][Ll M]+(?: [Lu][Ll M]+){0,7}(?![L M]) matches, one table look-up a character.
 */
function capRunEnd(text: string, at: number): number {
  runSyllables = 0;
  // Code units read here, not through classAt: its charCodeAt sees strings of every kind
  // from every module, and V8 reads them through a generic call; this one sees doc.text.
  const length = text.length;
  const prev = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (!(classOfCode(at < length ? text.charCodeAt(at) : 0) & IS_UPPER)) return -1;
  if ((prev >= 0x30 && prev <= 0x39) || classOfCode(prev) & (IS_LETTER | IS_MARK)) return -1;
  let end = -1;
  let q = at + 1;
  for (let n = 0; n < MAX_RUN_SYLLABLES; n++) {
    const syllable = q;
    let c = q < length ? text.charCodeAt(q) : 0;
    let cls = classOfCode(c);
    while (cls & (IS_LOWER | IS_MARK)) {
      c = ++q < length ? text.charCodeAt(q) : 0;
      cls = classOfCode(c);
    }
    if (q === syllable) break;
    if (!(cls & (IS_LETTER | IS_MARK))) {
      end = q;
      runSyllables = n + 1;
    }
    if (c !== 32 || !(classOfCode(q + 1 < length ? text.charCodeAt(q + 1) : 0) & IS_UPPER)) break;
    q += 2;
  }
  return end;
}

/** CHAR_CLASS of a code unit (0 from CLASSED_BELOW up). */
const classOfCode = (c: number) => (c < CLASSED_BELOW ? CHAR_CLASS[c] : 0);

const NAMED_PLACE_BEFORE = lexiconPattern(`${firstCharGuard(NAMED_PLACE_WORDS)}(?<![${LETTER}${MARK}])${lexiconTrie(NAMED_PLACE_WORDS)}\\s+$`);
const HONORIFIC_BEFORE = lexiconPatternOnUse(`${firstCharGuard(SPEAKER_HONORIFICS)}(?<![${LETTER}${MARK}])${lexiconTrie(SPEAKER_HONORIFICS)}\\.?\\s*:?\\s*$`);
const HONORIFIC_LAST_WORDS = new LastWords(SPEAKER_HONORIFICS);
const NAMED_PLACE_LAST_WORDS = new LastWords(NAMED_PLACE_WORDS);
const SURNAME_KEYS = keySet(SURNAMES);
/** A city named after a person ("TP Hồ Chí Minh") ending where the capitalised run ends. */
const PROVINCE_AT_END = lexiconPatternOnUse(`${firstCharGuard(PROVINCES)}(?<![${LETTER}${MARK}])${lexiconTrie(PROVINCES)}$`);
/** The last words of the provinces: a name ending with none of them ends with no province. */
const PROVINCE_LAST_WORDS = new LastWords(PROVINCES);
const HONORIFIC_KEYS = keySet(SPEAKER_HONORIFICS);
const NAMELESS_MODIFIER_KEYS = keySet(NAMELESS_TITLE_MODIFIERS);

/**
 * [first, count] of the name's syllables inside a run of `count` capitalised syllables, or
 * null; `keyOf(i)` is the norm() key of syllable i.
 */
function nameInRun(count: number, keyOf: (i: number) => string, afterHonorific: boolean): [number, number] | null {
  // "Ông Kumeda Masakuni": a capitalised honorific opening the sentence.
  if (!afterHonorific && count >= 3 && HONORIFIC_KEYS.has(keyOf(0))) return [1, Math.min(count - 1, 5)];
  if (afterHonorific) return count >= 2 && !NAMELESS_MODIFIER_KEYS.has(keyOf(0)) ? [0, Math.min(count, 5)] : null;
  for (let i = 0; i + 3 <= count; i++) {
    if (count - i <= 4 && SURNAME_KEYS.has(keyOf(i))) return [i, count - i];
  }
  return null;
}

/**
 * Whether the people extractor's (sorted) spans cover every name the run [start, end) can
 * hold: nameIn's last test (the span that starts last at or before the name's end runs past
 * the name's start) fails for each, and the run needs no other test. Most runs of two or
 * more syllables are the names of people the people extractor found.
 */
function coversRun(covered: readonly Span[], start: number, end: number): boolean {
  let i = lastAtOrBefore(covered, start);
  if (i < 0) return false;
  for (; i < covered.length && covered[i].start < end; i++) if (covered[i].end < end) return false;
  return true;
}

/**
 * Names spotted in the text outside the `covered` (sorted) spans, the people extractor's,
 * run by run from the start of the text. A run starts at a capital after no letter, mark or ASCII digit: in a
 * block that is a capitalised token, or a capital a joiner or another digit ("²") puts
 * inside a token (see tokenStarts); between blocks every character is looked at. Only
 * runs of two syllables or more are looked at (tokenStarts keeps only the capitalised
 * tokens before a space and a capital): one syllable holds no name, and no run starts
 * inside one.
 */
export function spotNames(doc: VnDocument, covered: readonly Span[]): Mention[] {
  const spotted: Mention[] = [];
  const text = doc.text;
  const { cuts, caps } = tokenStarts(doc);
  let cut = 0;
  let cap = 0;
  // Where the run scan goes on: the end of the last run.
  let resume = 0;
  for (let b = 0; b <= doc.blocks.length; b++) {
    const block = doc.blocks[b];
    const gapEnd = block ? block.start : text.length;
    // Nothing in this loop is captured by a closure: V8 would allocate a context per character.
    for (let at = resume; at < gapEnd; at++) {
      const c = text.charCodeAt(at);
      if (c >= 0x1f00 || !(CHAR_CLASS[c] & IS_UPPER)) continue;
      const runEnd = capRunEnd(text, at);
      if (runEnd < 0) continue;
      // A run of one syllable holds no name.
      const name = runSyllables > 1 ? nameIn(doc, at, runEnd, covered, runSyllables) : null;
      if (name) spotted.push(name);
      at = runEnd - 1;
      resume = runEnd;
    }
    if (!block) break;
    // Capitalised tokens and the characters after cuts, both in order.
    while (cut < cuts.length && cuts[cut] + 1 < block.start) cut++;
    while (cap < caps.length && caps[cap] < block.start) cap++;
    for (;;) {
      const atCut = cut < cuts.length && cuts[cut] + 1 < block.end ? cuts[cut] + 1 : Infinity;
      let at: number;
      if (cap < caps.length && caps[cap] < block.end && caps[cap] <= atCut) at = caps[cap++];
      else if (atCut !== Infinity) {
        at = atCut;
        cut++;
      } else break;
      if (at < resume) continue;
      const runEnd = capRunEnd(text, at);
      if (runEnd < 0) continue;
      const name = runSyllables > 1 ? nameIn(doc, at, runEnd, covered, runSyllables) : null;
      if (name) spotted.push(name);
      resume = runEnd;
    }
    resume = Math.max(resume, block.end);
  }
  return spotted;
}

/** The name spotted in the run of `count` capitalised syllables text[runStart, runEnd), if any. */
export function nameIn(doc: VnDocument, runStart: number, runEnd: number, covered: readonly Span[], count: number): Mention | null {
  const text = doc.text;
  // A name takes two syllables after an honorific, three without (see nameInRun); the
  // syllables are one space apart.
  if (count < 2 || coversRun(covered, runStart, runEnd)) return null;
  // The words before the run, as a match key; most runs are ruled out before it is cut.
  const from = Math.max(0, runStart - 24);
  let before: string | undefined;
  let may = mayEndWithWord(HONORIFIC_LAST_WORDS, doc.key, from, runStart, true);
  if (may === null) may = mayEndWithWord(HONORIFIC_LAST_WORDS, (before = keyOf(doc, from, runStart)), 0, before.length, false);
  const honorific = !!may && HONORIFIC_BEFORE().test((before ??= keyOf(doc, from, runStart)));
  // "Trường Đại học Nông Lâm …", "đường Trần Phú": a place or an institution, not a person.
  if (!honorific && (count < 3 || namedPlaceBefore(doc, from, runStart, before))) return null;
  const starts = [runStart];
  for (let i = runStart; i < runEnd; i++) if (text.charCodeAt(i) === 32) starts.push(i + 1);
  const syllableEnd = (i: number) => (i + 1 < count ? starts[i + 1] - 1 : runEnd);
  // A syllable is a whole word of letters: its norm() is its key in lower case.
  const syllableKey = (i: number) => keyOf(doc, starts[i], syllableEnd(i)).toLowerCase();
  const found = nameInRun(count, syllableKey, honorific);
  if (!found) return null;
  const last = found[0] + found[1] - 1;
  const nameStart = starts[found[0]];
  const nameEnd = syllableEnd(last);
  // "TP Hồ Chí Minh": only a run ending with the last word of a province may be one.
  if (PROVINCE_LAST_WORDS.has(doc.key, starts[last], nameEnd) && PROVINCE_AT_END().test(keyOf(doc, Math.max(0, nameStart - 24), nameEnd))) return null;
  const prior = covered[lastAtOrBefore(covered, nameEnd - 1)];
  if (prior && prior.end > nameStart) return null;
  return { name: text.slice(nameStart, nameEnd), start: nameStart, end: nameEnd, role: null };
}

/** Whether NAMED_PLACE_BEFORE matches `before`, the key of [from, runStart) (cut here when not given), the cheap test first. */
function namedPlaceBefore(doc: VnDocument, from: number, runStart: number, before?: string): boolean {
  let may = mayEndWithWord(NAMED_PLACE_LAST_WORDS, doc.key, from, runStart, true);
  if (may === null) {
    before ??= keyOf(doc, from, runStart);
    may = mayEndWithWord(NAMED_PLACE_LAST_WORDS, before, 0, before.length, false);
  }
  return !!may && NAMED_PLACE_BEFORE.test(before ?? keyOf(doc, from, runStart));
}
