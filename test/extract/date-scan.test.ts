import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { CONTEXT_STEPS } from '../../src/extract/date-scan.js';
import { DATE_PATTERNS, findDatePatterns } from '../../src/extract/date-patterns.js';
import { isRangeGap } from '../../src/extract/dates.js';

// The one pass over runs of digits must find what each pattern finds by matchAll.

const fixtureKeys = readdirSync('fixtures')
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => parse(readFileSync(`fixtures/${f}`, 'utf8'), { path: f }).key);

const crafted = [
  'Sáng 2/10, từ ngày 1/10 đến ngày 7/10, 1-7/10/2023, 17 và 18/12, từ 1 đến 7/10, 26/10-29/10/2023.',
  'Ngày 2 tháng 10 năm 2023, mùng 10 tháng 3 nhuận, MỒNG 1 THÁNG GIÊNG, ngày  5  tháng 9, năm 2013, ngày 5 tháng 9/2013.',
  'rằm tháng Giêng, RẰM THÁNG CHẠP, Rằm tháng 7, xrằm tháng 3, ngày 12 tháng, ngày 123 tháng 4, ngàyy 3 tháng 4.',
  'cho rằng 5 tháng 3, RẰMG 5 tháng 4, rằmg 6 tháng 5, rằng tháng 6, Rằm\ntháng 8, rằ tháng 9, ằm tháng 10.',
  'từ 17 tháng 3 đến ngày 19 THÁNG 3, x5 tháng 4, 5  tháng  một, 12 thángg 3, 7 tháng, 8 THÁNG 9, 123 tháng 4, 3 thá 4.',
  'ằ đầu dòng, Ằ, lúc 14h30, 8 giờ 30 phút, 14:00, 7 giờ, 9g30, 1.000h, 12 :30, 5g, 20H15, 1/2h, 3 GIỜ, 10 :45.',
  'Năm 2019-2020, (1955 – 2023), 98/2023, 2014/NĐ-CP, 2023², ²2023, 12345, 2023/x, 20233, 1999, 2100, x2020, 2020.',
  'Năm 2019/ 2024/Đà 2025/1 .2021 ,2022 /2023 (2020) 1999',
  'năm 1894, Năm 1802, NĂM\u00a01803, năm\t1804, năm  1850, xnăm 1860, 1850 suất, năm 1899/x, năm 18945, năm 1.894',
  'Từ tháng 3/2017, tháng 12/2020, THÁNG 5/2019, tháng  3/2018, tháng 123/2019, xtháng 3/2016, 3/2015, Tháng 11/2021/x.',
  'Số 0912.345.678, tỷ lệ 1/3, 2.000 người, 31.10, 5-6, 06/12/19, 1-6-2024, 5 - 6, 5 đến 6/7, 5 tới ngày 6/7.',
  'Từ ngày 22 đến ngày 24 tháng 11, ngày 17 và 18 tháng 12, ngày 22-28 tháng 11, từ 22 - 28 tháng 11, 5 - 6 tháng, ngày 3 tới 4 THÁNG 5, 9 và rằm tháng 8.',
  '1/1'.repeat(200) + ' ' + '12'.repeat(300) + ' ' + 'ngày 1 tháng '.repeat(100),
];

function global(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('y', 'g'));
}

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('findDatePatterns', () => {
  it('finds what matchAll finds, pattern by pattern', () => {
    for (const key of [...crafted, ...fixtureKeys]) {
      for (const from of [0, 7, Math.floor(key.length / 2)]) {
        const found = findDatePatterns(key, from);
        expect(shape(found.numeric), key).toEqual(shape([...key.matchAll(global(DATE_PATTERNS.numeric))]));
        expect(shape(found.words), key).toEqual(shape([...key.matchAll(global(DATE_PATTERNS.words))]));
        expect(found.year.map((y) => [y.start, String(y.year)]), key).toEqual([...key.matchAll(global(DATE_PATTERNS.year))].map((m) => [m.index, m[1]]));
        const time = global(DATE_PATTERNS.time);
        time.lastIndex = from;
        const times: RegExpExecArray[] = [];
        for (let m = time.exec(key); m; m = time.exec(key)) times.push(m);
        expect(shape(found.time), key).toEqual(shape(times));
      }
    }
  });
});

describe('readLeftContext guards', () => {
  it('tries a step only where its pattern can match: the tail ends with one of its last words', () => {
    const { patterns, lastWords } = CONTEXT_STEPS;
    const steps = Object.keys(lastWords) as (keyof typeof lastWords)[];
    const texts = [...crafted, ...fixtureKeys, 'Sáng thứ Hai, ngày 2/10; SÁNG NAY 2/10; vào lúc 7 giờ ngày hôm qua; Chủ nhật, CN, thứ 7 và Tối Mai'];
    for (const text of texts) {
      for (let end = 1; end <= text.length; end++) {
        const tail = text.slice(Math.max(0, end - 24), end);
        let start = tail.length;
        while (start > 0 && /[\p{L}\p{N}]/u.test(tail[start - 1])) start--;
        const last = tail.slice(start).toLowerCase();
        for (const step of steps) if (patterns[step].test(tail)) expect(lastWords[step].has(last), `${step}: ${tail}`).toBe(true);
      }
    }
  });
});

describe('isRangeGap', () => {
  it('reads the gap between two mentions as the pattern does', () => {
    const pattern = /^\s*(?:-|–|—|đến|tới|và)\s*(?:ngày\s+)?$/iu;
    const gaps = ['', ' ', '-', ' - ', ' – ', '—', ' đến ', 'ĐẾN', ' tới ngày ', ' và ngày', ' và ngày  ', 'đếnngày ', ' to ', ' đến nay ', '--', ' Ngày ', 'và\n', 'tới  NGÀY\t', 'tớİ '];
    for (const gap of gaps) {
      const key = `2/10${gap}5/10`;
      expect(isRangeGap(key, 4, 4 + gap.length), JSON.stringify(gap)).toBe(pattern.test(gap));
    }
  });
});
