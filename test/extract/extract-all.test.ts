import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { derivedKey, VnDocument } from '../../src/core/document.js';
import { extract, extractAll, extractEach, extractors } from '../../src/extract/index.js';
import { parse } from '../../src/read/index.js';
import { renderJson } from '../../src/render/json.js';
import { generateArticle, loadSources } from '../bench/corpus.js';
import { FIXTURES, SHARED } from '../helpers.js';

// extractAll runs each extractor over all the documents before the next extractor: the
// data an extractor derives from a document (tokens, candidate indexes) must be found again
// for that document, not for the one extracted last.
const DEV_RAW = join(SHARED, 'corpus', 'dev', 'raw');

const read = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
const docsOf = (list: { path: string; text: string }[]) => list.map(({ path, text }) => parse(text, { path }));
const oneByOne = (list: { path: string; text: string }[]) => docsOf(list).map((doc) => renderJson(extract(doc)));
const together = (list: { path: string; text: string }[]) => extractAll(docsOf(list)).map((article) => renderJson(article));

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

describe('extractAll', () => {
  it('gives each fixture the article extract gives it', () => {
    const list = read(FIXTURES);
    expect(together(list)).toEqual(oneByOne(list));
  });

  it('gives each of 200 generated articles the article extract gives it', () => {
    const sources = loadSources([FIXTURES, DEV_RAW]);
    const list = Array.from({ length: 200 }, (_, i) => generateArticle(sources, i)).map(({ name, text }) => ({ path: name, text }));
    expect(together(list)).toEqual(oneByOne(list));
  }, 60_000);

  it.skipIf(!existsSync(DEV_RAW))('gives each dev-corpus article the article extract gives it', () => {
    const list = read(DEV_RAW);
    expect(together(list)).toEqual(oneByOne(list));
  });

  it('throws what an extractor throws', () => {
    const original = extractors[1].run;
    (extractors[1] as { run: typeof original }).run = () => { throw new Error('extractor exploded'); };
    restore.push(() => { (extractors[1] as { run: typeof original }).run = original; });
    expect(() => extractAll(docsOf(read(FIXTURES)))).toThrow('extractor exploded');
  });
});

describe('extractEach', () => {
  it('keeps going past an extractor that throws on one document: only that one fails', () => {
    const list = read(FIXTURES);
    const expected = oneByOne(list);
    const original = extractors[2].run;
    (extractors[2] as { run: typeof original }).run = (ctx) => {
      if (ctx.doc.path === list[1].path) throw new Error('extractor exploded');
      original(ctx);
    };
    restore.push(() => { (extractors[2] as { run: typeof original }).run = original; });
    const outcomes = extractEach(docsOf(list));
    expect(outcomes.map((o) => o.ok)).toEqual(list.map((_, i) => i !== 1));
    const failed = outcomes[1];
    expect(!failed.ok && (failed.error as Error).message).toBe('extractor exploded');
    outcomes.forEach((o, i) => { if (o.ok) expect(renderJson(o.article)).toBe(expected[i]); });
  });

  it('leaves no derived data on the documents, whether an extractor throws or not', () => {
    const docs = docsOf(read(FIXTURES).slice(0, 3));
    const drops = docs.map((doc) => vi.spyOn(doc, 'dropDerived'));
    extractEach(docs);
    expect(drops.map((d) => d.mock.calls.length)).toEqual([1, 1, 1]);
    const original = extractors[0].run;
    (extractors[0] as { run: typeof original }).run = () => { throw new Error('extractor exploded'); };
    restore.push(() => { (extractors[0] as { run: typeof original }).run = original; });
    expect(() => extract(docs[0])).toThrow('extractor exploded');
    expect(drops[0].mock.calls.length).toBe(2);
  });
});

describe('VnDocument.derived', () => {
  it('makes data once, again when it is out of date, and drops it', () => {
    const doc = new VnDocument('t.txt', 'Tiêu đề', 'txt');
    const key = derivedKey<{ made: number }>('test');
    let made = 0;
    const make = () => ({ made: ++made });
    expect(doc.derived(key, make).made).toBe(1);
    expect(doc.derived(key, make).made).toBe(1);
    expect(doc.derived(key, make, (d) => d.made > 1).made).toBe(2);
    expect(doc.kept(key)?.made).toBe(2);
    doc.keep(key, { made: 10 });
    expect(doc.derived(key, make).made).toBe(10);
    doc.dropDerived();
    expect(doc.kept(key)).toBeUndefined();
    expect(doc.derived(key, make).made).toBe(3);
  });
});
