/**
 * event.date / endDate / time: which of the article's dates is the day of the main event.
 * Each dated mention is scored, the best wins (the earlier one on a tie):
 *   + it comes with a day word or is a range ("Chiều 2/10", "Từ ngày 1/10 đến ngày 7/10")
 *   + it opens its sentence ("(Dân trí) - Ngày 25/3, …")
 *   + its sentence reports an event (tổ chức, khai mạc, diễn ra, an event noun)
 *   + it stands in the headline or the first paragraphs
 *   + its sentence names the headline's event type ("kỷ niệm" in "Trường X kỷ niệm …"):
 *     the lead may first mention an earlier, lesser event
 *   − it sits in parentheses ("(27/2/1955 – 27/2/2023)"), after a deadline or a past start
 *     ("đến hết ngày", "từ ngày", "kể từ"), or years before the article's latest date; it is
 *     the day an event lasts until ("kéo dài đến ngày 5/12")
 *   − it dates a named day ("ngày Quốc tế Người cao tuổi 1/10"), which the event may only mark,
 *     or an anniversary, the years since its founding after it ("27/7 (1947 - 2011)")
 * A day that closes a range its sentence gives ("(23-25/4), ngày 25/4, … bế mạc") is the
 * range's last: the event starts on the range's first.
 * A publication stamp under the headline ("31/08/2018, 16:17") dates the writing, not the
 * event: its day is no candidate, nor its clock time the event's, and the lead ranks first.
 * Nor is a day that opens the telling of news already past ("Ngày 28/10, Sở X cho biết, đơn
 * vị vừa trao …"): the event came before it, on a day the article does not give.
 * A best score under MIN_SCORE means no event day: better none than a historical one.
 * The time is the day's clock time, else one of the opening paragraphs, else its part of day.
 */
import type { DateMention } from '../model/article.js';
import type { Block, Sentence, VnDocument } from '../core/document.js';
import { alternation, lexiconPattern, lexiconPatternOnUse } from '../lexicon/compile.js';
import {
  DAY_OPENERS, EVENT_END_BEFORE, EVENT_HEADS, EVENT_INTRODUCERS, NEWS_VERBS, NOT_EVENT_DAY_BEFORE, NUMBER_WORDS, RECENT_ASPECTS, UNTIL_OPENERS,
} from '../lexicon/vi/events.js';
import { isPlausibleRange } from './validate/dates.js';
import { firstAfter } from '../core/sorted.js';
import { isSpace, matchKey, wordBefore } from '../core/text.js';
import { DASH, DIGIT, isDashCode, isDigitCode, isLetterCode, isUpperCode, LETTER } from '../core/chars.js';
import { EndWords } from './event-scans.js';
import { EVENT_TYPE_WORDS, lexiconWords } from './event-words.js';
import { onFirstUse } from '../core/lazy.js';
import { LINE_OPENING_SOURCE } from './event-chars.js';
import { OLDEST_REPORT_YEAR, stampBlocks } from './years.js';

const EVENT_WORD = lexiconWords([...EVENT_INTRODUCERS, ...EVENT_HEADS]);
const EVENT_TYPE = EVENT_TYPE_WORDS;
const NOT_EVENT_DAY = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(NOT_EVENT_DAY_BEFORE)}\\s*(?:ngày\\s*)?$`, 'i'), NOT_EVENT_DAY_BEFORE, '', ['ngày'],
);
/** A sentence may open with an outlet tag: "(Dân trí) - ", "(TVU)-", "HÀ NỘI - ". */
const SENTENCE_OPENING = onFirstUse(() => new RegExp(`${LINE_OPENING_SOURCE}$`, 'u'));
/** "diễn ra trong 4 ngày": a verb of lasting, "trong", a length in days. */
const DURATION_VERBS = ['diễn ra', 'kéo dài', 'tổ chức'];
const DURATION = lexiconPattern(`(?:${DURATION_VERBS.join('|')})\\s+trong\\s+(\\d{1,2}|${alternation(NUMBER_WORDS.map(([w]) => w))})\\s+ngày`, 'iy');
/** The lengths of the verbs, longest first: where a match starts before its "trong". */
const DURATION_VERB_LENGTHS = [...new Set(DURATION_VERBS.map((v) => v.length))].sort((a, b) => b - a);
/** The verbs' first letters in either case (and the Kelvin sign, which folds to "k"). */
const DURATION_FIRST = new Set([...DURATION_VERBS.map((v) => v[0]), ...DURATION_VERBS.map((v) => v[0].toUpperCase()), '\u212a'].map((c) => c.charCodeAt(0)));
/**
 * What every match holds after its verb and spaces: "trong", a length, "ngày". Found first,
 * it is rare: the common "trong" alone ("in") is passed over by the scan, not by a check.
 */
const LENGTH_IN_DAYS = lexiconPattern(`trong\\s+(?:\\d{1,2}|${alternation(NUMBER_WORDS.map(([w]) => w))})\\s+ngày`, 'gi');
const NUMBER = new Map(NUMBER_WORDS.map(([w, n]) => [matchKey(w), n]));

export interface EventDay {
  mention: DateMention;
  endDate: string | null;
  /** A clock time of the opening paragraphs, when the day itself has none ("bắt đầu lúc 7 giờ 30"). */
  time: string | null;
}

/**
 * 0 for the headline, n for the n-th body block, 99 elsewhere. Captions count as blocks:
 * a long opening line taken for a caption still stands where it stands.
 */
function blockRanks(doc: VnDocument, stamps: readonly Block[]): (offset: number) => number {
  // By block index: one pass over the blocks, no map.
  const ranks: number[] = [];
  let body = 0;
  for (const b of doc.blocks) {
    // A publication stamp under the headline is no part of the text: the lead is the first block.
    const stamp = stamps.includes(b);
    ranks[b.index] = b.kind === 'headline' ? 0 : !stamp && (b.kind === 'paragraph' || b.kind === 'caption') ? ++body : 99;
  }
  return (offset) => {
    const block = doc.blockAt(offset);
    return block ? ranks[block.index] ?? 99 : 99;
  };
}

const BEFORE_WINDOW = 200;

/**
 * SENTENCE_OPENING over key[from, to): after spaces and quotation marks, nothing, or an
 * outlet tag, which starts with "(" or an upper-case letter (the pattern runs only then).
 */
function opensSentence(key: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && (isSpace(key.charCodeAt(i)) || key[i] === '"' || key[i] === '“')) i++;
  if (i === to) return true;
  return (key[i] === '(' || isUpperCode(key.charCodeAt(i))) && SENTENCE_OPENING().test(key.slice(from, to));
}

/** Offsets of the "(" and of the ")" of a text, in order. */
interface Parentheses {
  open: number[];
  close: number[];
}

/** Offsets of `char` in `key` (indexOf beats a regex scan over a two-byte string). */
function offsetsOf(key: string, char: string): number[] {
  const found: number[] = [];
  for (let i = key.indexOf(char); i >= 0; i = key.indexOf(char, i + 1)) found.push(i);
  return found;
}

function parenthesesOf(key: string): Parentheses {
  return { open: offsetsOf(key, '('), close: offsetsOf(key, ')') };
}

/** How many of the sorted `offsets` are in [from, to). */
function countIn(offsets: readonly number[], from: number, to: number): number {
  return firstAfter(offsets, to - 1) - firstAfter(offsets, from - 1);
}

/** More "(" than ")" in [from, to). */
function opensParenthesis(parens: Parentheses, from: number, to: number): boolean {
  return countIn(parens.open, from, to) > countIn(parens.close, from, to);
}

/** `[letter]\s*$` on the last three characters of `key[from, to)`. */
function endsWithLetter(key: string, from: number, to: number): boolean {
  const floor = Math.max(from, to - 3);
  let end = to;
  while (end > floor && isSpace(key.charCodeAt(end - 1))) end--;
  return end > floor && isLetterCode(key.charCodeAt(end - 1));
}
/**
 * Whether a mention's text opens with one of `words`, by its lower-cased head (a head with
 * "ſ", which folds to "s", is left to the pattern).
 */
function opensWithAny(words: readonly string[]): (text: string) => boolean {
  const pattern = lexiconPatternOnUse(`^(?:${words.join('|')})`, 'i');
  const longest = Math.max(...words.map((w) => w.length));
  return (text) => {
    const head = text.slice(0, longest).toLowerCase();
    if (head.indexOf('\u017f') >= 0) return pattern().test(text);
    for (const w of words) if (head.startsWith(w)) return true;
    return false;
  };
}

/** "Ngày 2/10", "Sáng thứ Hai": the mention is a day. */
const opensWithDayWord = opensWithAny(DAY_OPENERS);
/** "(kéo dài) đến ngày 5/12", "tới 30/6": the mention's day is an end. */
const opensWithUntil = opensWithAny(UNTIL_OPENERS);

/**
 * `Number(date.slice(0, 4))` of an ISO date, by its digits; -1 for NaN ("XXXX-10-02"): no
 * year, which never counts as the latest one.
 */
function yearOf(date: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = date.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  return year;
}

/** A day of a year before any report's (a year given: "XXXX" is none). */
const isHistory = (date: string): boolean => {
  const year = yearOf(date);
  return year >= 0 && year < OLDEST_REPORT_YEAR;
};

/** Most words of a day's name between "ngày" and its date ("ngày Quốc tế Người cao tuổi 1/10"). */
const DAY_NAME_WORDS = 8;

/**
 * A bare date that follows the name of a day ("Hướng đến ngày Quốc tế Người cao tuổi 1/10, …",
 * "nhân Ngày Nhà giáo Việt Nam 20/11"): the date of what the name observes, which the event
 * may only be held towards. "ngày", then a capitalised word, then words alone up to the date.
 * (A weekday, "ngày Chủ nhật 27/9", opens the mention itself: the caller passes over it.)
 */
function afterDayName(key: string, from: number, at: number): boolean {
  let end = at;
  let first = -1;
  for (let words = 0; words <= DAY_NAME_WORDS; words++) {
    const word = wordBefore(key, from, end, isLetterCode);
    if (!word || (word[0] > from && !isSpace(key.charCodeAt(word[0] - 1)))) return false;
    const [start, wordEnd] = word;
    if (first >= 0 && key.slice(start, wordEnd).toLowerCase() === 'ngày') {
      return isUpperCode(key.charCodeAt(first));
    }
    first = start;
    end = start;
  }
  return false;
}

/** Below this, no mention looks like the event's day (a past date in parentheses deep in the text). */
const MIN_SCORE = 2;
const OPENING_MAX = 60;

type SentenceTest = (s: Sentence) => boolean;

/** Whether a sentence names one of the headline's event types (false for the headline itself). */
function headlineEventTest(doc: VnDocument): SentenceTest {
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  let types: Set<string> | null = null;
  const known = new Map<number, boolean>();
  return (sentence) => {
    // Lower-casing is the same in every locale but Turkish, Azeri and Lithuanian.
    const headlineTypes = (types ??= new Set(headline ? EVENT_TYPE.matches(doc, headline).map((m) => m.text.toLowerCase()) : []));
    if (!headlineTypes.size || sentence.block === headline?.index) return false;
    let yes = known.get(sentence.start);
    if (yes === undefined) {
      let found = false;
      EVENT_TYPE.forEach(doc, sentence, (m) => !(found = headlineTypes.has(m.text.toLowerCase())));
      known.set(sentence.start, (yes = found));
    }
    return yes;
  };
}

/**
 * The mention's score; the sentence tests, which read the sentence's words, only when
 * their points could make it the best so far (`toBeat`) and the event's day at all.
 */
function score(
  doc: VnDocument, m: DateMention, latestYear: number, blockRank: (offset: number) => number, eventSentence: SentenceTest, headlineEvent: SentenceTest,
  parens: Parentheses, toBeat: number,
): number {
  const start = m.evidence[0].start;
  const sentence = doc.sentenceAt(start);
  const sentenceStart = sentence?.start ?? start;
  // Parentheses and openings are read within a bounded window: linear time on huge lines.
  let s = 0;
  if (m.partOfDay || m.endDate || opensWithDayWord(m.text)) s += 2;
  if (start - sentenceStart <= OPENING_MAX && opensSentence(doc.key, sentenceStart, start)) s += 4;
  const rank = blockRank(start);
  s += rank <= 1 ? 3 : rank === 2 ? 2 : rank === 3 ? 1 : -Math.min(rank - 3, 5) / 2;
  if (opensParenthesis(parens, Math.max(sentenceStart, start - BEFORE_WINDOW), start)) s -= 6;
  const leadStart = Math.max(0, start - 25);
  if (!m.endDate && endsWithLetter(doc.key, leadStart, start) && NOT_EVENT_DAY.test(doc.key, leadStart, start)) s -= 6;
  // "kéo dài đến ngày 5/12": the day an event lasts until (or a deadline), no start.
  if (!m.endDate && opensWithUntil(m.text)) s -= 6;
  if (!m.endDate && !m.partOfDay && !opensWithDayWord(m.text) && afterDayName(doc.key, Math.max(sentenceStart, start - BEFORE_WINDOW), start)) s -= DAY_NAME_POINTS;
  if (!m.endDate && yearsSince(doc.key, m.evidence[0].end)) s -= ANNIVERSARY_POINTS;
  const year = yearOf(m.date!);
  if (year >= 0 && year < latestYear - 1) s -= 4;
  if (m.calendar === 'lunar') s -= 1;
  const counts = (points: number) => s + points >= MIN_SCORE && s + points > toBeat;
  if (sentence && counts(EVENT_SENTENCE + HEADLINE_EVENT) && eventSentence(sentence)) s += EVENT_SENTENCE;
  if (sentence && counts(HEADLINE_EVENT) && headlineEvent(sentence)) s += HEADLINE_EVENT;
  return s;
}

/** "(1947 - 2011)": the years from a founding to now, in brackets. */
const YEARS_SINCE = new RegExp(String.raw`^\s*\(\s*\d{4}\s*[${DASH}]\s*\d{4}\s*\)`, 'u');
/** Most characters of YEARS_SINCE's match. */
const YEARS_SINCE_CHARS = 20;
/**
 * The date at `end` is followed by the years it has been marked since ("ngày Thương binh -
 * Liệt sỹ 27/7 (1947 - 2011)"): the anniversary's date, which the event may only mark.
 */
function yearsSince(key: string, end: number): boolean {
  let at = end;
  while (at < key.length && at - end < 2 && isSpace(key.charCodeAt(at))) at++;
  // Most dates have no bracket after them: no slice, no pattern.
  return key.charCodeAt(at) === 0x28 && YEARS_SINCE.test(key.slice(end, end + YEARS_SINCE_CHARS));
}
/** Most characters of a document's number read back from its date ("74-KH/ĐU ngày"). */
const DOCUMENT_NUMBER_CHARS = 24;
/**
 * The date at `start` follows a document's number ("Kế hoạch số 74-KH/ĐU ngày 23/8/2019",
 * "số 04/KH-HĐND ngày 2/6/2020"): the day the document was signed, never the event's. A
 * number is a word with a digit, a slash and a capital, "ngày" between it and the date or not.
 */
function datesDocument(key: string, start: number): boolean {
  let at = start;
  while (at > 0 && isSpace(key.charCodeAt(at - 1))) at--;
  if (at >= 4 && key.slice(at - 4, at).toLowerCase() === 'ngày' && (at === 4 || isSpace(key.charCodeAt(at - 5)))) at -= 4;
  while (at > 0 && isSpace(key.charCodeAt(at - 1))) at--;
  const end = at;
  while (at > 0 && end - at < DOCUMENT_NUMBER_CHARS && !isSpace(key.charCodeAt(at - 1))) at--;
  let digit = false;
  let slash = false;
  let capital = false;
  for (let i = at; i < end; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2f) slash = true;
    else if (isDigitCode(c)) digit = true;
    else if (isUpperCode(c)) capital = true;
  }
  return digit && slash && capital;
}

/** Most characters between the two days of an anniversary's pair ("1930 - 3.2"). */
const ANNIVERSARY_GAP = 4;

/**
 * `d` closes an anniversary's pair of days in brackets, the day of history `before` it, the
 * same day and month years earlier ("(3.2.1930 - 3.2.2018)"): the day the event marks, which
 * gives no day of the event itself.
 */
function closesAnniversary(key: string, before: DateMention | undefined, d: DateMention): boolean {
  if (!before?.date || before.endDate || d.endDate) return false;
  const gap = d.evidence[0].start - before.evidence[0].end;
  if (gap < 1 || gap > ANNIVERSARY_GAP || before.date.slice(4) !== d.date!.slice(4) || before.date >= d.date!) return false;
  let at = before.evidence[0].start;
  while (at > 0 && isSpace(key.charCodeAt(at - 1))) at--;
  if (key.charCodeAt(at - 1) !== 0x28) return false;
  for (let k = before.evidence[0].end; k < d.evidence[0].start; k++) {
    const c = key.charCodeAt(k);
    if (!isSpace(c) && c !== 0x2f && !isDashCode(c)) return false;
  }
  return true;
}

/** Points taken from an anniversary's date: as many as parentheses take. */
const ANNIVERSARY_POINTS = 6;

/** Points taken from the date of a named day: less than a day word and an opening give. */
const DAY_NAME_POINTS = 3;
/** Points of a sentence that reports an event, and of one that names the headline's event type. */
const EVENT_SENTENCE = 3;
const HEADLINE_EVENT = 2;

/** The main event's day, with its end when a range or a length ("trong 4 ngày") gives one. */
export function chooseEventDay(doc: VnDocument, dates: readonly DateMention[]): EventDay | null {
  const dated: DateMention[] = [];
  let latestYear = 0;
  for (const d of dates) {
    if (d.date === null) continue;
    dated.push(d);
    const year = yearOf(d.date);
    if (year > latestYear) latestYear = year;
  }
  const stamps = stampBlocks(doc);
  const blockRank = blockRanks(doc, stamps);
  // The stamp's day is the day of writing, not the event's: "Ngày 30/8" under "31/08/2018, 16:17".
  const inStamp = (d: DateMention) => stamps.some((b) => d.evidence[0].start >= b.start && d.evidence[0].start < b.end);
  // "Ngày 28/10, Sở X cho biết, đơn vị vừa …": the day the news was told, not the event's.
  // "(28-7-1929/28-7-2019)": a day of history, never a report's event.
  const candidates = dated.filter((d, i) => !(stamps.length && inStamp(d)) && !datesTelling(doc, d) && !datesDocument(doc.key, d.evidence[0].start)
    && !isHistory(d.date!) && !closesAnniversary(doc.key, dated[i - 1], d));
  if (!candidates.length) return undatedDay(doc, dates, blockRank);
  const known = new Map<number, boolean>();
  const eventSentence = (sentence: Sentence) => {
    let yes = known.get(sentence.start);
    if (yes === undefined) known.set(sentence.start, (yes = EVENT_WORD.test(doc, sentence)));
    return yes;
  };
  const headlineEvent = headlineEventTest(doc);
  const parens = parenthesesOf(doc.key);
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const m of candidates) {
    const s = score(doc, m, latestYear, blockRank, eventSentence, headlineEvent, parens, bestScore);
    if (s > bestScore) {
      best = m;
      bestScore = s;
    }
  }
  if (bestScore < MIN_SCORE) return null;
  // "Sau 3 ngày thi đấu (23-25/4), ngày 25/4, … bế mạc giải": the day closes the range its
  // sentence gives, which is the event's (the start day for a range).
  const span = best.endDate ? undefined : closedRange(doc, candidates, best);
  if (span) return { mention: span, endDate: span.endDate, time: null };
  let endDate = best.endDate ?? candidates.find((d) => d.date === best.date && d.endDate)?.endDate ?? null;
  endDate ??= statedEnd(doc, dated, best) ?? lengthEnd(doc, dated, best);
  // No clock time with the day: the same day restated with one ("bắt đầu lúc 20h00 ngày 1/10"),
  // else a clock time alone in the opening paragraphs ("Hội nghị bắt đầu lúc 8 giờ 30").
  const early = (d: DateMention) => d.time !== null && blockRank(d.evidence[0].start) <= 3;
  const time = best.time ? null : (candidates.find((d) => d !== best && d.date === best.date && early(d)) ?? dates.find((d) => d.date === null && early(d)))?.time ?? null;
  return { mention: best, endDate, time };
}

const NEWS_VERB = lexiconWords(NEWS_VERBS);
const RECENT = lexiconWords(RECENT_ASPECTS);
/** How far the teller's name and its verb, and the verb and the aspect, stand apart at most. */
const TELLER_MAX = 80;
const TOLD_MAX = 60;

/**
 * The mention opens a sentence in which a body tells news that is already past: "Ngày
 * 28-10, Biên phòng X cho biết, đơn vị vừa trao tặng …". No event word stands between the
 * day and the verb ("Sáng 2/10, tại hội nghị, ông X cho biết …" dates the meeting).
 */
function datesTelling(doc: VnDocument, m: DateMention): boolean {
  const { start, end } = m.evidence[0];
  const sentence = doc.sentenceAt(start);
  if (!sentence || start - sentence.start > OPENING_MAX || !opensSentence(doc.key, sentence.start, start)) return false;
  const verb = NEWS_VERB.firstIn(doc, end, Math.min(sentence.end, end + TELLER_MAX));
  if (!verb || EVENT_WORD.firstIn(doc, end, verb.start)) return false;
  return RECENT.firstIn(doc, verb.end, Math.min(sentence.end, verb.end + TOLD_MAX)) !== null;
}

/** A range in the sentence of `m` that ends on its day. */
function closedRange(doc: VnDocument, dated: readonly DateMention[], m: DateMention): DateMention | undefined {
  const sentence = doc.sentenceAt(m.evidence[0].start);
  if (!sentence) return undefined;
  return dated.find((d) => d.endDate === m.date && d !== m && d.evidence[0].start >= sentence.start && d.evidence[0].start < sentence.end);
}

/**
 * "Sáng qua, …" with no reference date: no day can be resolved, but an opening relative
 * day still tells the time (its part of day, or a clock time of the opening paragraphs).
 */
function undatedDay(doc: VnDocument, dates: readonly DateMention[], blockRank: (offset: number) => number): EventDay | null {
  const opening = dates.find((d) => d.partOfDay !== null && blockRank(d.evidence[0].start) <= 1);
  if (!opening) return null;
  const time = dates.find((d) => d.time !== null && blockRank(d.evidence[0].start) <= 3)?.time ?? null;
  return { mention: opening, endDate: null, time };
}

const END_WORDS = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(EVENT_END_BEFORE)}\\s*(?:ngày\\s*)?$`, 'i'), EVENT_END_BEFORE, '', ['ngày'],
);

/** "Hội chợ diễn ra đến hết ngày 21/8": a later day after an end phrase closes the event. */
function statedEnd(doc: VnDocument, dated: readonly DateMention[], m: DateMention): string | null {
  for (const d of dated) {
    const start = d.evidence[0].start;
    const leadStart = Math.max(0, start - 30);
    if (d === m || !endsWithLetter(doc.key, leadStart, start) || !END_WORDS.test(doc.key, leadStart, start)) continue;
    if (isPlausibleRange(m.date!, d.date!)) return d.date;
  }
  return null;
}

/**
 * The first DURATION match starting at `from` or after, as a scan of the pattern would find
 * it: tried only where a verb would end before a "trong" and a length in days (matches and
 * their lengths come in the same order).
 */
export function firstDuration(key: string, from: number): RegExpExecArray | null {
  LENGTH_IN_DAYS.lastIndex = from;
  for (let length = LENGTH_IN_DAYS.exec(key); length; length = LENGTH_IN_DAYS.exec(key)) {
    const at = length.index;
    let verbEnd = at;
    while (verbEnd > from && isSpace(key.charCodeAt(verbEnd - 1))) verbEnd--;
    if (verbEnd === at) continue;
    for (const verbLength of DURATION_VERB_LENGTHS) {
      if (verbEnd - verbLength < from || !DURATION_FIRST.has(key.charCodeAt(verbEnd - verbLength))) continue;
      DURATION.lastIndex = verbEnd - verbLength;
      const found = DURATION.exec(key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * "Dự kiến giải sẽ diễn ra trong 4 ngày": the end is the start plus the length. A length
 * told with other days ("diễn ra trong 3 ngày, từ 20 đến 22-9") is theirs, not the event day's.
 */
function lengthEnd(doc: VnDocument, dated: readonly DateMention[], m: DateMention): string | null {
  if (m.date!.startsWith('XXXX')) return null;
  const found = firstDuration(doc.key, doc.bodyStart);
  if (!found) return null;
  const sentence = doc.sentenceAt(found.index);
  if (sentence && dated.some((d) => d !== m && d.evidence[0].start >= sentence.start && d.evidence[0].start < sentence.end)) return null;
  const days = /\d/.test(found[1]) ? Number(found[1]) : NUMBER.get(found[1].toLowerCase()) ?? 0;
  if (days < 2 || days > 31) return null;
  const t = new Date(`${m.date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days - 1);
  return t.toISOString().slice(0, 10);
}
