import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTO_MIN_INPUTS, orderedMap, threadsFor } from '../../src/cli/concurrency.js';
import { GROUP_CHARS } from '../../src/cli/load.js';
import { ARTICLE_TXT } from '../support/articles.js';
import { loadSources, writeCorpus } from '../bench/corpus.js';
import { FIXTURES, ROOT, runCli } from '../helpers.js';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('orderedMap', () => {
  it('yields results in input order when later items finish first', async () => {
    const out = await collect(orderedMap([30, 1, 20, 2, 10], 5, async (ms) => { await delay(ms); return ms; }));
    expect(out.map((o) => (o.ok ? o.value : null))).toEqual([30, 1, 20, 2, 10]);
  });

  it('never has more than `limit` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await collect(orderedMap(Array.from({ length: 20 }, (_, i) => i), 3, async (i) => {
      most = Math.max(most, ++inFlight);
      await delay(i % 4);
      inFlight--;
      return i;
    }));
    expect(most).toBe(3);
  });

  it('yields a failure as an outcome and goes on with the rest', async () => {
    const out = await collect(orderedMap([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error('bad input');
      return n;
    }));
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[1].ok ? null : (out[1].error as Error).message).toBe('bad input');
  });
});

describe('threadsFor', () => {
  it('keeps the batch on the main thread unless threads are asked for', () => {
    expect(threadsFor(10_000)).toBe(1);
    expect(threadsFor(10, 4)).toBe(4);
  });

  it('keeps a small batch on the main thread under auto', () => {
    expect(threadsFor(AUTO_MIN_INPUTS - 1, 'auto', 8)).toBe(1);
  });

  it('never starts more threads than there are inputs', () => {
    expect(threadsFor(2, 8)).toBe(2);
  });

  it('uses every core (up to 8) for a large batch under auto', () => {
    expect(threadsFor(10_000, 'auto', 4)).toBe(4);
    expect(threadsFor(10_000, 'auto', 32)).toBe(8);
  });

  it('stays on the main thread under auto with two cores or fewer', () => {
    expect(threadsFor(10_000, 'auto', 2)).toBe(1);
    expect(threadsFor(10_000, 'auto', 1)).toBe(1);
  });
});

describe('parse --concurrency', () => {
  it('rejects a thread count that is not a whole number of 1 or more', async () => {
    const r = await runCli(['parse', '--concurrency', '0', '-'], { stdin: 'Tiêu đề\nNội dung.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/auto or a whole number of threads/);
  });

  it('runs on the main thread unless threads are asked for (workers cost memory each)', async () => {
    const r = await runCli(['parse', '--help']);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/--concurrency <n> worker threads \(about 65 MB each\), or auto: one per core for 64 or more inputs \(default: 1\)/);
  });

  it('gives the same output on one thread as the default', async () => {
    const stdin = 'Khai mạc hội chợ sách\nSáng 3/4, hội chợ sách khai mạc.\n';
    const one = await runCli(['parse', '--concurrency', '1', '-'], { stdin });
    const auto = await runCli(['parse', '-'], { stdin });
    expect(one.stdout).toBe(auto.stdout);
  });
});

// Worker threads run the built worker (the bundled CLI's dist/vnpress/worker.js): spawn it.
const BUILT = existsSync(join(ROOT, 'dist', 'vnpress', 'worker.js'));

describe.skipIf(!BUILT)('parse --concurrency on worker threads (built CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpress-concurrency-'));
  writeCorpus(loadSources([FIXTURES]), dir, 0, 40);
  // An input that fails in the worker: its error must come back and be reported in order.
  writeFileSync(join(dir, '000', '000020-binary.txt'), Buffer.from([0x00, 0x01, 0x02]));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'vnpress.js'), ...args], { cwd: dir, maxBuffer: 64 << 20 })
    .catch((error: { code: number; stdout: string; stderr: string }) => ({ ...error, failed: error.code }));

  it('prints the same ndjson, in input order, on 3 threads as on the main thread', async () => {
    const [one, three] = await Promise.all([
      run(['parse', '.', '--format', 'ndjson', '--concurrency', '1']),
      run(['parse', '.', '--format', 'ndjson', '--concurrency', '3']),
    ]);
    const files = three.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toHaveLength(40);
    expect(files).toEqual([...files].sort());
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toMatch(/vnpress: 000\/000020-binary\.txt: /);
    expect(three.stderr).toBe(one.stderr);
    expect('failed' in three && three.failed).toBe(2);
  });

  it('sends the evidence back from the threads when it is printed (and only then: see dropEvidence)', async () => {
    const [one, three] = await Promise.all([
      run(['parse', '000', '--format', 'ndjson', '--evidence', '--concurrency', '1']),
      run(['parse', '000', '--format', 'ndjson', '--evidence', '--concurrency', '3']),
    ]);
    const articles = three.stdout.trim().split('\n').map((l) => JSON.parse(l) as { people: { evidence?: unknown[] }[]; evidence?: object });
    const people = articles.flatMap((a) => a.people);
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.evidence?.length)).toBe(true);
    expect(articles.every((a) => Object.keys(a.evidence ?? {}).includes('title'))).toBe(true);
    expect(three.stdout).toBe(one.stdout);
  });

  it('prints the same on 2 threads as on the main thread when a group reaches GROUP_CHARS', async () => {
    // Twelve on two threads: groups of three, which a worker extracts two and one (see GROUP_CHARS).
    const big = mkdtempSync(join(tmpdir(), 'vnpress-concurrency-big-'));
    try {
      const paragraph = ARTICLE_TXT.split('\n').slice(1).join('\n');
      const text = ARTICLE_TXT + paragraph.repeat(Math.ceil((0.6 * GROUP_CHARS) / paragraph.length));
      for (let n = 0; n < 12; n++) writeFileSync(join(big, `${String(n).padStart(2, '0')}.txt`), text);
      const [one, two] = await Promise.all([
        run(['parse', big, '--format', 'ndjson', '--concurrency', '1']),
        run(['parse', big, '--format', 'ndjson', '--concurrency', '2']),
      ]);
      expect(two.stdout.trim().split('\n')).toHaveLength(12);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 60_000);
});
