import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';

const P1 = 'Sáng 12/5, Trường Tiểu học Hòa Bình tổ chức lễ tổng kết năm học 2023-2024 với sự tham dự của đông đảo phụ huynh, thầy cô giáo và các em học sinh toàn trường.';
const P2 = 'Năm học vừa qua, nhà trường có 45 học sinh đạt giải trong các kỳ thi cấp huyện và cấp tỉnh, tăng gần gấp đôi so với năm học trước, một kết quả đáng ghi nhận của tập thể.';
const P3 = 'Nhà trường cũng khen thưởng các giáo viên có thành tích xuất sắc trong công tác chủ nhiệm và bồi dưỡng học sinh giỏi, đồng thời phát động phong trào đọc sách mùa hè.';
const parseLines = (...lines: string[]) => parseArticle(['Lễ tổng kết năm học tại Trường Tiểu học Hòa Bình', ...lines].join('\n'), { path: 'a.txt' });
const captions = (...lines: string[]) => parseLines(...lines).captions.map((c) => c.text);

describe('captions: the lead under a byline', () => {
  it('takes no short lead opening with an outlet\'s tag for a photo\'s line, below the byline and the stamp', () => {
    // The lead says the headline's words again, as a photo's line under it may.
    const a = parseArticle([
      'TP.HCM hưởng ứng Ngày Thế giới phòng chống đột quỵ', 'VTV9', '03:21 ngày 17/05/2017',
      'VTV.vn - Sáng 17/5, Sở Y tế TP.HCM đã tổ chức lễ mít tinh phát động Tháng hành động phòng chống đột quỵ, hưởng ứng Ngày Thế giới phòng chống đột quỵ.',
      P2,
    ].join('\n'), { path: 'a.txt' });
    expect(a.captions).toEqual([]);
  });
});

describe('captions', () => {
  it('takes the line above a lead that opens with the outlet\'s tag as the top photo\'s caption, not a byline there', () => {
    const lead = `TP - ${P1}`;
    const a = parseLines('Chủ tịch UBND tỉnh gắn Huân chương lên lá cờ truyền thống của nhà trường', lead, P2, P3);
    expect(a.captions.map((c) => c.text)).toEqual(['Chủ tịch UBND tỉnh gắn Huân chương lên lá cờ truyền thống của nhà trường']);
    expect(a.source.name).toBe('TP');
    const b = parseLines('N.Dung', lead, P2, P3);
    expect([b.captions, b.source.author, b.source.name]).toEqual([[], 'N.Dung', 'TP']);
  });

  it('takes a line closed by a reporter\'s and an agency\'s codes in brackets ("(PV/VOV-Bắc Kinh)")', () => {
    expect(captions(P1, 'Đại sứ Lê Văn Khôi phát biểu tại lễ kỷ niệm. (PV/VOV-Bắc Kinh)', P2, P3)).toEqual(['Đại sứ Lê Văn Khôi phát biểu tại lễ kỷ niệm. (PV/VOV-Bắc Kinh)']);
    // A sentence of the text that names a programme in brackets is none.
    expect(captions(P1, 'Nhà trường tham gia chương trình hợp tác với Đài Tiếng nói Việt Nam (VOV) từ năm 2020 đến nay.', P2, P3)).toEqual([]);
  });

  it('takes a short line closed by where its photo came from in brackets ("(Nguồn: TTXVN)"), not a paragraph closed so', () => {
    expect(captions(P1, 'Đại hội bầu ra một Chủ tịch và ba Phó Chủ tịch. (Nguồn: TTXVN)', P2, P3)).toEqual(['Đại hội bầu ra một Chủ tịch và ba Phó Chủ tịch. (Nguồn: TTXVN)']);
    expect(captions(P1, `${P2} (Nguồn: TTXVN)`, P3)).toEqual([]);
    // The label alone on its line credits the text.
    expect(captions(P1, P2, P3, '(Nguồn: TTXVN)')).toEqual([]);
  });

  it('takes a short standalone line between paragraphs', () => {
    expect(captions(P1, 'Các em học sinh biểu diễn văn nghệ chào mừng', P2)).toEqual(['Các em học sinh biểu diễn văn nghệ chào mừng']);
  });

  it('takes a full-stop line showing a handover or a release of fry, but not one telling what it is for', () => {
    const handover = 'Bàn giao nhà tình thương cho gia đình ông Lê Văn Sáu (ấp 3, xã Tân Hòa).';
    expect(captions(P1, handover, P2)).toEqual([handover]);
    const release = 'Các lực lượng liên ngành thả cá giống xuống sông để bổ sung, tái tạo nguồn lợi thủy sản.';
    expect(captions(P1, P2, release)).toEqual([release]);
    expect(captions(P1, 'Việc thả cá giống nhằm tái tạo nguồn lợi thủy sản cho vùng sông nước nhà.', P2)).toEqual([]);
  });

  it('takes a full-stop line showing people talking, seeing off, drilling or reading, not one telling of such acts', () => {
    for (const line of [
      'Các đại biểu, chuyên gia trong nước và quốc tế thảo luận các báo cáo chuyên đề tại hội thảo.',
      'Phó Chủ tịch UBND tỉnh Lê Văn Hòa tiễn đoàn công tác của Bộ Ngoại giao tại cửa khẩu.',
      'Lực lượng phòng cháy, chữa cháy của Công an tỉnh thực hành diễn tập tình huống chữa cháy.',
      'Các em học sinh Trường Tiểu học Hòa Bình đọc sách trong thư viện mới của nhà trường.',
      'Các đảng viên mới của Chi bộ Trường THPT Hòa Bình tuyên thệ trước cờ Đảng trong buổi lễ kết nạp.',
    ]) expect(captions(P1, line, P2)).toEqual([line]);
    // After a photo's caption, a line without a full stop is a caption only if it shows an act.
    const credited = 'Thầy Lê Văn Tuấn trao quyết định kết nạp đảng viên cho học sinh.';
    expect(captions(P1, credited, 'Đảng viên mới tuyên thệ trước cờ', P2)).toEqual([credited, 'Đảng viên mới tuyên thệ trước cờ']);
    expect(captions(P1, 'Trong năm qua, nhà trường đã tổ chức nhiều buổi thảo luận về phương pháp đọc sách cho học sinh.', P2)).toEqual([]);
  });

  it('takes a line that only says its photo is an illustration, even above the lead, not a line about illustrations', () => {
    expect(captions('Ảnh minh họa', P1, P2)).toEqual(['Ảnh minh họa']);
    expect(captions(P1, '(Ảnh minh hoạ)', P2)).toEqual(['(Ảnh minh hoạ)']);
    expect(captions(P1, P2, 'Ảnh minh họa cho bài viết được học sinh tự vẽ và gửi về tòa soạn bằng thư tay từ các xã vùng cao.')).toEqual([]);
  });

  it('takes an illustration line with where its picture came from, not a line about illustrations with one', () => {
    expect(captions('Ảnh minh họa. (Nguồn: dulichviet.vn)', P1, P2)).toEqual(['Ảnh minh họa. (Nguồn: dulichviet.vn)']);
    expect(captions(P1, 'Hình minh họa - Nguồn: Internet', P2)).toEqual(['Hình minh họa - Nguồn: Internet']);
    expect(captions(P1, P2, 'Ảnh minh họa cho bài viết được các em tự vẽ và gửi về tòa soạn bằng thư tay. (Nguồn: Hội Khuyến học)')).toEqual([]);
  });

  it('takes no line that goes on with a list the paragraph above left open with a semicolon or a comma', () => {
    const open = 'Đến dự có đồng chí Lê Văn Tám, Phó Chủ tịch UBND huyện, cùng lãnh đạo các phòng, ban của huyện và đại diện phụ huynh học sinh các khối lớp;';
    expect(captions(P1, open, 'Hiệu trưởng các trường tiểu học cùng các thầy cô giáo trong huyện', P2)).toEqual([]);
    expect(captions(P1, open.replace(/;$/, '.'), 'Hiệu trưởng các trường tiểu học cùng các thầy cô giáo trong huyện', P2))
      .toEqual(['Hiệu trưởng các trường tiểu học cùng các thầy cô giáo trong huyện']);
  });

  it('takes no line that comments on what the event may be ("Đây có thể coi là …")', () => {
    expect(captions(P1, P2, 'Đây có thể coi là đợt tổng kết lớn nhất của nhà trường')).toEqual([]);
    expect(captions(P1, P2, 'Đây được xem là mốc son của nhà trường')).toEqual([]);
  });

  it('takes a line that repeats a sentence of the paragraph above it, or the headline, however long', () => {
    const closing = 'Nhà trường cũng khen thưởng các giáo viên có thành tích xuất sắc trong công tác chủ nhiệm và bồi dưỡng học sinh giỏi, đồng thời phát động phong trào đọc sách mùa hè của toàn trường.';
    const repeated = closing.slice(closing.indexOf('khen thưởng')).replace(/^k/, 'K');
    expect(captions(P1, P2, `Theo Ban giám hiệu, nhà trường cũng ${repeated.charAt(0).toLowerCase()}${repeated.slice(1)}`, repeated))
      .toEqual([repeated]);
    expect(captions(P1, 'Lễ tổng kết năm học tại Trường Tiểu học Hòa Bình', P2)).toEqual(['Lễ tổng kết năm học tại Trường Tiểu học Hòa Bình']);
    // In other case, with a full stop and doubled spaces: the same line.
    expect(captions(P1, 'Lễ tổng kết năm học  tại trường tiểu học Hòa Bình.', P2)).toEqual(['Lễ tổng kết năm học tại trường tiểu học Hòa Bình.']);
  });

  it('takes a credited line of up to 60 words, the same line of 61 words no more, wherever else it is measured', () => {
    const credited = (words: number) => `${Array.from({ length: words - 2 }, (_, k) => (k % 2 ? 'học' : 'sinh')).join(' ')}. Ảnh: Minh`;
    // Each line is measured against several thresholds (credit, repeat, a real paragraph next to it).
    expect(captions(P1, credited(60), P2)).toEqual([credited(60)]);
    expect(captions(P1, credited(61), P2)).toEqual([]);
  });

  it('takes a line that opens with the words of a sentence above and adds to them', () => {
    const above = 'Nhiều em có thành tích nổi bật trong năm học. Một trong số đó là em Lò Thị Hạnh học sinh lớp 4 Trường Tiểu học Bản Mòng.';
    const caption = 'Em Lò Thị Hạnh học sinh lớp 4 Trường Tiểu học Bản Mòng, xã Chiềng Cọ, tỉnh Sơn La.';
    expect(captions(P1, above, caption, P2)).toEqual([caption]);
    // Speech, or a second sentence, goes on with the text.
    expect(captions(P1, above, 'Em Lò Thị Hạnh học sinh lớp 4 Trường Tiểu học Bản Mòng cho biết, em rất vui.', P2)).toEqual([]);
    expect(captions(P1, above, 'Em Lò Thị Hạnh học sinh lớp 4 Trường Tiểu học Bản Mòng học giỏi. Em thích đọc sách.', P2)).toEqual([]);
  });

  it('takes a sentence that opens with words of the paragraph below it, past a second such line', () => {
    const below = 'Trong buổi học, các em học sinh được hướng dẫn cách trồng cây, tưới nước và bảo vệ cây xanh trong khuôn viên trường học của mình.';
    const first = 'Các em học sinh được hướng dẫn cách trồng và chăm sóc cây xanh.';
    const second = 'Các em học sinh được hướng dẫn cách tưới nước cho cây.';
    expect(captions(P1, first, below, P2)).toEqual([first]);
    expect(captions(P1, first, second, below, P2)).toEqual([first, second]);
    // A subheading over the section (no full stop) says its words again too; other words are text.
    expect(captions(P1, 'Cần hướng dẫn các em học sinh được trồng cây, tưới nước', 'Trong buổi học, cần hướng dẫn các em học sinh được trồng cây, tưới nước và bảo vệ cây xanh trong khuôn viên trường học của mình.', P2)).toEqual([]);
    expect(captions(P1, 'Các thầy cô được hướng dẫn cách trồng và chăm sóc cây xanh.', below, P2)).toEqual([]);
  });

  it('takes a line that says where people stand in the picture, colon and all', () => {
    const line = 'Ban giám khảo hội thi (từ trái sang): cô Lê Thu Hà, thầy Đỗ Văn Nam, cô Phạm Mai';
    expect(captions(P1, line, P2)).toEqual([line]);
  });

  it('takes a line placing a person on the left or right ("(bên phải, áo hồng)"), unless it quotes what they say', () => {
    for (const line of [
      'Chị Lê Thu Hà (bên phải, áo hồng) chào đón các tân sinh viên tại cổng trường.',
      'Phó Chủ tịch Liên đoàn Lao động huyện Lê Văn Đại (thứ hai, bên phải sang) trao hỗ trợ "Mái ấm Công đoàn" cho đoàn viên.',
      'Bí thư Huyện đoàn Trần Văn Nam (ngoài cùng bên phải) trao học bổng cho các em học sinh.',
    ]) expect(captions(P1, line, P2)).toEqual([line]);
    expect(captions(P1, 'Cô Vũ Thị Hợp (ngoài cùng bên trái) tiếp lời: “Các em hãy yêu văn chương như yêu cuộc sống của mình.”', P2)).toEqual([]);
  });

  it('takes a whole scene right under the headline, before the lead, as the photo there', () => {
    expect(captions('Toàn cảnh lễ tổng kết tại hội trường nhà trường', P1, P2)).toEqual(['Toàn cảnh lễ tổng kết tại hội trường nhà trường']);
    expect(parseLines('Toàn cảnh lễ tổng kết tại hội trường nhà trường', P1, P2).event.date).toMatch(/-05-12$/);
  });

  it('takes lines with a photo credit, and a credit line on its own', () => {
    expect(captions(P1, 'Cô Hiệu trưởng trao thưởng cho học sinh giỏi. Ảnh: Hoàng Yến', P2, 'Ảnh: Minh Khôi'))
      .toEqual(['Cô Hiệu trưởng trao thưởng cho học sinh giỏi. Ảnh: Hoàng Yến', 'Ảnh: Minh Khôi']);
  });

  it('takes the line right above a credit standing alone, under the headline too, not a dated lead', () => {
    const picture = 'Các em học sinh lớp 3 tặng hoa thầy cô giáo';
    expect(captions(picture, 'Ảnh: Minh Khôi', P1, P2)).toEqual([picture, 'Ảnh: Minh Khôi']);
    expect(parseLines(picture, 'Ảnh: Minh Khôi', P1, P2).lead).toBe(P1);
    expect(captions(P1, 'Ảnh: Minh Khôi', P2)).toEqual(['Ảnh: Minh Khôi']);
  });

  it('takes a credit written without its colon, only as a name after the caption', () => {
    expect(captions(P1, 'Cô Hiệu trưởng trao thưởng cho học sinh giỏi. Ảnh Hoàng Yến', P2, 'Tiết mục múa của lớp 5A. Ảnh H.Y', P3))
      .toEqual(['Cô Hiệu trưởng trao thưởng cho học sinh giỏi. Ảnh Hoàng Yến', 'Tiết mục múa của lớp 5A. Ảnh H.Y']);
    expect(captions(P1, 'Các em học sinh được tặng sách và ảnh lưu niệm của nhà trường trong dịp này.', P2)).toEqual([]);
  });

  it('takes a short picture line under the headline, before the lead, unless the photos carry credits', () => {
    expect(captions('Các em học sinh biểu diễn văn nghệ chào mừng', P1, P2)).toEqual(['Các em học sinh biểu diễn văn nghệ chào mừng']);
    expect(parseLines('Các em học sinh biểu diễn văn nghệ chào mừng', P1, P2).lead).toBe(P1);
    expect(captions('Các em học sinh biểu diễn văn nghệ chào mừng', P1, 'Cô Hiệu trưởng trao thưởng. Ảnh: Hoàng Yến', P2)).toEqual(['Cô Hiệu trưởng trao thưởng. Ảnh: Hoàng Yến']);
    // A sapo is longer, and a stamp under the headline is no caption.
    const sapo = 'Lễ tổng kết năm học là dịp nhìn lại một năm nhiều cố gắng của thầy cô giáo và các em học sinh toàn trường';
    expect(captions(sapo, P1, P2)).toEqual([]);
    expect(captions('Thứ tư, 15/05/2024', P1, P2)).toEqual([]);
  });

  it('takes a line showing a contest\'s work with its author and prize, not the report of the prizes', () => {
    const work = 'Tác phẩm Bình minh trên sông Lam của tác giả Nguyễn Hữu Phong, Câu lạc bộ ảnh Hòa Bình đạt giải Nhất.';
    expect(captions(P1, work, P2)).toEqual([work]);
    expect(captions(P1, 'Nhà thơ Lê Minh Khoa cho biết cuộc thi năm nay có nhiều tác phẩm được đánh giá cao.', P2)).toEqual([]);
  });

  it('takes a line between a photo and the text that shows no action for a subheading', () => {
    expect(captions(P1, 'Các em học sinh biểu diễn văn nghệ chào mừng', 'Ươm mầm những ước mơ', P2))
      .toEqual(['Các em học sinh biểu diễn văn nghệ chào mừng']);
    expect(captions(P1, 'Các em học sinh biểu diễn văn nghệ chào mừng', 'Cô Hiệu trưởng khen thưởng học sinh giỏi', P2))
      .toEqual(['Các em học sinh biểu diễn văn nghệ chào mừng', 'Cô Hiệu trưởng khen thưởng học sinh giỏi']);
  });

  it('takes a longer line with a full stop that shows an opening, people watching or cheering', () => {
    expect(captions(P1, 'Chính thức khai mạc hội sách thiếu nhi của nhà trường năm nay.', P2))
      .toEqual(['Chính thức khai mạc hội sách thiếu nhi của nhà trường năm nay.']);
    expect(captions(P1, 'Lãnh đạo huyện và các thầy cô giáo xem trưng bày sản phẩm của học sinh.', P2))
      .toEqual(['Lãnh đạo huyện và các thầy cô giáo xem trưng bày sản phẩm của học sinh.']);
  });

  it('takes a line labelled as a caption, not the label announcing a gallery', () => {
    const labelled = 'Hình ảnh: Thầy Lê Văn Tâm - Hiệu trưởng nhà trường: Khai mạc lễ tổng kết';
    expect(captions(P1, labelled, P2)).toEqual([labelled]);
    expect(captions(P1, 'Trong ảnh: cô Hiệu trưởng trao thưởng cho học sinh giỏi', P2)).toEqual(['Trong ảnh: cô Hiệu trưởng trao thưởng cho học sinh giỏi']);
    expect(captions(P1, P2, 'Hình ảnh:', 'Phụ huynh chụp ảnh cùng các em')).not.toContain('Hình ảnh:');
  });

  it('takes a numbered figure\'s line as a caption ("Hình 1: …")', () => {
    const figure = 'Hình 1: Quý thầy cô và các tân bác sĩ chụp hình lưu niệm';
    expect(captions(P1, figure, P2)).toEqual([figure]);
  });

  it('takes a gallery announcement without its colon for no caption', () => {
    expect(captions(P1, P2, 'Một số hình ảnh của buổi lễ', 'Phụ huynh chụp ảnh cùng các em')).toEqual(['Phụ huynh chụp ảnh cùng các em']);
  });

  it('takes the lines of a gallery announced with a colon', () => {
    expect(captions(P1, P2, 'Một số hình ảnh khác của buổi lễ:', 'Phụ huynh chụp ảnh cùng các em', 'Tiết mục múa của lớp 5A'))
      .toEqual(['Phụ huynh chụp ảnh cùng các em', 'Tiết mục múa của lớp 5A']);
  });

  it('takes every line of a gallery, full stop or not, up to the next paragraph', () => {
    expect(captions(P1, P2, 'Một số hình ảnh tại hội trại hè của trường:', 'Thi kéo co.', 'Cuộc thi nấu cơm niêu luôn sôi động và đông vui suốt buổi chiều.', P3))
      .toEqual(['Thi kéo co.', 'Cuộc thi nấu cơm niêu luôn sôi động và đông vui suốt buổi chiều.']);
  });

  it('takes a short full-stop line that shows a photographed action', () => {
    expect(captions(P1, 'Lãnh đạo xã trao quà cho các em học sinh nghèo vượt khó.', P2)).toEqual(['Lãnh đạo xã trao quà cho các em học sinh nghèo vượt khó.']);
    expect(captions(P1, 'Các đại biểu dự lễ khánh thành thư viện mới của trường.', P2)).toHaveLength(1);
  });

  it('takes a full-stop line showing a moment or a feeling ("Niềm vui của …"), not a claim about it', () => {
    expect(captions(P1, 'Niềm vui của các em nhỏ khi lần đầu cầm trên tay cuốn sách mới.', P2)).toEqual(['Niềm vui của các em nhỏ khi lần đầu cầm trên tay cuốn sách mới.']);
    expect(captions(P1, 'Nụ cười rạng rỡ của các em học sinh lớp 5 trong ngày tổng kết.', P2)).toHaveLength(1);
    expect(captions(P1, 'Niềm vui lớn nhất của thầy cô là nhìn thấy các em trưởng thành.', P2)).toEqual([]);
  });

  it('takes a full-stop line showing a performance ("Tiết mục …") or people giving views, not a count of performances', () => {
    const act = 'Tiết mục tốp ca “Mùa xuân trên quê hương” của lớp 5A Trường Tiểu học Hòa Bình.';
    expect(captions(P1, act, P2)).toEqual([act]);
    expect(captions(P1, 'Đông đảo các doanh nghiệp đóng góp ý kiến.', P2)).toEqual(['Đông đảo các doanh nghiệp đóng góp ý kiến.']);
    // Performances counted in a sentence are no picture of one.
    expect(captions(P1, 'Đội văn nghệ xã Hòa Bình mang đến 12 tiết mục đặc sắc trong đêm khai mạc năm 2023.', P2)).toEqual([]);
  });

  it('takes a full-stop line showing a moment of a match or judges scoring, not narration of them', () => {
    const play = 'Pha tranh bóng trong trận chung kết giữa đội xã Hòa Bình (áo đỏ) và đội xã Tân Mỹ.';
    expect(captions(P1, play, P2)).toEqual([play]);
    const judges = 'Ban giám khảo chấm điểm các tiết mục văn nghệ của các lớp trong trường.';
    expect(captions(P1, judges, P2)).toEqual([judges]);
    expect(captions(P1, 'Ban giám khảo đã chấm điểm công tâm, được các đội thi đánh giá rất cao.', P2)).toEqual([]);
  });

  it('takes a full-stop line showing a ceremony, a chair, thanks given or an address read', () => {
    expect(captions(P1, 'Lãnh đạo huyện và các đại biểu thực hiện nghi thức khai mạc hội thi.', P2)).toHaveLength(1);
    expect(captions(P1, 'Bà Lò Thị Hoa, Chủ tịch Hội Khuyến học xã, chủ trì buổi gặp mặt.', P2)).toHaveLength(1);
    expect(captions(P1, 'Ông Vi Văn Tằng, Trưởng ban đại diện cha mẹ học sinh tri ân các thầy cô giáo.', P2)).toHaveLength(1);
    expect(captions(P1, 'Thầy Hiệu trưởng Lê Văn Tâm đọc diễn văn kỷ niệm ngày thành lập trường.', P2)).toHaveLength(1);
  });

  it('takes a full-stop line showing a check-up, advice, a new committee, a vote or a parade', () => {
    for (const line of [
      'Các bác sĩ khám bệnh và phát thuốc cho người cao tuổi thôn Tân Lập.',
      'Cán bộ y tế xã tư vấn cách chăm sóc sức khỏe cho các bà mẹ.',
      'Ban Chấp hành Hội Nông dân xã Hòa Bình khóa X, nhiệm kỳ 2023-2028 ra mắt đại hội.',
      'Các đại biểu biểu quyết thông qua nghị quyết đại hội.',
      'Khối nam dân quân tự vệ huyện Tân Phú diễu duyệt qua lễ đài.',
      'Các tín đồ dâng cúng lễ vật tại tháp cổ trong ngày lễ hội.',
      'Đoàn rước kiệu Thánh Mẫu đi quanh làng Tân Lập.',
      'Các học viên tham dự lớp tập huấn nghiệp vụ tại hội trường huyện.',
    ]) expect(captions(P1, line, P2)).toEqual([line]);
    expect(captions(P1, 'Trạm y tế xã đã tư vấn cho hơn 300 lượt người dân trong năm qua.', P2)).toEqual([]);
  });

  it('takes a full-stop line showing people honoured in the passive ("… được chúc thọ."), not narration with it', () => {
    for (const line of [
      'Các cụ cao niên của thôn 3 Hòa Bình được chúc thọ.',
      'Các tập thể có thành tích xuất sắc trong phong trào xây dựng nông thôn mới xã Hòa Bình được khen thưởng.',
      'Giải nhất hội thi được trao cho Đội Phụ nữ Công an huyện.',
    ]) expect(captions(P1, line, P2)).toEqual([line]);
    for (const line of [
      'Năm nay, cả nước có 88 thương hiệu, sản phẩm được trao danh hiệu “Thương hiệu Vàng”.',
      'Ở phần thi văn nghệ, giải nhất thuộc về đội Hòa Bình; giải nhì được trao cho đội Tân Phú và đội Tân Lập.',
      'Nhiều tập thể và cá nhân trong xã đã được trao tặng bằng khen cho những đóng góp trong năm qua.',
      'Các tập thể có thành tích xuất sắc trong phong trào được khen thưởng, nhằm động viên phong trào thi đua.',
    ]) expect(captions(P1, line, P2)).toEqual([]);
  });

  it('does not take a sentence telling what came after the ceremony', () => {
    expect(captions(P1, 'Sau lễ khai mạc, các đội bước vào thi đấu vòng bảng.', P2)).toEqual([]);
  });

  it('does not take the lead, a long paragraph or a short narrative sentence', () => {
    expect(captions('Buổi lễ tổng kết của nhà trường', P2, P3)).toEqual([]);
    expect(captions(P1, 'Nhiều phụ huynh đã được mời phát biểu ý kiến trong năm học qua.', P2)).toEqual([]);
    expect(captions(P1, 'Tuy nhiên, cơ sở vật chất của trường còn thiếu thốn', P2)).toEqual([]);
    expect(captions(P1, 'Tiếp theo, các đại biểu tham quan phòng truyền thống của nhà trường.', P2)).toEqual([]);
    expect(captions(P1, 'Qua các vòng thi, ban giám khảo trao giải cho 12 tiết mục.', P2)).toEqual([]);
    expect(captions(P1, 'Cần thêm phòng học cho học sinh vùng cao', P2)).toEqual([]);
    expect(captions(P1, 'Vì sao học sinh ngại đọc sách?', P2)).toEqual([]);
    expect(captions(P1, 'NHỮNG CON SỐ ẤN TƯỢNG', P2)).toEqual([]);
    expect(captions(P1, 'Giải có 12 đội tham dự.', P2)).toEqual([]);
    expect(captions(P1, '- Giải nhất thuộc về lớp 5A', P2)).toEqual([]);
    expect(captions(P1, 'Giải nhất: lớp 5A', P2)).toEqual([]);
    expect(captions(P1, 'Chiều 12/5, các em học sinh lớp 5 tham dự lễ trưởng thành tại hội trường.', P2)).toEqual([]);
    expect(captions(P1, 'Buổi lễ có sự tham dự của lãnh đạo Phòng Giáo dục huyện và đại diện phụ huynh.', P2)).toEqual([]);
    expect(captions(P1, 'Hội sách diễn ra đến hết ngày 20/9 với nhiều hoạt động giao lưu tác giả.', P2)).toEqual([]);
    expect(captions(P1, 'Lễ khai mạc hội sách diễn ra vào tối 18/9 tại thư viện tỉnh.', P2)).toEqual([]);
    expect(captions(P1, 'Dự khai mạc có Phó Chủ tịch UBND huyện Lê Văn Nam và Trưởng phòng Giáo dục Trần Thu Hà.', P2)).toEqual([]);
  });

  it('reads uncredited short lines as subheadings when the outlet credits its photos', () => {
    expect(captions(P1, 'Thầy Hiệu trưởng phát biểu. Ảnh: Lan Anh', P2, 'Cần thêm phòng học mới', P3))
      .toEqual(['Thầy Hiệu trưởng phát biểu. Ảnh: Lan Anh']);
  });

  it('takes a scene between two paragraphs when the outlet credits its other photos, and no longer line', () => {
    const credited = 'Thầy Hiệu trưởng phát biểu. Ảnh: Lan Anh';
    expect(captions(P1, 'Quang cảnh buổi lễ', P2, credited, P3)).toEqual(['Quang cảnh buổi lễ', credited]);
    expect(captions(P1, 'Không khí lễ tổng kết năm học của thầy và trò Trường Tiểu học Hòa Bình năm nay', P2, credited, P3)).toEqual([credited]);
  });

  it('takes an uncredited full-stop line showing an action when the outlet credits its other photos', () => {
    const credited = 'Thầy Hiệu trưởng phát biểu. Ảnh: Lan Anh';
    const uncredited = 'Các em học sinh lớp 4B nhận phần thưởng tại buổi lễ.';
    expect(captions(P1, credited, P2, uncredited, P3)).toEqual([credited, uncredited]);
    // Next to a credited caption, as photos follow one another.
    expect(captions(P1, uncredited, credited, P2)).toEqual([uncredited, credited]);
    expect(captions(P1, credited, uncredited, P2)).toEqual([credited, uncredited]);
    // Without an action it stays text, as does a line as long as a paragraph.
    expect(captions(P1, credited, P2, 'Trường có thêm phòng học mới.', P3)).toEqual([credited]);
    expect(captions(P1, credited, P2, 'Các em học sinh lớp 4B của thầy Trần Văn Sơn nhận phần thưởng của Hội Khuyến học xã Tân Phong tại buổi lễ tổng kết cuối năm học vừa qua.', P3))
      .toEqual([credited]);
  });

  it('takes people attending as a photographed action, not a project or a plan', () => {
    expect(captions(P1, 'Các đại biểu và thầy cô giáo dự hội nghị tổng kết năm học.', P2)).toHaveLength(1);
    expect(captions(P1, 'Dự án thư viện xanh của trường hoàn thành trong tháng năm.', P2)).toEqual([]);
  });

  it('takes people attending at a place as a photographed action, not a delegation said to attend', () => {
    const attending = 'Lãnh đạo Phòng Giáo dục huyện và đại diện Hội Cha mẹ học sinh các trường tham dự tại điểm cầu huyện Ngọc Lâm.';
    expect(captions(P1, P2, attending)).toEqual([attending]);
    expect(captions(P1, 'Đoàn giáo viên của huyện do ông Lê Văn Nam, Trưởng phòng Giáo dục làm trưởng đoàn, tham dự diễn đàn giáo dục.', P2)).toEqual([]);
  });

  it('reads a sentence opening with where it happened and a comma as text, not a caption', () => {
    expect(captions(P1, 'Tại lễ tổng kết, Ban giám hiệu nhà trường đã tiến hành trao giấy khen, phần thưởng cho các em học sinh giỏi toàn diện của từng khối lớp.', P2)).toEqual([]);
    // The place after the action is a caption's.
    expect(captions(P1, 'Các em học sinh lớp 4B nhận phần thưởng tại buổi lễ.', P2)).toHaveLength(1);
  });

  it('takes a longer picture line without a full stop under the headline, not a sapo', () => {
    const picture = 'Bà Hoàng Thị Mai trao học bổng Ươm mầm tài năng cho các em học sinh nghèo xã Tân Phong';
    expect(captions(picture, P1, P2)).toEqual([picture]);
    // With a full stop it may be a sapo, above a lead that does not open with its day (above
    // one that does, see "a picture line above a dated lead").
    expect(captions(`${picture}.`, P2, P3)).toEqual([]);
  });

  it('takes a long line without a full stop as a caption when it shows an action', () => {
    const attending = 'Phó Chủ tịch UBND tỉnh Lâm Văn Đức, Giám đốc Sở Giáo dục Trịnh Thu Hương cùng các đại biểu, '
      + 'thầy cô giáo và phụ huynh dự lễ khánh thành nhà đa năng của Trường Tiểu học Hòa Bình';
    expect(captions(P1, attending, P2)).toEqual([attending]);
    expect(captions(P1, `${attending}.`, P2)).toEqual([]);
    const report = 'Nhà đa năng của Trường Tiểu học Hòa Bình, huyện Ngọc Lâm có hai tầng với tám phòng học bộ môn, '
      + 'một thư viện, một phòng tin học và một sân tập thể dục có mái che cho các em học sinh toàn trường';
    expect(captions(P1, report, P2)).toEqual([]);
  });

  it('reads what the event meant, what was also given, a claim and a pull quote as text, not captions', () => {
    expect(captions(P1, 'Đây là dịp để các em học sinh giao lưu và nhận quà của nhà trường.', P2)).toEqual([]);
    expect(captions(P1, 'Hội Khuyến học xã còn trao tặng 20 bộ sách cho học sinh nghèo.', P2)).toEqual([]);
    expect(captions(P1, 'Khẳng định vai trò của thư viện trường học', P2)).toEqual([]);
    // A line wholly in quotation marks is a pull quote or a slogan.
    expect(captions(P1, '“Mỗi trang sách mở ra một chân trời mới cho các em”', P2)).toEqual([]);
  });

  it('marks caption blocks so that the lead skips them', () => {
    // A whole scene under the headline is the photo there: the lead is the paragraph after it.
    const article = parseLines('Toàn cảnh buổi lễ', P1, P2);
    expect(article.captions.map((c) => c.text)).toEqual(['Toàn cảnh buổi lễ']);
    expect(article.lead).toBe(P1);
    const withCaption = parseLines(P1, 'Toàn cảnh buổi lễ', P2);
    expect(withCaption.captions).toHaveLength(1);
  });

  it('reads a sentence reporting speech, a dated one or one full of figures as text', () => {
    expect(captions(P1, 'Cô Lan chia sẻ, các em đã tiến bộ rất nhiều trong năm học.', P2)).toEqual([]);
    expect(captions(P1, 'Hôm nay (5/6), nhà trường tổ chức lễ ra trường cho học sinh lớp 5.', P2)).toEqual([]);
    expect(captions(P1, 'Buổi lễ bắt đầu lúc 8h với 300 học sinh và 40 giáo viên tham gia.', P2)).toEqual([]);
    // One figure in a photo description is fine.
    expect(captions(P1, 'Học sinh lớp 5A tham gia trò chơi dân gian.', P2)).toEqual(['Học sinh lớp 5A tham gia trò chơi dân gian.']);
  });

  it('does not take a closing line that says what the event was for a caption', () => {
    expect(captions(P1, P2, 'Buổi lễ trao thưởng cho học sinh là việc làm ý nghĩa, thiết thực chào mừng năm học mới của nhà trường.')).toEqual([]);
    expect(captions(P1, P2, 'Cô Hiệu trưởng trao thưởng cho các em học sinh giỏi của nhà trường.')).toEqual(['Cô Hiệu trưởng trao thưởng cho các em học sinh giỏi của nhà trường.']);
  });

  it('takes a run of picture lines closing the text, though none stands next to a long paragraph', () => {
    const noPicture = 'Tốc độ của các thuyền đua nam ở lượt về trên sông.';
    const run = ['Các cổ động viên đứng trên bờ sông cổ vũ các đội đua thuyền.', 'Niềm vui của đội đua thuyền nữ xã Hòa Bình khi về đích.'];
    expect(captions(P1, P2, noPicture, ...run)).toEqual(run);
    // A run that a line of text closes is no closing gallery.
    expect(captions(P1, P2, noPicture, ...run, 'Buổi lễ kết thúc lúc 11 giờ cùng ngày.')).toEqual([]);
  });

  it('does not take a closing line that says what the event promises or leads to ("hứa hẹn", "góp phần")', () => {
    expect(captions(P1, P2, 'Lễ khai mạc hội thao để lại nhiều ấn tượng, hứa hẹn một mùa giải thành công của toàn trường.')).toEqual([]);
    expect(captions(P1, P2, 'Lễ khai mạc hội thao để lại nhiều ấn tượng, góp phần khích lệ phong trào rèn luyện của học sinh.')).toEqual([]);
    expect(captions(P1, P2, 'Thầy Hiệu trưởng phát biểu khai mạc hội thao của nhà trường năm nay.')).toEqual(['Thầy Hiệu trưởng phát biểu khai mạc hội thao của nhà trường năm nay.']);
  });

  it('takes a competing scene, a whole-scene line and a picture closing the text as captions', () => {
    expect(captions(P1, 'Các đội thi nội dung kéo co trên sân trường em.', P2)).toEqual(['Các đội thi nội dung kéo co trên sân trường em.']);
    expect(captions(P1, 'Năm học tới nhà trường tiếp tục chăm lo cho học sinh.', 'Quang cảnh buổi lễ')).toEqual(['Quang cảnh buổi lễ']);
    expect(captions(P1, 'Năm học tới nhà trường tiếp tục chăm lo cho học sinh.', 'Màn múa sạp của các em học sinh.', 'Nguồn: Phòng GD&ĐT huyện'))
      .toEqual(['Màn múa sạp của các em học sinh.']);
    expect(captions(P1, 'Năm học tới nhà trường tiếp tục chăm lo cho học sinh.', 'Buổi lễ kết thúc lúc 11 giờ cùng ngày.')).toEqual([]);
  });

  it('leaves plain Markdown paragraphs to the text and keeps emphasised lines as captions', () => {
    const md = ['# Lễ tổng kết', '', P1, '', 'Học sinh lớp 5A tham gia trò chơi dân gian.', '', '*Toàn cảnh buổi lễ*', '', P2].join('\n');
    expect(parseArticle(md, { path: 'a.md' }).captions.map((c) => c.text)).toEqual(['Toàn cảnh buổi lễ']);
  });

  const markdown = (...paragraphs: string[]) => ['# Lễ tổng kết năm học tại Trường Tiểu học Hòa Bình', ...paragraphs].join('\n\n');
  const mdCaptions = (...paragraphs: string[]) => parseArticle(markdown(...paragraphs), { path: 'a.md' }).captions.map((c) => [c.text, c.evidence[0].rule]);

  it('reads a Markdown paragraph as a text line when the Markdown marks no caption of its own', () => {
    const photo = 'Các em học sinh biểu diễn văn nghệ chào mừng';
    expect(mdCaptions(P1, photo, P2)).toEqual([[photo, 'captions.short-line']]);
    expect(mdCaptions(P1, P2, 'Quang cảnh buổi lễ')).toEqual([['Quang cảnh buổi lễ', 'captions.scene']]);
    // What a text line would not be, a paragraph is not either.
    expect(mdCaptions(P1, 'Buổi lễ kết thúc lúc 11 giờ cùng ngày.', P2)).toEqual([]);
  });

  it('takes the line under an image whose alt text says nothing of the photo as its caption, instead of the alt text', () => {
    const photo = 'Các em học sinh biểu diễn văn nghệ chào mừng';
    expect(mdCaptions(P1, '![Ảnh](anh-1.jpg)', photo, P2)).toEqual([[photo, 'captions.under-image']]);
    expect(mdCaptions(P1, '![anh-1.jpg](anh-1.jpg)', photo, P2)).toEqual([[photo, 'captions.under-image']]);
    expect(mdCaptions(P1, '![Ảnh minh họa](anh-1.jpg)', photo, P2)).toEqual([[photo, 'captions.under-image']]);
    // An alt text that describes the photo is its caption; the paragraph under it is text.
    expect(mdCaptions(P1, '![Toàn cảnh buổi lễ](le.jpg)', photo, P2)).toEqual([['Toàn cảnh buổi lễ', 'captions.reader']]);
    // Under an uninformative alt, a paragraph too long for a caption stays text.
    expect(mdCaptions(P1, '![Ảnh](anh-1.jpg)', P2, P3)).toEqual([['Ảnh', 'captions.reader']]);
  });

  it('takes the line under an image whose alt text it repeats as the one caption, its credit too', () => {
    const photo = 'Các em học sinh biểu diễn văn nghệ chào mừng';
    expect(mdCaptions(P1, `![${photo}](anh-1.jpg)`, photo, P2)).toEqual([[photo, 'captions.under-image']]);
    const credited = `${photo}. Ảnh: M.Đức`;
    expect(mdCaptions(P1, `![${credited}](anh-1.jpg)`, credited, P2)).toEqual([[credited, 'captions.under-image']]);
  });

  it('leaves a short Markdown paragraph to the text once an image caption is marked, and a heading is no caption', () => {
    const photo = 'Các em học sinh biểu diễn văn nghệ chào mừng';
    expect(mdCaptions(P1, photo, '![Toàn cảnh buổi lễ](le.jpg)', P2)).toEqual([['Toàn cảnh buổi lễ', 'captions.reader']]);
    expect(mdCaptions(P1, `## ${photo}`, P2)).toEqual([]);
  });

  it('leaves a Markdown list item or quoted line to the text: its marker says what it is', () => {
    const photo = 'Các em học sinh biểu diễn văn nghệ chào mừng';
    expect(mdCaptions(P1, `- ${photo}`, P2)).toEqual([]);
    expect(mdCaptions(P1, `> ${photo}`, P2)).toEqual([]);
  });
});

describe('captions: writer credits, inline labels and what will happen', () => {
  it('does not take a line that only credits the writers, but takes a short picture line', () => {
    expect(captions(P1, P2, P3, 'Nhóm phóng viên')).toEqual([]);
    expect(captions(P1, P2, 'Nhóm PV', P3)).toEqual([]);
    expect(captions(P1, 'Nhóm học sinh đọc sách', P2)).toEqual(['Nhóm học sinh đọc sách']);
  });

  it('takes a line with "Trong ảnh:" after its first sentence, which credits no photo: the short lines beside it stay captions', () => {
    const labelled = 'Sau lễ tổng kết, các lớp biểu diễn văn nghệ sôi nổi trên sân trường. Trong ảnh: Tiết mục múa của lớp 4A';
    expect(captions(P1, 'Nhà trường trao giấy khen cho học sinh giỏi', P2, labelled, P3))
      .toEqual(['Nhà trường trao giấy khen cho học sinh giỏi', labelled]);
    // "Ảnh:" after a sentence still credits the photo.
    expect(captions(P1, 'Nhà trường trao giấy khen cho học sinh giỏi', P2, 'Các lớp biểu diễn văn nghệ. Ảnh: Minh Hà', P3))
      .toEqual(['Các lớp biểu diễn văn nghệ. Ảnh: Minh Hà']);
  });

  it('takes a full-stop line showing crews racing ("đua tài"), not one only about a boat race', () => {
    const racing = 'Các đội thuyền nam của xã Hòa Bình đua tài trên sông Kiến Giang.';
    expect(captions(P1, racing, P2)).toEqual([racing]);
    expect(captions(P1, 'Đội thuyền nam của xã Hòa Bình về đích lúc 10 giờ 30 phút.', P2)).toEqual([]);
  });

  it('does not take a line that tells what will happen', () => {
    expect(captions(P1, 'Lễ phát thưởng hè sẽ diễn ra vào chiều 30/5', P2)).toEqual([]);
    expect(captions(P1, 'Lễ phát thưởng hè diễn ra vào chiều 30/5', P2)).toEqual(['Lễ phát thưởng hè diễn ra vào chiều 30/5']);
  });
});

describe('captions: a portrait', () => {
  it('takes a line naming only its sitter and his post ("Ông A, tân Bí thư …."), stopped or not, as a caption', () => {
    expect(captions(P1, 'Ông Lương Văn Hải, tân Bí thư kiêm Chủ tịch UBND huyện Hòa Bình.', P2, P3)).toEqual(['Ông Lương Văn Hải, tân Bí thư kiêm Chủ tịch UBND huyện Hòa Bình.']);
    expect(captions('Bà Lò Thị Mai - Thành ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Hòa Bình', P1, P2, P3)).toEqual(['Bà Lò Thị Mai - Thành ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Hòa Bình']);
  });
  it('does not take a sentence that opens with a name and a post, nor a post before the name', () => {
    expect(captions(P1, 'Ông Lương Văn Hải, Giám đốc Sở Giáo dục, đã có 20 năm gắn bó với ngành giáo dục tỉnh nhà.', P2, P3)).toEqual([]);
    expect(captions(P1, 'Ông Lương Văn Hải, Giám đốc Sở Giáo dục, cho biết năm học tới sẽ có thêm 12 phòng học mới.', P2, P3)).toEqual([]);
    expect(captions(P1, 'Bí thư Huyện ủy Lương Văn Hải, người gắn bó với nhà trường hơn 20 năm qua.', P2, P3)).toEqual([]);
  });
});

describe('captions: a picture line above a dated lead', () => {
  it('takes a caption-long picture line right under the headline when the lead below opens with its day, not a dated or tagged sapo', () => {
    const photo = 'Bà Nguyễn Thị Hoa - Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh trao giấy khen cho các em học sinh đạt thành tích xuất sắc trong năm học.';
    expect(captions(photo, P1, P2)).toEqual([photo]);
    expect(parseLines(photo, P1, P2).lead).toBe(P1);
    // A line telling its own day, or opening with the outlet's tag, is the sapo.
    expect(captions('Bà Nguyễn Thị Hoa trao giấy khen ngày 12/5 cho các em học sinh đạt thành tích xuất sắc trong năm học vừa qua.', P1, P2)).toEqual([]);
    expect(captions('(GD&TĐ) - Bà Nguyễn Thị Hoa trao giấy khen cho các em học sinh đạt thành tích xuất sắc trong năm học vừa qua.', P1, P2)).toEqual([]);
  });
});
