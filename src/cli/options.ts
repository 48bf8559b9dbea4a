/** Option parsers shared by commands: each rejects a bad value with a one-line reason. */
import { InvalidArgumentError } from 'commander';
import { REQUIRABLE_FIELDS } from '../check/fields.js';
import { ENCODING_ALIASES, type EncodingName } from '../read/decode.js';
import { REPORTER_NAMES, type ReporterName } from './reporters/types.js';

export function isoDateOption(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !date || date.getUTCDate() !== +m[3] || date.getUTCMonth() !== +m[2] - 1) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

export function byteSizeOption(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500000, 512k or 10m');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `I/N`: the I-th of N shards (1-based, as CI matrices count). */
export function shardOption(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
  if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new InvalidArgumentError('expected I/N with 1 ≤ I ≤ N, e.g. 2/4');
  }
  return shard;
}

export function encodingOption(value: string): EncodingName {
  const encoding = ENCODING_ALIASES[value.trim().toLowerCase()];
  if (!encoding) throw new InvalidArgumentError(`expected one of ${Object.keys(ENCODING_ALIASES).join(', ')}`);
  return encoding;
}

/** A comma-separated list of article fields (`title,event.date,organizers`). */
export function fieldListOption(value: string): string[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !REQUIRABLE_FIELDS.includes(f));
  if (unknown.length) throw new InvalidArgumentError(`unknown field ${unknown.map((f) => `"${f}"`).join(', ')} (fields: ${REQUIRABLE_FIELDS.join(', ')})`);
  return [...new Set(fields)];
}

export function reporterOption(value: string): ReporterName {
  if (!(REPORTER_NAMES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${REPORTER_NAMES.join(', ')}`);
  return value as ReporterName;
}

export function threadCountOption(value: string): number | 'auto' {
  if (value.trim() === 'auto') return 'auto';
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected auto or a whole number of threads, 1 or more');
  return Number(value);
}
