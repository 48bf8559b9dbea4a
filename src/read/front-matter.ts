/**
 * Front matter fields vnpress understands, checked and normalised. Front matter takes
 * precedence over what the body says (see the extractors).
 */
import type { FrontMatter, VnDocument } from '../core/document.js';
import { cleanText } from '../core/text.js';

const STRING_FIELDS = ['title', 'source', 'author', 'url', 'location', 'contact', 'about', 'lead'] as const;

// Structured fields that `render --to md` writes (and a user may write): each record keeps
// only these keys (those present, as trimmed strings or null); an item without its first key
// is dropped.
const RECORD_FIELDS = {
  event: ['name', 'type', 'theme', 'date', 'endDate', 'time', 'location'],
  people: ['name', 'honorific', 'role', 'organization'],
  quotes: ['text', 'speaker', 'role'],
} as const;

function text(value: unknown): string | null {
  return value == null || typeof value === 'object' ? null : cleanText(String(value)).trim() || null;
}

function record(value: unknown, keys: readonly string[]): Record<string, string | null> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Record<string, string | null> = {};
  for (const key of keys) if (key in value) out[key] = text((value as Record<string, unknown>)[key]);
  return out;
}

function readStructured(data: FrontMatter, out: FrontMatter): void {
  const event = record(data.event, RECORD_FIELDS.event);
  if (event) out.event = event;
  for (const field of ['people', 'quotes'] as const) {
    if (!Array.isArray(data[field])) continue;
    out[field] = (data[field] as unknown[])
      .map((item): Record<string, unknown> | null => {
        const fields = record(item, RECORD_FIELDS[field]);
        if (fields && field === 'quotes') return { ...fields, direct: (item as { direct?: unknown }).direct !== false };
        return fields;
      })
      .filter((item) => item?.[RECORD_FIELDS[field][0]]);
  }
  for (const field of ['messages', 'captions'] as const) {
    if (Array.isArray(data[field])) out[field] = (data[field] as unknown[]).map(text).filter(Boolean);
  }
}

function toIsoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Span of `key:`'s value in the front matter (the key itself when the value is on later lines). */
export function frontMatterSpan(doc: VnDocument, key: string): { start: number; end: number } {
  const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(doc.text.slice(0, doc.bodyStart || doc.text.length));
  if (!m) return { start: 0, end: 0 };
  const value = m[1].trim();
  const start = value ? m.index + m[0].indexOf(value, key.length + 1) : m.index;
  return { start, end: start + (value ? value.length : key.length) };
}

function lineOf(doc: VnDocument, key: string): number {
  return frontMatterSpan(doc, key).start;
}

export function readFrontMatter(doc: VnDocument, data: FrontMatter): FrontMatter {
  const out: FrontMatter = { ...data };
  for (const field of STRING_FIELDS) {
    const value = data[field];
    if (value == null) delete out[field];
    else out[field] = cleanText(String(value)).trim();
  }
  if (data.date != null) {
    const iso = toIsoDate(data.date);
    if (iso) out.date = iso;
    else {
      delete out.date;
      doc.report('error', 'front-matter/date', `front-matter date ${JSON.stringify(String(data.date))} is not a date (YYYY-MM-DD)`, lineOf(doc, 'date'));
    }
  }
  if (data.organizers != null) {
    const list = Array.isArray(data.organizers) ? data.organizers : [data.organizers];
    out.organizers = list.map((x) => cleanText(String(x)).trim()).filter(Boolean);
  }
  readStructured(data, out);
  return out;
}
