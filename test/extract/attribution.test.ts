import { describe, expect, it } from 'vitest';
import { LONG, quotes } from './quote-fixtures.js';

describe('the speaker before a speech verb', () => {
  it('reads the speaker past adverbs before the verb, in any case, but not a speaker who will speak', () => {
    for (const adverb of ['cũng', 'CŨNG', 'tiếp tục']) {
      expect(quotes(LONG, `Bà Lục Thị Hoa ${adverb} cho biết, hợp tác xã đã bán hết hai tấn chè.`)).toEqual([
        { speaker: 'Lục Thị Hoa', text: 'hợp tác xã đã bán hết hai tấn chè.', direct: false },
      ]);
    }
    expect(quotes(LONG, 'Bà Lục Thị Hoa sẽ cho biết, hợp tác xã đã bán hết hai tấn chè.')).toEqual([]);
    expect(quotes(LONG, 'Bà Lục Thị Hoa DỰ KIẾN cho biết, hợp tác xã đã bán hết hai tấn chè.')).toEqual([]);
  });

  it('keeps an unnamed speaker as written', () => {
    const found = quotes(LONG, 'Phát biểu tại hội thảo, đại diện lãnh đạo Sở Công Thương cho biết, sàn thương mại điện tử của tỉnh đã có 300 sản phẩm.');
    expect(found.map((q) => q.speaker)).toEqual(['đại diện lãnh đạo Sở Công Thương']);
  });

  it('does not take an announcement with "sẽ" as speech', () => {
    expect(quotes(LONG, 'Chiều nay, đại diện Hiệp hội Chè sẽ chia sẻ về thị trường xuất khẩu sang châu Âu.')).toEqual([]);
  });

  it('gives reported speech after "đồng thời" or "và" to the subject before the predicate', () => {
    expect(quotes(LONG, 'Ông Vi Văn Thắm, Giám đốc Trung tâm Khuyến nông, trao 20 máy tính bảng cho các tổ hợp tác; đồng thời cho biết năm tới tỉnh sẽ mở thêm lớp tập huấn.')).toEqual([
      { speaker: 'Vi Văn Thắm', text: 'năm tới tỉnh sẽ mở thêm lớp tập huấn.', direct: false },
    ]);
    expect(quotes(LONG, 'Bà Lục Thị Dung thăm gian hàng của hợp tác xã và nhấn mạnh, nông sản sạch cần có mã truy xuất nguồn gốc.')).toEqual([
      { speaker: 'Lục Thị Dung', text: 'nông sản sạch cần có mã truy xuất nguồn gốc.', direct: false },
    ]);
  });

  it('takes no unnamed clause with a predicate for the subject of a coordinated verb', () => {
    expect(quotes(LONG, 'Phó Giám đốc Sở biểu dương và đánh giá cao nỗ lực của các hợp tác xã trong năm qua.')).toEqual([]);
  });

  it('takes no clause with a predicate of its own for an unnamed speaker', () => {
    expect(quotes('Các đại biểu dự buổi họp đã sôi nổi bàn bạc, phân tích những điểm còn vướng của dự thảo quy chế.')).toEqual([]);
  });

  it('reads no reported speech where the verb states the purpose of an event', () => {
    expect(quotes(
      'Chủ trì có đồng chí Mai Văn Tư, Bí thư Huyện ủy, hội nghị được tổ chức để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.',
      'Hội nghị sơ kết do Sở tổ chức nhằm đánh giá kết quả phong trào thi đua trong toàn ngành.',
    )).toEqual([]);
  });
});

describe('pronouns and titles resolved to a person', () => {
  it('gives a pronoun speaker the person named earlier in the paragraph', () => {
    const found = quotes(LONG, 'Kỹ sư Võ Thành Luân giới thiệu mô hình tưới tiết kiệm. Ông nói: “Mô hình này giảm một nửa lượng nước.”');
    expect(found.map((q) => q.speaker)).toEqual(['Võ Thành Luân']);
  });

  it('resolves a title written with an abbreviated organisation to the person whose role spells it out', () => {
    const found = quotes(
      'Ông Lò Văn Sáng, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết toàn tỉnh đã có 40 hợp tác xã bán hàng trực tuyến.',
      'Phó Giám đốc Sở NN&PTNT Sơn La khẳng định, chuyển đổi số giúp nông dân giảm chi phí trung gian.',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Lò Văn Sáng', 'Lò Văn Sáng']);
  });

  it('resolves a bare "đồng chí" opening a later attribution to the person named last', () => {
    const found = quotes(
      LONG,
      'Phát biểu tại buổi làm việc, Bí thư Huyện ủy Ninh Văn Khoa đánh giá cao sự chuẩn bị của xã.',
      'Đồng chí nhấn mạnh, xã cần làm tốt công tác dân vận trong giải phóng mặt bằng.',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Ninh Văn Khoa', 'Ninh Văn Khoa']);
  });
});
