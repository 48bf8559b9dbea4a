import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text.js';
import { headKeysIn } from '../../src/extract/location.js';
import { EVENT_HEADS } from '../../src/lexicon/vi/events.js';

/** What headKeysIn answers, by searching the name for every head in turn. */
const everyHeadIn = (nameKey: string) => EVENT_HEADS.map((h) => matchKey(h).toLowerCase()).filter((h) => nameKey.includes(` ${h} `));
const spaced = (name: string) => ` ${matchKey(name).toLowerCase()} `;

describe('location: the event heads of a name', () => {
  it('finds every head that stands as whole words in the name, as searching for each does', () => {
    for (const name of [
      'Lễ tổng kết năm học 2023-2024 của Trường Tiểu học Hòa Bình',
      'Hội thi Giáo viên dạy giỏi cấp huyện năm học 2024',
      'Chương trình giao lưu văn nghệ chào mừng ngày Nhà giáo Việt Nam',
      'Hội chợ hàng Việt  tại  Hội trường', // doubled spaces part no head
      'Lễ hội Lễ hội hoa', // a head twice, once in the answer
      'Giải thưởng\tgiải đấu',
      '',
    ]) expect(headKeysIn(spaced(name)).sort()).toEqual([...new Set(everyHeadIn(spaced(name)))].sort());
  });

  it('finds no head inside a longer word or across the name\'s edge', () => {
    expect(headKeysIn(spaced('Giải phóng miền Nam'))).toEqual(['giải']);
    expect(headKeysIn(spaced('Hội nghị'))).toEqual(['hội nghị']);
    expect(headKeysIn(' hội nghịx ')).toEqual([]);
  });
});
