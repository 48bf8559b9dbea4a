/** Test helpers: run the CLI in-process against buffers, paths to fixtures and ../shared. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SHARED = join(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'corpus', 'dev'));

/** A small deterministic generator (a linear congruential one): the same numbers in [0, 1) on every run. */
export function seededRandom(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export interface RunOptions {
  stdin?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** Pretend these streams are terminals. */
  tty?: { stdout?: boolean; stderr?: boolean };
}

/** Run `vnpress ...argv` in-process; `stdin` is what standard input holds. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  const out = sink();
  const err = sink();
  if (options.tty?.stdout) Object.assign(out.stream, { isTTY: true, columns: 80 });
  if (options.tty?.stderr) Object.assign(err.stream, { isTTY: true, columns: 80 });
  const code = await main({
    argv,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: out.stream,
    stderr: err.stream,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
  });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}

/**
 * Run `node bin/vnpress.js ...argv` as a child process (dist/ is built by the global
 * setup). The environment is only PATH and `env`, so the CI's own variables do not leak in.
 */
export function spawnCli(argv: string[], options: RunOptions & { uid?: number; gid?: number } = {}): CliResult {
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'vnpress.js'), ...argv], {
    cwd: options.cwd ?? ROOT,
    input: options.stdin ?? '',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    uid: options.uid,
    gid: options.gid,
    timeout: 30_000,
    // Room for the output of a batch with many diagnostics (the default is 1 MB).
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: child.status ?? -1, stdout: child.stdout.toString('utf8'), stderr: child.stderr.toString('utf8') };
}
