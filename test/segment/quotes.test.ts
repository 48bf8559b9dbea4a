import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/core/text.js';
import { parse } from '../../src/read/index.js';
import { findDocumentQuotes, findQuotes } from '../../src/segment/quotes.js';

const quotesOf = (text: string) => parse(text, { path: 'a.txt' }).quotes;

describe('findQuotes', () => {
  it('finds curly, guillemet and straight quotes with inner offsets', () => {
    const doc = parse('Tiêu đề\nKhẩu hiệu “Sống xanh mỗi ngày”, «Nói không với rác» và "Tiết kiệm điện".', { path: 'a.txt' });
    expect(doc.quotes.map((q) => q.text)).toEqual(['Sống xanh mỗi ngày', 'Nói không với rác', 'Tiết kiệm điện']);
    for (const q of doc.quotes) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads every pair of marks', () => {
    const texts = quotesOf("Tiêu đề\nCác khẩu hiệu “một”, «hai», „ba“, ‘bốn’, \"năm\", 'sáu' được treo.").map((q) => q.text);
    expect(texts).toEqual(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu']);
  });

  it('keeps a quote nested in another one as its own span', () => {
    const texts = quotesOf('Tiêu đề\n“Chúng ta phải giữ vững “kỷ cương trường học” trong mọi hoạt động”, ông Lâm nói.').map((q) => q.text);
    expect(texts).toEqual(['Chúng ta phải giữ vững “kỷ cương trường học” trong mọi hoạt động', 'kỷ cương trường học']);
  });

  it('nests a straight quote in a straight one where the inner mark can only open', () => {
    const nested = quotesOf('Tiêu đề\n"Mỗi trường phải giữ vững "kỷ cương trường học" trong mọi hoạt động", ông Lâm nói.').map((q) => q.text);
    expect(nested).toEqual(['Mỗi trường phải giữ vững "kỷ cương trường học" trong mọi hoạt động', 'kỷ cương trường học']);
    // After a word, a straight mark closes: two quotations side by side do not nest.
    const siblings = quotesOf('Tiêu đề\nKhẩu hiệu "Sống xanh" và "Tiết kiệm điện" được treo.').map((q) => q.text);
    expect(siblings).toEqual(['Sống xanh', 'Tiết kiệm điện']);
  });

  it('does not read an apostrophe between letters as a quotation mark', () => {
    const block = { index: 0, kind: 'paragraph' as const, start: 0, end: 30, text: 'Nhóm nhạc Rock’n’Roll biểu diễn' };
    expect(findQuotes(block)).toEqual([]);
  });

  it('joins a quotation that runs over several paragraphs up to its closing mark', () => {
    const doc = parse('Tiêu đề\n“Đoạn thứ nhất của lời phát biểu.\nĐoạn thứ hai vẫn là lời của bà ấy.”\nĐoạn kể chuyện tiếp theo.', { path: 'a.txt' });
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].unclosed).toBe(false);
    expect(doc.quotes[0].text).toBe('Đoạn thứ nhất của lời phát biểu.\nĐoạn thứ hai vẫn là lời của bà ấy.');
  });

  it('ends a quotation from an earlier paragraph at the first closing mark of a later one', () => {
    const doc = parse('Tiêu đề\n“Lời mở đầu.\nCâu tiếp theo.” Rồi một dấu lạc” và dấu nữa”.', { path: 'a.txt' });
    expect(doc.quotes.map((q) => [q.text, q.unclosed])).toEqual([['Lời mở đầu.\nCâu tiếp theo.', false]]);
  });

  it('joins a straight quotation that runs over paragraphs, reopened or not, up to its closing mark', () => {
    const doc = parse('Tiêu đề\n"Đoạn một của lời nói.\n"Đoạn hai của lời nói.\nĐoạn ba kết thúc." ông Vàng nói.', { path: 'a.txt' });
    expect(doc.quotes.map((q) => [q.text.startsWith('Đoạn một') && q.text.endsWith('Đoạn ba kết thúc.'), q.unclosed])).toEqual([[true, false]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('closes a straight quotation with a mark after a space at the end of a later paragraph', () => {
    const doc = parse('Tiêu đề\nBà Lan kêu gọi: "Đoạn một của lời kêu gọi.\nĐoạn hai, với khẩu hiệu "Sống xanh" ở giữa. "\nĐoạn kể tiếp theo.', { path: 'a.txt' });
    expect(doc.quotes.map((q) => [q.text.startsWith('Đoạn một') && q.text.includes('ở giữa.'), q.unclosed])).toEqual([[true, false], [false, false]]);
    expect(doc.quotes[1].text).toBe('Sống xanh');
  });

  it('absorbs a quotation reopened at the start of each continued paragraph', () => {
    const doc = parse('Tiêu đề\n“Đoạn một của lời nói.\n“Đoạn hai của lời nói.\nĐoạn ba kết thúc.”', { path: 'a.txt' });
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text.endsWith('Đoạn ba kết thúc.')).toBe(true);
  });

  it('leaves a quotation open when no later paragraph closes it', () => {
    const doc = parse('Tiêu đề\nÔng nói: “Câu này không đóng ngoặc.\nĐoạn sau bình thường.', { path: 'a.txt' });
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].unclosed).toBe(true);
    expect(doc.quotes[0].text).toBe('Câu này không đóng ngoặc.');
  });

  it('closes a curly opening mark with a straight closing one, and a straight opening mark with a curly one', () => {
    const doc = parse('Tiêu đề\nÔng Vương nhấn mạnh: “Mỗi xã phải có chợ phiên riêng". Sau đó ông đi thăm "Làng nghề gốm Bát Xứ” ở ven sông.', { path: 'a.txt' });
    expect(doc.quotes.map((q) => [q.text, q.unclosed])).toEqual([['Mỗi xã phải có chợ phiên riêng', false], ['Làng nghề gốm Bát Xứ', false]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('ends a straight quotation and a curly one opened inside it at the last straight mark of the paragraph', () => {
    const texts = quotesOf('Tiêu đề\n"Mỗi chi bộ phải giữ tinh thần “ba cùng”, đó là: “Cùng ăn, cùng ở, cùng làm" – ông Quách nhắc lại.').map((q) => q.text);
    expect(texts).toEqual(['Mỗi chi bộ phải giữ tinh thần “ba cùng”, đó là: “Cùng ăn, cùng ở, cùng làm', 'ba cùng', 'Cùng ăn, cùng ở, cùng làm']);
  });

  it('still nests a straight quotation that opens after white space inside a curly one', () => {
    const texts = quotesOf('Tiêu đề\n“Chúng tôi gọi đó là "vườn sách nhỏ" của xóm”, bà Yên kể.').map((q) => q.text);
    expect(texts).toEqual(['Chúng tôi gọi đó là "vườn sách nhỏ" của xóm', 'vườn sách nhỏ']);
  });

  it("reads straight single marks as quotation marks, not apostrophes between letters", () => {
    const doc = parse("Tiêu đề\nĐội văn nghệ người H'Rê diễn vở 'Tiếng chiêng bên suối' và bài (‘Mùa lúa mới’).", { path: 'a.txt' });
    expect(doc.quotes.map((q) => q.text)).toEqual(['Tiếng chiêng bên suối', 'Mùa lúa mới']);
  });

  it('drops a straight single mark left open without a warning', () => {
    const doc = parse("Tiêu đề\nThế hệ '9X và cả 'Nhóm bạn trẻ' cùng tham gia buổi giao lưu.", { path: 'a.txt' });
    expect(doc.quotes.map((q) => q.text)).toEqual(['Nhóm bạn trẻ']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('stays fast on a megabyte line of mixed pairs, straight single marks and apostrophes', () => {
    const started = performance.now();
    const unit = '“a" "b” \'c \'d\' H\'Mông ';
    const doc = parse(`Tiêu đề\n${unit.repeat(Math.ceil(1_000_000 / unit.length))}`, { path: 'a.txt' });
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('finds the same quotations jumping between the marks the document scan found', () => {
    const pieces = ['Ông', ' ', 'nói', '.', 'H', '"', '“', '”', '«', '»', '„', '‚', '‛', "'", '‘', '’', '(', '\n', 'Bà'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => `Tiêu đề\n${p.join('')}`);
    fc.assert(fc.property(text, (t) => {
      const doc = parse(t, { path: 'a.txt' });
      const { marks } = scanText(doc.text);
      const withMarks = findDocumentQuotes(doc.blocks, doc.text, doc.blocks.map(() => marks));
      expect(withMarks).toEqual(findDocumentQuotes(doc.blocks, doc.text));
    }), { numRuns: 2000 });
  });

  it('stays fast and bounded on a long run of opening marks', () => {
    const started = performance.now();
    const doc = parse(`Tiêu đề\n${'“'.repeat(200_000)}`, { path: 'a.txt' });
    expect(doc.quotes.length).toBeLessThanOrEqual(6);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads no more than a hundred quotations in one paragraph, and every one below that', () => {
    const line = (n: number) => `Tiêu đề\n${'“a” '.repeat(n)}\nĐoạn sau có “b”.`;
    expect(quotesOf(line(100)).length).toBe(101);
    const noise = quotesOf(line(50_000));
    expect(noise.length).toBe(101);
    expect(noise.at(-1)!.text).toBe('b');
  });
});
