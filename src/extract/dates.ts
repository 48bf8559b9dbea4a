/**
 * dates: every date and time mention, resolved to ISO. Chain per mention: find it
 * (date-scan.ts), check it (validate/dates.ts), give it a year (years.ts), convert a lunar
 * day (lunar.ts), attach the clock time of its sentence, join "26/10 đến 29/10" into a range.
 */
import type { DateMention } from '../model/article.js';
import type { ExtractContext } from './context.js';
import { scanDays, scanTimes, type RawDate, type RawTime } from './date-scan.js';
import { isoDate, lunarToSolar } from './lunar.js';
import { isCalendarDay, isPlausibleRange } from './validate/dates.js';
import { YearResolver } from './years.js';

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

function dayOf(raw: RawDate, day: number, month: number, year: number | null): string | null {
  if (raw.lunar) return year === null ? null : lunarToSolar(day, month, year, raw.leap);
  return isCalendarDay(day, month, year) ? isoDate(year, month, day) : null;
}

/** Two mentions joined by "đến", "tới", "-" or "và" with nothing else between them. */
const RANGE_GAP = /^\s*(?:-|–|—|đến|tới|và)\s*(?:ngày\s+)?$/iu;

export function extractDates(ctx: ExtractContext): void {
  const { doc } = ctx;
  const days = scanDays(doc.key, doc.bodyStart);
  const reference = referenceDay(ctx);
  const fmYear = typeof ctx.doc.frontMatter.date === 'string' ? ISO.exec(ctx.doc.frontMatter.date)?.[1] : undefined;
  const years = new YearResolver(doc, days, fmYear ? Number(fmYear) : null, reference ? Number(reference.slice(0, 4)) : null);

  const mentions: (DateMention & { start: number; end: number })[] = [];
  for (const raw of days) {
    let date: string | null = null;
    let endDate: string | null = null;
    if (raw.day !== null && raw.month !== null) {
      const year = raw.year ?? years.yearFor(raw.start, raw.month).year;
      date = dayOf(raw, raw.day, raw.month, year);
      if (raw.endDay !== null && raw.endMonth !== null) endDate = dayOf(raw, raw.endDay, raw.endMonth, raw.endYear ?? year);
    } else if (raw.relative !== null && reference) {
      date = addDays(reference, raw.relative);
    }
    const prev = mentions[mentions.length - 1];
    if (prev && date && prev.date && !prev.endDate && RANGE_GAP.test(doc.key.slice(prev.end, raw.start)) && isPlausibleRange(prev.date, date)) {
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
  attachTimes(ctx, mentions, scanTimes(doc.key, doc.bodyStart));
  mentions.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
  ctx.article.dates = mentions.map(({ start: _s, end: _e, ...m }) => m);
}

/** A clock time goes with the day of its sentence; a time with no day there stands alone. */
function attachTimes(ctx: ExtractContext, mentions: (DateMention & { start: number; end: number })[], times: RawTime[]): void {
  const { doc } = ctx;
  for (const t of times) {
    const sentence = doc.sentenceAt(t.start);
    const inside = mentions.find((m) => m.evidence[0].start <= t.start && t.end <= m.end);
    const sameSentence = sentence
      ? mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end && m.date !== null && m.time === null)
      : [];
    const host = inside ?? sameSentence.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
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
