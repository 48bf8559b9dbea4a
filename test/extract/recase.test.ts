import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/pipeline.js';
import { recasedLine, wordsOf } from '../../src/extract/recase.js';
import { SEPARATOR_DASHES } from '../../src/core/chars.js';
import { seededRandom } from '../helpers.js';

/** The headline `line` in the case of `body` (recase.ts), as the extractors read it. */
const recased = (line: string, body: string) => {
  const text = `${line}\n${body}`;
  return recasedLine(text, 0, line.length, wordsOf(text, line.length, text.length));
};

const parsed = (...lines: string[]) => parseArticle(lines.join('\n'), { path: 't.txt' });

describe('recase: a headline in capitals read in the body\'s case', () => {
  it('copies the case of the runs of words the body writes, and keeps acronyms', () => {
    expect(recased('HỘI NÔNG DÂN HUYỆN MƯỜNG KHÊ TỔ CHỨC HỘI THI NHÀ NÔNG GIỎI',
      'Sáng 3/4, Hội Nông dân huyện Mường Khê tổ chức hội thi nhà nông giỏi năm 2026.'))
      .toBe('Hội Nông dân huyện Mường Khê tổ chức hội thi nhà nông giỏi');
    expect(recased('UBND XÃ HOA LÂM TRAO QUÀ CHO HỌC SINH', 'Chiều 5/9, UBND xã Hoa Lâm đã trao 50 suất quà cho học sinh nghèo.'))
      .toBe('UBND xã Hoa Lâm trao quà cho học sinh');
  });

  it('lower-cases a word the body lacks, but capitalises a place named after its unit or before a colon', () => {
    expect(recased('XÃ MƯỜNG KHÊ RA QUÂN DỌN VỆ SINH', 'Sáng 3/2, đoàn viên ra quân dọn vệ sinh đường làng.')).toBe('Xã Mường Khê ra quân dọn vệ sinh');
    expect(recased('HOA LÂM: HỘI NÔNG DÂN NHẬN CỜ THI ĐUA', 'Năm nay, Hội Nông dân dẫn đầu phong trào thi đua.')).toBe('Hoa Lâm: Hội Nông dân nhận cờ thi đua');
    // Or before a dash, whichever dash sets it off.
    for (const dash of SEPARATOR_DASHES) {
      expect(recased(`HOA LÂM ${dash} HỘI NÔNG DÂN NHẬN CỜ THI ĐUA`, 'Năm nay, Hội Nông dân dẫn đầu phong trào thi đua.'), dash).toBe(`Hoa Lâm ${dash} Hội Nông dân nhận cờ thi đua`);
    }
    // One syllable after a unit is no place's name ("tỉnh nhận").
    expect(recased('HỘI PHỤ NỮ TỈNH NHẬN CỜ THI ĐUA', 'Hội Phụ nữ tỉnh dẫn đầu phong trào thi đua.')).toBe('Hội Phụ nữ tỉnh nhận cờ thi đua');
  });

  it('leaves the line as written when the body holds fewer than half its words', () => {
    expect(recased('SÔI NỔI HỘI TRẠI HÈ CỦA THIẾU NHI HUYỆN', 'Các em học sinh của huyện tham gia rất hào hứng.')).toBe('SÔI NỔI HỘI TRẠI HÈ CỦA THIẾU NHI HUYỆN');
  });

  it('lower-cases an organising verb that a capitalised word alone in the body would make a name', () => {
    expect(recased('XÃ MƯỜNG KHÊ TỔ CHỨC RA QUÂN DỌN VỆ SINH', 'Sáng 3/2, nhân dân treo cờ Tổ quốc và ra quân dọn vệ sinh.'))
      .toBe('Xã Mường Khê tổ chức ra quân dọn vệ sinh');
    // Written in a name by the body, it keeps its case there ("Ban Tổ chức").
    expect(recased('HỌP BAN TỔ CHỨC HỘI THI', 'Chiều 2/3, Ban Tổ chức hội thi đã họp bàn kế hoạch.')).toBe('Họp Ban Tổ chức hội thi');
  });
});

describe('recase: what the fields read from a headline in capitals', () => {
  const body = [
    'Sáng 12/5, tại hội trường xã, Hội Cựu chiến binh xã Hoa Lâm đón bằng khen của Ủy ban nhân dân tỉnh vì thành tích trong phong trào thi đua năm 2025.',
    'Ông Trần Văn Lực, Chủ tịch Hội Cựu chiến binh xã Hoa Lâm, cho biết hội có hơn 300 hội viên.',
  ];

  it('ends the organiser named in the headline where the body ends the name, and gives it as written', () => {
    const article = parsed('HỘI CỰU CHIẾN BINH XÃ HOA LÂM NHẬN BẰNG KHEN ĐƠN VỊ XUẤT SẮC', ...body);
    expect(article.organizers.map((o) => o.name)).toEqual(['HỘI CỰU CHIẾN BINH XÃ HOA LÂM']);
    expect(article.title).toBe('HỘI CỰU CHIẾN BINH XÃ HOA LÂM NHẬN BẰNG KHEN ĐƠN VỊ XUẤT SẮC');
  });

  it('still finds the commune that organises, named only in the headline', () => {
    const article = parsed('XÃ MƯỜNG KHÊ TỔ CHỨC RA QUÂN TRỒNG CÂY ĐẦU XUÂN',
      'Sáng 3/2, cán bộ và nhân dân treo cờ Tổ quốc, rồi ra quân trồng cây đầu xuân dọc các tuyến đường liên thôn.');
    expect(article.organizers.map((o) => o.name)).toEqual(['XÃ MƯỜNG KHÊ']);
    expect(article.event.location).toBe('XÃ MƯỜNG KHÊ');
  });

  it('reads a headline in mixed case as it is written', () => {
    const article = parsed('Hội Cựu chiến binh xã Hoa Lâm nhận bằng khen đơn vị xuất sắc', ...body);
    expect(article.organizers.map((o) => o.name)).toEqual(['Hội Cựu chiến binh xã Hoa Lâm']);
    expect(article.organizations[0].name).toBe('Hội Cựu chiến binh xã Hoa Lâm');
  });
});

describe('wordsOf (the words of a line or a body, character by character)', () => {
  // The pattern wordsOf stands for, and the words it finds from `from`, the last starting before `to`.
  const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’-][\p{L}\p{M}\p{N}]+)*/gu;
  const byPattern = (text: string, from: number, to: number) => {
    const found: [number, string][] = [];
    WORD.lastIndex = from;
    for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) found.push([m.index, m[0]]);
    return found;
  };
  const pieces = ['HỘI', 'Lê', 'văn', ' ', '  ', '.', "'", '’', '-', '–', ',', ':', '\n', '3', '²', 'ß', 'a\u0301', '\u0301', '𝐀', '😀', '\ud835', '\udc00', 'TP.HCM', "H'Mông", 'x-', '“', 'Ⅻ', '٣'];
  const random = seededRandom(7);

  it('finds the words the pattern finds, surrogates and combining marks included', () => {
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = 0; k < 30; k++) text += pieces[Math.floor(random() * pieces.length)];
      const from = Math.floor(random() * 4);
      const to = text.length - Math.floor(random() * 6);
      expect([text, wordsOf(text, from, to).map((w) => [w.start, w.text])]).toEqual([text, byPattern(text, from, to)]);
    }
  });
});
