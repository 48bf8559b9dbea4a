import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { parse } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';
import { findEventName } from '../../src/extract/event-name.js';

/** The tests' headline, which names no event: with nothing else naming one, it stands as the name. */
const HEADLINE = 'Tiêu đề bài viết thử';
const article = (...lines: string[]) => parseArticle([HEADLINE, ...lines].join('\n'), { path: 't.txt' });
const event = (...lines: string[]) => article(...lines).event;

describe('event.date', () => {
  it('takes no day of history for the event ("(28-7-1929/28-7-2019)")', () => {
    const text = [
      'Lâm Hà: Tổ chức Hội thi cán bộ công đoàn giỏi',
      'Thiết thực kỷ niệm 90 năm ngày thành lập Công đoàn Việt Nam (28-7-1929/28-7-2019), Công đoàn ngành Giáo dục tỉnh tổ chức Hội thi cán bộ công đoàn giỏi năm 2019.',
    ].join('\n');
    expect(parseArticle(text, { path: 't.txt' }).event.date).toBeNull();
  });

  it('takes no day from a document\'s number ("Kế hoạch số 74-KH/ĐU ngày 23/8/2019"): the day it was signed', () => {
    const e = event('Thực hiện Kế hoạch số 74-KH/ĐU ngày 23/8/2019 của Đảng ủy phường, sáng ngày 28/02/2020 Chi bộ trường Tiểu học Tứ Liên tổ chức Đại hội.');
    expect(e.date).toBe('2020-02-28');
    expect(event('Thực hiện kế hoạch số 04/KH-HĐND ngày 2/6/2020 của Thường trực HĐND huyện về giám sát kiến nghị của cử tri.').date).toBeNull();
    // Never the event's, even in the sentence that reports it.
    expect(event('Thường trực HĐND tỉnh tổ chức hội nghị đánh giá việc thực hiện Kế hoạch số 14/KH-HĐND ngày 20.2.2020 của HĐND tỉnh.').date).toBeNull();
  });

  it('takes no day from an anniversary\'s date followed by the years since ("27/7 (1947 - 2026)")', () => {
    expect(event('Hội Cựu chiến binh vừa khánh thành nhà tình nghĩa, đúng dịp kỷ niệm 79 năm ngày Thương binh - Liệt sĩ 27/7 (1947 - 2026).').date).toBeNull();
    expect(event('Hội Cựu chiến binh khánh thành nhà tình nghĩa ngày 27/7 (thứ Hai) tại xã Chiềng Ban.').date).toMatch(/-07-27$/);
  });

  it('takes the day that opens the lead, not a historical date in parentheses', () => {
    const e = event('Tối 8/3, Hội Liên hiệp Phụ nữ huyện tổ chức lễ kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8/3/1910 – 8/3/2024).');
    expect(e).toMatchObject({ date: '2024-03-08', time: 'tối' });
  });

  it('takes no year from the end of a term of office nor from a historical name', () => {
    expect(event('Chiều 11-8, Hội Cựu giáo chức phường Đông Hải tổ chức đại hội chi hội lần thứ IV, nhiệm kỳ 2024-2029.').date).toBe('2024-08-11');
    expect(event('Sáng 20-4, giải chạy khởi tranh tại Khu di tích Chiến thắng Xuân Mậu Thân 1968 với 3.000 người.').date).toBe('XXXX-04-20');
  });

  it('lets the month choose between the two years of a school year named in another sentence', () => {
    const lines = (day: string) => [`${day}, Hội Khuyến học huyện trao 200 suất học bổng cho học sinh.`, 'Các suất học bổng dành cho năm học 2025 – 2026.'];
    expect(event(...lines('Chiều 3/12')).date).toBe('2025-12-03');
    expect(event(...lines('Chiều 3/4')).date).toBe('2026-04-03');
  });

  it('prefers the event day over a deadline or a past start elsewhere', () => {
    const e = event(
      'Giấy chứng nhận có hiệu lực đến hết ngày 31/12/2026.',
      'Sáng 14/6/2024, Sở Công Thương tổ chức hội nghị xúc tiến thương mại tại Vinh.',
      'Trung tâm được thành lập từ ngày 2/1/2001.',
    );
    expect(e.date).toBe('2024-06-14');
  });

  it('takes no start day from the day an event lasts until', () => {
    const until = ['Cuối tuần qua, Bảo tàng tỉnh tổ chức triển lãm tranh “Sắc màu quê hương”.', 'Triển lãm kéo dài đến ngày 5.12, nhằm chào mừng ngày thành lập tỉnh.'];
    expect(event(...until).date).toBeNull();
    expect(event('Triển lãm sẽ mở cửa tới 20/12.', 'Sáng 14/12, Bảo tàng tỉnh khai mạc triển lãm tranh “Sắc màu quê hương”.').date).toBe('XXXX-12-14');
    // The day that opens a range is its start.
    expect(event('Triển lãm diễn ra từ ngày 1.12 đến ngày 5.12 tại Bảo tàng tỉnh.').date).toBe('XXXX-12-01');
  });

  it('takes the end of a range and the length of a multi-day event', () => {
    expect(event('Hội chợ diễn ra từ ngày 3/11 đến 9/11/2023 tại Cần Thơ.')).toMatchObject({ date: '2023-11-03', endDate: '2023-11-09' });
    expect(event('Chiều 10/7/2022, giải cờ vua học sinh khai mạc. Giải diễn ra trong 3 ngày.')).toMatchObject({
      date: '2022-07-10', endDate: '2022-07-12',
    });
  });

  it('does not give the event day the length of other days told with it', () => {
    const e = event('Ngày 31-5-2025, Giải bơi Hòa Lâm được công bố tại TP Vinh.', 'Giải diễn ra trong 3 ngày, từ 20 đến 22-9.');
    expect(e).toMatchObject({ date: '2025-05-31' });
    expect(e.endDate).not.toBe('2025-06-02');
  });

  it('warns "no event date found" at the start of the body when there is none', () => {
    const a = parseArticle('Tiêu đề\nXã Ea Tu vừa khánh thành nhà văn hóa mới.', { path: 't.txt' });
    expect(a.event.date).toBeNull();
    const doc = parse('Tiêu đề\nXã Ea Tu vừa khánh thành nhà văn hóa mới.', { path: 't.txt' });
    extract(doc);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'event/no-date', severity: 'warning', line: 1, column: 1 }));
  });

  it('takes the body\'s event day over the front matter date, which is the day of publication', () => {
    const a = parseArticle('---\ndate: 2021-05-20\n---\n# Tiêu đề\n\nSáng 19/5, trường tổ chức lễ kết nạp đội viên.\n', { path: 't.md' });
    expect(a.event).toMatchObject({ date: '2021-05-19', time: 'sáng' });
    expect(a.evidence['event.date'][0]).toMatchObject({ rule: 'event.date' });
  });

  it('falls back on the front matter date when the body names no day', () => {
    const a = parseArticle('---\ndate: 2021-05-20\n---\n# Tiêu đề\n\nTrường vừa tổ chức lễ kết nạp đội viên.\n', { path: 't.md' });
    expect(a.event.date).toBe('2021-05-20');
    expect(a.evidence['event.date'][0]).toMatchObject({ rule: 'event.date-front-matter', line: 2, column: 1 });
  });

  it('lets a structured front matter event date win over the body', () => {
    const text = '---\ndate: 2021-05-20\nevent:\n  date: "2021-05-18"\n---\n# Tiêu đề\n\nSáng 19/5, trường tổ chức lễ kết nạp đội viên.\n';
    expect(parseArticle(text, { path: 't.md' }).event.date).toBe('2021-05-18');
  });

  it('takes an opening lunar day as the event day when it is the only one', () => {
    const a = parseArticle('---\ndate: 2024-02-25\n---\n# Tiêu đề\n\nTối rằm tháng Giêng, làng tổ chức lễ rước đèn.\n', { path: 't.md' });
    expect(a.event).toMatchObject({ date: '2024-02-24', time: 'tối' });
  });
});

describe('event.date: the headline\'s event', () => {
  const text = (headline: string) => [
    headline,
    'Ngày 3/3 vừa qua, Trường THCS Hòa Bình tổ chức hội thi kể chuyện cấp trường.',
    'Hôm nay (26/3), nhà trường tổ chức lễ kỷ niệm 93 năm Ngày thành lập Đoàn và trao giải hội thi.',
  ].join('\n');

  it('takes the day of the event the headline names, not the first one the lead mentions', () => {
    const a = parseArticle(text('Trường THCS Hòa Bình kỷ niệm ngày thành lập Đoàn'), { path: 't.txt', referenceDate: '2024-03-26' });
    expect(a.event).toMatchObject({ date: '2024-03-26' });
    expect(a.event.name).toMatch(/^lễ kỷ niệm 93 năm/);
  });

  it('keeps the first day when the headline names that event', () => {
    const a = parseArticle(text('Trường THCS Hòa Bình tổ chức hội thi kể chuyện'), { path: 't.txt', referenceDate: '2024-03-26' });
    expect(a.event.date).toBe('2024-03-03');
  });
});

describe('event.time', () => {
  it('keeps the part of day of "Sáng qua" when no reference date resolves the day', () => {
    expect(event('Sáng qua, xã Phú An tổ chức lễ khánh thành trạm y tế.')).toMatchObject({ date: null, time: 'sáng' });
  });

  it('prefers a clock time of the opening paragraphs to the part of day', () => {
    expect(event('Sáng 3/4, huyện tổ chức hội nghị sơ kết.', 'Hội nghị khai mạc lúc 8 giờ 15.')).toMatchObject({ date: expect.stringMatching(/-04-03$/), time: '08:15' });
  });

  it('takes the clock time of the same day restated in the next paragraph', () => {
    const e = event('Từ ngày 2/11 đến ngày 6/11/2024, thị xã tổ chức Tuần lễ ẩm thực Tây Bắc.', 'Lễ khai mạc bắt đầu lúc 19h30 ngày 2/11.');
    expect(e).toMatchObject({ date: '2024-11-02', endDate: '2024-11-06', time: '19:30' });
    expect(event('Từ ngày 2/11 đến ngày 6/11/2024, thị xã tổ chức Tuần lễ ẩm thực Tây Bắc.', 'Ngày 4/11 có đêm nhạc lúc 19h30.').time).toBeNull();
  });

  it('gives no time for a part of day deep in the text', () => {
    expect(event('Xã Phú An có trạm y tế mới.', 'Người dân rất vui.', 'Họ cảm ơn.', 'Sáng qua, trời mưa.').time).toBeNull();
  });
});

describe('event.name and type', () => {
  it('drops the verbs around the name and stops at the theme', () => {
    const e = event('Sáng 2/4, Thư viện tỉnh tổ chức khai mạc Ngày hội đọc sách năm 2024 với chủ đề Sách mở lối tương lai.');
    expect(e).toMatchObject({ name: 'Ngày hội đọc sách năm 2024', type: 'khai mạc', theme: 'Sách mở lối tương lai' });
  });

  it('keeps the words of the name ("Hội nghị tổng kết năm học 2022-2023") and stops at a clause', () => {
    expect(event('Chiều 5/8, Phòng Giáo dục huyện tổ chức Hội nghị tổng kết năm học 2022-2023, thu hút 300 cán bộ quản lý.').name)
      .toBe('Hội nghị tổng kết năm học 2022-2023');
    // A clause with no comma before it: who the event gathers.
    expect(event('Sáng 12/3, giải Việt dã quy tụ gần 500 vận động viên của 20 đơn vị.').name).toBe('giải Việt dã');
  });

  it('keeps a short second part after a comma ("…, triển khai nhiệm vụ năm học …")', () => {
    expect(event('Chiều 5/8, huyện tổ chức Hội nghị tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024.').name)
      .toBe('Hội nghị tổng kết năm học 2022-2023, triển khai nhiệm vụ năm học 2023-2024');
  });

  it('keeps a quoted title and a comma list of event words inside the name', () => {
    expect(event('Ngày 9/9, UBND xã tổ chức Lễ nghiệm thu, bàn giao công trình “Cầu nông thôn mới” tại thôn 3.').name)
      .toBe('Lễ nghiệm thu, bàn giao công trình “Cầu nông thôn mới”');
  });

  it('takes a quoted theme after "với chủ đề"', () => {
    expect(event('Tối 1/6, Nhà Thiếu nhi tổ chức Liên hoan văn nghệ với chủ đề “Tuổi thơ rực rỡ sắc màu”.').theme)
      .toBe('Tuổi thơ rực rỡ sắc màu');
  });

  it('does not take a venue named after an event word for the event', () => {
    const e = event('Sáng 12/5, tại Trung tâm Hội nghị tỉnh, Liên đoàn Lao động tỉnh tổ chức Giải chạy công nhân năm 2024.');
    expect(e.name).toBe('Giải chạy công nhân năm 2024');
  });

  it('falls back to the headline verb and its object', () => {
    const a = parseArticle('Huyện Mường Tè khánh thành Trường Mầm non Pa Ủ\nBuổi lễ có đông đảo phụ huynh tham dự.', { path: 't.txt' });
    expect(a.event).toMatchObject({ name: 'khánh thành Trường Mầm non Pa Ủ', type: 'khánh thành' });
  });

  it('reads where an event the headline names happened from the sentence its organiser acts in, when no day is given', () => {
    const a = parseArticle('Hội Chữ thập đỏ tỉnh: Trao nhà Chữ thập đỏ cho phụ nữ nghèo\nHội Chữ thập đỏ tỉnh vừa tổ chức nghiệm thu và bàn giao nhà cho chị Trần Thị Hoa ở thôn Phú Liên (xã An Phú, TP Tuy Hòa).\nNgôi nhà có diện tích 30m2.', { path: 't.txt' });
    expect(a.event).toMatchObject({ name: 'Trao nhà Chữ thập đỏ cho phụ nữ nghèo', location: 'thôn Phú Liên (xã An Phú, TP Tuy Hòa)' });
    // Whatever headline rule names it ("Phiên tòa giả định …": an event's noun, no verb).
    const b = parseArticle('Phiên tòa giả định cho học sinh\nTòa án nhân dân huyện vừa tổ chức phiên tòa giả định ở Trường THCS Sông Lô (xã Sông Lô, tỉnh Phú Thọ).\nHơn 500 học sinh tham dự.', { path: 't.txt' });
    expect(b.event).toMatchObject({ name: 'Phiên tòa giả định cho học sinh', location: 'Trường THCS Sông Lô (xã Sông Lô, tỉnh Phú Thọ)' });
  });

  it('names a visit bearing gifts, or a youth trip "về nguồn", by the headline\'s verb and object', () => {
    const named = (headline: string) =>
      parseArticle(`${headline}\nNgày 5-6, đoàn đã đến nhiều nơi trong huyện, gặp gỡ bà con và động viên các gia đình.`, { path: 't.txt' }).event.name;
    expect(named('Huyện Tân Hòa: Thăm và tặng quà thương binh, gia đình liệt sĩ')).toBe('Thăm và tặng quà thương binh, gia đình liệt sĩ');
    expect(named('Về nguồn trồng cây xanh tại xã Tân Mỹ')).toBe('Về nguồn trồng cây xanh');
    // A charity house handed over, an inspection.
    expect(named('Tặng nhà tình thương cho hộ nghèo xã Tân Mỹ')).toBe('Tặng nhà tình thương cho hộ nghèo xã Tân Mỹ');
    expect(named('HĐND huyện khảo sát việc xây dựng trường chuẩn quốc gia')).toBe('khảo sát việc xây dựng trường chuẩn quốc gia');
    // A headline with no such verb is taken as written, but for its place tag.
    expect(named('Huyện Tân Hòa: Những tấm lòng thơm thảo')).toBe('Những tấm lòng thơm thảo');
    expect(named('Nhà văn hóa mới của xã Tân Mỹ')).toBe('Nhà văn hóa mới của xã Tân Mỹ');
  });
});

describe('event.name: a quoted title organised with no event word in it', () => {
  it('takes the quoted title right after "tổ chức" over an event word of a later sentence', () => {
    const e = event(
      'Ngày cuối năm, tại Đại học Hoa Sen, Hội người Việt Nam tại Hàn Quốc đã tổ chức “Tết yêu thương 2024” với sự tham dự của đông đảo bà con.',
      'Chương trình có nhiều nội dung phong phú thông qua tổ chức Hội chợ Xuân, gói bánh chưng và trò chơi dân gian.',
    );
    expect(e.name).toBe('Tết yêu thương 2024');
    // A quoted slogan after another verb is no event organised.
    expect(event('Sáng 3/4, Hội Nông dân huyện phát động “Nông dân thi đua sản xuất giỏi” tại hội trường.').name).not.toBe('Nông dân thi đua sản xuất giỏi');
  });
});

describe('event.name after a display verb', () => {
  it('reads "trưng bày, triển lãm X" as introducing the exhibition, over a later mention of it', () => {
    const a = parseArticle([
      'Triển lãm ảnh "Làng biển xưa và nay"',
      'Cuối tuần qua, Bảo tàng tỉnh tổ chức trưng bày, triển lãm ảnh “Làng biển xưa và nay”. Theo ban tổ chức, triển lãm giúp người xem hiểu hơn về đời sống làng biển.',
    ].join('\n'), { path: 't.txt' });
    expect(a.event.name).toBe('triển lãm ảnh “Làng biển xưa và nay”');
    // With no head after it, the verb and its object name the display.
    expect(parseArticle('Bảo tàng tỉnh trưng bày cổ vật Chăm\nHơn 100 hiện vật được giới thiệu tới khách tham quan.', { path: 't.txt' }).event.name).toBe('trưng bày cổ vật Chăm');
  });
});

describe('event.location after the headline\'s event verb', () => {
  it('reads "tại X" right after the verb the headline names the event by, not a "tại" further on', () => {
    const located = (lead: string) =>
      parseArticle(`HĐND huyện khảo sát việc xây dựng trường chuẩn quốc gia\n${lead}`, { path: 't.txt' }).event.location;
    expect(located('Mới đây, Đoàn khảo sát của HĐND huyện đã về khảo sát tại Trường Tiểu học xã Tân Mỹ (huyện Yên Sơn).'))
      .toBe('Trường Tiểu học xã Tân Mỹ (huyện Yên Sơn)');
    expect(located('Mới đây, Đoàn khảo sát của HĐND huyện đã làm việc với các trường, sau đó nghe báo cáo tại Trường Tiểu học xã Tân Mỹ.'))
      .not.toBe('Trường Tiểu học xã Tân Mỹ');
  });
});

describe('event.location', () => {
  it('reads no place from a body named by a unit\'s word ("Tỉnh Đoàn"), but the district a body\'s name goes on with', () => {
    expect(event('Sáng 13/12, Tỉnh Đoàn tổ chức chung kết cuộc thi Dự án khởi nghiệp.').location).toBeNull();
    expect(event('Sáng 16-5, Huyện đoàn Phú Giáo đã tổ chức hội nghị tổng kết.').location).toBe('Huyện đoàn Phú Giáo');
  });

  it('reads no place from a Party committee before its secretary\'s name ("Bí thư Tỉnh ủy Lê Thị Hoa thăm")', () => {
    const text = [
      'Bí thư Tỉnh ủy Lê Thị Hoa thăm, chúc mừng Ngày Thầy thuốc Việt Nam',
      'Sáng nay, Bí thư Tỉnh ủy Lê Thị Hoa đã đến thăm, chúc mừng cán bộ, nhân viên Bệnh viện Đa khoa tỉnh.',
    ].join('\n');
    expect(parseArticle(text, { path: 't.txt' }).event.location).toBe('Bệnh viện Đa khoa tỉnh');
    // A committee's district stays a place.
    expect(event('Sáng 16-5, Huyện ủy Tân Phú tổ chức hội nghị tổng kết.').location).toBe('Huyện ủy Tân Phú');
  });

  it('reads no place from a route\'s ends in the event\'s name ("cao tốc Hạ Long - Hải Phòng"), but a province standing alone', () => {
    const title = (headline: string) => parseArticle([headline, 'Sáng 11/10, các đại biểu dự lễ và cắt băng.'].join('\n'), { path: 't.txt' }).event.location;
    expect(title('Gắn biển công trình cao tốc Nội Bài-Lào Cai')).toBeNull();
    expect(title('Thông xe cao tốc Thái Nguyên - Bắc Kạn')).toBeNull();
    expect(title('Thông xe tuyến đường ven biển Thái Bình')).toBe('Thái Bình');
  });

  it('reads no place from a partner\'s seat in brackets ("Bệnh viện Hùng Vương (TP. Hồ Chí Minh)")', () => {
    expect(event('Sáng 25-2, Sở Y tế Bình Phước phối hợp với Bệnh viện Hùng Vương (TP. Hồ Chí Minh), Hội Phụ nữ tỉnh tổ chức chương trình khám bệnh cho phụ nữ.').location)
      .toBe('Bình Phước');
    // Closing the list, the bracket may say where the event was.
    expect(event('Sáng 5/9, Hội Khuyến học phối hợp với Trường Tiểu học Xuân Hồng (huyện Nghi Xuân) trao 120 chiếc xe đạp cho học sinh.').location)
      .toBe('huyện Nghi Xuân');
  });

  it('takes no count after a name into the place ("Thành phố Vị Thanh 30 phần"), but a school\'s number', () => {
    expect(event('Sáng 3/12, Hội Người mù tỉnh trao quà đến 300 người khuyết tật: Thành phố Vị Thanh 30 phần, thành phố Ngã Bảy 25 phần.').location).toBe('Thành phố Vị Thanh');
    expect(event('Sáng 5/9, Trường Tiểu học Vạn Hưng 2 tổ chức lễ khai giảng năm học mới.').location).toBe('Trường Tiểu học Vạn Hưng 2');
  });

  it('ends a unit\'s name where its capitalised words end ("tại Tp. Hồ Chí Minh mong muốn …")', () => {
    expect(event('Sáng 9/12, đại diện Lãnh sự quán tại Tp. Hồ Chí Minh mong muốn thắt chặt quan hệ hữu nghị, tình cảm tốt đẹp với Việt Nam.').location).toBe('Tp. Hồ Chí Minh');
    expect(event('Chiều 12/12, tại thủ đô Vientiane, diễn ra lễ bế mạc Đại hội Tổng hội người Việt Nam.').location).toBe('thủ đô Vientiane');
    expect(event('Sáng 3/3, tại xã Hòa Bình, huyện Kiến Xương, tỉnh Thái Bình, Hội Nông dân tổ chức đại hội.').location).toBe('xã Hòa Bình, huyện Kiến Xương, tỉnh Thái Bình');
  });

  it('keeps a department\'s words written with one capital in the place ("tại Sở Khoa học và Công nghệ")', () => {
    expect(event('Sáng 12/5, tại Sở Khoa học và Công nghệ, Hội Tin học tỉnh tổ chức Đại hội lần thứ III.').location).toBe('Sở Khoa học và Công nghệ');
    expect(event('Sáng 12/5, tại Sở Tài nguyên và Môi trường, Hội Tin học tỉnh tổ chức hội nghị.').location).toBe('Sở Tài nguyên và Môi trường');
  });

  it('reads no place from a unit\'s word that no name or number follows ("ở xóm và người có uy tín")', () => {
    const lead = 'Sáng 13/10, Ban Dân tộc tỉnh tổ chức hội nghị cho các già làng, Trưởng các đoàn thể ở xóm và người có uy tín của các xã.';
    expect(event(lead).location).toBeNull();
    expect(event('Sáng 13/10, Ban Dân tộc tỉnh tổ chức hội nghị ở xóm Đồng Tâm.').location).toBe('xóm Đồng Tâm');
  });

  it('reads a venue in the event\'s name with its address, and a school type\'s second syllable in lower case', () => {
    const located = (headline: string, lead: string) => parseArticle([headline, lead].join('\n'), { path: 't.txt' }).event.location;
    expect(located('Lễ khánh thành nhà lớp học điểm trường Tiểu học thôn Bản Lâm, xã Hoa Lâm', 'Ngày 10/9, buổi lễ diễn ra trang trọng.'))
      .toBe('điểm trường Tiểu học thôn Bản Lâm, xã Hoa Lâm');
    expect(located('Khánh thành điểm trường Mầm non Nà Lâm, xã Hoa Lâm', 'Sáng 15/9, buổi lễ diễn ra trang trọng.'))
      .toBe('điểm trường Mầm non Nà Lâm, xã Hoa Lâm');
    expect(located('Khánh thành điểm trường Mầm non Nà Lâm', 'Sáng 15/9, buổi lễ diễn ra trang trọng.')).toBe('điểm trường Mầm non Nà Lâm');
    // The term read by its match key: old tone placement ("hoá") as new ("hóa").
    for (const culture of ['Văn hóa', 'Văn hoá']) {
      expect(located(`Khánh thành Trung tâm ${culture} thôn Bản Lâm, xã Hoa Lâm`, 'Sáng 15/9, buổi lễ diễn ra trang trọng.'))
        .toBe(`Trung tâm ${culture} thôn Bản Lâm, xã Hoa Lâm`);
    }
  });

  it('reads "tại" with its parenthesised address', () => {
    expect(event('Sáng 3/3, tại Nhà văn hóa thôn Đông (xã Hòa Bình, huyện Kiến Xương), Hội Cựu chiến binh tổ chức đại hội.').location)
      .toBe('Nhà văn hóa thôn Đông (xã Hòa Bình, huyện Kiến Xương)');
  });

  it('reads no place from a unit word the dash of an outlet\'s initials follows, but one with its name', () => {
    expect(event('TP - Sáng 9-4, Công an TP Hòa Lâm tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc.').location).toBe('TP Hòa Lâm');
    expect(event('Sáng 9-4, tại tỉnh Bà Rịa - Vũng Tàu, Hội Nông dân tổ chức hội thi nhà nông giỏi.').location).toBe('tỉnh Bà Rịa - Vũng Tàu');
  });

  it('keeps the city after a comma and stops at the verb', () => {
    expect(event('Ngày 7/7, Hội thảo khoa học diễn ra tại Khách sạn Sông Hàn, Đà Nẵng với hơn 200 đại biểu.').location)
      .toBe('Khách sạn Sông Hàn, Đà Nẵng');
  });

  it('keeps the commas of a venue named by a capitalised list ("Thể thao, Hội nghị và Triển lãm")', () => {
    expect(event('Tối 12/10, tại Trung tâm Thể thao, Hội nghị và Triển lãm huyện Mường Khê, tỉnh Lâm Hà, Đoàn Thanh niên huyện tổ chức đêm giao lưu văn nghệ.').location)
      .toBe('Trung tâm Thể thao, Hội nghị và Triển lãm huyện Mường Khê, tỉnh Lâm Hà');
  });

  it('reads no lake in "Hồ Chí Minh" (a family name opening a person\'s name)', () => {
    expect(event('Chiều 19/5, phường Hòa Khánh tổ chức tọa đàm về tư tưởng Hồ Chí Minh với thanh niên.').location).toBe('phường Hòa Khánh');
  });

  it('reads a host venue as the place when its partners are only associations with no premises', () => {
    expect(event('Tối 26/3, Trường THCS Hòa Bình phối hợp với Đoàn TNCS, Hội Phụ nữ xã Hòa Bình tổ chức đêm liên hoan văn nghệ.').location)
      .toBe('Trường THCS Hòa Bình');
    // A partner with premises of its own may host it: the school is not said to.
    expect(event('Tối 26/3, Trường THCS Hòa Bình phối hợp với Nhà văn hóa huyện Kiến Xương tổ chức đêm liên hoan văn nghệ.').location)
      .not.toBe('Trường THCS Hòa Bình');
  });

  it('reads a unit pointed back to ("tại tỉnh này") as the place named with that unit before', () => {
    const e = event('Tối 5/11, huyện Mường Khê, tỉnh Lâm Hà khai mạc hội chợ nông sản lần đầu được tổ chức tại tỉnh này.');
    expect(e.location).toBe('tỉnh Lâm Hà');
    // No "tỉnh X" before it: the pointer names no place of its own.
    expect(event('Tối 5/11, hội chợ nông sản lần đầu được tổ chức tại tỉnh này.').location).not.toBe('tỉnh này');
  });

  it('reads a venue that opens an organiser\'s name as the organiser\'s whole name', () => {
    expect(event('Ngày 25/4, Trường Đại học Ngoại ngữ phối hợp cùng Viện Hàn lâm Hòn Ngọc tổ chức Hội thảo quốc tế về giáo dục.').location)
      .toBe('Trường Đại học Ngoại ngữ');
  });

  it('reads a gate of a venue ("Cổng chính Công viên X")', () => {
    expect(event('Sáng 2/4, tại Cổng chính Sân vận động Tân Lập (phường Bắc Sơn), Hội Cựu chiến binh thị xã tổ chức chạy bộ gây quỹ.').location)
      .toBe('Cổng chính Sân vận động Tân Lập (phường Bắc Sơn)');
  });

  it('reads past the full stop of "TP." before the city', () => {
    expect(event('Sáng 9/9, tại TP. Hồ Chí Minh, Hiệp hội Dệt may tổ chức Hội nghị khách hàng năm 2025.').location)
      .toBe('TP. Hồ Chí Minh');
  });

  it('skips "tại buổi lễ" and ends a proper name at the first common word', () => {
    const e = event('Phát biểu tại buổi lễ, ông Vũ Văn Tâm cảm ơn.', 'Ngày 4/4, Tuần văn hóa Việt Nam tại Hàn Quốc và Nhật Bản thu hút nhiều khách.');
    expect(e.location).toBe('Hàn Quốc và Nhật Bản');
  });

  it('reads no place from a "tại" inside an organiser\'s name, nor from where somebody lives', () => {
    expect(event('Ngày 6/6, Văn phòng Quỹ Hoa Sen tại Việt Nam phối hợp với Hội Nông dân tổ chức hội thảo tại Hà Nội.').location).toBe('Hà Nội');
    const home = event('Sáng 2/8, Hội Cựu chiến binh huyện Mường Khê tổ chức lễ khánh thành nhà tình nghĩa cho ông Lò Văn Tám (trú tại thôn Nà Sản, xã Chiềng Ban).');
    expect(home.location).toBe('huyện Mường Khê');
    expect(event('Sáng 2/8, Hội Cựu chiến binh tổ chức lễ khánh thành nhà tình nghĩa tại thôn Nà Sản, xã Chiềng Ban.').location)
      .toBe('thôn Nà Sản, xã Chiềng Ban');
  });

  it('takes the unit an organiser governs when the text names no other place', () => {
    const e = event(
      'BP - UBND huyện Hòa Lâm vừa tổ chức lễ phát động Tháng hành động vì bình đẳng giới năm 2019.',
      'Tháng hành động được triển khai từ ngày 15-11 đến 15-12-2019, nhằm thu hút sự quan tâm của cộng đồng.',
    );
    expect(e.location).toBe('huyện Hòa Lâm');
    // An organiser with no named unit gives none.
    expect(event('BP - Hội Phụ nữ huyện vừa tổ chức lễ phát động.', 'Tháng hành động được triển khai từ ngày 15-11 đến 15-12-2019.').location).toBeNull();
  });

  it('reads no place from a unit word that ends a body\'s name before its verb', () => {
    const located = (headline: string, lead: string) => parseArticle([headline, lead].join('\n'), { path: 't.txt' }).event.location;
    expect(located('Liên đoàn Lao động tỉnh trao Mái ấm Công đoàn', 'Ngày 24-5, Liên đoàn Lao động tỉnh trao hai căn nhà cho đoàn viên.')).toBeNull();
    expect(located('Hội Nông dân huyện tổ chức Hội thi Nhà nông giỏi', 'Ngày 24-5, Hội Nông dân huyện tổ chức hội thi.')).toBeNull();
    // A lower-case word that is no verb may still open a place's name.
    expect(event('Sáng 24-5, Hội Cựu chiến binh tổ chức hội nghị tại huyện đảo Lý Sơn.').location).toBe('huyện đảo Lý Sơn');
  });

  describe('reads no place where a unit word names none', () => {
    const located = (headline: string, lead: string) => parseArticle([headline, lead].join('\n'), { path: 't.txt' }).event.location;
    it('past a colon after the unit ("tỉnh: Trao …")', () => {
      expect(located('Ngân hàng chính sách xã hội tỉnh: Trao tiền ủng hộ cho các địa phương', 'Ngân hàng vừa trao 200 triệu đồng cho các địa phương.')).toBeNull();
    });
    it('from a number after a unit that is never numbered ("tỉnh 6 tháng đầu năm"), though "Quận 8" is a place', () => {
      expect(located('Họp báo công bố số liệu kinh tế – xã hội tỉnh 6 tháng đầu năm 2020', 'Sáng 3/7, Cục Thống kê tổ chức họp báo.')).toBeNull();
      expect(event('Sáng 3/7, Hội Nông dân tổ chức hội nghị tại Quận 8.').location).toBe('Quận 8');
    });
    it('from a document\'s number ("Kế hoạch số 76-KH/BTCTW")', () => {
      expect(event('Thực hiện Kế hoạch số 76-KH/BTCTW ngày 17-5-2017 của Ban Tổ chức Trung ương, Hội Nhà báo tổ chức giải báo chí.').location).toBeNull();
    });
    it('from the island word of "Hải đảo" ("Tuần lễ Biển - Hải đảo Việt Nam")', () => {
      expect(event('Hưởng ứng Tuần lễ Biển - Hải đảo Việt Nam năm 2020, Đoàn Thanh niên phát động phong trào chống rác thải nhựa.').location).toBeNull();
    });
  });

  it('takes a house number for a place only with its street', () => {
    expect(event('Sáng 5/3, UBND tỉnh Lâm Hà tổ chức lễ khởi công tuyến đường số 3 (Cầu Đá - Bến Lở).').location).not.toMatch(/^số/);
    expect(event('Sáng 5/3, công ty tổ chức lễ khánh thành xưởng số 2.').location).toBeNull();
    expect(event('Sáng 5/3, Hội Cựu chiến binh tổ chức hội nghị tổng kết tại số 8 Trần Phú, TP Hòa Lâm.').location)
      .toBe('số 8 Trần Phú, TP Hòa Lâm');
  });

  it('falls back to a place in the event name, then to a province in its sentence', () => {
    expect(event('Chiều 1/12, huyện tổ chức lễ khánh thành Nhà văn hóa xã Phú Lộc.').location).toBe('Nhà văn hóa xã Phú Lộc');
    expect(event('Sáng 20/11, Sở GD&ĐT Quảng Ninh tổ chức lễ tuyên dương nhà giáo tiêu biểu.').location).toBe('Quảng Ninh');
  });

  it('lets front matter location win', () => {
    const a = parseArticle('---\nlocation: Nhà hát Lớn Hà Nội\n---\n# Tiêu đề\n\nTối 2/9, đêm nhạc diễn ra tại Hải Phòng.\n', { path: 't.md' });
    expect(a.event.location).toBe('Nhà hát Lớn Hà Nội');
  });

  it('records the rule that found it', () => {
    const a = article('Sáng 3/3, hội thi diễn ra tại Sân vận động Thiên Trường, TP Nam Định.');
    expect(a.evidence['event.location'][0].rule).toBe('event.location-at');
    expect(a.event.location).toBe('Sân vận động Thiên Trường, TP Nam Định');
  });

  it('takes no place from a unit whose name is a person named there ("Chủ tịch UBND tỉnh Lê Văn A")', () => {
    const speech = 'Công tác khuyến học là nhiệm vụ chung. Đó là chia sẻ của đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hoàng Minh Tuấn tại hội nghị do Hội Khuyến học tổ chức sáng nay.';
    expect(event(speech).location).toBeNull();
    // A unit named after a historical figure is still a place when nobody is named there.
    const a = article('Chiều 19/5, phường Lê Lợi tổ chức tọa đàm với thanh niên do ông Nguyễn Văn Hùng, Bí thư Đoàn phường, chủ trì.');
    expect(a.people.map((p) => p.name)).toEqual(['Nguyễn Văn Hùng']);
    expect(a.event.location).toBe('phường Lê Lợi');
  });

  it('marks the place in the parsed text, where a run of spaces is one', () => {
    const text = ['Tiêu đề bài viết thử', 'Chiều 5/5, tại Nhà  Văn hóa   thôn Đông, Hội Nông dân xã tổ chức hội thi.'].join('\n');
    const a = parseArticle(text, { path: 't.txt' });
    expect(a.event.location).toBe('Nhà Văn hóa thôn Đông');
    const { start, end } = a.evidence['event.location'][0];
    expect(parse(text, { path: 't.txt' }).text.slice(start, end)).toBe('Nhà Văn hóa thôn Đông');
  });

  it('marks a place cut before an organiser\'s name, in the parsed text', () => {
    const text = ['Tiêu đề bài viết thử', 'Chiều 20-11, Hội đồng hương Tân Lạc tại thủ đô  Hà Nội và Quỹ khuyến học Tân Lạc tổ chức họp mặt.'].join('\n');
    const a = parseArticle(text, { path: 't.txt' });
    const { start, end } = a.evidence['event.location'][0];
    expect(a.event.location).toBe('thủ đô Hà Nội');
    expect(parse(text, { path: 't.txt' }).text.slice(start, end)).toBe('thủ đô Hà Nội');
  });
});

describe('event.location: as specific as the text says', () => {
  it('takes a city named in the event\'s sentence over the organiser\'s province, with its province', () => {
    const e = event('Tối 3/8, Hội thi lân sư rồng do Sở Văn hóa tỉnh Khánh Hòa tổ chức đã diễn ra trên đường phố thành phố Nha Trang, tỉnh Khánh Hòa.');
    expect(e.location).toBe('thành phố Nha Trang, tỉnh Khánh Hòa');
  });

  it('falls back on the organiser\'s province when the sentence names no smaller place', () => {
    const e = event('Tối 3/8, Hội thi lân sư rồng do Sở Văn hóa tỉnh Khánh Hòa tổ chức đã diễn ra sôi nổi.');
    expect(e.location).toBe('Khánh Hòa');
  });

  it('reads a unit the event\'s name gives bare as the unit of that level its sentence names', () => {
    const a = article('Sáng 12/9, huyện Lâm Thao tổ chức diễn tập khu vực phòng thủ huyện năm 2025.');
    expect(a.event.location).toBe('huyện Lâm Thao');
    expect(a.evidence['event.location'][0].rule).toBe('event.location-bare-unit');
    expect(event('Ngày 5-6, UBND TP Tam Kỳ tổ chức Hội thi tiếng hát cấp thành phố năm 2024.').location).toBe('TP Tam Kỳ');
    // No unit of that level named: the organiser's province, not the bare unit.
    expect(event('Sáng 3/3, Sở Văn hóa tỉnh Khánh Hòa tổ chức hội thi văn nghệ cấp huyện năm 2025.').location).toBe('Khánh Hòa');
  });

  it('reads no name in a year or a term after a unit word, but a number after a unit word is one', () => {
    expect(event('Chiều 2/3, Thường trực HĐND tổ chức phiên họp chuẩn bị kỳ họp HĐND huyện khóa VII.').location).toBeNull();
    expect(event('Sáng 20/3, Hội Cựu chiến binh phường số 3 tổ chức đại hội.').location).toBe('phường số 3');
  });

  it('falls back on the one province the article names, but not when it names two', () => {
    const lines = (last: string) => ['Ngày hội giới thiệu nông sản sẽ diễn ra từ ngày 12 - 15/10.', `Đây là dịp quảng bá nông sản của ${last}.`];
    const a = article(...lines('tỉnh Lạng Sơn'));
    expect(a.event.location).toBe('Lạng Sơn');
    expect(a.evidence['event.location'][0].rule).toBe('event.location-sole-province');
    expect(event(...lines('tỉnh Lạng Sơn và tỉnh Cao Bằng')).location).toBeNull();
  });

  it('reads a province only where its name is capitalised ("diễn biến hòa bình" is peace)', () => {
    const lines = (topic: string) => ['Lớp bồi dưỡng kiến thức quốc phòng diễn ra trong 2 ngày.', `Học viên học chuyên đề phòng chống ${topic}.`];
    expect(event(...lines('diễn biến hòa bình, bạo loạn lật đổ')).location).toBeNull();
    expect(event('Sáng 3/3, Hội Nông dân tổ chức hội nghị về diễn biến hòa bình ở tỉnh Lạng Sơn.').location).not.toBe('hòa bình');
    expect(event(...lines('thiên tai ở Hòa Bình')).location).toBe('Hòa Bình');
  });

  it('reads a natural place after "tại"', () => {
    expect(event('Sáng 9/6/2024, huyện tổ chức Ngày hội môi trường tại đảo Hòn Tre.').location).toBe('đảo Hòn Tre');
  });

  it('ends a named edition ("Lễ hội Làng Sen 2019") before the anniversary after its comma', () => {
    expect(event('Tối 17/5, tỉnh Hoa Mai khai mạc Lễ hội Làng Sen 2019, kỉ niệm 129 năm ngày sinh Bác Hồ.').name).toBe('Lễ hội Làng Sen 2019');
    // A type with no name of its own is held for the anniversary: the name goes on.
    expect(event('Tối 17/5, huyện Hoa Mai tổ chức Lễ mít tinh, kỷ niệm 50 năm Ngày Giải phóng quê hương.').name)
      .toBe('Lễ mít tinh, kỷ niệm 50 năm Ngày Giải phóng quê hương');
  });

  it('reads a market or a supermarket after "tại" as a venue', () => {
    expect(event('19 giờ ngày 21/1, Công an tỉnh tổ chức diễn tập phòng cháy tại chợ Hoa Mai, TP.Hoa Mai.').location).toBe('chợ Hoa Mai, TP.Hoa Mai');
    expect(event('Sáng 28/12, Công an tỉnh tổ chức diễn tập phòng cháy tại siêu thị Sen Vàng.').location).toBe('siêu thị Sen Vàng');
  });

  it('does not take a commemorated day ("Ngày Nhà báo Việt Nam") for a venue', () => {
    const e = event('Sáng 21/6/2024, Hội Nhà báo tổ chức Lễ kỷ niệm 99 năm Ngày Nhà báo Việt Nam cách mạng.');
    expect(e.location).toBeNull();
  });
});

describe('event.date: none rather than a wrong one', () => {
  it('gives no event day when the only day is a past one in parentheses late in the text', () => {
    const e = event(
      'Trường vừa đón nhận Huân chương Lao động hạng Nhì.',
      'Buổi lễ có nhiều cựu học sinh về dự.',
      'Nhiều thế hệ giáo viên đã gắn bó với trường.',
      'Trường có bề dày truyền thống.',
      'Trường mang tên nhà giáo Lê Văn Tám (sinh ngày 2/3/1901).',
    );
    expect(e.date).toBeNull();
  });
});

describe('event: end day and clock time stated apart from the start', () => {
  it('takes the end from "diễn ra đến hết ngày" and a clock time from the next paragraph', () => {
    const e = event(
      'Tối 15.8.2024, tại Quảng trường 2/9, tỉnh khai mạc Hội chợ nông sản năm 2024.',
      'Hội chợ diễn ra đến hết ngày 21.8 với 200 gian hàng.',
      'Lễ khai mạc bắt đầu lúc 19h30.',
    );
    expect(e).toMatchObject({ date: '2024-08-15', endDate: '2024-08-21', time: '19:30', location: 'Quảng trường 2/9' });
  });
});

describe('event.name: deputies meeting voters, a mass', () => {
  it('names a meeting with voters and a mass by their heads', () => {
    expect(event('Ngày 7/1/2026, tổ đại biểu HĐND huyện ứng cử tại xã Hoa Lâm đã có buổi tiếp xúc cử tri sau kỳ họp thứ năm.').name)
      .toBe('buổi tiếp xúc cử tri sau kỳ họp thứ năm');
    expect(event('Sáng 26/9, tại nhà thờ chính tòa, Đức Giám mục chủ sự thánh lễ mừng bổn mạng giáo phận.').name).toBe('thánh lễ mừng bổn mạng giáo phận');
  });

  it('names a leader\'s reception of citizens by its head, not the headline\'s leader ("buổi tiếp công dân định kỳ")', () => {
    const e = event('Sáng 17/11, tại Trụ sở Tiếp công dân tỉnh, đồng chí Nguyễn Văn An - Phó Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân định kỳ tháng 11/2025 theo chương trình công tác của UBND tỉnh.');
    expect(e).toMatchObject({ name: 'buổi tiếp công dân định kỳ tháng 11/2025', type: 'tiếp công dân' });
  });
});

describe('event.name: counts of years listed', () => {
  it('goes on past the commas of counts of years, and drops an "đợt" its date was cut from', () => {
    expect(event('Sáng 25/11, Đảng bộ xã Hoa Lâm long trọng tổ chức Lễ trao tặng Huy hiệu 40, 45, 50, 65 năm tuổi Đảng đợt 2/9, 7/11 cho 11 đồng chí.').name)
      .toBe('Lễ trao tặng Huy hiệu 40, 45, 50, 65 năm tuổi Đảng');
    expect(event('Sáng 25/11, Đảng bộ xã Hoa Lâm tổ chức Lễ trao tặng Huy hiệu 30, 40 và 50 năm tuổi Đảng; 12 đảng viên được nhận.').name)
      .toBe('Lễ trao tặng Huy hiệu 30, 40 và 50 năm tuổi Đảng');
    // A year before the comma is no count: what follows it is a clause ("30 năm qua, …").
    expect(event('Sáng 25/11, Trường THCS Hoa Lâm tổ chức Lễ tuyên dương học sinh giỏi năm 2026, 30 năm qua trường luôn dẫn đầu huyện.').name)
      .toBe('Lễ tuyên dương học sinh giỏi năm 2026');
  });
});

describe('event.name: a paired field and a capitalised list', () => {
  it('keeps the place before the edition\'s count in the name ("tại Nhật Bản lần thứ 10"), not a venue after it', () => {
    expect(event('Lễ hội Việt Nam tại Nhật Bản lần thứ 10 diễn ra ngày 10/6 tại công viên Yoyogi.').name).toBe('Lễ hội Việt Nam tại Nhật Bản lần thứ 10');
    expect(event('Sáng 10/6, Đại sứ quán tổ chức Lễ hội Việt Nam tại công viên Yoyogi.').name).toBe('Lễ hội Việt Nam');
  });

  it('reads past the spaced dash of "kinh tế - xã hội" but not past an apposition', () => {
    expect(event('Tối 2/9, tỉnh Lâm Hà tổ chức Hội chợ thành tựu kinh tế - xã hội năm 2025 tại quảng trường tỉnh.').name)
      .toBe('Hội chợ thành tựu kinh tế - xã hội năm 2025');
    expect(event('Sáng 29/5, Sở Công Thương tổ chức Hội nghị kết nối cung - cầu nông sản an toàn tỉnh Lâm Hà năm 2024.').name)
      .toBe('Hội nghị kết nối cung - cầu nông sản an toàn tỉnh Lâm Hà năm 2024');
    expect(event('Sáng 2/9, Giải chạy Vì biển xanh - hoạt động của tuần lễ du lịch diễn ra tại bãi biển Hòn Ngọc.').name)
      .toBe('Giải chạy Vì biển xanh');
  });

  it('keeps the commas of a capitalised list closed by "và"', () => {
    expect(event('Chiều 21/11, Học viện Nông nghiệp Đồng Lâm tổ chức Diễn đàn khu vực về Giống cây, Thủy lợi, Phân bón và Thị trường (AGRIF) với 150 nhà khoa học.').name)
      .toBe('Diễn đàn khu vực về Giống cây, Thủy lợi, Phân bón và Thị trường');
    expect(event('Sáng 8/1, thị trấn Bến Đò tổ chức Hội nghị sơ kết phong trào thi đua, Ban Dân vận và Huyện đoàn cùng dự.').name)
      .toBe('Hội nghị sơ kết phong trào thi đua');
  });
});

describe('event.name: a scholarship handed out with no event noun', () => {
  it('names the event by the headline\'s "Trao học bổng …"', () => {
    const e = parseArticle(
      ['Trao học bổng Hoa Sen cho học sinh nghèo vượt khó', 'Ngày 30-10, Hội Khuyến học tỉnh trao 90 suất học bổng cho học sinh nghèo vượt khó.'].join('\n'),
      { path: 't.txt' },
    ).event;
    expect(e.name).toBe('Trao học bổng Hoa Sen cho học sinh nghèo vượt khó');
  });
});

describe('event.name: a date after the name', () => {
  it('ends the name at the day written after it, before the full stop', () => {
    expect(event('Đây là phát biểu của lãnh đạo nhà trường tại Hội thảo khoa học quốc tế Hòn Ngọc 2026 sáng 7/11.').name)
      .toBe('Hội thảo khoa học quốc tế Hòn Ngọc 2026');
  });
});

describe('event.name: a bare head and its quoted theme', () => {
  it('takes the quoted theme after a bare head (or one with lower-case words: see below), not a theme after a proper name or an unquoted one', () => {
    expect(event('Sở Giáo dục vừa tổng kết và trao giải cuộc thi với chủ đề “Quê hương em”. Cuộc thi thu hút 900 học sinh.').name)
      .toBe('cuộc thi với chủ đề “Quê hương em”');
    expect(event('Sở Giáo dục vừa trao giải cuộc thi viết thư quốc tế UPU với chủ đề “Quê hương em”. Cuộc thi thu hút 900 học sinh.').name)
      .toBe('cuộc thi viết thư quốc tế UPU');
    expect(event('Sở Giáo dục vừa trao giải cuộc thi với chủ đề quê hương em. Cuộc thi thu hút 900 học sinh.').name).toBe('cuộc thi');
  });
});

describe('event.name: a bracketed qualifier inside the name', () => {
  it('reads past a short capitalised qualifier the name goes on after in lower case', () => {
    expect(event('Sáng 2/3, UBND huyện Yên Sơn đã tổ chức Giải Bóng đá (Cụm 2) thanh niên các xã vùng cao lần thứ IV.').name)
      .toBe('Giải Bóng đá (Cụm 2) thanh niên các xã vùng cao lần thứ IV');
    // A place in brackets before the verb, or words in lower case, end it there.
    expect(event('Sáng 2/3, UBND huyện Yên Sơn đã tổ chức Giải Bóng đá thanh niên (Yên Sơn) tại sân vận động huyện.').name)
      .toBe('Giải Bóng đá thanh niên');
    expect(event('Sáng 2/3, UBND huyện Yên Sơn đã tổ chức Giải Bóng đá thanh niên (lần thứ nhất) cho các xã vùng cao.').name)
      .toBe('Giải Bóng đá thanh niên');
  });
});

describe('event.name: an unclosed quotation mark', () => {
  it('ends the name at the sentence\'s full stop though the mark is never closed', () => {
    expect(event('Ngày 12/8, Hội Nông dân huyện Yên Sơn tổ chức Hội thi “Nhà nông giỏi" lần thứ nhất năm 2024. Tham dự có 18 đội thi đến từ các xã.').name)
      .toBe('Hội thi “Nhà nông giỏi" lần thứ nhất năm 2024');
  });
});

describe('event.name: commas, clauses and verbs', () => {
  it('keeps a second verb of the name after a comma ("tuyên dương, khen thưởng …")', () => {
    expect(event('Ngày 20/8, Phòng Giáo dục huyện Tân Lạc tổ chức lễ tuyên dương, khen thưởng học sinh giỏi cấp tỉnh năm học 2024-2025.').name)
      .toBe('lễ tuyên dương, khen thưởng học sinh giỏi cấp tỉnh năm học 2024-2025');
  });

  it('keeps the second half of a meeting\'s or an opening\'s paired business after a comma, however long', () => {
    expect(event('Chiều 14/9, Ủy ban MTTQ huyện tổ chức Hội nghị quán triệt, triển khai công tác chuẩn bị và tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp xã, nhiệm kỳ 2024 - 2029.').name)
      .toBe('Hội nghị quán triệt, triển khai công tác chuẩn bị và tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp xã, nhiệm kỳ 2024 - 2029');
    expect(event('Ngày 21/9, UBND tỉnh phối hợp Ngân hàng Hòa Bình tổ chức lễ khánh thành, đưa vào sử dụng bốn cây cầu giao thông nông thôn trên địa bàn huyện Tân Phú.').name)
      .toBe('lễ khánh thành, đưa vào sử dụng bốn cây cầu giao thông nông thôn');
    expect(event('Sáng 19/6, tại Nghĩa trang Liệt sỹ huyện, UBND tỉnh tổ chức lễ đón nhận, truy điệu và an táng 12 hài cốt liệt sỹ quân tình nguyện.').name)
      .toBe('lễ đón nhận, truy điệu và an táng 12 hài cốt liệt sỹ quân tình nguyện');
    expect(event('Sáng 24/10, tại tỉnh Hòa Lâm diễn ra Lễ khởi công, khởi động 3 dự án trọng điểm của tỉnh.').name)
      .toBe('Lễ khởi công, khởi động 3 dự án trọng điểm của tỉnh');
  });

  it('ends a name at an apposition ("…, một trong những sự kiện …") and at a comma before a count of people', () => {
    expect(event('Tối 14/10, Trường Đại học Hòa Bình tổ chức Chương trình Chào tân sinh viên 2022, một trong những sự kiện thường niên của nhà trường.').name)
      .toBe('Chương trình Chào tân sinh viên 2022');
    expect(event('Sáng 5/9, Trường Đại học Hòa Bình tổ chức Lễ Khai giảng toàn quốc, chào đón gần 6000 tân sinh viên.').name).toBe('Lễ Khai giảng toàn quốc');
    // A count the name holds stays ("lễ kết nạp cho 95 đoàn viên mới").
    expect(event('Ngày 10/1, Đoàn trường tổ chức lễ kết nạp cho 95 đoàn viên mới.').name).toBe('lễ kết nạp cho 95 đoàn viên mới');
  });

  it('keeps "biểu dương" after a comma as a verb of the name, not a clause after it', () => {
    expect(event('Ngày 3/2, Huyện ủy Tân Lạc tổ chức Hội nghị gặp mặt, biểu dương đảng viên tiêu biểu năm 2025.').name)
      .toBe('Hội nghị gặp mặt, biểu dương đảng viên tiêu biểu năm 2025');
    expect(event('Ngày 3/2, Huyện ủy Tân Lạc tổ chức Hội nghị gặp mặt, thu hút 200 đảng viên tham dự.').name).toBe('Hội nghị gặp mặt');
  });

  it('ends a name at "và" and a second activity after its quoted title, not at "và" inside one activity', () => {
    expect(event('Sáng 2/2, Hội Nhà báo tỉnh tổ chức Lễ khai mạc "Hội báo Xuân Bính Ngọ 2026" và trao "Giải báo chí Hoa Lâm 2025".').name)
      .toBe('Lễ khai mạc "Hội báo Xuân Bính Ngọ 2026"');
    expect(event('Sáng 2/2, Hội Nhà báo tỉnh tổ chức Lễ trao Giải báo chí "Vì Hoa Lâm xanh" và "Bút vàng" năm 2025.').name)
      .toBe('Lễ trao Giải báo chí "Vì Hoa Lâm xanh" và "Bút vàng" năm 2025');
  });

  it('ends a name that opens the sentence with "Tại" at its comma, however short the clause after', () => {
    const a = article('Hai huyện miền núi bắt tay hợp tác', 'Tại lễ ký kết, hai bên đã trao biên bản ghi nhớ.');
    expect(a.event.name).toBe('lễ ký kết');
  });

  it('ends a name before a clause that reports what the event achieved', () => {
    expect(event('Sáng 2/3, Ban Chỉ huy Quân sự huyện tổ chức Lễ giao quân năm 2026 hoàn thành chỉ tiêu 80 tân binh.').name)
      .toBe('Lễ giao quân năm 2026');
  });

  it('names the event by the verb after "đã" when there is no event noun, past a byline paragraph', () => {
    const a = article('Minh Hà 12/04/2026 08:15 GMT+7', 'Sáng nay, UBND tỉnh Hòa Bình đã khánh thành cầu Suối Rè bắc qua sông Bôi.');
    expect(a.event).toMatchObject({ name: 'khánh thành cầu Suối Rè', type: 'khánh thành' });
  });

  it('reads a road opened to traffic and a plaque given to a work as events ("thông xe", "gắn biển")', () => {
    expect(article('Thông xe cầu Rạch Miễu 2', 'Sáng 12/5, Bộ Giao thông vận tải đã thông xe cầu Rạch Miễu 2 bắc qua sông Tiền.').event)
      .toMatchObject({ name: 'thông xe cầu Rạch Miễu 2', type: 'thông xe' });
    expect(article('Gắn biển công trình chào mừng Đại hội', 'Sáng 11/10, nhân dịp Đại hội Đảng bộ tỉnh lần thứ XV, Ban Thường vụ Tỉnh ủy đã gắn biển công trình cầu Bến Thủy 3.').event)
      .toMatchObject({ name: 'gắn biển công trình cầu Bến Thủy 3', type: 'gắn biển' });
  });

  it('names the event by the verb after an organisation and its aside in brackets ("Tổ đại biểu … (đơn vị số 9) tiếp xúc cử tri")', () => {
    const a = article('Cử tri phường: Kẹt xe và ngập ngày càng phổ biến', 'Chiều 24-11, Tổ đại biểu HĐND thành phố (đơn vị số 9) tiếp xúc cử tri phường Diên Hồng trước kỳ họp thứ 6.');
    expect(a.event).toMatchObject({ name: 'tiếp xúc cử tri phường Diên Hồng trước kỳ họp thứ 6', type: 'tiếp xúc cử tri' });
  });

  it('ends a name before what the work it opens cost ("trị giá …", "tổng mức đầu tư …")', () => {
    expect(event('Sáng 12/5, UBND huyện Đông Hải tổ chức lễ khánh thành cầu Kênh Tư trị giá 800 triệu đồng.').name)
      .toBe('lễ khánh thành cầu Kênh Tư');
    expect(event('Sáng 12/5, UBND tỉnh tổ chức lễ khởi công tuyến đường ven biển tổng mức đầu tư 1.200 tỷ đồng.').name)
      .toBe('lễ khởi công tuyến đường ven biển');
  });

  it('names the event by a passive verb after "vừa được" when there is no event noun, not by a verb with no aspect', () => {
    expect(event('Chiều 20/8, hai học sinh nghèo vượt khó của xã Tân Mỹ vừa được trao tặng mỗi em một suất học bổng.').name)
      .toBe('trao tặng mỗi em một suất học bổng');
    expect(event('Chiều 20/8, hai học sinh nghèo vượt khó của xã Tân Mỹ được trao tặng mỗi em một suất học bổng.').name).toBe(HEADLINE);
  });

  it('keeps a list of short lower-case items that runs to the sentence\'s full stop, not one a clause or a capital breaks', () => {
    expect(event('Ngày 7/7, Liên minh HTX hai tỉnh tổ chức hội nghị giới thiệu tiềm năng, thế mạnh, kết nối cung cầu sản phẩm của các HTX.').name)
      .toBe('hội nghị giới thiệu tiềm năng, thế mạnh, kết nối cung cầu sản phẩm của các HTX');
    expect(event('Chiều 19/9, Sở Công thương chủ trì hội nghị thúc đẩy hợp tác, liên kết trong tiêu thụ lúa, gạo.').name)
      .toBe('hội nghị thúc đẩy hợp tác, liên kết trong tiêu thụ lúa, gạo');
    expect(event('Sáng 5/3, UBND xã tổ chức hội nghị tổng kết, đánh giá kết quả, với sự tham dự của 200 đại biểu.').name).toBe('hội nghị tổng kết');
    expect(event('Sáng 5/3, Hội Nông dân tổ chức hội nghị tổng kết, Chủ tịch Hội Nông dân xã phát biểu, nhiều hội viên dự.').name).toBe('hội nghị tổng kết');
    // A count of people after the comma opens a clause.
    expect(event('Sáng 5/3, Hội Chữ thập đỏ tổ chức Ngày hội “Vì sức khỏe cộng đồng” lần thứ 2, hơn 500 người dân tham gia khám bệnh, tư vấn sức khỏe.').name)
      .toBe('Ngày hội “Vì sức khỏe cộng đồng” lần thứ 2');
  });

  it('keeps whom a ceremony sends off ("quân nhân hoàn thành nghĩa vụ quân sự tại ngũ")', () => {
    expect(event('Sáng 5/3, Ban Chỉ huy Quân sự huyện tổ chức Lễ tiễn quân nhân hoàn thành nghĩa vụ quân sự tại ngũ năm 2021.').name)
      .toBe('Lễ tiễn quân nhân hoàn thành nghĩa vụ quân sự tại ngũ năm 2021');
  });

  it('reads a working session as an event ("Tại buổi làm việc, …")', () => {
    const a = article('Đoàn công tác huyện Mỹ Lâm thăm xã Tân Hòa', 'Chiều 4/5, đoàn công tác huyện Mỹ Lâm đến thăm xã Tân Hòa.', 'Tại buổi làm việc, hai bên trao đổi kinh nghiệm.');
    expect(a.event.name).toBe('buổi làm việc');
  });
});

describe('event.name: the headline, when nothing else names the event', () => {
  const named = (headline: string, lead: string) => parseArticle([headline, lead].join('\n'), { path: 't.txt' }).event.name;

  it('leaves out the organisation the headline opens with before its verb', () => {
    expect(named('Liên đoàn Lao động tỉnh trao Mái ấm Công đoàn', 'Ngày 24-5, anh Nguyễn Văn Tám, công đoàn viên xã Bình Trưng, có căn nhà mới khang trang.'))
      .toBe('trao Mái ấm Công đoàn');
  });

  it('leaves out a short tag of who acted before the headline\'s colon, not one naming the event', () => {
    expect(named('Hội LHPN xã Tân Hòa (huyện Hoa Lâm): Phối hợp giải ngân nguồn vốn cho hội viên phụ nữ', 'Ngày 24-5, 28 hộ phụ nữ xã Tân Hòa có thêm vốn làm ăn.'))
      .toBe('Phối hợp giải ngân nguồn vốn cho hội viên phụ nữ');
    expect(named('Hội chợ Xuân 2026: Thu hút 200 gian hàng', 'Ngày 24-5, nhiều người dân xã Tân Hòa có thêm vốn làm ăn.')).toBe('Hội chợ Xuân 2026');
  });
});

describe('event.name: a head pointing back', () => {
  it('takes no name from a head and "này" ("Phiên chợ này sẽ diễn ra …"), and reads "chợ phiên" as a head', () => {
    const e = event('Ngày 6-8, chợ phiên nông sản an toàn do Sở Nông nghiệp TP.HCM đã khai mạc tại Công viên Lê Văn Tám. Phiên chợ này sẽ diễn ra vào chủ nhật hàng tuần.');
    expect(e.name).toBe('chợ phiên nông sản an toàn');
    expect(event('Sáng 3/4, Hội nghị nói trên đã thu hút 200 đại biểu.').name).not.toMatch(/nói trên/);
  });
});

describe('event.name: a short back-reference', () => {
  it('prefers the fuller name with the same head over "Hội nghị diễn ra …"', () => {
    const a = parseArticle('Hội nghị xúc tiến đầu tư vào tỉnh Kon Tum\nHội nghị diễn ra ngày 8/12/2023 tại TP Kon Tum.', { path: 't.txt' });
    expect(a.event).toMatchObject({ name: 'Hội nghị xúc tiến đầu tư vào tỉnh Kon Tum', date: '2023-12-08', location: 'TP Kon Tum' });
  });

  it('ends a name at "vào" before a time, not at "vào" meaning into', () => {
    expect(event('Hội thảo xúc tiến đầu tư vào nông nghiệp sạch vào sáng 4/3 đã diễn ra.').name).toBe('Hội thảo xúc tiến đầu tư vào nông nghiệp sạch');
  });

  it('keeps a comma the headline repeats inside the name', () => {
    const line = 'Ngày 9/7, huyện tổ chức lớp bồi dưỡng kỹ năng soạn, chấm đề thi tuyển sinh lớp 10 năm 2024 cho hơn 200 giáo viên trung học cơ sở tại trường.';
    const named = (headline: string) => parseArticle(`${headline}\n${line}`, { path: 't.txt' }).event.name;
    expect(named('Bồi dưỡng kỹ năng soạn, chấm đề thi cho giáo viên')).toMatch(/^lớp bồi dưỡng kỹ năng soạn, chấm đề thi tuyển sinh/);
    expect(named('Huyện bồi dưỡng giáo viên')).toBe('lớp bồi dưỡng kỹ năng soạn');
  });

  it('reads a dress rehearsal ("buổi tổng duyệt") as the event, not an event the drill plays out', () => {
    const e = event(
      'Sáng 26.6, Ban Chỉ đạo diễn tập cấp tỉnh tổ chức buổi tổng duyệt phương án chữa cháy tại khách sạn Hòa Bình.',
      'Tình huống giả định xảy ra cháy lúc cơ sở đang tổ chức hội nghị và tiệc cưới, bên trong có 150 người.',
    );
    expect(e).toMatchObject({ name: 'buổi tổng duyệt phương án chữa cháy', type: 'tổng duyệt' });
  });

  it('reads a lower-case "diễn tập" after an event verb as the event', () => {
    expect(event('Sáng 5/5/2024, Ban Chỉ huy quân sự huyện tổ chức diễn tập phòng chống cháy rừng năm 2024 tại xã Ia Ka.'))
      .toMatchObject({ name: 'diễn tập phòng chống cháy rừng năm 2024', type: 'diễn tập', location: 'xã Ia Ka' });
  });
});

describe('event.name: a lower-case head after the opening day', () => {
  const rest = 'Giải năm nay thu hút 60 kỳ thủ.';
  it('takes "Sáng 12/6, giải X đã khai mạc" as the subject, over a bare head later', () => {
    const a = article('Sáng 12/6, giải cờ tướng vô địch huyện Hòa Lâm năm 2024 đã khai mạc tại nhà văn hóa huyện.', rest);
    expect(a.event.name).toBe('giải cờ tướng vô địch huyện Hòa Lâm năm 2024');
    expect(a.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-subject' });
  });

  it('does not take the head as the subject when more than the day stands before it', () => {
    expect(event('Sáng 12/6, theo lịch, giải cờ tướng vô địch huyện Hòa Lâm đã khai mạc.', rest).name).not.toMatch(/^giải cờ/);
    expect(event('Ông Lê Văn An cho biết, chiều 12/6, giải cờ tướng vô địch huyện Hòa Lâm đã khai mạc.', rest).name).not.toMatch(/^giải cờ/);
  });
});

describe('event.name: a quoted title after an event verb', () => {
  it('takes the quoted name after "khai mạc" over an event word in the venue before it', () => {
    const a = article('Tối 5/11, tại Trung tâm Triển lãm, Hội chợ tỉnh (TP Hòa Lâm), Sở Văn hóa sẽ khai mạc “Liên hoan đờn ca tài tử tỉnh Hòa Lâm năm 2024”.');
    expect(a.event.name).toBe('Liên hoan đờn ca tài tử tỉnh Hòa Lâm năm 2024');
    expect(a.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-quoted' });
  });

  it('does not take quoted speech that opens with an event word', () => {
    const e = event('Sáng 5/11, ông Lê Văn An nói: “Liên hoan năm nay sẽ lớn hơn mọi năm”.', 'Sở Văn hóa tổ chức hội thảo về nghệ thuật đờn ca tài tử.');
    expect(e.name).toBe('hội thảo về nghệ thuật đờn ca tài tử');
  });
});

describe('event.name: a comma between two groups of people', () => {
  it('reads on past "học sinh, sinh viên" inside a long name', () => {
    expect(event('Sáng 16/5, Hội Khuyến học huyện tổ chức lễ khen thưởng cho học sinh, sinh viên vượt khó học giỏi tiêu biểu của toàn huyện năm 2024; trao quà cho hội viên.').name)
      .toBe('lễ khen thưởng cho học sinh, sinh viên vượt khó học giỏi tiêu biểu của toàn huyện năm 2024');
  });

  it('reads on past leaders and bodies honoured or met ("lãnh đạo, cán bộ", "tập thể, cá nhân")', () => {
    expect(event('Sáng 9/9, Thuế tỉnh tổ chức buổi gặp mặt các thế hệ lãnh đạo, cán bộ, công chức ngành Thuế tỉnh Lâm Hà; trao quà cho các cụ.').name)
      .toBe('buổi gặp mặt các thế hệ lãnh đạo, cán bộ, công chức ngành Thuế tỉnh Lâm Hà');
    expect(event('Sáng 9/9, huyện tổ chức hội nghị khen thưởng tập thể, cá nhân tiêu biểu trong phong trào thi đua; trao quà cho các cụ.').name)
      .toBe('hội nghị khen thưởng tập thể, cá nhân tiêu biểu trong phong trào thi đua');
    expect(event('Sáng 9/9, Thuế tỉnh tổ chức hội nghị tuyên dương thành tích của tổ chức, cá nhân thực hiện tốt nghĩa vụ nộp thuế năm 2024. Bà Lê Thị Hoa dự.').name)
      .toBe('hội nghị tuyên dương thành tích của tổ chức, cá nhân thực hiện tốt nghĩa vụ nộp thuế năm 2024');
  });

  it('still ends the name at a comma a clause follows', () => {
    expect(event('Sáng 16/5, trường tổ chức lễ tuyên dương học sinh, thu hút hơn 300 phụ huynh cùng các thầy cô giáo đến dự.').name).toBe('lễ tuyên dương học sinh');
  });
});

describe('event.name: a gathering the lead calls "sinh hoạt"', () => {
  it('takes the lead\'s "sinh hoạt kỷ niệm …" over a contest a later sentence names', () => {
    const e = event(
      'Sáng 7/3, Hội Phụ nữ huyện đã tổ chức sinh hoạt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ, với 200 đại biểu tham dự.',
      'Dịp này, các chi hội đã tổ chức Hội thi “Cắm hoa nghệ thuật” có 6 đội tham gia.',
    );
    expect(e.name).toBe('sinh hoạt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ');
  });

  it('takes no daily life ("sinh hoạt hằng ngày") for an event', () => {
    expect(event('Sáng 7/3, người dân xã Tân Hòa đã có nước sạch dùng trong sinh hoạt hằng ngày.').name).toBe(HEADLINE);
  });
});

describe('event.name: a national year of tourism', () => {
  it('takes "Năm Du lịch quốc gia …" over a festival held within it', () => {
    const e = article(
      'Tối 3/3, tại quảng trường thị xã Hà Châu, Năm Du lịch quốc gia 2027 chính thức được công bố.',
      'Trong chương trình còn có lễ khai mạc Lễ hội kỷ niệm 100 năm ngày thành lập thị xã.',
    ).event;
    expect(e.name).toMatch(/^Năm Du lịch quốc gia 2027/);
    // A year counted in a name is no event ("năm du lịch" alone is the tourist season).
    expect(event('Sáng 3/3, huyện Tân Hòa đón khách trong năm du lịch mới.').name).toBe(HEADLINE);
  });
});

describe('event.name: a comma between two crop seasons', () => {
  it('reads on past "kinh tế, văn hóa, xã hội" inside a long name', () => {
    expect(event('Sáng 2/9, Bảo tàng tỉnh tổ chức triển lãm ảnh thành tựu kinh tế, văn hóa, xã hội, an ninh - quốc phòng năm 2023 tại nhà trưng bày.').name)
      .toBe('triển lãm ảnh thành tựu kinh tế, văn hóa, xã hội, an ninh - quốc phòng năm 2023');
  });

  it('reads on past outreach work listed with commas ("tuyên truyền, phổ biến, giáo dục", "phòng, chống")', () => {
    expect(event('Ngày 4/11, Huyện đoàn tổ chức Chương trình tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên tại hội trường huyện.').name)
      .toBe('Chương trình tuyên truyền, phổ biến, giáo dục pháp luật cho đoàn viên');
    expect(event('Sáng 26/6, Công an huyện tổ chức lễ ra quân diễu hành, cổ động phòng, chống ma túy tại quảng trường.').name)
      .toBe('lễ ra quân diễu hành, cổ động phòng, chống ma túy');
    // Another clause after the comma still ends it.
    expect(event('Sáng 26/6, Công an huyện tổ chức buổi tuyên truyền, hơn 200 học sinh và giáo viên nhà trường đã tham dự buổi sinh hoạt.').name).toBe('buổi tuyên truyền');
  });

  it('reads on past a free clinic\'s work listed with commas ("khám bệnh, chữa bệnh và phát thuốc", "tặng quà")', () => {
    expect(event('Ngày 30/3, Hội Chữ thập đỏ tỉnh tổ chức khám bệnh, chữa bệnh và phát thuốc miễn phí cho người nghèo tại xã Hoa Mai.').name)
      .toBe('khám bệnh, chữa bệnh và phát thuốc miễn phí cho người nghèo');
    expect(event('Ngày 30/3, Hội Chữ thập đỏ tỉnh tổ chức khám chữa bệnh, tặng quà cho người nghèo tại xã Hoa Mai.').name)
      .toBe('khám chữa bệnh, tặng quà cho người nghèo');
  });

  it('reads on past "vụ hè thu, thu đông, vụ mùa" inside a long name', () => {
    expect(event('Ngày 9-9, Sở Nông nghiệp tỉnh tổ chức Hội nghị tổng kết vụ hè thu, thu đông, vụ mùa năm 2024 và triển khai kế hoạch vụ đông xuân tại hội trường Sở.').name)
      .toBe('Hội nghị tổng kết vụ hè thu, thu đông, vụ mùa năm 2024 và triển khai kế hoạch vụ đông xuân');
  });

  it('still ends the name at a comma after a season that a clause follows', () => {
    expect(event('Ngày 9-9, Sở Nông nghiệp tỉnh tổ chức Hội nghị tổng kết vụ hè thu, thu hút hơn 200 nông dân đến dự.').name)
      .toBe('Hội nghị tổng kết vụ hè thu');
  });
});

describe('event.name: a bare head that refers back to the lead\'s verb', () => {
  const later = 'Tại buổi gặp mặt, các em được nhận giấy khen.';
  it('takes "tổ chức gặp mặt, tuyên dương …" of the lead over "buổi gặp mặt" later', () => {
    const a = article('Ngày 9/6, tại Trường THPT Hòa Lâm, Đoàn trường đã tổ chức gặp mặt, tuyên dương 120 học sinh giỏi năm học 2023-2024.', later);
    expect(a.event.name).toBe('gặp mặt, tuyên dương 120 học sinh giỏi năm học 2023-2024');
    expect(a.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-lead-verb' });
  });

  it('keeps the bare head when the lead\'s verb is another event word', () => {
    expect(event('Ngày 9/6, tại Trường THPT Hòa Lâm, Đoàn trường đã tổ chức tuyên dương 120 học sinh giỏi.', later).name).toBe('buổi gặp mặt');
  });

  it('takes what the lead says was done over a bare generic head later ("Tại buổi lễ, …")', () => {
    expect(event('Sáng 29/12, Hội Khuyến học tỉnh Hòa Bình trao tặng học bổng “Thắp sáng ước mơ” cho học sinh các xã vùng cao.', 'Tại buổi lễ, Ban tổ chức đã trao 80 suất học bổng cho các em.').name)
      .toBe('trao tặng học bổng “Thắp sáng ước mơ” cho học sinh các xã vùng cao');
  });
});

describe('event.name: generic heads', () => {
  it('takes "chương trình" with a quoted title as the name', () => {
    expect(event('Tối 20/1/2024, Đoàn phường tổ chức chương trình “Xuân yêu thương” tại nhà văn hóa.').name).toBe('chương trình “Xuân yêu thương”');
  });

  it('does not take a bare "buổi lễ" when a named event is there', () => {
    expect(event('Sáng 9/1/2024, buổi lễ có nhiều khách mời; trường tổ chức Lễ đón Bằng công nhận trường đạt chuẩn quốc gia.').name)
      .toBe('Lễ đón Bằng công nhận trường đạt chuẩn quốc gia');
  });
});

describe('event.name: heads the genre also uses', () => {
  it('does not take the second event word of a venue name for the event', () => {
    expect(event('Tối 12-1, tại Trung tâm Hội chợ triển lãm tỉnh Hòa Lâm, Sở Công Thương tỉnh đã tổ chức lễ khai mạc Hội chợ Tết 2027').name)
      .toBe('lễ khai mạc Hội chợ Tết 2027');
  });

  it('ends a name at a spaced dash before a lower-case apposition, not before a year', () => {
    expect(event('Sáng 5-4-2026, Giải chạy "Vì Hòa Lâm xanh" - khu A của Công viên Sông Lam đón 3.000 vận động viên.').name)
      .toBe('Giải chạy "Vì Hòa Lâm xanh"');
    expect(event('Tối 5-4-2026, khai mạc Liên hoan Phim Hòa Lâm lần thứ 12 - năm 2026 tại Hòa Lâm.').name)
      .toBe('Liên hoan Phim Hòa Lâm lần thứ 12 - năm 2026');
  });

  it('ends a name before "thuộc" (what the attendees belong to)', () => {
    expect(event('Ngày 14/6/2025, Trường Đại học Sông Lam tổ chức lễ tốt nghiệp cho 900 sinh viên thuộc 6 khoa của trường.').name)
      .toBe('lễ tốt nghiệp cho 900 sinh viên');
  });

  it('keeps the commas and dashes of the words a bracketed acronym abbreviates', () => {
    expect(event('Ngày 16/7/2026, Tỉnh đoàn tổ chức Hội trại học sinh, sinh viên (HSSV) tỉnh Hòa Lâm lần thứ X năm 2026.').name)
      .toBe('Hội trại học sinh, sinh viên (HSSV) tỉnh Hòa Lâm lần thứ X năm 2026');
    expect(event('Ngày 16/7/2026, Liên đoàn Lao động tỉnh tổ chức Hội thao viên chức - lao động (VC-LĐ) tỉnh lần thứ X.').name)
      .toBe('Hội thao viên chức - lao động (VC-LĐ) tỉnh lần thứ X');
  });

  it('names the event by the verb the lead introduces when no event noun is found', () => {
    expect(event('Ngày 17-12-2025, Quỹ Khuyến học Hòa Lâm tổ chức vinh danh và trao học bổng Vượt khó 2025 là dịp gặp gỡ.').name)
      .toBe('vinh danh và trao học bổng Vượt khó 2025');
  });

  it('takes a contest round as the head, not an occasion it celebrates', () => {
    expect(event('Ngày 24/07/2026, Liên đoàn Lao động huyện Tân Lạc tổ chức Chung khảo hội diễn văn nghệ chào mừng Đại hội Công đoàn huyện lần thứ X.').name)
      .toBe('Chung khảo hội diễn văn nghệ');
  });

  it('takes "họp mặt" as the head of a name', () => {
    expect(event('Chiều 19-11, Hội Cựu giáo chức phường Tân An tổ chức họp mặt kỷ niệm Ngày Nhà giáo Việt Nam.').name)
      .toBe('họp mặt kỷ niệm Ngày Nhà giáo Việt Nam');
  });
});

describe('event.location: an organiser that hosts on its premises', () => {
  it('takes a school that organises the event, with no "tại", as the venue', () => {
    const a = article('Sáng 9/1, Trường THCS Kim Sơn tổ chức lễ kỷ niệm 30 năm thành lập trường đạt Chuẩn quốc gia.');
    expect(a.event.location).toBe('Trường THCS Kim Sơn');
  });

  it('does not take a school that co-organises the event as its venue', () => {
    const a = article('Sáng 9/1, Trường Chính trị phối hợp với Sở Khoa học tỉnh Hòa Bình tổ chức hội thảo khoa học năm 2026.');
    expect(a.organizers.map((o) => o.name)).toEqual(['Trường Chính trị', 'Sở Khoa học tỉnh Hòa Bình']);
    expect(a.event.location).toBe('Hòa Bình');
  });
});

describe('event.location: a venue read no shorter than the organisation it opens', () => {
  it('goes on past a capitalised syllable whose word ends in lower case ("Trung tâm Văn hóa - Nghệ thuật", "Trường Trung học cơ sở")', () => {
    const named = article('Tối 10/6, lễ trao tặng danh hiệu nghệ nhân và kỷ niệm 30 năm Ngày thành lập Trung tâm Văn hóa - Nghệ thuật tỉnh đã diễn ra trang trọng.');
    expect(named.event.location).toBe('Trung tâm Văn hóa - Nghệ thuật tỉnh');
    const venue = article('Sáng 5/9, hơn 500 học sinh Trường Trung học cơ sở Hòa Trung dự lễ khai giảng năm học mới.');
    expect(venue.event.location).toBe('Trường Trung học cơ sở Hòa Trung');
  });
});

describe('event.location: places the lead gives apart from the event sentence', () => {
  it('reads "tại X" in a later sentence that names the event again', () => {
    expect(event('Ngày 14/6/2025, Trường Đại học Sông Lam đã tổ chức lễ tốt nghiệp cho 900 sinh viên.', 'Buổi lễ được tổ chức trang trọng tại Nhà hát Thành Vinh, tỉnh Nghệ An.').location)
      .toBe('Nhà hát Thành Vinh, tỉnh Nghệ An');
    expect(event('Sáng 3/3/2026, lễ khai mạc Hội chợ Xuân Hòa Lâm 2026 diễn ra trọng thể.', 'Hội chợ Xuân Hòa Lâm 2026 đón khách từ ngày 3/3 đến ngày 9/3 tại Trung tâm Triển lãm Hòa Lâm.').location)
      .toBe('Trung tâm Triển lãm Hòa Lâm');
  });

  it('does not read "tại X" in a later sentence about something else', () => {
    expect(event('Ngày 14/6/2025, Trường Đại học Sông Lam đã tổ chức lễ tốt nghiệp cho 900 sinh viên.', 'Nhiều sinh viên đã thực tập tại Nhà máy Thành Vinh.').location)
      .not.toBe('Nhà máy Thành Vinh');
  });

  it('ends a place where the next organiser\'s name starts', () => {
    expect(event('Chiều 20-11-2025, Hội đồng hương Tân Lạc tại Hà Nội và Quỹ khuyến học Tân Lạc tổ chức họp mặt kỷ niệm Ngày Nhà giáo Việt Nam.').location)
      .toBe('Hà Nội');
  });

  it('takes a historic site after "tại di tích"', () => {
    expect(event('Sáng 2/9/2025, tại di tích lịch sử Đình Hòa Lâm đã diễn ra lễ dâng hương.').location).toBe('di tích lịch sử Đình Hòa Lâm');
  });

  it('keeps the lower-case last syllable of a venue named in the event\'s name', () => {
    const a = parseArticle('Lãnh đạo tỉnh dự lễ khánh thành Trung tâm Triển lãm Quốc gia\nSáng 9/5/2025, nhiều công trình được khánh thành trong cả nước.', { path: 't.txt' });
    expect(a.event.location).toBe('Trung tâm Triển lãm Quốc gia');
  });

  it('does not keep the closing bracket of an address read inside brackets', () => {
    expect(event('Ngày 9/5/2025, Bộ Văn hóa tổ chức lễ khánh thành Nhà văn hóa (ở xã Hòa Lâm).').location).toBe('xã Hòa Lâm');
  });
});

describe('event.name: the object of the organising verb when no event word names it', () => {
  it('takes the capitalised object after "đã tổ chức"', () => {
    const a = article('Sở Tài nguyên và Môi trường đã tổ chức Hội đồng thẩm định báo cáo đánh giá tác động môi trường của dự án.');
    expect(a.event.name).toBe('Hội đồng thẩm định báo cáo đánh giá tác động môi trường của dự án');
    expect(a.event.type).toBeNull();
    expect(a.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-organized-object' });
  });

  it('takes no object where the verb is followed by where or when ("tổ chức tại X")', () => {
    const a = article('Khán giả rất thích bộ phim do Đại sứ quán Việt Nam tại Tanzania phối hợp với Bộ Ngoại giao tổ chức tại Dar es Salaam tối 23/12.');
    expect(a.evidence['event.name']?.[0]?.rule).not.toBe('event.name-organized-object');
    expect(a.event.name).not.toMatch(/^tại/);
  });

  it('takes the event verb after an aspect and a verb of coming ("đã đến thăm, tặng quà"), and "trao quà" in a headline', () => {
    expect(article('Sáng 4/10, Hội Chữ thập đỏ tỉnh đã đến thăm, tặng quà cho trẻ em nghèo tại Bệnh viện Nhi.').event.name)
      .toBe('thăm, tặng quà cho trẻ em nghèo');
    const a = parseArticle('Hội Chữ thập đỏ trao quà trung thu cho trẻ em nghèo\nSáng 4/10, đoàn công tác đến bệnh viện.', { path: 't.txt' });
    expect(a.event.name).toBe('trao quà trung thu cho trẻ em nghèo');
  });

  it('takes a leader\'s visit of congratulation in a headline past the leader ("… thăm, chúc mừng Ngày Thầy thuốc")', () => {
    const a = parseArticle([
      'Bí thư Tỉnh ủy Lê Thị Hoa thăm, chúc mừng Ngày Thầy thuốc Việt Nam',
      'Sáng nay, đồng chí Lê Thị Hoa đã đến thăm Sở Y tế và Bệnh viện Đa khoa tỉnh.',
    ].join('\n'), { path: 't.txt' });
    expect(a.event).toMatchObject({ name: 'thăm, chúc mừng Ngày Thầy thuốc Việt Nam', type: 'thăm, chúc mừng' });
  });

  it('takes the lead\'s event verb right after an organisation, over what is organised at the event later', () => {
    const e = event(
      'Ngày 15.9, Hội Nông dân tỉnh phối hợp với Hội Nông dân huyện Mèo Vạc trao tặng 15 con bò sinh sản cho hội viên nghèo.',
      'Tại buổi trao bò, Hội Nông dân tỉnh tổ chức tập huấn kỹ thuật chăn nuôi bò cho các hộ.',
    );
    expect(e).toMatchObject({ name: 'trao tặng 15 con bò sinh sản cho hội viên nghèo', type: 'trao tặng' });
  });

  it('takes what a sentence says was done over the larger event it greets ("chào mừng thành công Đại hội X, … vừa tổ chức trao tặng …")', () => {
    const e = event('Chào mừng thành công Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI, Hội Nông dân xã An Bình vừa tổ chức trao tặng 2 con bò sinh sản cho hội viên nghèo.');
    expect(e).toMatchObject({ name: 'trao tặng 2 con bò sinh sản cho hội viên nghèo', type: 'trao tặng' });
    // Greeted alone, the larger event stands.
    expect(event('Chào mừng thành công Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI, xã An Bình treo 300 lá cờ.').name)
      .toMatch(/^Đại hội đại biểu Hội Nông dân tỉnh lần thứ XI/);
  });

  it('reads a unit\'s abbreviation inside a name as no stop ("Giải Marathon TP. Hồ Chí Minh")', () => {
    expect(event('Sáng 10/1, Sở Văn hóa tổ chức Giải Marathon TP. Hồ Chí Minh lần thứ 12.').name).toBe('Giải Marathon TP. Hồ Chí Minh lần thứ 12');
    // A full stop after a unit's word that ends the paragraph still ends the name.
    expect(event('Sáng 10/1, Sở Văn hóa tổ chức Hội chợ Xuân của TP.', 'Năm nay có 200 gian hàng.').name).toBe('Hội chợ Xuân của TP');
  });

  it('takes a visit over the occasion it is paid on ("nhân dịp Lễ Giáng sinh"), before or after the visit', () => {
    expect(event('Nhân dịp Lễ Giáng sinh 2025, đoàn công tác của tỉnh đã đến thăm, chúc mừng Giáng sinh tại Tòa Giám mục.').name)
      .toBe('thăm, chúc mừng Giáng sinh');
    expect(event('Sáng 13-5, Bí thư Tỉnh ủy Nguyễn Văn An đã đến thăm, chúc mừng Ban Trị sự Phật giáo tỉnh nhân Đại lễ Phật đản Phật lịch 2568.').name)
      .toBe('thăm, chúc mừng Ban Trị sự Phật giáo tỉnh nhân Đại lễ Phật đản Phật lịch 2568');
    // An occasion the sentence organises nothing on stays the event.
    expect(event('Nhân dịp Đại lễ Phật đản Phật lịch 2568, chùa Bửu Long treo 300 lá cờ.').name).toMatch(/^Đại lễ Phật đản Phật lịch 2568/);
  });

  it('ends a committee\'s event before its organising verb ("Ban tổ chức Ngày hội X tổ chức khai mạc Liên hoan Y")', () => {
    const e = event('Sáng 23/11, Ban tổ chức Ngày hội Văn hóa - Du lịch tỉnh năm 2022 tổ chức khai mạc Liên hoan Đờn ca tài tử tỉnh năm 2022.');
    expect(e.name).toBe('Liên hoan Đờn ca tài tử tỉnh năm 2022');
    // Introduced as well ("… và Khai mạc Tuần X"), the committee's event still gives way.
    const opened = event('Sáng nay, Ban Tổ chức các hoạt động mừng xuân và Khai mạc Tuần Văn hóa tỉnh 2018 tổ chức khai mạc Lễ hội xuân năm 2018.');
    expect(opened.name).toBe('Lễ hội xuân năm 2018');
    // So with the ceremony named ("… tổ chức Lễ khai mạc Hội thi Y").
    const ceremony = event('Sáng 26/5, Ban Chỉ đạo Tháng hành động an toàn lao động tỉnh tổ chức Lễ khai mạc Hội thi an toàn lao động lần thứ 20.');
    expect(ceremony.name).toBe('Lễ khai mạc Hội thi an toàn lao động lần thứ 20');
  });

  it('keeps an anniversary\'s span of years in its name, and what it counts after a comma ("kỷ niệm 75 năm, Ngày truyền thống …")', () => {
    const e = event('Chiều 10.8, Công an tỉnh tổ chức gặp mặt kỷ niệm 75 năm, Ngày truyền thống lực lượng CAND (19.8.1945 – 19.8.2020) và 15 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc (19.8.2005 – 19.8.2020).');
    expect(e.name).toBe('gặp mặt kỷ niệm 75 năm, Ngày truyền thống lực lượng CAND (19.8.1945 – 19.8.2020) và 15 năm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc (19.8.2005 – 19.8.2020)');
    expect(e.date).toBe('2020-08-10');
    expect(event('Sáng 17/8, huyện ủy tổ chức ra mắt cuốn lịch sử 75 năm Đảng bộ huyện (1947 – 2022) tại hội trường.').name).toBe('ra mắt cuốn lịch sử 75 năm Đảng bộ huyện (1947 – 2022)');
    // A span the name counts no years of (a contest's, a term's) ends it; so does a second activity after a counted one.
    expect(event('Sáng 17/8, huyện ủy tổ chức ra mắt cuốn lịch sử Đảng bộ huyện (1947 – 2022) tại hội trường.').name).toBe('ra mắt cuốn lịch sử Đảng bộ huyện');
    expect(event('Hôm nay, trường tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2023) và trao giải hội thi.').name)
      .toBe('Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2023)');
    // Any other date still ends the name.
    expect(event('Hội thảo khoa học về lúa gạo (ngày 5/6/2024) có 200 đại biểu.').name).toBe('Hội thảo khoa học về lúa gạo');
  });

  it('takes the day\'s titled event over the headline\'s description by the same verb', () => {
    const a = parseArticle([
      'BẢO TÀNG TỈNH: Trưng bày nhiều tư liệu về biển đảo',
      'Ngày 26.4, Bảo tàng Tổng hợp tỉnh đã khai mạc trưng bày chuyên đề “Hoàng Sa, Trường Sa - biển đảo Việt Nam” tại 26 Nguyễn Huệ.',
    ].join('\n'), { path: 't.txt' });
    expect(a.event.name).toMatch(/trưng bày chuyên đề “Hoàng Sa, Trường Sa - biển đảo Việt Nam”$/);
    // Without a title in the lead, the headline's wording stands.
    const plain = parseArticle([
      'BẢO TÀNG TỈNH: Trưng bày nhiều tư liệu về biển đảo',
      'Ngày 26.4, Bảo tàng Tổng hợp tỉnh đã khai mạc trưng bày tư liệu tại 26 Nguyễn Huệ.',
    ].join('\n'), { path: 't.txt' });
    expect(plain.event.name).toBe('Trưng bày nhiều tư liệu về biển đảo');
  });

  it('takes what the day\'s sentence says was organised over an event noun of a later sentence', () => {
    const e = event(
      'Sáng 31/5, UBND huyện Phú Ninh tổ chức tuyên dương, khen thưởng học sinh đạt thành tích cao năm học 2023 - 2024.',
      'Năm học này, toàn huyện có 16 học sinh đạt giải tại kỳ thi học sinh giỏi cấp tỉnh, trong đó có 2 giải Nhì.',
    );
    expect(e.name).toMatch(/^tuyên dương, khen thưởng học sinh/);
  });

  it('takes what the lead says an organisation organised over an event verb a later paragraph introduces', () => {
    const a = article(
      'Ngày 28-7, Hội Chữ thập đỏ huyện Thạnh Trị tổ chức buổi khám bệnh, cấp thuốc miễn phí cho người dân thị trấn Phú Lộc.',
      'Tại điểm khám, các y, bác sĩ đã tư vấn sức khỏe cho hơn 300 lượt người.',
      'Đoàn cũng đã trao tặng 300 phần quà cho hộ nghèo có hoàn cảnh khó khăn.',
    );
    expect(a.event.name).toMatch(/^buổi khám bệnh/);
    expect(a.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-organized-object' });
    // The lead's own event verb, written first, still names it.
    expect(article('Hội Chữ thập đỏ huyện đã trao tặng 300 phần quà cho hộ nghèo.', 'Hội Chữ thập đỏ huyện tổ chức buổi khám bệnh cho người dân.').event.name).toMatch(/^trao tặng/);
  });

  it('takes the lower-case object of an organisation\'s "tổ chức", up to its purpose', () => {
    const a = article('Ngày 1-4, Chi cục Thủy sản tỉnh phối hợp với Hội Nghề cá tỉnh tổ chức thả 20 vạn con cá giống xuống sông Hòa để tái tạo nguồn lợi thủy sản.');
    expect(a.event.name).toBe('thả 20 vạn con cá giống xuống sông Hòa');
    // Not after words that name no organisation ("cách tổ chức" is a noun phrase).
    expect(event('Ngày 1-4, người dân học cách tổ chức sản xuất theo chuỗi giá trị.').name).toBe(HEADLINE);
  });

  it('does not read the noun "các tổ chức" as the verb', () => {
    expect(event('Nhiều cá nhân và các tổ chức Công đoàn trong tỉnh góp tiền ủng hộ đồng bào vùng lũ.').name).toBe(HEADLINE);
  });
});

describe('event.location: a venue word closing a common word', () => {
  it('reads no mountain in "miền núi" ("các tỉnh miền núi phía Bắc"), but one named after "núi"', () => {
    expect(event('Sáng 2/3, hội nghị giao ban công tác dân tộc các tỉnh miền núi phía Bắc khai mạc.').location).toBeNull();
    expect(event('Sáng 2/3, lễ hội diễn ra trên núi Bà Đen.').location).toBe('núi Bà Đen');
  });

  it('reads no communal house ("đình") in "gia đình anh …", a family', () => {
    expect(event('Sáng 29-1, Ủy ban MTTQ xã Tân Hòa tổ chức lễ bàn giao nhà đại đoàn kết cho gia đình anh Trần Văn Tâm.').location).toBe('xã Tân Hòa');
    expect(event('Sáng 29-1, xã tổ chức lễ hội tại đình Phú Lễ.').location).toBe('đình Phú Lễ');
  });
});

describe('event.location: a charity house in the event\'s name', () => {
  it('reads no venue in "nhà Đại đoàn kết" or "Nhà Nghĩa tình đồng đội" handed over, but the place that gets it', () => {
    expect(event('Sáng 2/3, Hội Cựu chiến binh huyện Hòa Lâm làm lễ bàn giao 4 căn nhà Nghĩa tình đồng đội cho hội viên nghèo.').location).toBe('huyện Hòa Lâm');
    expect(event('Sáng 2/3, Ủy ban MTTQ huyện Hòa Lâm bàn giao nhà Đại đoàn kết cho hộ nghèo.').location).toBe('huyện Hòa Lâm');
    // A house with a name of its own is still a venue.
    expect(event('Sáng 2/3, hội nghị diễn ra tại nhà Văn hóa Hòa Lâm.').location).toBe('nhà Văn hóa Hòa Lâm');
  });
});

describe('event.location: a place\'s name and "và"', () => {
  it('ends before "và" and another body or place, not inside a venue\'s name', () => {
    expect(event('Sáng 2/3, Hội Nhà văn Thành phố Hồ Chí Minh và Tạp chí Văn nghệ tổ chức trao giải.').location).toBe('Thành phố Hồ Chí Minh');
    expect(event('Sáng 2/3, lễ khai mạc diễn ra tại Trung tâm Hội nghị và Triển lãm tỉnh Hòa Lâm.').location).toBe('Trung tâm Hội nghị và Triển lãm tỉnh Hòa Lâm');
  });
});

describe('event.name: an adverb before the predicate', () => {
  it('ends the subject\'s name before "cũng là"', () => {
    const a = parseArticle([
      'Lễ trao giải Hội thi sản phẩm làng nghề tỉnh Lâm Hà năm 2023',
      'Năm 2023 là lần đầu tiên hội thi được tổ chức. Hội thi cũng là sự kiện quan trọng trong chuỗi sự kiện hướng đến Festival làng nghề do Bộ NN&PTNT tổ chức.',
    ].join('\n'), { path: 't.txt' });
    expect(a.event.name).not.toMatch(/cũng/);
  });
});

describe('event.name: who the event is for, described with "có"', () => {
  it('goes on through "có hoàn cảnh", "có thành tích", but ends at another "có"', () => {
    expect(event('Sáng 2/3, Hội Khuyến học huyện tổ chức trao quà cho học sinh có hoàn cảnh khó khăn tại xã Tân Mỹ.').name)
      .toBe('trao quà cho học sinh có hoàn cảnh khó khăn');
    expect(event('Sáng 2/3, Huyện ủy tổ chức hội nghị biểu dương đảng viên có thành tích xuất sắc năm 2025.').name)
      .toBe('hội nghị biểu dương đảng viên có thành tích xuất sắc năm 2025');
    expect(event('Sáng 2/3, Huyện ủy tổ chức hội nghị tổng kết có 200 đại biểu tham dự.').name).toBe('hội nghị tổng kết');
  });
});

describe('event.name: the headline when nothing in the text names the event', () => {
  it('takes the headline without its place tag, by its own rule and with no type', () => {
    const a = parseArticle('Bắc Sơn: Điều động, bổ nhiệm Phó Giám đốc Sở Y tế\nChiều 3/10, đồng chí Lê Văn Hải đã nhận nhiệm vụ mới tại Sở Y tế.', { path: 't.txt' });
    expect(a.event).toMatchObject({ name: 'Điều động, bổ nhiệm Phó Giám đốc Sở Y tế', type: null });
    expect(a.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-headline' });
  });

  it('takes what takes place ("X đang diễn ra tại Y") as the event, though it opens like an association', () => {
    const a = parseArticle('Hội chữ Xuân đang diễn ra tại Văn Miếu Quốc Tử Giám\nNhiều người dân đến xin chữ đầu năm.', { path: 't.txt' });
    expect(a.event.name).toBe('Hội chữ Xuân');
    // An association that acts is who acted, and what it did is the name.
    expect(parseArticle('Hội Nông dân tỉnh trao bò giống cho hội viên nghèo\nNhiều hộ dân đến nhận bò.', { path: 't.txt' }).event.name).toBe('trao bò giống cho hội viên nghèo');
  });

  it('gives way to an event the text names, and takes no one-word headline', () => {
    expect(parseArticle('Điều động cán bộ\nSáng 3/10, Sở Nội vụ tổ chức hội nghị công bố quyết định.', { path: 't.txt' }).event.name).toBe('hội nghị công bố quyết định');
    expect(parseArticle('Tin vắn\nChiều 3/10, đồng chí Lê Văn Hải đã nhận nhiệm vụ mới.', { path: 't.txt' }).event.name).toBe('Tin vắn');
    expect(parseArticle('Ảnh\nChiều 3/10, đồng chí Lê Văn Hải đã nhận nhiệm vụ mới.', { path: 't.txt' }).event.name).toBeNull();
  });
});

describe('event.date: a publication stamp under the headline', () => {
  it('gives no event day when the text names none', () => {
    const e = event('09:15, 21/03/2024', 'Sở Nội vụ đã tổ chức hội nghị tập huấn công tác thi đua, khen thưởng cho cán bộ cơ sở.');
    expect(e.date).toBeNull();
    expect(e.time).toBeNull();
  });

  it('gives the event neither its day nor its clock time when the lead names the day', () => {
    const e = event('20/03/2024 16:30', 'Sáng 20/3, Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua, khen thưởng.');
    expect(e).toMatchObject({ date: '2024-03-20', time: 'sáng' });
  });

  it('still takes a date line that is the lead\'s own opening', () => {
    expect(event('Ngày 20/3/2024, Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua.').date).toBe('2024-03-20');
  });
});

describe('event.name: enders inside a compound word', () => {
  it('reads on past "nhà ở" and "thông qua", whose second syllable is an ender elsewhere', () => {
    expect(event('Sáng 5/3, Sở Xây dựng tổ chức Hội thảo chính sách nhà ở xã hội cho công nhân.').name).toBe('Hội thảo chính sách nhà ở xã hội cho công nhân');
    expect(event('Sáng 5/3, huyện tổ chức hội nghị thông qua đề án sáp nhập thôn.').name).toBe('hội nghị thông qua đề án sáp nhập thôn');
  });

  it('reads on past "bằng" of a diploma given ("Lễ trao bằng tốt nghiệp", "lễ đón nhận bằng công nhận")', () => {
    expect(event('Sáng 5/2, Trường Đại học Hòa Bình tổ chức Lễ trao bằng tốt nghiệp đại học khóa 23.').name).toBe('Lễ trao bằng tốt nghiệp đại học khóa 23');
    expect(event('Sáng 1/10, UBND phường tổ chức lễ đón nhận bằng công nhận di tích cấp tỉnh đình làng Hạ.').name).toBe('lễ đón nhận bằng công nhận di tích cấp tỉnh đình làng Hạ');
  });

  it('still ends a name at the ender standing alone', () => {
    expect(event('Sáng 5/3, Sở Xây dựng tổ chức Hội thảo chính sách ở huyện Hòa Lâm.').name).toBe('Hội thảo chính sách');
  });
});

describe('event.name: the purpose of a bare head', () => {
  it('takes the purpose after "để" when the head stands alone', () => {
    expect(event('Chiều 4/7, Thường trực HĐND xã tổ chức phiên họp để chuẩn bị kỳ họp thứ hai HĐND xã.').name).toBe('phiên họp để chuẩn bị kỳ họp thứ hai HĐND xã');
  });

  it('ends a name that says more than its head at "để"', () => {
    expect(event('Chiều 4/7, UBND xã tổ chức hội nghị tổng kết công tác năm 2024 để rút kinh nghiệm.').name).toBe('hội nghị tổng kết công tác năm 2024');
  });
});

describe('event.name: an ender the headline repeats', () => {
  const under = (headline: string, line: string) => parseArticle([headline, line].join('\n'), { path: 't.txt' }).event.name;
  const lead = 'Sáng 12/5, Tỉnh đoàn tổ chức Lễ tổng kết Hội thi tin học dành cho học sinh tiểu học lần thứ V.';

  it('reads on past "dành cho" when the headline says it between the same words', () => {
    expect(under('Tổng kết hội thi tin học dành cho học sinh tiểu học', lead)).toBe('Lễ tổng kết Hội thi tin học dành cho học sinh tiểu học lần thứ V');
  });

  it('ends the name there under another headline, and at a place the headline repeats', () => {
    expect(under('Tỉnh đoàn trao giải tin học trẻ', lead)).toBe('Lễ tổng kết Hội thi tin học');
    expect(under('Hội thi tin học tại Hòa Lâm', 'Sáng 12/5, Tỉnh đoàn tổ chức Hội thi tin học tại Hòa Lâm.')).toBe('Hội thi tin học');
  });
});

describe('event.name: a parenthesised acronym inside the name', () => {
  it('reads on past an acronym whatever words it abbreviates', () => {
    expect(event('Ngày 3/6, UBND huyện tổ chức Hội nghị Chương trình mỗi xã một sản phẩm (OCOP) và xúc tiến thương mại năm 2025.').name)
      .toBe('Hội nghị Chương trình mỗi xã một sản phẩm (OCOP) và xúc tiến thương mại năm 2025');
  });

  it('still ends the name at a bracket that holds a number or words', () => {
    expect(event('Ngày 3/6, trường tổ chức Lễ tổng kết Hội thi tin học lần thứ V (2024-2025) và trao thưởng.').name).toBe('Lễ tổng kết Hội thi tin học lần thứ V');
    expect(event('Ngày 3/6, trường tổ chức Lễ tổng kết Hội thi tin học (có 90 bài dự thi) tại hội trường.').name).toBe('Lễ tổng kết Hội thi tin học');
  });
});

describe('event.name: an event that frames or is counted by the main one', () => {
  it('takes no head whose years an anniversary counts ("34 năm Ngày hội …")', () => {
    expect(event('Ngày 22/12, Ban Chỉ huy Quân sự huyện tổ chức giao lưu bóng đá chào mừng 34 năm Ngày hội Quốc phòng toàn dân.').name).toBe('giao lưu bóng đá');
    expect(event('Sáng 5/12, huyện tổ chức Ngày hội Quốc phòng toàn dân năm 2024 tại sân vận động.').name).toBe('Ngày hội Quốc phòng toàn dân năm 2024');
  });

  it('prefers what the sentence organises over the campaign it responds to', () => {
    expect(event('Hưởng ứng Tháng hành động vì an toàn thực phẩm, sáng 10/5, Sở Y tế tổ chức Hội thi tuyên truyền viên giỏi năm 2024.').name)
      .toBe('Hội thi tuyên truyền viên giỏi năm 2024');
    // With nothing else organised, the campaign is the event.
    expect(event('Sáng 10/5, các trường hưởng ứng Tuần lễ áo dài bằng nhiều hoạt động.').name).toBe('Tuần lễ áo dài');
  });
});

describe('event.date: a closing day that ends a range in its sentence', () => {
  it('takes the range\'s first day and the closing day as its end', () => {
    expect(event('Sau 4 ngày thi đấu (12-15/5/2024), chiều 15/5, Liên đoàn Lao động tỉnh bế mạc hội thao công nhân.'))
      .toMatchObject({ date: '2024-05-12', endDate: '2024-05-15' });
  });

  it('keeps the closing day when no range of its sentence ends on it', () => {
    expect(event('Chiều 15/5/2024, Liên đoàn Lao động tỉnh bế mạc hội thao công nhân. Cùng thời gian, hội chợ việc làm diễn ra từ 10-15/5/2024 ở nhà văn hóa.').date)
      .toBe('2024-05-15');
  });
});

describe('event.name: a drive launched ("ra quân")', () => {
  const parsed = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).event;

  it('names the event by the headline verb "ra quân" and its object', () => {
    const e = parsed('PHƯỜNG HÒA LÂM TỔ CHỨC RA QUÂN DỌN VỆ SINH KÊNH MƯƠNG', 'Sáng 9/3, đoàn viên và nhân dân cùng dọn rác dọc bờ kênh để đón Tết.');
    expect(e).toMatchObject({ name: 'RA QUÂN DỌN VỆ SINH KÊNH MƯƠNG', type: 'ra quân' });
  });

  it('takes the drive the day\'s sentence says was organised over another verb of the headline, not over the same verb', () => {
    const e = parsed('Tuổi trẻ Hòa Lâm tri ân các anh hùng liệt sĩ', 'Sáng 18/7, Huyện đoàn Hòa Lâm tổ chức ra quân Ngày chủ nhật xanh đợt 2 năm 2026 tại nghĩa trang liệt sĩ huyện.');
    expect(e.name).toBe('ra quân Ngày chủ nhật xanh đợt 2 năm 2026');
    const same = parsed('Huyện đoàn Hòa Lâm ra quân dọn vệ sinh nghĩa trang', 'Sáng 18/7, Huyện đoàn Hòa Lâm tổ chức ra quân dọn vệ sinh nghĩa trang liệt sĩ huyện.');
    expect(same.name).toBe('ra quân dọn vệ sinh nghĩa trang');
  });

  it('gives way to an event noun that the lead organises ("Lễ ra quân …")', () => {
    const e = parsed('Tuổi trẻ Hòa Lâm ra quân tình nguyện hè', 'Sáng 2/6, Huyện đoàn tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026.');
    expect(e.name).toBe('Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026');
  });
});

describe('event.location: unit words that are no place', () => {
  it('does not read the "thôn" of "nông thôn" as a hamlet, capitalised or in capitals', () => {
    const e = parseArticle(
      ['HÒA LÂM: TRỒNG CÂY HƯỞNG ỨNG CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI', 'Sáng 4/3, Đoàn xã Hòa Lâm tổ chức trồng 200 cây xanh hưởng ứng Chương trình xây dựng Nông thôn Mới.'].join('\n'),
      { path: 't.txt' },
    ).event;
    expect(e.location).toBe('xã Hòa Lâm');
  });

  it('does not read an exhibition or a contest after "tại" as a place ("tại Trưng bày …", "tại Hội thi …")', () => {
    const e = parseArticle(
      ['Hơn 200 hiện vật tại Trưng bày “Dấu ấn qua các kỳ Đại hội”', 'Sáng 2/2, Bảo tàng tỉnh Hòa Lâm tổ chức khai mạc Trưng bày chuyên đề “Dấu ấn qua các kỳ Đại hội”.'].join('\n'),
      { path: 't.txt' },
    ).event;
    expect(e.location).not.toBe('Trưng');
    expect(event('Nhiều đội đoạt giải cao tại Hội thi hòa giải viên giỏi do Sở Tư pháp tổ chức.').location).toBeNull();
  });

  it('does not read a unit\'s word before a year as a place ("tại huyện năm 2016")', () => {
    expect(event('Sáng 19/11, Huyện đoàn Hòa Lâm ra quân tuyên truyền về thủ tục hành chính tại huyện năm 2016.').location).not.toBe('huyện năm 2016');
  });

  it('still reads a hamlet named after its unit word', () => {
    expect(event('Sáng 4/3, Chi đoàn thôn Phú Mỹ tổ chức trồng cây xanh hưởng ứng Tết trồng cây.').location).toBe('thôn Phú Mỹ');
  });
});

describe('event.location: a headline in capitals', () => {
  const place = (headline: string) => parseArticle([headline, 'Các đoàn viên đã quét dọn, thu gom rác thải dọc các tuyến đường.'].join('\n'), { path: 't.txt' }).event.location;

  it('ends a unit\'s name at a word that ends places, where every word is in capitals', () => {
    expect(place('XÃ HÒA LÂM TỔ CHỨC RA QUÂN DỌN VỆ SINH MÔI TRƯỜNG')).toBe('XÃ HÒA LÂM');
  });

  it('reads a capitalised name after an abbreviated unit as written', () => {
    expect(place('Thanh niên TP Hòa Lâm ra quân dọn vệ sinh môi trường')).toBe('TP Hòa Lâm');
  });
});

describe('event.name: a lower-case head with a quoted title', () => {
  it('takes the head and the quoted title right after it, though a place stands between the day and the head', () => {
    const e = article('Tối 2/5, tại bến đò Phú Lâm (xã Hòa Lâm), lễ hội “Sóng quê Hòa Lâm” do UBND huyện tổ chức đã khai mạc.', 'Lễ hội gồm nhiều chương trình nghệ thuật và trò chơi dân gian.');
    expect(e.event.name).toBe('lễ hội “Sóng quê Hòa Lâm”');
    expect(e.evidence['event.name'][0]).toMatchObject({ rule: 'event.name-titled' });
  });

  it('does not take a lower-case head without a title there', () => {
    expect(event('Tối 2/5, tại bến đò Phú Lâm, lễ hội do UBND huyện tổ chức đã khai mạc.').name).not.toMatch(/lễ hội/);
  });
});

describe('event.name: what the event holds', () => {
  it('ends the name before "gồm" and "bao gồm"', () => {
    expect(event('Sáng 3/4, Phòng Văn hóa huyện tổ chức Hội thi kể chuyện gồm 12 đội của các xã.').name).toBe('Hội thi kể chuyện');
    expect(event('Sáng 3/4, Phòng Văn hóa huyện tổ chức Hội thi kể chuyện bao gồm 12 đội của các xã.').name).toBe('Hội thi kể chuyện');
  });
});

describe('event.name: the area it is held in', () => {
  it('ends the name before "trên địa bàn", as before "tại"', () => {
    expect(event('Sáng 2/9, Hội Khuyến học huyện tổ chức trao học bổng cho 50 học sinh nghèo trên địa bàn huyện, mỗi suất 1 triệu đồng.').name)
      .toBe('trao học bổng cho 50 học sinh nghèo');
  });

  it('reads on past "trên" alone', () => {
    expect(event('Sáng 2/9, Đài Phát thanh tỉnh tổ chức Hội thi kiến thức pháp luật trên sóng phát thanh.').name).toBe('Hội thi kiến thức pháp luật trên sóng phát thanh');
  });
});

describe('event.name: a count between the verb and the head', () => {
  it('takes the head that the verb introduces across its count', () => {
    expect(event('Trong hai ngày 3 và 4/4, Trung tâm Y tế huyện tổ chức 4 buổi mít tinh cổ động phòng chống sốt xuất huyết bằng xe loa.').name)
      .toBe('buổi mít tinh cổ động phòng chống sốt xuất huyết');
    expect(event('Tháng 4 vừa qua, Hội Nông dân xã đã tổ chức hai lớp tập huấn kỹ thuật trồng lúa cho hội viên.').name)
      .toBe('lớp tập huấn kỹ thuật trồng lúa cho hội viên');
  });

  it('does not take a counted lower-case head that no verb introduces', () => {
    expect(event('Năm nay, mỗi xã có 3 lớp tập huấn kỹ thuật trồng lúa dành cho hội viên.').name ?? '').not.toMatch(/lớp tập huấn/);
  });
});

describe('event.date: the day the news was told', () => {
  it('gives no event day when the opening day dates a body telling what it has just done', () => {
    expect(event('Ngày 28/10, Hội Chữ thập đỏ huyện cho biết, hội vừa trao 50 suất quà cho hộ nghèo.').date).toBeNull();
  });

  it('keeps the day of a meeting at which somebody tells the news, and a day told without "vừa"', () => {
    expect(event('Sáng 28/10, tại hội nghị tổng kết, Chủ tịch Hội cho biết, hội vừa trao 50 suất quà cho hộ nghèo.').date).toBe('XXXX-10-28');
    expect(event('Ngày 28/10, Hội Chữ thập đỏ huyện cho biết, hội trao 50 suất quà cho hộ nghèo.').date).toBe('XXXX-10-28');
  });
});

describe('event.name: gifts handed over and awareness sessions', () => {
  const parsed = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).event;

  it('names the event by the headline verb "trao tặng" and its object', () => {
    const e = parsed('Trao tặng 200 áo phao cho ngư dân xã Hòa Lâm', 'Đồn Biên phòng Hòa Lâm phối hợp với Hội Nông dân xã cho biết, đơn vị vừa hỗ trợ ngư dân.');
    expect(e).toMatchObject({ name: 'Trao tặng 200 áo phao cho ngư dân xã Hòa Lâm', type: 'trao tặng' });
  });

  it('takes "buổi tuyên truyền" that the text refers back to', () => {
    const e = parsed('Đồn Biên phòng Hòa Lâm đến với ngư dân', 'Chiều 9/11, Đồn Biên phòng Hòa Lâm đến với ngư dân thôn Đông để phổ biến pháp luật về biển.', 'Tại buổi tuyên truyền, cán bộ đồn đã phát tài liệu cho bà con.');
    expect(e.name).toBe('buổi tuyên truyền');
  });

  it('does not read "công tác tuyên truyền" as an event', () => {
    // The headline names it, past the organisation it opens with.
    expect(parsed('Đồn Biên phòng Hòa Lâm đến với ngư dân', 'Chiều 9/11, Đồn Biên phòng Hòa Lâm đẩy mạnh công tác tuyên truyền pháp luật cho ngư dân.').name).toBe('đến với ngư dân');
  });
});

describe('event.date: the date of a named day', () => {
  const lines = (lead: string) => [lead, 'Các em được chia thành ba nhóm tuổi.', 'Hội thi diễn ra chiều 28/5 với 200 em tham gia.'];

  it('passes over the date of the day the event is held towards, for the day of the event', () => {
    expect(event(...lines('Hướng tới ngày Quốc tế Thiếu nhi 1/6, Nhà văn hóa huyện tổ chức hội thi vẽ tranh.')).date).toBe('XXXX-05-28');
  });

  it('keeps a date after a weekday written with a capital, or after a common word', () => {
    expect(event(...lines('Vào ngày Chủ nhật 1/6, Nhà văn hóa huyện tổ chức hội thi vẽ tranh.')).date).toBe('XXXX-06-01');
    expect(event(...lines('Hướng tới ngày hội lớn 1/6, Nhà văn hóa huyện tổ chức hội thi vẽ tranh.')).date).toBe('XXXX-06-01');
  });
});

describe('event.name: a head inside a proper name', () => {
  const parsed = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).event;

  it('reads no event in a street named with an event word ("phố Đinh Lễ"), but the lead\'s verb', () => {
    const e = parsed('Sách mới của nhà thơ được đón nhận', 'Sáng 3-4, Nhà xuất bản Kim Đồng đã ra mắt tập thơ mới của nhà thơ Trần Đăng Khoa.', 'Buổi ký tặng sẽ diễn ra tại hiệu sách Đinh Lễ, Hà Nội.');
    expect(e.name).toBe('ra mắt tập thơ mới của nhà thơ Trần Đăng Khoa');
  });

  it('keeps a capitalised head after a lower-case word, and in an upper-case headline', () => {
    expect(parsed('Sách mới của nhà thơ được đón nhận', 'Sáng 3-4, các em thiếu nhi háo hức đón Lễ hội đọc sách của thư viện tỉnh.').name).toBe('Lễ hội đọc sách của thư viện tỉnh');
    expect(parsed('SÔI NỔI HỘI TRẠI HÈ CỦA THIẾU NHI', 'Các em học sinh tham gia rất hào hứng.').name).toBe('HỘI TRẠI HÈ CỦA THIẾU NHI');
  });
});

describe('event.name: the verb of an organisation that opens the lead', () => {
  const parsed = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).event;

  it('takes the event word right after the organisation, the subject, over the headline\'s verb', () => {
    const e = parsed('Câu lạc bộ Hưu trí phường Bến Thành kỷ niệm Ngày Nhà giáo', 'Sáng 16/11, Câu lạc bộ Hưu trí phường Bến Thành họp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.');
    expect(e.name).toBe('họp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam');
  });

  it('gives way to an event word an organising verb introduces in the same sentence', () => {
    // An organisation read short ("Ban chỉ đạo"): the words after it are no verb of its.
    const text = ['Tỉnh Bình Phước: Khai mạc diễn tập phòng thủ huyện Bù Đăng', 'Sáng 12/8, Ban chỉ đạo diễn tập phòng thủ tỉnh đã chỉ đạo huyện Bù Đăng tổ chức diễn tập phòng thủ huyện năm 2024.'].join('\n');
    const doc = parse(text, { path: 't.txt' });
    const at = text.indexOf('Ban chỉ đạo');
    const found = findEventName(doc, null, [text.indexOf('Sáng 12/8')], [{ evidence: [{ start: at, end: at + 'Ban chỉ đạo'.length }] }]);
    expect(found?.name).toBe('diễn tập phòng thủ huyện năm 2024');
  });

  it('does not take a one-word head there, which may open another verb ("giải ngân")', () => {
    const e = parsed('Câu lạc bộ Hưu trí phường Bến Thành kỷ niệm Ngày Nhà giáo', 'Sáng 16/11, Câu lạc bộ Hưu trí phường Bến Thành giải ngân vốn vay cho hội viên và kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.');
    expect(e.name).toBe('kỷ niệm Ngày Nhà giáo');
  });
});

describe('event.name: an event verb with its quoted title', () => {
  const parsed = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).event;
  const lines = (lead: string) => [
    'Nông dân học cách trồng cây có múi',
    lead,
    'Tham dự buổi tập huấn các hội viên hăng say trao đổi kinh nghiệm.',
  ];

  it('names the event by the verb "tổ chức" introduces and the quoted title right after it', () => {
    const e = parsed(...lines('Ngày 12/5, Hội Nông dân huyện tổ chức tập huấn “Kỹ thuật chăm sóc cây có múi” cho 80 hội viên.'));
    expect(e.name).toBe('tập huấn “Kỹ thuật chăm sóc cây có múi”');
  });

  it('does not take a quoted title that the verb does not open, nor a verb that nothing introduces', () => {
    expect(parsed(...lines('Ngày 12/5, Hội Nông dân huyện tổ chức tập huấn cho 80 hội viên theo tài liệu “Kỹ thuật chăm sóc cây có múi”.')).name)
      .not.toMatch(/“Kỹ thuật/);
    expect(parsed(...lines('Ngày 12/5, 80 hội viên hăng hái tập huấn “Kỹ thuật chăm sóc cây có múi” tại hội trường xã.')).name)
      .not.toMatch(/“Kỹ thuật/);
  });
});

describe('event.name: the ceremony a sentence organises over one it frames', () => {
  it('reads "tổ chức thực hiện" and "làm lễ" as organising the head after them', () => {
    expect(event('Nhằm lập thành tích chào mừng Đại hội Đoàn tỉnh lần thứ X, sáng 5/3, Huyện đoàn Mỹ Tú tổ chức thực hiện Lễ ra quân chiến dịch mùa hè xanh năm 2024.').name)
      .toBe('Lễ ra quân chiến dịch mùa hè xanh năm 2024');
    expect(event('Hai năm xây dựng, trạm điện mặt trời đã hoàn thành.', 'Sáng 17/1, tại xã Vĩnh Hậu, Công ty cổ phần Năng lượng Xanh làm lễ khánh thành trạm điện mặt trời Vĩnh Hậu.').name)
      .toBe('lễ khánh thành trạm điện mặt trời Vĩnh Hậu');
  });

  it('reads "trong khuôn khổ" as framing the event in a larger one', () => {
    expect(event('Sáng 12/9, trong khuôn khổ Tuần lễ Văn hóa Du lịch tỉnh năm 2025, Sở Văn hóa tổ chức Tọa đàm phát triển du lịch cộng đồng.').name)
      .toBe('Tọa đàm phát triển du lịch cộng đồng');
  });

  it('takes the ceremony over the series "Nằm trong" frames, but the series when nothing else is organised', () => {
    expect(event('Nằm trong chuỗi hoạt động kỷ niệm 50 năm thành lập huyện, chiều 2/9, Hội Cựu chiến binh huyện tổ chức lễ bàn giao nhà nghĩa tình.').name)
      .toBe('lễ bàn giao nhà nghĩa tình');
    expect(event('Chiều 2/9, Hội Cựu chiến binh huyện khởi động chuỗi hoạt động kỷ niệm 50 năm thành lập huyện.').name)
      .toMatch(/^chuỗi hoạt động kỷ niệm/);
  });
});

describe('event.name: the opening of an event is not the event', () => {
  const parsed = (headline: string, ...lines: string[]) => parseArticle([headline, ...lines].join('\n'), { path: 't.txt' }).event.name;

  it('takes the event a bare "lễ khai mạc" opens, named in the same sentence', () => {
    expect(parsed('Lễ hội hoa ban với nhiều hoạt động hấp dẫn',
      'Tối 19/5, tại Quảng trường trung tâm, Lễ hội hoa ban Điện Biên lần thứ IX năm 2025 do UBND tỉnh tổ chức đã diễn ra lễ khai mạc.'))
      .toBe('Lễ hội hoa ban Điện Biên lần thứ IX năm 2025');
  });

  it('takes the full name of the event "lễ khai mạc X" opens when another sentence gives it', () => {
    expect(parsed('Khai mạc Tuần Văn hóa du lịch Mộc Châu năm 2024',
      'Tối 20/9, tại quảng trường thị xã Mộc Châu đã diễn ra lễ khai mạc tuần văn hóa du lịch chào mừng 65 năm thành lập thị xã.'))
      .toBe('Tuần Văn hóa du lịch Mộc Châu năm 2024');
    // With nothing fuller, the opening stands.
    expect(parsed('Tin văn hóa trong tuần',
      'Tối 20/9, tại quảng trường thị xã Mộc Châu đã diễn ra lễ khai mạc tuần văn hóa du lịch chào mừng 65 năm thành lập thị xã.'))
      .toMatch(/^lễ khai mạc tuần văn hóa du lịch/);
  });
});

describe('event.name: the occasion told after the name', () => {
  it('ends the name before "nhân ngày", as before "nhân dịp"', () => {
    expect(event('Sáng 20/4, phường Chánh Lộ tổ chức lễ khai trương Thư viện cộng đồng nhân Ngày Sách và Văn hóa đọc Việt Nam năm 2022.').name)
      .toBe('lễ khai trương Thư viện cộng đồng');
  });

  it('ends the name before "nhân tháng" and "nhân tuần", the campaign it is held in', () => {
    expect(event('Sáng 22/6, Công an tỉnh tổ chức lễ ra quân phòng chống ma túy năm 2023 nhân tháng cao điểm phòng chống ma túy.').name)
      .toBe('lễ ra quân phòng chống ma túy năm 2023');
    expect(event('Sáng 2/10, Hội Nông dân xã tổ chức hội thi nấu ăn nhân Tuần lễ Văn hóa ẩm thực.').name).toBe('hội thi nấu ăn');
  });
});

describe('event.name: a clause, a part of the day or "lần này" after the name', () => {
  it('ends the name before "không chỉ", "tập trung vào", "buổi sáng" and "lần này"', () => {
    expect(event('Sáng 20/11, tại Trường Đại học Hòa Lâm, Hội thảo khoa học quốc tế tập trung vào các vấn đề chính của ngành truyền thông.').name)
      .toBe('Hội thảo khoa học quốc tế');
    expect(event('Tối 21/3, Trung tâm Văn hóa huyện tổ chức hội thi ca cổ lần này với 30 thí sinh.').name).toBe('hội thi ca cổ');
    expect(event('Sáng 17/10, tại Hà Nội, cuộc thi buổi sáng gồm ba trường đại học.').name).not.toBe('cuộc thi buổi');
  });
});

describe('event.name: the setting told after the name', () => {
  it('ends the name before "trong không gian" or "trong không khí", the setting of the evening', () => {
    expect(event('Tối 27/4, tại quảng trường biển đã diễn ra Lễ hội du lịch biển 2024 trong không gian rực rỡ sắc màu, mở đầu mùa du lịch hè.').name)
      .toBe('Lễ hội du lịch biển 2024');
    expect(event('Tối 27/4, tại quảng trường biển đã diễn ra Lễ hội du lịch biển 2024 trong không khí tưng bừng, mở đầu mùa du lịch hè.').name)
      .toBe('Lễ hội du lịch biển 2024');
  });
});

describe('event.name: a dash the headline writes too', () => {
  const parsed = (headline: string, line: string) => parseArticle([headline, line].join('\n'), { path: 't.txt' }).event.name;

  it('reads on past a spaced dash before a lower-case word when the headline has the same words around one', () => {
    const line = 'Tối 30/5, huyện Chợ Lách tổ chức khai mạc ngày hội cây - trái ngon và sản phẩm nông nghiệp lần thứ 14.';
    expect(parsed('Khai mạc ngày hội trái cây - trái ngon', line)).toBe('ngày hội cây - trái ngon và sản phẩm nông nghiệp lần thứ 14');
    expect(parsed('Khai mạc ngày hội ở Chợ Lách', line)).toBe('ngày hội cây');
  });
});

describe('event.name: a name listing its parts up to its year', () => {
  it('reads the parts and the year before a comma, and takes the whole name over a later mention cut at its first comma', () => {
    expect(event('UBND thành phố vừa phát động Tuần lễ nạo vét, khơi thông cống rãnh, mương thoát nước năm 2016, với mục đích giảm điểm ngập.',
      'Tuần lễ nạo vét, khơi thông cống rãnh diễn ra từ ngày 21/8 đến 28/8/2016.').name)
      .toBe('Tuần lễ nạo vét, khơi thông cống rãnh, mương thoát nước năm 2016');
  });

  it('does not read a clause after a name that has its year already', () => {
    expect(event('Sáng 15/2, huyện tổ chức lễ phát động Tết trồng cây xuân Giáp Thìn 2024, mở đầu cho công tác trồng cây, trồng rừng năm 2024, với sự tham gia của 500 đoàn viên.').name)
      .toBe('lễ phát động Tết trồng cây xuân Giáp Thìn 2024');
  });
});

describe('event.name: a committee\'s name', () => {
  it('does not read "Ban Tổ chức" before a head as the verb introducing it', () => {
    expect(event('Sáng 31/12, Ban Tổ chức Cuộc thi Sáng tạo trẻ đã tổ chức Hội nghị tổng kết và trao giải Cuộc thi “Sáng tạo trẻ tỉnh Phú Yên năm 2024”.').name)
      .toBe('Hội nghị tổng kết và trao giải Cuộc thi “Sáng tạo trẻ tỉnh Phú Yên năm 2024”');
  });

});

describe('event.location: the place a headline\'s tag names', () => {
  const located = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).event.location;

  it('takes the tag as the body names it with its unit, the longest unit', () => {
    expect(located('Mỹ Xuyên: Tổ chức Hội thi nấu ăn ngon', 'Các đội thi của phụ nữ (huyện Mỹ Xuyên) trổ tài nấu các món ăn truyền thống.'))
      .toBe('huyện Mỹ Xuyên');
    expect(located('Bạc Hà: Tổ chức Hội thi nấu ăn ngon', 'Các đội thi của phụ nữ thành phố Bạc Hà trổ tài nấu các món ăn truyền thống.'))
      .toBe('thành phố Bạc Hà');
  });

  it('takes no tag the body never names with a unit', () => {
    expect(located('Mỹ Xuyên: Tổ chức Hội thi nấu ăn ngon', 'Các đội thi của phụ nữ Mỹ Xuyên trổ tài nấu các món ăn truyền thống.')).toBeNull();
  });
});

describe('event.name: a startup festival', () => {
  it('takes "Techfest …" as an event\'s name, as "Festival …" is', () => {
    expect(event('Tối 12/12, Techfest Việt Nam 2025 chính thức khai mạc tại Hà Nội với hơn 700 gian hàng trưng bày các thành tựu khoa học công nghệ.').name)
      .toBe('Techfest Việt Nam 2025');
  });

  it('ends a name before "chính thức" ("… chính thức khai mạc")', () => {
    expect(event('Tối 12/12, Festival Trái cây Việt Nam 2025 chính thức khai mạc tại Hà Nội với hơn 700 gian hàng.').name).toBe('Festival Trái cây Việt Nam 2025');
  });
});

describe('event name: a generic name and its quoted theme', () => {
  it('takes the theme after a head with lower-case words only, not after a proper name', () => {
    expect(event('Sáng 17/11, Liên đội tổ chức cuộc thi vẽ tranh chủ đề “Nhớ ơn thầy cô” để chào mừng Ngày Nhà giáo Việt Nam.').name)
      .toBe('cuộc thi vẽ tranh chủ đề “Nhớ ơn thầy cô”');
    expect(event('Sáng 17/11, Liên đội tổ chức Hội thi Tiếng hát Hoa Lâm với chủ đề “Nhớ ơn thầy cô”.').name).toBe('Hội thi Tiếng hát Hoa Lâm');
  });
});

describe('event.date: the close of an anniversary\'s pair of days', () => {
  it('takes no day from "(26/3/1931 - 26/3/2025)", the day the event marks, not its own', () => {
    const date = (line: string) => parseArticle(['Lễ khai mạc triển lãm mỹ thuật sinh viên', line].join('\n'), { path: 't.txt' }).event.date;
    expect(date('Chào mừng kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025), Trường Đại học Hoa Lâm tổ chức Lễ khai mạc triển lãm mỹ thuật sinh viên năm 2025.')).toBeNull();
    // A day of its own after it is the event's.
    expect(date('Chào mừng kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025), sáng 24/3, Trường Đại học Hoa Lâm tổ chức Lễ khai mạc triển lãm.')).toBe('2025-03-24');
  });
});

describe('event.name: how and by whom it is held end the name', () => {
  it('ends the name before "theo hình thức" and a passive "tổ chức bởi"', () => {
    expect(event('Sáng 16/6, Trường Đại học Hoa Lâm tổ chức Hội thảo khoa học quốc tế lần thứ 5 theo hình thức trực tiếp và trực tuyến.').name)
      .toBe('Hội thảo khoa học quốc tế lần thứ 5');
    expect(event('Sáng 16/6, Tuần lễ Văn hóa số Hoa Lâm 2026 tổ chức bởi UBND tỉnh Hoa Lâm đã khai mạc tại Quảng trường tỉnh.').name)
      .toBe('Tuần lễ Văn hóa số Hoa Lâm 2026');
  });
});

describe('event.date: a review of one year that plans the next', () => {
  it('puts a day of the first months in the planned year, a December day in the reviewed one', () => {
    expect(event('Sáng ngày 06/01, Sở Văn hóa tỉnh Hoa Lâm tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai kế hoạch năm 2024.').date).toBe('2024-01-06');
    expect(event('Sáng ngày 28/12, Sở Văn hóa tỉnh Hoa Lâm tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai kế hoạch năm 2024.').date).toBe('2023-12-28');
  });
});

describe('event.date: a plan for a later month of a year, in a text with no other year', () => {
  it('takes the plan\'s year for a day before its month, not for a day after it', () => {
    const date = (...lines: string[]) => parseArticle(['Khai trương tuyến tàu mới', ...lines].join('\n'), { path: 't.txt' }).event.date;
    expect(date('Chuyến tàu đầu tiên của tuyến mới đã xuất phát từ ga Hoa Lâm hôm 14/4.', 'Đến trung tuần tháng 6/2008, công ty sẽ đầu tư thêm một đoàn tàu.')).toBe('2008-04-14');
    expect(date('Chuyến tàu đầu tiên của tuyến mới đã xuất phát từ ga Hoa Lâm hôm 14/9.', 'Đến trung tuần tháng 6/2008, công ty sẽ đầu tư thêm một đoàn tàu.')).toBe('XXXX-09-14');
  });
});

describe('event.name: "đón bằng", a certificate received', () => {
  it('reads on past "bằng" after "đón" ("Lễ đón bằng UNESCO ghi danh …")', () => {
    expect(event('Tối 10/5, UBND tỉnh Hoa Lâm tổ chức Lễ đón bằng UNESCO ghi danh Lễ hội Bà Chúa Xứ vào danh sách di sản văn hóa phi vật thể.').name)
      .toBe('Lễ đón bằng UNESCO ghi danh Lễ hội Bà Chúa Xứ vào danh sách di sản văn hóa phi vật thể');
  });
});
