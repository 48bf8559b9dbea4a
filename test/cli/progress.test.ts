import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { PROGRESS_MIN_INPUTS, createStatusLine } from '../../src/cli/progress.js';
import { colorLevel } from '../../src/cli/color.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../helpers.js';
import { ARTICLE_TXT } from '../support/articles.js';
import { makeTree } from '../support/tmp.js';

const ESC = '\u001b[';

function fakeIO(env: Record<string, string> = {}, tty = true): CliIO & { err: () => string } {
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c.toString()));
  Object.assign(stderr, { isTTY: tty, columns: 60 });
  return { argv: [], stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: '/', env, err: () => chunks.join('') };
}

describe('progress bar', () => {
  it('draws on a terminal for many inputs, clears itself around messages, and leaves no trace', async () => {
    const io = fakeIO();
    let clock = 0;
    const status = createStatusLine(io, { total: 40, now: () => (clock += 100) });
    status.tick('bai/001.txt');
    status.line('bai/001.txt:1:1: warning x [y]');
    for (let i = 2; i <= 40; i++) status.tick(`bai/${i}.txt`);
    status.done();
    await new Promise((r) => setImmediate(r));
    const err = io.err();
    expect(err).toContain('[#-------------------] 1/40 bai/001.txt');
    expect(err).toContain('\r\u001b[Kbai/001.txt:1:1: warning x [y]\n');
    expect(err).toContain('[####################] 40/40 bai/40.txt');
    expect(err.endsWith('\r\u001b[K')).toBe(true);
  });

  it('is not drawn in CI, when stderr is not a terminal, with --quiet, or for few inputs', async () => {
    for (const [io, options] of [
      [fakeIO({ CI: 'true' }), { total: 40 }],
      [fakeIO({}, false), { total: 40 }],
      [fakeIO(), { total: 40, quiet: true }],
      [fakeIO(), { total: PROGRESS_MIN_INPUTS - 1 }],
    ] as const) {
      const status = createStatusLine(io, options);
      status.tick('a.txt');
      status.line('message');
      status.done();
      await new Promise((r) => setImmediate(r));
      expect(io.err()).toBe('message\n');
    }
  });

  it('appears in a real batch on a terminal, and not when piped', async () => {
    const files = Object.fromEntries(Array.from({ length: PROGRESS_MIN_INPUTS }, (_, i) => [`bai/${String(i).padStart(3, '0')}.txt`, ARTICLE_TXT]));
    const { dir, cleanup } = makeTree(files);
    try {
      const onTerminal = await runCli(['parse', 'bai', '--format', 'ndjson'], { cwd: dir, tty: { stderr: true } });
      expect(onTerminal.stderr).toContain(`[####################] ${PROGRESS_MIN_INPUTS}/${PROGRESS_MIN_INPUTS}`);
      const piped = await runCli(['parse', 'bai', '--format', 'ndjson'], { cwd: dir });
      expect(piped.stderr).toBe(`vnpress: ${PROGRESS_MIN_INPUTS} inputs: ${PROGRESS_MIN_INPUTS} parsed (0 with warnings), 0 failed\n`);
      expect(piped.stdout.trim().split('\n')).toHaveLength(PROGRESS_MIN_INPUTS);
    } finally {
      cleanup();
    }
  });
});

describe('colours', () => {
  const tty = Object.assign(new PassThrough(), { isTTY: true });
  const pipe = new PassThrough();

  it('are on for a terminal and off for a pipe', () => {
    expect(colorLevel(tty, {})).toBe(1);
    expect(colorLevel(pipe, {})).toBe(0);
    expect(colorLevel(tty, { TERM: 'dumb' })).toBe(0);
  });

  it('respect NO_COLOR, and FORCE_COLOR above it', () => {
    expect(colorLevel(tty, { NO_COLOR: '1' })).toBe(0);
    expect(colorLevel(tty, { NO_COLOR: '' })).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '1' })).toBe(1);
    expect(colorLevel(pipe, { FORCE_COLOR: '3' })).toBe(3);
    expect(colorLevel(tty, { FORCE_COLOR: '0' })).toBe(0);
    expect(colorLevel(tty, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(1);
  });

  it('reach the text reporter through the CLI', async () => {
    const { dir, cleanup } = makeTree({ 'a.txt': ARTICLE_TXT });
    try {
      const args = ['check', 'a.txt', '--require', 'source.url'];
      expect((await runCli(args, { cwd: dir, tty: { stdout: true } })).stdout).toContain(`${ESC}31m`);
      expect((await runCli(args, { cwd: dir, tty: { stdout: true }, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
      expect((await runCli(args, { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}31m`);
      expect((await runCli(args, { cwd: dir })).stdout).not.toContain(ESC);
    } finally {
      cleanup();
    }
  });
});
