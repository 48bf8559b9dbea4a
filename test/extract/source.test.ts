import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DASH, IS_DIGIT, IS_LETTER, IS_MARK, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { dashAfterFirstRun, isBareName, isBareNames, outletTag, splitTrailingUrl } from '../../src/extract/source.js';
import { parseArticle } from '../../src/pipeline.js';
import { isVietnameseSyllable } from '../../src/read/vietnamese.js';
import { seededRandom } from '../helpers.js';

const BODY = 'Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024 với sự tham gia của 12 đội thi đến từ các xã trong huyện.';
const BODY2 = 'Hội thi nhằm tuyên truyền kiến thức khoa học kỹ thuật, giúp hội viên nông dân áp dụng vào sản xuất và nâng cao thu nhập cho gia đình.';
const source = (...lines: string[]) => parseArticle(['Nhà nông đua tài ở Yên Thành', ...lines].join('\n'), { path: 'a.txt' }).source;

describe('source', () => {
  it('reads an outlet\'s name glued from three syllables or more as the lead\'s tag, not a city\'s of two', () => {
    expect(source('Kinhtedothi - Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024.', BODY2).name).toBe('Kinhtedothi');
    expect(source('Baokhanhhoa - Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024.', BODY2).name).toBe('Baokhanhhoa');
    expect(source('London - Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024.', BODY2).name).toBeNull();
    expect(source('Washington - Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024.', BODY2).name).toBeNull();
  });

  it('reads a code set off by a colon before the lead\'s time as the outlet ("ĐTN: Ngày 26/12, …")', () => {
    expect(source('ĐTN: Ngày 26/12, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024.', BODY2).name).toBe('ĐTN');
    expect(source('Web.ĐTN: Sáng ngày 17/10, Hội Nông dân huyện Yên Thành tổ chức hội thi.', BODY2).name).toBe('ĐTN');
    // Not a place's name, nor a colon after a sentence's subject.
    expect(source('Hà Nội: Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi.', BODY2).name).toBeNull();
  });

  it('reads a closing byline with the agency\'s bureau after a slash ("Lê An/TTXVN-Paris")', () => {
    expect(source(BODY, BODY2, 'Lê An/TTXVN-Paris')).toMatchObject({ author: 'Lê An' });
    expect(source(BODY, BODY2, 'Bùi Hùng - Việt Dũng/VOV-Tokyo')).toMatchObject({ author: 'Bùi Hùng - Việt Dũng' });
    expect(parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Lê An/TTXVN-Paris'].join('\n'), { path: 'a.txt' }).captions).toEqual([]);
  });

  it('reads an outlet\'s name alone on the line under the headline as the source', () => {
    expect(source('Tạp chí Giáo dục', BODY, BODY2).name).toBe('Tạp chí Giáo dục');
    expect(source('Báo Yên Thành', BODY, BODY2).name).toBe('Yên Thành');
  });

  it('reads a closing byline with a body in brackets as the writer and the source', () => {
    expect(source(BODY, BODY2, 'Đinh Thùy ( Trung tâm VH, TT- TT Yên Thành )')).toMatchObject({ name: 'Trung tâm VH, TT- TT Yên Thành', author: 'Đinh Thùy' });
    expect(parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Đinh Thùy (Trung tâm VH-TT Yên Thành)'].join('\n'), { path: 'a.txt' }).captions).toEqual([]);
  });

  it('reads a labelled credit of a writer and their unit as the author alone, and of a writer and their outlet as both', () => {
    expect(source(BODY, BODY2, 'Nguồn: Hoàng Văn Thông - Phòng Nghiệp vụ')).toMatchObject({ name: null, author: 'Hoàng Văn Thông' });
    // As a credit of the outlet alone names it, without "Báo".
    expect(source(BODY, BODY2, 'Theo: Hoa Phương - Báo Hưng Yên')).toMatchObject({ name: 'Hưng Yên', author: 'Hoa Phương' });
    expect(source(BODY, BODY2, 'Nguồn: Báo Hưng Yên')).toMatchObject({ name: 'Hưng Yên' });
  });

  it('reads a last line that credits the outlet by its site, alone or after the writer and a slash', () => {
    expect(source(BODY, BODY2, 'baokhanhhoa')).toMatchObject({ name: 'baokhanhhoa', author: null });
    expect(source(BODY, BODY2, 'baolangson.vn')).toMatchObject({ name: 'baolangson.vn' });
    expect(source(BODY, BODY2, 'TUYẾT MAI/baolangson.vn')).toMatchObject({ name: 'baolangson.vn', author: 'TUYẾT MAI' });
    // A short word, a word with tones, or one not closing the text is no site.
    expect(source(BODY, BODY2, 'admin').name).toBeNull();
    expect(source(BODY, 'baokhanhhoa', BODY2).name).toBeNull();
  });

  it('keeps a character outside the BMP whole in a credit (its patterns count UTF-16 units)', () => {
    const a = parseArticle('Khai mạc hội chợ sách\n\nSáng 3/4, hội chợ sách khai mạc tại Hà Nội.\n\nTheo Báo Ảnh 📷 Việt Nam\n', { path: 'a.txt' });
    expect(a.source.name).toBe('Ảnh 📷 Việt Nam');
    const credited = parseArticle('Khai mạc hội chợ sách\n\nSáng 3/4, hội chợ sách khai mạc tại Hà Nội (Nguồn: Đài 𝕏 Phát thanh).\n', { path: 'a.txt' });
    expect(credited.source.name ?? '').not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('takes the outlet of a short credit line under the headline, not a sentence opening with "Theo"', () => {
    expect(source('Theo Hoàng Sa (BVN)', BODY, BODY2).name).toBe('Hoàng Sa (BVN)');
    expect(source('Theo Ban tổ chức, hội thi năm nay có thêm phần thi ẩm thực.', BODY, BODY2).name).toBeNull();
  });

  it('reads a last line that is only an organisation\'s name as the body crediting itself, no caption', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Hội LHPN huyện Yên Thành'].join('\n'), { path: 'a.txt' });
    expect([a.source.name, a.source.author, a.captions.map((c) => c.text)]).toEqual(['Hội LHPN huyện Yên Thành', null, []]);
    expect(source(BODY, BODY2, 'Trung tâm VHTT-TT Yên Thành')).toMatchObject({ name: 'Trung tâm VHTT-TT Yên Thành', author: null });
    // An outlet credited elsewhere is the source: the body signing is its contributor.
    expect(source(`(NNVN) - ${BODY}`, BODY2, 'Hội LHPN huyện Yên Thành')).toMatchObject({ name: 'NNVN', author: null });
    // A closing line that tells something is no signature.
    expect(source(BODY, BODY2, 'Hội thi diễn ra trong hai ngày')).toMatchObject({ name: null, author: null });
  });

  it('takes a desk\'s code closing the text ("PV", "BBT.") for no outlet, and for the author only when no writer is named', () => {
    expect(source(BODY, BODY2, 'Tin, ảnh: Phương Anh', 'BBT.')).toMatchObject({ name: null, author: 'Phương Anh' });
    expect(source(BODY, BODY2, 'PV')).toMatchObject({ name: null, author: 'PV' });
  });

  it('takes a site\'s address before a dash for the outlet ("Laocaitv.vn - Sáng …")', () => {
    expect(source(`Yenbaitv.vn - ${BODY}`, BODY2)).toMatchObject({ name: 'Yenbaitv.vn' });
    expect(source(`Baonghean.com.vn – ${BODY}`, BODY2)).toMatchObject({ name: 'Baonghean.com.vn' });
  });

  it('takes a line saying what a photo shows before a dash ("Quang cảnh Lễ cầu an - …") for a caption, not an outlet\'s name', () => {
    expect(source('Quang cảnh Lễ cầu an - Lễ hội hoa đăng trong chương trình lễ hội', BODY, BODY2).name).toBeNull();
    expect(source('Trao tặng Bằng khen - Các tập thể xuất sắc nhận thưởng', BODY, BODY2).name).toBeNull();
    // An outlet's name in words still is one.
    expect(source(`Báo Nông thôn Ngày nay - ${BODY}`, BODY2).name).toBe('Báo Nông thôn Ngày nay');
  });

  it('takes a name or address glued to its dash for the outlet ("GiadinhNet- Sáng …"), not a code so glued', () => {
    expect(source(`GiadinhNet- ${BODY}`, BODY2)).toMatchObject({ name: 'GiadinhNet' });
    expect(source(`Yenbaitv.vn- ${BODY}`, BODY2)).toMatchObject({ name: 'Yenbaitv.vn' });
    expect(outletTag('COVID- 19 vẫn diễn biến phức tạp')).toBeNull();
    expect(outletTag('Giadinh- Sáng 11/10, tỉnh tổ chức lễ.')).toBeNull();
  });

  it('takes two writers\' names above a publication stamp for the byline, and the outlet tag under it', () => {
    expect(source('Lê Hoài Nam, Trần Thu', 'Cập nhật 20:39 ngày 02/04/2024', `VTV.vn - ${BODY}`, BODY2))
      .toMatchObject({ name: 'VTV.vn', author: 'Lê Hoài Nam, Trần Thu' });
  });

  it('takes a closing line that is only an outlet\'s name ("Báo Nhân Dân") for the outlet, and the writer above it', () => {
    expect(source(BODY, BODY2, 'Hải Bằng', 'Báo Tây Ninh')).toMatchObject({ name: 'Tây Ninh', author: 'Hải Bằng' });
    expect(source(BODY, BODY2, 'Tạp chí Cộng sản')).toMatchObject({ name: 'Tạp chí Cộng sản', author: null });
    // A sentence about a newspaper is no credit.
    expect(source(BODY, BODY2, 'Báo chí tỉnh đã đưa tin về hội thi, thu hút nhiều bạn đọc.').name).toBeNull();
  });

  it('takes a known outlet\'s bare name closing the article ("Giao Thông") for the outlet, not a writer', () => {
    expect(source(BODY, BODY2, 'Giao Thông')).toMatchObject({ name: 'Giao Thông', author: null });
    expect(source(BODY, BODY2, 'Hải Bằng', 'Tuổi Trẻ.')).toMatchObject({ name: 'Tuổi Trẻ', author: 'Hải Bằng' });
    // Any other two capitalised words there are a writer's name.
    expect(source(BODY, BODY2, 'Giao Hà')).toMatchObject({ name: null, author: 'Giao Hà' });
  });

  it('reads "Chùm ảnh: …" as a photo credit, no byline', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Chùm ảnh : Hồ Văn Sang'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions.map((c) => c.text)]).toEqual(['Hồ Văn Sang', ['Chùm ảnh : Hồ Văn Sang']]);
  });

  it('takes the outlet of a contributor\'s closing line ("CTV Đài X"), and no caption or writer of it', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'CTV Đài Truyền thanh huyện Yên Thành'].join('\n'), { path: 'a.txt' });
    expect([a.source.name, a.source.author, a.captions.map((c) => c.text)]).toEqual(['Đài Truyền thanh huyện Yên Thành', null, []]);
    expect(source(BODY, BODY2, 'CTV Lê Văn Tám').name).toBeNull();
    // The code abbreviated with a stop, a slash before the outlet.
    expect(source(BODY, BODY2, 'P.V/Báo Gia đình & Xã hội')).toMatchObject({ name: 'Gia đình & Xã hội', author: null });
  });

  it('reads two writers glued by a hyphen as the closing byline ("Nhã Phương-Kim Thanh"), not a foreigner\'s double name alone', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Nhã Phương-Kim Thanh'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions.map((c) => c.text)]).toEqual(['Nhã Phương-Kim Thanh', []]);
    // Only names of two words or more on both sides are two writers.
    expect(isBareNames('Jean-Pierre Martin')).toBe(false);
  });

  it('reads the closing byline above the page\'s stamp that closes the text ("Tuyết Hạnh - Sỹ Thảo ⏎ 20/12/2024 19:55")', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Tuyết Hạnh - Sỹ Thảo', '20/12/2024 19:55'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions.map((c) => c.text)]).toEqual(['Tuyết Hạnh - Sỹ Thảo', []]);
  });

  it('takes the outlet that addresses its readers ("Báo X gửi đến bạn đọc …"), not one only named', () => {
    expect(source(BODY, BODY2, 'Báo Yên Thành điện tử gửi đến bạn đọc một số hình ảnh tại hội thi.', 'Hồ Văn Sang').name).toBe('Yên Thành điện tử');
    expect(source(BODY, BODY2, 'Đài Phát thanh huyện xin giới thiệu tới quý độc giả một số hình ảnh.').name).toBe('Đài Phát thanh huyện');
    expect(source(BODY, 'Báo Yên Thành điện tử đã đưa tin về hội thi nhiều lần trong năm.', BODY2).name).toBeNull();
  });

  it('takes the byline above a gallery announcement closing the text, and no caption of it', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Hồ Văn Sang', 'Dưới đây là một số hình ảnh tại hội thi:'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions.map((c) => c.text)]).toEqual(['Hồ Văn Sang', []]);
    // Not a line that announces the photos above the byline.
    expect(source(BODY, 'Một số hình ảnh tại hội thi:', BODY2, 'Hồ Văn Sang').author).toBe('Hồ Văn Sang');
    expect(source(BODY, BODY2, 'Hồ Văn Sang', 'Mời bạn đọc xem tiếp kỳ sau:').author).toBeNull();
  });

  it('takes the outlet from "theo báo X" without "theo" and "báo"', () => {
    expect(source(BODY, BODY2, 'theo báo Nông thôn Ngày nay').name).toBe('Nông thôn Ngày nay');
  });

  it('takes the outlet from "Nguồn: X" and the author from "Tác giả: Y"', () => {
    expect(source(BODY, BODY2, 'Tác giả: Hồ Văn Sang', 'Nguồn: Cổng thông tin huyện Yên Thành'))
      .toMatchObject({ name: 'Cổng thông tin huyện Yên Thành', author: 'Hồ Văn Sang' });
  });

  it('reads a credit line with no space after its colon, and a site address as the outlet', () => {
    expect(source(BODY, BODY2, 'Nguồn:Nhà Nông Mới').name).toBe('Nhà Nông Mới');
    expect(source(BODY, BODY2, 'Nguồn:yenthanh.nghean.gov.vn').name).toBe('yenthanh.nghean.gov.vn');
    expect(source(BODY, `${BODY2} (Nguồn:Nhà Nông Mới)`).name).toBe('Nhà Nông Mới');
    // Lower-case words that are no address name no outlet.
    expect(source(BODY, BODY2, 'Nguồn:tổng hợp').name).toBeNull();
    expect(source(BODY, BODY2, 'Theo:nhà nông').name).toBeNull();
  });

  it('reads a credit line that ends with the article\'s address, and the byline above it', () => {
    expect(source(BODY, BODY2, 'Minh Thư', 'Nguồn Nhà Nông Mới: https://nhanongmoi.vn/van-hoa/hoi-thi-nha-nong-dua-tai-yen-thanh-2024-bai-viet-1234567.html'))
      .toEqual({ name: 'Nhà Nông Mới', author: 'Minh Thư', url: 'https://nhanongmoi.vn/van-hoa/hoi-thi-nha-nong-dua-tai-yen-thanh-2024-bai-viet-1234567.html' });
    expect(splitTrailingUrl('Nguồn NNM - www.nhanongmoi.vn/a.html.')).toEqual({ text: 'Nguồn NNM', url: 'www.nhanongmoi.vn/a.html' });
    expect(splitTrailingUrl('Xem tại nhanongmoi.vn/a b')).toEqual({ text: 'Xem tại nhanongmoi.vn/a b', url: null });
    // "www." inside an "https://www." address starts no second address.
    expect(splitTrailingUrl('Nguồn TTĐ: https://www.tintucdoan.vn/xa-hoi/hoi-thi-')).toEqual({ text: 'Nguồn TTĐ', url: 'https://www.tintucdoan.vn/xa-hoi/hoi-thi-' });
    expect(source(BODY, BODY2, 'Nguồn TTĐ: https://www.tintucdoan.vn/xa-hoi/hoi-thi-cac-doi-thanh-nien-xung-kich-tinh-nha-nam-2024-bai-viet-')).toMatchObject({ name: 'TTĐ' });
    expect(splitTrailingUrl('Xem https://a.vn/www.b')).toEqual({ text: 'Xem', url: 'https://a.vn/www.b' });
  });

  it('takes no outlet from a person a sentence opens with, addressed and set off by a dash ("Theo bà X - Chủ tịch …")', () => {
    expect(source(`Theo bà Trương Thị Lộc - Chủ tịch Hội LHPN tỉnh, hội thi thu hút 12 đội tham gia.`, BODY, BODY2).name).toBeNull();
    expect(source(`Ông Lê Văn An - Chủ tịch Hội Nông dân huyện phát biểu khai mạc hội thi.`, BODY, BODY2).name).toBeNull();
    // A title, not a form of address: a caption under the stamp.
    expect(source('Thứ ba, 11/06/2019 12:08', `Bác sĩ Bệnh viện 199 - Bộ Công an khám bệnh cho người dân.`, BODY, BODY2).name).toBeNull();
  });

  it('takes no outlet from an event name set off by a dash at the start of the sapo', () => {
    expect(source(`Lễ hội Lúa Mới Yên Thành - Mùa vàng quê hương được bình chọn là lễ hội tiêu biểu.`, BODY, BODY2).name).toBeNull();
  });

  it('takes the outlet tag opening the first paragraph', () => {
    expect(source(`(Nông nghiệp) - ${BODY}`, BODY2).name).toBe('Nông nghiệp');
    expect(source(`NNVN - ${BODY}`, BODY2).name).toBe('NNVN');
  });

  it('drops "Báo" from a bracketed tag and takes a named outlet before a dash, not a dateline', () => {
    expect(source(`(Báo Đồng Ruộng Xanh) - ${BODY}`, BODY2).name).toBe('Đồng Ruộng Xanh');
    expect(source(`Tiếng Nói Nhà Nông - ${BODY}`, BODY2).name).toBe('Tiếng Nói Nhà Nông');
    expect(source(`Nghệ An - ${BODY}`, BODY2).name).toBeNull();
    expect(source(`Huyện Yên Thành - ${BODY}`, BODY2).name).toBeNull();
    expect(source(`Hội thi năm nay - sáng 3/4 - thu hút 12 đội.`, BODY2).name).toBeNull();
    expect(source(`Trực tiếp - ${BODY}`, BODY2).name).toBeNull();
  });

  it('reads an outlet\'s name set before the lead\'s time with no mark ("Báo Cà Mau Ngày 26/4, …"), and no organiser of it', () => {
    const a = parseArticle(['Huyện Trần Văn Thời khánh thành hai cầu', 'Báo Cà Mau Ngày 26/4, UBND huyện Trần Văn Thời tổ chức lễ khánh thành hai cầu giao thông nông thôn.', BODY2].join('\n'), { path: 'a.txt' });
    expect(a.source.name).toBe('Cà Mau');
    expect(a.organizers.map((o) => o.name)).toEqual(['UBND huyện Trần Văn Thời']);
    // Words of a sentence before the time are no outlet.
    expect(source('Báo cáo Ngày 26/4 cho biết huyện đã hoàn thành hai cầu.', BODY2).name).toBeNull();
  });

  it('reads the outlet tag past the publication stamp and byline under the headline', () => {
    expect(source('14/05/2024 09:12', 'Hoài Thương', `(NNVN) - ${BODY}`, BODY2)).toMatchObject({ name: 'NNVN', author: 'Hoài Thương' });
    expect(source('Bảo Trâm 02/03/2025 - 07:45', BODY, BODY2)).toMatchObject({ name: null, author: 'Bảo Trâm' });
    // The date in words: the byline ends before its day word.
    expect(source('Bảo Trâm | ngày 2 tháng 3 năm 2025 07:45', BODY, BODY2)).toMatchObject({ name: null, author: 'Bảo Trâm' });
    expect(source('Bảo Trâm - Thứ bảy, Ngày 2 tháng 3 năm 2025 07:45', BODY, BODY2)).toMatchObject({ name: null, author: 'Bảo Trâm' });
    // A stamp that opens with its weekday in digits has no byline ("Thứ" is no writer).
    expect(source('Thứ 6, 07/05/2021 | 16:25:00 [GMT +7]', BODY, BODY2)).toMatchObject({ name: null, author: null });
  });

  it('reads the stamp under a Markdown headline past a photo line the file marks as a caption', () => {
    const md = ['# Nhà nông đua tài ở Yên Thành', 'Bảo Trâm NNVN | 02/03/2025 07:45', '*Các đội thi tại hội thi. Ảnh: Hữu Lộc*', BODY, BODY2].join('\n\n');
    expect(parseArticle(md, { path: 'a.md' }).source).toMatchObject({ name: 'NNVN', author: 'Bảo Trâm' });
  });

  it('reads past date-only stamps, counts and weekdays under the headline, which name no author', () => {
    expect(source('Thứ Ba 08:15 12/03/2024', `YTO - ${BODY}`, BODY2)).toMatchObject({ name: 'YTO', author: null });
    expect(source('Cập nhật: 12/03/2024', 'Lượt xem: 1.208', `(Nông Thôn) - ${BODY}`, BODY2)).toMatchObject({ name: 'Nông Thôn', author: null });
    expect(source('Thứ tư, 13/03/2024', `NNVN - ${BODY}`, BODY2).name).toBe('NNVN');
    expect(source('Ngày 13 tháng 3 năm 2024', `NNVN - ${BODY}`, BODY2).name).toBe('NNVN');
    expect(source('Hoàng Lâm - Thứ năm, ngày 14/03/2024 09:30', BODY, BODY2).author).toBe('Hoàng Lâm');
    // A bracketed date is a stamp too, and no outlet tag, under the headline or opening the text.
    expect(source('(13/03/2024)', `(NNVN) - ${BODY}`, BODY2).name).toBe('NNVN');
    expect(source('(13/03/2024)', BODY, BODY2).name).toBeNull();
    expect(source(`(13/03/2024) ${BODY}`, BODY2).name).toBeNull();
  });

  it('reads an outlet tag on a line of its own above the lead, not a byline cut from the stamp under it', () => {
    expect(source('HQ Online -', BODY, BODY2)).toMatchObject({ name: 'HQ Online', author: null });
    expect(source('Lê An -', '14/05/2024 09:12', BODY, BODY2)).toMatchObject({ name: null, author: 'Lê An' });
    expect(source('LÊ AN -', BODY, BODY2)).toMatchObject({ name: null, author: 'LÊ AN' });
  });

  it('reads an outlet tag under a byline, a camel-case one and a code glued to its dash', () => {
    expect(source('Diệu Linh', `(Nông Thôn) - ${BODY}`, BODY2)).toMatchObject({ name: 'Nông Thôn', author: 'Diệu Linh' });
    expect(source(`NongthonNet - ${BODY}`, BODY2).name).toBe('NongthonNet');
    expect(source(`YTO-Sáng 3/4, hội thi nhà nông đua tài khai mạc tại huyện Yên Thành.`, BODY2).name).toBe('YTO');
    expect(source(`ASEAN-Nhật Bản tổ chức hội thảo về nông nghiệp tại Hà Nội.`, BODY2).name).toBeNull();
    expect(source(`COVID-19 làm hội thi năm ngoái phải hoãn lại.`, BODY2).name).toBeNull();
  });

  it('reads a code with a space after its glued dash, and a code set before the lead\'s time with no dash', () => {
    expect(source(`YTO- ${BODY}`, BODY2).name).toBe('YTO');
    expect(source(`ASEAN- Nhật Bản tổ chức hội thảo về nông nghiệp tại Hà Nội.`, BODY2).name).toBeNull();
    expect(source('12/03/2024 08:15', `NATV ${BODY}`, BODY2).name).toBe('NATV');
    expect(source(`NATV Ngày 3/4, hội thi nhà nông đua tài khai mạc tại huyện Yên Thành.`, BODY2).name).toBe('NATV');
    // Not a dateline in capitals (a syllable), a desk code, or a code the sentence goes on from.
    expect(source(`VINH Sáng 3/4, hội thi nhà nông đua tài khai mạc tại huyện Yên Thành.`, BODY2).name).toBeNull();
    expect(source(`CTV ${BODY}`, BODY2).name).toBeNull();
    expect(source(`UBND Huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024.`, BODY2).name).toBeNull();
  });

  it('reads a labelled byline under the headline as the author, not a photo caption', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', 'Bài và ảnh: Lê Hùng', BODY, BODY2].join('\n'), { path: 'a.txt' });
    expect(a.source.author).toBe('Lê Hùng');
    expect(a.captions).toEqual([]);
    expect(source('Bài: Lê Hùng - Ảnh: Mai Anh', BODY, BODY2).author).toBe('Lê Hùng');
    // A caption with its credit stays the photo's.
    expect(source('Ông Lê Văn Hải trao giải cho các đội. Ảnh: Mai Anh', BODY, BODY2).author).toBe('Mai Anh');
    expect(parseArticle(['Nhà nông đua tài ở Yên Thành', 'Ông Lê Văn Hải trao giải cho các đội. Ảnh: Mai Anh', BODY, BODY2].join('\n'), { path: 'a.txt' }).captions).toHaveLength(1);
  });

  it('reads a byline under the headline that keeps the bar of its cut stamp', () => {
    expect(source('LÊ AN |', `(NNVN) - ${BODY}`)).toMatchObject({ name: 'NNVN', author: 'LÊ AN' });
    expect(source('Diệu Linh -', BODY, BODY2).author).toBe('Diệu Linh');
    expect(source('Hội thi nhà nông |', BODY).author).toBeNull();
  });

  it('takes a code in brackets opening the headline when nothing else names the outlet', () => {
    const parsed = (headline: string, ...lines: string[]) => parseArticle([headline, ...lines].join('\n'), { path: 'a.txt' }).source.name;
    expect(parsed('(YTV) Nhà nông đua tài ở Yên Thành', BODY, BODY2)).toBe('YTV');
    expect(parsed('(YTV) Nhà nông đua tài ở Yên Thành', `(Nông Thôn) - ${BODY}`, BODY2)).toBe('Nông Thôn');
    expect(parsed('(Video) Nhà nông đua tài ở Yên Thành', BODY, BODY2)).toBeNull();
  });

  it('drops the agency code closing a mixed-case byline, not a name in capitals', () => {
    expect(source('Diệu Linh YTO | 12/03/2024 08:15', BODY, BODY2).author).toBe('Diệu Linh');
    expect(source(BODY, BODY2, 'HOÀNG LÂM').author).toBe('HOÀNG LÂM');
  });

  it('takes the agency code after the writer in a stamp or a closing byline as the outlet, not a desk code', () => {
    expect(source('Diệu Linh YTO | 12/03/2024 08:15', BODY, BODY2)).toMatchObject({ name: 'YTO', author: 'Diệu Linh' });
    expect(source('Diệu Linh TH | 12/03/2024 08:15', BODY, BODY2)).toMatchObject({ name: null, author: 'Diệu Linh' });
    expect(source('Diệu Linh | 12/03/2024 08:15', BODY, BODY2)).toMatchObject({ name: null, author: 'Diệu Linh' });
    expect(source(BODY, BODY2, 'Kỳ Nam NNVN')).toMatchObject({ name: 'NNVN', author: 'Kỳ Nam' });
    expect(source(BODY, BODY2, 'Yến Khanh - NA').name).toBeNull();
    expect(source(BODY, BODY2, 'Yến Khanh PV').name).toBeNull();
    expect(source(BODY, BODY2, 'HOÀNG LÂM').name).toBeNull();
  });

  it('drops a desk code with a digit or after a slash from a closing byline, which is then no caption', () => {
    const closing = (last: string) => {
      const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, last].join('\n'), { path: 'a.txt' });
      return [a.source.author, a.source.name, a.captions.map((c) => c.text)];
    };
    expect(closing('Hồ Văn Sang - P4')).toEqual(['Hồ Văn Sang', null, []]);
    expect(closing('Hồ Văn Sang – TTVH3')).toEqual(['Hồ Văn Sang', null, []]);
    expect(closing('Hồ Sang, Lê Hà/HTV')).toEqual(['Hồ Sang, Lê Hà', null, []]);
    // A line that tells something keeps its code: no byline.
    expect(closing('Hội thi của xã - P4').slice(0, 1)).toEqual([null]);
  });

  it('takes the byline above a closing "Ảnh do X cung cấp", which stays a caption', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Hồ Sang – Lê Hà', 'Ảnh do Hội Nông dân huyện cung cấp'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions.map((c) => c.text)]).toEqual(['Hồ Sang – Lê Hà', ['Ảnh do Hội Nông dân huyện cung cấp']]);
    // A closing sentence about photos is no credit: the walk stops at it.
    expect(source(BODY, BODY2, 'Hồ Sang – Lê Hà', 'Ảnh do hội viên gửi về được trưng bày tại nhà văn hóa xã.').author).toBeNull();
  });

  it('takes no outlet from a run of codes after the writer, the unit abbreviated word by word', () => {
    expect(source(BODY, BODY2, 'Kỳ Nam - HND TXBL').name).toBeNull();
    expect(source(BODY, BODY2, 'Kỳ Nam HND NNVN').name).toBeNull();
    expect(source(BODY, BODY2, 'Kỳ Nam NNVN').name).toBe('NNVN');
  });

  it('takes an outlet acronym set off by a dash after the writer, not a desk code, initials or a name in capitals', () => {
    expect(source(BODY, BODY2, 'Yến Khanh – NATV')).toMatchObject({ name: 'NATV', author: 'Yến Khanh' });
    expect(source(BODY, BODY2, 'Yến Khanh - BGĐT')).toMatchObject({ name: 'BGĐT', author: 'Yến Khanh' });
    expect(source('Yến Khanh - NATV | 12/03/2024 08:15', BODY, BODY2)).toMatchObject({ name: 'NATV', author: 'Yến Khanh' });
    expect(source(BODY, BODY2, 'Yến Khanh - TH')).toMatchObject({ name: null, author: 'Yến Khanh' });
    expect(source(BODY, BODY2, 'Yến Khanh - CTV').name).toBeNull();
    expect(source(BODY, BODY2, 'Yến Khanh - NA').name).toBeNull();
    expect(source(BODY, BODY2, 'Yến Khanh - HOA').name).toBeNull();
  });

  it('reads past a captioned photo under the stamp, and takes no person before a dash as the outlet', () => {
    const caption = 'Ông Lê Văn Hải - Chủ tịch Hội Nông dân huyện trao giải cho các đội. Ảnh: T.H';
    expect(source('12/03/2024 08:15', caption, `(NNVN) - ${BODY}`, BODY2).name).toBe('NNVN');
    expect(source('12/03/2024 08:15', caption, BODY, BODY2).name).toBeNull();
    expect(source('Ông Lê Văn Hải - Chủ tịch Hội Nông dân huyện phát biểu khai mạc hội thi.', BODY, BODY2).name).toBeNull();
    // An uncredited line under the stamp is the lead, and its tag the outlet's.
    expect(source('12/03/2024 08:15', `Nhịp sống Nhà nông - ${BODY}`, BODY2).name).toBe('Nhịp sống Nhà nông');
  });

  it('takes a last line that is only an acronym as the outlet, not initials, a name in capitals or a desk code', () => {
    expect(source(BODY, BODY2, 'NATV')).toMatchObject({ name: 'NATV', author: null });
    expect(source(BODY, BODY2, 'Lê Hùng', 'NATV')).toMatchObject({ name: 'NATV', author: 'Lê Hùng' });
    expect(source(BODY, BODY2, 'HOÀNG')).toMatchObject({ name: null, author: 'HOÀNG' });
    expect(source(BODY, BODY2, 'T.VY').name).toBeNull();
    expect(source(BODY, BODY2, 'CTV').name).toBeNull();
    // Only the last line: an acronym above a byline is no credit of the outlet.
    expect(source(BODY, BODY2, 'NATV', 'Lê Hùng').name).toBeNull();
  });

  it('takes a bare byline right after the sapo', () => {
    const a = source(BODY, 'Minh Khuê', BODY2, BODY);
    expect(a.author).toBe('Minh Khuê');
  });

  it('takes the writer of a closing byline that names their unit', () => {
    expect(source(BODY, BODY2, 'Lê Hà – Trung tâm Văn hóa huyện Yên Thành').author).toBe('Lê Hà');
    // The unit abbreviated ("HND": Hội Nông dân) is no caption either.
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Lê Hà – HND huyện'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions]).toEqual(['Lê Hà', []]);
    expect(source(BODY, BODY2, 'Lê Hà – Chủ tịch xã phát biểu tại lễ').author).toBeNull();
    // The writer's post in the unit before it ("– Bí thư Chi bộ …"): a signature, no caption.
    const signed = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng'].join('\n'), { path: 'a.txt' });
    expect([signed.source.author, signed.captions]).toEqual(['Đỗ Thuần', []]);
  });

  it('takes an acronym outlet with its domain before a dash', () => {
    expect(source(`NTV.vn - ${BODY}`, BODY2).name).toBe('NTV.vn');
  });

  it('takes a byline: labelled, bare at the end, or under the headline', () => {
    expect(source(BODY, BODY2, 'Tin-ảnh: Quỳnh Như').author).toBe('Quỳnh Như');
    expect(source(BODY, BODY2, 'Tin: Minh Quân – Ảnh: Thu Trang').author).toBe('Minh Quân');
    expect(source(BODY, BODY2, 'TRẦN HƯNG').author).toBe('TRẦN HƯNG');
    expect(source(BODY, BODY2, 'CTV Lê Mai - NA').author).toBe('Lê Mai');
    expect(source('Thanh Vân', BODY, BODY2).author).toBe('Thanh Vân');
  });

  it('reads a labelled credit naming a writer and their outlet\'s acronym, not an outlet with its own', () => {
    expect(source(BODY, BODY2, 'Theo Huy Sơn (VOV)')).toMatchObject({ name: 'VOV', author: 'Huy Sơn' });
    expect(source(BODY, BODY2, 'Theo báo Nhân Dân (NDO)')).toMatchObject({ name: 'Nhân Dân (NDO)', author: null });
    expect(source(BODY, BODY2, 'Theo Tuổi Trẻ (TP.HCM)')).toMatchObject({ name: 'Tuổi Trẻ (TP.HCM)', author: null });
  });

  it('reads a labelled credit naming a writer, a slash and their outlet ("Theo Chu Trinh/VOV")', () => {
    expect(source(BODY, BODY2, 'Theo Minh Anh/VOV')).toMatchObject({ name: 'VOV', author: 'Minh Anh' });
    expect(source(BODY, BODY2, 'Nguồn: Lê Hà/Báo Nghệ An')).toMatchObject({ name: 'Báo Nghệ An', author: 'Lê Hà' });
    // Two outlets, no writer.
    expect(source(BODY, BODY2, 'Theo VOV/VTV')).toMatchObject({ author: null });
  });

  it('reads closing credits written tight: two writers and a comma, a semicolon before the unit or the photos\' credit', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Hồng Uyên,Thanh Sáng'].join('\n'), { path: 'a.txt' });
    expect([a.source.author, a.captions]).toEqual(['Hồng Uyên,Thanh Sáng', []]);
    expect(source(BODY, BODY2, 'Đỗ Dũng; Trung tâm VH thành phố')).toMatchObject({ name: null, author: 'Đỗ Dũng' });
    // The unit's head alone: the writer's office at the body publishing the text.
    const signed = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Cù Thị Mai Chi - Thanh tra'].join('\n'), { path: 'a.txt' });
    expect([signed.source.author, signed.captions]).toEqual(['Cù Thị Mai Chi', []]);
    expect(source(BODY, BODY2, 'ĐCSVN; ảnh nguồn báo Ninh Bình')).toMatchObject({ name: 'ĐCSVN', author: null });
  });

  it('takes no outlet from a desk\'s code in brackets after the writer ("(TH)": compiled)', () => {
    expect(source(BODY, BODY2, 'T.Tâm (TH)')).toMatchObject({ name: null, author: 'T.Tâm' });
    expect(source(BODY, BODY2, 'T.Tâm (TTXVN)')).toMatchObject({ name: 'TTXVN', author: 'T.Tâm' });
  });

  it('takes no outlet from a local unit in brackets after the writer ("(Huyện Đức Cơ)": where they report from)', () => {
    expect(source(BODY, BODY2, 'CTV Minh Châu (Huyện Đức Cơ)')).toMatchObject({ name: null, author: 'Minh Châu' });
    expect(source(BODY, BODY2, 'Minh Châu (Báo Gia Lai)')).toMatchObject({ name: 'Báo Gia Lai', author: 'Minh Châu' });
  });

  it('credits an agency and its own outlet joined by a slash, closing the text ("(TTXVN/Vietnam+)")', () => {
    expect(source(BODY, BODY2, '(TTXVN/Vietnam+)')).toMatchObject({ name: 'TTXVN/Vietnam+', author: null });
    expect(source(BODY, BODY2, 'TTXVN/Vietnam+')).toMatchObject({ name: 'TTXVN/Vietnam+', author: null });
    // A writer and a desk's code is no joint credit.
    expect(source(BODY, BODY2, 'Lê Hà/HTV').name).not.toBe('Lê Hà/HTV');
  });

  it('reads several bylines, a byline with its agency and a parenthesised credit', () => {
    expect(source(BODY, BODY2, 'Hoàng Lâm - Vân Anh').author).toBe('Hoàng Lâm - Vân Anh');
    expect(source(BODY, BODY2, 'Minh Anh (TTXVN)')).toMatchObject({ name: 'TTXVN', author: 'Minh Anh' });
    expect(source(BODY, BODY2, '(Theo Nông nghiệp Việt Nam)').name).toBe('Nông nghiệp Việt Nam');
  });

  it('reads a credit line inside brackets as the line itself', () => {
    expect(source(BODY, BODY2, '(Tác giả: Hồ Văn Sang)', 'Theo báo Nghệ An')).toMatchObject({ name: 'Nghệ An', author: 'Hồ Văn Sang' });
    expect(source(BODY, BODY2, '(Nguyễn Văn An)').author).toBe('Nguyễn Văn An');
  });

  it('takes the agency whose correspondent abroad filed the lead ("Theo phóng viên TTXVN tại Bắc Kinh, …")', () => {
    expect(source(`Theo phóng viên TTXVN tại Viêng Chăn, ${BODY.replace('Sáng', 'sáng')}`, BODY2).name).toBe('TTXVN');
    expect(source(`Theo phóng viên VOV thường trú tại Pháp, ${BODY.replace('Sáng', 'sáng')}`, BODY2).name).toBe('VOV');
    // A reporter named by a plain word is no agency.
    expect(source(`Theo phóng viên Hùng tại hiện trường, ${BODY.replace('Sáng', 'sáng')}`, BODY2).name).toBeNull();
  });

  it('takes a closing byline that says the writer\'s name again in brackets as the writer only ("Công Xuân (Công Xuân)")', () => {
    expect(source(BODY, BODY2, 'Minh Khôi (Minh Khôi)')).toMatchObject({ name: null, author: 'Minh Khôi' });
    expect(source(BODY, BODY2, 'Minh Khôi (Nhà Nông Mới)')).toMatchObject({ name: 'Nhà Nông Mới', author: 'Minh Khôi' });
  });

  it('takes "(Theo X)" closing the last paragraph', () => {
    expect(source(BODY, `${BODY2} (Theo báo Nghệ An)`).name).toBe('Nghệ An');
  });

  it('leaves a bracketed "(Nguồn: X)" closing a short caption line to the photo, and takes it closing a paragraph', () => {
    expect(source(BODY, BODY2, 'Các đội thi phần thi kiến thức. (Nguồn: Báo Nghệ An)').name).toBeNull();
    expect(source(BODY, `${BODY2} Hội thi kết thúc vào chiều cùng ngày với phần trao giải cho các đội đạt thành tích cao. (Nguồn: Báo Nghệ An)`).name).toBe('Nghệ An');
  });

  it('falls back to the photographer of a credited photo for the author, not to an agency', () => {
    expect(source(BODY, 'Các đội thi phần thi kiến thức. Ảnh: T.Hương', BODY2).author).toBe('T.Hương');
    expect(source(BODY, 'Các đội thi phần thi kiến thức. Ảnh: TTXVN', BODY2).author).toBeNull();
  });

  it('marks credit lines so that they are not captions or quotes', () => {
    const article = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Minh Châu'].join('\n'), { path: 'a.txt' });
    expect(article.captions).toEqual([]);
    expect(article.source.author).toBe('Minh Châu');
  });

  it('leaves the source empty when the article credits nobody', () => {
    expect(source(BODY, BODY2)).toEqual({ name: null, author: null, url: null });
    expect(source(BODY, 'Theo ông Hải, hội thi năm nay có nhiều đội mạnh.').name).toBeNull();
  });

  it('takes an emphasised Markdown byline, which the reader saw as a caption', () => {
    const article = parseArticle(`# Nhà nông đua tài\n\n${BODY}\n\n![Các đội thi tại hội thi](a.jpg)\n\n${BODY2}\n\n*Ảnh: Minh Tâm*\n\n*Hoàng Nam*\n`, { path: 'a.md' });
    expect(article.source.author).toBe('Hoàng Nam');
    expect(article.captions.map((c) => c.text)).toEqual(['Các đội thi tại hội thi', 'Ảnh: Minh Tâm']);
  });

  it('prefers the front matter', () => {
    const article = parseArticle(`---\nsource: Báo Nghệ An\nauthor: Lê Thảo\nurl: https://example.vn/a\n---\n# Nhà nông đua tài\n\n${BODY}\n\ntheo báo Khác\n`, { path: 'a.md' });
    expect(article.source).toEqual({ name: 'Báo Nghệ An', author: 'Lê Thảo', url: 'https://example.vn/a' });
  });

  it('tells bare names by the same words whatever the shortcuts skip', () => {
    // The rule as first written: no shortcut before splitting.
    const nameWord = new RegExp(String.raw`^(?:[${UPPER}][${LOWER}${MARK}]*|[${UPPER}]+|(?:[${UPPER}][.-])+[${UPPER}][${LOWER}${MARK}]*)$`, 'u');
    const bareName = (text: string) => {
      const words = text.replace(/[.\s]+$/, '').split(/\s+/);
      if (words.length < 1 || words.length > 5 || /\d/.test(text)) return false;
      if (words.length === 1 && !/[.-]/.test(words[0]) && words[0].length < 2) return false;
      // Or initials of up to two letters before a Vietnamese syllable ("TR.DÂN", not "TP.HCM").
      const initialled = (w: string) => {
        const m = /^((?:\p{Lu}[\p{Lu}\p{Ll}]?[.-])+)(\p{Lu}.*)$/u.exec(w);
        return m !== null && isVietnameseSyllable(m[2]);
      };
      return words.every((w) => nameWord.test(w) || initialled(w));
    };
    const bareNames = (text: string) => {
      const parts = text.split(/\s*[-–,]\s+|\s+[-–]\s*/);
      // Two names of two words or more each, glued by a hyphen ("Nhã Phương-Kim Thanh").
      const glued = parts.length === 1 ? /^(\S+(?:\s+\S+)+)[-–](\S+(?:\s+\S+)+)$/u.exec(text) : null;
      if (glued) return bareName(glued[1]) && bareName(glued[2]);
      return parts.length <= 3 && parts.every(bareName);
    };
    const pieces = ['Lê', 'Hùng', 'PHAN', 'M.Đức', 'P-Q', 'TR.DÂN', 'TP.HCM', 'Ng.', 'an', ' ', ' ', ' - ', ', ', '–', '.', '. ', '3', 'X'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join('')), (t) => {
      expect(isBareName(t)).toBe(bareName(t));
      expect(isBareNames(t)).toBe(bareNames(t));
    }), { numRuns: 3000 });
  });
});

describe('source: initialled bylines and an outlet named as its site spells it', () => {
  it('reads a byline of initials and a syllable in capitals ("Đ.PHI", "TR.DÂN"), not a place abbreviation', () => {
    expect(source(BODY, BODY2, 'Đ.PHI').author).toBe('Đ.PHI');
    expect(source(BODY, BODY2, 'TR.DÂN').author).toBe('TR.DÂN');
    expect(source(BODY, BODY2, 'Ng.Hoa').author).toBe('Ng.Hoa');
    expect(source(BODY, BODY2, 'TP.HCM').author).toBeNull();
  });

  it('reads "(theo tuoitre)" after a byline as the outlet, but not a bare word in brackets', () => {
    expect(source(BODY, BODY2, 'TR.DÂN (theo tuoitre)')).toMatchObject({ name: 'tuoitre', author: 'TR.DÂN' });
    expect(source(BODY, BODY2, 'MINH AN (tuoitre)')).toMatchObject({ name: null });
  });
});

describe('source: the outlet of a labelled byline and of a bracketed lead tag', () => {
  it('reads the outlet named after a slash in a labelled byline', () => {
    expect(source(BODY, BODY2, 'Thực hiện: Lê Minh Hà/ VOV Miền Trung')).toMatchObject({ name: 'VOV Miền Trung', author: 'Lê Minh Hà' });
    // A slash between two writers names no outlet.
    expect(source(BODY, BODY2, 'Thực hiện: Lê Minh Hà/Trần An').name).toBeNull();
  });

  it('reads "(theo Lê Duy, Báo Tuyên Quang)" as the writer and the outlet', () => {
    expect(source(BODY, BODY2, '(theo Lê Duy, Báo Tuyên Quang)')).toMatchObject({ name: 'Tuyên Quang', author: 'Lê Duy' });
    expect(source(BODY, BODY2, 'Theo Lê Duy, Hội Nông dân tỉnh').name).toBeNull();
  });

  it('reads a writer and their unit under the headline as the byline, not an outlet\'s tag', () => {
    expect(source('Văn Vương - Trung tâm VH,TT&TT', BODY, BODY2)).toMatchObject({ name: null, author: 'Văn Vương' });
  });

  it('reads an outlet in brackets after a source label, and an outlet\'s acronym before the stamp', () => {
    expect(source(BODY, BODY2, 'Nguồn: (Chinhphu.vn)').name).toBe('Chinhphu.vn');
    expect(source('MTĐT -  Thứ hai, 07/08/2017 10:40 (GMT+7)', BODY, BODY2, 'Khắc Dzũng')).toMatchObject({ name: 'MTĐT', author: 'Khắc Dzũng' });
    // A writer's name before the stamp stays the writer's.
    expect(source('Minh Khuê - Thứ hai, 07/08/2017 10:40', BODY, BODY2)).toMatchObject({ name: null, author: 'Minh Khuê' });
  });

  it('reads the site an address names when it is credited alone, with or without a label', () => {
    expect(source(BODY, BODY2, 'Kim Đoan', '(http://www.nguoidaibieu.com.vn/)')).toMatchObject({ name: 'nguoidaibieu.com.vn', author: 'Kim Đoan', url: 'http://www.nguoidaibieu.com.vn/' });
    expect(source(BODY, BODY2, 'Nguồn: http://tuoitrethanhhoa.vn/web/trang-chu/tin-tuc/nga-son-to-chuc-hoi-nghi')).toMatchObject({ name: 'tuoitrethanhhoa.vn' });
    expect(source(BODY, BODY2, 'Nguồn: http://localhost/tin-tuc').name).toBeNull();
  });

  it('gives the outlet to a lead\'s tag over a closing byline\'s bracket in Vietnamese words, which may be a district', () => {
    expect(source(`(Baonghean.vn) - ${BODY}`, BODY2, 'Minh Thái (Nghĩa Đàn)')).toMatchObject({ name: 'Baonghean.vn', author: 'Minh Thái' });
    expect(source(BODY, BODY2, 'Minh Thái (Nghĩa Đàn)')).toMatchObject({ name: 'Nghĩa Đàn', author: 'Minh Thái' });
    expect(source(`(Baonghean.vn) - ${BODY}`, BODY2, 'Minh Thái (TTXVN)')).toMatchObject({ name: 'TTXVN' });
  });

  it('reads the outlet\'s acronym in brackets after a labelled byline, not a desk\'s code', () => {
    expect(source(BODY, BODY2, 'Tin, ảnh: Ngọc Anh (TTXVN)')).toMatchObject({ name: 'TTXVN', author: 'Ngọc Anh' });
    expect(source(BODY, BODY2, 'Bài và ảnh: Lê Hùng (VOV)')).toMatchObject({ name: 'VOV', author: 'Lê Hùng' });
    expect(source(BODY, BODY2, 'Tin, ảnh: Ngọc Anh (TH)').name).toBeNull();
  });

  it('gives the outlet to a bracketed tag opening the lead over an acronym closing the text, which signs it', () => {
    expect(source(`(NTV)- ${BODY}`, BODY2, 'PVTH')).toMatchObject({ name: 'NTV', author: 'PVTH' });
    // With no tag, the closing acronym is the outlet.
    expect(source(BODY, BODY2, 'PVTH')).toMatchObject({ name: 'PVTH', author: null });
  });
});

describe('outletTag and dashAfterFirstRun (the outlet tag opening a paragraph, read without its one big pattern)', () => {
  // The patterns they replace, as they were (and with a site's address as a tag since, and a
  // name in lower case glued to its dash).
  const OUTLET_TAG = new RegExp(String.raw`^(?:\((?=[^()\n]*[${LETTER}])([^()\n]{2,30})\)\s*[${DASH}]?|([${UPPER}][${UPPER}\d&.]{1,11}(?:\.(?:vn|com|net|org))?|[${UPPER}][${LOWER}]+[${UPPER}][${LETTER}]*|[${UPPER}][${LETTER}\d]{1,24}\.(?:com\.vn|vn|com|net|org))(?:\s+[${DASH}]|(?<=[${LOWER}])[${DASH}](?=\s))|([${UPPER}]{2,6})[${DASH}]\s?(?=[${UPPER}][${LOWER}${MARK}]*\s+[${LOWER}\d]))\s*`, 'u');
  const NAMED_TAG = new RegExp(String.raw`^([${UPPER}][${LETTER}${MARK}]*(?: [${LETTER}${MARK}\d&.]+){1,5})\s+[${DASH}]\s+(?=[${UPPER}])`, 'u');
  const pieces = ['(', ')', '(Dân trí)', '(31/08/2016)', 'TVU', 'NTTU', 'LSO', 'VTV', '.vn', '.com', 'GiadinhNet', 'Giadinh', 'Nhịp', 'sống', 'Phú Yên', 'ASEAN', 'Nhật Bản',
    'Tối', 'sáng', ' ', '  ', '\u00a0', '\n', '-', '–', '—', '- ', ' - ', '&', '.', '2', '²', 'x', 'É', 'e\u0301', '📷', '\ud800', 'Ǆ', 'K', 'ß', ':', ','];
  const random = seededRandom(23);
  const next = () => pieces[Math.floor(random() * pieces.length)];

  it('finds the tag the pattern finds, and the cheap test passes wherever the named tag matches', () => {
    let tags = 0;
    let named = 0;
    for (let n = 0; n < 80000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 10); k >= 0; k--) text += next();
      const m = OUTLET_TAG.exec(text);
      const expected = m ? { name: m[1] ?? m[2] ?? m[3], bracketed: m[1] !== undefined } : null;
      expect([text, outletTag(text)]).toEqual([text, expected]);
      if (m) tags++;
      if (NAMED_TAG.test(text)) {
        named++;
        expect([text, dashAfterFirstRun(text, IS_LETTER | IS_MARK | IS_DIGIT, true)]).toEqual([text, true]);
      }
    }
    expect(tags).toBeGreaterThan(500);
    expect(named).toBeGreaterThan(80);
  });
});

describe('source: an outlet tag with its publication stamp', () => {
  it('takes the outlet, not the date and time after its dash ("(PVPO - 31/12/2007,10:52:05)")', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', `(PVPO - 31/12/2007,10:52:05) ${BODY}`, BODY2].join('\n'), { path: 'a.txt' });
    expect(a.source.name).toBe('PVPO');
  });
});

describe('source: a bracketed place opening the lead', () => {
  it('reads "(Tp.HCM) – …" as where the report is filed from, no outlet; "(Dân trí) – …" names one', () => {
    expect(parseArticle(['Nhà nông đua tài ở Yên Thành', `(Tp.HCM) – ${BODY}`, BODY2].join('\n'), { path: 'a.txt' }).source.name).toBeNull();
    expect(parseArticle(['Nhà nông đua tài ở Yên Thành', `(Dân trí) – ${BODY}`, BODY2].join('\n'), { path: 'a.txt' }).source.name).toBe('Dân trí');
  });
});

describe('source: a closing caption is no byline', () => {
  it('takes no writer from a closing line labelled as a picture ("Hình ảnh: …"), and leaves it to the captions', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', BODY, BODY2, 'Hình ảnh: Các đội thi nhận giấy khen của ban tổ chức'].join('\n'), { path: 'a.txt' });
    expect(a.source.author).toBeNull();
    expect(a.captions.map((c) => c.text)).toEqual(['Hình ảnh: Các đội thi nhận giấy khen của ban tổ chức']);
  });
});

describe('source: the stamp and the photo under the headline', () => {
  it('reads the outlet\'s code and the writer of a stamp "TTXVN - Đào Huyền| 12/09/2022 06:58"', () => {
    expect(source('TTXVN - Lê Thu Hà| 12/09/2022 06:58', BODY, BODY2)).toMatchObject({ name: 'TTXVN', author: 'Lê Thu Hà' });
  });

  it('reads the outlet tag of a lead under a photo line and a page\'s date stamp, and takes the photo line as its caption', () => {
    const a = parseArticle(['Nhà nông đua tài ở Yên Thành', 'Các đội thi tranh tài trong phần thi kiến thức tại hội trường huyện', '29-03-2024', `PGBT – ${BODY}`, BODY2].join('\n'), { path: 'a.txt' });
    expect(a.source.name).toBe('PGBT');
    expect(a.lead).toBe(`PGBT – ${BODY}`);
    expect(a.captions.map((c) => c.text)).toEqual(['Các đội thi tranh tài trong phần thi kiến thức tại hội trường huyện']);
  });
});

describe('source: a person credited as the source', () => {
  it('reads a family name and a given name after "Nguồn tin:" as the writer, not the outlet', () => {
    expect(source(BODY, BODY2, 'Nguồn tin: Nguyễn Thịnh')).toMatchObject({ name: null, author: 'Nguyễn Thịnh' });
    // A place, or an outlet's name, is still the outlet.
    expect(source(BODY, BODY2, 'Nguồn: Lâm Đồng').name).toBe('Lâm Đồng');
    expect(source(BODY, BODY2, 'Nguồn: Tuổi Trẻ').name).toBe('Tuổi Trẻ');
  });
});
