/**
 * Properties over arbitrary input (fast-check): parse + extract never throws, its output
 * always validates against the published JSON Schema, and the JSON and YAML renderings
 * carry the input only as data (they read back to exactly the same values).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { articleSchema } from '../src/model/schema.js';
import { parse } from '../src/read/index.js';
import { articleData } from '../src/render/data.js';
import { renderJson, renderNdjsonLine } from '../src/render/json.js';
import { renderYaml } from '../src/render/yaml.js';
import { checkArticle, REQUIRABLE_FIELDS } from '../src/check/index.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(articleSchema);

// Characters that matter to the parser: Vietnamese letters in both forms, quotation marks,
// front-matter and Markdown syntax, line ends, invisibles, digits and date separators.
const PIECES = [
  'Sáng', ' 2/10', '/2023', ', ', '. ', '\n', '\r\n', '\n\n', '---\n', 'title: ', 'date: ', '2024-05-01', '# ', '*', '_',
  '“', '”', '"', '«', '»', '‘', '’', 'ông ', 'bà ', 'Nguyễn Văn An', ' – ', 'Giám đốc Sở GD&ĐT', ' cho biết', ': ',
  'khai mạc', 'Hội nghị', ' tổ chức', 'UBND', 'TP.', 'Ảnh: ', 'Theo ', '5 thông điệp', 'hoà', 'ho\u0300a', '\u00d0', '\u200b',
  '\u00a0', '\t', '<script>alert(1)</script>', '{{x}}', '${x}', '&amp;', '\\', '`', ':', '- ', '1. ', '> ', '![a](b)',
];
const vietnameseish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), vietnameseish);
const path = fc.constantFrom('a.txt', 'a.md', '-');

function run(text: string, file: string) {
  const doc = parse(text, { path: file });
  return { doc, article: extract(doc, { referenceDate: '2024-01-01' }) };
}

/** The article, or null when the input is refused (an InputError, tested on its own). */
function articleOrNull(text: string, file: string) {
  try {
    return run(text, file).article;
  } catch {
    return null;
  }
}

describe('properties', () => {
  it('parse and extract never throw on any text (except a one-line input error for broken front matter)', () => {
    fc.assert(fc.property(anyText, path, (text, file) => {
      try {
        run(text, file);
      } catch (error) {
        expect((error as Error).name).toBe('InputError');
        expect((error as Error).message).not.toContain('\n');
      }
    }), { numRuns: 400 });
  });

  it('output always validates against the JSON Schema, with and without evidence', () => {
    fc.assert(fc.property(anyText, path, (text, file) => {
      const article = articleOrNull(text, file);
      if (!article) return;
      for (const evidence of [false, true]) {
        const data = JSON.parse(renderJson(article, { evidence }));
        if (!validate(data)) throw new Error(ajv.errorsText(validate.errors));
      }
    }), { numRuns: 300 });
  });

  it('JSON, NDJSON and YAML read back to the same values: input never escapes its strings', () => {
    fc.assert(fc.property(anyText, path, (text, file) => {
      const article = articleOrNull(text, file);
      if (!article) return;
      const data = articleData(article, { evidence: true });
      expect(JSON.parse(renderJson(article, { evidence: true }))).toEqual(data);
      const line = renderNdjsonLine(article);
      expect(line.indexOf('\n')).toBe(line.length - 1);
      expect(JSON.parse(line)).toEqual(articleData(article));
      expect(YAML.parseAllDocuments(renderYaml(article, { evidence: true })).map((d) => d.toJS())).toEqual([data]);
    }), { numRuns: 300 });
  });

  it('check never throws and reports positions inside the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      let parsed;
      try {
        parsed = run(text, 'a.txt');
      } catch {
        return;
      }
      const findings = checkArticle(parsed.doc, parsed.article, { require: REQUIRABLE_FIELDS, referenceDate: '2024-01-01' });
      for (const f of findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(parsed.doc.lines.count);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
    }), { numRuns: 200 });
  });
});
