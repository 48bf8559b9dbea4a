/**
 * The event as an iCalendar file (RFC 5545) a journalist can add to a calendar: all-day
 * when the article gives no clock time, timed (Vietnam time, written in UTC) when it does.
 * Deterministic: UID and DTSTAMP derive from the input, never from the clock.
 */
import type { Article } from '../../model/article.js';
import { EVENT_UTC_OFFSET } from '../html-head.js';
import { clockTime, fullIsoDate } from '../release.js';

export interface IcsOptions {
  /** Identifies the event: the input's sha256. */
  uid: string;
  version: string;
  /** An e-mail address for ORGANIZER (from the media contact), when there is one. */
  email?: string | null;
}

/** TEXT value escaping (3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = out.length ? 74 : 75; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The calendar, or null when the event has no full date (XXXX-MM-DD or none). */
export function renderIcs(article: Article, options: IcsOptions): string | null {
  const date = fullIsoDate(article.event.date);
  if (!date) return null;
  const time = clockTime(article.event.time);
  const end = fullIsoDate(article.event.endDate);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//vnpress//vnpress ${options.version}//VI`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${options.uid}@vnpress`,
    `DTSTAMP:${utcStamp(new Date(`${date}T00:00:00Z`))}`,
  ];
  if (time) {
    lines.push(`DTSTART:${utcStamp(new Date(`${date}T${time}:00${EVENT_UTC_OFFSET}`))}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${compact(date)}`, `DTEND;VALUE=DATE:${compact(nextDay(end && end > date ? end : date))}`);
  }
  lines.push(`SUMMARY:${text(article.event.name ?? article.title ?? '')}`);
  if (article.event.location) lines.push(`LOCATION:${text(article.event.location)}`);
  if (article.lead) lines.push(`DESCRIPTION:${text(article.lead)}`);
  const organizer = article.organizers[0]?.name;
  if (organizer) {
    const cn = organizer.replace(/["\r\n]/g, '');
    lines.push(`ORGANIZER;CN="${cn}":mailto:${options.email ?? 'no-reply@invalid'}`);
  }
  const url = article.source.url;
  if (url && /^https?:\/\/\S+$/i.test(url)) lines.push(`URL:${url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
