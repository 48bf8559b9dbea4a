import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';

const organizers = (...lines: string[]) =>
  parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

describe('organizers: subjects of the organising verb', () => {
  it('reads no organiser from "Hội trở thành tổ chức …" (becoming an organisation, "tổ chức" a noun)', () => {
    expect(organizers('Anh Lê Văn Tâm - Chủ tịch Hội Doanh nhân trẻ tỉnh Hoa Lâm cùng Ban Chấp hành khóa mới cam kết xây dựng Hội trở thành tổ chức uy tín, thiết thực.')).toEqual([]);
  });

  it('reads past "tiếp tục" (organising again) between the organiser and the verb', () => {
    expect(organizers('Chiều 4/7, Hội LHPN thị trấn Hội Lâm tiếp tục tổ chức hai điểm truyền thông phân loại rác.')).toEqual(['Hội LHPN thị trấn Hội Lâm']);
  });

  it('reads a border guard or a military command by its acronym ("BĐBP Bình Thuận", "Bộ CHQS tỉnh")', () => {
    expect(organizers('Sáng 28-12, tại Đồn Biên phòng Phước Lộc, BĐBP Bình Thuận tổ chức hội nghị tuyên truyền pháp luật.')).toEqual(['BĐBP Bình Thuận']);
    expect(organizers('Sáng 5-1, Bộ CHQS tỉnh Hà Tĩnh tổ chức lễ ra quân huấn luyện năm 2024.')).toEqual(['Bộ CHQS tỉnh Hà Tĩnh']);
  });
});

describe('organizers: a committee named for its task', () => {
  it('reads the task in lower case up to the organising verb ("Ban Chỉ đạo diễn tập … năm 2025 tổ chức")', () => {
    expect(organizers('Sáng 26.6, Ban Chỉ đạo (BCĐ) diễn tập phương án chữa cháy và cứu nạn, cứu hộ (CNCH) cấp tỉnh năm 2025 tổ chức buổi tổng duyệt.'))
      .toEqual(['Ban Chỉ đạo (BCĐ) diễn tập phương án chữa cháy và cứu nạn, cứu hộ (CNCH) cấp tỉnh năm 2025']);
    expect(organizers('Ngày 2/8, Ban Chỉ đạo phòng chống tội phạm xã Ia Lâu đã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.'))
      .toEqual(['Ban Chỉ đạo phòng chống tội phạm xã Ia Lâu']);
    // An adverb after the head: no task, and a role's committee ("Phó Trưởng Ban Chỉ đạo") organises nothing.
    expect(organizers('Ông Trần Văn Mẫn, Phó Trưởng Ban Chỉ đạo đã mở đầu Phiên khai mạc hội nghị.')).toEqual([]);
  });
});

describe('organizers: partners with their seat in brackets, and companies listing their trades', () => {
  it('reads past a partner\'s city in brackets with its unit\'s dot ("Bệnh viện Hùng Vương (TP. Hồ Chí Minh)")', () => {
    expect(organizers('Sáng 25-2, Sở Y tế Bình Phước phối hợp với Bệnh viện Hùng Vương (TP. Hồ Chí Minh), Hội Liên hiệp Phụ nữ tỉnh tổ chức chương trình khám bệnh.'))
      .toEqual(['Sở Y tế Bình Phước', 'Bệnh viện Hùng Vương', 'Hội Liên hiệp Phụ nữ tỉnh']);
  });

  it('reads a company\'s trades listed with commas as its name ("Sản xuất, Xây dựng, Thương mại và Nông nghiệp")', () => {
    expect(organizers('Sáng 25-2, Sở Y tế tỉnh phối hợp với Công ty Cổ phần Sản xuất, Xây dựng, Thương mại và Nông nghiệp Hải Vương, Hội Liên hiệp Phụ nữ tỉnh tổ chức chương trình khám bệnh.'))
      .toEqual(['Sở Y tế tỉnh', 'Công ty Cổ phần Sản xuất, Xây dựng, Thương mại và Nông nghiệp Hải Vương', 'Hội Liên hiệp Phụ nữ tỉnh']);
    // People listed after a body are no fields of its name.
    expect(organizers('Sáng 25-2, Sở Y tế tỉnh, Trần Văn An, Lê Văn Bình và Nguyễn Thị Cúc tổ chức chương trình khám bệnh.')).not.toContain('Sở Y tế tỉnh, Trần Văn An');
  });
});

describe('organizers: agencies named for their service, and long lower-case tails', () => {
  it('reads social insurance, the post and telecoms, the tax office and an emulation cluster as organisations', () => {
    expect(organizers('Chiều 2/6, Bảo hiểm xã hội (BHXH) tỉnh tổ chức hội nghị sơ kết quy chế phối hợp.')).toEqual(['Bảo hiểm xã hội (BHXH) tỉnh']);
    expect(organizers('Chiều 2/6, BHXH tỉnh Hòa Bình tổ chức hội nghị sơ kết quy chế phối hợp.')).toEqual(['BHXH tỉnh Hòa Bình']);
    expect(organizers('Ngày 13/8, Viễn thông Hòa Bình tổ chức gặp mặt kỷ niệm 80 năm Ngày truyền thống ngành Bưu điện.')).toEqual(['Viễn thông Hòa Bình']);
    // A province's tax office since 2025.
    expect(organizers('Ngày 3/9, Thuế tỉnh Hòa Bình tổ chức gặp mặt kỷ niệm 80 năm Ngày truyền thống ngành Thuế.')).toEqual(['Thuế tỉnh Hòa Bình']);
    expect(organizers('Ngày 23/1, Cụm thi đua số 5 Bảo hiểm Xã hội Việt Nam tổ chức hội nghị triển khai nhiệm vụ năm 2026.')).toEqual(['Cụm thi đua số 5 Bảo hiểm Xã hội Việt Nam']);
  });

  it('keeps a tail of five lower-case words that runs up to "phối hợp với" ("… pháp lý nhà nước")', () => {
    expect(organizers('Ngày 3/8, Trung tâm Trợ giúp pháp lý nhà nước đã phối hợp với Phòng Tư pháp huyện Tân Phú tổ chức buổi trợ giúp pháp lý lưu động.'))
      .toEqual(['Trung tâm Trợ giúp pháp lý nhà nước', 'Phòng Tư pháp huyện Tân Phú']);
  });
});

describe('organizers: a place that opens with a head word', () => {
  it('reads "Đài Loan" (Taiwan) and "Đài Bắc" as no station ("Đài")', () => {
    const text = ['Hòa Bình hợp tác với đại học tư thục tại Đài Loan phát triển nhân lực bán dẫn', 'Ngày 5/3, tại Đài Bắc, đại diện hai bên đã ký thỏa thuận hợp tác đào tạo nhân lực.'].join('\n');
    const found = parseArticle(text, { path: 't.txt' });
    expect(found.organizations).toEqual([]);
    expect(found.organizers).toEqual([]);
  });
});

describe('organizers: two bodies joined by a comma', () => {
  it('reads an association and a ministry or a council as two organisers, a hospital and its ministry as one', () => {
    expect(organizers('Sáng 10/6, Hội Sinh viên Việt Nam, Bộ GD&ĐT tổ chức lễ ra quân chương trình Tiếp sức mùa thi.')).toEqual(['Hội Sinh viên Việt Nam', 'Bộ GD&ĐT']);
    expect(organizers('Sáng 10/6, Hội Nông dân tỉnh, UBND huyện Tân Phú tổ chức hội nghị tập huấn kỹ thuật.')).toEqual(['Hội Nông dân tỉnh', 'UBND huyện Tân Phú']);
    expect(organizers('Sáng 10/6, Bệnh viện Hòa Bình, Bộ Y tế tổ chức hội nghị khoa học.')).toEqual(['Bệnh viện Hòa Bình, Bộ Y tế']);
    // A province's committee and its department: no department owns the committee.
    expect(organizers('Ngày 24/1, UBND tỉnh Quảng Bình, Sở Giao thông Vận tải tổ chức khởi công dự án đường ven biển.')).toEqual(['UBND tỉnh Quảng Bình', 'Sở Giao thông Vận tải']);
  });

  it('goes on with the partners of a cooperation link after "và", an unnamed one ending the chain', () => {
    expect(organizers('Sáng 19/11, Báo Thanh Niên phối hợp Công ty Coteccons và chính quyền địa phương tổ chức lễ khánh thành cầu.')).toEqual(['Báo Thanh Niên', 'Công ty Coteccons']);
  });

  it('reads the central committee of an association ("T.Ư Hội", "Trung ương Hội") as its head', () => {
    expect(organizers('Tối 28/12, T.Ư Đoàn TNCS Hồ Chí Minh, T.Ư Hội Sinh viên Việt Nam tổ chức Lễ kỷ niệm Ngày truyền thống học sinh, sinh viên.'))
      .toEqual(['T.Ư Đoàn TNCS Hồ Chí Minh', 'T.Ư Hội Sinh viên Việt Nam']);
    expect(organizers('Sáng 10/6, Trung ương Hội Sinh viên Việt Nam, Bộ GD&ĐT tổ chức lễ ra quân chương trình Tiếp sức mùa thi.'))
      .toEqual(['Trung ương Hội Sinh viên Việt Nam', 'Bộ GD&ĐT']);
  });
});

describe('organizers: religious communities', () => {
  it('reads a pagoda, a parish or a congregation as the body holding its rite', () => {
    expect(organizers('Sáng 14-8, Chùa Hòa Phúc (huyện Tân Phú) đã trang nghiêm tổ chức lễ khánh thành tượng đài Quán Thế Âm.')).toEqual(['Chùa Hòa Phúc']);
    expect(organizers('Sáng 22/11, Giáo xứ Tân Lập tổ chức Thánh lễ tạ ơn mừng kính thánh bổn mạng.')).toEqual(['Giáo xứ Tân Lập']);
    expect(organizers('Sáng 22/11, giáo họ Tân Lập tổ chức Thánh lễ tạ ơn khánh thành nhà thờ mới.')).toEqual(['giáo họ Tân Lập']);
  });
});

describe('organizers: chains the subject rule reads past', () => {
  it('falls back to an organising committee named for its event in a role, not a bare "Ban tổ chức"', () => {
    const opening = 'Tối 27/4, Festival Hoa Lâm năm 2026 đã khai mạc tại Quảng trường 2/9.';
    expect(organizers(opening, 'Phát biểu khai mạc, ông Lê Văn Tám, Trưởng Ban tổ chức Festival Hoa Lâm 2026 nêu rõ ý nghĩa của lễ hội.'))
      .toEqual(['Ban tổ chức Festival Hoa Lâm 2026']);
    expect(organizers(opening, 'Phát biểu khai mạc, ông Lê Văn Tám, Trưởng Ban tổ chức nêu rõ ý nghĩa của lễ hội.')).toEqual([]);
    // The Party's organisation department is no event's committee.
    expect(organizers(opening, 'Dự lễ có ông Lê Văn Tám, Phó Trưởng Ban Tổ chức Thành ủy Hoa Lâm.')).toEqual([]);
    expect(organizers(opening, 'Dự lễ có ông Lê Văn Tám, Phó Trưởng Ban Tổ chức Trung ương.')).toEqual([]);
  });

  it('takes the lead\'s fuller chain over the headline\'s organiser named there under another head', () => {
    const parsed = (headline: string, lead: string) => parseArticle([headline, lead].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);
    expect(parsed('Chi đoàn trường THCS Lê Văn Tám tổ chức lễ kết nạp đoàn viên mới',
      'Tối 25/3, Ban Chấp hành Đoàn trường THCS Lê Văn Tám kết hợp với Ban Chấp hành Đoàn phường Hoa Lâm đã tổ chức lễ kết nạp đoàn viên mới.'))
      .toEqual(['Ban Chấp hành Đoàn trường THCS Lê Văn Tám', 'Ban Chấp hành Đoàn phường Hoa Lâm']);
    expect(parsed('Sở Giáo dục tỉnh Hoa Lâm tổ chức hội thi giáo viên giỏi',
      'Sáng 2/3, Phòng Văn hóa huyện Mường Khê phối hợp với Hội Nông dân huyện tổ chức hội chợ nông sản.'))
      .toEqual(['Sở Giáo dục tỉnh Hoa Lâm']);
  });

  it('takes the lead\'s full name of the headline\'s shortened organiser', () => {
    const parsed = (headline: string, lead: string) => parseArticle([headline, lead].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);
    expect(parsed('MTTQ phát động ủng hộ đồng bào vùng lũ',
      'Chiều 12/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hoa Lâm tổ chức lễ phát động ủng hộ đồng bào bị thiệt hại do mưa lũ.'))
      .toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hoa Lâm']);
    // Not the same name with its owner after it.
    expect(parsed('Câu lạc bộ Đọc sách Hoa Lâm tổ chức ngày hội đọc sách',
      'Sáng 12/10, Câu lạc bộ Đọc sách Hoa Lâm của Đoàn Thanh niên xã Mường Khê tổ chức ngày hội đọc sách cho thiếu nhi.'))
      .toEqual(['Câu lạc bộ Đọc sách Hoa Lâm']);
    // Not another body that merely shares a word.
    expect(parsed('Hội Nông dân tỉnh phát động thi đua sản xuất giỏi',
      'Chiều 12/10, Hội Nông dân huyện Mường Khê tổ chức lễ phát động thi đua sản xuất giỏi.'))
      .toEqual(['Hội Nông dân tỉnh']);
  });

  it('takes no organiser from the body a founding day names ("Ngày thành lập Đoàn …")', () => {
    expect(organizers('Tối 25/3, nhân kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2024), Ban Chấp hành Đoàn trường THCS Lê Văn Tám đã tổ chức lễ kết nạp đoàn viên mới.'))
      .toEqual(['Ban Chấp hành Đoàn trường THCS Lê Văn Tám']);
  });

  it('takes no organiser from a sentence adding a side activity ("Đồng thời, X tổ chức triển lãm …", "Nhân dịp này, X trao tặng …")', () => {
    const main = 'Sáng 8/8, Hội thi Tin học trẻ tỉnh lần thứ X khai mạc tại Cung Thiếu nhi Hoa Lâm.';
    expect(organizers(main, 'Đồng thời, Tỉnh đoàn phối hợp với các sở, ngành tổ chức triển lãm ảnh về hội thi.')).toEqual([]);
    expect(organizers(main, 'Tỉnh đoàn phối hợp với Sở Giáo dục tổ chức triển lãm ảnh về hội thi.')).toEqual(['Tỉnh đoàn', 'Sở Giáo dục']);
    expect(organizers('Sáng 8/8, Tỉnh đoàn phối hợp với Sở Giáo dục tổ chức Hội thi Tin học trẻ.', 'Ngoài ra, Hội Khuyến học tổ chức triển lãm ảnh.'))
      .toEqual(['Tỉnh đoàn', 'Sở Giáo dục']);
    // "Nhân dịp này": on the occasion of the main event, another body's act.
    const ceremony = 'Sáng 12/6, tại Nhà văn hóa tỉnh đã diễn ra Lễ tuyên dương học sinh giỏi năm 2026.';
    expect(organizers(ceremony, 'Nhân dịp này, Hội Khuyến học tỉnh đã trao tặng 20 suất học bổng cho học sinh nghèo.')).toEqual([]);
    expect(organizers(ceremony, 'Hội Khuyến học tỉnh đã trao tặng 20 suất học bổng cho học sinh nghèo.')).toEqual(['Hội Khuyến học tỉnh']);
  });

  it('reads who visits and brings the gifts as the organiser of a charity visit', () => {
    expect(organizers('Sáng 4/10, Hội Chữ thập đỏ (CTĐ) tỉnh Lạng Sơn đã đến thăm, tặng quà cho các em nhỏ đang điều trị tại bệnh viện.'))
      .toEqual(['Hội Chữ thập đỏ (CTĐ) tỉnh Lạng Sơn']);
    expect(organizers('Nhân dịp Tết, Hội Phụ nữ xã Tân Hòa thăm và trao quà cho 20 hộ nghèo trên địa bàn.')).toEqual(['Hội Phụ nữ xã Tân Hòa']);
  });

  it('reads who carries out a programme ("triển khai chương trình …") as its organiser', () => {
    expect(organizers('Từ ngày 22 đến 24/10, UBND xã Tân Hòa triển khai chương trình khám sức khỏe cho hơn 300 người cao tuổi.')).toEqual(['UBND xã Tân Hòa']);
  });

  it('reads the Front\'s committee as "UB MTTQVN" and past "trang trọng" before the verb', () => {
    expect(organizers('Sáng 8/2, Huyện ủy, HĐND, UBND, UB MTTQVN huyện Hòa Lâm đã trang trọng tổ chức lễ dâng hương tại đền liệt sĩ.'))
      .toEqual(['Huyện ủy', 'HĐND huyện Hòa Lâm', 'UBND huyện Hòa Lâm', 'UB MTTQVN huyện Hòa Lâm']);
  });

  it('reads past a bracketed aside between the organiser and the verb', () => {
    expect(organizers('Tối 4-5, tại Đà Lạt, Báo Văn hóa Cao Nguyên (Sở Văn hóa tỉnh Lâm Hà) đã tổ chức Lễ trao giải Ánh Trăng năm 2025.'))
      .toEqual(['Báo Văn hóa Cao Nguyên']);
  });

  it('reads past a bracketed aside of places joined by a dash, but not past a sentence in brackets', () => {
    expect(organizers('Ngày 2/8, Hội Nông dân TP Tân Hòa kết hợp với Hội Chữ thập đỏ Minh Tâm (quận Bình Lợi- TP Hồ Chí Minh) tổ chức bàn giao 2 căn nhà tình thương.'))
      .toEqual(['Hội Nông dân TP Tân Hòa', 'Hội Chữ thập đỏ Minh Tâm']);
    expect(organizers('Ngày 2/8, Hội Chữ thập đỏ Minh Tâm (năm nay - lần thứ ba. Ảnh tư liệu) tổ chức bàn giao 2 căn nhà tình thương.'))
      .toEqual([]);
  });

  it('takes no organisation that an event noun makes part of the event ("giải CLB tổ chức thi đấu")', () => {
    expect(organizers('Giải có hai bảng: giải huyện và giải CLB.', 'Ở nội dung đối kháng, giải CLB tổ chức thi đấu 8 hạng cân nam.')).toEqual([]);
    expect(organizers('Ở nội dung đối kháng, CLB Võ thuật Tân Hòa tổ chức thi đấu 8 hạng cân nam.')).toEqual(['CLB Võ thuật Tân Hòa']);
  });

  it('ends a chain at an unnamed group of partners before the verb', () => {
    expect(organizers('Sáng 9-6, Báo Sông Mã phối hợp với Công ty Cổ phần Hòa Phong cùng các cơ quan, đơn vị xã Tân Lạc tổ chức lễ khởi công nhà văn hóa.'))
      .toEqual(['Báo Sông Mã', 'Công ty Cổ phần Hòa Phong']);
  });

  it('ends a chain at a group counted without a plural marker ("và một số đơn vị", "cùng nhiều đơn vị")', () => {
    expect(organizers('Ngày 12-5, Bộ Chỉ huy Biên phòng tỉnh phối hợp với Ban Dân vận Huyện ủy Tân Lạc, Báo Sông Mã và một số đơn vị tổ chức chương trình "Đồng hành cùng ngư dân".'))
      .toEqual(['Bộ Chỉ huy Biên phòng tỉnh', 'Ban Dân vận Huyện ủy Tân Lạc', 'Báo Sông Mã']);
    expect(organizers('Ngày 12-5, Báo Sông Mã phối hợp với Công ty Cổ phần Hòa Phong cùng nhiều đơn vị trong huyện tổ chức lễ khởi công.'))
      .toEqual(['Báo Sông Mã', 'Công ty Cổ phần Hòa Phong']);
  });

  it('reads a group\'s words with a dash inside ("các hội đoàn Nhật-Việt") up to the verb', () => {
    expect(organizers('Ngày 7/3, Tổng Lãnh sự quán Việt Nam tại Osaka phối hợp chính quyền các tỉnh và các hội đoàn Nhật-Việt tổ chức Lễ hội Việt Nam.'))
      .toEqual(['Tổng Lãnh sự quán Việt Nam tại Osaka', 'chính quyền các tỉnh']);
  });

  it('reads past where the organiser is, with the larger places after commas, to the verb ("tại thành phố Houston, bang Texas, Mỹ")', () => {
    expect(organizers('Tối 31/1, Tổng Lãnh sự quán Việt Nam tại thành phố Houston, bang Texas, Mỹ tổ chức buổi gặp mặt bà con.'))
      .toEqual(['Tổng Lãnh sự quán Việt Nam']);
    // An organisation after the comma is the next organiser, no place.
    expect(organizers('Ngày 7/3, Hội Người Việt tại Osaka, Hội Sinh viên Việt Nam tổ chức Lễ hội.')).toEqual(['Hội Người Việt tại Osaka', 'Hội Sinh viên Việt Nam']);
  });

  it('reads a city\'s name alone after a comma before the verb as where the body is ("UBND phường X, TPHCM tổ chức")', () => {
    expect(organizers('Sáng 7/10, tại công viên Bãi Trước, UBND phường Hoa Sen, TPHCM tổ chức khai mạc lễ hội Nghinh Ông.')).toEqual(['UBND phường Hoa Sen']);
  });

  it('does not end a chain at a group no organising verb follows', () => {
    expect(organizers('Báo Sông Mã phối hợp với các đơn vị xã Tân Lạc trong nhiều năm.', 'Ngày 9-6, Công ty Hòa Phong tổ chức lễ khởi công.'))
      .toEqual(['Công ty Hòa Phong']);
  });
});

describe('organizers: partners announced by a group and a colon', () => {
  it('reads the partners after "các trường đại học:", past bracketed asides with commas', () => {
    expect(organizers('Sáng 3/4, hội thảo được Đại học Hòa Lâm phối hợp với các trường đại học: ĐH Tây Sơn (Akademia TS, Ba Lan), ĐH Truyền thông Bắc Hà (Đức) và ĐH Nam Bộ (Pháp) tổ chức tại Hòa Lâm.'))
      .toEqual(['Đại học Hòa Lâm', 'ĐH Tây Sơn', 'ĐH Truyền thông Bắc Hà', 'ĐH Nam Bộ']);
  });
});

describe('organizers: the parties of a signing ceremony', () => {
  it('takes two or more organisations joined before a signing verb', () => {
    expect(organizers('Ngày 3/3/2026 tại Vinh, Trường Đại học Sông Lam và Tập đoàn Hòa Phong đã ký kết thỏa thuận hợp tác đào tạo.'))
      .toEqual(['Trường Đại học Sông Lam', 'Tập đoàn Hòa Phong']);
  });

  it('takes the parties after "giữa" when the headline reports a signing', () => {
    const names = (headline: string) => parseArticle([
      headline,
      'Sáng 14/10, tại Bến Đò diễn ra lễ ký kết thỏa thuận liên kết đào tạo nghề giữa Hiệp hội Du lịch vùng Valmora (Italia) với ba trường: Cao đẳng Du lịch Đồng Lâm, Cao đẳng Kỹ thuật - Công nghệ Bến Đò và Trường Trung cấp Mỹ Xuyên.',
    ].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);
    expect(names('Ba trường nghề ký kết liên kết đào tạo với đối tác Italia'))
      .toEqual(['Hiệp hội Du lịch vùng Valmora', 'Cao đẳng Du lịch Đồng Lâm', 'Cao đẳng Kỹ thuật - Công nghệ Bến Đò', 'Trường Trung cấp Mỹ Xuyên']);
    // A signing held during a conference names no organisers of it.
    expect(names('Diễn đàn nhân lực du lịch vùng duyên hải năm 2026')).toEqual([]);
  });

  it('does not take a lone organisation before "ký kết" for a party', () => {
    expect(organizers('Bộ Tư pháp trình Chính phủ phê duyệt việc ký kết hiệp định về tương trợ tư pháp.')).toEqual([]);
  });
});

describe('organizers: subjects that are no organisation span', () => {
  it('takes a district as the subject of an organising verb', () => {
    expect(organizers('Sáng 19.10, huyện Tân Lạc long trọng tổ chức lễ kỷ niệm Ngày Phụ nữ Việt Nam.', 'Dự có lãnh đạo huyện.'))
      .toEqual(['huyện Tân Lạc']);
  });

  it('reads "BTC" as a committee and passes the edition of its event ("lần thứ VIII năm 2024") on to the verb', () => {
    expect(organizers('Sáng 7/2, BTC Đại hội TDTT huyện lần thứ VIII năm 2024 đã tổ chức giải kéo co cho công nhân.')).toEqual(['BTC Đại hội TDTT huyện']);
    expect(organizers('Sáng 7/2, Ban tổ chức Đại hội TDTT huyện lần thứ 8 tổ chức giải kéo co cho công nhân.')).toEqual(['Ban tổ chức Đại hội TDTT huyện']);
    // No organising verb after the edition: no organiser.
    expect(organizers('Sáng 7/2, BTC Đại hội TDTT huyện lần thứ VIII họp bàn kế hoạch thi đấu.')).toEqual([]);
  });

  it('takes a place opening the clause as the first of a chain it works with ("xã X phối hợp với Y tổ chức")', () => {
    expect(organizers('Ngày 27/8, xã Hòa Khê phối hợp với Sư đoàn 316 tổ chức lễ khánh thành công trình nước sạch.')).toEqual(['xã Hòa Khê', 'Sư đoàn 316']);
    expect(organizers('Ngày 27/8, huyện Mường Khê đã phối hợp Hội Chữ thập đỏ tỉnh tổ chức lễ bàn giao giếng khoan.')).toEqual(['huyện Mường Khê', 'Hội Chữ thập đỏ tỉnh']);
    // A place the clause does not open is where, not who.
    expect(organizers('Ngày 27/8, tại xã Hòa Khê, Sư đoàn 316 tổ chức lễ khánh thành công trình nước sạch.')).toEqual(['Sư đoàn 316']);
  });

  it('takes a place subject past "vẫn" before its organising verb', () => {
    expect(organizers('Tối 5/11, dù trời mưa, tỉnh Lâm Hà vẫn khai mạc hội chợ nông sản.')).toEqual(['tỉnh Lâm Hà']);
    expect(organizers('Tối 5/11, dù trời mưa, tỉnh Lâm Hà vẫn đông khách tham quan hội chợ.')).toEqual([]);
  });

  it('takes a district a directing verb sets to organise ("chỉ đạo huyện X tổ chức"), not one merely mentioned', () => {
    expect(organizers('Sáng 3-8, Ban chỉ đạo diễn tập tỉnh Lâm Hà đã chỉ đạo huyện Mường Khê tổ chức diễn tập năm 2025.')).toEqual(['huyện Mường Khê']);
    expect(organizers('Sáng 3-8, Ban chỉ đạo diễn tập tỉnh Lâm Hà đã kiểm tra huyện Mường Khê trước khi diễn tập.')).toEqual([]);
  });

  it('takes a place named without its unit when the article gives its unit elsewhere', () => {
    const a = parseArticle(['Kim Thành tổ chức hội nghị học tập nghị quyết', 'Sáng 2/4, Kim Thành tổ chức hội nghị học tập nghị quyết của Đảng.', 'Huyện ủy Kim Thành yêu cầu các chi bộ triển khai ngay.'].join('\n'), { path: 't.txt' });
    expect(a.organizers.map((o) => [o.name, o.evidence[0].rule])).toEqual([['Kim Thành', 'organizers.bare-place-subject']]);
    expect(a.event.location).toBe('Kim Thành');
    // A capitalised subject the article never gives a unit: a brand or a person, no place.
    expect(organizers('Sáng 2/4, Kim Thành tổ chức hội nghị khách hàng.', 'Nhiều khách hàng đã đến dự.')).toEqual([]);
  });

  it('reads the place after a name\'s bracketed acronym when the organising verb follows it', () => {
    expect(organizers('Sáng 10.1, Bộ đội Biên phòng (BĐBP) tỉnh tổ chức hội nghị tổng kết năm.')).toEqual(['Bộ đội Biên phòng (BĐBP) tỉnh']);
    const orgs = parseArticle(['Tiêu đề bài viết thử', 'Chiến sĩ Bộ đội Biên phòng (BĐBP) tỉnh nhiều năm bám biển.'].join('\n'), { path: 't.txt' }).organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Bộ đội Biên phòng (BĐBP)']);
  });

  it('adds the bodies behind an organising committee, and no later chain to another organiser', () => {
    expect(organizers('Tối 2/10, Ban tổ chức Giải thưởng Sao Khuê tổ chức lễ trao giải.', 'Giải thưởng do Hội Tin học và Bộ Y tế phối hợp tổ chức.'))
      .toEqual(['Ban tổ chức Giải thưởng Sao Khuê', 'Hội Tin học', 'Bộ Y tế']);
    expect(organizers('Tối 2/10, Hội Tin học tổ chức lễ trao giải.', 'Năm sau, Bộ Y tế sẽ tổ chức hội thảo.')).toEqual(['Hội Tin học']);
  });

  it('reads the place above the subject place ("thôn X xã Y"), and only as the subject of an organising verb', () => {
    expect(organizers('Vừa qua, Thôn Bản Mòng xã Pà Cò tổ chức lễ khánh thành nhà văn hóa thôn.')).toEqual(['Thôn Bản Mòng xã Pà Cò']);
    expect(organizers('Vừa qua, Thôn Bản Mòng xã Pà Cò đón đoàn công tác của tỉnh về thăm.')).toEqual([]);
  });

  it('takes a place as the subject of the organising verb of a headline in capitals', () => {
    const names = (headline: string) =>
      parseArticle([headline, 'Sáng 3/5, đông đảo người dân đã quét dọn các tuyến đường trên địa bàn.'].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);
    expect(names('XÃ PÀ CÒ TỔ CHỨC RA QUÂN TỔNG VỆ SINH MÔI TRƯỜNG')).toEqual(['XÃ PÀ CÒ']);
    // "TỔ CHỨC" in capitals is the verb, no organisation ("Tổ chức Y tế …").
    expect(names('TỔ CHỨC RA QUÂN TỔNG VỆ SINH Ở XÃ PÀ CÒ')).toEqual([]);
  });

  it('does not take a place that is no subject', () => {
    expect(organizers('Sáng 19.10, lễ kỷ niệm diễn ra tại huyện Tân Lạc với nhiều hoạt động.')).toEqual([]);
  });

  it('takes an acronym joined to the chain right before the verb', () => {
    expect(organizers('Báo Sông Lam cùng HLC sẽ tổ chức lễ trao giải cuộc thi viết.')).toEqual(['Báo Sông Lam', 'HLC']);
  });
});

describe('organizers: units of the armed forces', () => {
  it('takes a coast guard region or a border guard post as an organiser', () => {
    expect(organizers('Chiều 9/11, đại diện Vùng Cảnh sát biển 3 đã tổ chức tuyên truyền về biển đảo cho ngư dân.')).toEqual(['Vùng Cảnh sát biển 3']);
    expect(organizers('Sáng 2/3, Đồn Biên phòng Hòa Lâm phối hợp với Hội Nông dân xã tổ chức trao cờ cho ngư dân.'))
      .toEqual(['Đồn Biên phòng Hòa Lâm', 'Hội Nông dân xã']);
  });

  it('does not read "vùng" alone as the head of a body', () => {
    expect(organizers('Chiều 9/11, Vùng Tây Bắc tổ chức tuyên truyền về biển đảo cho ngư dân.')).toEqual([]);
  });
});

describe('organizers: a sponsor is no organiser', () => {
  it('does not take "do X tài trợ" for the organiser, but still "do X phối hợp với Y"', () => {
    expect(organizers('Sáng 2/3, 40 suất học bổng đã đến tay học sinh nghèo.', 'Nguồn học bổng do Công ty Hòa Phong (Hàn Quốc) tài trợ thông qua Hội Khuyến học huyện.'))
      .toEqual([]);
    expect(organizers('Ngày hội do Công ty Hòa Phong (Hàn Quốc) phối hợp với Hội Khuyến học huyện nhằm giúp học sinh nghèo.'))
      .toEqual(['Công ty Hòa Phong', 'Hội Khuyến học huyện']);
  });

  it('does not take the investor or the builder of a work opened ("do X làm chủ đầu tư", "do Y thi công") for the organiser', () => {
    expect(organizers('Sáng 24/10, tỉnh khởi công dự án cảng tổng hợp.', 'Dự án do Công ty CP Cảng Quốc tế Hải Hà làm chủ đầu tư, tổng mức đầu tư hơn 2.000 tỷ đồng.')).toEqual([]);
    expect(organizers('Sáng 24/10, tỉnh khánh thành cây cầu mới.', 'Cây cầu do Công ty TNHH Xây dựng Minh Long thi công trong 8 tháng.')).toEqual([]);
    expect(organizers('Sáng 24/10, tỉnh khánh thành cây cầu mới.', 'Buổi lễ do Công ty TNHH Xây dựng Minh Long tổ chức.')).toEqual(['Công ty TNHH Xây dựng Minh Long']);
  });

  it('ends the sponsor\'s name at its verb, though a capitalised name follows ("tài trợ thông qua Quỹ …")', () => {
    const a = parseArticle(['Tiêu đề bài viết thử', 'Nguồn học bổng do Công ty Hòa Phong tài trợ thông qua Quỹ Hỗ trợ Phát triển Thanh niên.'].join('\n'), { path: 't.txt' });
    expect([a.organizers, a.organizations.map((o) => o.name)]).toEqual([[], ['Công ty Hòa Phong', 'Quỹ Hỗ trợ Phát triển Thanh niên']]);
    expect(organizers('Nguồn học bổng do Công ty Hòa Phong đã tài trợ thông qua Quỹ Hỗ trợ Phát triển Thanh niên.')).toEqual([]);
  });
});

describe('organizers: the agent of a passive organising verb', () => {
  it('takes the chain after "tổ chức bởi", not after another verb\'s "bởi"', () => {
    expect(organizers('Hội thảo được tổ chức bởi Viện Nghiên cứu Nông nghiệp và Trường Đại học Tân Phú.'))
      .toEqual(['Viện Nghiên cứu Nông nghiệp', 'Trường Đại học Tân Phú']);
    expect(organizers('Hội thảo được đánh giá cao bởi Viện Nghiên cứu Nông nghiệp.')).toEqual([]);
    expect(organizers('Bởi Viện Nghiên cứu Nông nghiệp có nhiều chuyên gia, hội thảo thu hút đông người.')).toEqual([]);
  });
});

describe('organizers: a handover', () => {
  it('takes the organisation that hands over or donates the work', () => {
    expect(organizers('Ngày 5/9, Đoàn Thanh niên xã Tân Lạc đã trao tặng công trình “Sân chơi cho em” cho Trường Mầm non Hoa Sen.'))
      .toEqual(['Đoàn Thanh niên xã Tân Lạc']);
  });
});

describe('organizers: a bare handover ("trao")', () => {
  it('takes the body that hands over, opening its clause, with its partners', () => {
    expect(organizers('Sáng 15/4, tại Trường THPT Lê Lợi, Hội Khuyến học tỉnh Gia Lai phối hợp với Sở Giáo dục và Đào tạo trao 100 suất học bổng cho học sinh vượt khó.'))
      .toEqual(['Hội Khuyến học tỉnh Gia Lai', 'Sở Giáo dục và Đào tạo']);
  });

  it('does not take a body exchanging views, one after a person, nor one handing over in a photo', () => {
    expect(organizers('Tại buổi gặp mặt, Hội Khuyến học tỉnh Gia Lai trao đổi kinh nghiệm với các địa phương trong tỉnh.')).toEqual([]);
    expect(organizers('Thứ trưởng Lương Văn Hải và đại diện Trung ương Đoàn trao Bằng khen cho các sinh viên đoạt giải Nhất của cuộc thi năm nay.')).toEqual([]);
    expect(organizers(
      'Hội thảo thu hút hơn 200 nhà khoa học, giảng viên và sinh viên đến từ các trường đại học, viện nghiên cứu trong cả nước.',
      'Ban Tổ chức Hội thảo trao thư cảm ơn cho GS.TS. Lò Văn Mai (bên trái)',
      'Các tham luận tập trung vào những vấn đề lý luận và thực tiễn của công tác đào tạo, bồi dưỡng giáo viên trong giai đoạn mới.',
    )).toEqual([]);
  });
});

describe('organizers: a handover the headline opens with', () => {
  const names = (headline: string, ...lines: string[]) => parseArticle([headline, ...lines].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

  it('takes the organisation that does the headline\'s handover in the lead', () => {
    expect(names('Hòa Lâm: Trao học bổng cho học sinh nghèo vượt khó', 'Ngày 3/1, Hội Khuyến học huyện Mỹ Xuyên đã trao 20 suất học bổng cho học sinh nghèo.'))
      .toEqual(['Hội Khuyến học huyện Mỹ Xuyên']);
  });

  it('reads the lead past a photo caption under the headline, and takes no organiser from the caption', () => {
    const headline = 'Trao học bổng cho 50 học sinh nghèo vượt khó ở Hòa Lâm';
    const summary = '50 học sinh nghèo vượt khó của huyện Mỹ Xuyên được nhận học bổng trị giá 100 triệu đồng.';
    const caption = 'Ông Lê Văn Tám - Phó Chủ tịch UBND huyện Mỹ Xuyên, trao học bổng tại buổi lễ. Ảnh: Minh Hà';
    expect(names(headline, summary, caption, 'Sáng 3/1, tại Trường THCS Tân Phú, Hội Khuyến học tỉnh đã trao học bổng cho 50 học sinh.'))
      .toEqual(['Hội Khuyến học tỉnh']);
    expect(names(headline, summary, 'Hội Khuyến học tỉnh trao học bổng cho các em. Ảnh: Minh Hà', 'Sáng 3/1, 50 học sinh nhận học bổng tại Trường THCS Tân Phú.'))
      .toEqual([]);
  });

  it('takes the organisation that comes to make the headline\'s visit bearing gifts, past where it is', () => {
    expect(names('Huyện Tân Hòa: Thăm và tặng quà thương binh', 'Ngày 8-5, Hội Cựu chiến binh huyện Tân Hòa, tỉnh Hòa Lâm đến thăm và tặng quà cho 12 thương binh.'))
      .toEqual(['Hội Cựu chiến binh huyện Tân Hòa']);
    // A visit the lead's organisation does not make is nobody's organising.
    expect(names('Huyện Tân Hòa: Thăm và tặng quà thương binh', 'Ngày 8-5, Hội Cựu chiến binh huyện Tân Hòa, tỉnh Hòa Lâm đến nay đã có 300 hội viên.'))
      .toEqual([]);
  });

  it('does not take who hands over prizes at the end of another event', () => {
    expect(names('Giải việt dã học sinh huyện Mỹ Xuyên năm 2026', 'Sáng 3/1, hơn 500 học sinh tham gia giải việt dã.', 'Kết thúc giải, Ban tổ chức trao 40 giải thưởng cho các em.'))
      .toEqual([]);
  });
});

describe('organizers: a dotted place abbreviation inside a name', () => {
  it('reads "TP. <city>" as part of the organisation', () => {
    expect(organizers('Sáng 5/4, Trường Đại học Kỹ thuật TP. Hồ Chí Minh phối hợp với Viện Vật lý tổ chức Hội thảo vật liệu mới.'))
      .toEqual(['Trường Đại học Kỹ thuật TP. Hồ Chí Minh', 'Viện Vật lý']);
  });

  it('reads a town abbreviated "TX." as part of the organisation ("Ban Chỉ đạo 138 TX. Giá Rai")', () => {
    expect(organizers('Sáng 26/6, Ban Chỉ đạo 138 tỉnh phối hợp với Ban Chỉ đạo 138 TX. Hòa Lâm tổ chức lễ mít tinh.'))
      .toEqual(['Ban Chỉ đạo 138 tỉnh', 'Ban Chỉ đạo 138 TX. Hòa Lâm']);
  });
});

describe('organizers: a club with a quoted name in the chain', () => {
  it('keeps the quoted name with its head and reads on to the partners', () => {
    expect(organizers('Sáng 22/2, Quỹ Hạt Gạo Vàng, CLB “Những bước chân xanh” phối hợp với Hội Sinh viên TP. Bến Đò, Huyện đoàn Mỹ Xuyên tổ chức ngày hội tư vấn tuyển sinh.'))
      .toEqual(['Quỹ Hạt Gạo Vàng', 'CLB “Những bước chân xanh”', 'Hội Sinh viên TP. Bến Đò', 'Huyện đoàn Mỹ Xuyên']);
  });
});

describe('organizers: an abbreviated name is the same organiser', () => {
  it('takes the fuller chain that names the headline\'s organiser by its abbreviation ("ĐH" for "Đại học")', () => {
    const names = parseArticle(
      ['Đại học Sông Lam tổ chức hội thảo quốc tế về du lịch bền vững', 'Hội thảo được ĐH Sông Lam phối hợp với Viện Du lịch và Trường ĐH Kinh tế Vinh tổ chức từ ngày 17/4.'].join('\n'),
      { path: 't.txt' },
    ).organizers.map((o) => o.name);
    expect(names).toEqual(['ĐH Sông Lam', 'Viện Du lịch', 'Trường ĐH Kinh tế Vinh']);
  });
});

describe('organizers: two names joined by a comma alone', () => {
  it('reads two organisers unless the second owns the first', () => {
    expect(organizers('Chiều 6-7, Hội Sinh viên tỉnh, Trung tâm Tư vấn nghề nghiệp (Tỉnh đoàn Lâm Hà) tổ chức phiên giao dịch việc làm cho 300 bạn trẻ.'))
      .toEqual(['Hội Sinh viên tỉnh', 'Trung tâm Tư vấn nghề nghiệp']);
    expect(organizers('Chiều 11/4, Trường Cao đẳng Kỹ thuật Mỹ Xuyên, Bộ Công Thương tổ chức lễ tốt nghiệp cho 400 học viên.'))
      .toEqual(['Trường Cao đẳng Kỹ thuật Mỹ Xuyên, Bộ Công Thương']);
    expect(organizers('Sáng 21/5, Trung đoàn không quân 917, Sư đoàn Không quân 370 đã tổ chức lễ kỷ niệm 40 năm ngày thành lập đơn vị.'))
      .toEqual(['Trung đoàn không quân 917, Sư đoàn Không quân 370']);
  });

  it('reads "lập kế hoạch" before the organising verb as part of it', () => {
    expect(organizers('Chiều 2/8, UBND huyện Mường Khê lập kế hoạch tổ chức ngày hội đại đoàn kết ở 14 thôn bản.')).toEqual(['UBND huyện Mường Khê']);
  });
});

describe('organizers: the Youth Union\'s central committee', () => {
  it('reads "T.Ư Đoàn" as an organisation', () => {
    expect(organizers('Liên hoan các đội tuyên truyền măng non năm 2026 do T.Ư Đoàn tổ chức sẽ kéo dài ba ngày ở Bến Đò.')).toEqual(['T.Ư Đoàn']);
  });
});

describe('organizers: committees named alone, dashes and role fragments', () => {
  it('takes a Party or Youth Union committee named without its place', () => {
    expect(organizers('Sáng 14/2, Huyện ủy, HĐND, UBND huyện Mường Khê tổ chức lễ dâng hương tưởng niệm.'))
      .toEqual(['Huyện ủy', 'HĐND huyện Mường Khê', 'UBND huyện Mường Khê']);
  });

  it('does not take the committee in the title of a person who opens the event', () => {
    expect(organizers('Sáng 14/2, Bí thư Huyện ủy Vàng Văn Páo khai mạc lễ hội xuân.')).toEqual([]);
  });

  it('takes the committee whose secretariat or standing board is named before it', () => {
    expect(organizers('Sáng 6/1, Ban Thường vụ Huyện đoàn, Ban Thư ký Hội Doanh nhân trẻ huyện Mỹ Xuyên tổ chức diễn đàn khởi nghiệp.'))
      .toEqual(['Ban Thường vụ Huyện đoàn', 'Ban Thư ký Hội Doanh nhân trẻ huyện Mỹ Xuyên']);
  });

  it('reads organisers joined by a dash, and one that belongs to the next as one', () => {
    expect(organizers('Tối 5/6, Sở Nội vụ - Hội Liên hiệp Thanh niên tỉnh Mỹ Xuyên đã tổ chức đêm hội trăng rằm.'))
      .toEqual(['Sở Nội vụ', 'Hội Liên hiệp Thanh niên tỉnh Mỹ Xuyên']);
    expect(organizers('Sáng 8/3, Trường Đại học Nông nghiệp - Đại học Sông Lam tổ chức ngày hội việc làm.'))
      .toEqual(['Trường Đại học Nông nghiệp - Đại học Sông Lam']);
  });

  it('keeps a body with no name of its own and the one after its dash as one name, as written, not a body named alone', () => {
    // "Huyện đoàn" names a body alone (STANDALONE_HEADS): two organisers.
    expect(organizers('Tối 5/6, Huyện đoàn - Hội Liên hiệp Thanh niên huyện Mỹ Xuyên đã tổ chức đêm hội trăng rằm.'))
      .toEqual(['Huyện đoàn', 'Hội Liên hiệp Thanh niên huyện Mỹ Xuyên']);
    expect(organizers('Ngày 2/7, Thành đoàn - Hội Sinh viên thành phố Mỹ Xuyên - Hội Doanh nhân trẻ tỉnh tổ chức lễ ra quân.'))
      .toEqual(['Thành đoàn', 'Hội Sinh viên thành phố Mỹ Xuyên', 'Hội Doanh nhân trẻ tỉnh']);
    expect(organizers('Sáng 3/2, Đoàn thanh niên – Hội sinh viên Trường Cao đẳng Nà Hang tổ chức lễ mừng công.'))
      .toEqual(['Đoàn thanh niên – Hội sinh viên Trường Cao đẳng Nà Hang']);
  });

  it('reads past a bracket left open before the verb, and ends a name before a dash and the next organisation', () => {
    expect(organizers('Ngày 2/9, Hội Người cao tuổi - Hội Chữ thập đỏ huyện Mỹ Xuyên (tỉnh Sông Lam đã tổ chức buổi gặp mặt.'))
      .toEqual(['Hội Người cao tuổi', 'Hội Chữ thập đỏ huyện Mỹ Xuyên']);
  });

  it('keeps a faculty whose name ends in three lower-case words before the next organiser', () => {
    expect(organizers('Chiều 3/3, Khoa Kỹ thuật phần mềm, Trường Cao đẳng Mỹ Xuyên tổ chức buổi tọa đàm.'))
      .toEqual(['Khoa Kỹ thuật phần mềm', 'Trường Cao đẳng Mỹ Xuyên']);
  });

  it('takes the school\'s pioneer unit as a partner', () => {
    expect(organizers('Chiều 3/3, Trường THCS Bản Mòng phối hợp với Liên đội nhà trường tổ chức hội trại tòng quân.'))
      .toEqual(['Trường THCS Bản Mòng', 'Liên đội nhà trường']);
  });

  it('does not take the organising board in a person\'s title for an organiser', () => {
    expect(organizers('Sáng 20/10, tại Bến Đò, GS.TS Mạc Đình Tuân - Trưởng ban Tổ chức hội thảo đã khai mạc Hội thảo quốc tế về thủy sản.'))
      .toEqual([]);
  });

  it('does not take the committee that owns the venue for an organiser', () => {
    expect(organizers('Ngày 9/4, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy Mường Khê tổ chức hội nghị sơ kết.'))
      .toEqual(['Ban Thường vụ Huyện ủy Mường Khê']);
  });
});

describe('organizers: a name that lists its fields, an organiser named as such', () => {
  it('keeps the fields listed with a comma and "và" inside one name', () => {
    expect(organizers('Sáng 3/2, Trung tâm Văn hóa, Du lịch và Thể thao thị xã Bến Đò phối hợp với Hội Nông dân thị xã tổ chức hội thi.'))
      .toEqual(['Trung tâm Văn hóa, Du lịch và Thể thao thị xã Bến Đò', 'Hội Nông dân thị xã']);
  });

  it('still reads organisations or people listed after a comma as others', () => {
    expect(organizers('Sáng 3/2, Sở Y tế, Công an tỉnh và Bệnh viện tỉnh Sông Lam tổ chức diễn tập.'))
      .toEqual(['Sở Y tế', 'Công an tỉnh', 'Bệnh viện tỉnh Sông Lam']);
  });

  it('takes the organisation said to be "đơn vị tổ chức"', () => {
    expect(organizers('Năm nay, Hội Làm vườn huyện Mỹ Xuyên là đơn vị tổ chức hội thi cây cảnh.')).toEqual(['Hội Làm vườn huyện Mỹ Xuyên']);
  });
});

describe('organizers: members named after the head', () => {
  it('reads on after a lower-case word for the members ("Chi đoàn giáo viên", "Câu lạc bộ phóng viên trẻ")', () => {
    expect(organizers('Chiều 3/3, Chi đoàn giáo viên Trường THCS Pà Cò phối hợp với Câu lạc bộ phóng viên trẻ tổ chức hội trại.'))
      .toEqual(['Chi đoàn giáo viên Trường THCS Pà Cò', 'Câu lạc bộ phóng viên trẻ']);
  });

  it('reads a group of people right after the head as its members, and a word closing them before the next organisation', () => {
    expect(organizers('Ngày 28-7, Hội Chữ thập đỏ huyện Hoa Mai phối hợp với Đoàn thầy thuốc tình nguyện - Hội Chữ thập đỏ TP. Hoa Sen tổ chức buổi khám bệnh.'))
      .toEqual(['Hội Chữ thập đỏ huyện Hoa Mai', 'Đoàn thầy thuốc tình nguyện - Hội Chữ thập đỏ TP. Hoa Sen']);
  });

  it('reads on after the members named past a capitalised field, before the body\'s seat', () => {
    expect(organizers('Ngày 8.8, Hội Doanh nhân cựu chiến binh tỉnh Hoa Mai làm lễ xuất quân tham dự đại hội.')).toEqual(['Hội Doanh nhân cựu chiến binh tỉnh Hoa Mai']);
    // With no seat after them, the words may open the clause after the name: it ends before them.
    const orgs = parseArticle('Tin\nNgày 8.8, Hội Doanh nhân cựu chiến binh làm lễ xuất quân.', { path: 't.txt' }).organizations.map((o) => o.name);
    expect(orgs).toEqual(['Hội Doanh nhân']);
  });

  it('does not take a minister\'s title in the headline for an organisation', () => {
    const names = parseArticle(['Bộ trưởng Kha Văn Tài: ngành sẽ lo đủ sách cho trường vùng cao', 'Chiều 5/1, ông Tài thăm hai trường ở Pà Cò.'].join('\n'), { path: 't.txt' })
      .organizers.map((o) => o.name);
    expect(names).toEqual([]);
  });
});

describe('organizers: no organiser inside the headline\'s event name', () => {
  const fromHeadline = (headline: string) =>
    parseArticle([headline, 'Tối 9/5, tại nhà thi đấu tỉnh đã diễn ra lễ khai mạc với 400 vận động viên.'].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

  it('takes neither an event noun opening like a body ("Hội thao") nor a sector ("ngành Ngân hàng") for an organiser', () => {
    expect(fromHeadline('Hội thao truyền thống ngành Ngân hàng tỉnh Hòa Lâm lần thứ V')).toEqual([]);
    expect(fromHeadline('Hội trại truyền thống ngành Công an tỉnh Hòa Lâm năm 2026')).toEqual([]);
  });

  it('still takes the body that owns the headline\'s event', () => {
    expect(fromHeadline('Hội thao Công đoàn Viên chức tỉnh Hòa Lâm năm 2026')).toEqual(['Công đoàn Viên chức tỉnh Hòa Lâm']);
  });
});

describe('organizers: the body that closes the event', () => {
  const names = (...lines: string[]) =>
    parseArticle(['Kết thúc hội diễn chào mừng Đại hội XX Công đoàn Hòa Lâm', ...lines].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

  it('takes the subject of "tổng kết" or "bế mạc" over an organisation the headline names', () => {
    expect(names('Ngày 24/11, tại Nhà văn hóa Lao động, LĐLĐ tỉnh Hòa Lâm đã tổng kết hội diễn văn nghệ công nhân.')).toEqual(['LĐLĐ tỉnh Hòa Lâm']);
    expect(names('Tối 24/11, Sở Văn hóa tỉnh Hòa Lâm bế mạc hội diễn văn nghệ công nhân.')).toEqual(['Sở Văn hóa tỉnh Hòa Lâm']);
  });

  it('falls back on the headline when no body is the subject of the verb', () => {
    expect(names('Ngày 24/11, hội diễn văn nghệ công nhân được tổng kết tại Nhà văn hóa Lao động.')).toEqual(['Công đoàn Hòa Lâm']);
  });
});

describe('organizers: partners no head word opens', () => {
  it('takes a youth or culture palace as an organiser, but not as the venue after "tại"', () => {
    expect(organizers('Sáng 1/6, Nhà Thiếu nhi tỉnh Hòa Lâm phối hợp với Hội Chữ thập đỏ tỉnh tổ chức ngày hội cho thiếu nhi.'))
      .toEqual(['Nhà Thiếu nhi tỉnh Hòa Lâm', 'Hội Chữ thập đỏ tỉnh']);
    expect(organizers('Sáng 1/6, tại Cung Văn hóa Lao động tỉnh, Sở Văn hóa tỉnh Hòa Lâm tổ chức ngày hội cho thiếu nhi.'))
      .toEqual(['Sở Văn hóa tỉnh Hòa Lâm']);
  });

  it('reads a name introduced by "tổ chức" (the noun) in a chain that an organising verb ends', () => {
    expect(organizers('Ngày 2/3, Hội Chữ thập đỏ tỉnh, Tỉnh đoàn và tổ chức Hope Bridge Foundation (một tổ chức phi chính phủ của Úc) tổ chức trao 50 xe đạp.'))
      .toEqual(['Hội Chữ thập đỏ tỉnh', 'Tỉnh đoàn', 'Hope Bridge Foundation']);
    expect(organizers('Ngày 2/3, Hội Nông dân xã Tân Lộc và tổ chức Hope Bridge Foundation cùng nhiều đơn vị khác đã có mặt.')).toEqual([]);
  });

  it('reads past a few lower-case words saying what of the partner takes part ("và học bổng Câu lạc bộ X")', () => {
    expect(organizers('Chiều 8/4, Tỉnh đoàn Hòa Lâm phối hợp với Quỹ học bổng Hoa Sen và học bổng Câu lạc bộ “Biển đảo quê hương” tổ chức trao 230 suất học bổng.'))
      .toEqual(['Tỉnh đoàn Hòa Lâm', 'Quỹ học bổng Hoa Sen', 'Câu lạc bộ “Biển đảo quê hương”']);
    // Not past a plural group ("các hội viên"): it stays the unnamed group that ends the chain.
    expect(organizers('Chiều 8/4, Tỉnh đoàn Hòa Lâm cùng các hội viên Hội Nông dân xã tổ chức trao học bổng.')).toEqual(['Tỉnh đoàn Hòa Lâm']);
  });
});

describe('organizers: the headline\'s organisation that its verb takes', () => {
  const names = (headline: string) =>
    parseArticle([headline, 'Đây là mô hình đầu tiên của phường trong việc xây dựng gia đình hạnh phúc.'].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

  it('does not take the organisation an organising verb launches, quoted or not', () => {
    expect(names('Phường Hòa Lạc: Ra mắt “Câu lạc bộ phụ nữ tiết kiệm”')).toEqual([]);
    expect(names('Ra mắt Câu lạc bộ Dưỡng sinh phường Hòa Lạc')).toEqual([]);
  });

  it('still takes the headline\'s organisation that is no verb\'s object', () => {
    expect(names('Câu lạc bộ Dưỡng sinh phường Hòa Lạc ra mắt')).toEqual(['Câu lạc bộ Dưỡng sinh phường Hòa Lạc']);
    expect(names('Giải việt dã Công đoàn Viên chức tỉnh năm 2025')).toEqual(['Công đoàn Viên chức tỉnh']);
  });
});

describe('organizers: what stands between one organiser and its verb', () => {
  it('reads past the members "gồm" lists, but not past a list no organising verb ends', () => {
    expect(organizers('Liên đoàn Lao động cụm 3 gồm Phường 2, Phường 5 và Phường 7, thành phố Vĩnh Hòa vừa tổ chức giải bóng đá công nhân.'))
      .toEqual(['Liên đoàn Lao động cụm 3']);
    expect(organizers('Liên đoàn Lao động cụm 3 gồm Phường 2, Phường 5 và Phường 7 của thành phố Vĩnh Hòa với hơn 30 công đoàn cơ sở và nhiều đoàn viên trẻ.', 'Công ty Hòa Phong tổ chức giải bóng đá công nhân.'))
      .toEqual(['Công ty Hòa Phong']);
  });

  it('reads past a lower-case apposition after a comma to the verb, "làm lễ" among them', () => {
    expect(organizers('Sáng 17/1, Công ty cổ phần Năng lượng Xanh, chủ đầu tư dự án Nhà máy điện mặt trời Vĩnh Hậu làm lễ khánh thành nhà máy.'))
      .toEqual(['Công ty cổ phần Năng lượng Xanh']);
    expect(organizers('Sáng 17/1, Công ty cổ phần Năng lượng Xanh, chủ đầu tư dự án, đã tổ chức lễ khánh thành nhà máy.'))
      .toEqual(['Công ty cổ phần Năng lượng Xanh']);
    expect(organizers('Công ty cổ phần Năng lượng Xanh, chủ đầu tư dự án Nhà máy điện mặt trời Vĩnh Hậu, cho biết nhà máy sẽ hòa lưới vào tháng 3.', 'Sáng 17/1, UBND tỉnh tổ chức lễ khánh thành nhà máy.'))
      .toEqual(['UBND tỉnh']);
  });

  it('takes both parties when one signs "với" the other, and not an unnamed other party', () => {
    expect(organizers('Sáng 3/4, Trường Đại học Sông Lam vừa ký kết thỏa thuận hợp tác với Công ty cổ phần Thủy sản Hòa Phong.'))
      .toEqual(['Trường Đại học Sông Lam', 'Công ty cổ phần Thủy sản Hòa Phong']);
    expect(organizers('Sáng 3/4, Trường Đại học Sông Lam vừa ký kết thỏa thuận hợp tác với nhiều doanh nghiệp trong tỉnh.')).toEqual([]);
  });
});

describe('organizers: what a launch launches is no organiser', () => {
  const headlined = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

  it('takes no subject of "ra mắt" with only a time, a place or the end after it, but one with an object', () => {
    expect(organizers('Sáng 6/4, Câu lạc bộ Nông dân Tân Phú ra mắt tại xã Tân Phú.')).toEqual([]);
    expect(organizers('Câu lạc bộ Nông dân Tân Phú chính thức ra mắt.')).toEqual([]);
    expect(organizers('Sáng 6/4, Hội Nông dân xã Tân Phú ra mắt mô hình câu lạc bộ sản xuất giỏi.')).toEqual(['Hội Nông dân xã Tân Phú']);
  });

  it('reads "khánh thành, bàn giao X" as two verbs of one object, a comma alone as the clause\'s end', () => {
    expect(organizers('Sáng 6/4, Công ty Hòa Phong phối hợp với Hội Nông dân xã Tân Phú khánh thành, bàn giao nhà văn hóa thôn.'))
      .toEqual(['Công ty Hòa Phong', 'Hội Nông dân xã Tân Phú']);
    expect(organizers('Sáng 6/4, Nhà văn hóa thôn Tân Phú khánh thành, đón hàng trăm bà con đến sinh hoạt.')).toEqual([]);
  });

  it('takes from the headline no body launched with its name before its head, but its owner', () => {
    expect(headlined('Ra mắt Hòa Bình Hội quán ở xã Tân Phú', 'Hội quán có 30 thành viên.')).toEqual([]);
    expect(headlined('Ra mắt câu lạc bộ của Hội Nông dân Tân Phú', 'Câu lạc bộ có 30 thành viên.')).toEqual(['Hội Nông dân Tân Phú']);
  });
});

describe('organizers: a mass organisation abbreviated after its head', () => {
  it('is the same body as the headline\'s written out, so the lead\'s fuller chain stands', () => {
    const a = parseArticle(['Hội Liên hiệp Phụ nữ huyện Tân Hòa trao nhà tình thương', 'Ngày 4/12, Hội LHPN huyện Tân Hòa phối hợp với Hội CTĐ xã Tân Mỹ tổ chức trao nhà tình thương cho hội viên.'].join('\n'), { path: 't.txt' });
    expect(a.organizers.map((o) => [o.name, o.expanded])).toEqual([
      ['Hội LHPN huyện Tân Hòa', 'Hội Liên hiệp Phụ nữ huyện Tân Hòa'], ['Hội CTĐ xã Tân Mỹ', 'Hội Chữ thập đỏ xã Tân Mỹ'],
    ]);
  });
});

describe('organizers: a committee that names no event', () => {
  it('takes no bare "Ban tổ chức" for an organiser, but one that names its event, and a later organiser', () => {
    expect(organizers('Kết thúc hội thi, Ban tổ chức đã trao giải nhất cho Hội Nông dân xã An Phú.')).toEqual([]);
    expect(organizers('Kết thúc hội thi, Ban tổ chức đã trao giải nhất cho đội xã An Phú.', 'Hội thi do Hội Nông dân huyện Tân Phú tổ chức hằng năm.'))
      .toEqual(['Hội Nông dân huyện Tân Phú']);
    expect(organizers('Tối 5/6, Ban tổ chức Giải bóng đá Công nhân tỉnh đã tổ chức lễ bế mạc.')).toEqual(['Ban tổ chức Giải bóng đá Công nhân tỉnh']);
  });

  it('takes from a headline opening with "Tổ chức" and an event no organiser', () => {
    expect(parseArticle('An Phú: Tổ chức Hội thi nông dân giỏi\nCác đội thi đến từ bốn xã của huyện.', { path: 't.txt' }).organizers).toEqual([]);
  });
});


describe('organizers: partners and subjects written in full', () => {
  it('reads past a partner\'s owner in brackets, however long its name', () => {
    expect(organizers('Ngày 17-9, Trường Chính trị tỉnh phối hợp với Học viện Chính trị khu vực IV (Học viện Chính trị Quốc gia Hồ Chí Minh) tổ chức khai giảng lớp cao cấp lý luận chính trị.'))
      .toEqual(['Trường Chính trị tỉnh', 'Học viện Chính trị khu vực IV']);
  });

  it('takes a place subject past the place above it in brackets', () => {
    expect(organizers('Ngày 7-2, phường Hoa Lâm (TP Tân Hòa) tổ chức Ngày hội “Vì sức khỏe cộng đồng” lần thứ 2.')).toEqual(['phường Hoa Lâm']);
  });

  it('takes a partner no organisation head opens, as written up to the organising verb, after a link word only', () => {
    expect(organizers('Sáng 8-1, Sở GD-ĐT phối hợp với Nhóm bạn Từ tâm Hoa Lâm tổ chức Lễ trao học bổng “Mầm xanh” lần thứ 5.'))
      .toEqual(['Sở GD-ĐT', 'Nhóm bạn Từ tâm Hoa Lâm']);
    expect(organizers('Sáng 28/10, Hội Sinh viên TP. HCM phối hợp Nhà Văn hóa Sinh viên TP. HCM khai mạc Liên hoan Tiếng hát sinh viên năm 2026.'))
      .toEqual(['Hội Sinh viên TP. HCM', 'Nhà Văn hóa Sinh viên TP. HCM']);
    // After a comma, "Trưởng Ban tổ chức" is a person's title, not a partner before "tổ chức".
    expect(organizers('Phát biểu khai mạc, ông Lê Văn Tám, Chủ tịch UBND thành phố Hoa Lâm, Trưởng Ban tổ chức Festival nghề truyền thống Hoa Lâm 2026 nêu rõ ý nghĩa.'))
      .not.toContain('Trưởng Ban');
    // A clause in lower case is no partner's name.
    expect(organizers('Sáng 8-1, Sở GD-ĐT phối hợp với Nhóm bạn Từ tâm và các nhà hảo tâm tổ chức trao học bổng.')).toEqual([]);
  });

  it('takes a partner in lower case up to its unit after "phối hợp", and keeps the chain before a partner it does not name', () => {
    expect(organizers('Ngày 31/3, Hội LHPN xã Hoa Lâm, huyện Mường Khê phối hợp với lực lượng công an xã tổ chức ra mắt mô hình “Camera an ninh”.'))
      .toEqual(['Hội LHPN xã Hoa Lâm', 'lực lượng công an xã']);
    expect(organizers('Ngày 31/3, Hội LHPN xã Hoa Lâm phối hợp với nhà trường tổ chức ra mắt câu lạc bộ.')).toEqual(['Hội LHPN xã Hoa Lâm']);
    // Listed with "và", lower-case words before the verb are people doing it, not a partner.
    expect(organizers('Đại diện lãnh đạo Trung tâm Y tế và lãnh đạo xã cắt băng khánh thành Trạm Y tế.')).toEqual([]);
  });

  it('takes a body named by its head alone and a body after it as two, not one owned by the other', () => {
    expect(organizers('Sáng 31/1, Huyện ủy, UBND huyện Mường Khê tổ chức gặp mặt cán bộ nguyên lãnh đạo đã nghỉ hưu.')).toEqual(['Huyện ủy', 'UBND huyện Mường Khê']);
    expect(organizers('Tối 14/4, Tỉnh Đoàn, Sở GD&ĐT Hoa Lâm tổ chức Lễ tổng kết cuộc thi.')).toEqual(['Tỉnh Đoàn', 'Sở GD&ĐT Hoa Lâm']);
    expect(organizers('Sáng 2/3, Bệnh viện Đa khoa tỉnh, Sở Y tế Hoa Lâm tổ chức hội nghị.')).toEqual(['Bệnh viện Đa khoa tỉnh, Sở Y tế Hoa Lâm']);
  });

  it('takes the text\'s chain over a photo caption\'s above it, and the caption\'s when the text names none', () => {
    const caption = 'Ông Lê Văn Tám - Phó Chủ tịch UBND tỉnh Hoa Lâm, khai mạc hội thi. Ảnh: MINH AN';
    const parsed = (...lines: string[]) => parseArticle(['Khai mạc Hội thi giáo viên dạy giỏi', caption, ...lines].join('\n'), { path: 't.txt' });
    const withLead = parsed('Sáng 18-11, Sở Giáo dục tỉnh Hoa Lâm tổ chức Hội thi giáo viên dạy giỏi năm 2026.');
    expect(withLead.captions.map((c) => c.text)).toEqual([caption]);
    expect(withLead.organizers.map((o) => o.name)).toEqual(['Sở Giáo dục tỉnh Hoa Lâm']);
    expect(parsed('Sáng 18-11, 60 giáo viên dự thi tại Trường THCS Lê Lợi.').organizers.map((o) => o.name)).toEqual(['UBND tỉnh Hoa Lâm']);
  });
});

describe('organizers: a place as the subject', () => {
  it('reads a place after a time in words, after an outlet\'s tag, and before its province set off by a comma', () => {
    expect(organizers('Sáng nay huyện Vân Đồn, Quảng Ninh đã tổ chức giải việt dã truyền thống.')).toEqual(['huyện Vân Đồn']);
    expect(organizers('(HG) - Huyện Long Mỹ vừa tổ chức khai mạc Hội khỏe Phù Đổng.')).toEqual(['Huyện Long Mỹ']);
    expect(organizers('Sáng 3/4, huyện Vân Đồn, tỉnh Quảng Ninh đã tổ chức giải việt dã.')).toEqual(['huyện Vân Đồn']);
    // A place inside a clause is no subject.
    expect(organizers('Đoàn viên về thăm huyện Vân Đồn tổ chức giải việt dã.')).toEqual([]);
  });
});

describe('organizers: a comma before the verb', () => {
  it('reads a subject set off from its verb by a comma ("Đảng ủy xã X, huyện Y (Z), đã công bố …")', () => {
    expect(organizers('Sáng 9.4, UBND tỉnh Đồng Nai cùng Đảng ủy xã Bàu Hàm 2, huyện Thống Nhất (Đồng Nai), đã công bố quyết định công nhận di tích.'))
      .toEqual(['UBND tỉnh Đồng Nai', 'Đảng ủy xã Bàu Hàm 2']);
  });
});

describe('organizers: the local government in general', () => {
  it('keeps the organisers before an unnamed partner or a list of them, in lower case', () => {
    expect(organizers('Sáng 25-12, Bộ Chỉ huy Quân sự tỉnh An Giang, Công ty Xổ số kiến thiết An Giang phối hợp cấp ủy, chính quyền địa phương tổ chức lễ khởi công.'))
      .toEqual(['Bộ Chỉ huy Quân sự tỉnh An Giang', 'Công ty Xổ số kiến thiết An Giang']);
    expect(organizers('Sáng 25-12, Bộ Chỉ huy Quân sự tỉnh An Giang phối hợp chính quyền địa phương tổ chức lễ khởi công.')).toEqual(['Bộ Chỉ huy Quân sự tỉnh An Giang']);
  });
});

describe('organizers: receptions and friendship unions', () => {
  it('takes the host of a reception ("X đã có buổi tiếp và làm việc với Đoàn …")', () => {
    expect(organizers('Ngày 09-12, Sở Ngoại vụ tỉnh Tiền Giang đã có buổi tiếp và làm việc với Đoàn công tác của Tổng lãnh sự quán Ấn Độ tại TP Hồ Chí Minh.'))
      .toEqual(['Sở Ngoại vụ tỉnh Tiền Giang']);
    expect(organizers('Sáng 5/3, UBND tỉnh Lào Cai đón tiếp đoàn đại biểu châu Hồng Hà.')).toEqual(['UBND tỉnh Lào Cai']);
  });

  it('reads the partners a kind and a plural group announce with a colon ("công đoàn cơ sở các đơn vị: A, B")', () => {
    expect(organizers('Sáng 5/3, Liên đoàn Lao động (LĐLĐ) huyện Hoa Lâm phối hợp công đoàn cơ sở các đơn vị: Trường Mầm non Tân Hòa, Công ty TNHH Gạch ngói Nam Vang tổ chức lễ khánh thành.'))
      .toEqual(['Liên đoàn Lao động (LĐLĐ) huyện Hoa Lâm', 'Trường Mầm non Tân Hòa', 'Công ty TNHH Gạch ngói Nam Vang']);
  });

  it('takes the subject of a half-term review, a ground-breaking, an opening or a commendation, not of going out to work', () => {
    expect(organizers('Sáng 18.10, Công đoàn ngành Giáo dục tỉnh đã sơ kết 3 năm thực hiện phong trào thi đua.')).toEqual(['Công đoàn ngành Giáo dục tỉnh']);
    expect(organizers('Sáng 5/3, Sở Giao thông vận tải tỉnh Hoa Lâm khởi công dự án đường tỉnh 25.')).toEqual(['Sở Giao thông vận tải tỉnh Hoa Lâm']);
    expect(organizers('Tối 5/3, Huyện đoàn Hoa Lâm tuyên dương 20 đoàn viên tiêu biểu.')).toEqual(['Huyện đoàn Hoa Lâm']);
    // The people who go out to clean up are no organiser.
    expect(organizers('Sáng 8/9, người dân thôn Hạ 2, xã An Châu ra quân vệ sinh môi trường.')).toEqual([]);
  });

  it('reads a friendship union and a consulate general named in lower case past their small words', () => {
    expect(organizers('Sáng 5/3, Liên hiệp các tổ chức hữu nghị tỉnh Bà Rịa - Vũng Tàu tổ chức họp mặt kỷ niệm.')).toEqual(['Liên hiệp các tổ chức hữu nghị tỉnh Bà Rịa - Vũng Tàu']);
    expect(organizers('Tối 5/3, Tổng lãnh sự quán Thái Lan tại TP Hồ Chí Minh tổ chức Tết Songkran.')).toEqual(['Tổng lãnh sự quán Thái Lan tại TP Hồ Chí Minh']);
  });
});

describe('organizers: a plural unit\'s places listed', () => {
  it('reads "UBND các tỉnh A, B và C" as one organiser, the chain going on to the verb', () => {
    expect(organizers('Ngày 15/11, Bộ Nông nghiệp và Môi trường phối hợp với UBND các tỉnh An Giang, Đồng Tháp và Cần Thơ tổ chức lễ thả cá giống.'))
      .toEqual(['Bộ Nông nghiệp và Môi trường', 'UBND các tỉnh An Giang, Đồng Tháp và Cần Thơ']);
  });

  it('lists places only after a plural unit, and only names that open no organisation', () => {
    const names = (line: string) => parseArticle(['Tiêu đề bài viết thử', line].join('\n'), { path: 't.txt' }).organizations.map((o) => o.name);
    expect(names('Lãnh đạo UBND các tỉnh An Giang, Đồng Tháp và Cần Thơ dự lễ.')).toContain('UBND các tỉnh An Giang, Đồng Tháp và Cần Thơ');
    expect(names('Lãnh đạo UBND tỉnh An Giang, Đồng Tháp và Cần Thơ dự lễ.')).toContain('UBND tỉnh An Giang');
    expect(names('Lãnh đạo UBND các tỉnh An Giang, Báo Đồng Tháp và Đài Cần Thơ dự lễ.')).toContain('UBND các tỉnh An Giang');
  });
});

describe('organizers: a noun ending in a speech verb inside a name', () => {
  it('reads "Đài Tiếng nói Việt Nam" whole, in an organiser and in a role', () => {
    expect(organizers('Đoàn thanh niên Đài Tiếng nói Việt Nam vừa tổ chức lễ khánh thành thư viện xanh.')).toEqual(['Đoàn thanh niên Đài Tiếng nói Việt Nam']);
    const people = parseArticle(['Tiêu đề bài viết thử', 'Dự lễ có ông Lê Văn An, Phó Tổng giám đốc Đài Tiếng nói Việt Nam.'].join('\n'), { path: 't.txt' }).people;
    expect(people.map((p) => p.role)).toEqual(['Phó Tổng giám đốc Đài Tiếng nói Việt Nam']);
  });
});

describe('organizers: heads alone sharing the place of the body after them', () => {
  it('gives "Đảng ủy, HĐND, UBND" the place of the body that closes the list, one organiser each', () => {
    expect(organizers('Ngày 29/1, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Khe Sanh đã tổ chức lễ truy điệu.'))
      .toEqual(['Đảng ủy xã Khe Sanh', 'HĐND xã Khe Sanh', 'UBND xã Khe Sanh', 'Ủy ban MTTQ Việt Nam xã Khe Sanh']);
    const text = ['Tiêu đề bài viết thử', 'Ngày 22/7, HĐND, UBND TP Đà Lạt tổ chức lễ phát động.'].join('\n');
    const found = parseArticle(text, { path: 't.txt' }).organizers[0];
    expect(found.name).toBe('HĐND TP Đà Lạt');
    // Where each part stands: the head, and the place it shares.
    expect(found.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['HĐND', 'TP Đà Lạt']);
  });

  it('leaves a head that says its level, and a whole name, as written', () => {
    expect(organizers('Ngày 22/7, Thành ủy, HĐND, UBND TP Đà Lạt tổ chức lễ phát động.')).toEqual(['Thành ủy', 'HĐND TP Đà Lạt', 'UBND TP Đà Lạt']);
    expect(organizers('Tối 23/4, Bộ Văn hóa, Thể thao và Du lịch, HĐND, UBND tỉnh Điện Biên tổ chức Liên hoan.'))
      .toEqual(['Bộ Văn hóa, Thể thao và Du lịch', 'HĐND tỉnh Điện Biên', 'UBND tỉnh Điện Biên']);
    // Nor a chain of bodies working together, joined by words.
    expect(organizers('Tối 23/4, Đảng ủy phối hợp với UBND xã Thanh Nưa tổ chức Liên hoan.')).toEqual(['Đảng ủy', 'UBND xã Thanh Nưa']);
  });
});

describe('organizers: a congress and its body', () => {
  const names = (headline: string, ...lines: string[]) => parseArticle([headline, ...lines].join('\n'), { path: 't.txt' }).organizers.map((o) => o.name);

  it('takes the body whose congress the headline or the lead names ("Đại hội đại biểu Đảng bộ X lần thứ XVI")', () => {
    expect(names('Khai mạc đại hội', 'Ngày 14/8, tại Hà Nội, Đại hội đại biểu Đảng bộ Bộ đội Biên phòng lần thứ XVI, nhiệm kỳ 2025 – 2030, diễn ra phiên trọng thể.'))
      .toEqual(['Đảng bộ Bộ đội Biên phòng']);
    expect(names('Đại hội đảng bộ bệnh viện nhiệm kỳ 2020-2025', 'Sáng 10/1, Đại hội Đảng bộ Bệnh viện Trẻ em Hải Phòng lần thứ XIII đã bầu Ban Chấp hành mới.'))
      .toEqual(['Đảng bộ Bệnh viện Trẻ em Hải Phòng']);
  });
});

describe('organizers: a bank known by its brand', () => {
  it('reads the brand alone and the branch named after it as organisations ("HDBank", "Agribank Hà Giang")', () => {
    expect(organizers('Ngày 19/11, HDBank và UBND huyện Lai Vung đã tổ chức khánh thành cây cầu giao thông nông thôn.')).toEqual(['HDBank', 'UBND huyện Lai Vung']);
    expect(organizers('Ngày 25/4, Agribank Hà Giang tổ chức lễ bàn giao điểm trường.')).toEqual(['Agribank Hà Giang']);
  });
});

describe('organizers: a name\'s lower-case words before its owner in brackets', () => {
  it('keeps "đại học" in "Vụ Giáo dục đại học (Bộ …)," when another organiser follows', () => {
    expect(organizers('Ngày 21/1, Báo Hoa Lâm phối hợp với Vụ Giáo dục đại học (Bộ Giáo dục và Đào tạo), Sở Giáo dục và Đào tạo tỉnh Hoa Lâm tổ chức chương trình tư vấn tuyển sinh.'))
      .toEqual(['Báo Hoa Lâm', 'Vụ Giáo dục đại học', 'Sở Giáo dục và Đào tạo tỉnh Hoa Lâm']);
  });
});

describe('organizers: working together on the act itself', () => {
  it('reads the bodies before "phối hợp tổng kết" as organisers', () => {
    expect(organizers('Chiều 19/1, Tỉnh đoàn, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ đã phối hợp tổng kết và trao giải Cuộc thi Sáng tạo thanh thiếu niên tỉnh Hoa Lâm.'))
      .toEqual(['Tỉnh đoàn', 'Sở Giáo dục và Đào tạo', 'Sở Khoa học và Công nghệ']);
  });
});

describe('organizers: two bodies of one head after a comma', () => {
  it('reads "Sở Y tế, Sở Công Thương" as two organisers (peers), "Bệnh viện X, Sở Y tế" as one', () => {
    expect(organizers('Ngày 19/1, Sở Y tế, Sở Công Thương tổ chức hội nghị tổng kết năm.')).toEqual(['Sở Y tế', 'Sở Công Thương']);
    expect(organizers('Ngày 19/1, Bệnh viện Đa khoa Hoa Lâm, Sở Y tế tổ chức hội nghị tổng kết năm.')).toEqual(['Bệnh viện Đa khoa Hoa Lâm, Sở Y tế']);
  });
});

describe('organizers: a place named as the partner', () => {
  it('reads "phối hợp với tỉnh Hoa Lâm tổ chức" as a partner, not an unnamed one', () => {
    expect(organizers('Sáng 25/6, Bộ Công an phối hợp với tỉnh Hoa Lâm tổ chức lễ mít tinh hưởng ứng Tháng hành động phòng, chống ma túy.'))
      .toEqual(['Bộ Công an', 'tỉnh Hoa Lâm']);
    // A partner the text does not name stays out.
    expect(organizers('Sáng 25/6, Bộ Công an phối hợp với địa phương tổ chức lễ mít tinh hưởng ứng Tháng hành động phòng, chống ma túy.')).toEqual(['Bộ Công an']);
  });
});

describe('organizers: an organising committee named for its event', () => {
  it('runs the committee\'s name over the event\'s year, count and capitalised parts to its verb', () => {
    expect(organizers('Ngày 4/12, Ban tổ chức cuộc thi Sáng tạo Thanh, Thiếu niên, Nhi đồng huyện Hoa Lâm tổ chức tổng kết cuộc thi lần thứ 7.'))
      .toEqual(['Ban tổ chức cuộc thi Sáng tạo Thanh, Thiếu niên, Nhi đồng huyện Hoa Lâm']);
    expect(organizers('Ngày 9/8, Ban tổ chức Ngày hội Văn hóa Hoa Lâm năm 2022 tổ chức khai mạc Liên hoan Đờn ca tài tử.')).toEqual(['Ban tổ chức Ngày hội Văn hóa Hoa Lâm năm 2022']);
    // Not over a clause of its own.
    expect(organizers('Ngày 9/8, Ban tổ chức Hội thi đã họp và quyết định tổ chức vòng chung kết vào tháng sau.')).toEqual([]);
  });
});

describe('organizers: the partners "sự phối hợp của" names', () => {
  it('takes every body listed after the mark, not the backer after "sự đồng hành của"', () => {
    expect(organizers('Ngày 8/3, chương trình hiến máu do Báo Hoa Lâm phối hợp với Viện Huyết học tổ chức, cùng sự phối hợp của Công ty CP Mường Khê, Bệnh viện Quân y 15 và sự đồng hành của Ngân hàng Hoa Lâm.'))
      .toEqual(['Báo Hoa Lâm', 'Viện Huyết học', 'Công ty CP Mường Khê', 'Bệnh viện Quân y 15']);
  });
});

describe('organizers: a partner\'s name running on in lower case to the verb', () => {
  it('reads "phối hợp với Trung tâm Khởi nghiệp đổi mới sáng tạo quốc gia tổ chức" whole, keeping both organisers', () => {
    expect(organizers('Chiều ngày 04/5/2022, Sở Khoa học và Công nghệ tỉnh Hoa Lâm, phối hợp với Trung tâm Khởi nghiệp đổi mới sáng tạo quốc gia tổ chức Chung kết Cuộc thi.'))
      .toEqual(['Sở Khoa học và Công nghệ tỉnh Hoa Lâm', 'Trung tâm Khởi nghiệp đổi mới sáng tạo quốc gia']);
    // The verb right after the name ends it there.
    expect(organizers('Chiều ngày 04/5/2022, Sở Khoa học tỉnh Hoa Lâm phối hợp với UBND xã Mường Khê tổ chức lễ ra quân.')).toEqual(['Sở Khoa học tỉnh Hoa Lâm', 'UBND xã Mường Khê']);
  });
});

describe('organizers: a body named by its kind alone', () => {
  it('takes "nhà trường" organising for the last school named before it', () => {
    expect(organizers(
      'Năm học vừa qua, thầy và trò trường THCS Hoà Bình đã nỗ lực hoàn thành mọi kế hoạch. Ngày 25/5, nhà trường đã long trọng tổ chức Lễ bế giảng năm học.',
    )).toEqual(['trường THCS Hoà Bình']);
    // Not the object of another body's work, and not when no school was named.
    expect(organizers('Trường THCS Hoà Bình có 30 lớp. Ngày 25/5, hội cha mẹ học sinh cùng nhà trường tổ chức Lễ bế giảng.')).toEqual([]);
    expect(organizers('Ngày 25/5, nhà trường đã tổ chức Lễ bế giảng năm học.')).toEqual([]);
  });
});

describe('organizers: the body whose event the lead names ("Hội nghị … của X")', () => {
  it('reads the body after "của" as the event\'s owner, not the owner of what a clause after the event names', () => {
    expect(organizers('Sáng 9/11, các tỉnh biên giới đồng loạt khởi công 72 trường học.', 'Hội nghị tổng kết năm học của Sở Giáo dục và Đào tạo tỉnh Hà Giang diễn ra sáng nay.'))
      .toEqual(['Sở Giáo dục và Đào tạo tỉnh Hà Giang']);
    expect(organizers('Sáng 9/11, các tỉnh biên giới đồng loạt khởi công 72 trường học.', 'Lễ khởi công được truyền hình trực tiếp trên kênh VTV1 của Đài Truyền hình Việt Nam.'))
      .toEqual([]);
  });
});
