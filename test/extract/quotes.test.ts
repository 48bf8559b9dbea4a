import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';

const article = (...lines: string[]) => parseArticle(['Hội thảo chuyển đổi số ngành nông nghiệp', ...lines].join('\n'), { path: 'a.txt' });
const quotes = (...lines: string[]) => article(...lines).quotes.map(({ speaker, text, direct }) => ({ speaker, text, direct }));
const LONG = 'Buổi hội thảo có sự tham dự của hơn hai trăm đại biểu đến từ các sở, ngành, hợp tác xã và doanh nghiệp trong tỉnh cùng nhiều chuyên gia.';

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

  it('gives a pronoun speaker the person named earlier in the paragraph', () => {
    const found = quotes(LONG, 'Kỹ sư Võ Thành Luân giới thiệu mô hình tưới tiết kiệm. Ông nói: “Mô hình này giảm một nửa lượng nước.”');
    expect(found.map((q) => q.speaker)).toEqual(['Võ Thành Luân']);
  });

  it('takes the speaker when words stand between the speech verb and the colon', () => {
    const found = quotes(LONG, 'Bà Nông Thị Vân bày tỏ niềm vui: “Lần đầu tiên chè của xã được bán ở siêu thị.”');
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([['Nông Thị Vân', true]]);
  });

  it('takes the subject as speaker when a predicate stands before "và nhấn mạnh:"', () => {
    const found = quotes(LONG, 'Ông Hà Minh Đức chúc mừng các hợp tác xã đạt giải và nhấn mạnh: “Đây mới là bước khởi đầu.”');
    expect(found.map((q) => q.speaker)).toEqual(['Hà Minh Đức']);
  });
});

describe('reported speech', () => {
  it('reads the speaker past adverbs before the verb, in any case, but not a speaker who will speak', () => {
    for (const adverb of ['cũng', 'CŨNG', 'tiếp tục']) {
      expect(quotes(LONG, `Bà Lục Thị Hoa ${adverb} cho biết, hợp tác xã đã bán hết hai tấn chè.`)).toEqual([
        { speaker: 'Lục Thị Hoa', text: 'hợp tác xã đã bán hết hai tấn chè.', direct: false },
      ]);
    }
    expect(quotes(LONG, 'Bà Lục Thị Hoa sẽ cho biết, hợp tác xã đã bán hết hai tấn chè.')).toEqual([]);
    expect(quotes(LONG, 'Bà Lục Thị Hoa DỰ KIẾN cho biết, hợp tác xã đã bán hết hai tấn chè.')).toEqual([]);
  });

  it('takes the text after the speech verb to the end of the sentence', () => {
    expect(quotes(LONG, 'Ông Trịnh Văn Bảo, Giám đốc Trung tâm Khuyến nông, cho biết, năm nay tỉnh sẽ mở thêm 20 lớp tập huấn. Các lớp học miễn phí.')).toEqual([
      { speaker: 'Trịnh Văn Bảo', text: 'năm nay tỉnh sẽ mở thêm 20 lớp tập huấn.', direct: false },
    ]);
  });

  it('reads "Theo ông X, …" as reported speech', () => {
    const found = quotes('Tham dự có ông Phùng Đức Hải – chuyên gia nông nghiệp.', 'Theo ông Hải, giá nông sản sẽ ổn định trong quý tới.');
    expect(found).toEqual([{ speaker: 'Phùng Đức Hải', text: 'giá nông sản sẽ ổn định trong quý tới.', direct: false }]);
  });

  it('leaves the role in apposition after "Theo bà X," out of the text', () => {
    const found = quotes(LONG, 'Theo bà Yamada Keiko, đại diện Tổ chức JICA, mô hình này có thể nhân rộng ra cả vùng.');
    expect(found).toEqual([{ speaker: 'Yamada Keiko', text: 'mô hình này có thể nhân rộng ra cả vùng.', direct: false }]);
  });

  it('leaves a role opening with any position ("Tổ trưởng …") out of the text after "Theo ông X,"', () => {
    const found = quotes(LONG, 'Theo ông Đinh Văn Lộc, Tổ trưởng tổ hợp tác chè Bản Mòn, sản lượng chè năm nay tăng gần một phần ba.');
    expect(found).toEqual([{ speaker: 'Đinh Văn Lộc', text: 'sản lượng chè năm nay tăng gần một phần ba.', direct: false }]);
  });

  it('takes "gửi lời cảm ơn" as speech from a person, not from an organisation', () => {
    expect(quotes(LONG, 'Ông Đàm Văn Lực gửi lời cảm ơn tới các nhà tài trợ đã đồng hành cùng hội thảo.')).toHaveLength(1);
    expect(quotes(LONG, 'Ban tổ chức gửi lời cảm ơn tới các nhà tài trợ đã đồng hành cùng hội thảo.')).toEqual([]);
  });

  it('keeps an unnamed speaker as written', () => {
    const found = quotes(LONG, 'Phát biểu tại hội thảo, đại diện lãnh đạo Sở Công Thương cho biết, sàn thương mại điện tử của tỉnh đã có 300 sản phẩm.');
    expect(found.map((q) => q.speaker)).toEqual(['đại diện lãnh đạo Sở Công Thương']);
  });

  it('gives one entry per paragraph', () => {
    const found = quotes(LONG, 'Bà Châu Ngọc Lan cho biết, hợp tác xã đã bán hàng trực tuyến. Bà Lan cũng đề nghị ngân hàng hỗ trợ vốn cho nông dân.');
    expect(found).toHaveLength(1);
  });

  it('gives the direct quotation, not the reported lead-in, when a paragraph has both', () => {
    const found = quotes(LONG, 'Ông Lò Văn Pha chia sẻ kinh nghiệm trồng chè. Ông nói: “Chè sạch bán được giá gấp đôi.”');
    expect(found).toEqual([{ speaker: 'Lò Văn Pha', text: 'Chè sạch bán được giá gấp đôi.', direct: true }]);
  });

  it('skips the circumstances between the verb and what was said', () => {
    expect(quotes(LONG, 'Ông Trần Văn Hùng chia sẻ với phóng viên, năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.')).toEqual([
      { speaker: 'Trần Văn Hùng', text: 'năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Lê Thu Hà chia sẻ tại buổi lễ tổng kết của hợp tác xã.')).toEqual([]);
  });

  it('reads "X cho đó là …" as speech but not "X cho phép …"', () => {
    expect(quotes(LONG, 'Ông Mạc Văn Toàn cho đó là bước tiến lớn của ngành chè trong tỉnh.')).toHaveLength(1);
    expect(quotes(LONG, 'Ông Mạc Văn Toàn cho phép các hợp tác xã dùng nhà văn hóa để họp.')).toEqual([]);
  });

  it('does not take an announcement with "sẽ" as speech', () => {
    expect(quotes(LONG, 'Chiều nay, đại diện Hiệp hội Chè sẽ chia sẻ về thị trường xuất khẩu sang châu Âu.')).toEqual([]);
  });

  it('does not take sharing information or knowledge ("chia sẻ thông tin", "chia sẻ tri thức") as speech', () => {
    expect(quotes(LONG, 'Ông Hà Văn Khuê chia sẻ thông tin chương trình tập huấn cho các hợp tác xã.')).toEqual([]);
    expect(quotes(LONG, 'Các chuyên gia cùng trao đổi, chia sẻ tri thức về nuôi tôm sạch ở các xã ven biển.')).toEqual([]);
  });

  it('does not take "nói chung" or a noun use of a verb as speech', () => {
    expect(quotes(LONG, 'Ngành nông nghiệp nói chung và ngành chè nói riêng đang chuyển mình mạnh mẽ trong năm nay.')).toEqual([]);
    expect(quotes(LONG, 'Nhiều thông tin, chỉ số về thị trường được cập nhật hằng ngày trên hệ thống của tỉnh.')).toEqual([]);
  });

  it('does not attribute a quoted programme name to anybody', () => {
    expect(quotes(LONG, 'Tỉnh phát động phong trào “Nông dân thi đua sản xuất giỏi” trong toàn tỉnh.')).toEqual([]);
  });
});

describe('held-out speech forms', () => {
  it('reads "Theo TS. X, role, …" and "Theo PGS.TS. X, role, …" with the bare name and the text after the role', () => {
    expect(quotes(LONG, 'Theo TS. Mạc Văn Điền, Phó Viện trưởng Viện Lúa, nông dân cần ghi chép nhật ký đồng ruộng bằng điện thoại.')).toEqual([
      { speaker: 'Mạc Văn Điền', text: 'nông dân cần ghi chép nhật ký đồng ruộng bằng điện thoại.', direct: false },
    ]);
    expect(quotes(LONG, 'Theo PGS.TS. Lạc Thị Huệ, Hiệu trưởng Trường Đại học Nông nghiệp, nhà trường sẽ mở thêm ngành nông nghiệp số.').map((q) => q.speaker))
      .toEqual(['Lạc Thị Huệ']);
  });

  it('does not read "Theo dõi …" as according to somebody', () => {
    expect(quotes(LONG, 'Theo dõi hội thảo có ông Mạc Văn Điền, Phó Viện trưởng Viện Lúa, cùng nhiều chuyên gia nông nghiệp.')).toEqual([]);
  });

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

  it('reads "kể:" and "phát biểu:" before unquoted words as reported speech, not "phát biểu tại …"', () => {
    expect(quotes(LONG, 'Bà Hoàng Thị Mận kể: hồi mới vào hợp tác xã, cả bản chỉ có hai chiếc điện thoại.')).toEqual([
      { speaker: 'Hoàng Thị Mận', text: 'hồi mới vào hợp tác xã, cả bản chỉ có hai chiếc điện thoại.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Hoàng Thị Mận phát biểu tại hội thảo về kinh nghiệm bán chè của hợp tác xã.')).toEqual([]);
  });

  it('does not read "kể" without a quotation as speech ("kể cả", "đáng kể")', () => {
    expect(quotes(LONG, 'Ông Lò Văn Pản kể cả những hộ nghèo nhất cũng đã dùng điện thoại thông minh để bán hàng.')).toEqual([]);
  });

  it('gives reported speech after "đồng thời" or "và" to the subject before the predicate', () => {
    expect(quotes(LONG, 'Ông Vi Văn Thắm, Giám đốc Trung tâm Khuyến nông, trao 20 máy tính bảng cho các tổ hợp tác; đồng thời cho biết năm tới tỉnh sẽ mở thêm lớp tập huấn.')).toEqual([
      { speaker: 'Vi Văn Thắm', text: 'năm tới tỉnh sẽ mở thêm lớp tập huấn.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Lục Thị Dung thăm gian hàng của hợp tác xã và nhấn mạnh, nông sản sạch cần có mã truy xuất nguồn gốc.')).toEqual([
      { speaker: 'Lục Thị Dung', text: 'nông sản sạch cần có mã truy xuất nguồn gốc.', direct: false },
    ]);
  });

  it('reads "đánh giá cao" as one verb: the text starts after it', () => {
    expect(quotes(LONG, 'Ông Vi Văn Thắm đánh giá cao tinh thần chủ động của các hợp tác xã chè trong năm qua.')).toEqual([
      { speaker: 'Vi Văn Thắm', text: 'tinh thần chủ động của các hợp tác xã chè trong năm qua.', direct: false },
    ]);
  });

  it('reads "mong muốn" as speech from a named person only', () => {
    expect(quotes(LONG, 'Ông Vi Văn Thắm cảm ơn các doanh nghiệp; đồng thời mong muốn hai bên tiếp tục hợp tác bao tiêu chè.')).toEqual([
      { speaker: 'Vi Văn Thắm', text: 'hai bên tiếp tục hợp tác bao tiêu chè.', direct: false },
    ]);
    expect(quotes(LONG, 'Ban tổ chức cũng mong muốn hội thảo sẽ mang lại nhiều kết nối mới cho nông dân.')).toEqual([]);
  });

  it('takes no unnamed clause with a predicate for the subject of a coordinated verb', () => {
    expect(quotes(LONG, 'Phó Giám đốc Sở biểu dương và đánh giá cao nỗ lực của các hợp tác xã trong năm qua.')).toEqual([]);
  });

  it('resolves a title written with an abbreviated organisation to the person whose role spells it out', () => {
    const found = quotes(
      'Ông Lò Văn Sáng, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết toàn tỉnh đã có 40 hợp tác xã bán hàng trực tuyến.',
      'Phó Giám đốc Sở NN&PTNT Sơn La khẳng định, chuyển đổi số giúp nông dân giảm chi phí trung gian.',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Lò Văn Sáng', 'Lò Văn Sáng']);
  });

  it('takes reported speech written before its named speaker and verb', () => {
    expect(quotes(LONG, 'Giá chè búp tươi năm nay tăng gần gấp đôi nhờ bán qua sàn thương mại điện tử, ông Hà Văn Khuê cho biết.')).toEqual([
      { speaker: 'Hà Văn Khuê', text: 'Giá chè búp tươi năm nay tăng gần gấp đôi nhờ bán qua sàn thương mại điện tử', direct: false },
    ]);
    expect(quotes(
      'Dự hội thảo có ông Hà Văn Khuê, Giám đốc hợp tác xã chè Bản Liền.',
      'Nông dân cần học cách chụp ảnh sản phẩm cho đẹp, giám đốc hợp tác xã cho biết, và giới thiệu ứng dụng bán hàng của hợp tác xã.',
    )).toEqual([{ speaker: 'Hà Văn Khuê', text: 'Nông dân cần học cách chụp ảnh sản phẩm cho đẹp', direct: false }]);
  });

  it('does not read a verb joined to a second one by "và" as closing the speech', () => {
    const texts = quotes(LONG, 'Phát biểu tại hội thảo, ông Hà Văn Khuê ghi nhận và biểu dương các hợp tác xã đã đi đầu.').map((q) => q.text);
    expect(texts.some((t) => t.startsWith('Phát biểu'))).toBe(false);
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

  it('keeps reported speech beside a direct quotation of somebody else in the same paragraph', () => {
    const found = quotes(LONG, 'Ông Mạc Văn Điền bày tỏ, mỗi nông dân cần nhớ lời dặn của Chủ tịch Hồ Chí Minh: “Nông dân ta giàu thì nước ta giàu”.');
    expect(found.map((q) => [q.speaker, q.direct])).toEqual([['Mạc Văn Điền', false], ['Hồ Chí Minh', true]]);
    // The same speaker's paragraph stays one entry.
    expect(quotes(LONG, 'Ông Mạc Văn Điền cho biết, mùa này lúa tốt: “Năng suất tăng gần một tấn mỗi héc-ta”.').map((q) => q.direct)).toEqual([true]);
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
    // The 40-character tail before the opening mark starts inside "Xnói", at "nói:".
    const line = `Ông Nguyễn Văn An, Giám đốc Sở, Xnói:${' '.repeat(36)}“Chúng tôi sẽ hỗ trợ nông dân chuyển đổi số.”`;
    expect(article(line).quotes.map((q) => q.evidence[1].rule)).toEqual(['quotes.direct-speaker-before']);
  });

  it('attributes a promise followed by a colon to the speaker', () => {
    expect(quotes(LONG, 'Ông Kha Văn Tịnh - Chủ tịch UBND huyện hứa: huyện sẽ hỗ trợ giống cây cho bà con ngay trong tháng tới.')).toEqual([
      { speaker: 'Kha Văn Tịnh', text: 'huyện sẽ hỗ trợ giống cây cho bà con ngay trong tháng tới.', direct: false },
    ]);
  });

  it('resolves a bare "đồng chí" opening a later attribution to the person named last', () => {
    const found = quotes(
      LONG,
      'Phát biểu tại buổi làm việc, Bí thư Huyện ủy Ninh Văn Khoa đánh giá cao sự chuẩn bị của xã.',
      'Đồng chí nhấn mạnh, xã cần làm tốt công tác dân vận trong giải phóng mặt bằng.',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Ninh Văn Khoa', 'Ninh Văn Khoa']);
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

  it('reads no reported speech where the verb states the purpose of an event', () => {
    expect(quotes(
      'Chủ trì có đồng chí Mai Văn Tư, Bí thư Huyện ủy, hội nghị được tổ chức để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.',
      'Hội nghị sơ kết do Sở tổ chức nhằm đánh giá kết quả phong trào thi đua trong toàn ngành.',
    )).toEqual([]);
  });

  it('does not give a short quoted phrase to a speaker who reports speech of his own after it', () => {
    expect(quotes('Để “tiếp sức” cho các hợp tác xã, ông Lò Văn Mạnh, Phó Chủ tịch UBND huyện nói đây là dịp để bà con được chia sẻ.')).toEqual([
      { speaker: 'Lò Văn Mạnh', text: 'đây là dịp để bà con được chia sẻ.', direct: false },
    ]);
  });

  it('takes no clause with a predicate of its own for an unnamed speaker', () => {
    expect(quotes('Các đại biểu dự buổi họp đã sôi nổi bàn bạc, phân tích những điểm còn vướng của dự thảo quy chế.')).toEqual([]);
  });
  it('attributes a quotation set off by a comma to the subject after it, a predicate before the verb', () => {
    const found = quotes(LONG, '“Điều cần hỏi không phải là “có làm hay không”, mà là làm đến đâu? Ai được lợi?”, ông Lò Văn Pấng đặt một loạt câu hỏi và cho biết, huyện sẽ mở thêm lớp tập huấn.');
    expect(found.filter((q) => q.direct).map((q) => q.speaker)).toEqual(['Lò Văn Pấng']);
  });
});

describe('speech verbs that are not speech', () => {
  it('takes no capitalised given name that spells a speech verb for the verb', () => {
    expect(quotes('Chủ tọa phiên họp gồm: TS. Đàm Quốc Khuyên, TS. Mai Thị Lụa, ThS. Vi Văn Đông.')).toEqual([]);
  });

  it('still reads the verb in running text after a name', () => {
    expect(quotes('Ông Đàm Quốc Hưng khuyên, nông dân nên bán chè qua hợp tác xã để giữ giá.')).toEqual([
      { speaker: 'Đàm Quốc Hưng', text: 'nông dân nên bán chè qua hợp tác xã để giữ giá.', direct: false },
    ]);
  });

  it('reads "bổ sung" as speech only before a comma or colon, not before its object', () => {
    expect(quotes('Ban giám khảo bổ sung thêm hai suất khuyến khích cho đội nhỏ tuổi nhất.')).toEqual([]);
    expect(quotes('Ông Đàm Quốc Hưng bổ sung, nông dân nên bán chè qua hợp tác xã để giữ giá.').map((q) => q.speaker)).toEqual(['Đàm Quốc Hưng']);
  });
});

describe('speech said before its speaker on a huge input', () => {
  it('stays fast on a megabyte sentence of "…, ông A cho biết, và …"', () => {
    const unit = 'Việc này rất quan trọng với mọi người dân trong tỉnh, ông Hà Văn Khuê cho biết, và ';
    const started = performance.now();
    article(unit.repeat(Math.ceil(1_000_000 / unit.length)));
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
