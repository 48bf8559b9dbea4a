import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text.js';
import { headKeysIn } from '../../src/extract/location.js';
import { EVENT_HEADS } from '../../src/lexicon/vi/events.js';
import { parseArticle } from '../../src/pipeline.js';

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

describe('location: the home country and quoted titles', () => {
  const location = (...lines: string[]) => parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' }).event.location;

  it('takes no "tại Việt Nam" after a capitalised name (a body\'s seat), nor a venue word in a quoted title', () => {
    // The school hosting its own opening is the place, not the sponsor's seat.
    expect(location('Ngày 5/5, Trường Tiểu học số 3 khánh thành dãy phòng học mới với sự tài trợ của Quỹ Cựu chiến binh Mỹ tại Việt Nam (VVAF).')).toBe('Trường Tiểu học số 3');
    expect(location('Sáng 3/10, Trung tâm tổ chức lễ bế giảng dự án “Kỹ năng nghề cho thanh niên ngoài nhà trường ở Việt Nam”, cùng chung tay hỗ trợ các em.')).toBeNull();
    // The event's own place stays, the envoy's seat after it aside.
    expect(location('Ngày 5/5, hội thảo quốc tế về giáo dục được tổ chức tại Hà Nội với sự tham dự của Đại sứ Lào tại Việt Nam.')).toBe('Hà Nội');
  });

  it('takes no place where the commemorated fell ("liệt sĩ hy sinh tại Campuchia"), but where the rite is held', () => {
    expect(location('Tối 17/5, UBND tỉnh tổ chức lễ cầu siêu các liệt sĩ quân tình nguyện hy sinh tại Campuchia tại nghĩa trang liệt sĩ Đức Cơ.')).toBe('nghĩa trang liệt sĩ Đức Cơ');
  });

  it('takes no place where somebody is treated ("đang điều trị tại bệnh viện")', () => {
    expect(location('Tối 31/5, Trung tâm Y tế huyện Tân Phú tổ chức chương trình tặng quà cho các em nhỏ đang điều trị tại bệnh viện.')).toBe('huyện Tân Phú');
  });
});

describe('location: a province inside a person\'s name', () => {
  const location = (...lines: string[]) => parseArticle(['Trao học bổng cho học sinh vượt khó', ...lines].join('\n'), { path: 't.txt' }).event.location;

  it('does not read a province that goes on a common family name ("học bổng Nguyễn Thái Bình") as the place', () => {
    expect(location('Chiều 14/12, Báo Tuổi Trẻ tổ chức chương trình trao học bổng Nguyễn Thái Bình cho con em những người bán báo vượt khó.')).toBeNull();
    // The province named on its own is the place.
    expect(location('Chiều 14/12, Báo Tuổi Trẻ tổ chức chương trình trao học bổng cho học sinh Thái Bình vượt khó.')).toBe('Thái Bình');
  });
});

describe('location: a unit\'s word before a clause', () => {
  const location = (...lines: string[]) => parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' }).event?.location ?? null;

  it('reads no place in a unit\'s word that a clause\'s word follows ("tỉnh làm Trưởng đoàn", "thị trấn của Thủ đô")', () => {
    expect(location('Ngày 3/5, đoàn do đồng chí Phạm Văn An, Phó Chủ tịch UBMTTQVN tỉnh làm Trưởng đoàn đã đến thăm, tặng quà các chùa.')).toBeNull();
    expect(location('Sáng 26/3, hơn 7.000 người dân đại diện cho các xã, phường, thị trấn của Thủ đô tham gia Ngày chạy Olympic.')).toBeNull();
    // A lower-case word of the place's own still leads to its name ("huyện đảo Lý Sơn").
    expect(location('Sáng 26/3, Ngày chạy Olympic diễn ra tại huyện đảo Lý Sơn.')).toBe('huyện đảo Lý Sơn');
  });

  it('reads no house number in "Dân số" ("Ngày Dân số Việt Nam")', () => {
    expect(location('Sáng 20/12, Ban chỉ đạo tổ chức Lễ mít tinh kỷ niệm Ngày Dân số Việt Nam 26/12.')).toBeNull();
  });
});

describe('location: an agency\'s numbered region', () => {
  const location = (...lines: string[]) => parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' }).event?.location ?? null;

  it('reads no place in "khu vực" and a Roman number ("Chi cục Hải quan khu vực XII")', () => {
    expect(location('Sáng 19/6, Hội nghị đối thoại doanh nghiệp năm 2025 của Chi cục Hải quan khu vực XII diễn ra với gần 200 doanh nghiệp.')).toBeNull();
    // A region named after its number is a place.
    expect(location('Sáng 19/6, hội nghị diễn ra tại khu vực 3, phường An Bình.')).toBe('khu vực 3, phường An Bình');
  });
});

describe('location: an online meeting\'s connection point', () => {
  const location = (...lines: string[]) => parseArticle(['Tổng kết công tác chuyển đổi số', ...lines].join('\n'), { path: 't.txt' }).event?.location ?? null;

  it('reads "tại điểm cầu X" anywhere in the text before a venue read from an organiser\'s name', () => {
    expect(location(
      'Sáng 8/11, Văn phòng Bộ Nội vụ tổ chức hội nghị tổng kết công tác chuyển đổi số theo hình thức trực tuyến.',
      'Dự tại điểm cầu Lạng Sơn có ông Hoàng Văn Tuấn, Phó Chủ tịch UBND tỉnh.',
    )).toBe('điểm cầu Lạng Sơn');
    // The event's own "tại" comes first.
    expect(location(
      'Sáng 8/11, tại Hà Nội, Văn phòng Bộ Nội vụ tổ chức hội nghị tổng kết công tác chuyển đổi số.',
      'Dự tại điểm cầu Lạng Sơn có ông Hoàng Văn Tuấn.',
    )).toBe('Hà Nội');
  });
});

describe('location: a place read in the event\'s name', () => {
  const location = (headline: string) => parseArticle([headline, 'Cảng đã huy động nhân lực, thiết bị khẩn trương bốc xếp hàng hóa.'].join('\n'), { path: 't.txt' }).event?.location ?? null;

  it('ends the place before a common word, though a capitalised one follows ("dịp Tết", "khóa X")', () => {
    expect(location('Ba tàu container quốc tế cập cảng Cái Lân dịp Tết')).toBe('cảng Cái Lân');
    expect(location('Khai mạc kỳ họp thứ nhất HĐND xã Mỹ An khóa X')).toBe('xã Mỹ An');
  });
});
