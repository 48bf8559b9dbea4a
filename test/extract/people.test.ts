import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/read/index.js';
import { resolvePerson } from '../../src/extract/people.js';

const article = (...lines: string[]) => parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' });
const people = (...lines: string[]) => article(...lines).people.map((p) => ({ name: p.name, role: p.role }));

describe('people: honorific and name', () => {
  it('reads a full name after a form of address and a role after a dash', () => {
    expect(people('Dự lễ có ông Đỗ Quang Vinh – Phó Giám đốc Sở Y tế Lạng Sơn và nhiều khách mời.')).toEqual([
      { name: 'Đỗ Quang Vinh', role: 'Phó Giám đốc Sở Y tế Lạng Sơn' },
    ]);
  });

  it('keeps the academic prefix in the honorific, not the name', () => {
    const [p] = article('Buổi tọa đàm do PGS.TS. Lương Thị Hảo dẫn dắt.').people;
    expect(p).toMatchObject({ name: 'Lương Thị Hảo', honorific: 'PGS.TS.' });
  });

  it('reads a role after a comma and stops at the speech verb', () => {
    expect(people('Bà Kiều Thanh Mai, Hiệu trưởng Trường THCS Hòa Lạc cho biết nhà trường đã sẵn sàng.')).toEqual([
      { name: 'Kiều Thanh Mai', role: 'Hiệu trưởng Trường THCS Hòa Lạc' },
    ]);
  });

  it('reads a foreign name after a form of address', () => {
    expect(people('Ông Hendrik Vogel, Giám đốc quỹ, phát biểu.').map((p) => p.name)).toEqual(['Hendrik Vogel']);
  });
});

describe('people: role before the name', () => {
  it('splits the place that ends the organisation from the name', () => {
    expect(people('Giám đốc Sở Công Thương Hà Nam Phùng Văn Khải phát biểu.')).toEqual([
      { name: 'Phùng Văn Khải', role: 'Giám đốc Sở Công Thương Hà Nam' },
    ]);
  });

  it('reads a chain of roles', () => {
    expect(people('Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Tạ Minh Khôi dự lễ.')).toEqual([
      { name: 'Tạ Minh Khôi', role: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh' },
    ]);
  });

  it('joins a rank written before the name with the role after it', () => {
    expect(people('Thượng tá Lục Văn Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, trao quà.')).toEqual([
      { name: 'Lục Văn Bình', role: 'Thượng tá, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
    ]);
  });
});

describe('people: one entry per person', () => {
  it('resolves a short later mention and keeps the fullest role', () => {
    const found = people(
      'Ông Hà Văn Lộc – Chủ tịch UBND xã phát biểu.',
      'Theo ông Lộc, Chủ tịch UBND xã Tân Hòa, huyện Lục Nam, việc này rất cần thiết.',
    );
    expect(found).toEqual([{ name: 'Hà Văn Lộc', role: 'Chủ tịch UBND xã Tân Hòa, huyện Lục Nam' }]);
  });

  it('reads lists sharing the role written before them', () => {
    expect(people('Giải đạo diễn thuộc về đạo diễn Ngô Hữu Tình, Trịnh Bảo Nam và Vi Thị Yến.')).toEqual([
      { name: 'Ngô Hữu Tình', role: 'đạo diễn' },
      { name: 'Trịnh Bảo Nam', role: 'đạo diễn' },
      { name: 'Vi Thị Yến', role: 'đạo diễn' },
    ]);
  });
});

describe('people: not people', () => {
  it('does not take a street, a school or a province for a person', () => {
    expect(people(
      'Hội thi diễn ra tại Trường THPT Lê Quý Đôn trên đường Nguyễn Trãi, tỉnh Bắc Ninh.',
      'Chủ tịch UBND tỉnh Bắc Ninh cho biết hội thi sẽ tổ chức hằng năm.',
    )).toEqual([]);
  });

  it('does not take a film title after a form of address for a person', () => {
    expect(people('Phim Cô Ba Sài Gòn đoạt giải.')).toEqual([]);
  });

  it('skips the byline on the last line', () => {
    expect(people('Ông Quách Tuấn Kiệt phát biểu khai mạc.', 'Minh Khang')).toEqual([{ name: 'Quách Tuấn Kiệt', role: null }]);
  });
});

describe('resolvePerson', () => {
  const doc = parse(['Tiêu đề', 'Ông Tôn Đức Lâm – Giám đốc Sở GD&ĐT Bắc Giang và bà Mạc Thu Hương – Phó Giám đốc Sở Y tế dự lễ.'].join('\n'), { path: 't.txt' });
  const art = extract(doc);

  it('maps a short name, a full name and a title to the person', () => {
    expect(resolvePerson(art, doc, 'ông Lâm')?.name).toBe('Tôn Đức Lâm');
    expect(resolvePerson(art, doc, 'Mạc Thu Hương')?.name).toBe('Mạc Thu Hương');
    expect(resolvePerson(art, doc, 'Giám đốc Sở Giáo dục và Đào tạo')?.name).toBe('Tôn Đức Lâm');
    expect(resolvePerson(art, doc, 'Phó Giám đốc Sở Y tế')?.name).toBe('Mạc Thu Hương');
  });

  it('finds nobody for an unknown name or title', () => {
    expect(resolvePerson(art, doc, 'ông Tùng')).toBeUndefined();
    expect(resolvePerson(art, doc, 'Bộ trưởng')).toBeUndefined();
  });
});
