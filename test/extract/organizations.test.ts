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

  it('reads a name written in lower case, its parts joined by a dash or "&", up to its place before the organising verb', () => {
    expect(article('Ngày 4/10, Ban An toàn giao thông (ATGT) huyện, Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên huyện Hạ Lang phối hợp tổ chức Lễ ra quân.').organizers.map((o) => o.name))
      .toEqual(['Ban An toàn giao thông (ATGT) huyện', 'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên huyện Hạ Lang']);
    expect(article('Chiều 28/2, Trung tâm văn hóa – thông tin & thể thao Hàm Tân đã tổ chức lễ bế mạc giải cờ tướng.').organizers.map((o) => o.name))
      .toEqual(['Trung tâm văn hóa – thông tin & thể thao Hàm Tân']);
    // With no organising verb after it, the dash ends the name.
    expect(article('Trung tâm văn hóa - thông tin huyện là nơi diễn ra nhiều hoạt động.').organizations.map((o) => o.name)).not.toContain('Trung tâm văn hóa - thông tin huyện');
  });

  it('reads "Đài Tiếng nói" as one head, though "nói" alone is a verb', () => {
    const a = article('Chiều 26-3, Đài Tiếng nói Việt Nam phối hợp với Đài Phát thanh – Truyền hình An Giang tổ chức Liên hoan Phát thanh toàn quốc.');
    expect(a.organizers.map((o) => o.name)).toEqual(['Đài Tiếng nói Việt Nam', 'Đài Phát thanh – Truyền hình An Giang']);
  });

  it('ends an organisation inside a role at the person\'s name, words between title and organisation allowed', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Phó Thủ tướng Thường trực Chính phủ Kha Văn Lợi dự lễ.')).not.toContain('Chính phủ Kha Văn Lợi');
    expect(names('Phó Chủ tịch Thường trực Quốc hội Đàm Thị Hoa phát biểu.')).not.toContain('Quốc hội Đàm Thị Hoa');
    expect(names('Đồng chí Bí thư Tỉnh ủy Lò Văn Pấng quán triệt nghị quyết.').filter((n) => n.includes('Pấng'))).toEqual([]);
  });

  it('keeps a short lower-case tail before "và" and another organisation, not before "và" and a common word', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 5/6, Hội Người cao tuổi và UBND xã Tân Phú đã tổ chức lễ mừng thọ.')).toEqual(['Hội Người cao tuổi', 'UBND xã Tân Phú']);
    expect(names('Sáng 5/6, Hội Người cao tuổi và con cháu đã dự lễ mừng thọ.')).toEqual(['Hội Người cao']);
  });

  it('reads the field after "về" into a committee\'s name, not a visit\'s verb after it', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 3/4, Ủy ban Nhà nước về người Việt Nam ở nước ngoài phối hợp với Sở Ngoại vụ tổ chức hội nghị.'))
      .toEqual(['Ủy ban Nhà nước về người Việt Nam ở nước ngoài', 'Sở Ngoại vụ']);
    expect(names('Hội đồng Quốc gia về Giáo dục đã họp phiên đầu tiên.')).toEqual(['Hội đồng Quốc gia về Giáo dục']);
    expect(names('Ban Chỉ đạo tỉnh về kiểm tra Trường THCS Tân Phú.')).toEqual(['Ban Chỉ đạo tỉnh', 'Trường THCS Tân Phú']);
    expect(names('Hội Nông dân tỉnh về thăm Trường THCS Tân Phú.')).toEqual(['Hội Nông dân tỉnh', 'Trường THCS Tân Phú']);
  });

  it('ends a longer lower-case tail before an organising link of several words, not before "cùng" alone', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 2/5, Liên hiệp các Hội khoa học kỹ thuật phối hợp với Sở Y tế tổ chức hội thảo.'))
      .toEqual(['Liên hiệp các Hội khoa học kỹ thuật', 'Sở Y tế']);
    expect(names('Phiên kết nối được Ban tổ chức dành trọn buổi chiều cùng ngày để thực hiện.')).toEqual(['Ban tổ chức']);
  });

  it('reads lower-case words after a dash as the name\'s when its bracketed acronym closes them', () => {
    expect(article('Sáng 3/4, Sở Văn hóa - thể thao (VH-TT) đã tổ chức hội nghị.').organizers.map((o) => o.name)).toEqual(['Sở Văn hóa - thể thao (VH-TT)']);
    expect(article('Theo Sở Văn hóa - thể thao là ngành được quan tâm.').organizations.map((o) => o.name)).toEqual(['Sở Văn hóa']);
  });

  it('opens no organisation at a head word that closes a common word, in capitals or title case', () => {
    const headline = (line: string) =>
      parseArticle([line, 'Sáng 5/3, hàng trăm đoàn viên đã tham gia dọn rác dọc bãi biển.'].join('\n'), { path: 't.txt' });
    const names = (line: string) => headline(line).organizations.map((o) => o.name);
    expect(names('PHÁT ĐỘNG BẢO VỆ MÔI TRƯỜNG BIỂN NĂM 2024')).toEqual([]);
    expect(headline('PHÁT ĐỘNG BẢO VỆ MÔI TRƯỜNG BIỂN NĂM 2024').organizers).toEqual([]);
    expect(names('NGÀY HỘI VĂN HÓA CÁC DÂN TỘC HUYỆN MƯỜNG LA')).toEqual([]);
    expect(names('TẬP HUẤN NGHIỆP VỤ CHO CÁN BỘ XÃ')).toEqual([]);
    expect(names('Ngày Hội Văn Hóa Các Dân Tộc')).toEqual([]);
    // A head after a word it makes no common word with still opens one.
    expect(names('ĐOÀN VIÊN TRƯỜNG THPT LÊ LỢI DỌN VỆ SINH').filter((n) => n.startsWith('TRƯỜNG THPT LÊ LỢI'))).toHaveLength(1);
    // In lower case the compound is no capitalised head anyway; the body named after it is.
    expect(names('Bảo vệ môi trường cùng Hội Nông dân xã')).toEqual(['Hội Nông dân xã']);
  });

  it('reads "Tổng LĐLĐ" as a head of its own after "và"', () => {
    expect(article('Giải do Bộ Y tế, T.Ư Đoàn và Tổng LĐLĐ Việt Nam phối hợp tổ chức.').organizers.map((o) => o.name))
      .toEqual(['Bộ Y tế', 'T.Ư Đoàn', 'Tổng LĐLĐ Việt Nam']);
  });

  it('reads a name that a comma or dash ends at the very end of the text, with nothing after it', () => {
    expect(article('Trưởng phòng Sở Nội vụ tỉnh Bình An –').organizations.map((o) => o.name)).toEqual(['Sở Nội vụ tỉnh Bình An']);
    expect(article('Hội Nông dân xã Tân Lộc,').organizations.map((o) => o.name)).toEqual(['Hội Nông dân xã Tân Lộc']);
  });

  it('keeps a parenthesised acronym and stops before a verb', () => {
    const orgs = article('Hiệp hội Cà phê Buôn Ma Thuột (BCA) cho biết giá tăng.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Hiệp hội Cà phê Buôn Ma Thuột (BCA)']);
  });

  it('joins a field after a dash to a head that ends in a lower-case syllable, not a person or a second body', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 2/4, Tỉnh đoàn và Đài Phát thanh-Truyền hình tỉnh Hoa Lâm phối hợp tổ chức hội thi.'))
      .toEqual(['Tỉnh đoàn', 'Đài Phát thanh-Truyền hình tỉnh Hoa Lâm']);
    expect(names('Sáng 2/4, Đài Phát thanh - Truyền hình Hoa Lâm đã trao quà.')).toEqual(['Đài Phát thanh - Truyền hình Hoa Lâm']);
    expect(names('Đại diện Ban tổ chức - Nguyễn Văn Tám phát biểu.')).toEqual(['Ban tổ chức']);
    expect(names('Đại diện Ban tổ chức - Hội Nông dân tỉnh trao quà.')).toEqual(['Ban tổ chức', 'Hội Nông dân tỉnh']);
  });

  it('joins the parts of a name around a hyphen, but not a second organisation', () => {
    const orgs = article('Sở Giáo dục - Đào tạo tỉnh Kon Tum và Sở Nội vụ - Ban Thi đua tỉnh họp bàn.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Sở Giáo dục - Đào tạo tỉnh Kon Tum', 'Sở Nội vụ', 'Ban Thi đua tỉnh']);
    expect(article('Sở Y tế - Giám đốc Lục Văn Hòa trao quà.').organizations.map((o) => o.name)).toEqual(['Sở Y tế']);
    expect(article('Giảng viên Trường Đại học Kinh tế - Cô Lê Thị Hoa phát biểu.').organizations.map((o) => o.name)).toEqual(['Trường Đại học Kinh tế']);
    expect(article('Chủ tịch Hội Vật lý Hoa Sen và Giáo sư Lê Văn Tám dự.').organizations.map((o) => o.name)).toEqual(['Hội Vật lý Hoa Sen']);
    expect(article('Báo Hoa Sen và HSVC trao giải.').organizations.map((o) => o.name)).toEqual(['Báo Hoa Sen']);
  });

  it('ends a name before an adverb that leads to the organising verb', () => {
    const orgs = article('Sáng 2-9, Trường THCS Hoa Sen long trọng tổ chức lễ khai giảng; Báo Biển Xanh lần đầu phối hợp với Hội Nông dân xã.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Trường THCS Hoa Sen', 'Báo Biển Xanh', 'Hội Nông dân xã']);
  });

  it('reads a lower-case "báo" before a paper\'s name, not inside a word', () => {
    const orgs = article('Sáng 3-4, nhà báo Lê Văn Hùng dự họp báo Chính phủ do báo Biển Xanh và Thị ủy Hoa Sen tổ chức.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['báo Biển Xanh', 'Thị ủy Hoa Sen']);
    expect(article('Hệ thống giáo dục Hoa Mai đã tổ chức lễ tri ân.').organizers.map((o) => o.name)).toEqual(['Hệ thống giáo dục Hoa Mai']);
  });

  it('reads on after the acronym of the head alone', () => {
    const orgs = article('Sáng 3-4, Câu lạc bộ (CLB) Cựu chiến binh Hoa Sen tại Hà Nội và Ủy ban nhân dân (UBND) huyện Hoa Mai họp mặt.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Câu lạc bộ (CLB) Cựu chiến binh Hoa Sen tại Hà Nội', 'Ủy ban nhân dân (UBND) huyện Hoa Mai']);
  });

  it('reads on after the acronym of the whole name, a "và" of it unspelled, not after another code', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 3-4, Liên đoàn Lao động (LĐLĐ) tỉnh Hoa Mai, Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hoa Sen phối hợp tổ chức hội thi.'))
      .toEqual(['Liên đoàn Lao động (LĐLĐ) tỉnh Hoa Mai', 'Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Hoa Sen']);
    // Brackets that spell no initials of the name before them (a code, a year) end it there.
    expect(names('Sáng 3-4, Liên đoàn Lao động (LĐTB) tỉnh Hoa Mai, Hội Nông dân tỉnh phối hợp tổ chức hội thi.')[0]).toBe('Liên đoàn Lao động (LĐTB)');
  });

  it('counts no acronym in brackets toward the most tokens of a name', () => {
    // Thirteen tokens before the acronym, the place after it: without its three, sixteen in all.
    const line = 'Sáng 15/4, Ban chỉ đạo liên ngành về Vệ sinh an toàn thực phẩm (VSATTP) tỉnh Hoa Mai đã tổ chức Lễ phát động.';
    expect(article(line).organizers.map((o) => o.name)).toEqual(['Ban chỉ đạo liên ngành về Vệ sinh an toàn thực phẩm (VSATTP) tỉnh Hoa Mai']);
  });

  it('reads a hyphenated place name after an administrative unit, not a person after a dash', () => {
    const orgs = article('Sở Y tế tỉnh Bà Rịa - Vũng Tàu, UBND tỉnh Hoa Sen - Lê Văn Tám và Sở Nội vụ tỉnh Hoa Mai – ông Hùng.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Sở Y tế tỉnh Bà Rịa - Vũng Tàu', 'UBND tỉnh Hoa Sen', 'Sở Nội vụ tỉnh Hoa Mai']);
    const inRole = article('Phó Chủ tịch UBND tỉnh Thừa Thiên - Huế Nguyễn Văn Phong và Sở Y tế tỉnh Hoa Mai - Hoàng Thị Hoa dự.').organizations;
    expect(inRole.map((o) => o.name)).toEqual(['UBND tỉnh Thừa Thiên - Huế', 'Sở Y tế tỉnh Hoa Mai']);
  });

  it('keeps a lower-case position word that ends a name before the organising verb', () => {
    const orgs = article('Sáng 3-4, Văn phòng Hoa Sen và Ban Công tác đại biểu đã tổ chức lễ; Sở Nội vụ giám đốc Lê Văn Tám dự.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Văn phòng Hoa Sen', 'Ban Công tác đại biểu', 'Sở Nội vụ']);
  });

  it('ends a name before a counted number, not before its own number', () => {
    const orgs = article('Sáng 3-4, Ban Chấp hành Đảng bộ lần thứ 9 họp; Bệnh viện Quân y 103, Bộ Tư lệnh Vùng Cảnh sát biển 2 và Trường Mầm non số 1 dự cùng Bộ Y tế và 103 đơn vị.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Ban Chấp hành Đảng bộ', 'Bệnh viện Quân y 103', 'Bộ Tư lệnh Vùng Cảnh sát biển 2', 'Trường Mầm non số 1', 'Bộ Y tế']);
    expect(article('Đại hội Đảng bộ huyện Hoa Sen lần thứ XX khai mạc.').organizations.map((o) => o.name)).toEqual(['Đảng bộ huyện Hoa Sen']);
    expect(article('Ông tốt nghiệp Đại học Hoa Sen năm 1990.').organizations.map((o) => o.name)).toEqual(['Đại học Hoa Sen']);
    const places = article('Dự có Sở Y tế 5 tỉnh Tây Bắc, UBND phường 12 quận 3 và Trường THCS số 2 huyện Hoa Sen.').organizations;
    expect(places.map((o) => o.name)).toEqual(['Sở Y tế', 'UBND phường 12 quận 3', 'Trường THCS số 2 huyện Hoa Sen']);
    // Right after a head, the places counted are what the body is of.
    expect(article('Sở Y tế phối hợp với Chính quyền 4 tỉnh Nam Lào tổ chức hội nghị.').organizations.map((o) => o.name))
      .toEqual(['Sở Y tế', 'Chính quyền 4 tỉnh Nam Lào']);
  });

  it('ends a name before the person when the position holds the organisation\'s head', () => {
    const orgs = article('Chủ tịch Quốc hội Lê Văn Tám và Giám đốc Sở Y tế Hoàng Thị Hoa dự lễ.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Sở Y tế']);
  });

  it('reads names that hold a position word or a comma of their own', () => {
    const orgs = article('Sáng 3-4, Trưởng Đoàn đại biểu Quốc hội tỉnh Hoa Sen Lê Văn Tám cùng Sở Văn hóa, Thể thao và Du lịch tỉnh Hoa Mai dự.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Đoàn đại biểu Quốc hội tỉnh Hoa Sen', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hoa Mai']);
  });

  it('reads two services joined by "và" whose second is a head of its own as one body ("Đài Phát thanh và Truyền hình")', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 2-2, Hội Nhà báo tỉnh phối hợp với Đài Phát thanh và Truyền hình tỉnh Hoa Mai tổ chức Hội báo Xuân.'))
      .toEqual(['Hội Nhà báo tỉnh', 'Đài Phát thanh và Truyền hình tỉnh Hoa Mai']);
    expect(names('Sáng 2-2, Ban Tuyên giáo và Dân vận Tỉnh ủy, Báo và Phát thanh, Truyền hình Hoa Mai tổ chức Hội báo Xuân.'))
      .toEqual(['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Báo và Phát thanh, Truyền hình Hoa Mai']);
  });

  it('reads a village festival ("Hội vật truyền thống", "Hội làng") as no body, and a society ("Hội Vật lý") as one', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Sáng 2-2, UBND xã Hoa Mai khai mạc Hội vật truyền thống làng Thủ Lễ năm 2024.')).toEqual(['UBND xã Hoa Mai']);
    expect(names('Sáng 2-2, Hội Vật lý Việt Nam tổ chức hội thảo.')).toEqual(['Hội Vật lý Việt Nam']);
  });

  it('reads "Cơ quan" opening an agency\'s name as a head, which "và" before it does not join to the body before', () => {
    expect(article('Hội thảo do Học viện Hoa Sen, Báo Hoa Mai và Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) phối hợp tổ chức.').organizations.map((o) => o.name))
      .toEqual(['Học viện Hoa Sen', 'Báo Hoa Mai', 'Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA)']);
  });

  it('does not take a family name after a form of address for a head word', () => {
    expect(article('Thầy Đoàn Quốc Hưng phát biểu tại Đoàn Thanh niên xã.').organizations.map((o) => o.name)).toEqual(['Đoàn Thanh niên xã']);
  });

  it('ends a name before an event verb in a headline', () => {
    const orgs = parseArticle('Trường THCS Phan Bội Châu kỷ niệm 30 năm Ngày thành lập\nNội dung.', { path: 't.txt' }).organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Trường THCS Phan Bội Châu']);
  });

  it('lists an organisation once however many others share its head word', () => {
    const names = ['Sở Công Thương', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Ngoại vụ', 'Sở Du lịch', 'Sở Giao thông', 'Sở Khoa học', 'Sở Thể thao'];
    const orgs = article(`Dự họp có đại diện ${names.join(', ')}.`, 'Sau đó, Sở Tư pháp cùng Sở Thể thao trình bày báo cáo.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(names);
    expect(orgs.map((o) => o.evidence.length)).toEqual([1, 1, 2, 1, 1, 1, 1, 1, 1, 2]);
  });

  it('expands abbreviations as whole words only', () => {
    expect(expandAbbreviations('Sở GD&ĐT TP Vinh')).toBe('Sở Giáo dục và Đào tạo Thành phố Vinh');
    expect(expandAbbreviations('TPHCMX')).toBe('TPHCMX');
    expect(expandAbbreviations('xUBND và UBND2')).toBe('xUBND và UBND2');
  });

  it('expands abbreviations joined by a hyphen or holding a comma, the longest first', () => {
    expect(expandAbbreviations('UBND-HĐND xã Tân Phú')).toBe('Ủy ban nhân dân-Hội đồng nhân dân xã Tân Phú');
    expect(expandAbbreviations('Bộ VH,TT&DL')).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    // A dotted abbreviation's stop before a word written on becomes a space.
    expect(expandAbbreviations('TPHCM và TP.HCM, TP. Vinh')).toBe('Thành phố Hồ Chí Minh và Thành phố Hồ Chí Minh, Thành phố Vinh');
  });

  it('reads a court or a procuracy by its acronym ("TAND TP.HCM", "VKSND tỉnh X") as an organisation', () => {
    const parsed = article('Sáng 26/5, TAND TP.HCM đã tiến hành lễ công bố quyết định điều động cán bộ.', 'Dự buổi lễ có đại diện VKSND tỉnh Long An.');
    expect(parsed.organizers.map((o) => [o.name, o.expanded])).toEqual([['TAND TP.HCM', 'Tòa án nhân dân Thành phố Hồ Chí Minh']]);
    expect(parsed.organizations.map((o) => o.name)).toEqual(['TAND TP.HCM', 'VKSND tỉnh Long An']);
  });
});

describe('organizations and the credit line', () => {
  it('does not list the outlet of a credit line, which is the source', () => {
    const parsed = article('Sáng 3/4, Báo Sông Lam tổ chức giải chạy.', 'Ông Lê Văn Hùng phát biểu.', 'theo báo Hoa Sen Xanh');
    expect(parsed.source.name).toBe('Hoa Sen Xanh');
    expect(parsed.organizations.map((o) => o.name)).toEqual(['Báo Sông Lam']);
    // The same words in the body are an organisation.
    expect(article('Sáng 3/4, báo Hoa Sen Xanh tổ chức giải chạy.').organizations.map((o) => o.name)).toEqual(['báo Hoa Sen Xanh']);
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

  it('takes the bodies that rally, train or open a course as the organisers ("… phối hợp với UBND phường X mít tinh …")', () => {
    const names = (line: string) => article(line).organizers.map((o) => o.name);
    expect(names('Sáng 8/7, Chi cục Dân số phối hợp với UBND phường Vĩnh Phúc mít tinh kỷ niệm Ngày Dân số thế giới.')).toEqual(['Chi cục Dân số', 'UBND phường Vĩnh Phúc']);
    expect(names('Ngày 12/5, Trung tâm Y tế huyện Đông Anh tập huấn cho 80 cộng tác viên dân số.')).toEqual(['Trung tâm Y tế huyện Đông Anh']);
    expect(names('Ngày 12/5, Sở Thông tin và Truyền thông tỉnh Trà Vinh mở lớp tập huấn phát ngôn.')).toEqual(['Sở Thông tin và Truyền thông tỉnh Trà Vinh']);
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

  it('takes a partner named after the host\'s own verb', () => {
    const names = article('Sáng 5/6, Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với UBND huyện Tiên Yên tổ chức diễn tập.').organizers.map((o) => o.name);
    expect(names).toEqual(['Bộ Chỉ huy Quân sự tỉnh', 'UBND huyện Tiên Yên']);
  });

  it('keeps "Trung ương" whole at the end of a name before any verb ("Hội đồng Đội Trung ương chỉ đạo")', () => {
    const names = article('Giải cờ vua do Tỉnh đoàn và Hội đồng Đội Trung ương chỉ đạo triển khai.').organizations.map((o) => o.name);
    expect(names).toEqual(['Tỉnh đoàn', 'Hội đồng Đội Trung ương']);
  });

  it('reads a police unit\'s field as part of its name, its first word capitalised or not ("Cục Cảnh sát điều tra tội phạm về ma túy")', () => {
    const names = article('Tối 19/12, UBND tỉnh phối hợp với Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an tổ chức chương trình nghệ thuật.').organizers.map((o) => o.name);
    expect(names).toEqual(['UBND tỉnh', 'Cục Cảnh sát điều tra tội phạm về ma túy', 'Bộ Công an']);
    // Its first word capitalised, the rest still in lower case.
    const fire = article('Ngày 28/10, UBND huyện Tân Yên phối hợp Phòng Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ tổ chức thực tập phương án chữa cháy.').organizers.map((o) => o.name);
    expect(fire).toEqual(['UBND huyện Tân Yên', 'Phòng Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ']);
  });

  it('takes a partner whose part is told in a later clause', () => {
    const names = article('Giải do Sở Du lịch tỉnh đăng cai, Công ty Sự kiện Biển Bạc phối hợp thực hiện.').organizers.map((o) => o.name);
    expect(names).toEqual(['Sở Du lịch tỉnh', 'Công ty Sự kiện Biển Bạc']);
    const sponsor = article('Giải do Sở Du lịch tỉnh đăng cai, Công ty Sự kiện Biển Bạc tài trợ.').organizers.map((o) => o.name);
    expect(sponsor).toEqual(['Sở Du lịch tỉnh']);
  });

  it('takes the owner of "sự phối hợp" as a partner, not a sponsor', () => {
    const names = (t: string) => article(t).organizers.map((o) => o.name);
    expect(names('Ngày hội do Thành đoàn Pleiku chủ trì, với sự phối hợp của Sở Du lịch tỉnh.')).toEqual(['Thành đoàn Pleiku', 'Sở Du lịch tỉnh']);
    expect(names('Thành đoàn Pleiku tổ chức ngày hội với sự tài trợ của Công ty Sữa Đồng Xanh.')).toEqual(['Thành đoàn Pleiku']);
  });

  it('skips where the organiser is before the partner', () => {
    const names = article(
      'Hội Phụ nữ xã Tân Phú, huyện Đồng Xuân, tỉnh Phú Yên vừa phối hợp với Trung tâm Y tế huyện tổ chức buổi khám bệnh.',
      'Trường Tiểu học Kim Đồng (thành phố Tuy Hòa) tổ chức ngày hội đọc sách.',
    ).organizers.map((o) => o.name);
    expect(names).toEqual(['Hội Phụ nữ xã Tân Phú', 'Trung tâm Y tế huyện']);
  });

  it('does not take the venue before the organiser', () => {
    const names = article('Sáng 9/3, tại Trung tâm Hội nghị tỉnh, Ban Quản lý Khu kinh tế tỉnh tổ chức hội nghị.').organizers.map((o) => o.name);
    expect(names).toEqual(['Ban Quản lý Khu kinh tế tỉnh']);
  });

  it('does not take an owner or a venue in an opening phrase for the organiser', () => {
    const names = (t: string) => article(t).organizers.map((o) => o.name);
    expect(names('Được sự đồng ý của UBND tỉnh, Sở Văn hóa tỉnh Gia Lai tổ chức liên hoan cồng chiêng.')).toEqual(['Sở Văn hóa tỉnh Gia Lai']);
    expect(names('Sáng 8/3, tại hội trường UBND xã, Hội Phụ nữ xã Ea Tu tổ chức tọa đàm.')).toEqual(['Hội Phụ nữ xã Ea Tu']);
    expect(names('Bệnh viện Đa khoa Mỹ Đức, Sở Y tế Hà Nội tổ chức hội thảo.')).toEqual(['Bệnh viện Đa khoa Mỹ Đức, Sở Y tế Hà Nội']);
  });

  it('does not take a lower-case head inside another word for an organisation', () => {
    expect(article('Buổi lễ diễn ra tại hội trường UBND xã Ea Tu.').organizations.map((o) => o.name)).toEqual(['UBND xã Ea Tu']);
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

describe('organizations: a head that names its body alone', () => {
  it('takes no lower-case clause after "Huyện ủy", "Tỉnh đoàn", but a place', () => {
    expect(article('BTV Huyện ủy duyệt đại hội Đảng bộ xã Hoa Lâm nhiệm kỳ 2025-2030.').organizations.map((o) => o.name))
      .toEqual(['Huyện ủy', 'Đảng bộ xã Hoa Lâm nhiệm kỳ 2025-2030']);
    expect(article('Sáng 3/4, Tỉnh đoàn tổ chức hội thi.').organizations.map((o) => o.name)).toEqual(['Tỉnh đoàn']);
    expect(article('Sáng 3/4, Huyện ủy huyện Mường Khê tổ chức hội nghị.').organizations.map((o) => o.name)).toEqual(['Huyện ủy huyện Mường Khê']);
  });
});

describe('organizations: fields listed inside a name', () => {
  it('does not take people listed after an organisation and a comma into its name', () => {
    const orgs = article('Chiều 4/5, Trung tâm Văn hóa, Đinh Văn Bảo và Cù Thị Mơ trao quà cho học sinh.').organizations;
    expect(orgs.map((o) => o.name)).toEqual(['Trung tâm Văn hóa']);
  });
});

describe('organizations: a field in lower case after "và" inside a name', () => {
  const names = (line: string) => article(line).organizations.map((o) => o.name);
  it('goes on with the fields when the field before "và" is in lower case too', () => {
    expect(names('Sáng 5/7, Công đoàn Thông tin và truyền thông Việt Nam tổ chức lễ phát động.')).toEqual(['Công đoàn Thông tin và truyền thông Việt Nam']);
    expect(names('Ngày 28/1, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh phối hợp với Quỹ Thiện Tâm trao quà.')).toEqual([
      'Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh', 'Quỹ Thiện Tâm',
    ]);
    expect(names('Sáng 3/2, Bộ Tài nguyên và môi trường tổ chức hội nghị.')).toEqual(['Bộ Tài nguyên và môi trường']);
  });

  it('ends the name before "và" and another party, a number, a place or a verb', () => {
    expect(names('Sáng 3/2, Bộ Tài chính và hơn 250 doanh nghiệp dự hội nghị.')).toEqual(['Bộ Tài chính']);
    expect(names('Sáng 3/2, Hội Nông dân và nhân dân xã tham gia.')).toEqual(['Hội Nông dân']);
    expect(names('Chương trình do Hệ thống Y tế Vinmec phối hợp cùng Bộ Y tế xây dựng và triển khai.').at(-1)).toBe('Bộ Y tế');
    expect(names('Sáng 3/2, Sở Nội vụ và bầu Trung tâm Lưu trữ tỉnh làm việc.')).toEqual(['Sở Nội vụ', 'Trung tâm Lưu trữ tỉnh']);
    // After a place the name is whole: "và" joins another party.
    expect(names('Sáng 3/2, UBND tỉnh Lâm Đồng và lực lượng vũ trang tỉnh dâng hương.')).toEqual(['UBND tỉnh Lâm Đồng']);
  });
});

describe('organizations: words that open like a head', () => {
  it('reads no body in an event noun ("Hội thao") nor in a sector named after "ngành"', () => {
    const names = article('Hội thao ngành Ngân hàng tỉnh Hòa Lâm do Ngân hàng Nhà nước chi nhánh Hòa Lâm tổ chức.').organizations.map((o) => o.name);
    expect(names).toEqual(['Ngân hàng Nhà nước chi nhánh Hòa Lâm']);
  });
});

describe('organizations: a head that is also the organising verb', () => {
  it('reads "TỔ CHỨC" in a line in capitals as the verb, "Tổ chức" in running text as a head', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('HUYỆN ĐOÀN MỸ XUYÊN TỔ CHỨC HỘI TRẠI TÒNG QUÂN')).not.toContain('TỔ CHỨC HỘI TRẠI TÒNG QUÂN');
    expect(names('Sáng 2/3, Tổ chức Y tế Thế giới khuyến cáo các nước tiêm vắc xin.')).toEqual(['Tổ chức Y tế Thế giới']);
  });
});

describe('organizations: a name in a line in capitals', () => {
  it('ends the name where the event it holds is named ("… XÃ X TỌA ĐÀM …"), not at the event head after the head alone', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('HỘI NÔNG DÂN XÃ HÒA BÌNH TỌA ĐÀM KỶ NIỆM NGÀY THÀNH LẬP HỘI')[0]).toBe('HỘI NÔNG DÂN XÃ HÒA BÌNH');
    // Right after the head the event is the committee's own name.
    expect(names('BAN TỔ CHỨC HỘI THI TIN HỌC TRẺ THÔNG BÁO LỊCH THI')[0]).toMatch(/^BAN TỔ CHỨC HỘI THI/);
  });
});

describe('organizations: two countries joined by a dash inside a name', () => {
  const names = (line: string) => article(line).organizations.map((o) => o.name);

  it('reads "Việt - Lào", "Việt Nam - Hàn Quốc" as part of the name', () => {
    expect(names('Sáng 2/3, Hội Hữu nghị Việt - Lào tỉnh Hòa Lâm đã thăm các gia đình chính sách.')).toEqual(['Hội Hữu nghị Việt - Lào tỉnh Hòa Lâm']);
    expect(names('Sáng 2/3, Trường THPT Việt Nam - Hàn Quốc khai giảng năm học mới.')).toEqual(['Trường THPT Việt Nam - Hàn Quốc']);
  });

  it('ends the name at a dash before a person\'s name', () => {
    expect(names('Sáng 2/3, Công ty Hòa Phong - Lê Minh Hà ký hợp đồng thuê đất.')).toEqual(['Công ty Hòa Phong']);
  });
});

describe('organizations: a newspaper and the body it belongs to', () => {
  it('reads "Thời báo", "Nhật báo" and "Tuần báo" as heads', () => {
    const names = (line: string) => article(line).organizations.map((o) => o.name);
    expect(names('Thời báo Kinh tế miền Trung tổ chức cuộc thi viết.')).toEqual(['Thời báo Kinh tế miền Trung']);
    expect(names('Tuần báo Văn nghệ Sông Lam mở chuyên mục mới.')).toEqual(['Tuần báo Văn nghệ Sông Lam']);
    // Not as the second word of a lower-case noun.
    expect(names('Các nhà báo thời báo chí in tổ chức cuộc thi viết.')).toEqual([]);
  });

  it('ends a name before "thuộc" and another organisation, and the organiser chain joins the owner', () => {
    const parsed = article('Ngày 2-7, tại Huế, Thời báo Văn học nghệ thuật thuộc Liên hiệp các Hội Văn học nghệ thuật Sông Lam tổ chức trao giải cuộc thi viết.');
    expect(parsed.organizations.map((o) => o.name)).toEqual(['Thời báo Văn học nghệ thuật', 'Liên hiệp các Hội Văn học nghệ thuật Sông Lam']);
    expect(parsed.organizers.map((o) => o.name)).toEqual(['Thời báo Văn học nghệ thuật thuộc Liên hiệp các Hội Văn học nghệ thuật Sông Lam']);
    expect(article('Trung tâm Giáo dục thường xuyên trực thuộc Sở Giáo dục tỉnh Lai Châu tổ chức tập huấn.').organizers.map((o) => o.name))
      .toEqual(['Trung tâm Giáo dục thường xuyên trực thuộc Sở Giáo dục tỉnh Lai Châu']);
    // "thuộc" before no organisation ends the name too.
    expect(article('Trường Tiểu học Hoa Sen thuộc diện khó khăn nhất huyện.').organizations.map((o) => o.name)).toEqual(['Trường Tiểu học Hoa Sen']);
  });
});

describe('organizations: a quoted name inside the name', () => {
  const names = (line: string) => article(line).organizations.map((o) => o.name);
  it('reads a quoted name right after the head or a capitalised word, and the place after it', () => {
    const line = 'Sáng 2/3, Ban Vận động Quỹ “Vì người nghèo” huyện Hòa Lâm đã tổ chức lễ phát động.';
    expect(names(line)).toEqual(['Ban Vận động Quỹ “Vì người nghèo” huyện Hòa Lâm']);
    expect(article(line).organizers.map((o) => o.name)).toEqual(['Ban Vận động Quỹ “Vì người nghèo” huyện Hòa Lâm']);
    expect(names('Sáng 2/3, Câu lạc bộ “Nắng sân trường” xã Tân Hòa ra mắt.')).toEqual(['Câu lạc bộ “Nắng sân trường” xã Tân Hòa']);
    // A quoted title after the organising verb is the event's, not the body's.
    expect(names('Sáng 2/3, Hội Nông dân huyện tổ chức hội thi “Nhà nông đua tài”.')).toEqual(['Hội Nông dân huyện']);
  });
});

describe('organizations: a committee named by its purpose in lower case', () => {
  const names = (line: string) => article(line).organizations.map((o) => o.name);

  it('reads a long lower-case purpose up to the unit that closes the name before the verb', () => {
    const line = 'Sáng 5/3, Ban chỉ đạo vận động hiến máu tình nguyện tỉnh phối hợp với Hội Chữ thập đỏ tỉnh tổ chức ngày hội hiến máu.';
    expect(names(line)).toEqual(['Ban chỉ đạo vận động hiến máu tình nguyện tỉnh', 'Hội Chữ thập đỏ tỉnh']);
    expect(article(line).organizers.map((o) => o.name)).toEqual(['Ban chỉ đạo vận động hiến máu tình nguyện tỉnh', 'Hội Chữ thập đỏ tỉnh']);
    // With no organising verb or link after the unit, the long run is no name.
    expect(names('Ban chỉ đạo vận động hiến máu tình nguyện tỉnh họp sơ kết.')).toEqual(['Ban chỉ đạo']);
  });

  it('reads the long lower-case name up to its unit when its short form in brackets stands before the verb', () => {
    const line = 'Sáng 5/3, Ban chỉ đạo vận động hiến máu tình nguyện huyện (Ban Chỉ đạo) phối hợp với Hội Chữ thập đỏ huyện tổ chức ngày hội hiến máu.';
    expect(article(line).organizers.map((o) => o.name)).toEqual(['Ban chỉ đạo vận động hiến máu tình nguyện huyện', 'Hội Chữ thập đỏ huyện']);
    // A bracket and no organising verb or link after it still ends no name.
    expect(names('Ban chỉ đạo vận động hiến máu tình nguyện huyện (Ban Chỉ đạo) họp sơ kết.')).not.toContain('Ban chỉ đạo vận động hiến máu tình nguyện huyện');
  });

  it('reads a long lower-case name up to a unit abbreviated and glued to its place ("TP.Hòa Bình")', () => {
    const line = 'Cuối tuần qua, Trung tâm Quản lý bảo tồn di tích lịch sử TP.Hòa Bình tổ chức trưng bày cổ vật.';
    expect(names(line)).toEqual(['Trung tâm Quản lý bảo tồn di tích lịch sử TP.Hòa Bình']);
    // A glued unit with no organising verb after its place ends no name.
    expect(names('Trung tâm Quản lý bảo tồn di tích lịch sử TP.Hòa Bình xuống cấp.')).toEqual(['Trung tâm Quản lý']);
  });

  it('ends a head with no name yet at "và" ("Ban chỉ đạo và Tổ giúp việc"), not a name\'s fields ("Sở Tài nguyên và Môi trường")', () => {
    expect(names('Thành viên Ban chỉ đạo và Tổ giúp việc họp sáng nay.')).toEqual(['Ban chỉ đạo']);
    expect(names('Sở Tài nguyên và Môi trường họp sáng nay.')).toEqual(['Sở Tài nguyên và Môi trường']);
  });
});

describe('organizations: an organising verb written with a capital', () => {
  it('reads "Tổ chức" before an event noun as the verb, but as a head before a name', () => {
    expect(article('Tổ chức Hội thi nông dân giỏi cấp huyện năm 2024.').organizations.map((o) => o.name)).toEqual([]);
    expect(article('Tổ chức Y tế Thế giới khuyến cáo người dân tiêm phòng cúm.').organizations.map((o) => o.name)).toEqual(['Tổ chức Y tế Thế giới']);
  });
});

describe('organizations: a hometown association', () => {
  it('reads "Hội đồng hương" as a hometown association\'s head, not a council\'s nor nothing', () => {
    expect(article('Hội đồng hương Ninh Bình tại Ba Lan vừa chính thức ra mắt.').organizations.map((o) => o.name)).toEqual(['Hội đồng hương Ninh Bình tại Ba Lan']);
  });
});

describe('organizations: a field of two capitalised words before a dash', () => {
  const names = (line: string) => article(line).organizations.map((o) => o.name);

  it('joins "Sở Văn Hóa - Thể thao và Du lịch", written with a capital, as "Sở Văn hóa - …" is joined', () => {
    expect(names('Ngày 9/8, Hội Mỹ thuật phối hợp với Sở Văn Hóa - Thể thao và Du lịch tỉnh Hoa Lâm tổ chức triển lãm.'))
      .toEqual(['Hội Mỹ thuật', 'Sở Văn Hóa - Thể thao và Du lịch tỉnh Hoa Lâm']);
    // Not a second body after the dash.
    expect(names('Ngày 9/8, Sở Văn Hóa - Hội Nông dân tỉnh trao quà.')).toEqual(['Sở Văn Hóa', 'Hội Nông dân tỉnh']);
  });
});

describe('organizations: a head that closes a place\'s name', () => {
  it('reads no "Phòng 2013" in "… đồng bằng sông Hồng - Hải Phòng 2013", nor "Phòng ước đạt …" in "Hải Phòng ước đạt …"', () => {
    expect(article('Tối 11-5, Tuần Văn hóa - Du lịch đồng bằng sông Hồng - Hải Phòng 2013 đã khai mạc.').organizations).toEqual([]);
    expect(article('Năm nay, sản lượng hàng hóa thông qua cảng biển Hải Phòng ước đạt 35 triệu tấn.').organizations).toEqual([]);
  });

  it('reads no body in a place\'s name a head opens ("Hội An", "Trường Sa"), and the place inside a body\'s name', () => {
    expect(article('Ngày 28/10, chợ Hội An diện tích hơn 8.000m2 đón khách, tàu ra quần đảo Trường Sa.').organizations).toEqual([]);
    expect(article('Ngày 28/10, UBND TP. Hội An tổ chức diễn tập.').organizations.map((o) => o.name)).toEqual(['UBND TP. Hội An']);
  });
});

describe('organizations: a body\'s district after a dash', () => {
  it('reads "Trường THPT X – Hoài Đức" whole before the organising verb, and a second body after a dash as another', () => {
    const names = (line: string) => article(line).organizers.map((o) => o.name);
    expect(names('Sáng 20/11, Trường THPT Vạn Xuân – Hoài Đức long trọng tổ chức lễ mít tinh.')).toEqual(['Trường THPT Vạn Xuân – Hoài Đức']);
    expect(names('Sáng 20/11, Trường THPT Vạn Xuân – Trường THCS Lê Lợi tổ chức lễ mít tinh.')).toEqual(['Trường THPT Vạn Xuân', 'Trường THCS Lê Lợi']);
    expect(names('Sáng 20/11, Trường THPT Vạn Xuân – Hội Khuyến Học tổ chức lễ mít tinh.')).toEqual(['Trường THPT Vạn Xuân', 'Hội Khuyến Học']);
  });
});

describe('organizations: a field of two words with its first syllable capitalised only', () => {
  it('reads "Bộ Giao thông vận tải" whole before a name or a verb that ends no name', () => {
    expect(article('Chiều 22/8, Bộ trưởng Bộ Giao thông vận tải Lê Văn Tám đến thăm Cục Hàng hải Việt Nam.').organizations.map((o) => o.name))
      .toEqual(['Bộ Giao thông vận tải', 'Cục Hàng hải Việt Nam']);
  });
});
