import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { VnDocument } from '../../src/core/document.js';
import { LIST_MARKS } from '../../src/core/chars.js';

const blocks = (text: string, path = 'a.txt') => parse(text, { path }).blocks.map((b) => [b.kind, b.text]);

// A press release hard-wrapped at 60 columns, blank lines between paragraphs.
const LEAD = [
  'Sáng 12/3, Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định tổ',
  'chức khai mạc Ngày hội sách và văn hóa đọc năm 2025 tại',
  'Quảng trường Nguyễn Tất Thành, thành phố Quy Nhơn.',
];
const SECOND = [
  'Phát biểu tại buổi lễ, bà Trần Thị Thu Hà, Phó Giám đốc Sở',
  'cho biết ngày hội năm nay có 40 gian hàng của các nhà xuất',
  'bản, công ty phát hành sách và thư viện trong tỉnh.',
];
const WRAPPED = ['Bình Định khai mạc Ngày hội sách năm 2025', '', ...LEAD, '', 'Các đại biểu cắt băng khai mạc ngày hội.', '', ...SECOND, ''].join('\n');

describe('hard-wrapped plain text', () => {
  it('reads each blank-line-parted paragraph as one block, its line breaks as spaces', () => {
    expect(blocks(WRAPPED)).toEqual([
      ['headline', 'Bình Định khai mạc Ngày hội sách năm 2025'],
      ['paragraph', LEAD.join(' ')],
      ['paragraph', 'Các đại biểu cắt băng khai mạc ngày hội.'],
      ['paragraph', SECOND.join(' ')],
    ]);
  });

  it('keeps offsets, and line:column counted from the file', () => {
    const doc = parse(WRAPPED, { path: 'a.txt' });
    // Each soft break was a line feed alone: the text keeps its length.
    expect(doc.text).toBe(WRAPPED.replace(/(?<=\S)\n(?=\S)/g, ' '));
    const at = doc.text.indexOf('Quảng trường');
    expect(WRAPPED.slice(at, at + 12)).toBe('Quảng trường');
    expect(doc.lines.position(at)).toEqual({ line: 5, column: 1 });
    // Sentences and the match key read the joined text too.
    expect(doc.sentences[1].text).toBe(LEAD.join(' '));
    expect(doc.key.length).toBe(doc.text.length);
    expect(doc.key.includes('\n')).toBe(doc.text.includes('\n'));
  });

  it('joins a line broken after a hyphen without a space', () => {
    const text = [
      'Tuyên dương học sinh giỏi', '',
      'Chiều 5/6, tại Hội trường tỉnh, Sở Giáo dục và Đào tạo tỉnh Thừa Thiên-',
      'Huế tổ chức lễ tuyên dương 120 học sinh đạt giải trong kỳ thi học sinh',
      'giỏi quốc gia năm học 2024-2025.', '',
    ].join('\n');
    const doc = parse(text, { path: 'a.txt' });
    expect(doc.blocks[1].text).toBe('Chiều 5/6, tại Hội trường tỉnh, Sở Giáo dục và Đào tạo tỉnh Thừa Thiên-Huế tổ chức lễ tuyên dương 120 học sinh đạt giải trong kỳ thi học sinh giỏi quốc gia năm học 2024-2025.');
    // The evidence still finds "Huế" at the start of line 4, and the last word on line 5.
    const at = doc.text.indexOf('Huế');
    expect(doc.lines.position(at)).toEqual({ line: 4, column: 1 });
    expect(doc.lines.position(doc.text.indexOf('quốc gia'))).toEqual({ line: 5, column: 6 });
    expect(doc.lines.position(at - 1)).toEqual({ line: 3, column: 71 });
  });

  it('keeps a short headline right above a wrapped lead a block of its own, and a list after a colon', () => {
    const text = [
      'Bình Định khai mạc Ngày hội sách',
      ...LEAD, '',
      'Chương trình của ngày hội năm nay gồm nhiều hoạt động như:',
      '- Triển lãm sách quý về lịch sử và văn hóa Bình Định.',
      '- Giao lưu giữa bạn đọc nhỏ tuổi với các nhà văn.', '',
      ...SECOND, '',
    ].join('\n');
    expect(blocks(text)).toEqual([
      ['headline', 'Bình Định khai mạc Ngày hội sách'],
      ['paragraph', LEAD.join(' ')],
      ['paragraph', 'Chương trình của ngày hội năm nay gồm nhiều hoạt động như:'],
      ['paragraph', '- Triển lãm sách quý về lịch sử và văn hóa Bình Định.'],
      ['paragraph', '- Giao lưu giữa bạn đọc nhỏ tuổi với các nhà văn.'],
      ['paragraph', SECOND.join(' ')],
    ]);
  });

  it('reads a list item opened by any list mark, a dash of every kind included, as a block of its own', () => {
    for (const mark of LIST_MARKS) {
      const text = [
        'Bình Định khai mạc Ngày hội sách',
        ...LEAD, '',
        'Chương trình của ngày hội năm nay gồm nhiều hoạt động như:',
        `${mark} Triển lãm sách quý về lịch sử và văn hóa Bình Định.`,
        `${mark} Giao lưu giữa bạn đọc nhỏ tuổi với các nhà văn.`, '',
        ...SECOND, '',
      ].join('\n');
      expect(blocks(text).slice(2, 5).map(([, t]) => t[0]), mark).toEqual(['C', mark, mark]);
    }
  });

  it('joins nothing in a file of one paragraph a line, with or without blank lines between', () => {
    const lines = ['Bình Định khai mạc Ngày hội sách năm 2025', LEAD.join(' '), 'Các đại biểu cắt băng khai mạc ngày hội.', SECOND.join(' ')];
    for (const text of [lines.join('\n'), lines.join('\n\n'), `${lines[0]}\n${lines[1]}\n\n${lines.slice(2).join('\n')}`]) {
      const doc = parse(text, { path: 'a.txt' });
      expect(doc.blocks.map((b) => b.text)).toEqual(lines);
      expect(doc.text).toBe(text);
    }
  });

  it('joins nothing in short lines, a list or lines that end sentences, even with blank lines between', () => {
    const schedule = ['Lịch làm việc ngày 14/3', '', '8 giờ: Đón tiếp đại biểu', '8 giờ 30: Khai mạc hội nghị', '9 giờ: Báo cáo tổng kết', '', '10 giờ: Thảo luận tổ', '11 giờ: Bế mạc'].join('\n');
    const list = [
      'Danh sách cơ quan phối hợp tổ chức', '',
      '- Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định',
      '- Hội Văn học Nghệ thuật tỉnh Bình Định và các hội viên',
      '- Thư viện tỉnh Bình Định và thư viện các trường học', '',
      'Ủy ban nhân dân thành phố Quy Nhơn',
      'Trung tâm Văn hóa tỉnh',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Bình Định',
    ].join('\n');
    const sentences = [
      'Hội nghị tổng kết năm', '',
      'Năm qua, toàn ngành đã hoàn thành tốt các chỉ tiêu đề ra.',
      'Tỷ lệ học sinh tốt nghiệp đạt 98%, tăng 2% so với năm trước.',
      'Nhiều trường được công nhận đạt chuẩn quốc gia mức độ hai.', '',
    ].join('\n');
    for (const text of [schedule, list, sentences]) {
      const doc = parse(text, { path: 'a.txt' });
      expect(doc.text).toBe(text);
      expect(doc.blocks.map((b) => b.text)).toEqual(text.split('\n').filter((l) => l));
    }
  });

  it('reads the white space around a soft break as one space: a line ending in a space, an indented line', () => {
    const text = WRAPPED.replace(`${LEAD[0]}\n`, `${LEAD[0]} \n`).replace(`\n${LEAD[2]}`, `\n    ${LEAD[2]}`);
    const doc = parse(text, { path: 'a.txt' });
    expect(doc.blocks[1].text).toBe(LEAD.join(' '));
    expect(doc.sentences[1].text).toBe(LEAD.join(' '));
    // No run of spaces is left: a text whose one oddity is a line ending in a space stays single-spaced.
    expect(parse(WRAPPED.replace(`${LEAD[0]}\n`, `${LEAD[0]} \n`), { path: 'a.txt' }).singleSpaced).toBe(true);
    // Line and column stay the file's: the third line's text starts at column 5.
    expect(doc.lines.position(doc.text.indexOf('Quảng trường'))).toEqual({ line: 5, column: 5 });
    expect(doc.lines.position(doc.text.indexOf('chức khai'))).toEqual({ line: 4, column: 1 });
    expect(doc.lines.position(doc.text.indexOf('Các đại biểu'))).toEqual({ line: 7, column: 1 });
  });
});

describe('hard-wrapped Markdown', () => {
  it("reads a paragraph's soft line breaks as spaces; a caption in emphasis under a line stays a caption", () => {
    const text = ['---', 'title: Bình Định khai mạc Ngày hội sách', '---', '', ...LEAD, '*Các đại biểu cắt băng khai mạc ngày hội.*', '', ...SECOND, ''].join('\n');
    expect(blocks(text, 'a.md')).toEqual([
      ['paragraph', LEAD.join(' ')],
      ['caption', 'Các đại biểu cắt băng khai mạc ngày hội.'],
      ['paragraph', SECOND.join(' ')],
    ]);
  });

  it('reads a body of one paragraph a line as before', () => {
    const text = ['# Bình Định khai mạc Ngày hội sách', '', LEAD.join(' '), SECOND.join(' '), '', 'Các đại biểu cắt băng khai mạc ngày hội.', ''].join('\n');
    const doc = parse(text, { path: 'a.md' });
    expect(doc.text).toBe(text);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Bình Định khai mạc Ngày hội sách', LEAD.join(' '), SECOND.join(' '), 'Các đại biểu cắt băng khai mạc ngày hội.']);
  });
});

describe('VnDocument.joinLines', () => {
  it('reads each gap as a space or as nothing in the text and the match key alike, lines counted from the file', () => {
    const text = 'Hoà bình  \n  thuỷ lợi\nThừa Thiên-\nHuế nay';
    const doc = new VnDocument('a.txt', text, 'txt');
    expect(doc.key).toBe('Hòa bình  \n  thủy lợi\nThừa Thiên-\nHuế nay');
    const first = { start: 8, end: 13, space: true };
    const second = { start: text.indexOf('\nHuế'), end: text.indexOf('Huế'), space: false };
    const moved = doc.joinLines([first, second]);
    expect(doc.text).toBe('Hoà bình thuỷ lợi\nThừa Thiên-Huế nay');
    expect(doc.key).toBe('Hòa bình thủy lợi\nThừa Thiên-Huế nay');
    expect(moved(text.indexOf('thuỷ'))).toBe(doc.text.indexOf('thuỷ'));
    expect(moved(text.indexOf('Huế'))).toBe(doc.text.indexOf('Huế'));
    expect(moved(10)).toBe(9);
    expect(doc.lines.count).toBe(4);
    expect(doc.lines.position(doc.text.indexOf('thuỷ'))).toEqual({ line: 2, column: 3 });
    expect(doc.lines.position(doc.text.indexOf('Thừa'))).toEqual({ line: 3, column: 1 });
    expect(doc.lines.position(doc.text.indexOf('Huế') + 4)).toEqual({ line: 4, column: 5 });
  });
});
