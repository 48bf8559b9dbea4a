/**
 * INPUT arguments to a stable list of inputs: files, directories (every .txt/.md below,
 * sorted), globs (fast-glob, so quoted globs behave the same on every shell) and "-".
 * An argument that starts with "!" excludes what it names (a glob, a folder or a file)
 * from all the others, as in other fast-glob tools: `'articles/**' '!articles/drafts'`.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../core/diagnostics.js';
import { lazyRequire } from '../core/lazy.js';

export interface InputRef {
  /** As shown to the user: the argument, or the path below the directory/glob. */
  display: string;
  /** Absolute path, or null for standard input. */
  path: string | null;
}

export interface ResolvedInputs {
  inputs: InputRef[];
  errors: InputError[];
  /** True when the arguments name exactly one file (or "-"): output is one object, not a list. */
  single: boolean;
}

const ARTICLE_GLOB = '**/*.{txt,md,markdown}';

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    // Synchronous: a stat is microseconds, and node:fs/promises costs a millisecond to load.
    const info = statSync(path, { throwIfNoEntry: false });
    return info ? (info.isDirectory() ? 'dir' : 'file') : null;
  } catch {
    return null;
  }
}

// fast-glob is loaded only for a directory or a glob: naming files costs no start time.
const glob = lazyRequire<typeof import('fast-glob')>('fast-glob');

/** Absolute paths of the files that exclusions ("!" arguments, without it) name. */
async function excludedPaths(patterns: readonly string[], cwd: string): Promise<Set<string>> {
  const excluded = new Set<string>();
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const kind = await kindOf(absolute);
    if (kind === 'file') excluded.add(absolute);
    else if (kind === 'dir') for (const path of await glob()('**/*', { cwd: absolute, onlyFiles: true, absolute: true, dot: true })) excluded.add(resolve(path));
    // Matching nothing is no error: `!**/drafts/**` also fits a tree without drafts.
    else for (const path of await glob()(pattern, { cwd, onlyFiles: true, absolute: true, dot: true })) excluded.add(resolve(path));
  }
  return excluded;
}

export async function resolveInputs(allArgs: readonly string[], cwd: string): Promise<ResolvedInputs> {
  const inputs: InputRef[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const args = allArgs.filter((arg) => !arg.startsWith('!'));
  const exclusions = allArgs.filter((arg) => arg.startsWith('!')).map((arg) => arg.slice(1));
  const excluded = exclusions.length ? await excludedPaths(exclusions, cwd) : null;
  const add = (display: string, path: string | null) => {
    const id = path ?? '-';
    if (seen.has(id) || (path !== null && excluded?.has(path))) return;
    seen.add(id);
    inputs.push({ display, path });
  };
  let single = args.length === 1 && !excluded;
  for (const arg of args) {
    if (arg === '-') {
      add('-', null);
      continue;
    }
    const absolute = isAbsolute(arg) ? arg : resolve(cwd, arg);
    const kind = await kindOf(absolute);
    if (kind === 'file') {
      add(arg, absolute);
    } else if (kind === 'dir') {
      single = false;
      const fg = glob();
      const found = (await fg(ARTICLE_GLOB, { cwd: absolute, onlyFiles: true, caseSensitiveMatch: false })).sort();
      if (!found.length) errors.push(new InputError(arg, 'no-articles', 'directory has no .txt or .md articles'));
      for (const rel of found) add(join(arg, rel), join(absolute, rel));
    } else if ((glob()).isDynamicPattern(arg)) {
      single = false;
      const fg = glob();
      const found = (await fg(arg, { cwd, onlyFiles: true, absolute: false })).sort();
      if (!found.length) errors.push(new InputError(arg, 'no-match', 'glob matched no files'));
      for (const rel of found) add(rel, resolve(cwd, rel));
    } else {
      errors.push(new InputError(arg, 'missing', 'no such file or directory'));
    }
  }
  return { inputs, errors, single };
}
