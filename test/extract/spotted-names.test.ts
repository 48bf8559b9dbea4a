import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { nameIn, spotNames } from '../../src/extract/spotted-names.js';
import { LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { seededRandom } from '../helpers.js';

const spotted = (text: string) => spotNames(parse(`Tiêu đề\n${text}`, { path: 'a.txt' }), []).map((m) => m.name);

describe('spotNames (names spotted without the people extractor)', () => {
  it('spots names after an honorific and runs that start with a family name', () => {
    expect(spotted('Dự lễ có ông Kha Văn Tám và Chủ tịch UBND tỉnh Hà Văn Bình. Ông Kumeda Masakuni cũng đến.')).toEqual(['Kha Văn Tám', 'Hà Văn Bình', 'Kumeda Masakuni']);
  });

  it('does not take schools, streets or places for people', () => {
    expect(spotted('Trường Đại học Nông Lâm Tây Bắc nằm trên đường Trần Hưng Đạo, gần Hà Nội.')).toEqual([]);
  });
});

describe('spotNames: a title after a form of address', () => {
  it('spots no person "Phó Chủ" in "đồng chí Phó Chủ tịch HĐND tỉnh", a title, and the name after it', () => {
    expect(spotted('Tại buổi làm việc, đồng chí Phó Chủ tịch HĐND tỉnh đã nghe báo cáo; ông Tổng Giám đốc cũng dự, cùng ông Hà Văn Bình.')).toEqual(['Hà Văn Bình']);
  });
});

describe('spotNames name scan (runs of capitalised syllables)', () => {
  it('ends a run before a syllable glued to a letter and starts none after a digit', () => {
    expect(spotted('Có ông Lê Văn AnhB và 3Nguyễn Văn Cường, ông Trần Thị Mai.')).toEqual(['Lê Văn', 'Trần Thị Mai']);
  });

  it('takes two syllables after an honorific however it is written, not after other words', () => {
    expect(spotted('Dự có GS.TS. Đào Minh, bà: Lò Hoa, ÔNG Vi Sơn, cô giáo Lý Hạnh, khách Lê Na và MRS. Hà Vy.')).toEqual(['Đào Minh', 'Lò Hoa', 'Vi Sơn', 'Lý Hạnh', 'Hà Vy']);
  });

  it('takes at most eight syllables a run', () => {
    expect(spotted('Đoàn Bình Cao Dũng Giang Hải Khánh Lâm Nguyễn Văn Phúc dự lễ.')).toEqual(['Giang Hải Khánh Lâm', 'Nguyễn Văn Phúc']);
  });
});

describe('spotNames name scan from the tokens (the runs a scan of every character finds)', () => {
  // The run pattern capRunEnd stands for, tried at every character from the end of the last run.
  const RUN = new RegExp(`(?<![${LETTER}${MARK}0-9])[${UPPER}][${LOWER}${MARK}]+(?: [${UPPER}][${LOWER}${MARK}]+){0,7}(?![${LETTER}${MARK}])`, 'gu');
  const pieces = [
    'ông ', 'Ông ', 'bà ', 'Lê ', 'Văn ', 'An', 'Nguyễn', ' ', ' ', ', ', '. ', '-', '.', '/', '&', "'", '’', '²', '¼', '3', 'x',
    '\n\n', '\n# ', 'Hà', 'Thị', 'Mai', 'H', 'Trường ', 'TP ', 'Hồ Chí Minh', '“', '”', 'Kumeda ', 'Masakuni',
    'x-Nguyễn Văn An', 'A.Lê Thị Hà', '3²Hà Văn Lê', 'ông.Vi Sơn',
  ];
  const random = seededRandom(3);
  const next = () => Math.floor(random() * pieces.length);

  it('visits the same runs in the same order, inside tokens, across joiners and between blocks', () => {
    let names = 0;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 40; k++) text += pieces[next()];
      for (const path of ['a.txt', 'a.md']) {
        const doc = parse(text, { path });
        const expected: [string, number][] = [];
        RUN.lastIndex = 0;
        for (let m = RUN.exec(doc.text); m; m = RUN.exec(doc.text)) {
          // The run's syllables are one space apart.
          const found = nameIn(doc, m.index, m.index + m[0].length, [], m[0].split(' ').length);
          if (found) expected.push([found.name, found.start]);
        }
        expect([doc.text, spotNames(doc, []).map((m) => [m.name, m.start])]).toEqual([doc.text, expected]);
        names += expected.length;
      }
    }
    expect(names).toBeGreaterThan(50);
  });
});
