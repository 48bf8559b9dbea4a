/**
 * What a careful reader takes from each fixture (our own gold, GUIDELINE.md conventions).
 * Unlike the expected-JSON snapshots, these are written by hand and never regenerated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, type Article } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const load = (name: string): Article => parseArticle(readFileSync(join(FIXTURES, name), 'utf8'), { path: name });
const people = (a: Article) => a.people.map((p) => [p.name, p.role]);
const speakers = (a: Article) => a.quotes.map((q) => [q.speaker, q.direct]);

describe('fixture facts', () => {
  it('khai-mac-hoi-sach: opening with organizers, officials, four messages, credit line', () => {
    const a = load('khai-mac-hoi-sach.txt');
    expect(a.event.date).toBe('2024-09-14');
    expect(a.event.name).toMatch(/^Hội sách mùa thu năm 2024/);
    expect(a.event.theme).toBe('Sách mở cửa tương lai');
    expect(a.event.location).toMatch(/Công viên Biển Đông/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Sở Văn hóa và Thể thao thành phố Đà Nẵng', 'Hội Xuất bản Việt Nam']);
    expect(people(a)).toEqual([
      ['Lê Thị Minh Hạnh', 'Phó Chủ tịch UBND thành phố Đà Nẵng'],
      ['Đoàn Quang Vinh', 'Giám đốc Sở Văn hóa và Thể thao thành phố Đà Nẵng'],
      ['Hồ Sĩ Khoa', 'Chủ tịch Hội Xuất bản Việt Nam'],
    ]);
    expect(a.messages.map((m) => m.text)).toEqual([
      'Mỗi ngày một trang sách hay',
      'Sách là người bạn không bao giờ rời xa',
      'Đọc sách để hiểu mình, hiểu người',
      'Gia đình cùng đọc, cả nhà cùng lớn',
    ]);
    expect(speakers(a)).toEqual([['Đoàn Quang Vinh', false], ['Lê Thị Minh Hạnh', false]]);
    expect(a.captions.map((c) => c.text)).toEqual(['Các đại biểu cắt băng khai mạc Hội sách mùa thu năm 2024', 'Học sinh tham quan gian hàng sách thiếu nhi.']);
    expect(a.source.name).toBe('Văn hóa Miền Trung');
  });

  it('hoi-nghi-tong-ket.md: front matter wins, a direct quote with the speaker after it', () => {
    const a = load('hoi-nghi-tong-ket.md');
    expect(a.title).toBe('Trường THPT Nguyễn Du tổng kết năm học 2023-2024');
    expect(a.event.date).toBe('2024-05-24');
    expect(a.event.name).toMatch(/^Hội nghị tổng kết năm học 2023-2024/);
    expect(a.event.location).toBe('Hội trường Trường THPT Nguyễn Du, Hà Nội');
    expect(a.source).toMatchObject({ name: 'Tạp chí Giáo dục Thủ đô', author: 'Minh Châu' });
    expect(a.organizers.map((o) => o.name)).toEqual(['Trường THPT Nguyễn Du']);
    expect(people(a)).toEqual([
      ['Phạm Quốc Bảo', 'Phó Giám đốc Sở GD&ĐT Hà Nội'],
      ['Trịnh Thu Trang', 'Hiệu trưởng nhà trường'],
    ]);
    expect(speakers(a)).toEqual([['Trịnh Thu Trang', false], ['Trịnh Thu Trang', true], ['Phạm Quốc Bảo', false]]);
    expect(a.captions.map((c) => c.text)).toEqual(['Hiệu trưởng Trịnh Thu Trang trao giấy khen cho học sinh tiêu biểu']);
  });

  it('le-trao-giai-crlf: CRLF text, direct quotes before and after the speaker, byline', () => {
    const a = load('le-trao-giai-crlf.txt');
    expect(a.title).toBe('Trao giải cuộc thi "Nhiếp ảnh Cần Thơ xanh" lần thứ nhất');
    expect(a.event.date).toBe('2023-12-08');
    expect(a.event.time).toBe('tối');
    expect(a.event.location).toMatch(/Nhà hát Tây Đô/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Hội Văn học Nghệ thuật thành phố Cần Thơ']);
    expect(people(a)).toEqual([
      ['Huỳnh Văn Tâm', 'Chủ tịch Hội Văn học Nghệ thuật thành phố Cần Thơ'],
      ['Lâm Ngọc Hân', null],
    ]);
    expect(speakers(a)).toEqual([['Huỳnh Văn Tâm', true], ['Lâm Ngọc Hân', true]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Nhiếp ảnh Cần Thơ xanh']);
    expect(a.source.author).toBe('Thu Ngân');
  });

  it('tuan-le-van-hoa: a date range with its end, a clock time, title before the name', () => {
    const a = load('tuan-le-van-hoa.txt');
    expect(a.event).toMatchObject({ date: '2024-10-01', endDate: '2024-10-07' });
    expect(a.event.location).toMatch(/Quảng trường Văn hóa thành phố Lào Cai/);
    expect(a.organizers.map((o) => o.name)).toEqual(['UBND tỉnh Lào Cai']);
    expect(people(a)).toEqual([['Vàng Thị Mai', 'Phó Chủ tịch UBND tỉnh Lào Cai']]);
    expect(speakers(a)).toEqual([['Vàng Thị Mai', false], ['Vàng Thị Mai', false]]);
    expect(a.captions.map((c) => c.text)).toEqual(['Màn trình diễn trang phục của đồng bào Dao đỏ.']);
    expect(a.source.name).toBe('Cổng thông tin tỉnh Lào Cai');
    expect(a.dates.some((d) => d.time === '20:00')).toBe(true);
  });

  it('khong-ngay-thang: no date at all gives null and a warning', () => {
    const a = load('khong-ngay-thang.txt');
    expect(a.event.date).toBeNull();
    expect(people(a)).toEqual([['Ngô Đức Huy', 'Chủ nhiệm câu lạc bộ']]);
    expect(speakers(a)).toEqual([['Ngô Đức Huy', false]]);
    expect(a.captions).toEqual([]);
  });

  it('hoi-thao-khoa-hoc: outlet prefix; a decree number, a score and a phone number are not dates', () => {
    const a = load('hoi-thao-khoa-hoc.txt');
    expect(a.source.name).toBe('Tin Miền Tây');
    expect(a.event.date).toMatch(/^(XXXX|\d{4})-11-18$/);
    expect(a.dates.map((d) => d.text).join(' | ')).not.toMatch(/45\/2019|8\/10|0270/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Trường Đại học Nông Lâm Vĩnh Long', 'Sở Khoa học và Công nghệ tỉnh Vĩnh Long']);
    expect(people(a)).toEqual([
      ['Trần Minh Quang', 'Hiệu trưởng Trường Đại học Nông Lâm Vĩnh Long'],
      ['Lý Thanh Tùng', 'Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Vĩnh Long'],
    ]);
    expect(a.people.map((p) => p.honorific)).toEqual(['GS.TS.', 'TS.']);
    expect(a.messages.map((m) => m.text)).toEqual(['Chuyển đổi số trong sản xuất nông nghiệp bền vững']);
    expect(speakers(a)).toEqual([['Trần Minh Quang', false], ['Lý Thanh Tùng', false]]);
  });

  it('phat-dong-phong-trao.md: year from front matter, a lunar date converted', () => {
    const a = load('phat-dong-phong-trao.md');
    expect(a.event.date).toBe('2025-01-19');
    expect(a.organizers.map((o) => o.name)).toEqual(['Tỉnh đoàn Thừa Thiên Huế']);
    // Mùng 10 tháng Giêng Ất Tỵ is 7 February 2025.
    expect(a.dates.find((d) => d.calendar === 'lunar')?.date).toBe('2025-02-07');
    expect(a.messages.map((m) => m.text)).toEqual(['Xuân yêu thương – Tết sẻ chia']);
    expect(a.captions.map((c) => c.text)).toEqual(['Đoàn viên thanh niên gói bánh chưng tặng người nghèo']);
    expect(people(a)).toEqual([['Nguyễn Thị Thu Hằng', 'Bí thư Tỉnh đoàn Thừa Thiên Huế']]);
  });

  it('ban-tin-ngan: "chiều qua (12/3)" without a year; the reference date supplies it', () => {
    expect(load('ban-tin-ngan.txt').event.date).toBe('XXXX-03-12');
    const text = readFileSync(join(FIXTURES, 'ban-tin-ngan.txt'), 'utf8');
    expect(parseArticle(text, { referenceDate: '2025-03-13' }).event.date).toBe('2025-03-12');
    const a = load('ban-tin-ngan.txt');
    expect(a.organizers.map((o) => o.name)).toEqual(['UBND huyện Hòa Vang']);
    expect(people(a)).toEqual([['Võ Văn Bình', 'Chủ tịch UBND xã Hòa Phong']]);
    expect(a.source).toMatchObject({ name: null, author: 'Thu Hà' });
    expect(a.captions.map((c) => c.text)).toEqual(['Người dân đi trên cây cầu mới.']);
  });

  // Second set (v2-*): other outlets' habits, to catch rules that only fit the first set.
  it('v2-hoi-thi-tay-nghe: "(Báo X) -" prefix, chain of roles before the name, title-only speaker, decree not a date', () => {
    const a = load('v2-hoi-thi-tay-nghe.txt');
    expect(a.source).toMatchObject({ name: 'Nhịp Cầu Lao Động', author: null });
    expect(a.event).toMatchObject({ date: '2024-09-17', endDate: null, time: 'sáng' });
    expect(a.event.name).toMatch(/^Hội thi tay nghề công nhân năm 2024/);
    expect(a.event.location).toMatch(/Trường Cao đẳng Kỹ thuật Phố Hiến/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Liên đoàn Lao động tỉnh Hưng Yên', 'Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên']);
    expect(people(a)).toEqual([
      ['Đặng Quốc Khánh', 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Hưng Yên'],
      ['Lưu Thị Bích Ngọc', 'Chủ tịch Liên đoàn Lao động tỉnh'],
    ]);
    expect(speakers(a)).toEqual([['Lưu Thị Bích Ngọc', false], ['Đặng Quốc Khánh', false]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Người thợ giỏi tỉnh Hưng Yên']);
    expect(a.captions.map((c) => c.text)).toEqual(['Thí sinh thi nội dung hàn kết cấu thép.']);
    expect(a.dates.map((d) => d.text).join(' | ')).not.toMatch(/1234/);
  });

  it('v2-le-gio-to.md: the event day given only as a lunar date, "Ảnh:" credit line, "do X chủ trì"', () => {
    const a = load('v2-le-gio-to.md');
    // Mùng 10 tháng 3 Giáp Thìn: the month began at the new moon of 9 April 2024 (UTC+7).
    expect(a.event.date).toBe('2024-04-18');
    expect(a.dates.find((d) => d.calendar === 'lunar')?.date).toBe('2024-04-18');
    expect(a.event.time).toBe('sáng');
    expect(a.event.name).toMatch(/^Lễ dâng hương tưởng niệm các Vua Hùng/);
    expect(a.event.location).toMatch(/đền Hùng xã Tiên Kiều/);
    expect(a.source).toMatchObject({ name: 'Cổng thông tin điện tử huyện Thanh Sơn', author: 'Hà Linh' });
    expect(a.organizers.map((o) => o.name)).toEqual(['UBND xã Tiên Kiều']);
    expect(people(a)).toEqual([
      ['Hà Văn Thắm', 'Bí thư Đảng ủy xã Tiên Kiều'],
      ['Hồ Chí Minh', 'Chủ tịch'],
    ]);
    expect(speakers(a)).toEqual([['Hà Văn Thắm', false], ['Hồ Chí Minh', true]]);
    expect(a.quotes[1]?.text).toBe('Các Vua Hùng đã có công dựng nước, Bác cháu ta phải cùng nhau giữ lấy nước');
    expect(a.messages).toEqual([]);
    expect(a.captions.map((c) => c.text)).toEqual(['Các đại biểu dâng hương tại đền Hùng xã Tiên Kiều', 'Ảnh: Đinh Công Lực']);
  });

  it('v2-xuc-tien-dau-tu: "X -" prefix, dd/mm/yyyy with zeros, "8 giờ 30", a quote spanning two paragraphs', () => {
    const a = load('v2-xuc-tien-dau-tu.txt');
    expect(a.source).toMatchObject({ name: 'Nhịp sống Phú Yên', author: null });
    expect(a.event).toMatchObject({ date: '2019-09-17', endDate: null, time: '08:30' });
    expect(a.event.name).toMatch(/^Hội nghị xúc tiến đầu tư vào Khu kinh tế Nam Phú Yên/);
    expect(a.event.location).toMatch(/Trung tâm Hội nghị tỉnh/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Ban Quản lý Khu kinh tế tỉnh Phú Yên']);
    expect(people(a)).toEqual([
      ['Đinh Xuân Lãm', 'Viện trưởng Viện Kinh tế vùng duyên hải'],
      ['Cao Thị Mỹ Lệ', 'Trưởng ban Quản lý Khu kinh tế tỉnh Phú Yên'],
    ]);
    expect(a.people[0]?.honorific).toBe('PGS.TS.');
    expect(speakers(a)).toEqual([['Đinh Xuân Lãm', false], ['Cao Thị Mỹ Lệ', true], ['Đại diện các nhà đầu tư', false]]);
    expect(a.quotes[1]?.text).toMatch(/^Trong năm 2019,[\s\S]*đi vào vận hành$/);
    expect(a.captions.map((c) => c.text)).toEqual(['Quang cảnh hội nghị']);
  });

  it('v2-giai-chay-dem: weekday with the date in brackets, host and sponsor, names of a square and streets are not people', () => {
    const a = load('v2-giai-chay-dem.txt');
    expect(a.event).toMatchObject({ date: '2024-09-21', endDate: null, time: 'tối' });
    expect(a.event.name).toMatch(/^Giải chạy đêm Quy Nhơn 2024/);
    expect(a.event.location).toMatch(/Quy Nhơn/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Sở Văn hóa và Thể thao tỉnh Bình Định', 'Công ty CP Truyền thông Sóng Xanh']);
    expect(people(a)).toEqual([
      ['Trịnh Gia Bảo', 'vận động viên đến từ TP Hồ Chí Minh'],
      ['Phan Đức Tài', 'Phó Giám đốc Sở Văn hóa và Thể thao tỉnh Bình Định'],
    ]);
    expect(speakers(a)).toEqual([['Trịnh Gia Bảo', true], ['Phan Đức Tài', false]]);
    expect(a.captions.map((c) => c.text)).toEqual(['Vận động viên xuất phát ở cự ly 21 km.']);
    expect(a.source).toMatchObject({ name: null, author: 'Kim Yến' });
    expect(a.dates.map((d) => d.text).join(' | ')).not.toMatch(/0256|3812/);
  });

  it('v2-tap-huan-giao-vien: "ngày 5-6", a school named after a person, a score, "Nguồn:", caption without a period', () => {
    const a = load('v2-tap-huan-giao-vien.txt');
    expect(a.event).toMatchObject({ date: '2024-06-05', endDate: null });
    expect(a.event.name).toMatch(/tập huấn hè 2024 về đổi mới kiểm tra, đánh giá/);
    expect(a.event.location).toMatch(/Trường THCS Chu Văn An/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Phòng Giáo dục và Đào tạo huyện Đông Anh']);
    expect(people(a)).toEqual([
      ['Bùi Thanh Loan', 'Phó Trưởng phòng Giáo dục và Đào tạo huyện Đông Anh'],
      ['Mai Hồng Nhung', 'giáo viên Trường THCS Chu Văn An'],
    ]);
    expect(a.people[0]?.honorific).toBe('ThS.');
    expect(speakers(a)).toEqual([['Bùi Thanh Loan', false], ['Mai Hồng Nhung', true]]);
    expect(a.captions.map((c) => c.text)).toEqual(['Giáo viên thực hành xây dựng đề kiểm tra theo nhóm']);
    expect(a.source).toMatchObject({ name: 'Giáo dục Đông Anh', author: null });
    expect(a.dates.map((d) => d.text).join(' | ')).not.toMatch(/9\/10/);
  });

  it('v2-dien-tap-cuu-nan.md: "ngày 2 tháng 10 năm 2023", "14h30", military ranks, a list sharing one role, a ship named after a person', () => {
    const a = load('v2-dien-tap-cuu-nan.md');
    expect(a.event).toMatchObject({ date: '2023-10-02', endDate: null, time: '14:30' });
    expect(a.event.name).toMatch(/^diễn tập tìm kiếm cứu nạn trên biển năm 2023/i);
    expect(a.event.location).toMatch(/vịnh Bái Tử Long/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Bộ Tư lệnh Vùng Cảnh sát biển 1', 'UBND tỉnh Quảng Ninh']);
    const deputy = 'Phó Chủ tịch UBND tỉnh Quảng Ninh';
    expect(people(a)).toEqual([
      ['Lê Quang Vịnh', expect.stringMatching(/^(Thượng tướng, )?Thứ trưởng Bộ Quốc phòng$/)],
      ['Nguyễn Hữu Thiện', deputy],
      ['Trần Bá Long', deputy],
      ['Đỗ Kim Chi', deputy],
      ['Hoàng Văn Dũng', expect.stringMatching(/^(Đại tá, )?Tư lệnh Vùng Cảnh sát biển 1$/)],
    ]);
    expect(a.people.find((p) => p.name === 'Lê Quang Vịnh')?.honorific).toBe('Thượng tướng');
    expect(a.people.find((p) => p.name === 'Hoàng Văn Dũng')?.honorific).toBe('Đại tá');
    expect(speakers(a)).toEqual([['Hoàng Văn Dũng', false], ['Lê Quang Vịnh', true], ['Đỗ Kim Chi', false]]);
    expect(a.quotes[1]?.text).toBe('Cuộc diễn tập đạt mục đích, yêu cầu đề ra, sát với tình huống thực tế trên biển');
    expect(a.messages).toEqual([]);
    expect(a.captions.map((c) => c.text)).toEqual(['Tàu cứu hộ Võ Thị Sáu tiếp cận tàu cá gặp nạn giả định.']);
    expect(a.source).toMatchObject({ name: 'Biển Đảo Quê Hương', author: 'Phạm Tuấn' });
  });

  it('v2-le-hoi-tra: range "1-3/12/2022" with its end, NSND/NSƯT, "Ban tổ chức" as speaker, "Theo X," reported speech', () => {
    const a = load('v2-le-hoi-tra.txt');
    expect(a.event).toMatchObject({ date: '2022-12-01', endDate: '2022-12-03' });
    expect(a.event.name).toMatch(/^Lễ hội Trà Tân Cương lần thứ nhất/);
    expect(a.event.theme).toBe('Hương trà xứ Thái, vươn xa thế giới');
    expect(a.event.location).toMatch(/Khu du lịch hồ Núi Cốc/);
    expect(a.organizers.map((o) => o.name)).toEqual(['UBND thành phố Thái Nguyên']);
    expect(people(a)).toEqual([
      // An artist's honorary title is the role when no position is given.
      ['Quách Thu Phương', 'NSND'],
      ['Lò Văn Piêng', 'NSƯT'],
      ['Dương Thế Hiển', 'Chủ tịch Hiệp hội Chè tỉnh Thái Nguyên'],
    ]);
    expect(a.people.map((p) => p.honorific)).toEqual(['NSND', 'NSƯT', 'ông']);
    expect(speakers(a)).toEqual([['Ban tổ chức', false], ['Dương Thế Hiển', false]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Hương trà xứ Thái, vươn xa thế giới']);
    expect(a.captions.map((c) => c.text)).toEqual(['Nghệ sĩ biểu diễn trong đêm khai mạc lễ hội.']);
    expect(a.source).toMatchObject({ name: 'Trà Việt Online', author: null });
  });

  it('v2-ky-niem-ngay-nha-giao: the main event is not the first one mentioned; "Hôm nay (20/11)"', () => {
    const a = load('v2-ky-niem-ngay-nha-giao.txt');
    expect(a.event).toMatchObject({ date: '2023-11-20', endDate: null });
    expect(a.event.name).toMatch(/^Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam/);
    expect(a.event.location).toMatch(/Lý Tự Trọng|Nam Định/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Trường THPT Lý Tự Trọng']);
    expect(people(a)).toEqual([
      ['Vũ Thị Thanh Hương', 'Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Nam Định'],
      ['Đoàn Mạnh Cường', 'Hiệu trưởng'],
      ['Lương Bảo Ngọc', 'học sinh lớp 12A1'],
    ]);
    expect(speakers(a)).toEqual([['Lương Bảo Ngọc', true], ['Vũ Thị Thanh Hương', false]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo']);
    expect(a.captions.map((c) => c.text)).toEqual(['Các cựu học sinh tặng hoa tri ân thầy cô.']);
    expect(a.source).toMatchObject({ name: null, author: 'Thanh Bình' });
  });

  it('v2-ra-mat-xe-dien: "Sáng qua" needs the reference date, byline under the title, title-only speaker after a quote', () => {
    const text = readFileSync(join(FIXTURES, 'v2-ra-mat-xe-dien.txt'), 'utf8');
    expect(parseArticle(text, { referenceDate: '2024-08-15' }).event.date).toBe('2024-08-14');
    const a = load('v2-ra-mat-xe-dien.txt');
    expect(a.event.date).toBeNull();
    expect(a.event.time).toBe('sáng');
    expect(a.event.name).toMatch(/^lễ ra mắt dòng xe máy điện BV-School/i);
    expect(a.event.location).toMatch(/Khu công nghiệp Quế Võ/);
    expect(a.organizers.map((o) => o.name)).toEqual([expect.stringMatching(/^Công ty (Cổ phần )?Cơ điện Bắc Việt$/)]);
    expect(people(a)).toEqual([
      ['Kiều Minh Phát', 'Tổng giám đốc công ty'],
      ['Lã Văn Sơn', 'Giám đốc Sở Công Thương tỉnh Bắc Ninh'],
    ]);
    expect(speakers(a)).toEqual([['Kiều Minh Phát', false], ['Lã Văn Sơn', true]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Xe xanh đến trường']);
    expect(a.captions.map((c) => c.text)).toEqual(['Ảnh: Lê Trí']);
    expect(a.source).toMatchObject({ name: null, author: 'Hoàng Lâm' });
  });

  it('v2-trao-hoc-bong.md: the sponsor is not an organizer; a university named after a person; four speech forms', () => {
    const a = load('v2-trao-hoc-bong.md');
    expect(a.event).toMatchObject({ date: '2024-08-26', endDate: null, time: 'chiều' });
    expect(a.event.name).toMatch(/^Lễ trao học bổng/);
    expect(a.event.name).toMatch(/Chắp cánh ước mơ giảng đường/);
    expect(a.event.location).toMatch(/hội trường nhà trường|Quảng Ngãi/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Quỹ Khuyến học Sông Trà', 'Trường Đại học Phạm Văn Đồng']);
    expect(people(a)).toEqual([
      ['Tôn Nữ Bảo Trân', 'Giám đốc Quỹ Khuyến học Sông Trà'],
      ['Huỳnh Tấn Lộc', 'Phó Tổng giám đốc Tập đoàn Thép Dung Quất'],
      ['Phạm Thị Ái Vy', 'tân sinh viên'],
      ['Ngô Quang Định', 'Hiệu trưởng Trường Đại học Phạm Văn Đồng'],
    ]);
    expect(speakers(a)).toEqual([['Tôn Nữ Bảo Trân', false], ['Huỳnh Tấn Lộc', false], ['Phạm Thị Ái Vy', true], ['Ngô Quang Định', false]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Chắp cánh ước mơ giảng đường']);
    expect(a.captions.map((c) => c.text)).toEqual(['Tân sinh viên nhận học bổng từ nhà tài trợ.']);
    expect(a.source).toMatchObject({ name: 'Tạp chí Khuyến học Miền Trung', author: null });
  });

  it('v2-hoi-cho-sach-cu: "Từ 1 đến 7/10" with the year in the name, caption with an inline photo credit', () => {
    const a = load('v2-hoi-cho-sach-cu.txt');
    expect(a.event).toMatchObject({ date: '2025-10-01', endDate: '2025-10-07' });
    expect(a.dates.some((d) => d.time === '08:30')).toBe(true);
    expect(a.event.name).toMatch(/^Hội chợ sách cũ vì bạn nghèo lần thứ 5 năm 2025/);
    expect(a.event.location).toMatch(/sân trường|Nguyễn Trường Tộ/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Hội Sinh viên Trường Đại học Sư phạm Huế']);
    expect(people(a)).toEqual([['Hồ Văn Quý', 'Chủ tịch Hội Sinh viên trường']]);
    expect(speakers(a)).toEqual([['Ban tổ chức', false], ['Hồ Văn Quý', true]]);
    expect(a.messages.map((m) => m.text)).toEqual(['Một cuốn sách cũ, một ước mơ mới']);
    expect(a.captions.map((c) => c.text)).toHaveLength(1);
    expect(a.captions[0]?.text).toMatch(/^Sinh viên chọn mua giáo trình cũ tại hội chợ/);
    expect(a.source).toMatchObject({ name: null, author: 'Trà My' });
  });

  it('v2-hoi-nong-dan: no event day at all (only a year and a decree number); "Tin:" byline', () => {
    const a = load('v2-hoi-nong-dan.txt');
    expect(a.event).toMatchObject({ date: null, endDate: null });
    expect(a.dates.map((d) => d.text).join(' | ')).not.toMatch(/2156/);
    expect(a.event.name).toMatch(/^lớp tập huấn kỹ thuật nuôi lươn không bùn/i);
    expect(a.event.location).toMatch(/Vị Thủy|Hậu Giang/);
    expect(a.organizers.map((o) => o.name)).toEqual(['Hội Nông dân xã Vị Thủy', 'Trung tâm Khuyến nông tỉnh Hậu Giang']);
    expect(people(a)).toEqual([
      ['Thạch Minh Luân', 'cán bộ Trung tâm Khuyến nông tỉnh Hậu Giang'],
      ['Trương Văn Bé', 'Chủ tịch Hội Nông dân xã'],
    ]);
    expect(speakers(a)).toEqual([['Trương Văn Bé', false]]);
    expect(a.messages).toEqual([]);
    expect(a.captions).toEqual([]);
    expect(a.source).toMatchObject({ name: null, author: 'Hữu Phước' });
  });
});
