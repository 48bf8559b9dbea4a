/**
 * A CommonJS bundle loaded with V8's code cache. Node 20 compiles every module from source
 * at each start (Node 22's module.enableCompileCache is not there): for one article, the
 * compile of the CLI and its lazily compiled functions were a sixth of the run. The build
 * runs the CLI once and saves the compiled code beside the bundle; a start then reads it
 * instead of compiling. V8 rejects a cache made by another V8 version, other flags or
 * another source, and the bundle then compiles from source as usual.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  /** The compiled bundle: `saveCodeCache` serialises what it has compiled so far. */
  script: Script;
  /** Was it compiled from the cache (false: no cache, or V8 rejected it)? */
  fromCache: boolean;
}

/** Run the CommonJS file `file` (no dynamic `import()` in it), compiled from `cacheFile` when it fits. */
export function loadCommonJs<T>(file: string, cacheFile: string | null): LoadedBundle<T> {
  const bytes = readFileSync(file);
  // Decoding a megabyte of UTF-8 took 4 ms; ASCII is copied as is (see `asciiSource`).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // No cache (a build without one, or removed): compile from source.
  }
  // Node's own module wrapper, on the first line so that line numbers stay true.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, fromCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** Write the code `script` has compiled (functions run so far included) to `cacheFile`, whole or not at all. */
export function saveCodeCache(script: Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, script.createCachedData());
  renameSync(temporary, cacheFile);
}

/**
 * `source` with every non-ASCII code unit written as a `\uXXXX` escape. esbuild escapes
 * strings but leaves regex literals, `String.raw` templates and comments as written; in
 * ours these are Vietnamese patterns, and an escape means the same character there (our
 * `String.raw` templates are all regex sources).
 */
export function asciiSource(source: string): string {
  return source.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
