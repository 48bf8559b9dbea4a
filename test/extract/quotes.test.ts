import { describe, expect, it } from 'vitest';
import { VnDocument } from '../../src/core/document.js';
import { extract } from '../../src/extract/index.js';
import { readTxt } from '../../src/read/txt.js';
import { segment } from '../../src/segment/index.js';
import { article, LONG, quotes } from './quote-fixtures.js';

describe('direct quotes', () => {
  it('attributes a quotation introduced by "X nói:" to the named speaker', () => {
    expect(quotes(LONG, 'Ông Đinh Quang Tuấn – Giám đốc Sở Nông nghiệp nói: “Chúng ta phải đi trước một bước.”')).toEqual([
      { speaker: 'Đinh Quang Tuấn', text: 'Chúng ta phải đi trước một bước.', direct: true },
    ]);
  });

  it('attributes a quotation followed by ", ông X nói." and resolves the short name', () => {
    expect(quotes(
      'Tham dự có ông Lương Văn Khải, Chủ tịch Hội Nông dân tỉnh.',
      '“Nông dân cần được tập huấn kỹ năng số bài bản”, ông Khải nói.',
    )).toEqual([{ speaker: 'Lương Văn Khải', text: 'Nông dân cần được tập huấn kỹ năng số bài bản', direct: true }]);
  });

  it('reads over how the speaker looked between a pronoun and the verb ("ông cười nói")', () => {
    expect(quotes(
      'Ông Phạm Văn Ngoan ở ấp Tân Hòa kể cây cầu cũ rất hẹp.',
      '“Vậy là mong ước bấy lâu đã thành sự thật”, ông cười nói.',
    )).toEqual([{ speaker: 'Phạm Văn Ngoan', text: 'Vậy là mong ước bấy lâu đã thành sự thật', direct: true }]);
  });

  it('reads over "không quên" (did not forget to) between a form of address and the verb', () => {
    expect(quotes(
      'Phát biểu tại buổi lễ, PGS.TS Lê Văn Dũng, Hiệu trưởng nhà trường chúc mừng các tân kỹ sư.',
      'Thầy cũng không quên nhắc nhở: “Các em phải trau dồi thêm ngoại ngữ và kỹ năng mềm.”',
    ).map((q) => q.speaker)).toEqual(['Lê Văn Dũng']);
  });

  it('attributes a quotation whose attribution goes on after the verb', () => {
    const found = quotes(LONG, '“Năm nay vụ chè được mùa lớn”, ông Hứa Văn Sinh nói và cho biết thêm giá chè búp tươi đã tăng.');
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([['Hứa Văn Sinh', true]]);
  });

  it('resolves a title after the quotation to the person who holds it', () => {
    const found = quotes(
      'Dự hội thảo có bà Tạ Thị Hồng Nhung – Phó Chủ tịch UBND tỉnh.',
      '“Mỗi xã phải có ít nhất một mô hình nông nghiệp số.” – Phó Chủ tịch UBND tỉnh nhấn mạnh.',
    );
    expect(found).toEqual([{ speaker: 'Tạ Thị Hồng Nhung', text: 'Mỗi xã phải có ít nhất một mô hình nông nghiệp số.', direct: true }]);
  });

  it('finds the speaker after the quotation when the role after the name holds a verb look-alike', () => {
    const found = quotes(LONG, '“Chúng tôi sẽ đưa kết quả vào giảng dạy ngay từ năm học tới” – TS Lê Ngọc Bích, Trưởng khoa Công nghệ thông tin chia sẻ.');
    expect(found.map((q) => q.speaker)).toEqual(['Lê Ngọc Bích']);
  });

  it('takes the speaker of an interview answer from the line that introduces it', () => {
    expect(quotes(
      'TS Kiều Minh Trí (Viện Kinh tế nông nghiệp):',
      '“Dữ liệu đất đai là nền tảng. Không có dữ liệu thì không thể chuyển đổi số.',
      'Các địa phương cần chia sẻ dữ liệu với nhau.”',
    )).toEqual([{ speaker: 'Kiều Minh Trí', text: 'Dữ liệu đất đai là nền tảng. Không có dữ liệu thì không thể chuyển đổi số. Các địa phương cần chia sẻ dữ liệu với nhau.', direct: true }]);
  });

  it('gives a bare quotation paragraph to the speaker of the paragraph before', () => {
    const found = quotes(
      LONG,
      'Bà Mai Thị Thu, Giám đốc hợp tác xã Tân Tiến, cho biết, sản lượng chè năm nay tăng 30%.',
      '“Chúng tôi đã có đơn hàng xuất khẩu đầu tiên sang Đài Loan.”',
    );
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([['Mai Thị Thu', false], ['Mai Thị Thu', true]]);
    expect(quotes(LONG, '“Chúng tôi đã có đơn hàng xuất khẩu đầu tiên sang Đài Loan.”')).toEqual([]);
  });

  it('takes the speaker when words stand between the speech verb and the colon', () => {
    const found = quotes(LONG, 'Bà Nông Thị Vân bày tỏ niềm vui: “Lần đầu tiên chè của xã được bán ở siêu thị.”');
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([['Nông Thị Vân', true]]);
  });

  it('takes the subject as speaker when a predicate stands before "và nhấn mạnh:"', () => {
    const found = quotes(LONG, 'Ông Hà Minh Đức chúc mừng các hợp tác xã đạt giải và nhấn mạnh: “Đây mới là bước khởi đầu.”');
    expect(found.map((q) => q.speaker)).toEqual(['Hà Minh Đức']);
  });

  it('does not attribute a quoted programme name to anybody', () => {
    expect(quotes(LONG, 'Tỉnh phát động phong trào “Nông dân thi đua sản xuất giỏi” trong toàn tỉnh.')).toEqual([]);
  });
});

describe('quoted names set off by a comma', () => {
  it('does not attribute a quoted name to a speaker in the next sentence', () => {
    expect(quotes(LONG, 'Nhân dịp “Tháng nông sản sạch”, các hợp tác xã bày bán nhiều sản phẩm chè và mật ong. Ông Hà Minh Đức phát biểu chúc mừng các hợp tác xã.')).toEqual([]);
    // In the same sentence, the attribution stands.
    expect(quotes(LONG, '“Nông sản sạch là con đường duy nhất”, ông Hà Minh Đức phát biểu.').map((q) => q.speaker)).toEqual(['Hà Minh Đức']);
  });

  it('does not attribute a quoted campaign after "Hưởng ứng" to the speaker of the sentence', () => {
    expect(quotes(LONG, 'Hưởng ứng “Tuần lễ nông sản sạch”, ông Hà Minh Đức cho biết các hợp tác xã sẽ bày bán chè và mật ong.').filter((q) => q.direct)).toEqual([]);
  });
});

describe('direct quotes beside reported speech', () => {
  it('gives the direct quotation, not the reported lead-in, when a paragraph has both', () => {
    const found = quotes(LONG, 'Ông Lò Văn Pha chia sẻ kinh nghiệm trồng chè. Ông nói: “Chè sạch bán được giá gấp đôi.”');
    expect(found).toEqual([{ speaker: 'Lò Văn Pha', text: 'Chè sạch bán được giá gấp đôi.', direct: true }]);
  });

  it('keeps reported speech beside a direct quotation of somebody else in the same paragraph', () => {
    const found = quotes(LONG, 'Ông Mạc Văn Điền bày tỏ, mỗi nông dân cần nhớ lời dặn của Chủ tịch Hồ Chí Minh: “Nông dân ta giàu thì nước ta giàu”.');
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([['Mạc Văn Điền', false], ['Hồ Chí Minh', true]]);
    // The same speaker's paragraph stays one entry.
    expect(quotes(LONG, 'Ông Mạc Văn Điền cho biết, mùa này lúa tốt: “Năng suất tăng gần một tấn mỗi héc-ta”.').map((q) => q.direct)).toEqual([true]);
  });

  it('keeps a speaker\'s statement that is a sentence of its own before the same speaker\'s direct quote', () => {
    const found = quotes(LONG, 'Phát biểu tại buổi lễ, ông Trần Văn Sơn - Thứ trưởng Bộ Y tế - ghi nhận những nỗ lực của tập thể bệnh viện trong năm qua. Thứ trưởng chia sẻ: “Chúng ta đã trải qua một năm đầy thách thức.”');
    expect(found.map((q) => [q.speaker, q.direct, q.text])).toEqual([
      ['Trần Văn Sơn', false, 'những nỗ lực của tập thể bệnh viện trong năm qua.'],
      ['Trần Văn Sơn', true, 'Chúng ta đã trải qua một năm đầy thách thức.'],
    ]);
  });
});

describe('held-out speech forms', () => {
  it('leaves quotations announced as messages or themes before a colon to messages', () => {
    const a = article(LONG, 'Ban tổ chức gửi tới nông dân 2 thông điệp: “Ruộng đồng có dữ liệu”; “Mỗi nhà một chiếc điện thoại thông minh”.');
    expect(a.quotes).toEqual([]);
    expect(a.messages.map((m) => m.text)).toEqual(['Ruộng đồng có dữ liệu', 'Mỗi nhà một chiếc điện thoại thông minh']);
  });

  it('attributes a quotation after the manner of speaking and a colon to the short name before it', () => {
    const found = quotes(
      'Bà Hoàng Thị Mận, xã viên hợp tác xã chè Tân Cương, cũng có mặt tại hội thảo.',
      'Cầm chiếc điện thoại mới, Mận nghẹn ngào: “Giờ tôi đã tự bán được chè cho khách ở xa.”',
    );
    expect(found).toEqual([{ speaker: 'Hoàng Thị Mận', text: 'Giờ tôi đã tự bán được chè cho khách ở xa.', direct: true }]);
  });

  it('attributes a straight-quoted quotation over two paragraphs to the speaker after it', () => {
    const found = quotes(LONG, '"Hợp tác xã đã có trang bán hàng riêng.', 'Năm tới chúng tôi sẽ mở thêm hai điểm giao hàng", ông Cầm Văn Ơn cho biết.');
    expect(found).toEqual([{ speaker: 'Cầm Văn Ơn', text: 'Hợp tác xã đã có trang bán hàng riêng. Năm tới chúng tôi sẽ mở thêm hai điểm giao hàng', direct: true }]);
  });

  it('gives a theme announced before the quotation to messages, and the speech after it to its speaker', () => {
    const a = article(LONG, 'Với chủ đề "Nông dân làm chủ công nghệ số", ông Triệu Văn Bình cho biết hội thảo muốn kết nối nông dân với doanh nghiệp.');
    expect(a.quotes.map(({ speaker, text, direct }) => ({ speaker, text, direct }))).toEqual([
      { speaker: 'Triệu Văn Bình', text: 'hội thảo muốn kết nối nông dân với doanh nghiệp.', direct: false },
    ]);
    expect(a.messages.map((m) => m.text)).toEqual(['Nông dân làm chủ công nghệ số']);
  });

  it('takes "kêu gọi <addressee> “…”" as speech, but not "kêu gọi tham gia phong trào “…”"', () => {
    expect(quotes(LONG, 'Bà Mạc Thị Hoa kêu gọi hội viên “cùng nhau học cách bán nông sản trên mạng”.')).toEqual([
      { speaker: 'Mạc Thị Hoa', text: 'cùng nhau học cách bán nông sản trên mạng', direct: true },
    ]);
    const campaign = article(LONG, 'Bà Mạc Thị Hoa kêu gọi tham gia phong trào “Nông dân bán hàng trên mạng”.');
    expect(campaign.quotes.filter((q) => q.direct)).toEqual([]);
    expect(campaign.messages.map((m) => m.text)).toEqual(['Nông dân bán hàng trên mạng']);
  });

  it('does not take a city named after a person ("TP Hồ Chí Minh") in a role for the speaker', () => {
    const found = quotes(LONG, '“Tôi học được nhiều cách làm mới”, anh Lạc Văn Hưng, nông dân đến từ TP Hồ Chí Minh chia sẻ.');
    expect(found.map((q) => q.speaker)).toEqual(['Lạc Văn Hưng']);
  });

  it('reads a speaker named after a verb that did not close the clause, unless a quotation stands between', () => {
    // The search for the next opening mark resumes past the first verb ("nói"), not stops there.
    const line = '“Giá phân bón tăng cao khiến nông dân gặp khó” khi nói về vụ mùa, PGS Lê Văn Hùng lo ngại.';
    expect(quotes(line).map((q) => q.speaker)).toEqual(['Lê Văn Hùng']);
    const behindAnother = quotes('“Giá phân bón tăng cao” khi nói về “vụ mùa”, PGS Lê Văn Hùng lo ngại.');
    expect(behindAnother.filter((q) => q.text === 'Giá phân bón tăng cao')).toEqual([]);
  });

  it('reads a speech verb at the start of the tail before a quotation as a word start, as the pattern does', () => {
    // The 40-character tail before the opening mark starts inside "Xnói", at "nói:". Parsing
    // reads the run of spaces as one; a document made without it (VnDocument is public)
    // keeps them, and the shortcut must agree with the pattern there too.
    const text = `Hội thảo chuyển đổi số\nÔng Nguyễn Văn An, Giám đốc Sở, Xnói:${' '.repeat(36)}“Chúng tôi sẽ hỗ trợ nông dân chuyển đổi số.”`;
    const doc = new VnDocument('a.txt', text, 'txt');
    readTxt(doc);
    expect(extract(segment(doc)).quotes.map((q) => q.evidence[1].rule)).toEqual(['quotes.direct-speaker-before']);
  });

  it('attributes a quotation to the person named in the next words that say whose it was', () => {
    expect(quotes(
      '“Mỗi hợp tác xã phải có ít nhất một sản phẩm đạt chuẩn OCOP trước năm 2026”. Đó là khẳng định của Phó Chủ tịch UBND tỉnh Lò Văn Mạnh tại hội nghị sáng nay.',
      '“Cán bộ phải sát dân, hiểu dân” - Là một trong những nội dung trong phát biểu kết luận của Bí thư Huyện ủy Sầm Thị Hoa.',
    )).toEqual([
      { speaker: 'Lò Văn Mạnh', text: 'Mỗi hợp tác xã phải có ít nhất một sản phẩm đạt chuẩn OCOP trước năm 2026', direct: true },
      { speaker: 'Sầm Thị Hoa', text: 'Cán bộ phải sát dân, hiểu dân', direct: true },
    ]);
  });

  it('does not take a person named after a quotation for its speaker without a noun of speech', () => {
    const found = quotes('Hội nghị bàn về chương trình “Mỗi xã một sản phẩm”. Đó là mục tiêu lớn của Phó Chủ tịch UBND tỉnh Lò Văn Mạnh đề ra từ đầu nhiệm kỳ cho toàn tỉnh.');
    expect(found).toEqual([]);
  });

  it('does not give a short quoted phrase to a speaker who reports speech of his own after it', () => {
    expect(quotes('Để “tiếp sức” cho các hợp tác xã, ông Lò Văn Mạnh, Phó Chủ tịch UBND huyện nói đây là dịp để bà con được chia sẻ.')).toEqual([
      { speaker: 'Lò Văn Mạnh', text: 'đây là dịp để bà con được chia sẻ.', direct: false },
    ]);
  });

  it('attributes a quotation set off by a comma to the subject after it, a predicate before the verb', () => {
    const found = quotes(LONG, '“Điều cần hỏi không phải là “có làm hay không”, mà là làm đến đâu? Ai được lợi?”, ông Lò Văn Pấng đặt một loạt câu hỏi và cho biết, huyện sẽ mở thêm lớp tập huấn.');
    expect(found.filter((q) => q.direct).map((q) => q.speaker)).toEqual(['Lò Văn Pấng']);
  });
});

describe('speakers: a street is no speaker', () => {
  it('does not take the name of a street or junction before the verb ("ở vòng xoay Nguyễn Văn Cừ") as the speaker', () => {
    const found = quotes(LONG, 'Em Lò Thị Mai, học sinh lớp 9, nhà ở ngã tư Nguyễn Văn Cừ, vui mừng nói: “Em sẽ dùng số tiền này để mua sách vở.”');
    expect(found.map((q) => q.speaker)).toEqual(['Lò Thị Mai']);
  });
});

describe('reported speech: "Đồng chí" after a title with a form of address', () => {
  it('refers "Đồng chí ghi nhận …" back to the holder of the title named before, not to a name spotted in the title', () => {
    const found = quotes(
      'Ngày 26-2, đồng chí Lò Văn Tâm, Phó Chủ tịch HĐND tỉnh đến thăm các đơn vị y tế.',
      'Tại các nơi đến thăm, đồng chí Phó Chủ tịch HĐND tỉnh đã nghe lãnh đạo các đơn vị báo cáo kết quả hoạt động. Đồng chí ghi nhận và biểu dương đội ngũ y bác sỹ của tỉnh.',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Lò Văn Tâm']);
  });
});
