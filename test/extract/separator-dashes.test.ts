/**
 * A separator may be written with any of core/chars.ts SEPARATOR_DASHES: each family of
 * rules that reads one reads the same values whichever dash the article uses, and none of
 * them takes a hyphen inside a word or a number for one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEPARATOR_DASHES } from '../../src/core/chars.js';
import { isRangeGap } from '../../src/extract/dates.js';
import { dashJoinsPair } from '../../src/extract/event-name-joins.js';
import { isBareNames } from '../../src/extract/source.js';
import { LEAD_AFTER_QUOTE, SET_OFF } from '../../src/extract/speech-patterns.js';
import { extract, parse, renderJson } from '../../src/index.js';
import { parseArticle } from '../../src/pipeline.js';
import { FIXTURES } from '../helpers.js';

/** The dashes other than the hyphen-minus: rules written for " - " must read these too. */
const OTHER_DASHES = [...SEPARATOR_DASHES].filter((d) => d !== '-');
const HEADLINE = 'Nông dân Yên Thành thi tài';
const LEAD = 'Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài năm 2024 với sự tham gia của 12 đội thi đến từ các xã.';
const BODY = 'Hội thi nhằm tuyên truyền kiến thức khoa học kỹ thuật, giúp hội viên áp dụng vào sản xuất và nâng cao thu nhập.';
const article = (...lines: string[]) => parseArticle([HEADLINE, ...lines].join('\n\n'), { path: 'a.txt' });

describe.each(OTHER_DASHES)('separator written with U+%s', (dash) => {
  const code = dash.codePointAt(0)!.toString(16);
  it(`source: a closing byline of two writers is the author, no caption (U+${code})`, () => {
    const a = article(LEAD, BODY, `Hồng Nhung ${dash} Minh Quân`);
    expect([a.source.author, a.captions.map((c) => c.text)]).toEqual([`Hồng Nhung ${dash} Minh Quân`, []]);
    expect(isBareNames(`Lê Hùng ${dash} Mai Anh`)).toBe(true);
  });

  it(`source: a desk's code and an outlet's acronym after a byline (U+${code})`, () => {
    expect(article(LEAD, BODY, `Yến Khanh ${dash} TH`).source.author).toBe('Yến Khanh');
    const agency = article(LEAD, BODY, `Tường Vy ${dash} SGGPO`).source;
    expect([agency.author, agency.name]).toEqual(['Tường Vy', 'SGGPO']);
  });

  it(`source: an outlet's tag opening the lead (U+${code})`, () => {
    expect(article(`NNVN ${dash} ${LEAD}`, BODY).source.name).toBe('NNVN');
  });

  it(`source: a photo credit label with a spaced dash ("Tin ${dash} ảnh:") (U+${code})`, () => {
    expect(article(LEAD, BODY, `Tin ${dash} ảnh: Quốc Toàn`).source.author).toBe('Quốc Toàn');
  });

  it(`people: a role set off after a name (U+${code})`, () => {
    const a = article(LEAD, `Phát biểu tại hội thi, ông Lê Văn An ${dash} Giám đốc Sở GD-ĐT tỉnh đánh giá cao các đội.`, BODY);
    expect(a.people.find((p) => p.name === 'Lê Văn An')?.role).toBe('Giám đốc Sở GD-ĐT tỉnh');
  });

  it(`organizations: a dash inside a name joins its parts (U+${code})`, () => {
    const a = article(`Sáng 3/4, Sở Lao động ${dash} Thương binh và Xã hội tỉnh tổ chức hội thi tay nghề năm 2024 cho 80 học viên.`, BODY);
    expect(a.organizers.map((o) => o.name)).toEqual([`Sở Lao động ${dash} Thương binh và Xã hội tỉnh`]);
  });

  it(`quotes: the speaker after a quotation and a dash (U+${code})`, () => {
    const a = article(LEAD, `“Hội thi giúp nông dân học hỏi lẫn nhau” ${dash} bà Trần Thị Lan, Phó Chủ tịch UBND huyện nói.`, BODY);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Trần Thị Lan']);
    expect(SET_OFF.test(` ${dash} `)).toBe(true);
    expect(LEAD_AFTER_QUOTE.exec(`” ${dash} bà A`)![0]).toBe(`” ${dash} `);
  });

  it(`dates: two days joined by a dash make a range (U+${code})`, () => {
    const a = article(`Từ ngày 3 ${dash} 5/4/2024, Hội Nông dân huyện Yên Thành tổ chức hội thi nhà nông đua tài tại Nhà văn hóa huyện.`, BODY);
    expect([a.event.date, a.event.endDate]).toEqual(['2024-04-03', '2024-04-05']);
    expect(isRangeGap(` ${dash} `, 0, 3)).toBe(true);
  });

  it(`event name: a spaced dash before a lower-case word ends the name, a paired field goes on (U+${code})`, () => {
    const a = article(`Sáng 3/4, Hội Nông dân huyện Yên Thành tổ chức Hội chợ Nông sản năm 2024 ${dash} khu vực miền Trung tại Nhà văn hóa huyện.`, BODY);
    expect(a.event.name).toBe('Hội chợ Nông sản năm 2024');
    const key = `kinh tế ${dash} xã hội`;
    expect(dashJoinsPair(key, key.indexOf(dash))).toBe(true);
  });
});

describe('a hyphen that is part of a word or a number', () => {
  it('does not part a line of names without a space beside it, but between two names of two words each', () => {
    expect(isBareNames('Lê Hùng - Mai Anh')).toBe(true);
    expect(isBareNames('Lê Hùng-Mai')).toBe(false);
    expect(isBareNames('Lê Hùng\u2010Mai')).toBe(false);
    // Two writers glued by a hyphen (see source.test.ts).
    expect(isBareNames('Lê Hùng-Mai Anh')).toBe(true);
  });

  it('stays inside a role and an event name', () => {
    const a = article(LEAD, 'Ông Lê Văn An, Giám đốc Sở GD-ĐT tỉnh đánh giá cao các đội.', BODY);
    expect(a.people.find((p) => p.name === 'Lê Văn An')?.role).toBe('Giám đốc Sở GD-ĐT tỉnh');
    const b = article('Sáng 3/4, Trung tâm Y tế huyện tổ chức Hội nghị phòng chống Covid-19 năm 2024 tại hội trường huyện.', BODY);
    expect(b.event.name).toBe('Hội nghị phòng chống Covid-19 năm 2024');
  });

  it('between two numbers joins no range of days unless spaced as one, and a word hyphen joins none', () => {
    expect(isRangeGap('\u2010', 0, 1)).toBe(false);
    expect(isRangeGap(' / ', 0, 3)).toBe(false);
    expect(SET_OFF.test('\u2010')).toBe(false);
  });
});

/** The article with every dash between words written as an em dash (only where a word stands before it: no list marker). */
const withEmDashes = (text: string) => text.replace(/(?<=\S) [-–] (?=\S)/gu, ' — ');
/** Extracted values, every dash as a hyphen: the em dashes are the article's own characters. */
const values = (text: string, path: string) => JSON.parse(renderJson(extract(parse(text, { path }))).replace(/[\u2012-\u2015\u2212]/gu, '-'));

describe('a fixture article with its dashes made em dashes', () => {
  const articles = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f));
  const dashed = articles.filter((f) => / [-–] /u.test(readFileSync(join(FIXTURES, f), 'utf8')));

  it('has fixtures with spaced dashes to read', () => {
    expect(dashed.length).toBeGreaterThanOrEqual(5);
  });

  it.each(dashed)('%s extracts the same values', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    expect(withEmDashes(text)).not.toBe(text);
    expect(values(withEmDashes(text), name)).toEqual(values(text, name));
  });
});
