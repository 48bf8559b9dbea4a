/**
 * Finds date and time mentions in the text: the patterns and the reading of the words
 * around them (part of day, weekday, "ngày", "từ … đến", "âm lịch"). Whether a candidate
 * is plausible is decided in validate/dates.ts; which year it has, in years.ts.
 * All patterns run on `doc.key` (same offsets as `doc.text`). Numeric and worded dates,
 * clock times and bare years open at a run of digits (or at "rằm"): one pass over the runs
 * finds them (date-patterns.ts); relative days ("hôm nay") are found by their last word.
 */
import { alternation, lexiconPattern } from '../lexicon/compile.js';
import {
  DAY_WORDS, LUNAR_MARKERS, LUNAR_MONTH_NAMES, PARTS_OF_DAY, PART_OF_DAY_RELATIVE, RANGE_JOINERS, RANGE_OPENERS,
  RELATIVE_DAYS, WEEKDAYS,
} from '../lexicon/vi/dates.js';
import { isSpace, matchKey } from '../core/text.js';
import { bareDateIsPlausible, dayWordIsPlausible, expandYear, isCalendarDay, isClockTime } from './validate/dates.js';
import { DIGIT, isLetterOrDigitCode, isUpperCode, LETTER } from '../core/chars.js';
import { LastWordScan } from './event-scans.js';
import { B, type BareYear, CYCLE_NAME, E, findDatePatterns } from './date-patterns.js';
import { firstWords, inOrder, lastWords, LINE_OPENING_SOURCE, SENTENCE_END_SOURCE } from './event-chars.js';

/** A date or time candidate with what its context says; `year` only when written. */
export interface RawDate {
  start: number;
  end: number;
  rule: string;
  day: number | null;
  month: number | null;
  year: number | null;
  endDay: number | null;
  endMonth: number | null;
  endYear: number | null;
  lunar: boolean;
  /** The lunar year's name after the day ("năm Nhâm Dần"): its stem and branch, or null. */
  cycle: readonly [string, string] | null;
  leap: boolean;
  partOfDay: string | null;
  weekday: number | null;
  /** Days from the day of writing ("hôm qua" = -1), when a relative word is attached. */
  relative: number | null;
  /** "HH:MM" when a clock time belongs to the mention. */
  time: string | null;
  /** Preceded by "ngày", a part of day, a weekday or a relative word. */
  dayWord: boolean;
  /** Start of the mention with its leading words ("Chiều" of "Chiều 2/10"). */
  textStart: number;
}

/** Lower-cased match keys of the words the patterns capture: few distinct ones, each computed once. */
const LOWER_KEYS = new Map<string, string>();
const lower = (s: string) => {
  let key = LOWER_KEYS.get(s);
  if (key === undefined) {
    key = matchKey(s).toLocaleLowerCase('vi');
    // Captures are lexicon words in any letter case: bounded, unless an input varies the case of long ones.
    if (LOWER_KEYS.size < 10_000) LOWER_KEYS.set(s, key);
  }
  return key;
};
const table = (rows: readonly (readonly [string, number])[]) => new Map(rows.map(([w, n]) => [lower(w), n]));

const PART = alternation(PARTS_OF_DAY);
const WEEKDAY = alternation(WEEKDAYS.map(([w]) => w));
const RELATIVE = alternation(RELATIVE_DAYS.map(([w]) => w));
const PART_REL = alternation(PART_OF_DAY_RELATIVE.map(([w]) => w));
const WEEKDAY_NUMBER = table(WEEKDAYS);
const RELATIVE_OFFSET = table(RELATIVE_DAYS);
const PART_REL_OFFSET = table(PART_OF_DAY_RELATIVE);
const LUNAR_MONTH_NUMBER = table(LUNAR_MONTH_NAMES);

/** "hôm nay", "hôm qua", "sáng nay", "chiều qua" standing alone. */
const wordCount = (phrase: string) => phrase.split(' ').length;
const RELATIVE_ALONE = new LastWordScan(
  lexiconPattern(`${B}(?:(${PART})\\s+(${PART_REL})|(${RELATIVE}))${E}`, 'gi'),
  [...PART_OF_DAY_RELATIVE.map(([w]) => w), ...RELATIVE_DAYS.map(([w]) => w.split(' ').pop()!)],
  Math.max(...PARTS_OF_DAY.map(wordCount), ...RELATIVE_DAYS.map(([w]) => wordCount(w) - 1)),
  E,
);

// ---- the context on either side --------------------------------------------------------
const CONTEXT_WINDOW = 60;
const STEP = {
  dayWord: lexiconPattern(`${B}${alternation(DAY_WORDS)}$`, 'i'),
  range: lexiconPattern(`${B}(?:${alternation(RANGE_OPENERS)}|${alternation(RANGE_JOINERS)})$`, 'i'),
  weekday: lexiconPattern(`${B}(${WEEKDAY})$`, 'i'),
  relative: lexiconPattern(`${B}(${RELATIVE})$`, 'i'),
  part: lexiconPattern(`${B}(${PART})(?:\\s+(${PART_REL}))?$`, 'i'),
  time: lexiconPattern(String.raw`(?<![${LETTER}${DIGIT}])(?:lúc\s+)?\d{1,2}\s*(?:h|giờ|:|g)\s*(?:\d{2})?(?:\s*phút)?$`, 'i'),
  filler: lexiconPattern(String.raw`(?<![${LETTER}${DIGIT}])(?:vào|lúc|vào lúc|trong)$`, 'i'),
};
/** Every context phrase is shorter than this: end-anchored patterns only read this tail. */
const TAIL = 24;
/**
 * The words a step's phrases end with: a step's pattern, anchored at the end, can only match
 * when the tail ends with one of them (the time step has its own guard).
 */
const STEP_LAST = {
  dayWord: lastWords(DAY_WORDS),
  range: lastWords([...RANGE_OPENERS, ...RANGE_JOINERS]),
  weekday: lastWords(WEEKDAYS.map(([w]) => w)),
  relative: lastWords(RELATIVE_DAYS.map(([w]) => w)),
  part: lastWords([...PARTS_OF_DAY, ...PART_OF_DAY_RELATIVE.map(([w]) => w)]),
  filler: lastWords(['vào', 'lúc', 'trong']),
};

/** Characters a clock time ends with (`[\dhgờt]`, either case), and one holds (`[hg:ờ]`). */
const TIME_LAST = new Set([...'0123456789hHgGờỜtT'].map((c) => c.charCodeAt(0)));
const TIME_MARK = new Set([...'hHgG:ờỜ'].map((c) => c.charCodeAt(0)));

/** `/[\dhgờt]$/iu` on the tail and `/[hg:ờ]/iu` on its last 12 characters: only then can STEP.time match. */
function mayEndWithTime(tail: string): boolean {
  if (!TIME_LAST.has(tail.charCodeAt(tail.length - 1))) return false;
  for (let i = Math.max(0, tail.length - 12); i < tail.length; i++) if (TIME_MARK.has(tail.charCodeAt(i))) return true;
  return false;
}

/** For tests: a step's pattern matches only where the tail's last word is one of its last words. */
export const CONTEXT_STEPS = { patterns: STEP, lastWords: STEP_LAST } as const;

const isPunctOrSpace = (c: number) => c === 0x2c || c === 0x28 || c === 0x3a || isSpace(c);

/** A lunar year's name after the day ("ngày 17 tháng 4 năm Nhâm Dần"): the day is lunar too. */
const LUNAR_YEAR_NAME = `năm\\s+${CYCLE_NAME}`;
const LUNAR_AFTER = lexiconPattern(`^\\s*[(,]?\\s*(?:${alternation(LUNAR_MARKERS)}|${LUNAR_YEAR_NAME})${E}`);
/** The letters (either case) lunar markers start with ("n" of a lunar year's name). */
const LUNAR_FIRST = new Set([...firstWords(LUNAR_MARKERS), 'năm'].flatMap((w) => [w[0], w[0].toUpperCase()]));

/** Whether LUNAR_AFTER can match at `at` (within its 20 characters): a marker's first letter after the separators. */
function lunarMarkerMayFollow(key: string, at: number): boolean {
  const limit = Math.min(key.length, at + 20);
  let i = at;
  while (i < limit && isSpace(key.charCodeAt(i))) i++;
  if (i < limit && (key[i] === '(' || key[i] === ',')) i++;
  while (i < limit && isSpace(key.charCodeAt(i))) i++;
  return i < limit && LUNAR_FIRST.has(key[i]);
}

interface LeftContext {
  /** Where the words that belong to the date begin ("Chiều" in "Chiều 2/10"). */
  from: number;
  partOfDay: string | null;
  weekday: number | null;
  relative: number | null;
  dayWord: boolean;
  rangeWord: boolean;
}

/** Reads the words before a date from right to left: "Sáng thứ Hai, ngày 2/10". */
export function readLeftContext(key: string, at: number, floor: number): LeftContext {
  const windowStart = Math.max(floor, at - CONTEXT_WINDOW);
  /** The words not read yet are key[windowStart, restEnd). */
  let restEnd = at;
  const ctx: LeftContext = { from: at, partOfDay: null, weekday: null, relative: null, dayWord: false, rangeWord: false };
  for (let i = 0; i < 8; i++) {
    const before = restEnd;
    while (restEnd > windowStart && isPunctOrSpace(key.charCodeAt(restEnd - 1))) restEnd--;
    // Every context phrase ends with a letter or a digit; the patterns only read the tail.
    const cut = Math.max(windowStart, restEnd - TAIL);
    const tail = restEnd > windowStart && isLetterOrDigitCode(key.charCodeAt(restEnd - 1)) ? key.slice(cut, restEnd) : '';
    // The last word of the tail picks the steps that can match ("ſ" folds to "s" but does
    // not lower-case to it: a word holding one lets every step try).
    let lastStart = tail.length;
    while (lastStart > 0 && isLetterOrDigitCode(tail.charCodeAt(lastStart - 1))) lastStart--;
    const last = tail.slice(lastStart).toLowerCase();
    const anyStep = last.indexOf('\u017f') >= 0;
    let m: RegExpExecArray | null = null;
    if (!tail) {
      // nothing to read
    } else if ((anyStep || STEP_LAST.dayWord.has(last)) && (m = STEP.dayWord.exec(tail))) ctx.dayWord = true;
    else if ((anyStep || STEP_LAST.range.has(last)) && (m = STEP.range.exec(tail))) ctx.rangeWord = true;
    else if ((anyStep || STEP_LAST.weekday.has(last)) && (m = STEP.weekday.exec(tail))) ctx.weekday = WEEKDAY_NUMBER.get(lower(m[1])) ?? null;
    else if ((anyStep || STEP_LAST.relative.has(last)) && (m = STEP.relative.exec(tail))) ctx.relative = RELATIVE_OFFSET.get(lower(m[1])) ?? null;
    else if ((anyStep || STEP_LAST.part.has(last)) && (m = STEP.part.exec(tail))) {
      ctx.partOfDay = lower(m[1]);
      if (m[2]) ctx.relative = PART_REL_OFFSET.get(lower(m[2])) ?? null;
    } else if (mayEndWithTime(tail) && (m = STEP.time.exec(tail))) {
      // a clock time before the day belongs to the mention ("7 giờ 30 phút ngày 5/9")
    } else if ((anyStep || STEP_LAST.filler.has(last)) && (m = STEP.filler.exec(tail))) {
      restEnd = cut + m.index;
      continue;
    }
    // No step matched: the next round would read the same tail (the separators are skipped now).
    if (!m) break;
    restEnd = cut + m.index;
    ctx.from = restEnd;
    if (restEnd === before) break;
  }
  return ctx;
}

function blank(start: number, end: number, rule: string): RawDate {
  return {
    start, end, rule, day: null, month: null, year: null, endDay: null, endMonth: null, endYear: null,
    lunar: false, cycle: null, leap: false, partOfDay: null, weekday: null, relative: null, time: null, dayWord: false,
    textStart: start,
  };
}

function withContext(raw: RawDate, key: string, floor: number): RawDate {
  const left = readLeftContext(key, raw.start, floor);
  raw.textStart = left.from;
  raw.partOfDay = left.partOfDay;
  raw.weekday = left.weekday;
  raw.relative = left.relative;
  raw.dayWord = left.dayWord || left.partOfDay !== null || left.weekday !== null || left.relative !== null || left.rangeWord;
  // "sáng nay (20/11)": the parenthesis opened in the context closes with the mention.
  if (key[raw.end] === ')' && key.slice(raw.textStart, raw.start).includes('(')) raw.end += 1;
  const lunar = lunarMarkerMayFollow(key, raw.end) ? LUNAR_AFTER.exec(key.slice(raw.end, raw.end + 20)) : null;
  if (lunar) {
    raw.lunar = true;
    raw.end += lunar[0].length;
    if (lunar[1] !== undefined) raw.cycle = [lunar[1], lunar[2]];
  }
  return raw;
}

/** Start of the context window before `offset`: never past the line start, so context stays in its block. */
function lineStart(key: string, offset: number): number {
  const from = Math.max(0, offset - CONTEXT_WINDOW);
  for (let i = offset - 1; i >= from; i--) if (key.charCodeAt(i) === 10) return i + 1;
  return from;
}

/**
 * What may stand on a line before a date that opens it: nothing, an outlet's tag ("(Báo X) - ",
 * "HÀ NỘI - "), or a sentence that ends ("… trao quà. ").
 */
const LINE_OPENING = new RegExp(`(?:${LINE_OPENING_SOURCE}|${SENTENCE_END_SOURCE})$`, 'u');
/** A sentence's end right before a date: what opens it when the line started further back. */
const SENTENCE_END_BEFORE = new RegExp(`${SENTENCE_END_SOURCE}$`, 'u');
/** Most characters read back for what opens the line or sentence before a date. */
const OPENING_REACH = 48;

/**
 * A day and month written with a dash ("20-4") opening a line or a sentence and set off by a
 * comma before a capitalised word, as a lead opens ("20-4, UBND huyện X tổ chức …"): a
 * reader reads a date there. A score or a count is written after its words ("tỷ số 2-1",
 * "3-4 người"), and a holiday listed opens no clause ("30-4, 1-5 là dịp …").
 */
function opensLeadClause(key: string, start: number, end: number): boolean {
  if (key.charCodeAt(end) !== 0x2c) return false;
  let next = end + 1;
  while (next < key.length && isSpace(key.charCodeAt(next))) next++;
  if (!isUpperCode(key.charCodeAt(next))) return false;
  let from = start;
  while (from > 0 && start - from < OPENING_REACH && key.charCodeAt(from - 1) !== 10) from--;
  // Cut short of the line's start, only a sentence's end can open the date.
  const before = key.slice(from, start);
  return from === 0 || key.charCodeAt(from - 1) === 10 ? LINE_OPENING.test(before) : SENTENCE_END_BEFORE.test(before);
}

function readNumeric(key: string, m: RegExpExecArray, out: RawDate[]): void {
  const start = m.index;
  // (By index: destructuring a match runs the iterator protocol.)
  const firstDay = m[1];
  const day = m[2];
  // " –", "–" and " -" are a dash ("ngày 12 – 5").
  const sep = m[3].length > 1 || m[3] === '–' ? '-' : m[3];
  const month = m[4];
  const yearDigits = m[5];
  const year = yearDigits ? expandYear(yearDigits) : null;
  const d = Number(day);
  const mo = Number(month);
  // Numbers that cannot be a day ("2.000", "1.500") are dropped before their context is read.
  if (!isCalendarDay(d, mo, year)) return;
  if (firstDay && (!isCalendarDay(Number(firstDay), mo, year) || Number(firstDay) >= d)) return;
  const raw = withContext(blank(start, start + m[0].length, firstDay ? 'dates.day-range' : 'dates.day-month'), key, lineStart(key, start));
  // A dot or a dash pair without a year is a date only after a day word ("Sáng 24.4",
  // "Ngày 5-6"): bare, it is a version, a decimal, a score or a name ("Bệnh viện 30-4").
  if (year === null && sep !== '/' && !raw.dayWord) {
    if (sep !== '-' || firstDay || !opensLeadClause(key, start, raw.end)) return;
    raw.rule = 'dates.day-month-opening';
  }
  // "23/ 9" with the space some outlets type: only a day word tells it from a spaced fraction ("3/ 4").
  if (sep === '/' && !raw.dayWord && m[0].indexOf('/ ') >= 0) return;
  // "12 – 5" spaced on both sides: a score or a span as often, unless a day word comes before.
  if (m[3].length > 1 && !raw.dayWord) return;
  if (year === null && !raw.dayWord) {
    const before = key.slice(Math.max(0, start - 30), start);
    if (!bareDateIsPlausible(before, key.slice(raw.end, raw.end + 30))) return;
  }
  // "mỗi ngày 3-4 lần": a frequency, not a day.
  if (year === null && !dayWordIsPlausible(key.slice(Math.max(0, raw.textStart - 12), raw.textStart))) return;
  raw.month = mo;
  raw.year = year;
  if (firstDay) {
    raw.day = Number(firstDay);
    raw.endDay = d;
    raw.endMonth = mo;
    raw.endYear = year;
  } else {
    raw.day = d;
  }
  out.push(raw);
}

function readWords(key: string, m: RegExpExecArray, out: RawDate[]): void {
  const word = m[1];
  const firstDay = m[2];
  const day = m[3];
  const full = m[4];
  const month = m[5];
  const leap = m[6];
  const year1 = m[7];
  const year2 = m[8];
  const start = m.index;
  const raw = withContext(blank(start, start + m[0].length, firstDay ? 'dates.day-range' : 'dates.words'), key, lineStart(key, start));
  const named = LUNAR_MONTH_NUMBER.get(lower(month));
  const mo = /\d/.test(month) ? Number(month) : named ?? 0;
  const d = full ? 15 : Number(day);
  const yd = year1 ?? year2;
  const year = yd ? Number(yd) : null;
  if (!isCalendarDay(d, mo, year)) return;
  // "5 tháng 3" alone is a day only where a range word, a part of day or a weekday says so
  // ("từ 17 tháng 3", "Sáng 5 tháng 9"): elsewhere it counts months ("mỗi 5 tháng một lần").
  if (!word && !full && !raw.dayWord) return;
  raw.dayWord = raw.dayWord || lower(word ?? '') === 'ngày';
  // "rằm", "tháng Giêng/Chạp" and "nhuận" only exist in the lunar calendar.
  if (full || named !== undefined || leap) raw.lunar = true;
  raw.leap = Boolean(leap);
  if (raw.lunar) raw.rule = 'dates.lunar';
  Object.assign(raw, { day: d, month: mo, year });
  if (firstDay) {
    // "ngày 22 đến ngày 24 tháng 11": the month and year the last day has are the first's too.
    const first = Number(firstDay);
    if (!isCalendarDay(first, mo, year) || first >= d) return;
    Object.assign(raw, { day: first, endDay: d, endMonth: mo, endYear: year });
  }
  out.push(raw);
}

export interface RawTime {
  start: number;
  end: number;
  time: string;
}

function readTime(key: string, m: RegExpExecArray, out: RawTime[]): void {
  const hour = Number(m[1]);
  const minute = Number(m[4] ?? 0);
  if (!isClockTime(hour, minute)) return;
  // "trong 2 giờ", "hơn 3 giờ": a duration, not a clock time.
  if (/(?:trong|hơn|gần|khoảng|mất|suốt|sau|được)\s*$/iu.test(key.slice(Math.max(0, m.index - 10), m.index))) return;
  out.push({ start: m.index, end: m.index + m[0].length, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` });
}

function scanRelative(key: string, out: RawDate[]): void {
  for (const m of RELATIVE_ALONE.matches(key)) {
    const raw = blank(m.index, m.index + m[0].length, 'dates.relative');
    if (m[1]) {
      raw.partOfDay = lower(m[1]);
      raw.relative = PART_REL_OFFSET.get(lower(m[2])) ?? null;
    } else {
      raw.relative = RELATIVE_OFFSET.get(lower(m[3])) ?? null;
    }
    raw.dayWord = true;
    out.push(raw);
  }
}

/** Day, time and year candidates of a text. */
export interface DateScan {
  /** Day candidates from `from` on, in text order, overlaps resolved (longest first). */
  days: RawDate[];
  /** Clock times from `from` on, in text order. */
  times: RawTime[];
  /** Years standing alone anywhere in the text, in text order. */
  years: BareYear[];
}

/** Every day, clock time and bare year of `key`: the patterns' matches read with their context. */
export function scanDates(key: string, from = 0): DateScan {
  const found = findDatePatterns(key, from);
  const days: RawDate[] = [];
  for (const m of found.words) readWords(key, m, days);
  for (const m of found.numeric) readNumeric(key, m, days);
  scanRelative(key, days);
  const times: RawTime[] = [];
  for (const m of found.time) readTime(key, m, times);
  return { days: resolveOverlaps(key, days, from), times, years: found.year };
}

/** Day candidates from `from` on, in text order, overlaps resolved (longest first). */
function resolveOverlaps(key: string, found: RawDate[], from: number): RawDate[] {
  // Each kind comes in text order: mostly there is one kind, in order already.
  if (!inOrder(found, textOrder)) found.sort(textOrder);
  const kept: RawDate[] = [];
  for (const raw of found) {
    if (raw.start < from) continue;
    const last = kept[kept.length - 1];
    if (last && raw.start < last.end) continue;
    // "sáng nay (7/10)", "hôm nay, 7/9": the relative word is the context of the day after it.
    if (last && last.rule === 'dates.relative' && onlySeparators(key, last.end, raw.textStart)) kept.pop();
    kept.push(raw);
  }
  return kept;
}

/** Start first, then the longest first. */
const textOrder = (a: RawDate, b: RawDate) => a.start - b.start || b.end - b.start - (a.end - a.start);

/** `/^[\s,(:]*$/` over key[from, to). */
function onlySeparators(key: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPunctOrSpace(key.charCodeAt(i))) return false;
  return true;
}
