/**
 * Plausibility checks for date candidates, kept apart from the patterns that find them
 * (as htmldate's validators): a number pair is a date only if it is a real calendar day,
 * its year is plausible, and nothing around it says it is a fraction, a score, a document
 * number or a version.
 */
import { alternation, lexiconPattern, lexiconPatternOnUse } from '../../lexicon/compile.js';
import { NOT_DATE_AFTER, NOT_DATE_BEFORE, NOT_DAY_WORD_BEFORE } from '../../lexicon/vi/dates.js';
import { DIGIT, LETTER } from '../../core/chars.js';
import { EndWords } from '../event-scans.js';

const LETTER_AT_END = new RegExp(String.raw`[${LETTER}][\s:]*$`, 'u');

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** Longest span accepted as one event range; longer pairs are anniversaries ("1955 – 2023"). */
export const MAX_RANGE_DAYS = 366;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isPlausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Two-digit years ("06/12/19") read as 20YY up to 50, else 19YY. */
export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= 50 ? 2000 + n : 1900 + n;
}

/** A real day of the calendar; without a year, 29 February is allowed. */
export function isCalendarDay(day: number, month: number, year: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  if (year === null) return day <= DAYS_IN_MONTH[month - 1];
  if (!isPlausibleYear(year)) return false;
  // The Gregorian rule, as Date applies it.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}

export function isClockTime(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

const NOT_BEFORE = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(NOT_DATE_BEFORE)}\\s*:?\\s*$`, 'i'), NOT_DATE_BEFORE, ':');
const NOT_AFTER = lexiconPattern(`^\\s*${alternation(NOT_DATE_AFTER)}(?![${LETTER}${DIGIT}])`);
/** "33/2014/NĐ-CP", "12/QĐ-UBND": a slash and letters right after the numbers. */
const DOCUMENT_SUFFIX = new RegExp(String.raw`^\/[${LETTER}]`, 'u');

/**
 * A bare number pair (no "ngày", no part of day, no year) is read as a date unless the
 * words around it make it a count: "1/3 trong số", "2/10 điểm", "Nghị định số 5/6", "tỷ lệ 3/4".
 */
export function bareDateIsPlausible(before: string, after: string): boolean {
  // Every word of NOT_DATE_BEFORE ends in a letter: skip the pattern when no letter is there.
  const wordBefore = LETTER_AT_END.test(before.slice(-3));
  return !(wordBefore && NOT_BEFORE.test(before, Math.max(0, before.length - 20))) && !NOT_AFTER.test(after) && !DOCUMENT_SUFFIX.test(after);
}

const FREQUENCY = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(NOT_DAY_WORD_BEFORE)}\\s*$`, 'i'), NOT_DAY_WORD_BEFORE);

/** "mỗi ngày 3-4 lần", "vài ngày 2/3": the day word counts days, it does not name one. */
export function dayWordIsPlausible(before: string): boolean {
  return !FREQUENCY.test(before);
}

/** Whether `end` can close a range that opens at `start` (ISO strings, same year form). */
export function isPlausibleRange(start: string, end: string): boolean {
  if (start.startsWith('XXXX') !== end.startsWith('XXXX')) return false;
  const y = start.startsWith('XXXX') ? '2000' : null;
  const a = Date.parse((y ?? start.slice(0, 4)) + start.slice(4));
  const b = Date.parse((y ?? end.slice(0, 4)) + end.slice(4));
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  const days = (b - a) / 86_400_000;
  return days > 0 && days <= MAX_RANGE_DAYS;
}
