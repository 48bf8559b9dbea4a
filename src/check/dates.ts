/**
 * Event date plausibility: a real calendar date, an end not before the start, and not far
 * from the article's own date (front matter `date`, else the reference date) — a
 * misread year or a day/month swap usually lands months or years away.
 */
import type { CheckRule } from './context.js';
import { fieldOffset } from './context.js';
import { MAX_DAYS_AHEAD, MAX_DAYS_BEFORE } from './settings.js';

const DAY_MS = 86_400_000;

/** Days since the epoch of a full ISO date, or null (unknown year "XXXX", or not a date). */
function dayNumber(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const time = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const date = new Date(time);
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? time / DAY_MS : null;
}

function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  // A leap year stands in for an unknown one, so 29/2 passes.
  return dayNumber(`${m[1] === 'XXXX' ? '2024' : m[1]}-${m[2]}-${m[3]}`) !== null;
}

export const eventDate: CheckRule = {
  id: 'check/event-date',
  description: 'The event date is not a calendar date, ends before it starts, or lies far from the article\'s date.',
  run(ctx) {
    const { doc, article, options } = ctx;
    const { date, endDate } = article.event;
    if (!date) return;
    const at = fieldOffset(ctx, 'event.date');
    if (!isCalendarDate(date)) {
      doc.report('error', this.id, `event date ${date} is not a calendar date`, at);
      return;
    }
    const start = dayNumber(date);
    const end = dayNumber(endDate);
    if (start !== null && end !== null && end < start) doc.report('warning', this.id, `event ends (${endDate}) before it starts (${date})`, at);
    const anchorDate = typeof doc.frontMatter.date === 'string' ? doc.frontMatter.date : options.referenceDate;
    const anchor = dayNumber(anchorDate);
    if (start === null || anchor === null) return;
    const days = start - anchor;
    const source = anchorDate === doc.frontMatter.date ? 'the article\'s date' : 'the reference date';
    if (days >= MAX_DAYS_AHEAD) doc.report('warning', this.id, `event date ${date} is ${days} days after ${source} ${anchorDate}`, at);
    if (-days >= MAX_DAYS_BEFORE) doc.report('warning', this.id, `event date ${date} is ${-days} days before ${source} ${anchorDate}`, at);
  },
};
