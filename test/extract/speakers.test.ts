import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { SpeakerIndex } from '../../src/extract/speakers.js';

const index = (text: string) => {
  const doc = parse(`Tiêu đề\n${text}`, { path: 'a.txt' });
  return { doc, speakers: new SpeakerIndex(doc, []) };
};

describe('SpeakerIndex look-ups (of names spotted without the people extractor)', () => {
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
