/**
 * Typography gate: each dev-corpus article, written another way a reader would not notice
 * (double spaces, tabs, CRLF, NFD, non-breaking spaces, a BOM, blank lines between
 * paragraphs, indentation, its separators written with em dashes, hard-wrapped, its headline
 * in capitals, straight quotation marks), must give the values it gives as published (a value keeps the article's own
 * dashes and the headline's case, so dashes compare as one, and case too where it changed). The accuracy gate measures the published texts; this one keeps the
 * rules from leaning on their typography. Skipped only when ../shared is absent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, parse, renderJson } from '../../src/index.js';
import { HAS_SHARED, SHARED } from '../helpers.js';

const VARIANTS: Record<string, (text: string) => string> = {
  'double spaces and tabs between words': (t) => t.replace(/ /g, (_m, at: number) => (at % 5 === 0 ? ' \t' : '  ')),
  'CRLF line ends and a BOM': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
  NFD: (t) => t.normalize('NFD'),
  'non-breaking spaces after commas and full stops': (t) => t.replace(/([,.]) /g, '$1\u00a0'),
  'blank lines between paragraphs, indented': (t) => t.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n\n'),
  'separators written with em dashes': (t) => t.replace(/(?<=\S) [-–] (?=\S)/gu, ' — '),
  'paragraphs hard-wrapped at 72 columns, blank lines between them': (t) => t.split('\n').filter(Boolean).map((line) => wrap(line, 72)).join('\n\n'),
  // Values taken from the headline keep it as written: these compare without case.
  'the headline in capitals': (t) => t.replace(/^[^\n]*/, (headline) => headline.toLocaleUpperCase('vi')),
  // Values keep the article's marks inside a quotation: these compare with curly marks as straight.
  'straight quotation marks': (t) => t.replace(/[“”]/gu, '"'),
};
const CASELESS = new Set(['the headline in capitals']);
const STRAIGHTENED = new Set(['straight quotation marks']);

/** `line` broken at spaces into lines of at most `width` characters (a longer word stands alone). */
function wrap(line: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current].join('\n');
}

describe.skipIf(!HAS_SHARED)('dev corpus typography gate', () => {
  const dir = join(SHARED, 'corpus', 'dev', 'raw');
  const articles = HAS_SHARED ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })) : [];
  const values = (text: string, path: string) => renderJson(extract(parse(text, { path }))).replace(/[\u2012-\u2015\u2212]/gu, '-');

  for (const [name, variant] of Object.entries(VARIANTS)) {
    it(`extracts the same values from every article with ${name}`, () => {
      const read = (text: string, path: string) => {
        const json = values(text, path);
        if (CASELESS.has(name)) return json.toLocaleLowerCase('vi');
        return STRAIGHTENED.has(name) ? json.replace(/\\"|[“”]/gu, '"') : json;
      };
      const changed = articles.filter(({ path, text }) => variant(text) !== text && read(variant(text), path) !== read(text, path));
      expect(articles.filter(({ text }) => variant(text) !== text).length).toBeGreaterThan(articles.length / 2);
      expect(changed.map(({ path }) => path)).toEqual([]);
    });
  }
});
