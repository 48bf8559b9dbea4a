import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { frontMatterBlock } from '../../src/read/markdown.js';
import { parse } from '../../src/read/index.js';
import { InputError } from '../../src/core/diagnostics.js';

// Files whose front matter is delimited in every way gray-matter tells apart.
const FILES = [
  '---\ntitle: Hội chợ\ndate: 2024-10-02\n---\n\nSáng 2/10, hội chợ khai mạc.\n',
  '---\r\ntitle: Hội chợ\r\n---\r\nThân bài\r\n',
  '---yaml\ntitle: Hội chợ\n---\nThân bài\n',
  '--- yml \ntitle: Hội chợ\n---\nThân bài\n',
  '---\ntitle: Hội chợ\n',
  '---\n---\nThân bài\n',
  '---\n# chỉ có chú thích\n---\nThân bài\n',
  '---\ntitle: Hội chợ\n----\nThân bài\n',
  '---\ntitle: Hội chợ\n---thêm\nThân bài\n',
  '---\ntitle: Hội chợ\n---\n\n\nThân bài\n',
  '----\ntitle: Hội chợ\n----\nThân bài\n',
  'Tiêu đề\n---\ntitle: Hội chợ\n---\n',
  '',
];

describe('frontMatterBlock', () => {
  it('delimits the block and the body exactly as gray-matter does', () => {
    for (const text of FILES) {
      const block = frontMatterBlock(text);
      // gray-matter, with its YAML engine replaced by one that only records the block.
      let seen: string | null = null;
      const file = matter(text, { engines: { yaml: (source: string) => ((seen = source), {}) } });
      expect(text.slice(block?.bodyStart ?? 0), JSON.stringify(text)).toBe(file.content);
      if (block && block.yaml.replace(/^\s*#[^\n]+/gm, '').trim()) expect(block.yaml, JSON.stringify(text)).toBe(seen);
    }
  });

  it('gives the language named after the opening delimiter, and null when there is no block', () => {
    expect(frontMatterBlock('---yaml\na: b\n---\n')?.language).toBe('yaml');
    expect(frontMatterBlock('---\na: b\n---\n')?.language).toBe('');
    expect(frontMatterBlock('----\na: b\n----\n')).toBeNull();
    expect(frontMatterBlock('Tiêu đề\n---\n')).toBeNull();
  });
});

describe('front matter that is not YAML', () => {
  it('refuses a "---js" block without running it', () => {
    const flag = '__vnpressFrontMatterRan';
    const text = `---js\n{ title: (globalThis.${flag} = true, 'Hội chợ') }\n---\nThân bài\n`;
    expect(() => parse(text, { path: 'js.md' })).toThrow(InputError);
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
    try {
      parse(text, { path: 'js.md' });
    } catch (error) {
      expect((error as InputError).oneLine).toBe('js.md:1: front matter in "js" is not supported (only YAML is)');
    }
  });

  it('ignores a block that is not fields, with a warning', () => {
    const doc = parse('---\n- một\n- hai\n---\nThân bài\n', { path: 'list.md' });
    expect(doc.frontMatter).toEqual({});
    expect(doc.diagnostics).toMatchObject([{ severity: 'warning', ruleId: 'front-matter/fields' }]);
    expect(doc.text.slice(doc.bodyStart)).toBe('Thân bài\n');
  });
});
