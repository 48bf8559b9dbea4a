/**
 * The CLI's main thread extracts its inputs in groups (extractor by extractor): at most
 * MAIN_THREAD_GROUP inputs, and no more text than GROUP_CHARS besides the last input, so
 * that a batch of huge files does not hold many of them at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAIN_THREAD_GROUP } from '../../src/cli/concurrency.js';
import { GROUP_CHARS } from '../../src/cli/load.js';
import { extractors } from '../../src/extract/index.js';
import { runCli } from '../helpers.js';
import { ARTICLE_TXT } from '../support/articles.js';
import { makeTree } from '../support/tmp.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** Run `parse` over `files`; the documents the first extractor met, in groups (a new group starts when the second extractor has run). */
async function groupsOf(files: Record<string, string>): Promise<string[][]> {
  const { dir, cleanup } = makeTree(files);
  cleanups.push(cleanup);
  const groups: string[][] = [[]];
  const [first, second] = [extractors[0], extractors[1]] as { run: (typeof extractors)[0]['run'] }[];
  const [runFirst, runSecond] = [first.run, second.run];
  let secondRan = false;
  first.run = (ctx) => {
    if (secondRan) groups.push([]);
    secondRan = false;
    groups[groups.length - 1].push(ctx.doc.path);
    runFirst(ctx);
  };
  second.run = (ctx) => {
    secondRan = true;
    runSecond(ctx);
  };
  cleanups.push(() => {
    first.run = runFirst;
    second.run = runSecond;
  });
  const r = await runCli(['parse', '--format', 'ndjson', '--concurrency', '1', '.'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout.trim().split('\n')).toHaveLength(Object.keys(files).length);
  return groups;
}

const name = (i: number) => `${String(i).padStart(3, '0')}.txt`;

describe('groups of inputs extracted together', () => {
  it('hold at most MAIN_THREAD_GROUP articles', async () => {
    const count = MAIN_THREAD_GROUP * 2 + 3;
    const groups = await groupsOf(Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i), ARTICLE_TXT])));
    expect(groups.map((g) => g.length)).toEqual([MAIN_THREAD_GROUP, MAIN_THREAD_GROUP, 3]);
    expect(groups.flat()).toEqual(Array.from({ length: count }, (_, i) => name(i)));
  });

  it('close once their text reaches GROUP_CHARS', async () => {
    // Each about 40% of the budget: two stay under it, the third takes the group past it.
    const paragraph = ARTICLE_TXT.split('\n').slice(1).join('\n');
    const big = ARTICLE_TXT + paragraph.repeat(Math.ceil((0.4 * GROUP_CHARS) / paragraph.length));
    const groups = await groupsOf(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [name(i), big])));
    expect(groups.map((g) => g.length)).toEqual([3, 2]);
  }, 30_000);
});
