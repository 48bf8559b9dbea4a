import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { SpeakerIndex } from '../../src/extract/speakers.js';
import { classAt, IS_LETTER, IS_MARK, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { foldLower, LastWords } from '../../src/extract/last-words.js';
import { lexiconKey } from '../../src/lexicon/compile.js';
import { NAMED_PLACE_WORDS, SPEAKER_HONORIFICS } from '../../src/lexicon/vi/speaker-cues.js';
import { PROVINCES } from '../../src/lexicon/vi/places.js';
import { seededRandom } from '../helpers.js';

const index = (text: string) => {
  const doc = parse(`Tiêu đề\n${text}`, { path: 'a.txt' });
  return { doc, speakers: new SpeakerIndex(doc, []) };
};

describe('SpeakerIndex (names spotted without the people extractor)', () => {
  it('spots names after an honorific and runs that start with a family name', () => {
    const { speakers } = index('Dự lễ có ông Kha Văn Tám và Chủ tịch UBND tỉnh Hà Văn Bình. Ông Kumeda Masakuni cũng đến.');
    expect(speakers.mentions.map((m) => m.name)).toEqual(['Kha Văn Tám', 'Hà Văn Bình', 'Kumeda Masakuni']);
  });

  it('does not take schools, streets or places for people', () => {
    const { speakers } = index('Trường Đại học Nông Lâm Tây Bắc nằm trên đường Trần Hưng Đạo, gần Hà Nội.');
    expect(speakers.mentions).toEqual([]);
  });

  it('resolves a short name and a title to the person mentioned before', () => {
    const { doc, speakers } = index('Có ông Vi Văn Định – Giám đốc Sở Y tế và bà Lò Thị Mai – Phó Giám đốc Sở Y tế.\nÔng Định nói ngắn gọn.');
    const at = doc.text.indexOf('Ông Định');
    expect(speakers.byShortName('Định', at)).toBe('Vi Văn Định');
    expect(speakers.byTitle('Phó Giám đốc Sở Y tế', at)).toBe('Lò Thị Mai');
    expect(speakers.byTitle('Giám đốc Sở Y tế', at)).toBe('Vi Văn Định');
  });

  it('resolves a short name that is not the last word, never to a name that is only that word', () => {
    const { doc, speakers } = index('Ông Kumeda Masakuni đến sớm. Bà Lò Thị Mai và ông Vi Văn Định đến sau.\nÔng Kumeda nói ngắn gọn.');
    const at = doc.text.indexOf('Ông Kumeda nói');
    expect(speakers.byShortName('Kumeda', at)).toBe('Kumeda Masakuni');
    expect(speakers.byShortName('Định', at)).toBe('Vi Văn Định');
    expect(speakers.byShortName('Vi Văn Định', at)).toBeNull();
  });
});

describe('SpeakerIndex mentions', () => {
  it('keeps the people in the order given when their mentions start at one offset, spotted names after', () => {
    const doc = parse('Tiêu đề\nÔng Lê Văn An và ông Hà Văn Bình dự lễ.', { path: 'a.txt' });
    const at = doc.text.indexOf('Lê Văn An');
    const evidence = (start: number, end: number) => [{ rule: 'people.test', start, end, line: 2, column: 1 }];
    // Two people whose evidence starts at one offset (a list), given in an order the text does not fix.
    const person = (name: string, start: number, end: number) => ({ name, honorific: null, role: null, organization: null, evidence: evidence(start, end) });
    const people = [person('Lê Văn An', at, at + 9), person('Lê Văn', at, at + 6), person('Lê Văn Anh', at, at + 9)];
    for (const order of [people, [...people].reverse()]) {
      const speakers = new SpeakerIndex(doc, order);
      expect(speakers.mentions.map((m) => m.name)).toEqual([...order.map((p) => p.name), 'Hà Văn Bình']);
    }
  });
});

describe('SpeakerIndex name scan (runs of capitalised syllables)', () => {
  it('ends a run before a syllable glued to a letter and starts none after a digit', () => {
    const { speakers } = index('Có ông Lê Văn AnhB và 3Nguyễn Văn Cường, ông Trần Thị Mai.');
    expect(speakers.mentions.map((m) => m.name)).toEqual(['Lê Văn', 'Trần Thị Mai']);
  });

  it('takes two syllables after an honorific however it is written, not after other words', () => {
    const { speakers } = index('Dự có GS.TS. Đào Minh, bà: Lò Hoa, ÔNG Vi Sơn, cô giáo Lý Hạnh, khách Lê Na và MRS. Hà Vy.');
    expect(speakers.mentions.map((m) => m.name)).toEqual(['Đào Minh', 'Lò Hoa', 'Vi Sơn', 'Lý Hạnh', 'Hà Vy']);
  });

  it('takes at most eight syllables a run', () => {
    const { speakers } = index('Đoàn Bình Cao Dũng Giang Hải Khánh Lâm Nguyễn Văn Phúc dự lễ.');
    expect(speakers.mentions.map((m) => m.name)).toEqual(['Giang Hải Khánh Lâm', 'Nguyễn Văn Phúc']);
  });
});

describe('SpeakerIndex name scan from the tokens (the runs a scan of every character finds)', () => {
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
        const speakers = new SpeakerIndex(doc, []);
        const nameIn = (speakers as unknown as { nameIn(s: number, e: number, c: []): { name: string; start: number } | null }).nameIn.bind(speakers);
        const expected: [string, number][] = [];
        RUN.lastIndex = 0;
        for (let m = RUN.exec(doc.text); m; m = RUN.exec(doc.text)) {
          const found = nameIn(m.index, m.index + m[0].length, []);
          if (found) expected.push([found.name, found.start]);
        }
        expect([doc.text, speakers.mentions.map((m) => [m.name, m.start])]).toEqual([doc.text, expected]);
        names += expected.length;
      }
    }
    expect(names).toBeGreaterThan(50);
  });
});

describe('LastWords (last words of entries, looked up in place)', () => {
  const entries = [...SPEAKER_HONORIFICS, ...NAMED_PLACE_WORDS, ...PROVINCES];
  const words = new LastWords(entries);
  const folded = new Set(entries.map((e) => {
    const key = lexiconKey(e);
    let start = key.length;
    while (start > 0 && classAt(key, start - 1) & (IS_LETTER | IS_MARK)) start--;
    return foldLower(key.slice(start));
  }));

  it('finds a word in any case, ſ for s, and nothing else', () => {
    const text = 'xx ÔNG Ông ông GS.TS đường ĐƯỜNG Huế HUẾ ſáng Sáng ngoài Ôngx';
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        if ([...text.slice(start, end)].some((c) => !(classAt(c, 0) & (IS_LETTER | IS_MARK)))) continue;
        expect([start, end, words.has(text, start, end)]).toEqual([start, end, folded.has(foldLower(text.slice(start, end)))]);
      }
    }
  });

  it('reads every letter below U+1F00 that folds to a letter of an entry as that letter', () => {
    const letters = new Set([...folded].join(''));
    for (let c = 0; c < 0x1f00; c++) {
      const ch = String.fromCharCode(c);
      if (!(classAt(ch, 0) & (IS_LETTER | IS_MARK)) || !letters.has(foldLower(ch))) continue;
      for (const word of folded) {
        const at = word.indexOf(foldLower(ch));
        if (at < 0) continue;
        const written = word.slice(0, at) + ch + word.slice(at + 1);
        expect([written, words.has(written, 0, written.length)]).toEqual([written, true]);
        break;
      }
    }
  });
});
