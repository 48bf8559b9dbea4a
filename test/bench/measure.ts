/**
 * The bench's measurements besides the floor (./floor.ts): the library's parse in-process,
 * the time per extractor, and child processes timed with their peak RSS.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { extractAll, extractors, type ExtractContext } from '../../src/extract/index.js';
import { MAIN_THREAD_GROUP } from '../../src/cli/concurrency.js';
import { createArticle } from '../../src/model/article.js';
import { decode } from '../../src/read/decode.js';
import { parse } from '../../src/read/index.js';
import type { Throughput } from './floor.js';

/**
 * The library over the same files: decode, parse, extract, in groups of documents extracted
 * together (extractAll), as the CLI does on its main thread.
 */
export function parseInProcess(files: readonly string[]): Throughput {
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < files.length; i += MAIN_THREAD_GROUP) {
    const docs = files.slice(i, i + MAIN_THREAD_GROUP).map((file) => {
      const data = readFileSync(file);
      bytes += data.length;
      return parse(decode(data, file).text, { path: file });
    });
    extractAll(docs);
  }
  return { articles: files.length, bytes, ms: performance.now() - t0 };
}

/** Milliseconds spent in each extractor (and in parse) over the files. */
export function extractorTimes(files: readonly string[]): Map<string, number> {
  const times = new Map<string, number>([['parse', 0]]);
  for (const file of files) {
    const p0 = performance.now();
    const doc = parse(decode(readFileSync(file), file).text, { path: file });
    times.set('parse', times.get('parse')! + performance.now() - p0);
    const ctx: ExtractContext = { doc, article: createArticle(file), options: {} };
    for (const extractor of extractors) {
      const e0 = performance.now();
      extractor.run(ctx);
      const name = extractor.fields.join('+');
      times.set(name, (times.get(name) ?? 0) + performance.now() - e0);
    }
  }
  return times;
}

export interface ChildRun {
  ms: number;
  /** Peak resident set size of the child, bytes (threads included). */
  peakRss: number;
  code: number;
  stderr: string;
}

/**
 * Settings in the environment that make every Node process start slower, whatever it runs:
 * NODE_EXTRA_CA_CERTS makes Node parse a certificate bundle before any script (on the
 * development machine, 220 KB of certificates: 60 ms, two thirds of `node -e 0`). Kept, it
 * would hide the tool's own start-up cost in the ratio to `node -e 0`; the bench's child
 * processes run without them, as on a machine with Node's defaults.
 */
export const SLOW_START_SETTINGS = ['NODE_EXTRA_CA_CERTS'] as const;

/** The environment for the bench's child processes: this one without SLOW_START_SETTINGS. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of SLOW_START_SETTINGS) delete env[name];
  return env;
}

// Preloaded into the child: on exit, write its own peak RSS (getrusage) to a file.
const RSS_HOOK = 'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(process.env.VNPRESS_BENCH_RSS,String(process.resourceUsage().maxRSS)))';

/** Run `node args…` with stdout to /dev/null: wall time and peak RSS. */
export function runNode(args: readonly string[], rssFile: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', RSS_HOOK, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: childEnv({ VNPRESS_BENCH_RSS: rssFile }),
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { if (stderr.length < 4096) stderr += c.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const peakRss = Number(readFileSync(rssFile, 'utf8')) * 1024;
      rmSync(rssFile, { force: true });
      resolve({ ms, peakRss, code: code ?? -1, stderr });
    });
  });
}

/**
 * Median wall time of each command, the commands interleaved so drift hits them all alike;
 * in `env` (default: childEnv()).
 */
export function startTimes(commands: readonly (readonly string[])[], runs: number, env: NodeJS.ProcessEnv = childEnv()): number[] {
  const times = commands.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    commands.forEach((args, i) => {
      const t0 = performance.now();
      spawnSync(process.execPath, args, { stdio: 'ignore', env });
      times[i].push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((a, b) => a - b)[t.length >> 1]);
}
