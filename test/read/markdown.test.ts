import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import fc from 'fast-check';
import { frontMatterBlock, holdsMoreValues, markdownBlocks, MAX_NESTING, nestingDepth, plainMarkdownBlocks } from '../../src/read/markdown.js';
import { VnDocument } from '../../src/core/document.js';
import { parse } from '../../src/read/index.js';
import { InputError } from '../../src/core/diagnostics.js';
import { parseArticle } from '../../src/pipeline.js';

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

describe('front matter whose aliases expand to a huge value ("billion laughs")', () => {
  /** Twelve aliases of twelve aliases, `levels` deep: 12 ** levels values, in a few lines. */
  const laughs = (levels: number) => {
    const lines = ['l0: &l0 [a, a, a, a, a, a, a, a, a, a, a, a]'];
    for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(12).fill(`*l${i - 1}`).join(', ')}]`);
    return `---\n${lines.join('\n')}\norganizers: *l${levels - 1}\ntitle: *l${levels - 1}\n---\nThân bài\n`;
  };

  it('is refused in one line, before any field is read', () => {
    expect(() => parse(laughs(4), { path: 'cuoi.md' })).toThrow(InputError);
    try {
      parse(laughs(4), { path: 'cuoi.md' });
    } catch (error) {
      expect((error as InputError).oneLine).toBe('cuoi.md:1: front matter holds more than 10,000 values once its aliases are expanded');
    }
  });

  it('is read when it stays small', () => {
    expect(parse(laughs(2), { path: 'cuoi.md' }).frontMatter.organizers).toHaveLength(12);
  });

  it('counts each alias where it is used, and stops at the limit', () => {
    const shared = [1, 2, 3];
    // The object, its two fields, and three values in each.
    expect(holdsMoreValues({ a: shared, b: shared }, 9)).toBe(false);
    expect(holdsMoreValues({ a: shared, b: shared, c: shared }, 9)).toBe(true);
    expect(holdsMoreValues({ a: 'một' }, 1)).toBe(true);
    expect(holdsMoreValues(null, 1)).toBe(false);
  });
});

describe('nestingDepth (how deep a Markdown body may nest, at most)', () => {
  it('counts block-quote and list markers and half the indentation, on lines with a marker only', () => {
    const depth = (body: string) => nestingDepth(body).depth;
    expect(depth('Đoạn văn.\n\nMột đoạn nữa.\n')).toBe(0);
    expect(depth('- một\n- hai\n')).toBe(1);
    expect(nestingDepth('- một\n  - hai\n    1. ba\n')).toEqual({ depth: 3, line: 14 });
    expect(depth('> - trích\n> > lồng\n')).toBe(3);
    expect(depth('- '.repeat(10) + 'a')).toBe(10 + 5);
    expect(depth(' '.repeat(200) + 'thụt lề mà không có dấu\n')).toBe(0);
    expect(depth('2024. Năm\n-1 độ\n*nhấn mạnh*\n')).toBe(1);
  });

  it('stops at the first line past its limit', () => {
    const body = `${'> '.repeat(20)}a\n${'> '.repeat(100)}b\n`;
    expect(nestingDepth(body)).toEqual({ depth: 150, line: 42 });
    expect(nestingDepth(body, 8)).toEqual({ depth: 30, line: 0 });
  });
});

describe('Markdown nested deeper than marked reads in good time', () => {
  it('is read as plain text, with a warning', () => {
    const deep = Array.from({ length: MAX_NESTING + 5 }, (_, i) => `${'  '.repeat(i)}- mục ${i}`).join('\n');
    const doc = parse(`# Tiêu đề\n\n${deep}\n`, { path: 'a.md' });
    const warning = doc.diagnostics.find((d) => d.ruleId === 'read/markdown-nesting');
    // Item i, on line 3 + i, may nest 1 + i deep: the first past the limit is item MAX_NESTING.
    expect(warning).toMatchObject({ severity: 'warning', line: 3 + MAX_NESTING });
    expect(doc.blocks[0]).toMatchObject({ kind: 'headline', text: '# Tiêu đề' });
    expect(doc.blocks[1].text).toBe('- mục 0');
    expect(doc.blocks).toHaveLength(MAX_NESTING + 6);
  });

  it('as deep as real articles nest, is read as Markdown', () => {
    const doc = parse('# Tiêu đề\n\n- một\n  - hai\n    - ba\n', { path: 'a.md' });
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('read/markdown-nesting');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Tiêu đề', 'một', 'hai', 'ba']);
  });
});

describe('plainMarkdownBlocks', () => {
  // Line starts that open (or may open) every block construct marked knows, and harmless ones.
  const STARTS = ['- a', '> x', '* c', '', ' ', '   ', '    ', '\t', '\u00a0', '#', '##', '#######', '# ', '#\u00a0', '- ', '-', '---', '--', '* ', '*', '***', '**', '_', '___', '+ ', '+', '1. ', '1) ', '12', '2024.', '> ', '>', '```', '~~~', '<div>', '<', '|', '| a |', '[a]: /b', '[', ':', ':--', '=', '===', '!', '\\', 'Ảnh', 'Sáng 2/10', '\r', '\f', '\u0000', '\u000b-', '- a', '* *x*', '+ b', '- - c', '-  d', '- > e', '- # f', '> > g', '>> h', '> - i', '> # j', '* ', '_ k'];
  const RESTS = ['', ' ', 'chữ', 'Ảnh: Hồng Hà', ' #', ' ##', '#', ' a #', '*x*', '| b', '![ảnh](a.jpg)', '![](a.jpg)', 'a | b', ' - c', '\r', '\u000b'];
  const line = fc.tuple(fc.constantFrom(...STARTS), fc.constantFrom(...RESTS)).map(([a, b]) => a + b);
  const body = fc.array(line, { maxLength: 10 }).map((lines) => lines.join('\n'));

  it('gives what marked gives, on every body it reads', () => {
    let read = 0;
    fc.assert(fc.property(body, (text) => {
      const doc = new VnDocument('a.md', text, 'md');
      const fast = plainMarkdownBlocks(doc, 0);
      if (fast) {
        read++;
        expect(fast, JSON.stringify(text)).toEqual(markdownBlocks(doc, text));
      }
    }), { numRuns: 5000 });
    // Not vacuous: a fair share of the bodies take the fast path.
    expect(read).toBeGreaterThan(500);
  });

  it('gives what marked gives on bodies where a line reads otherwise after a list item', () => {
    // marked ends an item at a line (or the line after one) that opens a heading once the
    // item's indentation is cut off; "_" marks no list item, and its line may be a caption.
    const bodies = ['- a\n#######\n*x*', '- a\n\u0000 ##\n*x*', '_ x_\n', '- a\n_ x_\nb', '- a\n> ![q](b.jpg)\n*x*', '- a\n\n![q](b.jpg)'];
    for (const text of bodies) {
      const doc = new VnDocument('a.md', text, 'md');
      const fast = plainMarkdownBlocks(doc, 0);
      if (fast) expect(fast, JSON.stringify(text)).toEqual(markdownBlocks(doc, text));
    }
    // Not vacuous: a quote or a paragraph after a list is read.
    expect(plainMarkdownBlocks(new VnDocument('a.md', bodies[4], 'md'), 0)).not.toBeNull();
    expect(plainMarkdownBlocks(new VnDocument('a.md', bodies[5], 'md'), 0)).not.toBeNull();
  });

  it('leaves an item in an item to marked, however deep the line nests them', () => {
    const text = `${'- '.repeat(100_000)}a\n`;
    expect(plainMarkdownBlocks(new VnDocument('a.md', text, 'md'), 0)).toBeNull();
  });

  it('reads an article with a heading, captions in emphasis and images, and refuses an ordered list', () => {
    const text = '# Hội chợ sách mở cửa\n\nSáng 2/10, hội chợ khai mạc.\n*Ảnh: Hồng Hà*\n\n![Khách tham quan](a.jpg)\n#hashtag ở đầu dòng\n';
    const doc = new VnDocument('a.md', text, 'md');
    const blocks = plainMarkdownBlocks(doc, 0);
    expect(blocks?.map((b) => [b.kind, b.text])).toEqual([['heading', 'Hội chợ sách mở cửa'], ['paragraph', 'Sáng 2/10, hội chợ khai mạc.'], ['caption', 'Ảnh: Hồng Hà'], ['caption', 'Khách tham quan'], ['paragraph', '#hashtag ở đầu dòng']]);
    expect(blocks).toEqual(markdownBlocks(doc, text));
    expect(plainMarkdownBlocks(new VnDocument('a.md', 'Đoạn văn\n1. mục một\n', 'md'), 0)).toBeNull();
  });

  it('reads no block from an image without alt text, so the photo line under it stands between paragraphs', () => {
    const lead = 'Sáng 2/10, Sở Văn hóa tỉnh tổ chức khai mạc hội chợ sách mùa thu năm 2024 tại công viên trung tâm với hơn 100 gian hàng của các nhà xuất bản và công ty sách trong cả nước.';
    const next = 'Hội chợ kéo dài đến hết ngày 8/10, mở cửa miễn phí từ 8 giờ đến 21 giờ hằng ngày, với nhiều hoạt động giao lưu tác giả, tọa đàm và các chương trình khuyến mãi dành cho bạn đọc.';
    const text = `# Hội chợ sách mùa thu mở cửa\n\n${lead}\n\n![](anh-1.jpg)\n\nĐại biểu cắt băng khai mạc hội chợ sách.\n\n${next}\n`;
    const doc = new VnDocument('a.md', text, 'md');
    const blocks = plainMarkdownBlocks(doc, 0);
    expect(blocks?.map((b) => b.text)).toEqual(['Hội chợ sách mùa thu mở cửa', lead, 'Đại biểu cắt băng khai mạc hội chợ sách.', next]);
    expect(blocks).toEqual(markdownBlocks(doc, text));
    expect(parseArticle(text, { path: 'a.md' }).captions.map((c) => c.text)).toEqual(['Đại biểu cắt băng khai mạc hội chợ sách.']);
  });
});
