import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/read/index.js';
import { extractPeople, resolvePerson } from '../../src/extract/people.js';
import { createArticle } from '../../src/model/article.js';
import { nameKey, peopleNameKeys } from '../../src/extract/people/registry.js';

const article = (...lines: string[]) => parseArticle(['Tiêu đề bài viết thử', ...lines].join('\n'), { path: 't.txt' });
const people = (...lines: string[]) => article(...lines).people.map((p) => ({ name: p.name, role: p.role }));
/** The document and its article, for resolvePerson, which takes both. */
const parsedAndExtracted = (text: string) => {
  const d = parse(text, { path: 't.txt' });
  return { d, a: extract(d) };
};

describe('people: honorific and name', () => {
  it('reads a full name after a form of address and a role after a dash', () => {
    expect(people('Dự lễ có ông Đỗ Quang Vinh – Phó Giám đốc Sở Y tế Lạng Sơn và nhiều khách mời.')).toEqual([
      { name: 'Đỗ Quang Vinh', role: 'Phó Giám đốc Sở Y tế Lạng Sơn' },
    ]);
  });

  it('reads a role across an acronym in brackets that glosses its organisation, before the name or after it', () => {
    expect(people('Sáng 2/4, nguyên Chủ tịch Hội Cựu chiến binh (CCB) tỉnh Lò Văn Thắm trao nhà cho hội viên.')).toEqual([
      { name: 'Lò Văn Thắm', role: 'nguyên Chủ tịch Hội Cựu chiến binh (CCB) tỉnh' },
    ]);
    expect(people('Dự lễ có ông Lò Văn Thắm, Chủ tịch Liên đoàn Lao động (LĐLĐ) huyện và đông đảo đoàn viên.')).toEqual([
      { name: 'Lò Văn Thắm', role: 'Chủ tịch Liên đoàn Lao động (LĐLĐ) huyện' },
    ]);
    // A bracket that is no acronym still ends the role.
    expect(people('Dự lễ có ông Lò Văn Thắm, Chủ tịch Hội Nông dân (nhiệm kỳ mới) và đông đảo hội viên.')).toEqual([
      { name: 'Lò Văn Thắm', role: 'Chủ tịch Hội Nông dân' },
    ]);
  });

  it('reads an honorary chairmanship ("Chủ tịch danh dự") as a post, not a stop at "dự"', () => {
    expect(people('Chiều 4/2, Hội Khuyến học tỉnh trao học bổng. Chủ tịch danh dự Hội Khuyến học tỉnh Lò Văn Thắm đến dự.')).toEqual([
      { name: 'Lò Văn Thắm', role: 'Chủ tịch danh dự Hội Khuyến học tỉnh' },
    ]);
  });

  it('reads a bare full name held up as an example ("tấm gương đạo đức Hồ Chí Minh") as a person, not one in an organisation\'s name', () => {
    expect(people('Sáng 2/3, Huyện đoàn tổ chức hội thi kể chuyện về tấm gương đạo đức Hồ Chí Minh cho đoàn viên.')).toEqual([{ name: 'Hồ Chí Minh', role: null }]);
    expect(people('Các em học sinh noi gương Võ Thị Sáu chăm ngoan, học giỏi.')).toEqual([{ name: 'Võ Thị Sáu', role: null }]);
    expect(people('Sáng 2/3, Đoàn TNCS Hồ Chí Minh huyện tổ chức hội thi.')).toEqual([]);
  });

  it('reads a bare full name after a work\'s quoted title and "của" as its author\'s', () => {
    expect(people('Giải nhì thuộc về tác phẩm “Mùa gặt trên bản” của Lò Văn Thắm và tác phẩm “Chợ phiên” của Hà Thị Mỷ.'))
      .toEqual([{ name: 'Lò Văn Thắm', role: null }, { name: 'Hà Thị Mỷ', role: null }]);
    // Not a body's name after "của" ("sự quan tâm của Trường …"), with no title before it.
    expect(people('Các em cảm ơn sự quan tâm của Lò Văn Thắm Group.')).toEqual([]);
  });

  it('reads a monk\'s or nun\'s form of address ("Sư thầy", "Sư cô") before the name', () => {
    expect(people('Trong đó, Sư thầy Thích Minh Đạo và nhóm thiện nguyện hỗ trợ 110 triệu đồng.')).toEqual([{ name: 'Thích Minh Đạo', role: 'Sư thầy' }]);
  });

  it('reads the post somebody "đắc cử" as their role, a union member\'s "ĐVCĐ" as a post, and ends a role at "thôi"', () => {
    expect(people('Ban Thường vụ gồm 5 đồng chí, đồng chí Lò Văn Thắm đắc cử Chủ tịch Hội.')).toEqual([{ name: 'Lò Văn Thắm', role: 'Chủ tịch Hội' }]);
    expect(people('Công đoàn trao 45 triệu đồng cho chị Hà Thị Mỷ, ĐVCĐ Trường Mầm non Tân Hòa.')).toEqual([{ name: 'Hà Thị Mỷ', role: 'ĐVCĐ Trường Mầm non Tân Hòa' }]);
    expect(people('Ông Lò Văn Thắm, Chủ tịch Hội Nông dân huyện thôi tham gia công tác Hội do tuổi cao.')).toEqual([{ name: 'Lò Văn Thắm', role: 'Chủ tịch Hội Nông dân huyện' }]);
  });

  it('keeps the academic prefix in the honorific, not the name', () => {
    const [p] = article('Buổi tọa đàm do PGS.TS. Lương Thị Hảo dẫn dắt.').people;
    expect(p).toMatchObject({ name: 'Lương Thị Hảo', honorific: 'PGS.TS.' });
  });

  it('reads an academician ("Viện sĩ") as an academic prefix, after a professor\'s title and a dash too', () => {
    const names = article('Hội gắn với tên tuổi các bậc thầy như Giáo sư Hồ Văn An, Giáo sư – Viện sĩ Tôn Thất Bình, Giáo sư Lê Văn Cường.').people.map((p) => p.name);
    expect(names).toEqual(['Hồ Văn An', 'Tôn Thất Bình', 'Lê Văn Cường']);
    expect(article('Dự lễ có Viện sĩ Nguyễn Văn Hiệu.').people).toMatchObject([{ name: 'Nguyễn Văn Hiệu', honorific: 'Viện sĩ' }]);
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

describe('people: foreign names and envoys', () => {
  it('reads a foreign name\'s middle initial ("Donald J. Trump"), not a Vietnamese name ending a sentence', () => {
    expect(people('Đại sứ Phi-líp-pin Jerril G. Santos phát biểu tại buổi lễ.')).toEqual([{ name: 'Jerril G. Santos', role: 'Đại sứ Phi-líp-pin' }]);
    expect(people('Buổi lễ có ông Nguyễn Văn B. Sau đó, đoàn đi thăm trường.').map((p) => p.name)).toEqual(['Nguyễn Văn B']);
  });

  it('reads a country after "Đại sứ" as the post\'s, the name after "tại …"', () => {
    expect(people('Phát biểu tại lễ kỷ niệm, Đại sứ Sri Lanka tại Việt Nam Prasanna Gamage cho biết, hai nước có quan hệ lâu đời.'))
      .toEqual([{ name: 'Prasanna Gamage', role: 'Đại sứ Sri Lanka tại Việt Nam' }]);
  });

  it('reads a foreigner\'s two-word name after a title in a list as the next person, not more of a role', () => {
    expect(people('Tham dự có Đại sứ Việt Nam tại Nhật Bản Lê Quang Hiếu, Thứ trưởng Bộ Ngoại giao Nhật Bản Komura Masahiro cùng nhiều khách mời.')).toEqual([
      { name: 'Lê Quang Hiếu', role: 'Đại sứ Việt Nam tại Nhật Bản' },
      { name: 'Komura Masahiro', role: 'Thứ trưởng Bộ Ngoại giao Nhật Bản' },
    ]);
  });

  it('reads a place name ending in a place word ("Hải Lăng") before the next name in a list as the next person\'s title', () => {
    expect(people('Tham dự có Bí thư Tỉnh đoàn Quảng Trị Trần Thị Thu, Bí thư Huyện ủy Hải Lăng Lê Thế Quảng và nhiều cán bộ.')).toEqual([
      { name: 'Trần Thị Thu', role: 'Bí thư Tỉnh đoàn Quảng Trị' },
      { name: 'Lê Thế Quảng', role: 'Bí thư Huyện ủy Hải Lăng' },
    ]);
    // A school named after a person stays the role's.
    expect(people('Tham dự có ông Trần Văn Ba, Hiệu trưởng Trường Đại học Phạm Văn Đồng và nhiều khách mời.')).toEqual([
      { name: 'Trần Văn Ba', role: 'Hiệu trưởng Trường Đại học Phạm Văn Đồng' },
    ]);
  });

  it('reads a dash joining two posts as one role when the name after the next comma has a role of its own', () => {
    expect(people('Tham dự có ông Lê Ánh Dương - Phó Bí thư - Chủ tịch UBND tỉnh, bà Lâm Thị Hương Thành - UVBTV, Phó Chủ tịch tỉnh.')).toEqual([
      { name: 'Lê Ánh Dương', role: 'Phó Bí thư - Chủ tịch UBND tỉnh' },
      { name: 'Lâm Thị Hương Thành', role: 'UVBTV, Phó Chủ tịch tỉnh' },
    ]);
  });

  it('ends a role after a name at the verb of sponsoring ("tài trợ")', () => {
    expect(people('Ông Trần Hoàng Long - Giám đốc Công ty Linh Hoàng Long tài trợ Trường Tiểu học Đức Lâm 5 tỉ đồng xây dựng cơ sở vật chất.')).toEqual([
      { name: 'Trần Hoàng Long', role: 'Giám đốc Công ty Linh Hoàng Long' },
    ]);
  });

  it('ends a role at acting on another\'s authority ("thừa ủy nhiệm") and an organisation at a manner adverb ("nhiệt tình")', () => {
    expect(people('Đồng chí Lê Hữu Lộc, Chủ tịch UBND tỉnh thừa ủy nhiệm Bộ trưởng Bộ Văn hóa trao bằng di tích.')).toEqual([
      { name: 'Lê Hữu Lộc', role: 'Chủ tịch UBND tỉnh' },
    ]);
    const names = parseArticle(['Tiêu đề', 'Ban Lãnh đạo Bảo tàng tỉnh Hòa Lâm nhiệt tình đón tiếp đoàn công tác.'].join('\n'), { path: 't.txt' }).organizations.map((o) => o.name);
    expect(names).toEqual(['Ban Lãnh đạo Bảo tàng tỉnh Hòa Lâm']);
  });

  it('ends a role at "long trọng" opening the next clause, before a hospital\'s campus is read as a name', () => {
    expect(people('Sáng 19/12, được sự đồng ý của Thủ tướng Chính phủ, Bộ Y tế long trọng tổ chức Lễ khánh thành Bệnh viện Bạch Mai Cơ sở 2.')).toEqual([]);
  });

  it('reads a grower ("nhà vườn") as what a named person is, and keeps "Hội Nông dân" whole', () => {
    expect(people('Giải nhất xoài cát Hòa Lộc trao cho nhà vườn Huỳnh Văn Phiên (huyện Cao Lãnh, tỉnh Đồng Tháp).')).toEqual([
      { name: 'Huỳnh Văn Phiên', role: 'nhà vườn' },
    ]);
    expect(people('Ông Võ Chí Hùng, Phó Chủ tịch Hội Nông dân tỉnh phát biểu.')).toEqual([{ name: 'Võ Chí Hùng', role: 'Phó Chủ tịch Hội Nông dân tỉnh' }]);
  });

  it('reads an embassy\'s counsellor and attaché ("Tham tán", "Tùy viên") as posts', () => {
    expect(people('Dự lễ có ông Somsak Vongsa, Tham tán Văn hóa Đại sứ quán Lào tại Việt Nam.'))
      .toEqual([{ name: 'Somsak Vongsa', role: 'Tham tán Văn hóa Đại sứ quán Lào tại Việt Nam' }]);
    expect(people('Tùy viên Quốc phòng Lê Văn Hải phát biểu tại buổi lễ.')).toEqual([{ name: 'Lê Văn Hải', role: 'Tùy viên Quốc phòng' }]);
  });

  it('ends a role before seeing off, welcoming or a picture given ("tiễn", "đón", "bức ảnh")', () => {
    expect(people('Đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh tiễn Bộ trưởng Ngoại giao Bùi Thanh Sơn tại cửa khẩu.')).toEqual([
      { name: 'Đoàn Thu Hà', role: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Bùi Thanh Sơn', role: 'Bộ trưởng Ngoại giao' },
    ]);
    expect(people('Ông Lê Văn Sơn tặng Đại sứ Lào bức ảnh Chủ tịch Hồ Chí Minh.').find((p) => p.name === 'Hồ Chí Minh')?.role).toBe('Chủ tịch');
  });
});

describe('people: Party committee membership and ethnic family names', () => {
  it('reads a committee membership, spelled out or abbreviated, as the head of a role after the name', () => {
    expect(people(
      'Dự họp có đồng chí Vi Thị Hạnh, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh.',
      'Ông Lò Văn Pấng - TUV, Giám đốc Sở Nông nghiệp báo cáo tại hội nghị.',
    )).toEqual([
      { name: 'Vi Thị Hạnh', role: 'Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh' },
      { name: 'Lò Văn Pấng', role: 'TUV, Giám đốc Sở Nông nghiệp' },
    ]);
  });

  it('reads the standing committee of a Party committee abbreviated ("TVTU", "TVHU") as the head of a role after a dash', () => {
    expect(people(
      'Tại điểm cầu tỉnh, đồng chí Lò Văn Hải - TVTU, Phó Chủ tịch thường trực UBND tỉnh chủ trì; đồng chí Vi Thị Mai - TVHU, Trưởng Ban Tuyên giáo Huyện ủy dự.',
    )).toEqual([
      { name: 'Lò Văn Hải', role: 'TVTU, Phó Chủ tịch thường trực UBND tỉnh' },
      { name: 'Vi Thị Mai', role: 'TVHU, Trưởng Ban Tuyên giáo Huyện ủy' },
    ]);
  });

  it('reads "ĐUV", "ĐBQH" and "CHT" as the head of a role after the name', () => {
    expect(people(
      'Tiếp xúc cử tri có bà Lò Thị Mai, ĐBQH đơn vị tỉnh và ông Vi Văn Tú, Phó Chủ tịch HĐND huyện.',
      'Dự lễ có ông Hà Văn Tịnh CHT BCHQS xã; ông Lê Văn Dũng ĐUV Chủ tịch Hội Nông dân xã.',
    )).toEqual([
      { name: 'Lò Thị Mai', role: 'ĐBQH đơn vị tỉnh' },
      { name: 'Vi Văn Tú', role: 'Phó Chủ tịch HĐND huyện' },
      { name: 'Hà Văn Tịnh', role: 'CHT BCHQS xã' },
      { name: 'Lê Văn Dũng', role: 'ĐUV Chủ tịch Hội Nông dân xã' },
    ]);
  });

  it('reads "UV" for a committee member, and a post after a comma written in lower case before its body', () => {
    const [p] = article('Ngày 3/5, đồng chí Lò Văn Pấng - UV BCH TW Hội NDVN, chủ tịch Hội Nông dân tỉnh Hòa Lâm dự hội nghị.').people;
    expect([p.role, p.organization]).toEqual(['UV BCH TW Hội NDVN, chủ tịch Hội Nông dân tỉnh Hòa Lâm', 'Hội Nông dân tỉnh Hòa Lâm']);
    // A lower-case post after the comma that heads no body named next lists others' business.
    expect(people('Dự có ông Lò Văn Pấng, Giám đốc Sở Nông nghiệp, chủ tịch xã và người dân.'))
      .toEqual([{ name: 'Lò Văn Pấng', role: 'Giám đốc Sở Nông nghiệp' }]);
  });

  it('reads a full name whose given name spells a province, but not an organisation ending in one', () => {
    expect(people(
      'Phó Thủ tướng Thường trực Chính phủ Lê Thái Bình và Bộ trưởng Kha Văn Lực trao bằng khen.',
      'Đoàn Trường Đại học Nông Lâm Vĩnh Long dự lễ.',
    )).toEqual([
      { name: 'Lê Thái Bình', role: 'Phó Thủ tướng Thường trực Chính phủ' },
      { name: 'Kha Văn Lực', role: 'Bộ trưởng' },
    ]);
  });

  it('reads a name with a Tày, Nùng or Dao family name opening a list', () => {
    expect(people('Các đồng chí: Chẩu Văn Thắm, Bí thư Huyện ủy; Phàn Thị Dung, Chủ tịch UBND huyện chủ trì.').map((p) => p.name))
      .toEqual(['Chẩu Văn Thắm', 'Phàn Thị Dung']);
  });

  it('ends a role before a verb of summing up, promising or listing', () => {
    expect(people(
      'Đồng chí Mạc Văn Lưu, Bí thư Chi bộ, Giám đốc khái quát kết quả nửa năm.',
      'Ông Quách Đình Phú - Bí thư Huyện ủy hứa: huyện sẽ giải quyết dứt điểm.',
    )).toEqual([
      { name: 'Mạc Văn Lưu', role: 'Bí thư Chi bộ, Giám đốc' },
      { name: 'Quách Đình Phú', role: 'Bí thư Huyện ủy' },
    ]);
  });

  it('reads a name opening with a family name the lexicon lacks when "Thị" follows it, not without', () => {
    expect(people('Nhóm tác giả Đỗ Minh Khang, Thèn Thị Lan, Hà Văn Tú đoạt giải nhì.').map((p) => p.name)).toEqual(['Đỗ Minh Khang', 'Thèn Thị Lan', 'Hà Văn Tú']);
    expect(people('Dự lễ có bà Thèn Thị Lan, Chủ tịch Hội Phụ nữ xã.')).toEqual([{ name: 'Thèn Thị Lan', role: 'Chủ tịch Hội Phụ nữ xã' }]);
    expect(people('Sau đó, Thèn Thị Lan phát biểu cảm ơn các nhà hảo tâm.').map((p) => p.name)).toEqual(['Thèn Thị Lan']);
    // Another middle name, or "Thị" with no given name after it, makes no name of an unlisted word.
    expect(people('Sau đó, Thèn Văn Lan phát biểu cảm ơn các nhà hảo tâm.')).toEqual([]);
    expect(people('Nhóm tác giả Đỗ Minh Khang, Thèn Thị đoạt giải nhì.').map((p) => p.name)).toEqual(['Đỗ Minh Khang']);
  });
});

describe('people: a role ends at the act of a ceremony', () => {
  it('ends a role before "bế mạc", "kết luận", "khai giảng"', () => {
    expect(people('Ông Lê Minh Giang – Chủ tịch HĐND huyện bế mạc kỳ họp lần thứ 5, HĐND huyện khóa XIX.'))
      .toEqual([{ name: 'Lê Minh Giang', role: 'Chủ tịch HĐND huyện' }]);
    expect(people('Bà Trần Thị Mai – Phó Giám đốc Sở Y tế kết luận hội nghị.')).toEqual([{ name: 'Trần Thị Mai', role: 'Phó Giám đốc Sở Y tế' }]);
  });

  it('ends a role before an anniversary in either spelling ("kỷ niệm", "kỉ niệm")', () => {
    const roles = (s: string) => people(s).map((p) => p.role);
    expect(roles('Chúc mừng giáo viên nhà trường nhân dịp kỉ niệm 40 năm thành lập, Thứ trưởng Bộ GD&ĐT Lê Thị Hoa đã trao quà.'))
      .toEqual(['Thứ trưởng Bộ GD&ĐT']);
  });
});

describe('people: a list of officials, each title before the name', () => {
  it('ends a role at the next title running into its name, past a "và" and a common word inside the body\'s name', () => {
    expect(people('Chiều 19-9, Giám đốc Sở Công thương Võ Nguyên Nam, Giám đốc Sở Tài nguyên và Môi trường Nguyễn Sĩ Lâm và Giám đốc Ngân hàng Nhà nước chi nhánh An Giang Nguyễn Tuấn Dũng đã cùng chủ trì hội nghị.'))
      .toEqual([
        { name: 'Võ Nguyên Nam', role: 'Giám đốc Sở Công thương' },
        { name: 'Nguyễn Sĩ Lâm', role: 'Giám đốc Sở Tài nguyên và Môi trường' },
        { name: 'Nguyễn Tuấn Dũng', role: 'Giám đốc Ngân hàng Nhà nước chi nhánh An Giang' },
      ]);
    expect(people('Chiều 19-9, Giám đốc Sở Công thương Võ Nguyên Nam, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Nguyễn Sĩ Lâm đã cùng chủ trì hội nghị.'))
      .toEqual([{ name: 'Võ Nguyên Nam', role: 'Giám đốc Sở Công thương' }, { name: 'Nguyễn Sĩ Lâm', role: 'Giám đốc Sở Nông nghiệp và Phát triển nông thôn' }]);
    // A school named after a person stays in the role.
    expect(people('Thầy Lê Văn Tám, Hiệu trưởng Trường Nguyễn Văn Trỗi phát biểu.')).toEqual([{ name: 'Lê Văn Tám', role: 'Hiệu trưởng Trường Nguyễn Văn Trỗi' }]);
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

  it('reads a chain of roles joined by a dash, before or after the name', () => {
    expect(people(
      'Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Hà Minh Tuệ phát biểu.',
      'Dự có ông Lục Văn Sằn - UVBTV - Trưởng ban Dân vận Tỉnh ủy.',
    )).toEqual([
      { name: 'Hà Minh Tuệ', role: 'Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy' },
      { name: 'Lục Văn Sằn', role: 'UVBTV - Trưởng ban Dân vận Tỉnh ủy' },
    ]);
  });

  it('does not join, across a dash, the next person\'s title and name to a role', () => {
    expect(people('Dự có ông Phí Văn Lâm - Giám đốc Sở Tư pháp - Phó Giám đốc Sở Tư pháp Kim Thị Hoa.')).toEqual([
      { name: 'Phí Văn Lâm', role: 'Giám đốc Sở Tư pháp' },
      { name: 'Kim Thị Hoa', role: 'Phó Giám đốc Sở Tư pháp' },
    ]);
  });

  it('gives a plural title to each holder listed after a colon or in brackets', () => {
    expect(people(
      'Chủ trì có các Phó Chủ tịch UBND tỉnh: Lê Văn Vịnh, Dương Tất Hải và Giám đốc Sở Tài chính Trần Tú Lan.',
      'Cùng dự có 2 Phó Giám đốc Sở (ông Hà Văn Đông, bà Kim Thị Nhạn).',
    )).toEqual([
      { name: 'Lê Văn Vịnh', role: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Dương Tất Hải', role: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Trần Tú Lan', role: 'Giám đốc Sở Tài chính' },
      { name: 'Hà Văn Đông', role: 'Phó Giám đốc Sở' },
      { name: 'Kim Thị Nhạn', role: 'Phó Giám đốc Sở' },
    ]);
  });

  it('reads no holders after a singular title or a bracketed remark', () => {
    expect(people('Phó Chủ tịch UBND tỉnh (đứng giữa) trao cờ cho các đơn vị.', 'Các Phó Chủ tịch UBND tỉnh (bìa trái) dự.')).toEqual([]);
  });

  it('ends a listed role at a comma before the name of an event', () => {
    expect(people('Dưới sự chủ trì của các đồng chí: Mai Văn Tư, Bí thư Huyện ủy; Tạ Thị Lụa, Phó Bí thư Huyện ủy, Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ huyện đã diễn ra.')).toEqual([
      { name: 'Mai Văn Tư', role: 'Bí thư Huyện ủy' },
      { name: 'Tạ Thị Lụa', role: 'Phó Bí thư Huyện ủy' },
    ]);
  });

  it('reads academic prefixes glued into one word before a name', () => {
    expect(article('Dự có TS.BS Lê Thị Bảo, GS.TS.NGƯT Phan Văn Đức và PGS.TS.BS Kiều Minh Sơn.').people).toMatchObject([
      { name: 'Lê Thị Bảo', honorific: 'TS.BS' },
      { name: 'Phan Văn Đức', honorific: 'GS.TS.NGƯT' },
      { name: 'Kiều Minh Sơn', honorific: 'PGS.TS.BS' },
    ]);
  });

  it('reads a specialist doctor\'s grade with a space before its numeral ("BSCK II")', () => {
    expect(article('Đoàn gồm TS. BS Vũ Văn Bình, BSCK II Lê Quang Tâm và BSCK I Hà Thị Lan tham gia đợt khám.').people).toMatchObject([
      { name: 'Vũ Văn Bình' }, { name: 'Lê Quang Tâm', honorific: 'BSCK II' }, { name: 'Hà Thị Lan', honorific: 'BSCK I' },
    ]);
  });

  it('ends a role at an academic prefix that opens a name', () => {
    expect(people(
      'Hội thảo có đại diện các viện uy tín như GS.TS Hoàng Văn Tạo - Viện Sử học.',
      'Hội thảo có ông Lâm Văn Bá, Ủy viên Hội đồng Giáo sư ngành Hóa học, Phó Chủ tịch Hội Hóa học Việt Nam và Giáo sư Kenji Mori, Chủ tịch Hội Hóa học Nhật Bản cùng dự.',
    )).toEqual([
      { name: 'Hoàng Văn Tạo', role: 'Viện Sử học' },
      { name: 'Lâm Văn Bá', role: 'Ủy viên Hội đồng Giáo sư ngành Hóa học, Phó Chủ tịch Hội Hóa học Việt Nam' },
      { name: 'Kenji Mori', role: 'Chủ tịch Hội Hóa học Nhật Bản' },
    ]);
  });

  it('does not take the next person\'s title and name after a comma for more of a role', () => {
    expect(people(
      'Dự có Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Đàm Văn Hữu, Trưởng ban Dân vận Tỉnh ủy Nông Thị Pha.',
      'Cùng dự có ông Vũ Đình Kha, Hiệu trưởng Trường Đại học Lê Văn Tám.',
    )).toEqual([
      { name: 'Đàm Văn Hữu', role: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
      { name: 'Nông Thị Pha', role: 'Trưởng ban Dân vận Tỉnh ủy' },
      { name: 'Vũ Đình Kha', role: 'Hiệu trưởng Trường Đại học Lê Văn Tám' },
    ]);
  });

  it('reads the next person\'s title and name after a comma though a city\'s unit ends its "phố" (not a street named after him)', () => {
    expect(people(
      'Dự lễ có Phó Bí thư Thành ủy Phạm Văn Long, Phó Chủ tịch UBND thành phố Trần Văn Bình.',
      'Cùng dự có ông Lê Minh Tâm, Phó Bí thư Thành đoàn Đỗ Thị Hằng và bà Vũ Thu Hà.',
    )).toEqual([
      { name: 'Phạm Văn Long', role: 'Phó Bí thư Thành ủy' },
      { name: 'Trần Văn Bình', role: 'Phó Chủ tịch UBND thành phố' },
      { name: 'Lê Minh Tâm', role: null },
      { name: 'Đỗ Thị Hằng', role: 'Phó Bí thư Thành đoàn' },
      { name: 'Vũ Thu Hà', role: null },
    ]);
  });

  it('reads a title before a name after a place word, a comma or a plain "cùng" (role written before the name)', () => {
    expect(people(
      'Dự có Phó Chủ tịch Hội Khuyến học tỉnh Văn Thị Thanh Hà.',
      'Dự có ông Lê Minh Tâm, Phó Vụ trưởng Vụ Giáo dục Thường xuyên, Bộ GD&ĐT Vũ Thị Tú Anh.',
      'Dự có Trưởng Phòng GD&ĐT quận Phạm Sỹ Tuyên, cùng các đồng chí là lãnh đạo.',
      'Lớp học do Chi hội trưởng hội phụ nữ khối Hải Triều Nguyễn Thị Hoa làm chủ nhiệm.',
    )).toEqual([
      { name: 'Văn Thị Thanh Hà', role: 'Phó Chủ tịch Hội Khuyến học tỉnh' },
      { name: 'Lê Minh Tâm', role: null },
      { name: 'Vũ Thị Tú Anh', role: 'Phó Vụ trưởng Vụ Giáo dục Thường xuyên, Bộ GD&ĐT' },
      { name: 'Phạm Sỹ Tuyên', role: 'Trưởng Phòng GD&ĐT quận' },
      { name: 'Nguyễn Thị Hoa', role: 'Chi hội trưởng hội phụ nữ khối Hải Triều' },
    ]);
  });

  it('reads the players a game names before their names ("kỳ thủ", "tay vợt"), and still a name opening "Võ Sĩ"', () => {
    expect(people(
      'BTC đã trao giải nhất cho kỳ thủ Nguyễn Xuân Hiền đơn vị xã Tân Thắng, giải nhì là tay vợt Phạm Ngọc Hoàng.',
      'Dự lễ có ông Võ Sĩ Khoa, Chủ tịch Hội Xuất bản Việt Nam.',
    )).toEqual([
      { name: 'Nguyễn Xuân Hiền', role: 'kỳ thủ' },
      { name: 'Phạm Ngọc Hoàng', role: 'tay vợt' },
      { name: 'Võ Sĩ Khoa', role: 'Chủ tịch Hội Xuất bản Việt Nam' },
    ]);
  });

  it('reads a bare full name set off by commas after a title as its holder, not one a dash gives a role of its own', () => {
    expect(people('Đại sứ Việt Nam tại Ba Lan, Vũ Đăng Dũng, cảm ơn sự phối hợp của Ban tổ chức.')).toEqual([
      { name: 'Vũ Đăng Dũng', role: 'Đại sứ Việt Nam tại Ba Lan' },
    ]);
    expect(people('Tới dự có đồng chí Trương Hồng Phúc - Chủ tịch HĐND huyện, Lê Minh Giang – Phó Bí thư thường trực.')).toEqual([
      { name: 'Trương Hồng Phúc', role: 'Chủ tịch HĐND huyện' },
      { name: 'Lê Minh Giang', role: 'Phó Bí thư thường trực' },
    ]);
  });

  it('does not take a two-syllable newspaper name after a title for the next person', () => {
    expect(people('Dự có Kha Văn Lợi, Phó Tổng Biên tập báo Tiền Phong; Lò Thị Vân, Phóng viên báo Nhân Dân.')).toEqual([
      { name: 'Kha Văn Lợi', role: 'Phó Tổng Biên tập báo Tiền Phong' },
      { name: 'Lò Thị Vân', role: 'Phóng viên báo Nhân Dân' },
    ]);
  });

  it('reads a country whose name opens with a family name as a place, and the foreign name after it', () => {
    expect(people(
      'Dự có Đại biện lâm thời Đại sứ quán Lào tại Mông Cổ Bounmy Sitthideth và Đại sứ Hà Lan Pieter Groot.',
    )).toEqual([
      { name: 'Bounmy Sitthideth', role: 'Đại biện lâm thời Đại sứ quán Lào tại Mông Cổ' },
      { name: 'Pieter Groot', role: 'Đại sứ Hà Lan' },
    ]);
  });

  it('reads a conductor and a spouse introduced by "phu nhân"', () => {
    expect(people('Thủ tướng Đàm Quốc An và phu nhân Lã Thị Thu dự buổi hòa nhạc do nhạc trưởng Tạ Minh Châu chỉ huy.')).toEqual([
      { name: 'Đàm Quốc An', role: 'Thủ tướng' },
      { name: 'Lã Thị Thu', role: null },
      { name: 'Tạ Minh Châu', role: 'nhạc trưởng' },
    ]);
  });

  it('keeps a comma inside an organisation name of the role', () => {
    expect(article('Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ của Quốc hội Tăng Văn Phúc dự.').people).toMatchObject([
      { name: 'Tăng Văn Phúc', role: 'Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ của Quốc hội', organization: 'Ủy ban Khoa học, Công nghệ của Quốc hội' },
    ]);
  });

  it('joins a rank written before the name with the role after it', () => {
    expect(people('Thượng tá Lục Văn Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, trao quà.')).toEqual([
      { name: 'Lục Văn Bình', role: 'Thượng tá, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
    ]);
  });

  it("reads a governor and a Lao province's chief as titles before the name", () => {
    expect(people('Phó Thống đốc Ngân hàng Nhà nước Đào Minh Tú phát biểu tại hội nghị.')).toEqual([
      { name: 'Đào Minh Tú', role: 'Phó Thống đốc Ngân hàng Nhà nước' },
    ]);
    expect(people('Bí thư, Tỉnh trưởng Khamlay Sipaseuth nhấn mạnh ý nghĩa của công trình.')).toEqual([
      { name: 'Khamlay Sipaseuth', role: 'Bí thư, Tỉnh trưởng' },
    ]);
  });

  it('ends a role before a prize won ("đạt giải")', () => {
    expect(people('Em Phùng Bách Trung, học sinh lớp 2E đạt giải nhất cuộc thi viết chữ đẹp.')).toEqual([
      { name: 'Phùng Bách Trung', role: 'học sinh lớp 2E' },
    ]);
  });

  it("reads a unit's political commissar as a role after the rank and name", () => {
    expect(people('Thiếu tá Mạc Văn Hùng, Chính trị viên Đồn Biên phòng Bo Heng cho biết, đồn đã giúp dân.')).toEqual([
      { name: 'Mạc Văn Hùng', role: 'Thiếu tá, Chính trị viên Đồn Biên phòng Bo Heng' },
    ]);
  });
});

describe('people: bare names', () => {
  it('reads a bare full name that opens a clause before a verb', () => {
    expect(people('Buổi lễ kết thúc lúc 11h. Cao Thị Hải Yến phát biểu cảm ơn.').map((p) => p.name)).toEqual(['Cao Thị Hải Yến']);
  });

  it('reads a bare full name and its aside in brackets before how the person looked ("hào hứng")', () => {
    expect(people('Nguyễn Thị Mỹ Hạnh (khoa Kinh tế, Trường ĐH Văn Lang) hào hứng mong chờ ngày hội hiến máu.').map((p) => p.name)).toEqual(['Nguyễn Thị Mỹ Hạnh']);
  });

  it('does not read streets, monuments or school namesakes before a verb', () => {
    expect(people('Đường Phan Đình Phùng đang được mở rộng. Trường THCS Trần Quốc Toản đã khai giảng.')).toEqual([]);
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

describe('people: titles and names of many kinds', () => {
  it('reads abbreviated and professional titles before a name; "tác giả" is no title', () => {
    expect(people('PCT UBND huyện Đào Văn Quý và HLV Kim Sang-woo cùng tác giả Mạc Thị Duyên dự lễ.')).toEqual([
      { name: 'Đào Văn Quý', role: 'PCT UBND huyện' },
      { name: 'Kim Sang-woo', role: 'HLV' },
      { name: 'Mạc Thị Duyên', role: null },
    ]);
  });

  it('reads no person in a place after a unit written with a capital ("UBND Huyện Châu Phú"), but a given name that is a unit\'s word', () => {
    expect(people('Dự có Chủ tịch UBND Huyện Châu Phú và Trưởng trạm Khuyến Nông Huyện Châu Phú.')).toEqual([]);
    expect(people('Dự có Chủ tịch UBND Xã Châu Phú Nguyễn Văn An.')).toEqual([{ name: 'Nguyễn Văn An', role: 'Chủ tịch UBND Xã Châu Phú' }]);
    expect(people('Ông Phan Hữu Huyện, Trưởng phòng Giáo dục, phát biểu.').map((p) => p.name)).toEqual(['Phan Hữu Huyện']);
  });

  it('reads a stage name after an artistic title, but not a place', () => {
    expect(people('NSƯT Thu Quế hát mở màn; NSND Hải Phòng Xanh thì không có.').map((p) => p.name)).toEqual(['Thu Quế']);
    // Nor a body after a degree ("các tân Cử nhân Trường Đại học X").
    expect(people('Lễ trao bằng cho 150 tân Kỹ sư và Cử nhân Khoa Cơ khí, các tân Cử nhân Trường Đại học Hòa Lâm.')).toEqual([]);
  });

  it('reads a stage or pen name after an artist\'s profession, and the next artist after a comma', () => {
    expect(people('Buổi giao lưu tưởng nhớ đạo diễn Hải Ninh và nhạc sĩ Văn Cao.')).toEqual([
      { name: 'Hải Ninh', role: 'đạo diễn' },
      { name: 'Văn Cao', role: 'nhạc sĩ' },
    ]);
    expect(people('Diễn viên Thu Hà, đạo diễn Đặng Nhật Minh tham dự buổi chiếu phim.')).toEqual([
      { name: 'Thu Hà', role: 'Diễn viên' },
      { name: 'Đặng Nhật Minh', role: 'đạo diễn' },
    ]);
    // The same profession again after the first stage name opens the next artist, not a role.
    expect(people('Biểu diễn có nghệ sĩ Minh Tâm, nghệ sĩ Thu Hà và ca sĩ Quang Linh.')).toEqual([
      { name: 'Minh Tâm', role: 'nghệ sĩ' },
      { name: 'Thu Hà', role: 'nghệ sĩ' },
      { name: 'Quang Linh', role: 'ca sĩ' },
    ]);
    // A place after the profession is no name ("ca sĩ Hà Nội"), nor a lower-case word.
    expect(people('Nhiều ca sĩ Hà Nội và nhà thơ trẻ tham gia.')).toEqual([]);
    // The older "-sỹ" spelling, before a full name and a stage name.
    expect(people('Tham dự có họa sỹ Nguyễn Thị Hoa và ca sỹ Mỹ Linh.')).toEqual([
      { name: 'Nguyễn Thị Hoa', role: 'họa sỹ' },
      { name: 'Mỹ Linh', role: 'ca sỹ' },
    ]);
  });

  it('reads a post and a name of two syllables after a comma as the next person ("…, Chủ tịch nước Lương Cường")', () => {
    expect(people('Dự hội nghị có Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường.')).toEqual([
      { name: 'Tô Lâm', role: 'Tổng Bí thư' },
      { name: 'Lương Cường', role: 'Chủ tịch nước' },
    ]);
    // After an organisation's head two syllables are its name ("báo Tiền Phong").
    expect(people('Dự có ông Lê Văn An, Tổng Biên tập báo Tiền Phong.')).toEqual([{ name: 'Lê Văn An', role: 'Tổng Biên tập báo Tiền Phong' }]);
  });

  it('reads two syllables after the Government or the National Assembly as a name, which those bodies never take', () => {
    expect(people('Dự có Thứ trưởng Bộ Công an Nguyễn Văn Long, Phó Chủ nhiệm Văn phòng Chính phủ Cao Huy, Thứ trưởng Bộ Tư pháp Phạm Đức Long.')).toEqual([
      { name: 'Nguyễn Văn Long', role: 'Thứ trưởng Bộ Công an' },
      { name: 'Cao Huy', role: 'Phó Chủ nhiệm Văn phòng Chính phủ' },
      { name: 'Phạm Đức Long', role: 'Thứ trưởng Bộ Tư pháp' },
    ]);
    expect(people('Dự lễ có Phó Thủ tướng Chính phủ Đỗ Minh và Phó Chủ nhiệm Văn phòng Quốc hội Lê Nam.')).toEqual([
      { name: 'Đỗ Minh', role: 'Phó Thủ tướng Chính phủ' },
      { name: 'Lê Nam', role: 'Phó Chủ nhiệm Văn phòng Quốc hội' },
    ]);
    // Another body's head still takes two capitalised syllables as its own name.
    expect(people('Dự có ông Lê Văn An, Phó Giám đốc Trung tâm Hồng Hà.')).toEqual([{ name: 'Lê Văn An', role: 'Phó Giám đốc Trung tâm Hồng Hà' }]);
  });

  it('ends a post set off by a dash at the comma before the next person\'s rank and name', () => {
    expect(people('Dự lễ có Thiếu tướng Lê Văn An - Giám đốc Công an tỉnh, Đại tá Trần Minh Đức - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Chủ tịch UBND tỉnh Hoàng Thị Lan.')).toEqual([
      { name: 'Lê Văn An', role: 'Thiếu tướng, Giám đốc Công an tỉnh' },
      { name: 'Trần Minh Đức', role: 'Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
      { name: 'Hoàng Thị Lan', role: 'Phó Chủ tịch UBND tỉnh' },
    ]);
    // Set off by a comma, the post and the rank before a name are one person's.
    expect(people('Dự lễ có ông Lê Văn An, Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang.')).toEqual([
      { name: 'Lê Văn An', role: null },
      { name: 'Phan Văn Giang', role: 'Bộ trưởng Bộ Quốc phòng, Đại tướng' },
    ]);
  });

  it('reads a list of bare full names as people ("các kỳ thủ như A, B, C")', () => {
    expect(people('Giải quy tụ nhiều kỳ thủ mạnh như Lê Văn Hùng, Trần Thị Minh Thu (12 tuổi, Nghệ An), Phạm Quốc Bảo.')).toEqual([
      { name: 'Lê Văn Hùng', role: null },
      { name: 'Trần Thị Minh Thu', role: null },
      { name: 'Phạm Quốc Bảo', role: null },
    ]);
    // Not streets listed after a place word, nor schools after a school type.
    expect(people('Các tuyến đường Nguyễn Văn Linh, Nguyễn Hữu Thọ, Trần Hưng Đạo được trang trí.')).toEqual([]);
    expect(people('Học sinh các trường THPT Nguyễn Thị Minh Khai, Lê Quý Đôn, Nguyễn Hữu Tiến dự thi.')).toEqual([]);
  });

  it('reads a bare full name before a verb past its aside in brackets ("A (thôn X) đoạt giải nhì")', () => {
    expect(people('Kết quả, giải nhất thuộc về đội chủ nhà; Phạm Văn Huy (thôn Đức Phổ 1) đoạt giải nhì.')).toEqual([{ name: 'Phạm Văn Huy', role: null }]);
    expect(people('Sinh viên Lê Minh Anh (năm thứ hai) cho biết, nhóm đã được tập huấn.')).toEqual([{ name: 'Lê Minh Anh', role: 'Sinh viên' }]);
    // A school that wins is no person, and its name ends before the verb.
    expect(people('Trường THPT Lê Quý Đôn (Hòa Lâm) giành giải Nhất toàn đoàn.')).toEqual([]);
  });

  it('ends a role at a vote cast ("… Bí thư Tỉnh ủy bỏ phiếu tại …")', () => {
    expect(people('Sáng 22/5, đồng chí Nguyễn Văn An – Bí thư Tỉnh ủy bỏ phiếu tại khu vực số 4.')).toEqual([{ name: 'Nguyễn Văn An', role: 'Bí thư Tỉnh ủy' }]);
  });

  it('reads a second titled stage name after a comma as the next person, not as the first one\'s role', () => {
    expect(people('NSND Thu Quế, NSƯT Minh Hằng chia sẻ kỷ niệm về đạo diễn đã khuất.')).toEqual([
      { name: 'Thu Quế', role: 'NSND' },
      { name: 'Minh Hằng', role: 'NSƯT' },
    ]);
  });

  it("reads names with an apostrophe and minority family names", () => {
    expect(people('Bà Ksor H\'Bla, Phó Chủ tịch xã, và ông Giàng A Páo dự họp.').map((p) => p.name)).toEqual(['Ksor H\'Bla', 'Giàng A Páo']);
    // A listed guest with no form of address, by a Hmong family name ("Chá").
    expect(people('Dự buổi lễ có các đồng chí: Nguyễn Hữu Đông, Phó Bí thư Tỉnh ủy; Chá A Của, Ủy viên Ban Thường vụ Tỉnh ủy.').map((p) => p.name))
      .toEqual(['Nguyễn Hữu Đông', 'Chá A Của']);
  });

  it('reads a family name that is also a common word ("Văn", "Đường") after a form of address, in three syllables or more', () => {
    expect(people('Bà Văn Thị Kim Oanh, Chủ tịch Hội Phụ nữ xã, và đồng chí Đường Văn Khải dự họp.').map((p) => p.name)).toEqual(['Văn Thị Kim Oanh', 'Đường Văn Khải']);
    expect(people('Đường Nguyễn Văn Cừ được mở rộng; ông Văn Khải cũng dự họp.')).toEqual([]);
  });

  it('does not take two place syllables ending in a minor family name for a name', () => {
    expect(people('Cảm ơn các y bác sĩ, chiến sĩ tại hai trại Bình Lư và Nho Quan đã giúp đỡ.')).toEqual([]);
  });
});

describe('people: separators and remarks', () => {
  it('reads a lower-case role after a comma', () => {
    expect(people('TS. Hà Minh Quân, giảng viên Khoa Sinh học, trình bày tham luận.')).toEqual([
      { name: 'Hà Minh Quân', role: 'giảng viên Khoa Sinh học' },
    ]);
  });

  it('reads a role written before ", ông X" or before a dash', () => {
    expect(people('Thị trưởng Rivas, ông Carlos Medina, đón đoàn.', 'Phó Hiệu trưởng Nhà trường – Thân Thị Loan phát biểu.')).toEqual([
      { name: 'Carlos Medina', role: 'Thị trưởng Rivas' },
      { name: 'Thân Thị Loan', role: 'Phó Hiệu trưởng Nhà trường' },
    ]);
  });

  it('ends a role where the next person starts', () => {
    expect(people('Ông Đinh Văn Sáu – Trưởng ban Dân vận, Nhà báo Quản Minh Thư – Tổng Biên tập Báo Miền Tây dự họp.')).toEqual([
      { name: 'Đinh Văn Sáu', role: 'Trưởng ban Dân vận' },
      { name: 'Quản Minh Thư', role: 'Tổng Biên tập Báo Miền Tây' },
    ]);
  });

  it('takes an organisation in brackets as the role', () => {
    expect(people('Theo ThS Lại Văn Hòa (Viện Kinh tế học), thị trường sẽ phục hồi.')).toEqual([
      { name: 'Lại Văn Hòa', role: 'Viện Kinh tế học' },
    ]);
  });

  it('does not read a position after a list comma as a listed name', () => {
    expect(people('Có Đại tá Vương Văn Ba, Phó Tổng Biên tập Báo Quân khu, dự.').map((p) => p.name)).toEqual(['Vương Văn Ba']);
  });

  it('skips a bracketed remark between the name and the role', () => {
    expect(people('Chị Âu Thị Nga (thứ hai từ trái) – đại diện Công ty Dệt Hòa Bình nhận hoa.')).toEqual([
      { name: 'Âu Thị Nga', role: 'đại diện Công ty Dệt Hòa Bình' },
    ]);
  });
});

describe('people: where a role ends and whom it belongs to', () => {
  it('ends a role after a dash or comma at a predicate verb', () => {
    expect(people(
      'Cô Lạc Thị Thoa – Hiệu trưởng ôn lại chặng đường 30 năm của trường.',
      'Em Mai Gia Hân, học sinh lớp 9B xúc động kể lại kỷ niệm.',
      'Kỹ sư Ninh Văn Tú, cán bộ Trạm Khuyến nông huyện Lâm Hà hướng dẫn cách bón phân.',
      'Bác sĩ Khổng Thị Na, Trưởng khoa Nhi Bệnh viện tỉnh khuyến cáo phụ huynh.',
    )).toEqual([
      { name: 'Lạc Thị Thoa', role: 'Hiệu trưởng' },
      { name: 'Mai Gia Hân', role: 'học sinh lớp 9B' },
      { name: 'Ninh Văn Tú', role: 'cán bộ Trạm Khuyến nông huyện Lâm Hà' },
      { name: 'Khổng Thị Na', role: 'Trưởng khoa Nhi Bệnh viện tỉnh' },
    ]);
  });

  it('keeps "đến từ" and the place inside a role, and a position holding a verb\'s words', () => {
    const [runner] = article('“Tôi rất vui”, chị Quan Thị Lụa, vận động viên đến từ TP Hồ Chí Minh chia sẻ.').people;
    expect(runner).toMatchObject({ name: 'Quan Thị Lụa', role: 'vận động viên đến từ TP Hồ Chí Minh', organization: null });
    expect(people('Cô Lã Thị Nhàn, giáo viên hướng dẫn đội tuyển, nhận giấy khen.')).toEqual([
      { name: 'Lã Thị Nhàn', role: 'giáo viên hướng dẫn đội tuyển' },
    ]);
  });

  it('gives the role after the last name of a plural list to every name of it', () => {
    expect(people('Dự lễ có các ông Lò Văn Hải, Vi Đức Toàn và bà Nông Thị Duyên, Phó Chủ tịch UBND tỉnh Cao Bằng.')).toEqual([
      { name: 'Lò Văn Hải', role: 'Phó Chủ tịch UBND tỉnh Cao Bằng' },
      { name: 'Vi Đức Toàn', role: 'Phó Chủ tịch UBND tỉnh Cao Bằng' },
      { name: 'Nông Thị Duyên', role: 'Phó Chủ tịch UBND tỉnh Cao Bằng' },
    ]);
    expect(article('Có các ông Lò Văn Hải và bà Nông Thị Duyên, Phó Chủ tịch tỉnh.').people.map((p) => p.honorific)).toEqual(['ông', 'bà']);
  });

  it('reads the items of a plural list that tell more of each person than a role, after a semicolon or "và"', () => {
    expect(people('Tiêu biểu có các em: Hà Thu Trang, lớp 9A, Trường THCS Lê Lợi đạt giải Nhất môn Văn; Đinh Quang Huy, lớp 8B giành Huy chương Bạc và Phạm Ngọc Lan, Trường THCS Kim Đồng được khen thưởng.').map((p) => p.name))
      .toEqual(['Hà Thu Trang', 'Đinh Quang Huy', 'Phạm Ngọc Lan']);
    // Not past the sentence's end, nor without a plural marker; an item naming somebody else ends the list there.
    // (The items after the boundary name no class: a name before ", lớp" is a person in any case.)
    expect(people('Tiêu biểu có các em: Hà Thu Trang, lớp 9A. Lại Văn Tùng, Trường THCS Kim Đồng; Đinh Quang Huy, Trường THCS Lê Lợi.').map((p) => p.name)).toEqual(['Hà Thu Trang']);
    expect(people('Tiêu biểu có em Hà Thu Trang, lớp 9A; Đinh Quang Huy, Trường THCS Lê Lợi giành Huy chương Bạc.').map((p) => p.name)).toEqual(['Hà Thu Trang']);
    expect(people('Tiêu biểu có các em: Hà Thu Trang, con ông Lại Văn Tùng; Đinh Quang Huy, Trường THCS Lê Lợi.').map((p) => p.name)).toEqual(['Hà Thu Trang', 'Lại Văn Tùng']);
  });

  it('does not share the role of the last name of a list without a plural marker', () => {
    expect(people('Ông Lò Văn Hải, Vi Đức Toàn và bà Nông Thị Duyên, Phó Chủ tịch UBND tỉnh dự lễ.')).toEqual([
      { name: 'Lò Văn Hải', role: null },
      { name: 'Vi Đức Toàn', role: null },
      { name: 'Nông Thị Duyên', role: 'Phó Chủ tịch UBND tỉnh' },
    ]);
  });

  it('ends a role at "và" before the next person\'s title and name, not inside an organisation', () => {
    expect(people('Đến dự có Trung tướng Phan Văn Đức, Phó Tư lệnh Quân khu 4 và Đại tá Lê Minh Quân.')).toEqual([
      { name: 'Phan Văn Đức', role: 'Trung tướng, Phó Tư lệnh Quân khu 4' },
      { name: 'Lê Minh Quân', role: 'Đại tá' },
    ]);
    expect(people('Bà Lý Thu Hà, Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Giang dự lễ.')).toEqual([
      { name: 'Lý Thu Hà', role: 'Giám đốc Sở Tài nguyên và Môi trường tỉnh Hà Giang' },
    ]);
  });

  it('lets a person\'s own post replace "Đại diện X" written before the name', () => {
    expect(people(
      'Đại diện nhà tài trợ, ông Hầu Minh Phát, Giám đốc Công ty Sao Mai trao quà.',
      'Đại diện phụ huynh, bà Khúc Thị Yến phát biểu.',
    )).toEqual([
      { name: 'Hầu Minh Phát', role: 'Giám đốc Công ty Sao Mai' },
      { name: 'Khúc Thị Yến', role: 'Đại diện phụ huynh' },
    ]);
  });

  it('reads a voter named before the name ("Cử tri A (phường X) phản ánh") as the role, which a comma ends', () => {
    expect(people('Cử tri Ngô Minh Thảo Châu (phường Diên Hồng) phản ánh, dự án chống ngập kéo dài. Chung mối quan tâm, cử tri Huỳnh Thị Kim Tuyết cho biết, đường hay ngập.')).toEqual([
      { name: 'Ngô Minh Thảo Châu', role: 'Cử tri' },
      { name: 'Huỳnh Thị Kim Tuyết', role: 'cử tri' },
    ]);
    expect(people('Sau khi nghe ý kiến của cử tri, ông Nguyễn Thanh Quang, Đại biểu HĐND tỉnh đã trả lời.')).toEqual([{ name: 'Nguyễn Thanh Quang', role: 'Đại biểu HĐND tỉnh' }]);
  });

  it('reads a body named for its projects ("Ban Quản lý dự án …") on to the name, "dự" there being no verb', () => {
    expect(people('Giám đốc Ban quản lý các dự án đầu tư cơ sở hạ tầng ưu tiên Đà Nẵng Lê Thành Hưng cho biết, lượng hàng hóa tăng.')).toEqual([
      { name: 'Lê Thành Hưng', role: 'Giám đốc Ban quản lý các dự án đầu tư cơ sở hạ tầng ưu tiên Đà Nẵng' },
    ]);
    expect(people('Ông Nguyễn Đoàn Thành Công, Giám đốc dự án, cho biết nhà máy sẽ vận hành.')).toEqual([{ name: 'Nguyễn Đoàn Thành Công', role: 'Giám đốc dự án' }]);
    // "dự" alone still ends a role: "Giám đốc Sở dự lễ".
    expect(people('Ông Lê Văn An, Giám đốc Sở Y tế dự lễ khai mạc.')).toEqual([{ name: 'Lê Văn An', role: 'Giám đốc Sở Y tế' }]);
  });

  it('reads a post abbreviated and hyphened to the next ("TUV-Bí thư Huyện ủy") as the role', () => {
    expect(people('Dự có ông Lê Văn Trừ, TUV-Bí thư Huyện ủy A Lưới.')).toEqual([{ name: 'Lê Văn Trừ', role: 'TUV-Bí thư Huyện ủy A Lưới' }]);
  });

  it('takes a military rank before the name as the honorific and keeps it in the role', () => {
    const [p] = article('Thiếu tướng Mạc Đình Khôi, Chính ủy Quân khu 9 dự lễ.').people;
    expect(p).toMatchObject({ name: 'Mạc Đình Khôi', honorific: 'Thiếu tướng', role: 'Thiếu tướng, Chính ủy Quân khu 9' });
    // Written in lower case, as the press often does.
    expect(people('Anh Hưng là con trai của đại tá Lê Hãn; dự lễ có thượng tá Trần Văn Minh, Chỉ huy trưởng Ban CHQS huyện.')).toEqual([
      { name: 'Lê Hãn', role: 'đại tá' },
      { name: 'Trần Văn Minh', role: 'thượng tá, Chỉ huy trưởng Ban CHQS huyện' },
    ]);
  });

  it('reads a name after "tác giả" with no role', () => {
    expect(people('Giải Nhất thuộc về tác giả Lưu Bích Ngọc.')).toEqual([{ name: 'Lưu Bích Ngọc', role: null }]);
  });
});

describe('people: not people', () => {
  it('does not take a company, a country or a school namesake after a position for a person', () => {
    expect(people(
      'Tổng Giám đốc Mekong Global phát biểu.',
      'Tổng thống Hàn Quốc, hôm nay, thăm Việt Nam.',
      'Hiệu trưởng Trường THPT Chu Văn An cho biết.',
    )).toEqual([]);
    // The school type spelled out.
    expect(people(
      'Hiệu trưởng Trường Trung học phổ thông Chu Văn An cho biết.',
      'Năm học này, 27 học sinh ưu tú của khối 9 trường Trung học cơ sở Lê Hồng Phong được kết nạp Đoàn.',
    )).toEqual([]);
  });

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
    expect(resolvePerson(art, doc, 'phó giám đốc Sở Y tế')?.name).toBe('Mạc Thu Hương');
    expect(resolvePerson(art, doc, 'Giám đốc Sở Tôn Đức Lâm')?.name).toBe('Tôn Đức Lâm');
  });

  it('prefers the person mentioned last before the given offset when a title fits several', () => {
    const text = ['Tiêu đề', 'Ông Lục Văn An – Phó Giám đốc Sở Y tế dự lễ.', 'Bà Đàm Thị Bích – Phó Giám đốc Sở Y tế phát biểu.', 'Phó Giám đốc Sở Y tế nhấn mạnh.'].join('\n');
    const { d, a } = parsedAndExtracted(text);
    expect(resolvePerson(a, d, 'Phó Giám đốc Sở Y tế', text.lastIndexOf('Phó Giám đốc'))?.name).toBe('Đàm Thị Bích');
  });

  it('does not take a place or a school named after a person inside a role for that person', () => {
    const text = [
      'Tiêu đề',
      'Các em được nghe kể về thầy Chu Văn An và Chủ tịch Hồ Chí Minh.',
      'Cô Hà Thị Lài, giáo viên Trường THCS Chu Văn An, và anh Tạ Văn Khải, vận động viên đến từ TP Hồ Chí Minh, dự lễ.',
    ].join('\n');
    const { d, a } = parsedAndExtracted(text);
    expect(resolvePerson(a, d, 'giáo viên Trường THCS Chu Văn An')?.name).toBe('Hà Thị Lài');
    expect(resolvePerson(a, d, 'vận động viên đến từ TP Hồ Chí Minh')?.name).toBe('Tạ Văn Khải');
    expect(resolvePerson(a, d, 'Chủ tịch Hồ Chí Minh')?.name).toBe('Hồ Chí Minh');
  });

  it('matches a title against each role segment, and an abbreviation holding a comma in the whole role', () => {
    const text = [
      'Tiêu đề',
      'Ông Lý Văn Tài – Thứ trưởng Bộ VH,TT&DL dự lễ.',
      'Bà Ninh Thị Hoa – Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh phát biểu.',
    ].join('\n');
    const { d, a } = parsedAndExtracted(text);
    expect(a.people.map((p) => p.role)).toEqual(['Thứ trưởng Bộ VH,TT&DL', 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh']);
    expect(resolvePerson(a, d, 'Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch')?.name).toBe('Lý Văn Tài');
    expect(resolvePerson(a, d, 'Phó Chủ tịch Ủy ban nhân dân tỉnh')?.name).toBe('Ninh Thị Hoa');
    expect(resolvePerson(a, d, 'Chủ tịch Ủy ban nhân dân tỉnh')).toBeUndefined();
  });

  it('finds nobody for an unknown name or title', () => {
    expect(resolvePerson(art, doc, 'ông Tùng')).toBeUndefined();
    expect(resolvePerson(art, doc, 'Bộ trưởng')).toBeUndefined();
  });
});

describe('roles in an attendee list', () => {
  it('ends a role at a comma followed by a lower-case "đại diện" group', async () => {
    const { parseArticle } = await import('../../src/index.js');
    const a = parseArticle('Tiêu đề\nDự lễ có bà Lò Thị Sen – Giám đốc Sở Y tế, đại diện lãnh đạo Hội Chữ thập đỏ tỉnh cùng nhiều khách mời.\n');
    expect(a.people.map((p) => [p.name, p.role])).toEqual([['Lò Thị Sen', 'Giám đốc Sở Y tế']]);
  });
});

describe('peopleNameKeys', () => {
  it('gives the name key of every person, found by the registry kept on the document or listed by anyone', () => {
    const doc = parse('Tiêu đề bài viết thử\nDự lễ có ông Nguyễn Văn Hoà, bà Lê Thị Thuỷ và ông Trần Văn Đức.', { path: 't.txt' });
    const ctx = { doc, article: createArticle('t.txt'), options: {} };
    extractPeople(ctx);
    const found = ctx.article.people;
    expect(found.length).toBe(3);
    expect(peopleNameKeys(doc, found)).toEqual(found.map((p) => nameKey(p.name)));
    const listed = [{ name: 'Phạm  Thị Hoà', honorific: null, role: null, organization: null, evidence: [] }];
    expect(peopleNameKeys(doc, listed)).toEqual(['phạm thị hòa']);
  });
});

describe('people: words passed over before the rules', () => {
  it('counts as a lower-case opener every first word of an entry that matches in lower case', async () => {
    const { LOWER_CASE_OPENERS } = await import('../../src/extract/people/mentions.js');
    const { tokenize } = await import('../../src/extract/tokens.js');
    const { matchKey } = await import('../../src/core/text.js');
    const honorifics = await import('../../src/lexicon/vi/honorifics.js');
    const titles = await import('../../src/lexicon/vi/titles.js');
    const lowerCase = [
      ...honorifics.HONORIFICS, ...honorifics.PLURAL_MARKERS, ...titles.POSITION_MODIFIERS,
      ...[...honorifics.NAME_CUES, ...honorifics.ACADEMIC_TITLES, ...honorifics.RANKS, ...titles.POSITIONS].filter((e) => !/^\p{Lu}/u.test(e)),
    ];
    for (const entry of lowerCase) {
      // The entry's first word as it would stand in lower-case text.
      const text = entry.normalize('NFC').toLowerCase();
      const [first] = tokenize({ text, key: matchKey(text) }, 0, text.length);
      expect(LOWER_CASE_OPENERS.has(first), entry).toBe(true);
    }
  });

  it('lets every entry a mention may open with past the one-word / second-word test', async () => {
    const { ONE_WORD_OPENERS, OPENER_SECOND_WORDS } = await import('../../src/extract/people/mentions.js');
    const { tokenize } = await import('../../src/extract/tokens.js');
    const { matchKey } = await import('../../src/core/text.js');
    const honorifics = await import('../../src/lexicon/vi/honorifics.js');
    const titles = await import('../../src/lexicon/vi/titles.js');
    const entries = [
      ...honorifics.NAME_CUES, ...honorifics.PLURAL_MARKERS, ...honorifics.HONORIFICS, ...honorifics.ACADEMIC_TITLES,
      ...honorifics.RANKS, ...titles.POSITION_MODIFIERS, ...titles.POSITIONS,
    ];
    let checked = 0;
    for (const entry of entries) {
      // The entry as written and in lower case, with a name after it.
      for (const written of [entry.normalize('NFC'), entry.normalize('NFC').toLowerCase()]) {
        const text = `${written} Lê Văn An`;
        const tokens = tokenize({ text, key: matchKey(text) }, 0, text.length);
        expect(ONE_WORD_OPENERS.has(tokens[0]) || OPENER_SECOND_WORDS.has(tokens[1]), written).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Words that start entries but are none, followed by no second word, open nothing.
    const text = 'học hỏi, Đại lộ';
    const tokens = tokenize({ text, key: matchKey(text) }, 0, text.length);
    expect(ONE_WORD_OPENERS.has(tokens[0]) || OPENER_SECOND_WORDS.has(tokens[1])).toBe(false);
    expect(ONE_WORD_OPENERS.has(tokens[3]) || OPENER_SECOND_WORDS.has(tokens[4])).toBe(false);
  });

  it('still reads a lower-case position and a lower-case form of address', () => {
    expect(people('Phát biểu tại buổi lễ, phó chủ tịch UBND huyện Trần Văn Lâm nhấn mạnh vai trò của hội.')).toEqual([
      { name: 'Trần Văn Lâm', role: 'phó chủ tịch UBND huyện' },
    ]);
    expect(people('Buổi lễ có sự tham dự của các ông Lê Văn Tâm và Hồ Minh Quân.').map((p) => p.name)).toEqual(['Lê Văn Tâm', 'Hồ Minh Quân']);
  });
});

describe('isNativeSyllable', () => {
  // The syllable shape as a pattern over the text lower-cased without diacritics: what the
  // letter-by-letter reading must agree with.
  const SHAPE =
    /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uyu|uoi|uou|oai|oay|oao|oeo|uay|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|ie|oa|oe|oi|ua|ue|ui|uo|uy|uu|ya|ye|yu|[aeiouy])(?:ch|ng|nh|[cmnpt])?$/;
  const byPattern = (text: string) => SHAPE.test(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'));

  it('tells native syllables from foreign ones', async () => {
    const { isNativeSyllable } = await import('../../src/extract/people/names.js');
    for (const native of ['Nguyễn', 'Nghiêm', 'Khuyến', 'Đoàn', 'Quốc', 'Giang', 'ƯỚC', 'Hoà', 'Hòa', 'Tho\u0300']) expect(isNativeSyllable(native), native).toBe(true);
    for (const foreign of ['Keomanivong', 'Jimmy', 'Chae', 'Hang-seo', 'Bích1', 'Ǆam', 'Œu', '']) expect(isNativeSyllable(foreign), foreign).toBe(false);
  });

  it('agrees with the syllable pattern on random strings', async () => {
    const { isNativeSyllable } = await import('../../src/extract/people/names.js');
    const { seededRandom } = await import('../helpers.js');
    const random = seededRandom(11);
    const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƯÔàáảãạằắẳẵặầấẩẫậềếểễệìíịòóỏõọồốổộờớởỡợùúủũụừứửữựỳýỷỹỵjfwzß\u0301\u0300\u0323\u0483ǄİΣ'];
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 9); n > 0; n--) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(isNativeSyllable(text), text).toBe(byPattern(text));
    }
  });
});

describe('people: roles of a list of attendees, and titles seen on other sites', () => {
  it('keeps a chain of positions with the first person when the next, addressed, has a role of his own', () => {
    expect(people(
      'Dự buổi lễ có đồng chí Lương Văn Bảy – Huyện ủy viên, Bí thư Đảng ủy xã, Chủ tịch HĐND xã Tân Lộc, đồng chí Đinh Thị Mơ – Phó Chủ tịch UBND xã Tân Lộc.',
    )).toEqual([
      { name: 'Lương Văn Bảy', role: 'Huyện ủy viên, Bí thư Đảng ủy xã, Chủ tịch HĐND xã Tân Lộc' },
      { name: 'Đinh Thị Mơ', role: 'Phó Chủ tịch UBND xã Tân Lộc' },
    ]);
  });

  it('still gives a title before an addressed name to that name when none follows it', () => {
    expect(people('Đón đoàn có ông Lê Văn Tư, Giám đốc Sở Y tế, Thị trưởng thành phố Bremen, ông Hans Müller.')).toEqual([
      { name: 'Lê Văn Tư', role: 'Giám đốc Sở Y tế' },
      { name: 'Hans Müller', role: 'Thị trưởng thành phố Bremen' },
    ]);
  });

  it('ends a role at "đại diện cho" and at a manner adverb, not at "cơ quan đại diện"', () => {
    expect(people('Đồng chí Hà Văn Nhất, Chủ tịch UBND xã Tân Lộc đại diện cho lãnh đạo xã trao quà.')).toEqual([
      { name: 'Hà Văn Nhất', role: 'Chủ tịch UBND xã Tân Lộc' },
    ]);
    expect(people('Bà Hà Thị Nhung, Giám đốc Sở Du lịch trân trọng cảm ơn các doanh nghiệp.')).toEqual([
      { name: 'Hà Thị Nhung', role: 'Giám đốc Sở Du lịch' },
    ]);
    expect(people('Ông Hà Văn Nhất – trưởng cơ quan đại diện phía Bắc của tạp chí Ảnh Đẹp cho biết giải năm nay đông người dự.')).toEqual([
      { name: 'Hà Văn Nhất', role: 'trưởng cơ quan đại diện phía Bắc của tạp chí Ảnh Đẹp' },
    ]);
  });

  it('reads a soldier, a lower-case ambassador and a Chinese family name before the name', () => {
    expect(people('Giao lưu có Cựu quân nhân Hà Văn Nhất và đại sứ Chile Carlos Quispe Rojas.')).toEqual([
      { name: 'Hà Văn Nhất', role: 'Cựu quân nhân' },
      { name: 'Carlos Quispe Rojas', role: 'đại sứ Chile' },
    ]);
    expect(people('Đoàn do Bí thư thứ nhất Trung ương Đoàn Thanh niên Trung Quốc Uông Minh Lạc dẫn đầu.')).toEqual([
      { name: 'Uông Minh Lạc', role: 'Bí thư thứ nhất Trung ương Đoàn Thanh niên Trung Quốc' },
    ]);
  });
});

describe('people: a role with no separator after the name', () => {
  it('reads a position right after a name in a caption, cutting "Phó" off the name', () => {
    expect(people('PGS.TS Lương Văn Hải Phó Giám đốc Đại học Tây Nguyên phát biểu')).toEqual([
      { name: 'Lương Văn Hải', role: 'Phó Giám đốc Đại học Tây Nguyên' },
    ]);
    expect(people('Đó là em Lò Thị Mai Anh học sinh lớp 4 Trường Tiểu học Nà Hẩu.')).toEqual([
      { name: 'Lò Thị Mai Anh', role: 'học sinh lớp 4 Trường Tiểu học Nà Hẩu' },
    ]);
  });

  it('reads a position after "là"', () => {
    expect(people('Đoàn chủ tịch gồm ông Lương Văn Hải. ThS. Lò Thị Mai là thư ký hội nghị.')).toEqual([
      { name: 'Lương Văn Hải', role: null },
      { name: 'Lò Thị Mai', role: 'thư ký hội nghị' },
    ]);
  });

  it('reads "Từ" before a place\'s name as the preposition, not a family name ("Từ Hà Nội về …")', () => {
    expect(people('Từ Hà Nội về các huyện phía tây, người dân đi theo nút giao mới.')).toEqual([]);
    // After a form of address it is the family name.
    expect(people('Bà Từ Hà Giang phát biểu tại buổi lễ.')).toEqual([{ name: 'Từ Hà Giang', role: null }]);
  });

  it('reads "Đầu" and "Đậu" as family names ("Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng")', () => {
    expect(people('Dự hội nghị có Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng và ông Đậu Văn Hải.')).toEqual([
      { name: 'Đầu Thanh Tùng', role: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Đậu Văn Hải', role: null },
    ]);
    // "Đầu" opening a sentence is still the start of something ("Đầu năm", "Đầu Xuân").
    expect(people('Đầu Xuân Giáp Thìn, đoàn đến thăm các gia đình chính sách.')).toEqual([]);
  });

  it('reads a rare family name between a form of address and a post ("đồng chí Ngọc Kim Nam – Chủ tịch …")', () => {
    expect(people('Sau đó, đồng chí Ngọc Kim Nam – Chủ tịch UBND huyện phát biểu ý kiến.')).toEqual([
      { name: 'Ngọc Kim Nam', role: 'Chủ tịch UBND huyện' },
    ]);
    // Without the post, or without the form of address, nothing says it is a person.
    expect(people('Sau đó, đồng chí Ngọc Kim Nam phát biểu ý kiến.', 'Dự có Ngọc Kim Nam – Chủ tịch UBND huyện.')).toEqual([]);
  });

  it('ends a title at a rite of commemoration: no person named after "dâng hương khu di tích X"', () => {
    const headlined = (headline: string) => parseArticle([headline, 'Chiều 18/2, đoàn đã đến dâng hương tại khu di tích.'].join('\n'), { path: 't.txt' }).people;
    expect(headlined('Ban Bí thư Trung ương Đoàn dâng hương khu di tích Ngã ba Đồng Lộc')).toEqual([]);
    expect(headlined('Ban Bí thư Trung ương Đoàn viếng nghĩa trang liệt sĩ Hòa Lâm')).toEqual([]);
  });

  it('gives nobody the post acted for ("Thay mặt Chủ tịch UBND tỉnh, ông A …"), as it does a post in apposition', () => {
    expect(people('Thừa ủy quyền của Chủ tịch nước, đồng chí Lương Văn Hải, Bí thư Tỉnh ủy trao Huân chương Lao động.')).toEqual([
      { name: 'Lương Văn Hải', role: 'Bí thư Tỉnh ủy' },
    ]);
    expect(people('Thay mặt Chủ tịch UBND tỉnh, ông Lương Văn Hải trao bằng khen.', 'Thay mặt Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Lò Thị Mai trao cờ thi đua.')).toEqual([
      { name: 'Lương Văn Hải', role: null }, { name: 'Lò Thị Mai', role: 'Phó Chủ tịch UBND tỉnh' },
    ]);
    expect(people('Chủ tịch UBND tỉnh, ông Lương Văn Hải trao bằng khen.')).toEqual([{ name: 'Lương Văn Hải', role: 'Chủ tịch UBND tỉnh' }]);
  });

  it('reads the position a person is elected to ("được bầu làm", "được tín nhiệm được bầu là")', () => {
    expect(people('Ông Lương Văn Hải được bầu làm Chủ tịch Hội Khuyến học huyện nhiệm kỳ mới.')).toEqual([
      { name: 'Lương Văn Hải', role: 'Chủ tịch Hội Khuyến học huyện nhiệm kỳ mới' },
    ]);
    expect(people('Đại hội đã bầu 5 đồng chí vào Ban chấp hành; đồng chí Lò Thị Mai được tín nhiệm được bầu là Chủ tịch Hội.')).toEqual([
      { name: 'Lò Thị Mai', role: 'Chủ tịch Hội' },
    ]);
    // The longer copula, "giữ chức vụ" (not "giữ chức" and then "vụ"), and "bầu X vào chức vụ Y".
    expect(people('Đồng chí Lò Thị Mai được tín nhiệm bầu giữ chức vụ Bí thư Chi bộ.')).toEqual([{ name: 'Lò Thị Mai', role: 'Bí thư Chi bộ' }]);
    expect(people('Ban chấp hành đã bầu đồng chí Lương Văn Hải vào chức vụ Bí thư Đảng bộ Bệnh viện.')).toEqual([
      { name: 'Lương Văn Hải', role: 'Bí thư Đảng bộ Bệnh viện' },
    ]);
    // Elected to a body, not a position; "làm" as a verb.
    expect(people('Bà Lò Thị Mai được bầu vào Ban chấp hành.', 'Ông Lương Văn Hải làm việc tại xã.')).toEqual([
      { name: 'Lò Thị Mai', role: null }, { name: 'Lương Văn Hải', role: null },
    ]);
  });

  it('reads the post a person is appointed to or leaves, words such as "vừa", "cũng" or "thôi" before the verb', () => {
    expect(people('Tại buổi lễ, TS. Lương Văn Hải cũng được bổ nhiệm lại giữ chức vụ Phó Giám đốc Đại học Huế.')).toEqual([
      { name: 'Lương Văn Hải', role: 'Phó Giám đốc Đại học Huế' },
    ]);
    expect(people('PGS.TS Lò Thị Mai vừa được bổ nhiệm làm hiệu trưởng Trường Đại học Bách khoa.')).toEqual([
      { name: 'Lò Thị Mai', role: 'hiệu trưởng Trường Đại học Bách khoa' },
    ]);
    expect(people('Từ 1/10, PGS.TS Lương Văn Hải sẽ thôi làm nhiệm vụ Giám đốc Bệnh viện Phụ sản để làm công tác chuyên môn.')).toEqual([
      { name: 'Lương Văn Hải', role: 'Giám đốc Bệnh viện Phụ sản' },
    ]);
    // No post after the verb: none is read.
    expect(people('Ông Lương Văn Hải vừa được điều động về công tác tại xã.')).toEqual([{ name: 'Lương Văn Hải', role: null }]);
  });

  it('takes the last two syllables of a full name read before as that person ("Bộ trưởng Kim Tiến")', () => {
    expect(people('Bộ trưởng Y tế Lò Thị Kim Mai vừa trao quyết định bổ nhiệm.', 'Bộ trưởng Kim Mai cho biết ông đã gắn bó lâu dài với bệnh viện.')).toEqual([
      { name: 'Lò Thị Kim Mai', role: 'Bộ trưởng Y tế' },
    ]);
    // Before the full name, or ending another name, two syllables stay a person of their own.
    expect(people('Nghệ nhân Kim Mai hát mở màn.', 'Bà Lò Thị Thu Hà cảm ơn các nghệ nhân.')).toEqual([
      { name: 'Kim Mai', role: 'Nghệ nhân' }, { name: 'Lò Thị Thu Hà', role: null },
    ]);
  });

  it('does not read "đại diện" after a name as a role, nor a word that is no position', () => {
    expect(people('Bà Lò Thị Mai đại diện nhà tài trợ trao quà cho các em.')).toEqual([{ name: 'Lò Thị Mai', role: null }]);
    expect(people('Ông Lương Văn Hải là người đầu tiên đến dự.')).toEqual([{ name: 'Lương Văn Hải', role: null }]);
  });
});

describe('people: kin nouns and two-syllable bare names', () => {
  it('reads no person in a kin noun and a legendary two-syllable name before a dash', () => {
    expect(people('Chương trình có chủ đề “Tự hào con cháu Lạc Việt - Tuổi trẻ vươn xa” thu hút đông học sinh.')).toEqual([]);
    expect(people('Đêm diễn “Hồn thiêng Lạc Hồng - Doanh nhân trẻ vươn xa” kết thúc lúc 22 giờ.')).toEqual([]);
  });

  it('still reads a full name after a kin noun, and a two-syllable name after a common family name', () => {
    expect(people('Đoàn đến thăm con cháu Mai Văn Thưởng, Anh hùng Lực lượng vũ trang nhân dân.').map((p) => p.name)).toEqual(['Mai Văn Thưởng']);
    expect(people('Lê Hùng – Giám đốc Sở Du lịch dự lễ.')).toEqual([{ name: 'Lê Hùng', role: 'Giám đốc Sở Du lịch' }]);
  });
});

describe('people: roles of the genre', () => {
  it('keeps an alternate membership ("Ủy viên dự khuyết") and a co-head ("đồng Trưởng ban") in the role', () => {
    expect(people('Dự lễ có ông Hà Văn Tâm, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy.')).toEqual([
      { name: 'Hà Văn Tâm', role: 'Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy' },
    ]);
    expect(people('Ông Lý Quốc Bảo - Giám đốc Sở Du lịch, đồng Trưởng ban tổ chức cho biết giải đã sẵn sàng.')).toEqual([
      { name: 'Lý Quốc Bảo', role: 'Giám đốc Sở Du lịch, đồng Trưởng ban tổ chức' },
    ]);
  });

  it('reads a role that opens with "Đối tác" and a position holding a breaker\'s words', () => {
    expect(people('Tham gia tọa đàm còn có bà Ingrid Holm, Đối tác – Giám đốc điều hành Quỹ đầu tư Lindqvist, Thụy Điển.')).toEqual([
      { name: 'Ingrid Holm', role: 'Đối tác – Giám đốc điều hành Quỹ đầu tư Lindqvist, Thụy Điển' },
    ]);
  });

  it('reads a lower-case position after "kiêm"', () => {
    expect(people('Ông Khổng Minh Triết, Chủ tịch kiêm thư ký Hội Nuôi ong huyện Mường Khê, trao giải cho các nghệ nhân.')).toEqual([
      { name: 'Khổng Minh Triết', role: 'Chủ tịch kiêm thư ký Hội Nuôi ong huyện Mường Khê' },
    ]);
  });

  it('reads "TP. <city>" as a place inside a role, not as a person', () => {
    expect(people('TS. Âu Thị Ngọc Hà, Viện trưởng Viện Khoa học Môi trường TP. Hồ Chí Minh chủ trì phiên thảo luận.')).toEqual([
      { name: 'Âu Thị Ngọc Hà', role: 'Viện trưởng Viện Khoa học Môi trường TP. Hồ Chí Minh' },
    ]);
    expect(people('Sáng nay, Viện Sinh học TP. Hồ Chí Minh phối hợp với Hội Nông dân tổ chức hội thảo.')).toEqual([]);
  });

  it('keeps the quoted name of a club in a role', () => {
    expect(people('Bà Tạ Thu Hằng, Chủ nhiệm CLB “Nắng sân trường”, trao quà cho các em.')).toEqual([
      { name: 'Tạ Thu Hằng', role: 'Chủ nhiệm CLB “Nắng sân trường”' },
    ]);
  });

  it('reads no person in a fund named after one ("Quỹ học bổng X")', () => {
    expect(people('Bà Tạ Thu Hằng, Chủ tịch Quỹ học bổng Trần Đại Nghĩa trao quà cho các em.')).toEqual([
      { name: 'Tạ Thu Hằng', role: 'Chủ tịch Quỹ học bổng Trần Đại Nghĩa' },
    ]);
  });
});

describe('people: academic titles spelled "-sỹ"', () => {
  it('reads "Thạc sỹ" as a title opening the next person, not as more of a role', () => {
    expect(people('Ông Lê Văn Bình – Phó Giám đốc Đại học Hòn Ngọc và Thạc sỹ Đinh Thị Hoa – Trưởng ban Công tác sinh viên chủ trì hội nghị.')).toEqual([
      { name: 'Lê Văn Bình', role: 'Phó Giám đốc Đại học Hòn Ngọc' },
      { name: 'Đinh Thị Hoa', role: 'Trưởng ban Công tác sinh viên' },
    ]);
  });
});

describe('people: a role after a semicolon or a colon, and lists of bare names', () => {
  it('reads a position after a semicolon or a colon as the role of the name before it', () => {
    expect(people(
      'Đến dự có ông Kha Đình Lộc; Giám đốc Sở Công Thương tỉnh Yên Lạc và bà Mông Thị Sen: Chủ tịch Hội Phụ nữ huyện.',
    )).toEqual([
      { name: 'Kha Đình Lộc', role: 'Giám đốc Sở Công Thương tỉnh Yên Lạc' },
      { name: 'Mông Thị Sen', role: 'Chủ tịch Hội Phụ nữ huyện' },
    ]);
  });

  it('does not give the title of the next name in a semicolon list to the name before it', () => {
    expect(people(
      'Có mặt tại buổi lễ có Thứ trưởng Bộ Nội vụ Lã Văn Kiên; Phó Chủ tịch chuyên trách Hội Cựu chiến binh, nghệ thuật Đoàn Thị Lựu...và nhiều khách mời.',
      'Khách mời còn có ông Tiêu Văn Bổng; Phó Giám đốc Sở Xây dựng, bà Ngô Thị Huệ.',
    )).toEqual([
      { name: 'Lã Văn Kiên', role: 'Thứ trưởng Bộ Nội vụ' },
      { name: 'Tiêu Văn Bổng', role: null },
      { name: 'Ngô Thị Huệ', role: 'Phó Giám đốc Sở Xây dựng' },
    ]);
  });

  it('ends a role at "và" before the next bare name and its role', () => {
    expect(people('Tổ thẩm định gồm Quách Văn Thiện, Phó Giám đốc Sở Tư pháp và Nghiêm Thị Thu, Trưởng phòng Hành chính.')).toEqual([
      { name: 'Quách Văn Thiện', role: 'Phó Giám đốc Sở Tư pháp' },
      { name: 'Nghiêm Thị Thu', role: 'Trưởng phòng Hành chính' },
    ]);
  });

  it('reads bare names listed after "gồm" or "có sự tham dự của"', () => {
    expect(people(
      'Hội đồng chấm thi gồm Triệu Văn Khang, Lục Thị Hương và Doãn Minh Tâm.',
      'Buổi gặp mặt có sự tham dự của Âu Văn Thạch và Tòng Thị Lanh.',
    ).map((p) => p.name)).toEqual(['Triệu Văn Khang', 'Lục Thị Hương', 'Doãn Minh Tâm', 'Âu Văn Thạch', 'Tòng Thị Lanh']);
  });

  it('reads bare names listed after "gồm:" and its colon, not an author\'s byline or bodies there', () => {
    expect(people('Nhà trường công bố quyết định bổ nhiệm 3 Phó Hiệu trưởng gồm: Triệu Văn Khang, Lục Thị Hương, Doãn Minh Tâm.').map((p) => p.name))
      .toEqual(['Triệu Văn Khang', 'Lục Thị Hương', 'Doãn Minh Tâm']);
    expect(people('Tác giả: Lục Thị Hương')).toEqual([]);
    expect(people('Giải có 13 đội bóng gồm: Đoàn Thanh niên khối phường, Đoàn Thanh niên Cơ quan UBND quận.')).toEqual([]);
  });

  it('reads bare names listed after "đại diện là" or "lần lượt là", not places', () => {
    expect(people('Tỉnh Hoa Lâm có ba đại diện là Triệu Văn Khang, Lục Thị Hương và Doãn Minh Tâm.').map((p) => p.name))
      .toEqual(['Triệu Văn Khang', 'Lục Thị Hương', 'Doãn Minh Tâm']);
    expect(people('Giải nhất và giải nhì lần lượt là Âu Văn Thạch và Tòng Thị Lanh.').map((p) => p.name)).toEqual(['Âu Văn Thạch', 'Tòng Thị Lanh']);
    expect(people('Các đội dẫn đầu lần lượt là Hà Giang và Lào Cai.')).toEqual([]);
  });

  it('reads "đoàn viên" and "đảng viên" before a name as the person\'s role, not before a plain group', () => {
    expect(people('Công đoàn bàn giao nhà cho đoàn viên Lục Thị Hương ở xã Chiềng Ban.')).toEqual([{ name: 'Lục Thị Hương', role: 'đoàn viên' }]);
    expect(people('Các đoàn viên, thanh niên Thành phố tham gia dọn vệ sinh.')).toEqual([]);
    // A head's own words open no post: "Công đoàn Viên chức" holds no "đoàn viên", "Bộ Tư lệnh" no "Tư lệnh".
    const orgs = article('Bà Lục Thị Hương, Chủ tịch Công đoàn Viên chức tỉnh, và ông Âu Văn Thạch, Phó Chính ủy Bộ Tư lệnh Thủ đô, dự lễ.')
      .people.map((p) => p.organization);
    expect(orgs).toEqual(['Công đoàn Viên chức tỉnh', 'Bộ Tư lệnh Thủ đô']);
  });

  it('reads a foreign name of one word between a form of address and a post, not a Vietnamese syllable or a bare name', () => {
    expect(people('Bà Arafa, Trưởng đại diện Quỹ Hoa Sen tại Việt Nam phát biểu.')).toEqual([{ name: 'Arafa', role: 'Trưởng đại diện Quỹ Hoa Sen tại Việt Nam' }]);
    expect(people('Bà Hoa, Trưởng đại diện Quỹ Hoa Sen tại Việt Nam phát biểu.')).toEqual([]);
    expect(people('Bà Arafa cùng đoàn công tác thăm trường.')).toEqual([]);
  });

  it('does not take places or bodies listed after "gồm" for people', () => {
    expect(people('Đoàn khảo sát gồm Sở Y tế, Hà Giang và Lào Cai.', 'Chương trình gồm Hà Nội, Huế và Đà Nẵng.')).toEqual([]);
  });
});

describe('people: a dash inside the name of a department in a role', () => {
  it('reads on over the dash of "Kinh tế - Hạ tầng", after the name or before it', () => {
    expect(people(
      'Bà Giáp Thị Xoan, Trưởng phòng Kinh tế - Hạ tầng huyện Mỹ Xuyên, báo cáo tại buổi làm việc.',
      'Phó Trưởng phòng Tài chính - Kế hoạch thị xã Bến Đò Khúc Văn Mười trình bày tham luận.',
    )).toEqual([
      { name: 'Giáp Thị Xoan', role: 'Trưởng phòng Kinh tế - Hạ tầng huyện Mỹ Xuyên' },
      { name: 'Khúc Văn Mười', role: 'Phó Trưởng phòng Tài chính - Kế hoạch thị xã Bến Đò' },
    ]);
  });

  it('still ends the role at a dash before a name, a caption credit or an event', () => {
    expect(people(
      'Ông Lâm Văn Tư, Giám đốc Sở Nội vụ - Ảnh: Lạc Thị Năm.',
      'Ông Lâm Văn Tư, Phó Chủ tịch UBND huyện - Hội nghị đã thông qua nghị quyết.',
    )).toEqual([{ name: 'Lâm Văn Tư', role: 'Giám đốc Sở Nội vụ' }]);
  });
});

describe('people: titles of history and legend', () => {
  it('takes the whole name after a monarch\'s title, with no family name first', () => {
    expect(people('Lễ rước vua Quang Trung và hoàng hậu Ngọc Hân về đình làng diễn ra trang trọng.')).toEqual([
      { name: 'Quang Trung', role: 'vua' },
      { name: 'Ngọc Hân', role: 'hoàng hậu' },
    ]);
  });

  it('gives titles listed before one name to other people, not to that name', () => {
    expect(people('Đoàn rước kiệu Vua, Hoàng hậu và Tướng Phạm Ngũ Lão về đền.')).toEqual([
      { name: 'Phạm Ngũ Lão', role: 'Tướng' },
    ]);
  });

  it('takes the ranks of the old court and army before a name ("Thiên hộ", "Đốc binh", "Quận công")', () => {
    expect(people('Lễ hội tưởng nhớ 2 vị anh hùng dân tộc Thiên hộ Võ Duy Dương và Đốc binh Nguyễn Tấn Kiều diễn ra trang trọng.')).toEqual([
      { name: 'Võ Duy Dương', role: 'Thiên hộ' },
      { name: 'Nguyễn Tấn Kiều', role: 'Đốc binh' },
    ]);
    expect(people('Nhân dân trong vùng tưởng nhớ Quận công Nguyễn Đình Diễn.')).toEqual([{ name: 'Nguyễn Đình Diễn', role: 'Quận công' }]);
  });

  it('reads no title in a chess game, nor a place after a title', () => {
    expect(people(
      'Đội tuyển cờ vua Hoa Sen giành giải nhất, Liên đoàn Cờ tướng Việt Nam cử trọng tài.',
      'Đoàn khách được đón như vua Hà Nội Xưa.',
    )).toEqual([]);
  });
});

describe('people: a full name after a military rank', () => {
  it('reads three native syllables after a rank as a name, whatever the family name', () => {
    expect(people('Đoàn đã bàn giao nhà cho Thiếu tá Khiếu Quốc Khải (ngụ xã Long Hòa) đang gặp khó khăn về nhà ở.'))
      .toEqual([{ name: 'Khiếu Quốc Khải', role: 'Thiếu tá' }]);
  });

  it('does not read two syllables after a rank, nor three after a post that is no rank, with a family name it does not know', () => {
    expect(people('Đoàn đã bàn giao nhà cho Thiếu tá Quốc Khải đang gặp khó khăn về nhà ở.')).toEqual([]);
    expect(people('Đoàn đã bàn giao nhà cho Trưởng phòng Khiếu Quốc Khải đang gặp khó khăn về nhà ở.')).toEqual([]);
  });
});

describe('people: veterans, rural-development ministries and Khmer family names', () => {
  it('reads "cựu chiến binh" before a list of names as each one\'s role, but keeps it in a veterans\' association\'s name', () => {
    const a = article('Chiều 4-6, Đoàn công tác Hội Cựu chiến binh huyện Hòa Lâm đến thăm cựu chiến binh Phạm Văn Sáu, Đỗ Thị Nga cùng ngụ xã Tân Mỹ.');
    expect(a.people.map((p) => ({ name: p.name, role: p.role }))).toEqual([
      { name: 'Phạm Văn Sáu', role: 'cựu chiến binh' },
      { name: 'Đỗ Thị Nga', role: 'cựu chiến binh' },
    ]);
    expect(a.organizations.map((o) => o.name)).toContain('Đoàn công tác Hội Cựu chiến binh huyện Hòa Lâm');
    // "cựu" before a word that makes no post with it opens no role.
    expect(people('Buổi gặp có cựu giáo chức Phạm Văn Sáu đọc thơ.').map((p) => p.role)).not.toContain('cựu giáo chức');
  });

  it('reads a name after a ministry ending in "nông thôn", but not after a village', () => {
    expect(people('Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Tâm dự hội nghị.')).toEqual([
      { name: 'Hoàng Tâm', role: 'Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn' },
    ]);
    expect(people('Trưởng ban công tác mặt trận thôn Hoàng Tâm dự hội nghị.')).toEqual([]);
  });

  it('reads a two-syllable name with a Khmer family name after a role', () => {
    expect(people('Phó Giám đốc Sở Dân tộc tỉnh Sóc Trăng Danh Sươl tặng quà các chùa.')).toEqual([
      { name: 'Danh Sươl', role: 'Phó Giám đốc Sở Dân tộc tỉnh Sóc Trăng' },
    ]);
    expect(people('Danh sách khen thưởng gồm 12 tập thể.')).toEqual([]);
  });
});

describe('people: "Đ/c" and a culture house', () => {
  it('reads "Đ/c" as a form of address that ends the role before it', () => {
    expect(people('Dự giải có Đ/c Huỳnh Ngọc Ánh – Trưởng phòng GD&ĐT, Đ/c Đoàn Ngọc Trai – Phó Chủ tịch Liên đoàn Lao động huyện.')).toEqual([
      { name: 'Huỳnh Ngọc Ánh', role: 'Trưởng phòng GD&ĐT' }, { name: 'Đoàn Ngọc Trai', role: 'Phó Chủ tịch Liên đoàn Lao động huyện' },
    ]);
  });

  it('reads "P.Chủ tịch" as "Phó Chủ tịch" glued to its post', () => {
    expect(people('Dự có đ/c Vũ Xuân Thịnh – P.Chủ tịch UBND huyện Tam Đường; đại diện các phòng ban.')).toEqual([
      { name: 'Vũ Xuân Thịnh', role: 'P.Chủ tịch UBND huyện Tam Đường' },
    ]);
  });

  it('reads no writer ("Nhà văn") in "Nhà Văn hóa", and no post before a name', () => {
    expect(people('Nguồn: Nhà Văn Hóa Khoa học')).toEqual([]);
    expect(people('Sáng 4/2, Nhà Văn hóa Thiếu nhi Ninh Kiều khai mạc Hội Xuân.')).toEqual([]);
    expect(people('Dự lễ có nhà văn Nguyễn Nhật Ánh.').map((p) => p.name)).toEqual(['Nguyễn Nhật Ánh']);
  });
});

describe('people: Lao names written syllable by syllable', () => {
  it('reads a name whose words hold several hyphens after a form of address or a title', () => {
    expect(people('Dự lễ có đồng chí Khăm-phởi Bút-đa-viêng - Ủy viên T.Ư Đảng nhân dân cách mạng Lào.').map((p) => p.name)).toEqual(['Khăm-phởi Bút-đa-viêng']);
    expect(people('Tiếp đoàn có Thủ tướng Lào Thoong-lun Xi-xu-lít.').map((p) => p.name)).toEqual(['Thoong-lun Xi-xu-lít']);
  });
});

describe('people: a list with each name\'s aside, and a post given after a comma', () => {
  it('goes on with a list past each name\'s aside in brackets', () => {
    expect(people('Đảng bộ trao Huy hiệu cho các đảng viên Nguyễn Tấn Đình (sinh hoạt tại Chi bộ Văn phòng HĐND&UBND huyện), Trần Hữu Tri (Chi bộ Phòng Tài nguyên), Lê Thanh Tùng (Chi bộ Đài Truyền thanh).').map((p) => p.name))
      .toEqual(['Nguyễn Tấn Đình', 'Trần Hữu Tri', 'Lê Thanh Tùng']);
    expect(people('Dự lễ có ông Nguyễn Văn An (Giám đốc Sở Y tế), Trần Văn Bình (Phó Chủ tịch UBND tỉnh) và bà Lê Thị Hoa.')).toEqual([
      { name: 'Nguyễn Văn An', role: 'Giám đốc Sở Y tế' }, { name: 'Trần Văn Bình', role: 'Phó Chủ tịch UBND tỉnh' }, { name: 'Lê Thị Hoa', role: null },
    ]);
  });

  it('reads the post after "giữ chức vụ", after a comma too, as every listed name\'s', () => {
    expect(people('Sở Y tế trao quyết định bổ nhiệm lại ông Huỳnh Minh Trúc, giữ chức vụ Giám đốc Trung tâm Kiểm soát bệnh tật thành phố.'))
      .toEqual([{ name: 'Huỳnh Minh Trúc', role: 'Giám đốc Trung tâm Kiểm soát bệnh tật thành phố' }]);
    expect(people('Sở Y tế bổ nhiệm lại ông Võ Chí Đại và ông Lê Văn Chúc, giữ chức vụ Phó Giám đốc CDC Hậu Giang.')).toEqual([
      { name: 'Võ Chí Đại', role: 'Phó Giám đốc CDC Hậu Giang' }, { name: 'Lê Văn Chúc', role: 'Phó Giám đốc CDC Hậu Giang' },
    ]);
  });
});

describe('people named bare before a pupil\'s class', () => {
  it('reads a full name followed by a comma and "lớp", each item of a prize list', () => {
    expect(people('Giải Nhất được trao cho Trần Minh Khoa, lớp 9A, Trường THCS Hòa Bình; Đỗ Thị Thu Hà, lớp 8B và Vũ Hoàng Nam, lớp 7C.')).toEqual([
      { name: 'Trần Minh Khoa', role: null },
      { name: 'Đỗ Thị Thu Hà', role: null },
      { name: 'Vũ Hoàng Nam', role: null },
    ]);
  });

  it('takes no school named after a person, nor a name of two syllables, for a pupil', () => {
    expect(people('Giải Nhất thuộc về Trường THCS Lê Quý Đôn, lớp 9A.')).toEqual([]);
    expect(people('Giải Ba thuộc về Trần Khoa, lớp 9A.')).toEqual([]);
  });

  it('reads nothing past the text when a full name and a comma end it', () => {
    expect(people('Ông Lê Văn Hải cho biết, Nguyễn Văn An,').map((p) => p.name)).toEqual(['Lê Văn Hải']);
  });
});

describe('people: clergy and monks', () => {
  it('keeps a priest\'s or bishop\'s saints\' names with his name and his post as the role', () => {
    expect(people('Đức cha Gioan Maria Vũ Văn Tâm chủ tế Thánh lễ, cùng cha xứ Giuse Nguyễn Văn Hòa và cha phó Phaolô Lê Bá Tùng.')).toEqual([
      { name: 'Gioan Maria Vũ Văn Tâm', role: 'Đức cha' },
      { name: 'Giuse Nguyễn Văn Hòa', role: 'cha xứ' },
      { name: 'Phaolô Lê Bá Tùng', role: 'cha phó' },
    ]);
    expect(people('Dự lễ có Đức Giám mục giáo phận Đaminh Hoàng Minh Hải.')).toEqual([{ name: 'Đaminh Hoàng Minh Hải', role: 'Đức Giám mục giáo phận' }]);
    // After a place in the post, the saint's name still opens the person's.
    expect(people('Dự lễ có cha Trưởng hạt Đông Nam Hòa Bình Ignatiô Nguyễn Quang Hải.')).toEqual([{ name: 'Ignatiô Nguyễn Quang Hải', role: 'cha Trưởng hạt Đông Nam Hòa Bình' }]);
  });

  it('reads "Thích" as the family name of a monk, his rank abbreviated and glued to it too', () => {
    expect(people('Sáng nay, ĐĐ.Thích Giác Minh - Trưởng ban Hoằng pháp huyện phát biểu.')).toEqual([{ name: 'Thích Giác Minh', role: 'Trưởng ban Hoằng pháp huyện' }]);
    expect(people('Dự lễ có Trưởng lão Hòa thượng Thích Thanh Minh, Ủy viên Thường trực Hội đồng Chứng minh.').map((p) => p.name)).toEqual(['Thích Thanh Minh']);
  });

  it('reads the Sangha\'s posts ("Phó BTS", "Giáo phẩm chứng minh") and a board of charity ("Ban từ thiện xã hội") in a role', () => {
    expect(people('Tham dự có ĐĐ.Thích Chơn Nghĩa – Phó BTS, Trưởng ban Ban từ thiện xã hội GHPGVN tỉnh.')).toEqual([
      { name: 'Thích Chơn Nghĩa', role: 'Phó BTS, Trưởng ban Ban từ thiện xã hội GHPGVN tỉnh' },
    ]);
    expect(people('Tham dự có HT.Thích Lưu Hòa, Giáo phẩm chứng minh BTS GHPGVN tỉnh.')).toEqual([
      { name: 'Thích Lưu Hòa', role: 'Giáo phẩm chứng minh BTS GHPGVN tỉnh' },
    ]);
    // A board's deputy head and standing deputy, and its witnessing elder.
    expect(people('Đến dự có Thượng tọa Thích Thọ Minh, Phó ban Thường trực Ban Trị sự GHPGVN tỉnh; HT. Thích Giác An – Chứng minh Ban trị sự Phật giáo huyện; TT. Thích Thông Hải – Phó Thường trực Ban trị sự Phật giáo tỉnh.')).toEqual([
      { name: 'Thích Thọ Minh', role: 'Phó ban Thường trực Ban Trị sự GHPGVN tỉnh' },
      { name: 'Thích Giác An', role: 'Chứng minh Ban trị sự Phật giáo huyện' },
      { name: 'Thích Thông Hải', role: 'Phó Thường trực Ban trị sự Phật giáo tỉnh' },
    ]);
    expect(people('Dự có ông Nguyễn Văn Hùng, Phó Ban Dân vận Trung ương.')).toEqual([{ name: 'Nguyễn Văn Hùng', role: 'Phó Ban Dân vận Trung ương' }]);
  });

  it('reads the ranks a town or an artist also abbreviates ("TT", "NS") only before "Thích", and a lineage name of four syllables', () => {
    expect(people('Phát biểu tại buổi lễ, TT.Thích Huệ Khai – Trưởng ban Trị sự tỉnh cho biết năm nay có nhiều hoạt động.')).toEqual([
      { name: 'Thích Huệ Khai', role: 'Trưởng ban Trị sự tỉnh' },
    ]);
    expect(people('Sau đó, NS. Thích Nữ Diệu Trí – Phó Trưởng ban Từ thiện trao quà cho các hộ nghèo.')).toEqual([
      { name: 'Thích Nữ Diệu Trí', role: 'Phó Trưởng ban Từ thiện' },
    ]);
    expect(people('Tham dự có ĐĐ.Thích Đạt Ma Chí Hải – Ủy viên Ban Trị sự.')).toEqual([{ name: 'Thích Đạt Ma Chí Hải', role: 'Ủy viên Ban Trị sự' }]);
    // With no post the monk is still read, by his rank.
    expect(people('Tham dự có HT. Thích Thanh Hùng, NS.Thích Nữ Diệu Trí.').map((p) => p.name)).toEqual(['Thích Thanh Hùng', 'Thích Nữ Diệu Trí']);
    // A town ("TT.") before any other name is a place.
    expect(people('Lễ hội diễn ra tại TT.Lê Văn Tám và TT. Phú Mỹ.')).toEqual([]);
  });

  it('takes the name after a post and a lower-case place word for the place\'s ("trụ trì chùa Kim Sơn")', () => {
    expect(people('Tham dự có trụ trì chùa Kim Sơn; Hiệu trưởng trường Kim Sơn; Giám đốc bảo tàng Lê Lợi; ông Lê Văn An.')).toEqual([{ name: 'Lê Văn An', role: null }]);
    expect(people('Hiệu trưởng trường Hòa Bình Nguyễn Văn An phát biểu.')).toEqual([{ name: 'Nguyễn Văn An', role: 'Hiệu trưởng trường Hòa Bình' }]);
  });
});

describe('people: honours of history', () => {
  it('reads the honours history gives before a name, and a title that opens with "Anh" as that title', () => {
    expect(people('Lễ hội kỷ niệm 1776 năm ngày mất Anh hùng dân tộc Triệu Thị Trinh.')).toEqual([{ name: 'Triệu Thị Trinh', role: 'Anh hùng dân tộc' }]);
    expect(people('Các đại biểu dâng hương tưởng niệm Danh nhân văn hóa thế giới Nguyễn Trãi.')).toEqual([{ name: 'Nguyễn Trãi', role: 'Danh nhân văn hóa thế giới' }]);
    // The honour of the wars' mothers, spelled out or abbreviated; without a name, nobody.
    expect(people('Đoàn đã đến thăm, tặng quà Mẹ Việt Nam anh hùng Nguyễn Thị Hoa, trú tại phường 2, và Bà mẹ VNAH Lê Thị Mai.')).toEqual([
      { name: 'Nguyễn Thị Hoa', role: 'Mẹ Việt Nam anh hùng' },
      { name: 'Lê Thị Mai', role: 'Bà mẹ VNAH' },
    ]);
    expect(people('Đoàn đến thăm, tặng quà các Mẹ Việt Nam Anh hùng và gia đình chính sách.')).toEqual([]);
    expect(people('Dự lễ có Anh hùng Lao động Nguyễn Thị Hòa.').map((p) => p.name)).toEqual(['Nguyễn Thị Hòa']);
    // A form of address alone stays one.
    expect(people('Anh Nguyễn Văn Hùng phát biểu.')).toEqual([{ name: 'Nguyễn Văn Hùng', role: null }]);
  });
});

describe('people: namesakes listed', () => {
  it('reads the names listed after a school type as more schools, not people', () => {
    expect(people('Học sinh của các trường THPT Nguyễn Thị Minh Khai, Mạc Đĩnh Chi, Nguyễn Công Trứ, Nguyễn Hữu Tiến sẽ tham gia chương trình.')).toEqual([]);
    expect(people('Học sinh của các trường THPT Nguyễn Thị Minh Khai và Nguyễn Hữu Tiến sẽ tham gia chương trình.')).toEqual([]);
    // A person addressed after the school still is one.
    expect(people('Hiệu trưởng Trường THPT Nguyễn Du, ông Lê Văn An phát biểu.')).toEqual([{ name: 'Lê Văn An', role: 'Hiệu trưởng Trường THPT Nguyễn Du' }]);
  });
});

describe('people: affiliation after a comma', () => {
  it('takes where somebody works, set off by a comma, as the role when it closes a list item or the sentence', () => {
    expect(people('Tham dự có PGS.TS Lê Văn Tâm, Trường ĐH Cần Thơ; TS. Mai Thị Hà, Khoa Môi trường, Trường Đại học Huế, Việt Nam; cùng nhiều chuyên gia.')).toEqual([
      { name: 'Lê Văn Tâm', role: 'Trường ĐH Cần Thơ' },
      { name: 'Mai Thị Hà', role: 'Khoa Môi trường, Trường Đại học Huế, Việt Nam' },
    ]);
    expect(people('Bài phát biểu đề dẫn do TS. Trần Văn Hải, Viện Khoa học Thủy lợi trình bày.')).toEqual([{ name: 'Trần Văn Hải', role: 'TS.' }]);
    // A known place in brackets after the body is its seat, and the role goes on after it.
    expect(people('Tham dự có GS.TS. Phan Văn An, Đại học Nam Florida (Mỹ), Phó Trưởng Ban Tổ chức Hội thảo; cùng nhiều chuyên gia.')).toEqual([
      { name: 'Phan Văn An', role: 'Đại học Nam Florida (Mỹ), Phó Trưởng Ban Tổ chức Hội thảo' },
    ]);
  });

  it('leaves a list of attendees and bodies alone, and each item of a plural list to the list', () => {
    expect(people('Tham dự có ông Phạm Văn Cường, Sở GD&ĐT tỉnh Nam Định và Trường THPT Vụ Bản.')).toEqual([{ name: 'Phạm Văn Cường', role: null }]);
    expect(people('Giải Nhất thuộc về cô Nguyễn Thị Hoa, Trường THCS Lê Lợi, thầy Trần Văn Nam, Trường THCS Hùng Vương.').map((p) => p.name)).toEqual(['Nguyễn Thị Hoa', 'Trần Văn Nam']);
    expect(people('Các em Nguyễn Thị Lan, Trường Tiểu học Kim Đồng; Trần Minh Khôi, Trường Tiểu học Võ Thị Sáu đạt giải Nhất.').map((p) => p.name)).toEqual(['Nguyễn Thị Lan', 'Trần Minh Khôi']);
  });
});

describe('people: a double foreign family name', () => {
  it('keeps the hyphen glued between two foreign syllables inside the name', () => {
    expect(people('Dự có ông Philipp Schmidt-Thome và ông Lê Văn An.').map((p) => p.name)).toEqual(['Philipp Schmidt-Thome', 'Lê Văn An']);
    // After a Vietnamese syllable the hyphen sets off the role, typed without spaces.
    expect(people('Ông Lê Văn An-Giám đốc Sở Y tế dự lễ.')).toEqual([{ name: 'Lê Văn An', role: 'Giám đốc Sở Y tế' }]);
  });
});

describe('people: a sub-department\'s head and a numbered term', () => {
  it('reads "Chi cục trưởng" as a post, and no Roman number as the body a post belongs to', () => {
    expect(people('Ông Lục Văn Thạch, Chi cục trưởng Chi cục Hải quan khu vực XII phát biểu.')).toEqual([{ name: 'Lục Văn Thạch', role: 'Chi cục trưởng Chi cục Hải quan khu vực XII' }]);
    const orgs = article('Ông Âu Văn Thạch – Phó Chi cục trưởng Hải quan khu vực III và bà Lục Thị Hương, Chủ tịch VCCI, dự lễ.').people.map((p) => [p.role, p.organization]);
    expect(orgs).toEqual([['Phó Chi cục trưởng Hải quan khu vực III', null], ['Chủ tịch VCCI', 'VCCI']]);
  });
});

describe('people: a degree that is also a post, before the next name', () => {
  it('reads ", Kỹ sư Lê Văn Minh" as the next person, not the role of the one before', () => {
    expect(people('Giải Nhì thuộc về nhóm tác giả: Thạc sỹ Âu Văn Thạch, Kỹ sư Lục Văn Minh, Kỹ sư Doãn Xuân Thủy.').map((p) => p.name))
      .toEqual(['Âu Văn Thạch', 'Lục Văn Minh', 'Doãn Xuân Thủy']);
  });
});

describe('people: the author after a work\'s quoted title and a dash', () => {
  it('reads "“Cánh đồng” - Hà Thế Bảo (Tây Ninh)" as the author', () => {
    expect(people('Ba giải ba gồm các tác phẩm "Cánh đồng mùa gặt" - Âu Thế Bảo (Hoa Lâm) và "Phố cổ" - Lục Nhật Tường (Hoa Lâm).').map((p) => p.name))
      .toEqual(['Âu Thế Bảo', 'Lục Nhật Tường']);
  });
});

describe('people: a two-syllable name after a province\'s post', () => {
  it('reads "Phó Chủ tịch UBND tỉnh Hoàng Nam;" as a name, not a province, nor a province\'s own name', () => {
    expect(people('Dự hội nghị có Phó Chủ tịch UBND tỉnh Hoàng Nam; cùng đại diện gần 70 doanh nghiệp trên địa bàn.')).toEqual([{ name: 'Hoàng Nam', role: 'Phó Chủ tịch UBND tỉnh' }]);
    expect(people('Dự hội nghị có Phó Chủ tịch UBND tỉnh Hà Nam; cùng đại diện gần 70 doanh nghiệp trên địa bàn.')).toEqual([]);
  });
});

describe('people: the family name "Vy"', () => {
  it('reads "Vy" as a family name (the Tày "Vy", as "Vi"), not a given name\'s end', () => {
    expect(people('Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh Vy Văn Vũ trao thưởng cho các tác giả.')).toEqual([{ name: 'Vy Văn Vũ', role: 'Chủ tịch Liên hiệp các Hội khoa học kỹ thuật tỉnh' }]);
  });
});

describe('people: a bare full name after "là" or "của" and its aside', () => {
  it('reads "… đồng hạng Ba là Âu Gia Huy (CLB Kiện tướng) với 6,5 điểm" as a person, not a school\'s namesake', () => {
    expect(people('Đồng hạng Ba là kỳ thủ nhí, đó là Âu Gia Huy (CLB Kiện tướng tương lai) với 6,5 điểm.').map((p) => p.name)).toEqual(['Âu Gia Huy']);
    expect(people('Địa điểm thi là Trường THPT Lê Quý Đôn (quận 3) với 500 thí sinh.')).toEqual([]);
    // A work's author after "của", the same.
    expect(people('Triển lãm có các tác phẩm Chờ lễ - bằng lụa của Lục Thanh Hùng (tỉnh Hoa Lâm), Một mình - sơn dầu của Âu Phước Duy (tỉnh Hoa Lâm).').map((p) => p.name))
      .toEqual(['Lục Thanh Hùng', 'Âu Phước Duy']);
  });
});

describe('people: a role ends at "công bố"', () => {
  it('reads "B - Phó trưởng Phòng Đào tạo công bố Quyết định …" as the post, without the announcement', () => {
    expect(people('Thừa ủy quyền của Hiệu trưởng, TS. Lương Văn Khải - Phó trưởng Phòng Đào tạo công bố Quyết định công nhận tốt nghiệp cho 820 tân kỹ sư.')).toContainEqual(
      { name: 'Lương Văn Khải', role: 'Phó trưởng Phòng Đào tạo' },
    );
  });
});

describe('people: a post before "và" and the next bare name', () => {
  it('keeps "…, Chủ tịch Ủy ban MTTQ tỉnh" as the first person\'s second post, not the title of the name after "và"', () => {
    expect(people('Dự lễ có các đồng chí: Hà Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và Lương Thị Hoa, Phó Chủ tịch UBND tỉnh.')).toEqual([
      { name: 'Hà Văn Sơn', role: 'Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh' },
      { name: 'Lương Thị Hoa', role: 'Phó Chủ tịch UBND tỉnh' },
    ]);
  });
});

describe('people: a pair of countries in a role after the name', () => {
  it('reads "Giám đốc Bệnh viện Việt - Đức, Trưởng ban …" whole, the dash inside the hospital\'s name', () => {
    expect(people('Dự hội nghị có GS Lương Văn Bình, Giám đốc Bệnh viện Việt - Đức, Trưởng ban Tổ chức hội nghị.')).toEqual([
      { name: 'Lương Văn Bình', role: 'Giám đốc Bệnh viện Việt - Đức, Trưởng ban Tổ chức hội nghị' },
    ]);
  });
});

describe('people: the standing member of the Party Secretariat', () => {
  it('reads "Thường trực Ban Bí thư" as one post, before the name and after a rank', () => {
    expect(people('Dự lễ có Chủ tịch nước Lê Văn Tâm, Thường trực Ban Bí thư Hà Thị Lan cùng các đồng chí lãnh đạo.')).toContainEqual({ name: 'Hà Thị Lan', role: 'Thường trực Ban Bí thư' });
    expect(people('Dự lễ có các đồng chí nguyên Ủy viên Bộ Chính trị: Đại tướng Lê Văn Tâm, nguyên Thường trực Ban Bí thư.')).toContainEqual(
      { name: 'Lê Văn Tâm', role: 'Đại tướng, nguyên Thường trực Ban Bí thư' },
    );
  });
});

describe('people: a lower-case particle inside a foreign name', () => {
  it('reads "Aukje de Vries" and "Ursula von der Leyen" whole, each with its post', () => {
    expect(people('Dự hội thảo có bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu; Bộ trưởng Ngoại thương Aukje de Vries và Tổng Lãnh sự Raissa Marteaux.')).toEqual([
      { name: 'Ursula von der Leyen', role: 'Chủ tịch Ủy ban châu Âu' },
      { name: 'Aukje de Vries', role: 'Bộ trưởng Ngoại thương' },
      { name: 'Raissa Marteaux', role: 'Tổng Lãnh sự' },
    ]);
  });
});

describe('people: a cook\'s title', () => {
  it('reads "Chef" and "đầu bếp" before a full name as the person\'s title', () => {
    expect(people('Tại lễ hội, nghệ nhân ẩm thực Lò Thị Mai quảng diễn món bánh lá; Chef Đặng Kiến Hòa quảng diễn món phở áp chảo; đầu bếp Hà Văn Sơn nấu cơm lam.').map((p) => p.name))
      .toEqual(['Lò Thị Mai', 'Đặng Kiến Hòa', 'Hà Văn Sơn']);
  });
});

describe('people: the post somebody is elected to, named as such', () => {
  it('reads "trúng cử chức vụ Chủ tịch HĐND xã" as the role, not as the title of the next person', () => {
    expect(people('Kỳ họp đã bầu các chức danh HĐND xã, UBND xã; ông Hà Văn Tám trúng cử chức vụ Chủ tịch HĐND xã, ông Lò Văn Sơn trúng cử chức vụ Chủ tịch UBND xã Mường Khê.')).toEqual([
      { name: 'Hà Văn Tám', role: 'Chủ tịch HĐND xã' },
      { name: 'Lò Văn Sơn', role: 'Chủ tịch UBND xã Mường Khê' },
    ]);
  });
});
