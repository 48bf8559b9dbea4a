/**
 * Metamorphic: a plain-text fixture saved as the Markdown a user would write ("# " and the
 * headline, then each further line its own paragraph, blank lines between) extracts the
 * values the text does: a Markdown paragraph of one line is read as the text's line is,
 * photo lines among them. Only the evidence differs: it points into the Markdown file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseArticle } from '../src/index.js';
import { FIXTURES } from './helpers.js';

/** The text as Markdown: its headline a level-1 heading, every other line a paragraph. */
function asMarkdown(text: string): string {
  const [headline, ...lines] = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return [`# ${headline}`, ...lines].join('\n\n') + '\n';
}

/** The article's values without their evidence (offsets into one file or the other). */
function values(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(values);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'evidence' && k !== 'file').map(([k, v]) => [k, values(v)]));
}

const articles = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

describe('plain-text fixtures saved as Markdown', () => {
  it('has fixtures with photo lines to read', () => {
    const withCaptions = articles.filter((name) => parseArticle(readFileSync(join(FIXTURES, name), 'utf8'), { path: name }).captions.length > 0);
    expect(withCaptions.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of articles) {
    it(`${name} as Markdown gives the values it does as text`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const markdown = asMarkdown(text);
      const mdName = name.replace(/\.txt$/, '.md');
      // Not vacuous: read as Markdown, the headline a heading.
      expect(parse(markdown, { path: mdName }).format).toBe('md');
      expect(values(parseArticle(markdown, { path: mdName })), mdName).toEqual(values(parseArticle(text, { path: name })));
    });
  }
});
