import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { bodyOf, clockTime, datelinePlace, displayDate, fullIsoDate } from '../../src/render/release.js';

const TEXT = [
  'Ra quân Chiến dịch Mùa hè xanh tại huyện Tân Hòa',
  'Sáng 5/7/2025, Huyện đoàn Tân Hòa tổ chức lễ ra quân Chiến dịch Mùa hè xanh năm 2025.',
  'Hơn 300 đoàn viên, thanh niên tham gia sửa đường giao thông nông thôn tại 6 xã.',
  'Các đoàn viên ra quân sửa đường.',
  'Chiến dịch kéo dài đến hết tháng 8 với nhiều công trình thanh niên.',
  'Theo báo Thanh Niên Tân Hòa',
  '',
].join('\n');

describe('bodyOf', () => {
  it('keeps the paragraphs after the lead, without captions or the credit line', () => {
    const doc = parse(TEXT, { path: 'ra-quan.txt' });
    const article = extract(doc);
    // What the captions and source extractors find, set here so the test does not depend on them.
    article.captions = [{ text: 'Các đoàn viên ra quân sửa đường.', evidence: [] }];
    const credit = TEXT.indexOf('Theo báo');
    article.evidence['source.name'] = [doc.evidence(credit, credit + 27, 'source.credit-line')];
    expect(bodyOf(doc, article).map((b) => b.markdown)).toEqual([
      'Hơn 300 đoàn viên, thanh niên tham gia sửa đường giao thông nông thôn tại 6 xã.',
      'Chiến dịch kéo dài đến hết tháng 8 với nhiều công trình thanh niên.',
    ]);
  });

  it('escapes Markdown in a plain-text body and keeps a Markdown body as Markdown, without raw HTML', () => {
    const txt = parse('Tiêu đề\nMở đầu.\n*Không* phải <b>đậm</b>.\n', { path: 'a.txt' });
    expect(bodyOf(txt, extract(txt))).toEqual([{ heading: false, markdown: '\\*Không\\* phải \\<b\\>đậm\\</b\\>.' }]);
    const md = parse('# Tiêu đề\n\nMở đầu.\n\n*Nghiêng* và <b>thẻ</b>.\n', { path: 'a.md' });
    expect(bodyOf(md, extract(md))).toEqual([{ heading: false, markdown: '*Nghiêng* và \\<b>thẻ\\</b>.' }]);
  });
});

describe('date and place formatting', () => {
  it('writes Vietnamese day/month/year and keeps an unknown year out', () => {
    expect(displayDate('2023-10-02')).toBe('2/10/2023');
    expect(displayDate('XXXX-03-12')).toBe('12/3');
    expect(displayDate(null)).toBeNull();
    expect(fullIsoDate('XXXX-03-12')).toBeNull();
  });

  it('takes the dateline place from the end of the location, in capitals', () => {
    expect(datelinePlace('Trung tâm Hội nghị Quốc gia, Hà Nội')).toBe('HÀ NỘI');
    expect(datelinePlace('Đà Lạt')).toBe('ĐÀ LẠT');
    expect(datelinePlace(null)).toBeNull();
  });

  it('knows a clock time from a part of day', () => {
    expect(clockTime('8:05')).toBe('08:05');
    expect(clockTime('chiều')).toBeNull();
    expect(clockTime('25:00')).toBeNull();
  });
});
