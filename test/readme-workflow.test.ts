/**
 * The GitHub Actions example in the README runs as shown: each `run:` step that calls
 * vnpress is executed for each shard of the matrix (with `npx vnpress` standing for this
 * build), over a folder of articles, and must succeed and produce what the next steps use.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { ARTICLE_MD, ARTICLE_TXT } from './support/articles.js';
import { makeTree } from './support/tmp.js';

interface Workflow {
  jobs: Record<string, { strategy: { matrix: { shard: number[] } }; steps: { run?: string }[] }>;
}

// The README's ```yaml block that defines the workflow (it starts with "name: vnpress").
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = /```yaml\n((?:#[^\n]*\n)*name: vnpress\n[\s\S]*?)```/.exec(readme);
if (!block) throw new Error('README.md has no GitHub Actions workflow example');
const workflow = YAML.parse(block[1]) as Workflow;
const job = workflow.jobs.articles;
const { dir, cleanup } = makeTree({
  'articles/2024/ngay-hoi-doc-sach.txt': ARTICLE_TXT,
  'articles/2024/hoi-thi-ke-chuyen.md': ARTICLE_MD,
  'articles/2023/ngay-hoi-cu.txt': ARTICLE_TXT.replace('2024', '2023'),
  'vnpress.config.json': JSON.stringify({ require: ['title'] }),
});
afterAll(cleanup);

describe('GitHub Actions example', () => {
  const steps = job.steps.filter((s) => s.run?.includes('vnpress'));

  it('has the check, SARIF and parse steps', () => {
    expect(steps).toHaveLength(3);
  });

  for (const shard of job.strategy.matrix.shard) {
    it(`runs every vnpress step of shard ${shard}`, () => {
      const bin = `${process.execPath} ${join(ROOT, 'bin', 'vnpress.js')}`;
      for (const step of steps) {
        const script = step.run!.replace(/npx vnpress/g, bin).replace(/\$\{\{ matrix\.shard \}\}/g, String(shard));
        execFileSync('bash', ['-eo', 'pipefail', '-c', script], { cwd: dir, env: { PATH: process.env.PATH }, stdio: 'pipe' });
      }
      const sarif = JSON.parse(readFileSync(join(dir, `vnpress-${shard}.sarif`), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      const lines = readFileSync(join(dir, `articles-${shard}.ndjson`), 'utf8').trim().split('\n');
      expect(lines.map((l) => JSON.parse(l).file)).toHaveLength(shard === 1 ? 2 : 1);
    });
  }
});
