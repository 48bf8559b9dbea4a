/**
 * What the terminal on the other end can take, decided from the injected I/O (never from
 * the real process), so tests and CI see the same answers as users.
 */
import type { Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';

type Env = Record<string, string | undefined>;

export function isTTY(stream: Writable): boolean {
  return Boolean((stream as { isTTY?: boolean }).isTTY);
}

/**
 * Colour level for `stream`: FORCE_COLOR wins (as in Node), then NO_COLOR (any non-empty
 * value, see no-color.org), then colours only on a terminal that is not "dumb".
 */
export function colorLevel(stream: Writable, env: Env): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number(force);
    return Number.isInteger(level) && level >= 0 && level <= 3 ? (level as 0 | 1 | 2 | 3) : 1;
  }
  if (env.NO_COLOR) return 0;
  return isTTY(stream) && env.TERM !== 'dumb' ? 1 : 0;
}

export function chalkFor(stream: Writable, env: Env): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env) });
}

/** Columns of a terminal stream, or 80. */
export function columnsOf(stream: Writable): number {
  return (stream as { columns?: number }).columns || 80;
}
