/**
 * Dependencies loaded on first use. The Markdown and YAML libraries are most of the CLI's
 * start-up time, and most runs (plain-text articles to JSON, `--version`) never touch them.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A getter that requires `id` the first time it is called (synchronously, then cached). */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}

/** node:fs/promises: a millisecond to load, and only runs that write files need it. */
export const fsPromises = lazyRequire<typeof import('node:fs/promises')>('node:fs/promises');
