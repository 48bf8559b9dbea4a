/**
 * The date patterns that open at a run of digits (numeric dates, worded dates, clock times,
 * bare years) and the one pass over the runs of digits of a text that finds their matches.
 */
import { alternation, lexiconPattern } from '../lexicon/compile.js';
import { LUNAR_MONTH_NAMES, RANGE_JOINERS, YEAR_BRANCHES, YEAR_STEMS } from '../lexicon/vi/dates.js';
import { isSpace } from '../core/text.js';
import { DASH, DIGIT, isDigitCode, isLetterCode, isLetterOrDigitCode, LETTER, SEPARATOR_DASHES } from '../core/chars.js';
import { inOrder } from './event-chars.js';

/** Word boundaries of the date patterns: no letter or digit before, or after. */
export const B = `(?<![${LETTER}${DIGIT}])`;
export const E = `(?![${LETTER}${DIGIT}])`;
const LUNAR_MONTH = alternation(LUNAR_MONTH_NAMES.map(([w]) => w));
/** A lunar year's name ("Quý Mão", "Nhâm Dần"), its stem and its branch captured. */
export const CYCLE_NAME = `(${alternation(YEAR_STEMS)})\\s+(${alternation(YEAR_BRANCHES.flat())})`;

/** Spaces inside a line: a range never runs over a line break (a stamp's "11:11", then "- Ngày 19/6" below it). */
const SPACES = '[^\\S\\n]*';
/** A day word repeated before a range's second day: "22 đến ngày 24", "mùng 4 và mùng 5/8". */
const SECOND_DAY_WORD = '(?:(?:ngày|mùng|mồng)\\s+)?';
/** The first day of a range and what joins it to the next: "1-", "17 và ", "22 đến ngày ". */
const FIRST_DAY = `(\\d{1,2})${SPACES}(?:[${DASH}]|${alternation(RANGE_JOINERS)})${SPACES}${SECOND_DAY_WORD}`;
/** NUMERIC's first day also before a comma after "ngày" ("các ngày 9, 10/6/2020": two days, the range's ends). */
const FIRST_DAY_LISTED = `(\\d{1,2})${SPACES}(?:[${DASH}]|(?<=ngày\\s+\\d{1,2}\\s*),|${alternation(RANGE_JOINERS)})${SPACES}${SECOND_DAY_WORD}`;
/** What may open the joiner after a range's first day: a dash, or a joiner's first letter in either case. */
export const RANGE_JOINER_FIRSTS: ReadonlySet<number> = new Set(
  [...SEPARATOR_DASHES, ...RANGE_JOINERS.flatMap((w) => [w[0], w[0].toUpperCase()])].map((c) => c.charCodeAt(0)),
);

// ---- the patterns ----------------------------------------------------------------------
// Each runs sticky where a run of digits lets it match (see scanDates).
/** "2/10", "5-6", "31.10", "17/09/2019", "1-6-2024", "06/12/19", with an optional first
 *  day of a range before it ("1-7/10", "17 và 18/12", "từ 1 đến 7/10", "ngày 9, 10/6"). A dash or a slash
 *  may have a space after it ("15- 9", "15- 9- 2008", "23/ 9"), as some outlets type it; a
 *  dash, an en dash too, a space on both sides ("ngày 12 – 5"). A four-digit year may follow
 *  a dashed day and month after a slash ("Ngày 22-5/2024"). */
const NUMERIC = lexiconPattern(
  `(?<![${LETTER}${DIGIT}.,/:])(?:${FIRST_DAY_LISTED})?(\\d{1,2})((?: (?=[-–]))?[/.\\-–])(?:(?<=[-/–]) )?(\\d{1,2})(?:(?:\\3|/(?=\\d{4}))(?:(?<=[-/]) )?(\\d{4}|\\d{2}))?(?![${DIGIT}]|\\3[${DIGIT}])`,
  'iy',
);
/** "ngày 2 tháng 10 năm 2023", "mùng 10 tháng 3", "rằm tháng Giêng", "ngày 5 tháng 9, năm 2013";
 *  "17 tháng 3" without its day word (date-scan.ts keeps it after "từ", "đến", "Sáng"); with
 *  an optional first day of a range before the day ("ngày 22 đến ngày 24 tháng 11", "ngày 17
 *  và 18 tháng 12", "từ 22 - 28 tháng 11"), as NUMERIC has. */
const WORDS = lexiconPattern(
  `${B}(?:(?:(ngày|mùng|mồng)\\s+)?(?:${FIRST_DAY})?(\\d{1,2})|(rằm))\\s+tháng\\s+(\\d{1,2}|${LUNAR_MONTH})(\\s+nhuận)?(?:\\s*,?\\s*năm\\s+(\\d{4})|/(\\d{4}))?${E}`,
  'iy',
);
/** "14h30", "8 giờ 30 phút", "14:00", "7 giờ", "9g30". */
const TIME = lexiconPattern(`(?<![${LETTER}${DIGIT}.,:/])(\\d{1,2})\\s*(?:(h|giờ)|(:|g)(?=\\d{2}))\\s*(\\d{2})?(?:\\s*phút)?${E}`, 'iy');
/**
 * A year standing alone: not "98/2023" (a document number) nor "2014/NĐ-CP". A year of the
 * 1800s only after "năm" ("thành lập vào năm 1894"), as history a hospital's or a school's
 * anniversary counts from: bare, such a number counts things ("1850 suất quà").
 */
const BARE_YEAR = new RegExp(String.raw`(?:(?<![${LETTER}${DIGIT}.,/])|(?<=(?<![${LETTER}])tháng\s\d{1,2}\/))((?:19|20)\d\d|(?<=(?<![${LETTER}])năm\s)18\d\d)(?![${DIGIT}]|\/[${LETTER}])`, 'iuy');
/** A year standing alone, at the start of a run of digits. */
export interface BareYear {
  start: number;
  year: number;
  /** The month written before it ("tháng 6/2008"), or null. */
  month: number | null;
}

/** The sticky patterns, for tests: each scanned as its global form would be (`time` from an offset). */
export const DATE_PATTERNS = { numeric: NUMERIC, words: WORDS, time: TIME, year: BARE_YEAR } as const;

type PatternMatches = Record<'numeric' | 'words' | 'time', RegExpExecArray[]> & { year: BareYear[] };

/** Runs of digits, and the "ằ" of "rằm" (the full-moon day, no digits): one scan finds where every pattern may start. */
const DIGIT_RUN = /\d+|[ằẰ]/g;
const isFullMoonA = (c: number) => c === 0x1eb1 || c === 0x1eb0;
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** What may follow a number (after spaces) that opens a numeric date: a separator, a range's joiner or a listed day's comma. */
const NUMERIC_NEXT = new Set([...RANGE_JOINER_FIRSTS, 0x2f, 0x2e, 0x2c]);
/** What may follow a number (after spaces) that opens a clock time: "h", "giờ", ":", "g". */
const TIME_NEXT = new Set([...'hHgG:'].map((c) => c.charCodeAt(0)));
/** Last letters of "ngày", "mùng", "mồng" (either case). */
const DAY_WORD_LAST = new Set([...'yYgG'].map((c) => c.charCodeAt(0)));

/**
 * The matches of the four patterns over `key` (times from `from` on), as `matchAll` of each
 * gives them, in one pass over the runs of digits: each pattern is tried, in text order,
 * only at the runs where it can match (a day or an hour has one or two digits, a year four;
 * the characters after the run must open its separator), and not inside a match of its own.
 */
export function findDatePatterns(key: string, from = 0): PatternMatches {
  const found: PatternMatches = { numeric: [], words: [], time: [], year: [] };
  /** Where a worded date may start: the day word before a number. */
  const wordStarts: number[] = [];
  let numericNext = 0;
  let timeNext = from;
  DIGIT_RUN.lastIndex = 0;
  while (DIGIT_RUN.test(key)) {
    const end = DIGIT_RUN.lastIndex;
    if (isFullMoonA(key.charCodeAt(end - 1))) {
      if (isFullMoonStart(key, end - 2)) wordStarts.push(end - 2);
      continue;
    }
    let start = end - 1;
    while (start > 0 && isAsciiDigit(key.charCodeAt(start - 1))) start--;
    // Numeric dates, times and years open with a lookbehind for a letter or a digit.
    const free = start === 0 || !isLetterOrDigitCode(key.charCodeAt(start - 1));
    if (end - start === 4) {
      const year = free ? bareYearAt(key, start) : null;
      if (year) found.year.push(year);
      continue;
    }
    if (end - start > 2) continue;
    // "ngày 2 tháng 10": a four-letter day word, spaces, the number, spaces; or the number
    // and "tháng" alone ("từ 17 tháng 3"); or either opening a range ("ngày 22 - 28 tháng 11").
    const joined = rangeJoinerAt(key, end);
    if (isSpace(key.charCodeAt(end)) || joined) {
      let w = start;
      while (w > 0 && isSpace(key.charCodeAt(w - 1))) w--;
      if (w < start && w >= 4 && DAY_WORD_LAST.has(key.charCodeAt(w - 1))) wordStarts.push(w - 4);
      if (free && (joined || monthWordAt(key, end))) wordStarts.push(start);
    }
    if (!free) continue;
    let after = end;
    while (after < key.length && isSpace(key.charCodeAt(after))) after++;
    const next = key.charCodeAt(after);
    const numeric = start >= numericNext && NUMERIC_NEXT.has(next) ? execAt(NUMERIC, key, start) : null;
    if (numeric) {
      numericNext = start + numeric[0].length;
      found.numeric.push(numeric);
    }
    const time = start >= timeNext && TIME_NEXT.has(next) ? execAt(TIME, key, start) : null;
    if (time) {
      timeNext = start + time[0].length;
      found.time.push(time);
    }
  }
  let wordsNext = 0;
  // A day word is pushed when its number is read, after a "rằm" that may stand inside it.
  if (!inOrder(wordStarts, ascending)) wordStarts.sort(ascending);
  for (const at of wordStarts) {
    const m = at >= wordsNext ? execAt(WORDS, key, at) : null;
    if (!m) continue;
    wordsNext = at + m[0].length;
    found.words.push(m);
  }
  return found;
}

/**
 * BARE_YEAR at `start`, where four digits stand after no letter or digit, by character:
 * "19" or "20" (or "18" after "năm "), no ".", "," or "/" before (but the "/" of a month, "tháng 3/2017", whose
 * month it keeps), no digit nor "/" and a letter after. Null when none stands there.
 */
function bareYearAt(key: string, start: number): BareYear | null {
  if (!(key.startsWith('19', start) || key.startsWith('20', start) || (key.startsWith('18', start) && afterYearWord(key, start)))) return null;
  const before = start > 0 ? key.charCodeAt(start - 1) : 0;
  const month = before === 0x2f ? monthBeforeSlash(key, start - 1) : 0;
  if (before === 0x2e || before === 0x2c || (before === 0x2f && !month)) return null;
  const after = start + 4 < key.length ? key.charCodeAt(start + 4) : 0;
  if (isDigitCode(after) || (after === 0x2f && start + 5 < key.length && isLetterCode(key.charCodeAt(start + 5)))) return null;
  return { start, year: Number(key.slice(start, start + 4)), month: month || null };
}

/** "năm" and one white-space character, the word whole, right before `at` (either case: the key may keep capitals). */
function afterYearWord(key: string, at: number): boolean {
  return at >= 4 && isSpace(key.charCodeAt(at - 1)) && key.slice(at - 4, at - 1).toLowerCase() === 'năm' && !(at > 4 && isLetterCode(key.charCodeAt(at - 5)));
}

/** The month of "tháng 3" (one space, one or two digits) right before the slash at `slash`, the word whole; 0 when none. */
function monthBeforeSlash(key: string, slash: number): number {
  let i = slash;
  while (i > 0 && slash - i < 2 && isDigitCode(key.charCodeAt(i - 1))) i--;
  if (i === slash || isDigitCode(key.charCodeAt(i - 1)) || key.charCodeAt(i - 1) !== 0x20 || i < 6) return 0;
  const word = key.slice(i - 6, i - 1).toLowerCase() === 'tháng' && (i - 6 === 0 || !isLetterCode(key.charCodeAt(i - 7)));
  return word ? Number(key.slice(i, slash)) : 0;
}

/** What may join the first day of a range to the next after the spaces at `at` (WORDS decides). */
function rangeJoinerAt(key: string, at: number): boolean {
  let i = at;
  while (i < key.length && isSpace(key.charCodeAt(i))) i++;
  return RANGE_JOINER_FIRSTS.has(key.charCodeAt(i));
}

/** "tháng" (either case) after the spaces at `at`. */
function monthWordAt(key: string, at: number): boolean {
  let i = at;
  while (i < key.length && isSpace(key.charCodeAt(i))) i++;
  return (key.charCodeAt(i) | 32) === 0x74 && key.slice(i, i + 5).toLowerCase() === 'tháng';
}

/** The match of a sticky pattern at `at`, or null. */
function execAt(pattern: RegExp, key: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(key);
}

/** "rằm" (either case) at `at`: the "r" before the "ằ" found at `at + 1`, an "m" after it. */
function isFullMoonStart(key: string, at: number): boolean {
  const r = at >= 0 ? key.charCodeAt(at) : 0;
  const m = key.charCodeAt(at + 2);
  return (r === 0x72 || r === 0x52) && (m === 0x6d || m === 0x4d);
}

const ascending = (a: number, b: number) => a - b;

