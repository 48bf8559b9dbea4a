import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/render/presskit/csv.js';
import { renderIcs } from '../../../src/render/presskit/ics.js';
import { slugify, uniqueSlug } from '../../../src/render/presskit/slug.js';
import { sampleArticle } from '../sample-article.js';

describe('slugify', () => {
  it('makes an ASCII slug from a Vietnamese title', () => {
    expect(slugify('Khai mạc Ngày hội Đọc sách Đà Nẵng 2024')).toBe('khai-mac-ngay-hoi-doc-sach-da-nang-2024');
    expect(slugify('Hoà nhạc "Mùa thu" – lần thứ 5!')).toBe('hoa-nhac-mua-thu-lan-thu-5');
  });

  it('cannot name a path outside the output folder', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('..')).toBe('bai-viet');
    expect(slugify(null)).toBe('bai-viet');
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugify('Hội nghị tổng kết công tác giáo dục thường xuyên năm học 2022-2023 và triển khai nhiệm vụ năm học mới');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('hoi-nghi-tong-ket-cong-tac-giao-duc-thuong-xuyen-nam-hoc');
  });

  it('numbers a slug already taken in the run', () => {
    const used = new Set<string>();
    expect(['a', 'a', 'a', 'a-2'].map((s) => uniqueSlug(s, used))).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 records with CRLF, quoting only where needed, after a UTF-8 BOM', () => {
    const csv = toCsv(['Họ tên', 'Chức vụ'], [
      ['Nguyễn Văn An', 'Giám đốc Sở GD&ĐT, Hà Nội'],
      ['Trần "Bé" Ba', null],
      ['Lê Thị\nCa', '=HYPERLINK("x")'],
    ]);
    expect(csv).toBe('\ufeffHọ tên,Chức vụ\r\nNguyễn Văn An,"Giám đốc Sở GD&ĐT, Hà Nội"\r\n"Trần ""Bé"" Ba",\r\n"Lê Thị\nCa","\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('renderIcs', () => {
  const options = { uid: 'abc', version: '9.9.9' };

  it('writes a timed event in UTC from Vietnam time, with location and organizer', () => {
    const ics = renderIcs(sampleArticle(), { ...options, email: 'bao@example.vn' })!;
    expect(ics).toContain('DTSTART:20241002T013000Z\r\n');
    expect(ics).toContain('UID:abc@vnpress\r\n');
    expect(ics).toContain('DTSTAMP:20241002T000000Z\r\n');
    expect(ics).toContain('LOCATION:Nhà văn hóa Thanh niên tỉnh\\, Lâm Hà\r\n');
    expect(ics).toContain('ORGANIZER;CN="Sở GD&ĐT tỉnh Lâm Hà":mailto:bao@example.vn\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vnpress//vnpress 9.9.9//VI\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('writes an all-day event spanning to the day after the end date when there is no clock time', () => {
    const article = sampleArticle();
    article.event.time = 'sáng';
    const ics = renderIcs(article, options)!;
    expect(ics).toContain('DTSTART;VALUE=DATE:20241002\r\nDTEND;VALUE=DATE:20241009\r\n');
  });

  it('folds lines at 75 octets without splitting a Vietnamese character', () => {
    const article = sampleArticle();
    article.lead = 'Đường Trường Sơn huyền thoại; '.repeat(12);
    const ics = renderIcs(article, options)!;
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DESCRIPTION:${'Đường Trường Sơn huyền thoại\\; '.repeat(12)}`);
  });

  it('writes nothing when the event has no full date', () => {
    const article = sampleArticle();
    article.event.date = 'XXXX-10-02';
    expect(renderIcs(article, options)).toBeNull();
    article.event.date = null;
    expect(renderIcs(article, options)).toBeNull();
  });
});
