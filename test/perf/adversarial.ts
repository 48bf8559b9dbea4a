/**
 * Inputs built to make patterns backtrack or loops go quadratic, and a runner that parses
 * each one in a worker thread it can stop: a regression to exponential time then fails
 * (or shows in the bench) instead of hanging the run. Shared by the test and the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';

export interface AdversarialCase {
  name: string;
  path: string;
  text: string;
}

const SIZE = 1024 * 1024;

/** `unit` repeated to one megabyte, on one line. */
const megabyte = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** `unit` repeated to a one-megabyte line under a short headline. */
function line(unit: string): string {
  return `Tiêu đề bài viết\n${megabyte(unit)}\n`;
}

export function adversarialCases(): AdversarialCase[] {
  const txt = (name: string, unit: string): AdversarialCase => ({ name, path: `${name}.txt`, text: line(unit) });
  return [
    txt('curly quotes, unclosed', '“'),
    txt('curly quote pairs', '“a” '),
    txt('straight quotes', '"'),
    txt('nested openers', '«„‘(“'),
    txt('capitalised words', 'Nguyễn Văn Bình '),
    txt('capitalised words, no spaces', 'ĐàoXuânThành'),
    txt('digits and slashes', '12/10/'),
    txt('digits, dots and dashes', '1.2-3,4 '),
    txt('honorifics without names', 'ông bà anh chị '),
    txt('titles without names', 'Phó Giám đốc Sở '),
    txt('initials and dots', 'a.'),
    txt('abbreviations', 'TP.PGS.TS. '),
    txt('sentence ends', '. '),
    { name: 'one run of sentence marks', path: 'marks.txt', text: `Tiêu đề\n${'!?.'.repeat(SIZE / 3)}x\n` },
    txt('speech verbs', 'cho biết: nói: '),
    txt('words said before their speaker', 'Việc này rất quan trọng với mọi người dân, ông Hà Văn Khuê cho biết, và '),
    txt('mixed quotation marks and apostrophes', '“a" "b” \'c \'d\' H\'Mông '),
    txt('dashes and commas', ' – , '),
    txt('spaces', ' '),
    { name: 'markdown emphasis', path: 'emphasis.md', text: `# Tiêu đề\n\n${'**a _'.repeat(SIZE / 5)}\n` },
    { name: 'markdown brackets', path: 'brackets.md', text: `# Tiêu đề\n\n${'[!['.repeat(SIZE / 3)}\n` },
    { name: 'markdown list in a list, one line', path: 'nested-list.md', text: `# Tiêu đề\n\n${megabyte('- ')}a\n` },
    { name: 'markdown lists indented deeper each line', path: 'indented-lists.md', text: `# Tiêu đề\n\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')}\n` },
    // A file of one line is all headline, which other rules read (title, event name, a
    // headline quotation's speaker): a text saved without line breaks is such a file.
    { name: 'curly quote pairs, one line', path: 'one-line-quotes.txt', text: megabyte('“a” ') },
    { name: 'nested openers, one line', path: 'one-line-openers.txt', text: megabyte('«„‘(“') },
    { name: 'an article on one line', path: 'one-line-article.txt', text: megabyte(`${readFileSync(join(findRoot(), 'fixtures', 'khai-mac-hoi-sach.txt'), 'utf8').replace(/\s+/g, ' ')} `) },
  ];
}

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

// The worker runs the real pipeline from src/, bundled once to a script for an eval worker.
const WORKER_BODY = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ text, path }) => {
  const t0 = performance.now();
  vnpress.parseArticle(text, { path });
  parentPort.postMessage(performance.now() - t0);
});`;

function workerSource(): string {
  const root = findRoot();
  const out = buildSync({
    stdin: { contents: `export { parseArticle } from './src/pipeline.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'iife', globalName: 'vnpress', write: false, logLevel: 'silent',
    // A script has no import.meta: lazily required dependencies resolve from the sources.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'src', 'index.ts')).href) },
  });
  return `${out.outputFiles[0].text}\n${WORKER_BODY}`;
}

export interface CaseTiming {
  name: string;
  /** Milliseconds, or null when the case ran past the limit and was stopped. */
  ms: number | null;
}

/** Parse each case in a worker; a case past `limitMs` is stopped and timed as null. */
export async function timeCases(cases: readonly AdversarialCase[], limitMs: number): Promise<CaseTiming[]> {
  const source = workerSource();
  const timings: CaseTiming[] = [];
  let worker: Worker | null = null;
  for (const c of cases) {
    worker ??= new Worker(source, { eval: true });
    const w = worker;
    let onMessage = (_ms: number) => {};
    let onError = (_error: Error) => {};
    const ms = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => resolve(null), limitMs);
      onMessage = (value) => { clearTimeout(timer); resolve(value); };
      onError = (error) => { clearTimeout(timer); reject(error); };
      w.on('message', onMessage).on('error', onError);
      w.postMessage({ text: c.text, path: c.path });
    });
    w.off('message', onMessage).off('error', onError);
    if (ms === null) {
      await w.terminate();
      worker = null;
    }
    timings.push({ name: c.name, ms });
  }
  await worker?.terminate();
  return timings;
}
