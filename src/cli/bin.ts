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

/** The bundled CLI, compiled from `cache` when it fits (null: from source). */
export function loadCli(cache: string | null): LoadedBundle<Entry> {
  return loadCommonJs<Entry>(BUNDLE, cache);
}

/**
 * The build's last step. Run the CLI from source over `articles` (parse, and render to
 * HTML, into nothing) while recording the lexicon sources it compiles; write the record into
 * the bundle (lexicon/precompiled.ts) and make the bundle ASCII (it loads faster); then run
 * the finished bundle over the same articles, parsing only, and save the code compiled
 * meanwhile as the code cache. (With the HTML renderer's code in it, the cache was 2% larger
 * and `vnpress parse one.txt` took 3 M more instructions, while `render --to html` took as many
 * either way: its time is in the Markdown and YAML libraries, which the cache does not hold.)
 */
export async function buildCodeCache(articles: readonly string[]): Promise<void> {
  const { PassThrough, Readable } = await import('node:stream');
  const runOver = async (cli: LoadedBundle<Entry>, render: boolean) => {
    for (const argv of articles.flatMap((file) => (render ? [['parse', file], ['render', '--to', 'html', file]] : [['parse', file]]))) {
      const sink = () => new PassThrough().resume();
      const code = await cli.exports.main({ argv, stdin: Readable.from([]), stdout: sink(), stderr: sink(), cwd: process.cwd(), env: {} });
      if (code !== 0) throw new Error(`vnpress ${argv.join(' ')} exited ${code} while warming the code cache`);
    }
  };
  const recording = loadCli(null);
  const sources = recording.exports.recordLexiconSources();
  await runOver(recording, true);
  writeFileSync(BUNDLE, asciiSource(withLexiconSources(readFileSync(BUNDLE, 'utf8'), sources)));
  const cli = loadCli(null);
  await runOver(cli, false);
  saveCodeCache(cli.script, CODE_CACHE);
}

/** `bundle` with the record of lexicon sources written over its placeholder (there must be one), as an object literal. */
export function withLexiconSources(bundle: string, sources: ReadonlyMap<string, string>): string {
  // esbuild writes string literals in double quotes.
  const PLACEHOLDER = `"__${PLACEHOLDER_NAME}__"`;
  const at = bundle.indexOf(PLACEHOLDER);
  if (at < 0 || bundle.indexOf(PLACEHOLDER, at + 1) >= 0) throw new Error('the CLI bundle must hold the lexicon-source placeholder once');
  // A JSON object is a valid object literal; no key is __proto__ (each starts with its compiler's name).
  const literal = JSON.stringify(Object.fromEntries(sources));
  return bundle.slice(0, at) + literal + bundle.slice(at + PLACEHOLDER.length);
}
