/**
 * Accuracy gate (like trafilatura's eval gate): parse the dev corpus in-process, score it
 * with ../shared/eval/score.mjs and fail when the macro score or any field drops below the
 * floor pinned in floors.json. Skipped only when ../shared is absent.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract, parse, renderJson } from '../../src/index.js';
import { HAS_SHARED, SHARED } from '../helpers.js';

interface Report {
  score: number;
  failures: string[];
  fields: Record<string, { value: number }>;
}

const floors = JSON.parse(readFileSync(join(import.meta.dirname, 'floors.json'), 'utf8')) as {
  score: number;
  fields: Record<string, number>;
};

describe.skipIf(!HAS_SHARED)('dev corpus accuracy gate', () => {
  const corpus = join(SHARED, 'corpus', 'dev');
  const predictions = mkdtempSync(join(tmpdir(), 'vnpress-gate-'));
  afterAll(() => rmSync(predictions, { recursive: true, force: true }));

  const report = (): Report => {
    for (const file of readdirSync(join(corpus, 'raw')).filter((f) => f.endsWith('.txt'))) {
      const path = join(corpus, 'raw', file);
      const article = extract(parse(readFileSync(path, 'utf8'), { path }));
      writeFileSync(join(predictions, file.replace(/\.txt$/, '.json')), renderJson(article));
    }
    const out = execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), '--corpus', corpus, '--pred', predictions, '--json'], { encoding: 'utf8' });
    return JSON.parse(out) as Report;
  };

  it('scores every field at or above its pinned floor', () => {
    const { score, fields, failures } = report();
    expect(failures).toEqual([]);
    const below = Object.entries(floors.fields)
      .filter(([name, floor]) => (fields[name]?.value ?? 0) < floor)
      .map(([name, floor]) => `${name}: ${fields[name]?.value} < floor ${floor}`);
    expect(below).toEqual([]);
    expect(score).toBeGreaterThanOrEqual(floors.score);
  });
});
