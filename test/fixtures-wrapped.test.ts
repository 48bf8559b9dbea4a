/**
 * Metamorphic: a fixture article hard-wrapped (each paragraph filled to a width, blank lines
 * between, as an e-mail or a "save as text" export lays it out) extracts the same values as
 * the article as written. Only the evidence differs: it points into the wrapped file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseArticle } from '../src/index.js';
import { FIXTURES } from './helpers.js';

/** `paragraph` broken into lines of at most `width` characters, greedily at spaces (textwrap.fill). */
function fill(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A Markdown line that is no paragraph text (a heading, an image, emphasis, a quote, an item). */
const MARKDOWN_STRUCTURE = /^(?:#|!\[|\*|_|>|- |\d+\. )/;

/** The article hard-wrapped at `width`: each paragraph line filled, a blank line after each. */
function wrapped(text: string, markdown: boolean, width: number): string {
  let body = text;
  let frontMatter = '';
  if (markdown && text.startsWith('---\n')) {
    const end = text.indexOf('\n---\n', 4) + 5;
    frontMatter = text.slice(0, end);
    body = text.slice(end);
  }
  const lines = body.split(/\r?\n/).filter((l) => l.trim());
  return frontMatter + lines.map((l) => (markdown && MARKDOWN_STRUCTURE.test(l) ? l : fill(l.trim(), width))).join('\n\n') + '\n';
}

/** The article's values without their evidence (offsets into one file or the other). */
function values(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(values);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'evidence' && k !== 'file').map(([k, v]) => [k, values(v)]));
}

const lineCount = (text: string) => text.split('\n').filter((l) => l.trim()).length;

const articles = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).sort();

describe('fixtures hard-wrapped', () => {
  for (const name of articles) {
    it(`${name} wrapped at 76 and 64 columns gives the values the article as written does`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const markdown = name.endsWith('.md');
      const expected = values(parseArticle(text, { path: name }));
      for (const width of [76, 64]) {
        const wrappedText = wrapped(text, markdown, width);
        // Not vacuous: paragraphs span lines, and are read joined.
        expect(lineCount(wrappedText)).toBeGreaterThan(lineCount(text));
        expect(parse(wrappedText, { path: name }).blocks.length).toBeLessThan(lineCount(wrappedText));
        expect(values(parseArticle(wrappedText, { path: name })), `${name} at ${width}`).toEqual(expected);
      }
    });
  }
});
