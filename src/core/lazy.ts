/**
 * Dependencies loaded on first use. The Markdown and YAML libraries are most of the CLI's
 * start-up time, and most runs (plain-text articles to JSON, `--version`) never touch them.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter that requires `id` the first time it is called (synchronously, then cached). */
export function lazyRequire<T>(id: string): () => T {
  return onFirstUse(() => load(id) as T);
}

/**
 * A value made the first time it is asked for: for the patterns of a module that most runs
 * never use (V8 parses a pattern when it is made, and a large character class takes time).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** node:fs/promises: a millisecond to load, and only runs that write files need it. */
export const fsPromises = lazyRequire<typeof import('node:fs/promises')>('node:fs/promises');
