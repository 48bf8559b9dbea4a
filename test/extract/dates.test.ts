import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { cycleYear } from '../../src/extract/years.js';

const article = (lines: string[], options: { referenceDate?: string } = {}) =>
  parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt', ...options });
const dates = (line: string, options: { referenceDate?: string } = {}) =>
  article([line], options).dates.map((d) => ({ text: d.text, date: d.date, endDate: d.endDate, time: d.time }));
const isoOf = (line: string, options: { referenceDate?: string } = {}) => dates(line, options).map((d) => d.date);

describe('dates: day and month', () => {
  it('reads day/month with a part of day and no year as XXXX', () => {
    expect(dates('Chiều 4/11, Hội Nông dân xã Tân Phú tổ chức hội thi.')).toEqual([
      { text: 'Chiều 4/11', date: 'XXXX-11-04', endDate: null, time: null },
    ]);
  });

  it('reads full dates with slashes, dashes, dots and two-digit years', () => {
    expect(isoOf('Sáng ngày 17/09/2019 và ngày 1-6-2024, rồi sáng 30.4.1975 và ngày 06/12/19.')).toEqual([
      '2019-09-17', '2024-06-01', '1975-04-30', '2019-12-06',
    ]);
  });

  it('reads "ngày D tháng M năm Y" and "ngày D tháng M"', () => {
    expect(isoOf('Ngày 2 tháng 10 năm 2023, trường khai giảng; ngày 9 tháng 10 tổng kết.')).toEqual(['2023-10-02', '2023-10-09']);
  });

  it('reads a dash or dot pair as a date only after a day word', () => {
    expect(isoOf('Ngày 5-6, Bệnh viện 30-4 đón đoàn; sáng 24.4 có hội thao.')).toEqual(['XXXX-06-05', 'XXXX-04-24']);
  });

  it('reads a dash typed with a space after it ("Sáng 15- 9"), after a day word only', () => {
    expect(isoOf('Sáng 15- 9, trường trao học bổng cho học sinh.')).toEqual(['XXXX-09-15']);
    expect(isoOf('Ngày 2- 10- 2024, trường tổng kết năm học.')).toEqual(['2024-10-02']);
    expect(isoOf('Đội bóng xã thắng 3- 1 trong trận chung kết.')).toEqual([]);
  });

  it('reads no range over a line break, nor a day from a time\'s minutes ("19/06/2024 - 11:11", "- Ngày 19/6")', () => {
    expect(article(['19/06/2024 - 11:11', '- Ngày 19/6, xã Vĩnh Khánh tổ chức lễ khánh thành cầu.']).dates.map((d) => [d.text, d.date, d.endDate]))
      .toEqual([['19/06/2024', '2024-06-19', null], ['Ngày 19/6', '2024-06-19', null]]);
  });

  it('reads an en dash, and a dash spaced on both sides after a day word only ("Sáng ngày 12 – 5")', () => {
    expect(isoOf('Sáng ngày 12 – 5, Hội Tin học tỉnh tổ chức Đại hội.')).toEqual(['XXXX-05-12']);
    expect(isoOf('Ngày 12–5–2012, Hội Tin học tỉnh tổ chức Đại hội.')).toEqual(['2012-05-12']);
    expect(isoOf('Đội bóng xã thắng 12 – 5 trong trận chung kết.')).toEqual([]);
  });

  it('reads a slash typed with a space after it ("Chiều 23/ 9"), after a day word only', () => {
    expect(isoOf('Chiều 23/ 9, hội phụ nữ xã ra mắt câu lạc bộ dân ca.')).toEqual(['XXXX-09-23']);
    expect(isoOf('Ngày 5/ 10/ 2024, trường tổng kết năm học.')).toEqual(['2024-10-05']);
    expect(isoOf('Đoàn về đích với thành tích 12/ 9 thật bất ngờ.')).toEqual([]);
  });

  it('reads a four-digit year after a slash that follows a dashed day and month ("Ngày 22-5/2024")', () => {
    expect(isoOf('Ngày 22-5/2024, tại xã Hiếu Nhơn, Công an tỉnh tổ chức lễ trao nhà.')).toEqual(['2024-05-22']);
  });

  it('keeps weekdays and parts of day in the mention', () => {
    const [d] = article(['Sáng thứ Hai, ngày 13/5/2024, nhà trường chào cờ.']).dates;
    expect(d).toMatchObject({ text: 'Sáng thứ Hai, ngày 13/5/2024', date: '2024-05-13', partOfDay: 'sáng' });
  });
});

describe('dates: what is not a date', () => {
  it('does not read a decree or decision number as a date', () => {
    expect(isoOf('Theo Nghị định 33/2014/NĐ-CP và Quyết định số 12/3/QĐ-UBND, việc này được thực hiện.')).toEqual([]);
  });

  it('does not read a score, a fraction or a count as a date', () => {
    expect(isoOf('Em đạt 9/10 điểm, 1/3 trong số các đội vào chung kết, tỷ lệ 3/4 học sinh đồng ý.')).toEqual([]);
  });

  it('does not read a version, a decimal or a phone number as a date', () => {
    expect(isoOf('Công nghiệp 4.0 và phiên bản 2.5 ra mắt; gọi 0912.345.678 để đăng ký.')).toEqual([]);
  });

  it('refuses days that do not exist', () => {
    expect(isoOf('Ngày 31/4 và ngày 30/2/2023 không có trên lịch.')).toEqual([]);
  });
});

describe('dates: ranges', () => {
  it('reads "1-7/10/2023" and "từ 1 đến 7/10"', () => {
    expect(dates('Hội chợ diễn ra 1-7/10/2023; tuần lễ sách từ 1 đến 7/10.').map((d) => [d.date, d.endDate])).toEqual([
      ['2023-10-01', '2023-10-07'],
      ['2023-10-01', '2023-10-07'],
    ]);
  });

  it('joins "từ ngày 1/10 đến ngày 7/10" and "17 và 18/12" into one range', () => {
    expect(dates('Triển lãm mở từ ngày 1/10 đến ngày 7/10/2022.').map((d) => [d.date, d.endDate])).toEqual([['2022-10-01', '2022-10-07']]);
    expect(dates('Diễn đàn họp trong hai ngày 17 và 18/12/2021.').map((d) => [d.date, d.endDate])).toEqual([['2021-12-17', '2021-12-18']]);
  });

  it('reads the day word repeated before the second day ("mùng 4 và mùng 5/8")', () => {
    expect(dates('Đại hội diễn ra trong 2 ngày (mùng 4 và mùng 5/8/2024).').map((d) => [d.date, d.endDate])).toEqual([['2024-08-04', '2024-08-05']]);
    expect(dates('Hội trại diễn ra từ mồng 2 đến mồng 4/9/2023.').map((d) => [d.date, d.endDate])).toEqual([['2023-09-02', '2023-09-04']]);
  });

  it('joins two days listed with a comma after "ngày" ("các ngày 9,10/6/2020"), and no count before a date', () => {
    expect(dates('Trong các ngày 9,10/6/2020, Đoàn giám sát làm việc tại các xã.').map((d) => [d.date, d.endDate])).toEqual([['2020-06-09', '2020-06-10']]);
    expect(dates('Trong các ngày 9, 10/6/2020, Đoàn giám sát làm việc tại các xã.').map((d) => [d.date, d.endDate])).toEqual([['2020-06-09', '2020-06-10']]);
    expect(dates('Tổ 5, 10/6/2020 ra quân dọn vệ sinh.').map((d) => [d.date, d.endDate])).toEqual([['2020-06-10', null]]);
  });

  it('keeps an anniversary span as two dates, not a 60-year range', () => {
    expect(dates('Kỷ niệm 60 năm thành lập trường (15/9/1963 – 15/9/2023).').map((d) => [d.date, d.endDate])).toEqual([
      ['1963-09-15', null],
      ['2023-09-15', null],
    ]);
  });
});

describe('dates: a worded day without "ngày"', () => {
  it('reads "từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021" as a range, and "Sáng 5 tháng 9" as a day', () => {
    expect(dates('Trong 3 ngày từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021, trung tâm tổ chức mít tinh.')[0]).toMatchObject({ date: '2021-03-17', endDate: '2021-03-19' });
    expect(isoOf('Sáng 5 tháng 9 năm 2024, trường khai giảng.')).toEqual(['2024-09-05']);
  });

  it('reads the first day of a range written in words with the month of the last one', () => {
    const ranges = (line: string) => dates(line).map((d) => [d.text, d.date, d.endDate]);
    expect(ranges('Từ ngày 22 đến ngày 24 tháng 11 năm 2024, hội chợ diễn ra tại sân vận động.'))
      .toEqual([['Từ ngày 22 đến ngày 24 tháng 11 năm 2024', '2024-11-22', '2024-11-24']]);
    expect(ranges('Diễn đàn họp trong hai ngày 17 và 18 tháng 12 năm 2021.')).toEqual([['ngày 17 và 18 tháng 12 năm 2021', '2021-12-17', '2021-12-18']]);
    expect(ranges('Hội chợ mở từ 22 - 28 tháng 11 năm 2024.')).toEqual([['từ 22 - 28 tháng 11 năm 2024', '2024-11-22', '2024-11-28']]);
    // Not a range: a first "day" past the last, or a count of months before a day.
    expect(ranges('Ngày 25 - 24 tháng 11 năm 2024, hội chợ mở.').map(([, date]) => date)).not.toContain('2024-11-25');
    expect(isoOf('Công trình làm trong 5 - 6 tháng, khánh thành ngày 3 tháng 5 năm 2024.')).toEqual(['2024-05-03']);
  });

  it('does not read a count of months as a day', () => {
    expect(isoOf('Hội viên sinh hoạt mỗi 3 tháng một lần, sau 6 tháng 2 lần.')).toEqual([]);
  });
});

describe('dates: times', () => {
  it('attaches "14h30", "8 giờ 30" and "14:00" to the day of their sentence', () => {
    expect(dates('Lúc 14h30 chiều 2/10/2023, buổi lễ bắt đầu.')[0].time).toBe('14:30');
    expect(dates('Sáng 7 giờ 30 phút ngày 5 tháng 9 năm 2013, trường khai giảng.')[0]).toMatchObject({ date: '2013-09-05', time: '07:30' });
    expect(dates('Ngày 3/3/2022, hội nghị khai mạc lúc 14:00.')[0].time).toBe('14:00');
  });

  it('keeps a time without a day as its own mention and skips durations', () => {
    expect(dates('Buổi họp bắt đầu lúc 8h và kéo dài trong 3 giờ.')).toEqual([{ text: '8h', date: null, endDate: null, time: '08:00' }]);
  });
});

describe('dates: relative words', () => {
  it('resolves "hôm nay" and "hôm qua" from the reference date', () => {
    expect(isoOf('Hôm nay, đoàn về thăm; hôm qua, đoàn ở Huế.', { referenceDate: '2024-03-05' })).toEqual(['2024-03-05', '2024-03-04']);
  });

  it('takes the explicit day of "sáng nay (20/11)" and drops the bare relative word', () => {
    expect(dates('Sáng nay (20/11), trường tổ chức lễ kỷ niệm năm 2023.')).toEqual([
      { text: 'Sáng nay (20/11)', date: '2023-11-20', endDate: null, time: null },
    ]);
  });

  it('leaves "hôm nay" unresolved when nothing gives the day', () => {
    expect(isoOf('Hôm nay, đoàn về thăm trường.')).toEqual([null]);
  });
});

describe('dates: lunar calendar', () => {
  it('converts "mùng 1 tháng Giêng" to Tết of the year', () => {
    const [d] = article(['Mùng 1 tháng Giêng năm 2024, người dân đi lễ chùa.']).dates;
    expect(d).toMatchObject({ date: '2024-02-10', calendar: 'lunar' });
  });

  it('converts "mùng 10 tháng 3 âm lịch" with the year of the article', () => {
    expect(isoOf('Lễ Giỗ Tổ năm 2024 diễn ra vào mùng 10 tháng 3 âm lịch.')).toEqual(['2024-04-18']);
  });

  it('reads "rằm tháng Giêng" as day 15', () => {
    expect(isoOf('Rằm tháng Giêng năm 2023, hội thơ được tổ chức.')).toEqual(['2023-02-05']);
  });
});

describe('dates: year inference', () => {
  it('takes the year from an event name in the same sentence', () => {
    expect(isoOf('Chiều 2/10, Sở tổ chức Ngày hội sách năm 2022.')).toEqual(['2022-10-02']);
  });

  it('reads a school year pair by the month: autumn belongs to its first year', () => {
    expect(isoOf('Sáng 5/9, trường khai giảng năm học 2023-2024.')).toEqual(['2023-09-05']);
    expect(isoOf('Sáng 25/5, trường tổng kết năm học 2023-2024.')).toEqual(['2024-05-25']);
    // The school year opens in September: an August prize-giving closes the year before.
    expect(isoOf('Chiều 28/8, phường khen thưởng học sinh giỏi năm học 2023-2024.')).toEqual(['2024-08-28']);
  });

  it('takes the year of the article when the sentence has none, leaving plans out', () => {
    const a = article([
      'Ngày 12/3, hội thảo được tổ chức tại Đà Nẵng.',
      'Năm 2021, trường đã đón 500 sinh viên; năm 2021 cũng là năm đổi mới.',
      'Dự kiến đến năm 2030, trường sẽ có 5.000 sinh viên vào năm 2030.',
    ]);
    expect(a.dates[0].date).toBe('2021-03-12');
  });

  it('reads a day followed by its lunar year\'s name as lunar ("ngày 17 tháng 4 năm Nhâm Dần"), and one of history as no day', () => {
    const found = article(['Vào ngày 17 tháng 4 năm Nhâm Dần, Họ Đạo long trọng tổ chức Đại hội Nhơn Sanh năm 2022.']).dates;
    expect(found.map((d) => [d.date, d.calendar])).toEqual([['2022-05-17', 'lunar']]);
    // Kỷ Mão is 1939 or 1999 here, neither the report's year: a day of history, not dated.
    expect(isoOf('Ngày 5/6/2022, tín đồ kỷ niệm ngày khai đạo 18/5 năm Kỷ Mão.')).toEqual(['2022-06-05', null]);
  });

  it('takes the turn of two periods for the day\'s year, not the later period\'s end ("giai đoạn 2017-2025; … giai đoạn 2026-2035")', () => {
    expect(isoOf('Ngày 30/11, Hội tổ chức Hội nghị tổng kết Đề án giai đoạn 2017-2025; triển khai Đề án giai đoạn 2026-2035.')).toEqual(['2025-11-30']);
    expect(isoOf('Ngày 15/3, Hội tổ chức Hội nghị tổng kết Đề án giai đoạn 2017-2025; triển khai Đề án giai đoạn 2026-2035.')).toEqual(['2026-03-15']);
  });

  it('reads "Giáng sinh năm 2025" as the year of Christmas, not a year of birth ("sinh năm")', () => {
    expect(isoOf('Nhân dịp lễ Giáng sinh năm 2025, sáng 22/12, đoàn công tác của tỉnh đến thăm Tòa Giám mục.')).toEqual(['2025-12-22']);
    // A year of birth is still no year of the report.
    expect(isoOf('Sáng 22/12, đoàn trao quà cho em Lê Văn An, sinh năm 2015.')).toEqual(['XXXX-12-22']);
    // Nor the years somebody studied ("niên khóa 2000 - 2004"), the first or the last.
    expect(isoOf('Sáng 20/11, khoa gặp mặt cựu sinh viên Lê Văn An (niên khóa 2000 -2004).')).toEqual(['XXXX-11-20']);
  });

  it('takes the stamp\'s year over a term of office or a plan period in the sentence', () => {
    const line = 'Ngày 20/11, Liên đoàn Lao động tỉnh tổ chức hội diễn chào mừng Đại hội Công đoàn tỉnh nhiệm kỳ 2018 – 2023.';
    expect(article(['Minh Hà | 22/11/2017 08:30', line, 'Hội diễn thu hút 40 đội.']).dates[1].date).toBe('2017-11-20');
    const plan = 'Chiều 14/6, huyện tổng kết chương trình giai đoạn 2016-2020 tại hội trường.';
    expect(article(['Thứ hai, 15/06/2020', plan, 'Hội nghị có 200 đại biểu.']).dates[1].date).toBe('2020-06-14');
    // With no stamp, the term still dates the sentence.
    expect(article([line, 'Hội diễn thu hút 40 đội.']).dates[0].date).toBe('2018-11-20');
  });

  it('takes the stamp\'s year over the years of contest rounds and a past year reviewed', () => {
    const rounds = 'Ngày 29/8, Tỉnh đoàn tổng kết Hội thi tin học trẻ lần thứ V (2021-2022) và phát động hội thi lần thứ VI (2022 - 2023).';
    expect(article(['02/09/2022, 10:05', rounds, 'Hội thi có 90 bài dự thi.']).dates[1].date).toBe('2022-08-29');
    // A January review of the year before is held in the stamp's year.
    const review = 'Sáng 8.1, Công an huyện tổ chức hội nghị tổng kết công tác năm 2020.';
    expect(article(['Lan Anh 09/01/2021 15:20', review, 'Hội nghị có 80 đại biểu.']).dates[1].date).toBe('2021-01-08');
    // Without the stamp, the sentence's years decide.
    expect(article([review, 'Hội nghị có 80 đại biểu.']).dates[0].date).toBe('2020-01-08');
  });

  it('takes a year of the sentence over a plan\'s period in it, and the period only when no other year is given', () => {
    const signing = 'Tối 20/12, hội khai mạc Festival Nông dân năm 2025 và ký kết chương trình phối hợp giai đoạn 2026-2030.';
    expect(article([signing, 'Festival có 300 gian hàng.']).dates[0].date).toBe('2025-12-20');
    // In another sentence, the period's years weigh nothing against a year of the article.
    const elsewhere = ['Chiều 3/12, xã tổ chức hội nghị.', 'Xã ký kết chương trình giai đoạn 2026-2030.', 'Năm 2025, xã có 30 hội viên mới.'];
    expect(article(elsewhere).dates[0].date).toBe('2025-12-03');
    // Alone, the period still gives a year.
    expect(article(['Chiều 3/12, xã tổng kết chương trình giai đoạn 2016 – 2020.']).dates[0].date).toBe('2020-12-03');
  });

  it('keeps the years a sentence reports before its plan word, when it opens with a day', () => {
    const opening = 'Ngày 30-1, bệnh viện khai mạc Hội nghị Khoa học Quốc tế năm 2026, với định hướng mở rộng hợp tác.';
    expect(article([opening, 'Hội nghị có 2.000 đại biểu.']).dates[0].date).toBe('2026-01-30');
    // A plan word before the year, or no day before it: a plan's year.
    expect(article(['Ngày 30-1, bệnh viện cho biết sẽ mở Hội nghị Khoa học năm 2027.']).dates[0].date).toBe('XXXX-01-30');
    expect(article(['Năm 2027, bệnh viện định hướng mở trung tâm mới.', 'Ngày 30-1, bệnh viện tổ chức hội nghị.']).dates[0].date).toBe('XXXX-01-30');
  });

  it('counts a term of office named again and again once, below a full date', () => {
    const a = article([
      'Chiều 3/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ.',
      'Ông Trần Văn An giữ chức Bí thư Huyện ủy Tân Phú, nhiệm kỳ 2020-2025.',
      'Ông Lê Văn Bình giữ chức Bí thư Huyện ủy Tân Châu, nhiệm kỳ 2020-2025.',
      'Bà Võ Thị Cúc giữ chức Bí thư Huyện ủy Tân Biên, nhiệm kỳ 2020-2025.',
      'Các quyết định có hiệu lực từ ngày 5/10/2024.',
    ]);
    expect(a.dates[0].date).toBe('2024-10-03');
  });

  it('takes a term\'s first year for its first sitting, not for a later one', () => {
    const sitting = (ordinal: string) => `Ngày 20/4, HĐND xã tổ chức Kỳ họp ${ordinal} HĐND xã khóa XII, nhiệm kỳ 2021 - 2026.`;
    const later = ['Kỳ họp thông qua đề án sắp xếp đơn vị hành chính của tỉnh năm 2025.'];
    expect(article([sitting('thứ 12'), ...later]).dates[0].date).toBe('2025-04-20');
    expect(article([sitting('thứ IV'), ...later]).dates[0].date).toBe('2025-04-20');
    expect(article(['Sáng 12/3, Thường trực HĐND huyện tổ chức phiên họp thường kỳ lần thứ 27, nhiệm kỳ 2021 - 2026.']).dates[0].date).toBe('XXXX-03-12');
    // The first sitting opens the term, in its first year; so does a congress, whatever its number.
    expect(article([sitting('thứ nhất'), ...later]).dates[0].date).toBe('2021-04-20');
    expect(article([sitting('thứ I'), ...later]).dates[0].date).toBe('2021-04-20');
    expect(article(['Ngày 20/4, Đảng bộ xã tổ chức Đại hội lần thứ XII, nhiệm kỳ 2025 - 2030.', ...later]).dates[0].date).toBe('2025-04-20');
  });

  it('keeps a written 29 February when the year it is given has none ("XXXX-02-29", not 1 March)', () => {
    expect(article(['Sáng ngày 29/02, Thường trực HĐND huyện họp phiên thường kỳ, nhiệm kỳ 2021 – 2026.']).dates[0].date).toBe('XXXX-02-29');
    expect(article(['Sáng ngày 29/02, Thường trực HĐND huyện họp phiên thường kỳ năm 2024.']).dates[0].date).toBe('2024-02-29');
    // A year written with the day stays a check: no such day, no date.
    expect(article(['Ngày 29/02/2023, huyện họp phiên thường kỳ.']).dates.map((d) => d.date)).toEqual([]);
  });

  it('counts an anniversary from a day the country keeps, when the text gives no year', () => {
    expect(article(['Sáng 17/11, Sở GD&ĐT tổ chức lễ kỷ niệm 33 năm ngày Nhà giáo Việt Nam.']).dates[0].date).toBe('2015-11-17');
    expect(article(['Ngày 5-5, trường học được khánh thành nhân dịp kỷ niệm 56 năm chiến thắng Điện Biên Phủ.']).dates[0].date).toBe('2010-05-05');
    // A year of the text's own comes first.
    expect(article(['Sáng 17/11, Sở GD&ĐT kỷ niệm 33 năm ngày Nhà giáo Việt Nam và tổng kết năm 2016.']).dates[0].date).toBe('2016-11-17');
  });

  it('counts "kỷ niệm N năm" from the first year of history the text gives, and reads no report\'s year from it', () => {
    const a = article([
      'Ngày 1-11, Bệnh viện Hòa Bình tổ chức lễ kỷ niệm 50 năm Ngày truyền thống.',
      'Ngày 1-11-1975, bệnh viện tiếp nhận bệnh nhân đầu tiên; ngày 27-8-1976, bệnh viện mang tên mới.',
    ]);
    expect(a.dates[0].date).toBe('2025-11-01');
    // No count of years: history alone dates nothing.
    expect(article(['Ngày 1-11, bệnh viện đón đoàn công tác.', 'Ngày 1-11-1975, bệnh viện tiếp nhận bệnh nhân đầu tiên.']).dates[0].date).toBe('XXXX-11-01');
  });

  it('counts a kept day\'s anniversary before one counted from the text\'s first year of history', () => {
    const a = article([
      'Ngày 23-2, bệnh viện tổ chức lễ kỷ niệm 115 năm thành lập, kỷ niệm 61 năm Ngày Thầy thuốc Việt Nam.',
      'Trải qua nhiều thời kỳ, đến năm 1957, tên gọi bệnh viện chính thức được xác lập.',
    ]);
    // 1957 + 115 would be 2072: the year the text gives is a renaming, not the founding.
    expect(a.dates[0].date).toBe('2016-02-23');
  });

  it('counts an anniversary from a founding year of the 1800s written after "năm"', () => {
    const founded = (year: string) => article([
      'Ngày 12.12, bệnh viện tổ chức Lễ kỉ niệm 130 năm thành lập và phát triển.',
      `Bệnh viện được thành lập vào ${year} theo sắc lệnh của vua Thành Thái.`,
    ]).dates[0].date;
    expect(founded('năm 1894')).toBe('2024-12-12');
    // Bare, such a number counts things: no history.
    expect(founded('dịp có 1894 người')).toBe('XXXX-12-12');
  });

  it('reads "1973 năm khởi nghĩa …" as a count of years, not a year of history to count from', () => {
    expect(article(['Sáng 7/3, Hội Phụ nữ xã tổ chức kỷ niệm 103 năm ngày Quốc tế Phụ nữ 8-3 và 1973 năm khởi nghĩa Hai Bà Trưng.']).dates[0].date)
      .toBe('2013-03-07');
    expect(article(['Sáng 7/3, Hội Phụ nữ xã tổ chức kỷ niệm 1973 năm khởi nghĩa Hai Bà Trưng.']).dates[0].date).toBe('2013-03-07');
  });

  it('takes the year of a month written with a slash ("tháng 3/2017"), not of a document number', () => {
    expect(article(['Sáng 19/5, xã tổ chức khánh thành nhà văn hóa thôn.', 'Công trình khởi công từ tháng 3/2017 đến nay.']).dates[0].date).toBe('2017-05-19');
    expect(article(['Sáng 19/5, xã tổ chức khánh thành nhà văn hóa thôn.', 'Công trình làm theo Quyết định 98/2017 của tỉnh.']).dates[0].date).toBe('XXXX-05-19');
  });

  it('reads a founding year as history, not the year of the report', () => {
    const a = article([
      'Sáng 5/9, Trường THPT Dân tộc nội trú Ngọc Lặc tổ chức lễ khai giảng.',
      'Giám đốc Sở đọc thư của Chủ tịch nước gửi ngành giáo dục nhân dịp khai giảng năm học 2023-2024.',
      'Trường được thành lập năm 2017, là trường nội trú thứ hai của tỉnh.',
    ]);
    expect(a.dates[0].date).toBe('2023-09-05');
  });

  it('resolves a relative day from the stamp', () => {
    const a = article(['Thu Hà 14/03/2023 09:40', 'Sáng nay, Hội Nông dân huyện tổ chức hội thi nhà nông giỏi.']);
    expect(a.dates.find((d) => d.text === 'Sáng nay')?.date).toBe('2023-03-14');
  });

  it('uses the reference date when the article gives no year', () => {
    expect(isoOf('Ngày 12/3, hội thảo được tổ chức.', { referenceDate: '2019-06-01' })).toEqual(['2019-03-12']);
  });

  it('takes the year of a Markdown front matter date', () => {
    const a = parseArticle('---\ndate: 2022-10-03\n---\n# Tiêu đề\n\nChiều 2/10, hội thi diễn ra.\n', { path: 't.md' });
    expect(a.dates[0].date).toBe('2022-10-02');
  });

  it('takes the year that puts the day nearest the day of writing', () => {
    const md = (date: string, line: string) => parseArticle(`---\ndate: ${date}\n---\n# Tiêu đề\n\n${line}\n`, { path: 't.md' }).dates[0].date;
    expect(md('2023-01-03', 'Tối 30/12, đêm nhạc diễn ra.')).toBe('2022-12-30');
    expect(md('2023-12-28', 'Ngày 5/1, hội chợ sẽ khai mạc.')).toBe('2024-01-05');
    expect(md('2023-06-10', 'Ngày 5/1, hội chợ khai mạc.')).toBe('2023-01-05');
    expect(isoOf('Tối 30/12, đêm nhạc diễn ra.', { referenceDate: '2023-01-02' })).toEqual(['2022-12-30']);
  });
});

describe('dates: the year of the same day written in full', () => {
  it('gives a day without its year the year of the same day written out elsewhere ("28-12" and "từ 28-12-2019")', () => {
    expect(isoOf('Chiến dịch Xuân tình nguyện 2020 khởi động vào sáng 28-12 tại công viên. Chiến dịch kéo dài từ 28-12-2019 đến 22-1-2020.')[0]).toBe('2019-12-28');
    // Two different years for the day settle nothing: the other rules decide.
    expect(isoOf('Chiến dịch Xuân tình nguyện 2020 khởi động vào sáng 28-12 tại công viên. Các năm trước, chiến dịch mở vào 28-12-2017 và 28-12-2018.')[0]).toBe('2020-12-28');
  });
});

describe('dates: the year of a lunar new year', () => {
  it('reads "đón năm mới Mậu Tuất" as a new year\'s name, in the sentence of the day', () => {
    expect(article(['Ngày 2/2, Đại sứ quán tổ chức mừng Tết và đón năm mới Mậu Tuất cùng bà con kiều bào.', 'Chuyến thăm tháng 5/2017 mở ra quan hệ mới.']).dates[0].date)
      .toBe('2018-02-02');
  });

  it('reads "Tết 2026" as the new year\'s days and the months before it', () => {
    expect(isoOf('Sáng 7/12, xã trao quà đón Tết Nguyên đán 2026 cho hộ nghèo.')).toEqual(['2025-12-07']);
    expect(isoOf('Sáng 20/1, xã trao quà Tết Nguyên đán 2026 cho hộ nghèo.')).toEqual(['2026-01-20']);
    expect(isoOf('Sáng 28/12, xã tổ chức vui Xuân Bính Ngọ 2026 cho người cao tuổi.')).toEqual(['2025-12-28']);
    // The winter-spring crop is no new year.
    expect(isoOf('Ngày 14-9, Bộ tổ chức hội nghị triển khai vụ đông xuân 2024.')).toEqual(['2024-09-14']);
    // The solar new year too: a December day before "Tết Dương lịch 2023" is in 2022.
    expect(isoOf('Sáng 10.12, Công an tỉnh phát động đợt cao điểm bảo đảm an ninh dịp Tết Dương lịch 2023.')).toEqual(['2022-12-10']);
    expect(isoOf('Sáng 3.1, Công an tỉnh tổng kết đợt cao điểm bảo đảm an ninh dịp Tết Dương lịch 2023.')).toEqual(['2023-01-03']);
  });

  it('reads a new year named by its lunar year alone ("Tết Quý Mão")', () => {
    expect(isoOf('Sáng 15/1, xã tổ chức mừng thọ người cao tuổi nhân dịp Tết Quý Mão.')).toEqual(['2023-01-15']);
    expect(isoOf('Sáng 28/12, xã tổ chức vui Xuân Giáp Thìn cho người cao tuổi.')).toEqual(['2023-12-28']);
    // A stem and a branch no year has.
    expect(isoOf('Sáng 15/1, xã tổ chức vui Tết Giáp Sửu cho người cao tuổi.')).toEqual(['XXXX-01-15']);
  });

  it('names the year of a stem and a branch in the cycle nearest a year given', () => {
    expect(cycleYear('Quý', 'Mão', null)).toBe(2023);
    expect(cycleYear('Giáp', 'Tý', null)).toBe(1984);
    expect(cycleYear('Mậu', 'Thân', 1970)).toBe(1968);
    expect(cycleYear('Giáp', 'Tý', 2050)).toBe(2044);
    expect(cycleYear('Giáp', 'Sửu', null)).toBeNull();
  });
});

describe('dates: evidence', () => {
  it('records the span and the rule of every mention', () => {
    const a = article(['Chiều 2/10/2023, lễ khai mạc diễn ra.']);
    const [ev] = a.dates[0].evidence;
    expect(ev.rule).toBe('dates.day-month');
    expect(a.dates[0].text).toBe('Chiều 2/10/2023');
    expect(ev.line).toBe(2);
  });
});

describe('dates: ranges written with a dash between two full days', () => {
  it('reads "26/10-29/10/2023" as one range without taking "2019-2020" or a phone number', () => {
    expect(dates('Triển lãm mở 26/10-29/10/2023, năm học 2019-2020; hotline 0912-345-678.').map((d) => [d.date, d.endDate])).toEqual([
      ['2023-10-26', '2023-10-29'],
    ]);
  });
});

describe('dates: places named after a day', () => {
  it('does not read "Quảng trường 24/3" or "đường 3/2" as dates', () => {
    expect(isoOf('Đoàn đi qua Quảng trường 24/3 và đường 3/2 rồi về chợ 30/4.')).toEqual([]);
  });
});

describe('dates: lunar marker in the mention', () => {
  it('keeps "âm lịch" in the text of a lunar mention (Tết Đoan ngọ 2024 = 10 June)', () => {
    expect(dates('Năm 2024, Tết Đoan ngọ rơi vào mùng 5 tháng 5 âm lịch.')).toEqual([
      { text: 'mùng 5 tháng 5 âm lịch', date: '2024-06-10', endDate: null, time: null },
    ]);
  });
});

describe('dates: counts of days', () => {
  it('does not read "mỗi ngày 3-4 lần" as a date', () => {
    expect(isoOf('Bệnh nhân uống thuốc mỗi ngày 3-4 lần, hằng ngày 2/3 số ca được khám.')).toEqual([]);
  });
});

describe('dates: a day and month written with a dash opening a line or a sentence', () => {
  const rules = (lines: string[]) => article(lines).dates.map((d) => [d.text, d.date, d.evidence[0].rule]);

  it('reads "20-4, UBND …" as a date where a line, an outlet tag or a sentence opens with it', () => {
    expect(rules(['20-4, UBND huyện Yên Thành tổ chức bàn giao 2 phòng học.'])).toEqual([['20-4', 'XXXX-04-20', 'dates.day-month-opening']]);
    expect(rules(['(Báo Nghệ An) – 20-4, UBND huyện Yên Thành bàn giao 2 phòng học.'])).toEqual([['20-4', 'XXXX-04-20', 'dates.day-month-opening']]);
    expect(rules(['Công trình hoàn thành đúng hạn. 20-4, UBND huyện bàn giao 2 phòng học.'])).toEqual([['20-4', 'XXXX-04-20', 'dates.day-month-opening']]);
  });

  it('reads no score, count, range, holiday or name with a dash as a date', () => {
    expect(rules(['Đội xã Tân Phú thắng 2-1, Đội xã Yên Lạc về nhì.'])).toEqual([]);
    expect(rules(['3-4 người một nhóm, Ban tổ chức chia đều các đội.'])).toEqual([]);
    expect(rules(['30-4, 1-5 là dịp nghỉ dài nhất năm.'])).toEqual([]);
    expect(rules(['20-4 Bệnh viện tỉnh khám miễn phí cho người dân.'])).toEqual([]);
    expect(rules(['12-4-2, Đội A xếp đầu bảng.'])).toEqual([]);
  });
});

describe('dates: family planning is no plan', () => {
  it('takes the year of a sentence about "kế hoạch hóa gia đình", which names a field, not a plan', () => {
    const date = (...lines: string[]) => parseArticle(['Mít tinh kỷ niệm Ngày Dân số thế giới', ...lines].join('\n'), { path: 't.txt' }).event.date;
    expect(date('Sáng 8/7, Chi cục Dân số tổ chức mít tinh.', 'Chủ đề Ngày Dân số thế giới năm 2015 là “Hỗ trợ kế hoạch hóa gia đình cho người dễ bị tổn thương”.')).toBe('2015-07-08');
    // A plan is still one.
    expect(date('Sáng 8/7, Chi cục Dân số tổ chức mít tinh.', 'Theo kế hoạch năm 2015, ngành dân số giảm tỷ lệ sinh.')).toBe('XXXX-07-08');
  });
});
