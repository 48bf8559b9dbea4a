/**
 * What bin/vnpress.js runs (bundled to dist/vnpress/bin.cjs). `--version` is answered here,
 * before anything else loads, so CI scripts that probe the tool pay only Node's own start.
 * Every other command runs the bundled CLI (entry.ts, as cli.cjs beside this file) from
 * the code cache the build made (code-cache.ts).
 */
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { asciiSource, loadCommonJs, saveCodeCache, type LoadedBundle } from './code-cache.js';
import { isVersionProbe, VERSION } from './version.js';
import { lazyRequire } from '../core/lazy.js';
import { PLACEHOLDER_NAME } from '../lexicon/precompiled.js';

type Entry = typeof import('./entry.js');

const BUNDLE = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const CODE_CACHE = fileURLToPath(new URL('./cli.cache', import.meta.url));

export async function run(proc: NodeJS.Process): Promise<number> {
  if (isVersionProbe(proc.argv.slice(2))) {
    proc.stdout.write(`${VERSION}\n`);
    return 0;
  }
  return loadCli(CODE_CACHE).exports.run(proc);
}

/**
 * V8 flags of the CLI, set before the bundle compiles: the build makes the code cache under
 * the same flags (V8 rejects a cache made under others). A regular expression is compiled to
 * bytecode at its first run and, by default, to machine code at its second; most of the
 * CLI's lexicon patterns run a few times for one article, and compiling them to machine code
 * was about 3% of the instructions of `vnpress parse one.txt`. They now run interpreted
 * until their 100th match (or their first on a subject of 1,000 characters or more), which a
 * batch reaches within its first articles.
 */
export const CLI_V8_FLAGS = ['--regexp-tier-up-ticks=100'];

// Not loaded for `--version`.
const v8 = lazyRequire<typeof import('node:v8')>('node:v8');

/** The bundled CLI, compiled from `cache` when it fits (null: from source). */
export function loadCli(cache: string | null): LoadedBundle<Entry> {
  for (const flag of CLI_V8_FLAGS) v8().setFlagsFromString(flag);
  return loadCommonJs<Entry>(BUNDLE, cache);
}

/**
 * The build's last step. Run the CLI from source over `articles` (parse, and render to
 * HTML, into nothing) while recording the lexicon sources it compiles; write the record into
 * the bundle (lexicon/precompiled.ts) and make the bundle ASCII (it loads faster); then run
 * the finished bundle over the same articles and save the code compiled meanwhile as the
 * code cache.
 */
export async function buildCodeCache(articles: readonly string[]): Promise<void> {
  const { PassThrough, Readable } = await import('node:stream');
  const runOver = async (cli: LoadedBundle<Entry>) => {
    for (const argv of articles.flatMap((file) => [['parse', file], ['render', '--to', 'html', file]])) {
      const sink = () => new PassThrough().resume();
      const code = await cli.exports.main({ argv, stdin: Readable.from([]), stdout: sink(), stderr: sink(), cwd: process.cwd(), env: {} });
      if (code !== 0) throw new Error(`vnpress ${argv.join(' ')} exited ${code} while warming the code cache`);
    }
  };
  const recording = loadCli(null);
  const sources = recording.exports.recordLexiconSources();
  await runOver(recording);
  writeFileSync(BUNDLE, asciiSource(withLexiconSources(readFileSync(BUNDLE, 'utf8'), sources)));
  const cli = loadCli(null);
  await runOver(cli);
  saveCodeCache(cli.script, CODE_CACHE);
}

/** `bundle` with the record of lexicon sources written over its placeholder (there must be one). */
export function withLexiconSources(bundle: string, sources: ReadonlyMap<string, string>): string {
  // esbuild writes string literals in double quotes.
  const PLACEHOLDER = `"__${PLACEHOLDER_NAME}__"`;
  const at = bundle.indexOf(PLACEHOLDER);
  if (at < 0 || bundle.indexOf(PLACEHOLDER, at + 1) >= 0) throw new Error('the CLI bundle must hold the lexicon-source placeholder once');
  // A JSON text inside a JavaScript string literal (JSON strings are valid literals).
  const literal = JSON.stringify(JSON.stringify(Object.fromEntries(sources)));
  return bundle.slice(0, at) + literal + bundle.slice(at + PLACEHOLDER.length);
}
