/**
 * What bin/vnpress.js runs (bundled to dist/vnpress/bin.js). `--version` is answered here,
 * before anything else loads, so CI scripts that probe the tool pay only Node's own start.
 * Every other command runs the bundled CLI (entry.ts, as cli.cjs beside this file) from
 * the code cache the build made (code-cache.ts).
 */
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { asciiSource, loadCommonJs, saveCodeCache, type LoadedBundle } from './code-cache.js';
import { isVersionProbe, VERSION } from './version.js';

type Entry = typeof import('./entry.js');

const BUNDLE = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const CODE_CACHE = fileURLToPath(new URL('./cli.cache', import.meta.url));

export async function run(proc: NodeJS.Process): Promise<number> {
  if (isVersionProbe(proc.argv.slice(2))) {
    proc.stdout.write(`${VERSION}\n`);
    return 0;
  }
  return (await loadCli(CODE_CACHE)).exports.run(proc);
}

/** The bundled CLI, compiled from `cache` when it fits (null: from source). */
export async function loadCli(cache: string | null): Promise<LoadedBundle<Entry>> {
  // Before compiling anything: V8 accepts a code cache only under the flags it was made with.
  await compileRegexesOnce();
  return loadCommonJs<Entry>(BUNDLE, cache);
}

/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
 * code when it runs again: every extractor pattern was compiled twice in a short run, a
 * quarter of the cold parse of one article. Ours all run many times: compile them once.
 */
async function compileRegexesOnce(): Promise<void> {
  // Imported here: `--version` does without it.
  (await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
}

/**
 * The build's last step: make the bundle ASCII (it loads faster), run the CLI from source
 * over `articles` (parse, and render to HTML, into nothing), then save the code compiled
 * meanwhile as the code cache.
 */
export async function buildCodeCache(articles: readonly string[]): Promise<void> {
  writeFileSync(BUNDLE, asciiSource(readFileSync(BUNDLE, 'utf8')));
  const { PassThrough, Readable } = await import('node:stream');
  const cli = await loadCli(null);
  for (const argv of articles.flatMap((file) => [['parse', file], ['render', '--to', 'html', file]])) {
    const sink = () => new PassThrough().resume();
    const code = await cli.exports.main({ argv, stdin: Readable.from([]), stdout: sink(), stderr: sink(), cwd: process.cwd(), env: {} });
    if (code !== 0) throw new Error(`vnpress ${argv.join(' ')} exited ${code} while warming the code cache`);
  }
  saveCodeCache(cli.script, CODE_CACHE);
}
