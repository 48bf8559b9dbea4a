/**
 * Bad input that needs more than a case table: permissions (tests run as root in CI, and
 * root reads any file, so those cases run the CLI as the unprivileged user "nobody"),
 * interrupted runs, and internal errors.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { ROOT, runCli, spawnCli } from '../helpers.js';
import { ARTICLE_MD, ARTICLE_TXT } from '../support/articles.js';
import { makeTree } from '../support/tmp.js';

const IS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
/** As root, the permission cases need "nobody" to be able to run this checkout's CLI at all. */
const NOBODY_CAN_RUN = IS_ROOT && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))})`], NOBODY).status === 0;
const PERMISSIONS_TESTABLE = !IS_ROOT || NOBODY_CAN_RUN;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function tree(files: Record<string, string>): string {
  const { dir, cleanup } = makeTree(files);
  cleanups.push(cleanup);
  return dir;
}

// Skipped only as root in a checkout the unprivileged user cannot read (then no honest way is left).
describe.skipIf(!PERMISSIONS_TESTABLE)('permissions', () => {
  it('names an unreadable file, exits 2, and still parses the others', async () => {
    const dir = tree({ 'a.txt': ARTICLE_TXT, 'b.txt': ARTICLE_TXT });
    chmodSync(join(dir, 'a.txt'), 0o000);
    const args = ['parse', '--format', 'ndjson', 'a.txt', 'b.txt'];
    // As root the file is readable whatever its mode, so run as "nobody" instead.
    const r = IS_ROOT ? spawnCli(args, { cwd: dir, ...NOBODY }) : await runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('vnpress: a.txt: permission denied\nvnpress: 2 inputs: 1 parsed (0 with warnings), 1 failed\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['b.txt']);
  });

  it('names an output folder it may not write into, before reading any input', async () => {
    const dir = tree({ 'a.txt': ARTICLE_TXT });
    mkdirSync(join(dir, 'out'));
    chmodSync(join(dir, 'out'), 0o555);
    const args = ['parse', '--out', 'out', 'a.txt'];
    const r = IS_ROOT ? spawnCli(args, { cwd: dir, ...NOBODY }) : await runCli(args, { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'vnpress: out: output folder cannot be written (permission denied)\n' });
  });
});

// Node's recursive mkdir never returns for a folder /proc refuses: the run must end, with one line.
describe.skipIf(!existsSync('/proc/self'))('output folders that cannot exist', () => {
  it('are one line and exit 2, for parse --out and kit --out', async () => {
    const dir = tree({ 'a.txt': ARTICLE_TXT });
    const parse = await runCli(['parse', '--out', '/proc/vnpress-out', 'a.txt'], { cwd: dir });
    expect(parse).toEqual({ code: 2, stdout: '', stderr: 'vnpress: /proc/vnpress-out: output folder cannot be written (no such file or folder)\n' });
    const kit = await runCli(['kit', '--out', '/proc/vnpress-out', 'a.txt'], { cwd: dir });
    expect(kit.code).toBe(2);
    expect(kit.stderr).toContain('/proc/vnpress-out');
    expect(kit.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('inputs with a huge number of diagnostics', () => {
  it('are reported in full, from worker threads too, and checked', async () => {
    // 200,000 paragraphs, each with a quotation mark never closed: one warning each.
    const text = `Tiêu đề\n${'Đoạn “mở\n'.repeat(200_000)}`;
    const dir = tree({ 'a.txt': text, 'b.txt': text });
    const parsed = spawnCli(['parse', '--format', 'ndjson', '--concurrency', '2', 'a.txt', 'b.txt'], { cwd: dir });
    expect(parsed.stderr).not.toContain('internal error');
    expect(parsed.code).toBe(0);
    expect(parsed.stderr.split('\n').filter((line) => line.endsWith('[segment/unbalanced-quote]'))).toHaveLength(400_000);
    const checked = spawnCli(['check', 'a.txt'], { cwd: dir });
    expect(checked.stderr).not.toContain('internal error');
    expect(checked.stdout).toMatch(/✖ 2000\d\d problems /);
  }, 60_000);
});

describe('interrupted runs', () => {
  it('leave every previous output whole and no temporary files after SIGINT', async () => {
    const count = 400;
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`in/${String(i).padStart(4, '0')}.${i % 2 ? 'md' : 'txt'}`] = i % 2 ? ARTICLE_MD : ARTICLE_TXT.repeat(20);
    const dir = tree(files);
    mkdirSync(join(dir, 'out'));
    const previous = '{ "previous": true }\n';
    for (let i = 0; i < count; i++) writeFileSync(join(dir, 'out', `${String(i).padStart(4, '0')}.json`), previous);

    const child = spawn(process.execPath, [join(ROOT, 'bin', 'vnpress.js'), 'parse', '--out', 'out', 'in'], { cwd: dir, env: { PATH: process.env.PATH } });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // Interrupt once the batch is writing: some outputs are new, others still old.
    const outputs = () => readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'));
    const rewritten = () => outputs().filter((f) => readFileSync(join(dir, 'out', f), 'utf8') !== previous).length;
    const deadline = Date.now() + 15_000;
    while (rewritten() < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const { code, signal } = await exited;

    const contents = outputs().map((f) => readFileSync(join(dir, 'out', f), 'utf8'));
    expect(contents).toHaveLength(count);
    for (const text of contents) expect(() => JSON.parse(text)).not.toThrow(); // old or new, never half
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    if (signal === 'SIGINT') expect(rewritten()).toBeLessThan(count); // it was stopped mid-batch
    else expect(code).toBe(0); // the machine was faster than the signal: all written, all whole
  });
});

describe('interrupted kits', () => {
  it('leave whole kits and no temporary folders or files after SIGINT', async () => {
    const count = 300;
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) files[`in/${String(i).padStart(4, '0')}.txt`] = ARTICLE_TXT.replace('Tiêu đề', `Tiêu đề ${i}`);
    const dir = tree(files);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'vnpress.js'), 'kit', '--out', 'out', '--zip', 'in'], { cwd: dir, env: { PATH: process.env.PATH } });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const kits = () => (existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')).filter((f) => !f.startsWith('.') && !f.endsWith('.zip')) : []);
    const deadline = Date.now() + 15_000;
    while (kits().length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(readdirSync(join(dir, 'out')).filter((f) => f.includes('.tmp'))).toEqual([]);
    const complete = readdirSync(join(dir, 'out', kits()[0])).sort();
    for (const kit of kits()) expect(readdirSync(join(dir, 'out', kit)).sort()).toEqual(complete);
    if (signal !== 'SIGINT') expect(code).toBe(0); // the machine was faster than the signal
  }, 60_000);
});

describe('internal errors', () => {
  const broken = () => {
    const original = extractors[0].run;
    (extractors[0] as { run: typeof original }).run = (ctx) => {
      if (ctx.doc.path.includes('bug')) throw new Error('extractor exploded');
      original(ctx);
    };
    cleanups.push(() => { (extractors[0] as { run: typeof original }).run = original; });
  };

  it('are one line per input, exit 2, and do not stop the batch', async () => {
    broken();
    const dir = tree({ 'bug.txt': ARTICLE_TXT, 'ok.txt': ARTICLE_TXT });
    const r = await runCli(['parse', '--format', 'ndjson', 'bug.txt', 'ok.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe([
      'vnpress: bug.txt: internal error: extractor exploded',
      'vnpress: set VNPRESS_DEBUG=1 for the stack trace, and please report it',
      'vnpress: 2 inputs: 1 parsed (0 with warnings), 1 failed',
      '',
    ].join('\n'));
    expect(JSON.parse(r.stdout).file).toBe('ok.txt');
  });

  it('show the stack trace with --debug or VNPRESS_DEBUG=1', async () => {
    broken();
    const dir = tree({ 'bug.txt': ARTICLE_TXT });
    for (const run of [
      () => runCli(['parse', '--debug', 'bug.txt'], { cwd: dir }),
      () => runCli(['parse', 'bug.txt'], { cwd: dir, env: { VNPRESS_DEBUG: '1' } }),
    ]) {
      const r = await run();
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^vnpress: bug\.txt: internal error: extractor exploded\nError: extractor exploded\n\s+at /);
    }
  });
});

it('has no stray files after a normal run with --out', () => {
  const dir = tree({ 'a.txt': ARTICLE_TXT });
  expect(spawnCli(['parse', '--out', 'out', 'a.txt'], { cwd: dir }).code).toBe(0);
  expect(readdirSync(join(dir, 'out'))).toEqual(['a.json']);
  expect(existsSync(join(dir, 'out', 'a.json'))).toBe(true);
});

describe('streaming', () => {
  it('waits for a slow reader instead of buffering the whole NDJSON batch', async () => {
    const { Readable, Writable } = await import('node:stream');
    const { main } = await import('../../src/cli/main.js');
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`in/${String(i).padStart(2, '0')}.txt`] = ARTICLE_TXT;
    const dir = tree(files);
    let peak = 0;
    let lines = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        lines += chunk.toString().split('\n').length - 1;
        setTimeout(callback, 10);
      },
    });
    const original = slow.write.bind(slow);
    slow.write = ((chunk: string) => {
      const ok = original(chunk);
      peak = Math.max(peak, slow.writableLength);
      return ok;
    }) as typeof slow.write;
    const stderr = new Writable({ write: (_c, _e, cb) => cb() });
    const code = await main({ argv: ['parse', '--format', 'ndjson', 'in'], stdin: Readable.from([]), stdout: slow, stderr, cwd: dir, env: {} });
    await new Promise((r) => slow.end(r));
    expect(code).toBe(0);
    expect(lines).toBe(30);
    const oneLine = ARTICLE_TXT.length * 4; // generous: one article's JSON line
    expect(peak).toBeLessThan(oneLine);
  });

  /**
   * `vnpress parse --format ndjson` over `count` inputs with one warning each (no date),
   * `closed` destroyed after its first chunk as `head -1` does: the exit code and what the
   * other stream received.
   */
  async function closeAfterFirstChunk(closed: 'stdout' | 'stderr', count: number): Promise<{ code: number | null; other: string }> {
    const files: Record<string, string> = {};
    // A dozen paragraphs each, so that the batch takes long enough (about 0.3 ms an input) for
    // the stop to show however slowly this side gets to closing the stream under load.
    const paragraphs = Array.from({ length: 12 }, (_, k) => `Đoạn thứ ${k + 1} kể lại buổi gặp mặt của các hội viên, không nêu ngày giờ.`);
    const article = `Tiêu đề bài viết\n\n${paragraphs.join('\n\n')}\n`;
    for (let i = 0; i < count; i++) files[`in/${String(i).padStart(4, '0')}.txt`] = article;
    const dir = tree(files);
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'vnpress.js'), 'parse', '--format', 'ndjson', 'in'], { cwd: dir, env: { PATH: process.env.PATH } });
    let other = '';
    child[closed === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk: Buffer) => (other += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => child[closed].once('data', () => resolve()));
    child[closed].destroy();
    return { code: await exited, other };
  }

  it('stops reading inputs once the reader goes away (`… | head -1`), quietly and with exit 0', async () => {
    const count = 2000;
    const { code, other: stderr } = await closeAfterFirstChunk('stdout', count);
    expect(code).toBe(0);
    // Each input read prints its one warning.
    const warned = stderr.split('\n').filter((line) => line.includes('[event/no-date]')).length;
    expect(warned).toBeGreaterThan(0);
    expect(warned).toBeLessThan(count / 2);
    expect(stderr).not.toMatch(/inputs:/); // no summary of a batch cut short
    expect(stderr).not.toMatch(/EPIPE|cannot write/);
  });

  it('goes on writing the data when the reader of its diagnostics goes away (`2>&1 >out | head -1`), and exits 0', async () => {
    const { code, other: stdout } = await closeAfterFirstChunk('stderr', 300);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(300);
  });
});
