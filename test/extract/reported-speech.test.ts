import { describe, expect, it } from 'vitest';
import { article, LONG, quotes } from './quote-fixtures.js';

describe('reported speech', () => {
  it('takes the text after the speech verb to the end of the sentence', () => {
    expect(quotes(LONG, 'Ông Trịnh Văn Bảo, Giám đốc Trung tâm Khuyến nông, cho biết, năm nay tỉnh sẽ mở thêm 20 lớp tập huấn. Các lớp học miễn phí.')).toEqual([
      { speaker: 'Trịnh Văn Bảo', text: 'năm nay tỉnh sẽ mở thêm 20 lớp tập huấn.', direct: false },
    ]);
  });

  it('gives what is said to the subject, not to the relatives an apposition after the subject names', () => {
    expect(quotes(LONG, 'Anh Lê Khánh Hòa, con trai đại tá Lê Hãn và là cháu nội của Tổng Bí thư Trần Văn Duẩn tâm sự: rất đông bà con muốn đến thăm nhà lưu niệm.')).toEqual([
      { speaker: 'Lê Khánh Hòa', text: 'rất đông bà con muốn đến thăm nhà lưu niệm.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Nguyễn Thị Mai – vợ liệt sĩ Trần Văn Hùng cho biết, gia đình đã chờ tin anh suốt 50 năm.')).toEqual([
      { speaker: 'Nguyễn Thị Mai', text: 'gia đình đã chờ tin anh suốt 50 năm.', direct: false },
    ]);
    // A list of people is no apposition: the last named speaks.
    expect(quotes(LONG, 'Sau phần phát biểu của ông Lê Văn An, ông Trần Văn Bình cho biết, năm nay tỉnh sẽ mở thêm 20 lớp.')).toEqual([
      { speaker: 'Trần Văn Bình', text: 'năm nay tỉnh sẽ mở thêm 20 lớp.', direct: false },
    ]);
  });

  it('takes "gửi lời cảm ơn" as speech from a person, not from an organisation', () => {
    expect(quotes(LONG, 'Ông Đàm Văn Lực gửi lời cảm ơn tới các nhà tài trợ đã đồng hành cùng hội thảo.')).toHaveLength(1);
    expect(quotes(LONG, 'Ban tổ chức gửi lời cảm ơn tới các nhà tài trợ đã đồng hành cùng hội thảo.')).toEqual([]);
  });

  it('takes what voters and candidates ask or pledge at a meeting with deputies as their reported speech', () => {
    expect(quotes(LONG, 'Tại hội nghị, cử tri xã Vĩnh Phong đề nghị sớm quy hoạch cụm công nghiệp tại xã.')).toEqual([
      { speaker: 'cử tri xã Vĩnh Phong', text: 'sớm quy hoạch cụm công nghiệp tại xã.', direct: false },
    ]);
    expect(quotes(LONG, 'Các ứng cử viên khẳng định sẽ nỗ lực thực hiện tốt vai trò của người đại biểu.')).toEqual([
      { speaker: 'Các ứng cử viên', text: 'sẽ nỗ lực thực hiện tốt vai trò của người đại biểu.', direct: false },
    ]);
    // Citizens speak for themselves, not for the official whose words around him hold theirs.
    expect(quotes(LONG, 'Sáng 17/11, ông Nguyễn Thế Phước - Phó Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân. Công dân đề nghị các cơ quan làm rõ việc thu hồi đất.')).toEqual([
      { speaker: 'Công dân', text: 'các cơ quan làm rõ việc thu hồi đất.', direct: false },
    ]);
  });

  it('takes what a speaker recommends ("khuyến nghị") as reported speech, the role ending at the verb', () => {
    expect(quotes(LONG, 'Thứ trưởng Bộ Khoa học và Công nghệ Hoàng Minh khuyến nghị các doanh nghiệp khởi nghiệp phát huy tinh thần đổi mới sáng tạo.')).toEqual([
      { speaker: 'Hoàng Minh', text: 'các doanh nghiệp khởi nghiệp phát huy tinh thần đổi mới sáng tạo.', direct: false },
    ]);
  });

  it('takes a passive speech verb ("…, được đánh giá là …") as what is said of its subject, by nobody', () => {
    expect(quotes(LONG, 'Ngôi điện được dựng dưới thời vua Minh Mạng, được đánh giá là công trình đẹp nhất còn lại đến nay.')).toEqual([]);
    expect(quotes(LONG, 'Ông Trịnh Văn Bảo đánh giá đây là công trình đẹp nhất còn lại đến nay.')).toHaveLength(1);
  });

  it('takes a visit of good wishes ("chúc Tết", "chúc thọ") for an act, but the wishes said ("chúc các cụ …") for speech', () => {
    expect(quotes(LONG, 'Ông Trịnh Văn Bảo đã đến thăm và chúc Tết toàn thể cán bộ, công chức của huyện.')).toEqual([]);
    expect(quotes(LONG, 'Ông Trịnh Văn Bảo chúc thọ các cụ cao niên trong xã.')).toEqual([]);
    expect(quotes(LONG, 'Ông Trịnh Văn Bảo chúc các cụ mạnh khỏe, sống lâu cùng con cháu.')).toHaveLength(1);
  });

  it('takes a speech verb\'s words capitalised mid-clause for a name\'s ("Cục Khoa học, Công nghệ và Thông tin, Ủy viên …")', () => {
    expect(quotes(LONG, 'Dự có TS Trịnh Văn Bảo, Phó Cục trưởng Cục Khoa học, Công nghệ và Thông tin, Ủy viên thường trực Ban Chỉ đạo giải thưởng.')).toEqual([]);
    expect(quotes(LONG, 'Tranh Chờ lễ Chúc phúc của họa sĩ Trịnh Văn Bảo được trao giải nhì năm nay.')).toEqual([]);
  });

  it('gives one entry per paragraph', () => {
    const found = quotes(LONG, 'Bà Châu Ngọc Lan cho biết, hợp tác xã đã bán hàng trực tuyến. Bà Lan cũng đề nghị ngân hàng hỗ trợ vốn cho nông dân.');
    expect(found).toHaveLength(1);
  });

  it('reads no speaker in "Theo báo cáo, …" that names nobody, but X in "Theo báo cáo của X, …"', () => {
    expect(quotes(LONG, 'Theo báo cáo, tại kỳ họp thứ 7, HĐND huyện đã thông qua 7 báo cáo và 4 nghị quyết.')).toEqual([]);
    expect(quotes(LONG, 'Theo báo cáo tại đại hội, cả tỉnh có 1.490 chi hội với hơn 225.000 hội viên.')).toEqual([]);
    expect(quotes(LONG, 'Theo báo cáo của Sở Y tế, cả tỉnh có 1.490 nhân viên y tế thôn bản.').map((q) => q.speaker)).toEqual(['Sở Y tế']);
  });

  it('reads a credit of a writer and an outlet ("Theo Hồng Minh/VOV, …") as no speaker', () => {
    expect(quotes(LONG, 'Theo Lan Anh/VOV-Thứ ba, ngày 02/02/2016 15:53 GMT+7')).toEqual([]);
  });

  it('reads what the text\'s own reporter saw ("Theo ghi nhận của PV Hoa Mai, …") as narration, and another body\'s record as its word', () => {
    expect(quotes(LONG, 'Theo ghi nhận của PV Hoa Mai, sáng 18/2 hàng ngàn người dân đã có mặt tại lăng để chờ lễ nghinh Ông.')).toEqual([]);
    expect(quotes(LONG, 'Theo ghi nhận của Sở Y tế, cả tỉnh có 1.490 nhân viên y tế thôn bản.').map((q) => q.speaker)).toEqual(['Sở Y tế']);
  });

  it('gives "Theo Công an tỉnh X, …" to the body, not to its director whose role names it', () => {
    const text = [
      'Dự lễ có Thiếu tướng Phan Văn Tâm, Giám đốc Công an tỉnh Đắk Lắk.',
      'Theo Công an tỉnh Đắk Lắk, đến nay đơn vị đã bàn giao 100% căn nhà cho người dân.',
    ].join(' ');
    expect(quotes(LONG, text).map((q) => q.speaker)).toEqual(['Công an tỉnh Đắk Lắk']);
    // A title still finds its holder.
    expect(quotes(LONG, 'Dự lễ có Thiếu tướng Phan Văn Tâm, Giám đốc Công an tỉnh Đắk Lắk. Theo Giám đốc Công an tỉnh, đơn vị đã bàn giao 100% căn nhà cho người dân.')
      .map((q) => q.speaker)).toEqual(['Phan Văn Tâm']);
  });

  it('reads X in "Theo ghi nhận từ X, …" and "Theo ghi nhận của X, …", nobody in a bare "Theo ghi nhận, …"', () => {
    expect(quotes(LONG, 'Theo ghi nhận từ Ban tổ chức, số lượng thí sinh tham dự hội thi năm nay tăng mạnh.').map((q) => q.speaker)).toEqual(['Ban tổ chức']);
    expect(quotes(LONG, 'Theo ghi nhận của Sở Y tế, cả tỉnh có 1.490 nhân viên y tế thôn bản.').map((q) => q.speaker)).toEqual(['Sở Y tế']);
    expect(quotes(LONG, 'Theo ghi nhận, số lượng thí sinh tham dự hội thi năm nay tăng mạnh.')).toEqual([]);
  });

  it('reads "nhìn nhận" as speech, which ends the speaker\'s role', () => {
    const found = article(LONG, 'PGS.TS Trần Văn Thiện, Hiệu trưởng Trường Đại học Văn Hiến nhìn nhận trong những năm qua, Việt Nam ngày càng hội nhập sâu rộng.');
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Trần Văn Thiện']);
    expect(found.people.find((p) => p.name === 'Trần Văn Thiện')?.role).toBe('Hiệu trưởng Trường Đại học Văn Hiến');
  });

  it('takes no speech verb capitalised inside a name after a dash ("Lễ Vu Lan – Chúc Thọ")', () => {
    expect(quotes(LONG, 'PSO- Ngày 11/8/2019 (11/7 Kỷ Hợi) ĐĐ.Thích Minh Tâm- Trưởng ban Hoằng pháp huyện Tân Phú, Trụ trì chùa Hòa Phúc (thôn 4, xã Tân Lập, huyện Tân Phú, đã trọng thể tổ chức Vu Lan – Chúc Thọ PL. 2663- DL. 2019.')).toEqual([]);
  });

  it('reads no speaker in a clause that tells what a meeting did ("tổ chức Hội nghị tổng kết, đánh giá …")', () => {
    expect(quotes(LONG, 'Sáng 28/12, UBND tỉnh tổ chức Hội nghị tổng kết, đánh giá kết quả thực hiện kế hoạch ngành nông nghiệp năm 2023.')).toEqual([]);
    expect(quotes(LONG, 'Hội nghị nghe văn phòng trình bày dự thảo báo cáo, đánh giá tình hình thực hiện nhiệm vụ năm 2020.')).toEqual([]);
    // "Ban tổ chức" is a body that may speak.
    expect(quotes(LONG, 'Ban tổ chức giải cho biết, năm nay có 24 đội bóng tham gia tranh tài.').map((q) => q.speaker)).toEqual(['Ban tổ chức giải']);
  });

  it('reads "Cụ" referring back to the elder named before as the speaker', () => {
    expect(quotes(LONG, 'Cụ Nguyễn Thị Em 70 tuổi không giấu được niềm vui khi đoàn đến mừng thọ. Cụ cho biết: bản thân mồ côi từ nhỏ, nay được mừng thọ rất vui.'))
      .toEqual([{ speaker: 'Nguyễn Thị Em', text: 'bản thân mồ côi từ nhỏ, nay được mừng thọ rất vui.', direct: false }]);
  });

  it('reads "tin tưởng" as speech from a person, and gives a verb after "và" to the sentence\'s subject', () => {
    expect(quotes(LONG, 'Phát biểu tại buổi lễ, Cục trưởng Lê Hoàng Minh chúc mừng ông Trần Lập trên cương vị mới và tin tưởng rằng ông sẽ hoàn thành tốt nhiệm vụ được giao.'))
      .toEqual([{ speaker: 'Lê Hoàng Minh', text: 'ông sẽ hoàn thành tốt nhiệm vụ được giao.', direct: false }]);
    expect(quotes(LONG, 'Ban tổ chức tin tưởng giải đấu năm nay sẽ thành công tốt đẹp và an toàn.')).toEqual([]);
  });

  it('gives another speaker named later in the paragraph an entry of their own', () => {
    expect(quotes(LONG, 'Phó Chủ tịch UBND tỉnh Hồ Văn Bửu cho biết tỉnh gặp khó khăn khi chuyển đổi số. Các chuyên gia Singapore cho rằng, tỉnh cần chọn những việc nhỏ, làm nhanh để tạo lòng tin.')).toEqual([
      { speaker: 'Hồ Văn Bửu', text: 'tỉnh gặp khó khăn khi chuyển đổi số.', direct: false },
      { speaker: 'Các chuyên gia Singapore', text: 'tỉnh cần chọn những việc nhỏ, làm nhanh để tạo lòng tin.', direct: false },
    ]);
    // Not a reference back ("Người": Hồ Chí Minh) inside what the paragraph's speaker tells.
    expect(quotes(LONG, 'Đại tá Trần Văn Liêm cho biết: Cách đây 68 năm, Chủ tịch Hồ Chí Minh đã gửi thư đến Hội nghị cán bộ y tế. Trong thư, Người nhắc nhở cán bộ y tế phải đoàn kết, thương yêu người bệnh.'))
      .toHaveLength(1);
  });

  it('skips the circumstances between the verb and what was said', () => {
    expect(quotes(LONG, 'Ông Trần Văn Hùng chia sẻ với phóng viên, năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.')).toEqual([
      { speaker: 'Trần Văn Hùng', text: 'năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Lê Thu Hà chia sẻ tại buổi lễ tổng kết của hợp tác xã.')).toEqual([]);
  });

  it('reads over a manner word before the circumstance ("chia sẻ chân thành trước …")', () => {
    expect(quotes(LONG, 'Đại tá Trần Văn Xuân chia sẻ chân thành trước trăn trở của sinh viên về việc học gì và ra trường sẽ làm gì.')).toEqual([]);
    expect(quotes(LONG, 'Ông Trần Văn Hùng chia sẻ thẳng thắn với phóng viên, năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.')).toEqual([
      { speaker: 'Trần Văn Hùng', text: 'năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.', direct: false },
    ]);
  });

  it('reads "X cho đó là …" as speech but not "X cho phép …"', () => {
    expect(quotes(LONG, 'Ông Mạc Văn Toàn cho đó là bước tiến lớn của ngành chè trong tỉnh.')).toHaveLength(1);
    expect(quotes(LONG, 'Ông Mạc Văn Toàn cho phép các hợp tác xã dùng nhà văn hóa để họp.')).toEqual([]);
  });

  it('does not take sharing information or knowledge ("chia sẻ thông tin", "chia sẻ tri thức") as speech', () => {
    expect(quotes(LONG, 'Ông Hà Văn Khuê chia sẻ thông tin chương trình tập huấn cho các hợp tác xã.')).toEqual([]);
    expect(quotes(LONG, 'Các chuyên gia cùng trao đổi, chia sẻ tri thức về nuôi tôm sạch ở các xã ven biển.')).toEqual([]);
  });

  it('does not take informing on a topic ("thông báo về tình hình …") as speech, but what is announced', () => {
    expect(quotes(LONG, 'Tại hội nghị, đại diện các xã đã thông báo về tình hình sản xuất vụ đông và kết quả tiêu thụ nông sản.')).toEqual([]);
    expect(quotes(LONG, 'Ông Trần Văn Hùng thông báo, năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.')).toEqual([
      { speaker: 'Trần Văn Hùng', text: 'năm nay hợp tác xã đã xuất khẩu 20 tấn vải thiều.', direct: false },
    ]);
  });

  it('does not take "nói chung" or a noun use of a verb as speech', () => {
    expect(quotes(LONG, 'Ngành nông nghiệp nói chung và ngành chè nói riêng đang chuyển mình mạnh mẽ trong năm nay.')).toEqual([]);
    expect(quotes(LONG, 'Nhiều thông tin, chỉ số về thị trường được cập nhật hằng ngày trên hệ thống của tỉnh.')).toEqual([]);
  });
});

describe('reported speech after "Theo X,"', () => {
  it('reads "Theo ông X, …" as reported speech', () => {
    const found = quotes('Tham dự có ông Phùng Đức Hải – chuyên gia nông nghiệp.', 'Theo ông Hải, giá nông sản sẽ ổn định trong quý tới.');
    expect(found).toEqual([{ speaker: 'Phùng Đức Hải', text: 'giá nông sản sẽ ổn định trong quý tới.', direct: false }]);
  });

  it('reads "Theo X thì …" as "Theo X, …", and a plan or a spirit there as nobody', () => {
    expect(quotes(LONG, 'Theo Công an huyện Đạ Tẻh thì việc lắp camera an ninh giúp giảm mạnh trộm cắp vặt.')).toEqual([
      { speaker: 'Công an huyện Đạ Tẻh', text: 'việc lắp camera an ninh giúp giảm mạnh trộm cắp vặt.', direct: false },
    ]);
    expect(quotes(LONG, 'Theo kế hoạch thì huyện sẽ tập trung tuyên truyền về mục đích của ngày hội.')).toEqual([]);
  });

  it('leaves the role in apposition after "Theo bà X," out of the text', () => {
    const found = quotes(LONG, 'Theo bà Yamada Keiko, đại diện Tổ chức JICA, mô hình này có thể nhân rộng ra cả vùng.');
    expect(found).toEqual([{ speaker: 'Yamada Keiko', text: 'mô hình này có thể nhân rộng ra cả vùng.', direct: false }]);
  });

  it('leaves a role opening with any position ("Tổ trưởng …") out of the text after "Theo ông X,"', () => {
    const found = quotes(LONG, 'Theo ông Đinh Văn Lộc, Tổ trưởng tổ hợp tác chè Bản Mòn, sản lượng chè năm nay tăng gần một phần ba.');
    expect(found).toEqual([{ speaker: 'Đinh Văn Lộc', text: 'sản lượng chè năm nay tăng gần một phần ba.', direct: false }]);
  });

  it('reads "Theo TS. X, role, …" and "Theo PGS.TS. X, role, …" with the bare name and the text after the role', () => {
    expect(quotes(LONG, 'Theo TS. Mạc Văn Điền, Phó Viện trưởng Viện Lúa, nông dân cần ghi chép nhật ký đồng ruộng bằng điện thoại.')).toEqual([
      { speaker: 'Mạc Văn Điền', text: 'nông dân cần ghi chép nhật ký đồng ruộng bằng điện thoại.', direct: false },
    ]);
    expect(quotes(LONG, 'Theo PGS.TS. Lạc Thị Huệ, Hiệu trưởng Trường Đại học Nông nghiệp, nhà trường sẽ mở thêm ngành nông nghiệp số.').map((q) => q.speaker))
      .toEqual(['Lạc Thị Huệ']);
  });

  it('reads "Theo [title] X - a long role, …" past the word limit of a speaker phrase, but no long phrase without a name', () => {
    expect(quotes(LONG, 'Theo Kỹ sư Đàm Văn Lực - Phó Giám đốc Trung tâm Khuyến nông và Phát triển nông thôn tỉnh Bắc Kạn, giống chè mới cho năng suất cao hơn hẳn.')).toEqual([
      { speaker: 'Đàm Văn Lực', text: 'giống chè mới cho năng suất cao hơn hẳn.', direct: false },
    ]);
    expect(quotes(LONG, 'Theo Trung tâm Khuyến nông tỉnh Bắc Kạn cùng các hợp tác xã chè trong vùng và nhiều hộ trồng chè lâu năm, giống chè mới cho năng suất cao hơn hẳn.')).toEqual([]);
  });

  it('reads "Theo thông tin từ X, …" with X as the speaker, but not "thông tin" without "từ" or "của"', () => {
    expect(quotes(LONG, 'Theo thông tin từ Hợp tác xã chè Tân Cương, giá chè búp khô đã tăng gần một phần năm so với năm ngoái.')).toEqual([
      { speaker: 'Hợp tác xã chè Tân Cương', text: 'giá chè búp khô đã tăng gần một phần năm so với năm ngoái.', direct: false },
    ]);
    expect(quotes(LONG, 'Theo thông tin trên trang điện tử của tỉnh, giá chè búp khô đã tăng gần một phần năm so với năm ngoái.')).toEqual([]);
  });

  it('does not read "Theo dõi …" as according to somebody', () => {
    expect(quotes(LONG, 'Theo dõi hội thảo có ông Mạc Văn Điền, Phó Viện trưởng Viện Lúa, cùng nhiều chuyên gia nông nghiệp.')).toEqual([]);
  });
});

describe('held-out speech forms', () => {
  it('reads "kể:" and "phát biểu:" before unquoted words as reported speech, not "phát biểu tại …"', () => {
    expect(quotes(LONG, 'Bà Hoàng Thị Mận kể: hồi mới vào hợp tác xã, cả bản chỉ có hai chiếc điện thoại.')).toEqual([
      { speaker: 'Hoàng Thị Mận', text: 'hồi mới vào hợp tác xã, cả bản chỉ có hai chiếc điện thoại.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Hoàng Thị Mận phát biểu tại hội thảo về kinh nghiệm bán chè của hợp tác xã.')).toEqual([]);
  });

  it('does not read "kể" without a quotation as speech ("kể cả", "đáng kể")', () => {
    expect(quotes(LONG, 'Ông Lò Văn Pản kể cả những hộ nghèo nhất cũng đã dùng điện thoại thông minh để bán hàng.')).toEqual([]);
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

  it('reads "chúc" (a wish) as speech from a named person only, not "chúc mừng" without a quotation', () => {
    expect(quotes(LONG, 'Ông Vi Văn Thắm chúc các hợp tác xã chè luôn đoàn kết, sản xuất giỏi.')).toEqual([
      { speaker: 'Vi Văn Thắm', text: 'các hợp tác xã chè luôn đoàn kết, sản xuất giỏi.', direct: false },
    ]);
    expect(quotes(LONG, 'Ông Vi Văn Thắm chúc mừng các hợp tác xã chè đạt giải cao trong hội thi.')).toEqual([]);
    expect(quotes(LONG, 'Ban tổ chức chúc các hợp tác xã chè luôn đoàn kết, sản xuất giỏi.')).toEqual([]);
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

  it('attributes a promise followed by a colon to the speaker', () => {
    expect(quotes(LONG, 'Ông Kha Văn Tịnh - Chủ tịch UBND huyện hứa: huyện sẽ hỗ trợ giống cây cho bà con ngay trong tháng tới.')).toEqual([
      { speaker: 'Kha Văn Tịnh', text: 'huyện sẽ hỗ trợ giống cây cho bà con ngay trong tháng tới.', direct: false },
    ]);
  });
});

describe('reported speech of a unit of the armed forces', () => {
  it('takes a border guard post or a coast guard region as the speaker, not a lower-case "biên phòng" in the text', () => {
    expect(quotes(LONG, 'Ngày 2/3, Đồn Biên phòng Hòa Lâm cho biết, đơn vị vừa đưa 12 ngư dân vào bờ an toàn.')).toEqual([
      { speaker: 'Đồn Biên phòng Hòa Lâm', text: 'đơn vị vừa đưa 12 ngư dân vào bờ an toàn.', direct: false },
    ]);
    expect(quotes(LONG, 'Ngày 2/3, Biên phòng cửa khẩu cảng Hòa Lâm cho biết, đơn vị vừa đưa 12 ngư dân vào bờ.').map((q) => q.speaker))
      .toEqual(['Biên phòng cửa khẩu cảng Hòa Lâm']);
  });
});

describe('reported speech named by the sentence after it', () => {
  it('reads "…. Đó là khẳng định của [title] X tại …" as X\'s statement, the sentence before', () => {
    expect(quotes(LONG, 'Chuyển đổi số là con đường duy nhất để nông sản của tỉnh vươn xa. Đó là khẳng định của ông Lục Văn Hòa, Giám đốc Sở Nông nghiệp, tại hội thảo.')).toEqual([
      { speaker: 'Lục Văn Hòa', text: 'Chuyển đổi số là con đường duy nhất để nông sản của tỉnh vươn xa.', direct: false },
    ]);
    expect(quotes(LONG, 'Hợp tác xã cần một sàn giao dịch chung cho cả vùng chè. Đây cũng là ý kiến của nhiều đại biểu, trong đó có bà Lò Thị Mai.').map((q) => q.speaker))
      .toEqual([]);
  });

  it('does not read "Đó là …" that names no statement ("Đó là kết quả của …") as an attribution', () => {
    expect(quotes(LONG, 'Sản lượng chè năm nay tăng gần một phần ba. Đó là kết quả của ông Lục Văn Hòa và các hợp tác xã.')).toEqual([]);
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

  it('reads "chia sẻ" before the knowledge it hands on, plural word or not, as no speech', () => {
    expect(quotes(LONG, 'Tại lớp học, các chuyên gia Hội Làm vườn chia sẻ những kiến thức cơ bản về trồng chè sạch.')).toEqual([]);
    expect(quotes(LONG, 'Tại lớp học, các chuyên gia Hội Làm vườn chia sẻ kinh nghiệm trồng chè sạch.')).toEqual([]);
    expect(quotes(LONG, 'Ông Đàm Quốc Hưng chia sẻ, những năm qua nông dân đã trồng chè sạch.').map((q) => q.speaker)).toEqual(['Đàm Quốc Hưng']);
  });

  it('reads "chia sẻ" before hardships it shares in, "với" or not, as sympathy, no speech', () => {
    expect(quotes(LONG, 'Phó Chủ tịch Ủy ban MTTQ tỉnh Đàm Quốc Hưng chia sẻ những khó khăn mà đồng bào gặp phải do thiên tai và trao 300 triệu đồng.')).toEqual([]);
    expect(quotes(LONG, 'Ông Đàm Quốc Hưng chia sẻ với những mất mát của bà con vùng lũ và mong bà con sớm ổn định cuộc sống.')).toEqual([]);
    expect(quotes(LONG, 'Ông Đàm Quốc Hưng chia sẻ, khó khăn lớn nhất là thiếu vốn.').map((q) => q.speaker)).toEqual(['Đàm Quốc Hưng']);
  });

  it('reads "chia sẻ" before the ways and models it hands on as no speech, but before a clause as speech', () => {
    expect(quotes(LONG, 'Dự buổi ra mắt, ông Đàm Quốc Hưng chúc mừng hợp tác xã và chia sẻ một số cách trồng chè sạch ở Nhật Bản qua các đoạn phim.')).toEqual([]);
    expect(quotes(LONG, 'Tại lớp học, các chuyên gia Hội Làm vườn chia sẻ mô hình trồng chè sạch ở Thái Nguyên.')).toEqual([]);
    expect(quotes(LONG, 'Ông Đàm Quốc Hưng chia sẻ, cách đây ba năm nông dân đã trồng chè sạch.').map((q) => q.speaker)).toEqual(['Đàm Quốc Hưng']);
  });

  it('reads "trả lời" before the questions it answers as no speech, but before a clause as speech', () => {
    expect(quotes(LONG, 'Tại buổi tiếp xúc, ông Đàm Quốc Hưng trả lời các ý kiến, kiến nghị của cử tri về đường giao thông nông thôn.')).toEqual([]);
    expect(quotes(LONG, 'Sau phần văn nghệ, các em học sinh trả lời câu hỏi có thưởng về an toàn giao thông.')).toEqual([]);
    expect(quotes(LONG, 'Ông Đàm Quốc Hưng trả lời, huyện sẽ làm xong con đường trước mùa mưa.').map((q) => q.speaker)).toEqual(['Đàm Quốc Hưng']);
  });

  it('reads "bày tỏ" before the gratitude it shows as no speech, but before a clause as speech', () => {
    expect(quotes(LONG, 'Thay mặt gia đình, bà Lò Thị Mai bày tỏ lòng biết ơn trước sự giúp đỡ của hội phụ nữ và bà con trong bản.')).toEqual([]);
    expect(quotes(LONG, 'Các cựu chiến binh bày tỏ sự tri ân với những người đã ngã xuống vì độc lập của dân tộc.')).toEqual([]);
    expect(quotes(LONG, 'Bà Lò Thị Mai bày tỏ, gia đình sẽ cố gắng làm ăn để sớm thoát nghèo.').map((q) => q.speaker)).toEqual(['Lò Thị Mai']);
  });

  it('reads a bare council or meeting right before the verb as a name going on, not a speaker', () => {
    expect(quotes(LONG, 'Sáng 3/5, Hội đồng đánh giá, xếp hạng sản phẩm làng nghề huyện tổ chức phiên họp thứ nhất.')).toEqual([]);
    expect(quotes(LONG, 'Hội nghị đánh giá, tổng kết mô hình trồng chè sạch của huyện năm 2024.')).toEqual([]);
    // An adverb between them makes it the subject that speaks.
    expect(quotes(LONG, 'Hội nghị đã đánh giá, mô hình trồng chè sạch mang lại thu nhập ổn định cho nông dân.').map((q) => q.speaker)).toEqual(['Hội nghị']);
  });

  it('reads "mong rằng" as speech, the hope\'s clause what was said', () => {
    expect(quotes(LONG, 'Phát biểu tại buổi lễ, bà Lò Thị Mai mong rằng hội viên tiếp tục phát huy truyền thống của đơn vị.')).toEqual([
      { speaker: 'Lò Thị Mai', text: 'hội viên tiếp tục phát huy truyền thống của đơn vị.', direct: false },
    ]);
  });

  it('reads "bổ sung" as speech only before a comma or colon, not before its object', () => {
    expect(quotes('Ban giám khảo bổ sung thêm hai suất khuyến khích cho đội nhỏ tuổi nhất.')).toEqual([]);
    expect(quotes('Ông Đàm Quốc Hưng bổ sung, nông dân nên bán chè qua hợp tác xã để giữ giá.').map((q) => q.speaker)).toEqual(['Đàm Quốc Hưng']);
  });
});

describe('reported speech: talks, occasions, notices, standing committees, a coordinated sentence', () => {
  it('reads no speech in a talk given on topics, nor in what an occasion is for, nor in "ý kiến, kiến nghị"', () => {
    expect(quotes(LONG, 'Ông Dương Quốc Trọng đã nói chuyện về ba chuyên đề chính gồm dân số và phát triển.')).toEqual([]);
    expect(quotes(LONG, 'Hội nghị Trung tâm CNTT phía Bắc là nơi chia sẻ những thành công đã đạt được của đơn vị trong năm.')).toEqual([]);
    expect(quotes(LONG, 'Đoàn của bà Kiều Thị Hồng Hoa giám sát những việc cử tri có ý kiến, kiến nghị trước và sau kỳ họp thứ 18, HĐND huyện khóa XX.')).toEqual([]);
  });

  it('reads no speech in "tiếng nói" or "lời nói", nouns ("Đài Tiếng nói Việt Nam")', () => {
    expect(quotes(LONG, 'Đoàn thanh niên Đài Tiếng nói Việt Nam vừa tổ chức lễ khánh thành thư viện xanh cho trường.')).toEqual([]);
    expect(quotes(LONG, 'Bà Lê Thị Mai cho biết lời nói của các em đã làm thầy cô xúc động.')).toHaveLength(1);
  });

  it('reads "Theo thông báo từ X, …" as X\'s, and a standing committee as a speaker', () => {
    expect(quotes(LONG, 'Theo thông báo từ ban tổ chức, sắp tới, các điểm chợ phiên còn lại sẽ lần lượt mở cửa.')).toEqual([
      { speaker: 'ban tổ chức', text: 'sắp tới, các điểm chợ phiên còn lại sẽ lần lượt mở cửa.', direct: false },
    ]);
    expect(quotes(LONG, 'Tại buổi làm việc, Thường trực HĐND tỉnh đánh giá cao những kết quả HĐND huyện đạt được.')).toEqual([
      { speaker: 'Thường trực HĐND tỉnh', text: 'những kết quả HĐND huyện đạt được.', direct: false },
    ]);
  });

  it('reads "đúc kết:" before a quotation as speech, and "nhiều học sinh" as who spoke', () => {
    expect(quotes(LONG, 'Kết thúc phiên tòa, nhiều học sinh đúc kết: "Tốt nhất là đừng đùa giỡn qua mạng với người mà mình không quen".')).toEqual([
      { speaker: 'nhiều học sinh', text: 'Tốt nhất là đừng đùa giỡn qua mạng với người mà mình không quen', direct: true },
    ]);
    expect(quotes(LONG, 'Hội nghị đúc kết nhiều bài học kinh nghiệm quý trong công tác dân vận.')).toEqual([]);
  });

  it('gives a sentence opening with "Đồng thời" and a speech verb to the person the sentence before names', () => {
    const said = 'Kết luận buổi họp, ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh thống nhất với dự thảo kế hoạch. Đồng thời, lưu ý xây dựng chủ đề của hội nghị phù hợp với tình hình mới.';
    expect(quotes(LONG, said)).toEqual([{ speaker: 'Lê Ngọc Khánh', text: 'xây dựng chủ đề của hội nghị phù hợp với tình hình mới.', direct: false }]);
    // Nobody named before: no speaker.
    expect(quotes(LONG, 'Hội nghị thống nhất với dự thảo kế hoạch. Đồng thời đề nghị các sở xây dựng chủ đề của hội nghị.')).toEqual([]);
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

describe('reported speech: a verb made a noun', () => {
  it('reads no speech after "nỗi" or "niềm" ("là nỗi băn khoăn của học sinh")', () => {
    expect(quotes(LONG, 'Việc lựa chọn một ngành, trường để theo học luôn là nỗi băn khoăn của học sinh cũng như phụ huynh mỗi mùa tuyển sinh.')).toEqual([]);
  });
});
