/**
 * dates: every date and time mention, resolved to ISO. Chain per mention: find it
 * (date-scan.ts), check it (validate/dates.ts), give it a year (years.ts: the front matter's
 * date, else a publication stamp's, is the day of writing), convert a lunar
 * day (lunar.ts), attach the clock time of its sentence, join "26/10 đến 29/10" into a range.
 */
import type { DateMention } from '../model/article.js';
import type { ExtractContext } from './context.js';
import { scanDates, type RawDate, type RawTime } from './date-scan.js';
import { isoDate, lunarToSolar } from './lunar.js';
import { isCalendarDay, isPlausibleRange } from './validate/dates.js';
import { cycleYear, stampDay, YearResolver } from './years.js';
import { isSpace } from '../core/text.js';
import { isDashCode } from '../core/chars.js';
import { inOrder } from './event-chars.js';
import { RANGE_JOINERS } from '../lexicon/vi/dates.js';
import { RANGE_JOINER_FIRSTS } from './date-patterns.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day the article was written, when the front matter or the options say it. */
export function referenceDay(ctx: ExtractContext): string | null {
  const fm = ctx.doc.frontMatter.date;
  const fromFm = typeof fm === 'string' ? ISO.exec(fm) : null;
  if (fromFm) return fromFm[0];
  const opt = ctx.options.referenceDate ? ISO.exec(ctx.options.referenceDate) : null;
  return opt ? opt[0] : null;
}

function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * The lunar year of a day whose year is named ("ngày 17 tháng 4 năm Nhâm Dần"): that year of
 * the cycle next to `near` (the year the text gives the day). A name a cycle away or more
 * ("18/5 năm Kỷ Mão", 1939, in a report of 2022) is history's, not a day of the report: none.
 */
function lunarYear(raw: RawDate, near: number | null): number | null {
  if (!raw.cycle) return near;
  const year = near === null ? null : cycleYear(raw.cycle[0], raw.cycle[1], near);
  return year !== null && near !== null && Math.abs(year - near) <= 1 ? year : null;
}

function dayOf(raw: RawDate, day: number, month: number, year: number | null): string | null {
  if (raw.lunar) return year === null ? null : lunarToSolar(day, month, year, raw.leap);
  if (isCalendarDay(day, month, year)) return isoDate(year, month, day);
  // "29/02" given a year that has no such day: the year was a guess, the day was written.
  return raw.year === null && isCalendarDay(day, month, null) ? isoDate(null, month, day) : null;
}

/**
 * Two mentions joined by "đến", "tới", "-" or "và" with nothing else between them:
 * `/^\s*(?:[${DASH}]|đến|tới|và)\s*(?:ngày\s+)?$/iu` over key[from, to), read by character.
 */
export function isRangeGap(key: string, from: number, to: number): boolean {
  let i = skipSpaces(key, from, to);
  if (i === to) return false;
  if (isDashCode(key.charCodeAt(i))) i++;
  else {
    // Only the joiners' first letters open one: most gaps (a sentence or more) stop here, uncut.
    if (!RANGE_JOINER_FIRSTS.has(key.charCodeAt(i))) return false;
    const word = RANGE_JOINERS.find((w) => i + w.length <= to && key.slice(i, i + w.length).toLowerCase() === w);
    if (!word) return false;
    i += word.length;
  }
  i = skipSpaces(key, i, to);
  if (i === to) return true;
  if (i + 4 > to || key.slice(i, i + 4).toLowerCase() !== 'ngày') return false;
  const after = skipSpaces(key, i + 4, to);
  return after > i + 4 && after === to;
}

function skipSpaces(key: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(key.charCodeAt(i))) i++;
  return i;
}

export function extractDates(ctx: ExtractContext): void {
  const { doc } = ctx;
  const { days, times, years: bareYears } = scanDates(doc.key, doc.bodyStart);
  const fmYear = typeof ctx.doc.frontMatter.date === 'string' ? ISO.exec(ctx.doc.frontMatter.date)?.[1] : undefined;
  // Without a front matter date, a publication stamp under the headline is the day of writing.
  const stamp = fmYear ? null : stampDay(doc, days);
  const reference = stamp ? isoDate(stamp.year, stamp.month!, stamp.day!) : referenceDay(ctx);
  const fixedYear = fmYear ? Number(fmYear) : stamp ? stamp.year : null;
  const years = new YearResolver(
    doc, days, bareYears, fixedYear, reference ? Number(reference.slice(0, 4)) : null,
    reference ? Number(reference.slice(5, 7)) : null,
  );

  const mentions: Located[] = [];
  for (const raw of days) {
    let date: string | null = null;
    let endDate: string | null = null;
    if (raw.day !== null && raw.month !== null) {
      const year = raw.year ?? lunarYear(raw, years.yearFor(raw.start, raw.month, raw.lunar ? undefined : raw.day).year);
      date = dayOf(raw, raw.day, raw.month, year);
      if (raw.endDay !== null && raw.endMonth !== null) endDate = dayOf(raw, raw.endDay, raw.endMonth, raw.endYear ?? year);
    } else if (raw.relative !== null && reference) {
      date = addDays(reference, raw.relative);
    }
    const prev = mentions[mentions.length - 1];
    if (prev && date && prev.date && !prev.endDate && isRangeGap(doc.key, prev.end, raw.start) && isPlausibleRange(prev.date, date)) {
      prev.endDate = date;
      prev.end = raw.end;
      prev.text = doc.text.slice(prev.evidence[0].start, raw.end);
      prev.evidence = [doc.evidence(prev.evidence[0].start, raw.end, 'dates.range')];
      continue;
    }
    mentions.push({
      text: doc.text.slice(raw.textStart, raw.end),
      date,
      endDate,
      time: null,
      partOfDay: raw.partOfDay,
      calendar: raw.lunar ? 'lunar' : 'solar',
      evidence: [doc.evidence(raw.textStart, raw.end, raw.rule)],
      start: raw.start,
      end: raw.end,
    });
  }
  attachTimes(ctx, mentions, times);
  if (!inOrder(mentions, byStart)) mentions.sort(byStart);
  // The mentions without their offsets, keys in the article's order (a literal is cheaper than a rest copy).
  ctx.article.dates = mentions.map((m) => ({
    text: m.text, date: m.date, endDate: m.endDate, time: m.time, partOfDay: m.partOfDay, calendar: m.calendar, evidence: m.evidence,
  }));
}

type Located = DateMention & { start: number; end: number };

const byStart = (a: DateMention, b: DateMention) => a.evidence[0].start - b.evidence[0].start;

/** Index of the last mention starting at or before `offset` (-1 when none). */
function lastAtOrBefore(mentions: readonly Located[], offset: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].evidence[0].start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * A clock time goes with the day it stands in ("7 giờ 30 phút ngày 5/9") or with the
 * nearer free neighbour in its sentence ("Chiều 2/10, lúc 14h30"); else it stands alone.
 */
function attachTimes(ctx: ExtractContext, mentions: Located[], times: RawTime[]): void {
  const { doc } = ctx;
  if (!times.length) return;
  const ordered = [...mentions];
  if (!inOrder(ordered, byStart)) ordered.sort(byStart);
  for (const t of times) {
    const sentence = doc.sentenceAt(t.start);
    const i = lastAtOrBefore(ordered, t.start);
    const before = ordered[i];
    const after = ordered[i + 1];
    const usable = (m: Located | undefined): m is Located =>
      Boolean(m && sentence && m.start >= sentence.start && m.start < sentence.end && m.date !== null && m.time === null);
    let host: Located | undefined;
    if (before && before.evidence[0].start <= t.start && t.end <= before.end) host = before;
    else if (usable(before) && usable(after)) host = t.start - before.end <= after.start - t.end ? before : after;
    else host = usable(before) ? before : usable(after) ? after : undefined;
    if (host) {
      host.time ??= t.time;
      continue;
    }
    mentions.push({
      text: doc.text.slice(t.start, t.end),
      date: null,
      endDate: null,
      time: t.time,
      partOfDay: null,
      calendar: 'solar',
      evidence: [doc.evidence(t.start, t.end, 'dates.time')],
      start: t.start,
      end: t.end,
    });
  }
}
