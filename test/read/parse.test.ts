import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { decode } from '../../src/read/decode.js';
import { InputError } from '../../src/core/diagnostics.js';

describe('decode', () => {
  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hà Nội')]);
    expect(decode(bytes, 'a.txt')).toMatchObject({ text: 'Hà Nội', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Đà Nẵng', 'utf16le')]);
    expect(decode(le, 'a.txt').text).toBe('Đà Nẵng');
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(be, 'a.txt')).toMatchObject({ text: 'Đà Nẵng', encoding: 'utf-16be' });
  });

  it('refuses invalid UTF-8 and binary data with an input error naming the file', () => {
    expect(() => decode(new Uint8Array([0x48, 0xe0, 0x20]), 'cu.txt')).toThrow(InputError);
    expect(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]), 'anh.png')).toThrow(/binary/);
  });
});

describe('parse (text files)', () => {
  it('takes the first non-empty line as headline and one block per line', () => {
    const doc = parse('\n  Tiêu đề bài viết  \nĐoạn một.\n\nĐoạn hai.\n', { path: 'a.txt' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['headline', 'Tiêu đề bài viết'],
      ['paragraph', 'Đoạn một.'],
      ['paragraph', 'Đoạn hai.'],
    ]);
  });

  it('keeps line:column of the original file for CRLF and CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const doc = parse(['Tiêu đề', 'Dòng hai', 'Sáng 2/10, hội nghị'].join(eol), { path: 'a.txt' });
      const block = doc.blocks[2];
      expect(doc.lines.position(block.start)).toEqual({ line: 3, column: 1 });
      expect(doc.slice(block)).toBe('Sáng 2/10, hội nghị');
    }
  });

  it('normalises decomposed tone marks to NFC and drops zero-width characters', () => {
    const doc = parse('Ha\u0300 Nô\u0323i\u200b hôm nay'.normalize('NFD'), { path: 'a.txt' });
    expect(doc.text).toBe('Hà Nội hôm nay');
  });

  it('gives old and new tone placement the same match key, keeping the spelling', () => {
    const doc = parse('Hoà bình và hòa bình, thuỷ và thủy', { path: 'a.txt' });
    expect(doc.text).toBe('Hoà bình và hòa bình, thuỷ và thủy');
    const words = doc.key.split(/[ ,]+/);
    expect(words[0].toLowerCase()).toBe(words[3]);
    expect(words[5]).toBe(words[7]);
    expect(doc.key.length).toBe(doc.text.length);
  });
});

describe('parse (Markdown)', () => {
  const md = ['---', 'title: Tiêu đề từ front matter', 'date: 2023-10-02', 'source: Báo Mẫu', '---', '', '# Tiêu đề trong bài', '', 'Chiều 2/10, lễ khai mạc diễn ra.', 'Dòng thứ hai của đoạn.', '', '![Văn nghệ chào mừng](anh.jpg)', ''].join('\n');

  it('reads front matter, with dates kept as ISO strings', () => {
    const doc = parse(md, { path: 'a.md' });
    expect(doc.frontMatter).toMatchObject({ title: 'Tiêu đề từ front matter', date: '2023-10-02', source: 'Báo Mẫu' });
  });

  it('keeps offsets into the whole file, front matter lines included', () => {
    const doc = parse(md, { path: 'a.md' });
    const para = doc.blocks.find((b) => b.text.startsWith('Chiều'))!;
    expect(doc.lines.position(para.start)).toEqual({ line: 9, column: 1 });
    expect(doc.slice(para)).toBe('Chiều 2/10, lễ khai mạc diễn ra.');
  });

  it('reads an image-only paragraph as a caption (its alt text)', () => {
    const doc = parse(md, { path: 'a.md' });
    const caption = doc.blocks.find((b) => b.kind === 'caption')!;
    expect(caption.text).toBe('Văn nghệ chào mừng');
    expect(doc.slice(caption)).toBe('Văn nghệ chào mừng');
  });

  it('reports broken front matter as an input error with its line', () => {
    const broken = '---\ntitle: "không đóng\ndate: [\n---\nThân bài\n';
    try {
      parse(broken, { path: 'hong.md' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).oneLine).toMatch(/^hong\.md:\d+: broken front matter/);
    }
  });

  it('names the file line of a front-matter error, counted from the opening ---', () => {
    const oneLine = (text: string) => {
      try {
        parse(text, { path: 'hong.md' });
      } catch (error) {
        return (error as InputError).oneLine;
      }
      return 'parsed';
    };
    expect(oneLine('---\ntitle: Hội chợ\n  ngày: 2/10\nđịa điểm: Huế\n---\nThân bài\n')).toBe('hong.md:3: broken front matter: bad indentation of a mapping entry');
    expect(oneLine('---\ntitle: Hội chợ\ntitle: Hội sách\n---\nThân bài\n')).toBe('hong.md:3: broken front matter: duplicated mapping key');
  });

  it('reads front matter by the YAML 1.2 core schema: dates and clock times stay text', () => {
    const doc = parse('---\ntitle: Hội chợ\ndate: 2024-10-02\ntime: 14:30\nsố: 0o14\ncó: yes\n---\nThân bài\n', { path: 'c.md' });
    expect(doc.frontMatter).toMatchObject({ date: '2024-10-02', time: '14:30', 'số': 12, 'có': 'yes' });
  });

  it('reports a front-matter date that is not a date as an error diagnostic', () => {
    const doc = parse('---\ndate: hôm qua\n---\nTiêu đề\n', { path: 'b.md' });
    expect(doc.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'front-matter/date', line: 2 }]);
  });
});
