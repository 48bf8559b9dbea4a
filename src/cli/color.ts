/**
 * Whether to colour a stream, decided from the injected I/O (never the real process):
 * FORCE_COLOR wins (as in Node), then NO_COLOR (any non-empty value, see no-color.org),
 * then colours only on a terminal that is not "dumb".
 */
import type { ChalkInstance } from 'chalk';
import type { Writable } from 'node:stream';

export function colorLevel(stream: Writable, env: Record<string, string | undefined>): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return (stream as Writable & { isTTY?: boolean }).isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

/** A chalk for `stream`; chalk loads on first use (parsing to JSON never colours anything). */
export async function chalkFor(stream: Writable, env: Record<string, string | undefined>): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colorLevel(stream, env) });
}
