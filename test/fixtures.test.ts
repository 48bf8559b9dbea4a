/**
 * Fixture pairs: fixtures/NAME.{txt,md} → fixtures/NAME.json (the parse output without
 * evidence). Regenerate on purpose with `UPDATE=1 npx vitest run test/fixtures.test.ts`
 * and review the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, parse, renderJson } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { schemaErrors } from './schema.js';

const articles = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).sort();
const UPDATE = process.env.UPDATE === '1';

function parseFixture(name: string) {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const doc = parse(text, { path: name });
  return { text, doc, article: extract(doc) };
}

describe('fixtures', () => {
  it('has at least 8 articles, txt and md', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.some((a) => a.endsWith('.md'))).toBe(true);
  });

  for (const name of articles) {
    describe(name, () => {
      const expectedPath = join(FIXTURES, name.replace(/\.(txt|md)$/, '.json'));
      const { doc, article } = parseFixture(name);

      it('matches its expected JSON', () => {
        const actual = renderJson(article);
        if (UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
        expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
      });

      it('validates against the JSON Schema, with and without evidence', () => {
        expect(schemaErrors(JSON.parse(renderJson(article)))).toBe('');
        expect(schemaErrors(JSON.parse(renderJson(article, { evidence: true })))).toBe('');
      });

      it('gives every value evidence that points into the text', () => {
        const all = [
          ...Object.values(article.evidence).flat(),
          ...[article.organizers, article.people, article.organizations, article.messages, article.quotes, article.captions, article.dates]
            .flat()
            .flatMap((v) => v.evidence),
        ];
        for (const item of [article.organizers, article.people, article.messages, article.quotes, article.captions, article.dates].flat()) {
          expect(item.evidence.length, JSON.stringify(item)).toBeGreaterThan(0);
        }
        for (const e of all) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(doc.text.length);
          expect(e.start).toBeLessThanOrEqual(e.end);
          expect(doc.lines.position(e.start)).toEqual({ line: e.line, column: e.column });
          expect(e.rule).toMatch(/^[a-z-]+\.[a-z0-9.-]+$/);
        }
      });
    });
  }

  it('extracts the same from decomposed (NFD) text as from composed text', () => {
    const nfc = JSON.parse(renderJson(parseFixture('ban-tin-ngan.txt').article));
    const nfd = JSON.parse(renderJson(parseFixture('nfd-ban-tin-ngan.txt').article));
    expect(readFileSync(join(FIXTURES, 'nfd-ban-tin-ngan.txt'), 'utf8')).not.toBe(readFileSync(join(FIXTURES, 'ban-tin-ngan.txt'), 'utf8'));
    expect({ ...nfd, file: null }).toEqual({ ...nfc, file: null });
  });
});
