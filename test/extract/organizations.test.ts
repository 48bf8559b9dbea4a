import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { expandAbbreviations } from '../../src/extract/organizations/index.js';

const article = (...lines: string[]) => parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' });

describe('organizations', () => {
  it('reads a head word with its full extent and expands abbreviations', () => {
    const orgs = article('Sáng 3/4, UBND huyện Mường Tè và Sở Tài nguyên và Môi trường tỉnh Lai Châu ký kết hợp tác.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['UBND huyện Mường Tè', 'Sở Tài nguyên và Môi trường tỉnh Lai Châu']);
    expect(orgs[0].expanded).toBe('Ủy ban nhân dân huyện Mường Tè');
    expect(orgs[1].expanded).toBeNull();
  });

  it('keeps a parenthesised acronym and stops before a verb', () => {
    const orgs = article('Hiệp hội Cà phê Buôn Ma Thuột (BCA) cho biết giá tăng.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Hiệp hội Cà phê Buôn Ma Thuột (BCA)']);
  });

  it('expands abbreviations as whole words only', () => {
    expect(expandAbbreviations('Sở GD&ĐT TP Vinh')).toBe('Sở Giáo dục và Đào tạo Thành phố Vinh');
    expect(expandAbbreviations('TPHCMX')).toBe('TPHCMX');
  });
});

describe('organizers', () => {
  it('takes the subject of an organising verb', () => {
    expect(article('Chiều 8/5, Sở Y tế Cao Bằng tổ chức hội nghị tổng kết.').organizers.map((o) => o.name)).toEqual(['Sở Y tế Cao Bằng']);
  });

  it('takes every organisation of a "phối hợp với" chain', () => {
    const names = article('Trung tâm Văn hóa tỉnh phối hợp với Báo Lao Động Thủ Đô và Hội Nông dân tỉnh đã tổ chức hội chợ.').organizers.map((o) => o.name);
    expect(names).toEqual(['Trung tâm Văn hóa tỉnh', 'Báo Lao Động Thủ Đô', 'Hội Nông dân tỉnh']);
  });

  it('reads "do X tổ chức"', () => {
    expect(article('Hội thảo do Viện Nghiên cứu Biển tổ chức thu hút nhiều chuyên gia.').organizers.map((o) => o.name)).toEqual(['Viện Nghiên cứu Biển']);
  });

  it('prefers a later, fuller chain that names the same organiser', () => {
    const names = article(
      'Sáng 2/9, Ban Liên lạc Đồng hương xứ Nghệ đã tổ chức gặp mặt.',
      'Trước đó, Ban Liên lạc Đồng hương xứ Nghệ phối hợp với Hội Doanh nhân trẻ, Câu lạc bộ Thơ Phố Hiến tổ chức tọa đàm.',
    ).organizers.map((o) => o.name);
    expect(names).toEqual(['Ban Liên lạc Đồng hương xứ Nghệ', 'Hội Doanh nhân trẻ', 'Câu lạc bộ Thơ Phố Hiến']);
  });

  it('falls back to the owner of an event noun in the lead', () => {
    const names = article('Thứ trưởng Ngô Văn Tuấn dự Hội nghị tổng kết công tác năm 2024 của Cục Thú y, diễn ra ngày 20/12.').organizers.map((o) => o.name);
    expect(names).toEqual(['Cục Thú y']);
  });

  it('skips the chairing person named after the organisation', () => {
    const names = article('Sáng 4/3, Chủ tịch UBND huyện Kỳ Sơn Vi Văn Thắm đã chủ trì buổi làm việc.').organizers.map((o) => o.name);
    expect(names).toEqual(['UBND huyện Kỳ Sơn']);
  });

  it('does not take an organisation that only speaks for an organiser', () => {
    expect(article('Sở Công Thương cho biết giá xăng sẽ giảm.').organizers).toEqual([]);
  });

  it('does not take attendees as organisers', () => {
    expect(article('Dự lễ có đại diện Sở Nội vụ, Hội Cựu chiến binh tỉnh và Công ty Điện lực Sơn La.').organizers).toEqual([]);
  });

  it('prefers the front matter', () => {
    const md = ['---', 'title: Thử', 'organizers:', '  - Câu lạc bộ Cờ tướng Phố Núi', '---', '', 'Sở Thể thao tổ chức giải cờ.'].join('\n');
    expect(parseArticle(md, { path: 't.md', format: 'md' }).organizers.map((o) => o.name)).toEqual(['Câu lạc bộ Cờ tướng Phố Núi']);
  });
});
