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

/** Whether `path` leads to a regular file (not a folder, a device or a pipe). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

// fast-glob is loaded only for a directory or a glob: naming files costs no start time.
const glob = lazyRequire<typeof import('fast-glob')>('fast-glob');

/**
 * The files `pattern` matches below `cwd`, sorted, as paths relative to it. Links to files
 * count (not links to devices or pipes, which may never end). Links to folders are not
 * followed: fast-glob would follow a loop of them until the system refuses (`self -> .`
 * gave 41 copies of each file), and beside `up -> ..` the walk doubled at every level and
 * never ended. A linked folder is read when named itself.
 */
async function matchingFiles(pattern: string, cwd: string, options: { caseSensitiveMatch?: boolean; dot?: boolean } = {}): Promise<string[]> {
  const entries = await glob()(pattern, { ...options, cwd, onlyFiles: false, followSymbolicLinks: false, objectMode: true });
  const files: string[] = [];
  for (const { path, dirent } of entries) {
    if (dirent.isFile() || (dirent.isSymbolicLink() && isRegularFile(resolve(cwd, path)))) files.push(path);
  }
  return files.sort();
}

/** Absolute paths of the files that exclusions ("!" arguments, without it) name. */
async function excludedPaths(patterns: readonly string[], cwd: string): Promise<Set<string>> {
  const excluded = new Set<string>();
  for (const pattern of patterns) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    const kind = await kindOf(absolute);
    if (kind === 'file') excluded.add(absolute);
    else if (kind === 'dir') for (const path of await matchingFiles('**/*', absolute, { dot: true })) excluded.add(resolve(absolute, path));
    // Matching nothing is no error: `!**/drafts/**` also fits a tree without drafts.
    else for (const path of await matchingFiles(pattern, cwd, { dot: true })) excluded.add(resolve(cwd, path));
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
      const found = await matchingFiles(ARTICLE_GLOB, absolute, { caseSensitiveMatch: false });
      if (!found.length) errors.push(new InputError(arg, 'no-articles', 'directory has no .txt or .md articles'));
      for (const rel of found) add(join(arg, rel), join(absolute, rel));
    } else if ((glob()).isDynamicPattern(arg)) {
      single = false;
      const found = await matchingFiles(arg, cwd);
      if (!found.length) errors.push(new InputError(arg, 'no-match', 'glob matched no files'));
      for (const rel of found) add(rel, resolve(cwd, rel));
    } else {
      errors.push(new InputError(arg, 'missing', 'no such file or directory'));
    }
  }
  return { inputs, errors, single };
}
