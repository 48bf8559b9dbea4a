import { describe, expect, it } from 'vitest';
import { caseForms, isKeySlice, keyOf, tokenStarts, WordAtEnd, WordFinder } from '../../src/extract/doc-index.js';
import { blockTokens } from '../../src/extract/tokens.js';
import { wordRegex } from '../../src/lexicon/compile.js';
import { SPEECH_VERBS } from '../../src/lexicon/vi/speech.js';
import { classAt, DIGIT, IS_DIGIT, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { matchKey } from '../../src/core/text.js';
import { parse } from '../../src/read/index.js';
import { seededRandom } from '../helpers.js';

describe('CHAR_CLASS (the character classes as a look-up table)', () => {
  it('agrees with the class bodies of chars.ts on every code unit', () => {
    const classes: [number, string][] = [[IS_UPPER, UPPER], [IS_LOWER, LOWER], [IS_LETTER, LETTER], [IS_MARK, MARK], [IS_DIGIT, DIGIT]];
    for (const [bit, body] of classes) {
      const re = new RegExp(`^[${body}]$`, 'u');
      const wrong: number[] = [];
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c < 0xe000) continue;
        if (re.test(String.fromCharCode(c)) !== !!(classAt(String.fromCharCode(c), 0) & bit)) wrong.push(c);
      }
      expect(wrong).toEqual([]);
    }
  });

  it('gives no class past either end of the text', () => {
    expect(classAt('A', -1)).toBe(0);
    expect(classAt('A', 1)).toBe(0);
  });
});

describe('keyOf (match key of a range, from the document key)', () => {
  it('equals the match key of the sliced text for every range, tone pairs cut or not', () => {
    const text = 'Ông Thuỷ hoà giải: “Hoà bình” – khoẻ, hoàn thành; xoá uỷ ban Hoà.';
    const doc = { text, key: matchKey(text) };
    expect(doc.key).not.toBe(text);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(keyOf(doc, start, end)).toBe(matchKey(text.slice(start, end)));
    }
  });

  it('reads in place a range that cuts a word, unless the cut leaves a tone pair at its end', () => {
    const text = 'Nguyễn Văn hoàn thành';
    const doc = { text, key: matchKey(text) };
    expect(isKeySlice(doc, 0, 3)).toBe(true);
    expect(isKeySlice(doc, 0, text.indexOf('hoà') + 2)).toBe(true);
    expect(isKeySlice(doc, 0, text.indexOf('hoà') + 3)).toBe(false);
  });
});

describe('WordAtEnd (an entry closing a phrase, looked for in its tail)', () => {
  const words = ['cũng', 'cũng đã', 'đã', 'tiếp tục', 'sẽ', 'kịp'];
  const alternation = [...words].sort((a, b) => b.length - a.length).join('|');
  const pieces = ['cũng', 'Cũng', 'đã', 'ĐÃ', 'tiếp', 'tục', 'sẽ', 'ông A', 'x', ' ', '  ', '\n', ',', 'nói', 'kịp', '\u212aịp', 'ſẽ', 'İ'];
  const random = seededRandom(5);
  const next = () => Math.floor(random() * pieces.length);

  it('finds where the regex over the whole phrase finds the match, for every prefix length', () => {
    for (const tail of ['', '\\s*']) {
      const whole = new RegExp(`(?:^|\\s)(?:${alternation})${tail}$`, 'iu');
      const atEnd = new WordAtEnd(words, tail);
      let hits = 0;
      for (let n = 0; n < 500; n++) {
        let text = '';
        for (let k = next() % 12; k >= 0; k--) text += pieces[next()];
        for (let end = 0; end <= text.length; end++) {
          const m = whole.exec(text.slice(0, end));
          expect([text, end, atEnd.find(text, end)]).toEqual([text, end, m ? m.index : -1]);
          if (m) hits++;
        }
      }
      expect(hits).toBeGreaterThan(100);
    }
  });
});

describe('WordFinder (wordRegex matches in slices of a document key, from its tokens)', () => {
  const regex = wordRegex(SPEECH_VERBS);
  const finder = new WordFinder(SPEECH_VERBS);
  const pieces = [
    'cho', 'CHO', 'Cho', 'biết', 'BIẾT', 'thêm', 'nói', 'Nói', ' ', ' ', ' ', ',', 'a', '2', '-', '.', '&', '/', "'", '’', '“', '\n\n', '\u0301',
    'kể lại', 'nhấn mạnh', 'đề', 'nghị', 'chonói', 'αcho', 'ĐỀ NGHỊ', 'ſ', '\u212a', 'hoà', 'tiếp lời',
  ];
  const random = seededRandom(9);
  const next = () => Math.floor(random() * pieces.length);

  it('finds the matches the regex finds on the slice, in order, from any offset, in or across blocks', () => {
    let total = 0;
    for (let n = 0; n < 300; n++) {
      let text = 'A';
      for (let k = 0; k < 40; k++) text += pieces[next()];
      const doc = parse(text, { path: 'test.txt' });
      const key = doc.key;
      const hits = finder.hits(doc);
      const ranges: [number, number][] = doc.blocks.map((b) => [b.start, b.end]);
      for (let t = 0; t < 6; t++) {
        const start = (next() * 7 + t) % key.length;
        ranges.push([start, start + ((next() * 13 + t * 5) % (key.length - start + 1))]);
      }
      for (const b of doc.blocks) {
        const start = b.start + (next() % (b.end - b.start));
        ranges.push([start, start + (next() % (b.end - start + 1))]);
      }
      for (const [start, end] of ranges) {
        const from = start + (next() % 3 ? 0 : next() % 4);
        const slice = key.slice(start, end);
        const viaRegex: [number, string][] = [];
        regex.lastIndex = from - start;
        for (let m = regex.exec(slice); m; m = regex.exec(slice)) viaRegex.push([start + m.index, m[0]]);
        const viaFinder: [number, string][] = [];
        for (let at = hits.exec(start, end, from); at >= 0; at = hits.exec(start, end, at + hits.length)) viaFinder.push([at, key.slice(at, at + hits.length)]);
        expect([key, start, end, from, viaFinder]).toEqual([key, start, end, from, viaRegex]);
        total += viaRegex.length;
      }
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('matches a slice that starts or ends inside a word where the regex on the slice does', () => {
    const doc = parse('Tôi chonói rằng nói.Cho biếtx', { path: 'test.txt' });
    const hits = finder.hits(doc);
    expect(hits.exec(0, 15)).toBe(-1);
    expect([hits.exec(7, 15), hits.length]).toEqual([7, 3]);
    expect([hits.exec(15, 27), hits.length]).toEqual([16, 3]);
    expect([hits.exec(19, 27), hits.length]).toEqual([20, 3]);
    expect([hits.exec(20, 28), hits.length]).toEqual([20, 8]);
  });

  it('takes each lexicon character in exactly the cases a case-insensitive pattern does', () => {
    const chars = new Set([...SPEECH_VERBS.join('')].map((c) => c.charCodeAt(0)));
    for (const c of chars) {
      const one = new RegExp(String.fromCharCode(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      const taken: number[] = [];
      for (let v = 0; v < 0x10000; v++) if (one.test(String.fromCharCode(v)) && !(v === c)) taken.push(v);
      expect(caseForms(c).slice(1).sort()).toEqual(taken.sort());
    }
  });
});

describe('tokenStarts (where words and names may start, once per document)', () => {
  // The reference: joiners and the digits other than 0-9 before a word character, by pattern.
  const LETTER_AT = new RegExp(`[${LETTER}]`, 'u');
  const CUT = new RegExp(`[&./'’\u00B2\u00B3\u00B9\u00BC-\u00BE-](?=[${LETTER}${MARK}${DIGIT}])`, 'g');
  const PIECES = ['Hoà', 'GD&ĐT', 'TP.HCM', "H'Luyên", 'x²Y', '¼A', '-a', ' ', '  ', '\n\n', '’', '.', 'Lê Văn', 'A ', '30-4', '\u0301b', 'ß'];

  it('finds the cuts and joiners the pattern finds in the blocks, and the capitals before a capital', () => {
    const random = seededRandom(11);
    const words = () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
    for (let n = 0; n < 600; n++) {
      // Markdown also has text outside the blocks (front matter, an image's address), which no rule reads.
      const markdown = n % 3 === 2;
      const text = markdown ? `---\ntitle: ${words().replace(/\n/g, ' ')}\nsource: TP.HCM 30-4\n---\n${words()}\n\n![${words().replace(/\n/g, ' ')}](anh/x.y-z.jpg)\n` : words();
      const doc = parse(text, { path: markdown ? 'a.md' : 'a.txt' });
      const key = doc.key;
      // A block without a letter has no tokens, so nothing starts in it (see scannedBlock).
      const lettered = doc.blocks.filter((b) => LETTER_AT.test(doc.text.slice(b.start, b.end)));
      const inBlock = (at: number) => lettered.some((b) => b.start <= at && at < b.end);
      const cuts: number[] = [];
      const joiners: number[] = [];
      for (const m of key.matchAll(CUT)) {
        if (!inBlock(m.index)) continue;
        if (classAt(key, m.index) & IS_DIGIT) cuts.push(m.index);
        else if (classAt(key, m.index - 1) & (IS_LETTER | IS_MARK | IS_DIGIT)) {
          joiners.push(m.index);
          cuts.push(m.index);
        }
      }
      const starts = tokenStarts(doc);
      expect(starts.cuts).toEqual(cuts);
      expect(starts.joiners).toEqual(joiners);
      const caps = doc.blocks.flatMap((b) => blockTokens(doc, b).filter((t) => t.cap && doc.text[t.end] === ' ' && classAt(doc.text, t.end + 1) & IS_UPPER).map((t) => t.start));
      expect(starts.caps).toEqual(caps);
    }
  });

  it("lists where the tokens that are a finder's first word start, as the tokens themselves tell", () => {
    const finder = new WordFinder(['nói rằng', 'cho biết', 'Hoà giải']);
    const doc = parse('Tiêu đề\nÔng Lê nói: “Tôi cho biết”. Bà NÓI rằng hoà giải, cho.\n\nNói thêm, Cho biết', { path: 'a.txt' });
    const { marked } = tokenStarts(doc);
    const firstWords = new Set(['nói', 'cho', 'hòa']);
    const expected = doc.blocks.flatMap((b) => blockTokens(doc, b).filter((t) => firstWords.has(t.key)).map((t) => t.start));
    expect(expected.length).toBe(7);
    expect(marked).toContainEqual(expected);
    expect(finder.hits(doc).at.length).toBeGreaterThan(0);
  });
});
