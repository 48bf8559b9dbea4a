import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { wordsOnly } from '../../src/extract/messages.js';

const messages = (...lines: string[]) =>
  parseArticle(['Ngày hội đọc sách năm 2024', ...lines].join('\n'), { path: 'a.txt' }).messages.map((m) => m.text);

describe('messages', () => {
  it('takes quoted slogans and programme names of three or more words', () => {
    expect(messages('Thư viện tỉnh phát động cuộc thi “Đại sứ văn hóa đọc” và chương trình "Mỗi ngày một trang sách".'))
      .toEqual(['Đại sứ văn hóa đọc', 'Mỗi ngày một trang sách']);
  });

  it('trims white space, commas, semicolons and colons from either end of a message', () => {
    expect(messages('Ban tổ chức chọn khẩu hiệu “ : Mỗi ngày một trang sách; , ” cho năm nay.')).toEqual(['Mỗi ngày một trang sách']);
  });

  it('skips quoted spans of fewer than three words', () => {
    expect(messages('Thư viện được ví như “trái tim” của nhà trường trong suốt nhiều năm qua.')).toEqual([]);
  });

  it('gives a repeated span once', () => {
    expect(messages(
      'Chương trình “Sách hay cho em” thu hút nhiều học sinh tham gia trong dịp hè năm nay.',
      'Kết thúc ngày hội, chương trình “Sách hay cho em” trao 500 cuốn sách cho các trường vùng cao.',
    )).toEqual(['Sách hay cho em']);
  });

  it('gives a span repeated without its dash once, but two spans whose words differ twice', () => {
    expect(messages(
      'Cuộc thi tìm hiểu “Sách hay - 30 năm một chặng đường” thu hút nhiều học sinh tham gia.',
      'Sau 6 tuần, cuộc thi “Sách hay  30 năm một chặng đường” đã có 2.000 lượt dự thi.',
    )).toEqual(['Sách hay - 30 năm một chặng đường']);
    expect(messages(
      'Cuộc thi tìm hiểu “Sách hay - 30 năm một chặng đường” thu hút nhiều học sinh tham gia.',
      'Sau 6 tuần, cuộc thi “Sách hay - 40 năm một chặng đường” đã có 2.000 lượt dự thi.',
    )).toHaveLength(2);
  });

  it('takes titles given as examples after "như:" as messages, not as a quotation of the words before', () => {
    const a = parseArticle(['Ngày hội đọc sách năm 2024', 'Thư viện giới thiệu sách tới cán bộ, học sinh trên địa bàn tỉnh với các cuốn sách như: “Đất rừng phương Nam”, “Dế mèn phiêu lưu ký”.'].join('\n'), { path: 'a.txt' });
    expect(a.messages.map((m) => m.text)).toEqual(['Đất rừng phương Nam', 'Dế mèn phiêu lưu ký']);
    expect(a.quotes).toEqual([]);
  });

  it('does not take a quotation said by somebody, but keeps a slogan cited inside it', () => {
    expect(messages('“Chúng tôi muốn phong trào “Sách hay cho em” đến với mọi bản làng”, bà Nông Thị Hiền cho biết.'))
      .toEqual(['Sách hay cho em']);
  });

  it('does not take a headline quotation after "Speaker:", but keeps a headline theme', () => {
    const speech = parseArticle('Giám đốc Sở Văn hóa: “Đọc sách phải thành thói quen mỗi ngày”\nNội dung bài viết về ngày hội đọc sách của tỉnh.', { path: 'a.txt' });
    expect(speech.messages).toEqual([]);
    const theme = parseArticle('Hội thảo khoa học với chủ đề: “Sách mở cánh cửa tương lai”\nNội dung bài viết về ngày hội đọc sách của tỉnh.', { path: 'a.txt' });
    expect(theme.messages.map((m) => m.text)).toEqual(['Sách mở cánh cửa tương lai']);
  });

  it('does not take a headline that is one long quotation (a pull quote), but keeps a short quoted name there', () => {
    const pull = parseArticle('“Tôi mong các em đọc thêm một cuốn sách mỗi tháng”\nNội dung bài viết về ngày hội đọc sách của tỉnh.', { path: 'a.txt' });
    expect(pull.messages).toEqual([]);
    const name = parseArticle('“Tủ sách cho em vùng cao”\nNội dung bài viết về ngày hội đọc sách của tỉnh.', { path: 'a.txt' });
    expect(name.messages.map((m) => m.text)).toEqual(['Tủ sách cho em vùng cao']);
  });

  it('reads only the clause before a headline quotation for its speaker, however many come before', () => {
    const headline = (text: string) => parseArticle(`${text}\nNội dung bài viết về ngày hội đọc sách của tỉnh.`, { path: 'a.txt' }).messages.map((m) => m.text);
    expect(headline('Ngày hội “Sách mở cánh cửa tương lai”, Bộ trưởng Lê Văn An: “Đọc sách phải thành thói quen mỗi ngày”'))
      .toEqual(['Sách mở cánh cửa tương lai']);
    expect(headline('Ngày hội “Sách mở cánh cửa tương lai” và “Mỗi ngày một trang sách”; Trần Văn Bình: “Đọc sách phải thành thói quen”'))
      .toEqual(['Sách mở cánh cửa tương lai', 'Mỗi ngày một trang sách']);
    expect(headline('Trần Văn Bình: “Đọc sách phải thành thói quen”, “Sách mở cánh cửa tương lai”')).toEqual(['Sách mở cánh cửa tương lai']);
    expect(headline('Hội thảo với chủ đề: “Sách mở cánh cửa tương lai”, ông Lê Văn An: “Đọc sách phải thành thói quen”'))
      .toEqual(['Sách mở cánh cửa tương lai']);
  });

  it('does not take a long unattributed quotation of several sentences', () => {
    expect(messages('“Đọc sách giúp các em mở rộng hiểu biết về thế giới xung quanh. Các em cũng học được cách yêu thương và chia sẻ với bạn bè.”'))
      .toEqual([]);
  });
});

describe('wordsOnly', () => {
  const byRegex = (key: string) => key.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

  it('keeps a key of words and single spaces as it is, and rebuilds any other as the regex does', () => {
    for (const key of ['', 'a', 'sách hay cho em', 'sách hay  cho em', ' sách hay', 'sách hay ', 'x - 990 năm', 'a,b', '“a b”', 'a\tb', 'a\u00a0b']) {
      expect(wordsOnly(key)).toBe(byRegex(key));
    }
  });

  it('agrees with the regex next to every code unit of the BMP, and over astral characters and lone surrogates', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const key of [ch, `a${ch}b`, `ab ${ch}`, `${ch} ab`]) if (wordsOnly(key) !== byRegex(key)) differ.push(key);
    }
    expect(differ).toEqual([]);
    for (const key of ['a 𝐀 b', '𝐀𝐁-c', 'x😀y', 'a\ud835b', '\udc00𝐀', '東京 - Hà Nội']) expect(wordsOnly(key)).toBe(byRegex(key));
  });
});
