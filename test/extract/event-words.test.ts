import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import type { Span, VnDocument } from '../../src/core/document.js';
import { alternation } from '../../src/lexicon/compile.js';
import { EVENT_HEADS, NAME_ENDERS, THEME_MARKERS } from '../../src/lexicon/vi/events.js';
import { ADMIN_UNITS, PROVINCES, VENUE_HEADS } from '../../src/lexicon/vi/places.js';
import { DIGIT, LETTER } from '../../src/core/chars.js';
import { lexiconWords, spacedLexiconWords, SpanWords } from '../../src/extract/event-words.js';
import { EndWords, LastWordScan, lowerCaseHash, PrefixScan } from '../../src/extract/event-scans.js';
import { hashOf } from '../../src/extract/vocabulary.js';
import { seededRandom } from '../helpers.js';

// The fast scans must give what the regex gives over the slice, whatever the span: these
// compare them over every sentence and block of the fixtures, over spans cut at random
// (inside words too) and over texts written to hit their edge cases.

const fixtureTexts = readdirSync('fixtures')
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => ({ path: f, text: readFileSync(`fixtures/${f}`, 'utf8') }));

const crafted = [
  'Hội nghị tổng kết\nSáng 2/10, tại Trung tâm Hội nghị tỉnh, UBND TP.HCM tổ chức Hội nghị-hội thảo xúc tiến đầu tư; Hội nghịxyz.',
  'HỘI THẢO KHOA HỌC\nHội  thảo "Nông nghiệp xanh" diễn ra ở xã Tân Lập, huyện Đan Phượng, TP. Hồ Chí Minh và Bà Rịa-Vũng Tàu.',
  'Lễ hội\nTại nhà văn hóa thôn Đông, lễ hội ſáng nay (hôm nay) khai mạc; hội\u0301 nghị, GD&ĐT Lễ-hội tại-ở.',
  'Lễ khai mạc\nLỄ KHAI MẠC, lễ  khai mạc, lễ\tkhai mạc, lễ khai\u0301 mạc, lễ khai-mạc, lễ khai mạc. Hội thi, hội thi.x, Hội thi\u0301 x.',
  'Bà Rịa - Vũng Tàu\nTỉnh Bà Rịa - Vũng Tàu, Bà Rịa-Vũng Tàu, Thừa Thiên Huế, TP. Huế, TP.Huế, Tp Huế, thành phố Huế, quận 1, TP.',
];

function docs(): VnDocument[] {
  return [...fixtureTexts, ...crafted.map((text, i) => ({ path: `crafted-${i}.txt`, text }))].map(({ path, text }) => parse(text, { path }));
}

function spansOf(doc: VnDocument, next: () => number): Span[] {
  const spans: Span[] = [...doc.blocks, ...doc.sentences];
  for (const block of doc.blocks) {
    for (let i = 0; i < 20; i++) {
      const a = block.start + Math.floor(next() * (block.end - block.start + 1));
      const b = a + Math.floor(next() * (block.end - a + 1));
      spans.push({ start: a, end: b });
    }
  }
  return spans;
}

const reference = (re: RegExp, doc: VnDocument, span: Span) =>
  [...doc.key.slice(span.start, span.end).matchAll(re)].map((m) => [span.start + m.index, m[0]]);

// Word lexicons match on tokens (lexiconWords), "tại" with its spaces too; the theme
// markers, a pattern of another shape, by their regex.
const lexicons: [string, () => SpanWords][] = [
  ['event heads', () => lexiconWords(EVENT_HEADS)],
  ['name enders', () => lexiconWords(NAME_ENDERS)],
  ['provinces', () => lexiconWords(PROVINCES)],
  ['administrative units', () => lexiconWords(ADMIN_UNITS)],
  ['venues', () => lexiconWords(VENUE_HEADS)],
  ['"tại" with its spaces', () => spacedLexiconWords(['tại', 'ở'])],
  ['theme markers', () => new SpanWords(new RegExp(`(?<![${LETTER}${DIGIT}])${alternation(THEME_MARKERS)}\\s*:?\\s*`, 'giu'), THEME_MARKERS)],
];

describe('SpanWords', () => {
  it('builds "tại X" as the words and the spaces after them', () => {
    expect(spacedLexiconWords(['tại', 'ở']).regex).toEqual(new RegExp(String.raw`(?<![${LETTER}${DIGIT}])(?:tại|ở)\s+`, 'giu'));
  });

  for (const [name, make] of lexicons) {
    it(`finds the matches of the regex over the slice: ${name}`, () => {
      const scan = make();
      const re = scan.regex;
      const next = seededRandom(7);
      let compared = 0;
      for (const doc of docs()) {
        for (const span of spansOf(doc, next)) {
          expect(scan.matches(doc, span).map((m) => [m.start, m.text]), `${doc.path} ${span.start}-${span.end}`).toEqual(reference(re, doc, span));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(1000);
    });
  }

  it('lets the slice decide where it cuts a longer entry short', () => {
    // In the text "Lễ hội" is followed by a letter, so only "Lễ" matches; cut after "hội", the slice matches "Lễ hội".
    const doc = parse('Tiêu đề\nLễ hộixa và lễ hội.', { path: 't.txt' });
    const scan = lexiconWords(EVENT_HEADS);
    const re = scan.regex;
    const start = doc.blocks[1].start;
    for (const span of [{ start, end: start + 'Lễ hội'.length }, { start, end: start + 'Lễ hộixa và lễ hội'.length }]) {
      expect(scan.matches(doc, span).map((m) => [m.start, m.text])).toEqual(reference(re, doc, span));
    }
    expect(scan.matches(doc, { start, end: start + 'Lễ hội'.length })[0].text).toBe('Lễ hội');
  });

  it('stops after the limit and at the first match', () => {
    const doc = parse('Tiêu đề\nHội nghị, hội thảo và lễ hội trong hội chợ.', { path: 't.txt' });
    const scan = lexiconWords(EVENT_HEADS);
    const body = doc.blocks[1];
    expect(scan.matches(doc, body, 2).map((m) => m.text)).toEqual(['Hội nghị', 'hội thảo']);
    expect(scan.first(doc, body)?.text).toBe('Hội nghị');
  });
});

describe('EndWords', () => {
  it('tests like the end-anchored regex over the slice', () => {
    const re = new RegExp(`(?<![${LETTER}${DIGIT}])(?:tổ chức|khai mạc|tại)[\\s,:]*$`, 'iu');
    const test = new EndWords(re, ['tổ chức', 'khai mạc', 'tại'], ',:');
    for (const text of ['Sở đã tổ chức, ', 'TỔ CHỨC', 'tổ ſức', 'xtại ', 'tại:', '', 'tổ chức tổ chức khai mạc tại,']) expect(test.test(text), text).toBe(re.test(text));
    const next = seededRandom(11);
    for (const doc of docs()) {
      for (let i = 0; i < 300; i++) {
        const to = Math.floor(next() * (doc.key.length + 1));
        const from = Math.max(0, to - Math.floor(next() * 40));
        expect(test.test(doc.key, from, to), `${doc.path} ${from}-${to}`).toBe(re.test(doc.key.slice(from, to)));
      }
    }
  });
});

describe('EndWords with any tail (entries looked up, not left to the regex)', () => {
  it('tests like the end-anchored regex (and like EndWords without the look-up), odd characters included', () => {
    const words = ['tổ chức', 'khai mạc', 'tại', 'kỷ niệm', 'lễ', 'sẽ', 'thăm, tặng quà'];
    const pieces = [...words, 'thăm', 'tặng quà', 'Tổ Chức', 'KHAI MẠC', 'TẠI', 'Kỷ niệm', 'x', 'Lê', ' ', '  ', '\n', ',', ':', ', ', '2', 'e\u0301', '\u212aỷ niệm', 'ſẽ', 'İ', 'Σ', '📷', '\u2003', '“', '–', '…', '\u1fbe'];
    const next = seededRandom(29);
    for (const flags of ['i', 'iu']) {
      const re = new RegExp(`(?<![${LETTER}${DIGIT}])(?:${[...words].sort((a, b) => b.length - a.length).join('|')})[\\s,:]*$`, flags);
      const test = new EndWords(re, words, ',:', [], true);
      const old = new EndWords(re, words, ',:');
      let hits = 0;
      for (let n = 0; n < 5000; n++) {
        let text = '';
        for (let k = Math.floor(next() * 6); k >= 0; k--) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.5 ? ' ' : '');
        const from = Math.floor(next() * 3);
        // As the pattern does (and under the u flag as EndWords did: one starting with the Kelvin sign is not tried).
        const expected = flags === 'i' ? re.test(text.slice(from)) : old.test(text, from);
        expect([flags, text, from, test.test(text, from)]).toEqual([flags, text, from, expected]);
        if (expected) hits++;
      }
      expect(hits).toBeGreaterThan(1000);
    }
  });
});

describe('lowerCaseHash', () => {
  it('hashes a word as its lower case, or leaves it to the regex', () => {
    for (const word of ['tổ', 'TỔ', 'Chức', 'KHAI', 'mạc', 'ĐẠI', 'ǅa', 'Ωmega', 'x2', '']) {
      const lower = word.toLowerCase();
      expect(lowerCaseHash(` ${word} `, 1, word.length + 1), word).toBe(hashOf(lower, 0, lower.length));
    }
    // "İ" lower-cases to two units, "Σ" by its neighbours; "ſ" folds to "s" without lower-casing to it.
    for (const word of ['İch', 'ΟΔΟΣ', 'ſáng']) expect(lowerCaseHash(word, 0, word.length), word).toBeNull();
  });
});

describe('PrefixScan and LastWordScan', () => {
  it('finds what matchAll finds from an offset, given a prefix pattern', () => {
    const re = new RegExp(`(?<![${LETTER}${DIGIT}.,:/])(\\d{1,2})\\s*(?:(h|giờ)|(:|g)(?=\\d{2}))\\s*(\\d{2})?(?![${LETTER}${DIGIT}])`, 'giu');
    const scan = new PrefixScan(re, /\d{1,2}\s*(?:h|giờ|:|g)/);
    const text = 'Lúc 14h30, 8 giờ 30, 123h, 9g30, 7:45, 1.000h, 12 :30, 5g, 20H15 và 1/2h';
    for (const from of [0, 4, 11, 30]) {
      re.lastIndex = from;
      expect(scan.matches(text, from).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    }
  });

  it('finds phrases of three words by their last word', () => {
    const re = new RegExp(`(?<![${LETTER}${DIGIT}])(?:(sáng sớm|sáng)\\s+(nay)|(ngày hôm nay))(?![${LETTER}${DIGIT}])`, 'giu');
    const scan = new LastWordScan(re, ['nay'], 2);
    for (const text of ['Sáng sớm nay, ngày hôm nay và sáng  nay; xsáng sớm nay, ngày hômnay, ngày hôm nay hôm nay.', ...docs().map((d) => d.key)]) {
      expect(scan.matches(text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
    }
  });

  it('finds what matchAll finds, in order', () => {
    const re = new RegExp(`(?<![${LETTER}${DIGIT}])(?:(sáng|chiều|tối)\\s+(nay|qua)|(hôm nay|ngày mai))(?![${LETTER}${DIGIT}])`, 'giu');
    const scan = new PrefixScan(re, ['sáng', 'chiều', 'tối', 'hôm nay', 'ngày mai']);
    const byLast = new LastWordScan(re, ['nay', 'qua', 'mai'], 1);
    // Every match ends with a whole last word: those the text goes on from are passed over.
    const byWholeLast = new LastWordScan(re, ['nay', 'qua', 'mai'], 1, `(?![${LETTER}${DIGIT}])`);
    const texts = [
      ...docs().map((d) => d.key),
      'SÁNG NAY, sáng   nay, Sángnay, ſáng nay, xsáng nay, hôm nayhôm nay, hôm nay hôm nay, ngày maitối qua, tối\nqua',
      'tối quan, sáng quanh, chiều qua2, hôm nayx nay, ngày mai1 mai, tối qua',
      'sáng '.repeat(2000) + 'nay',
    ];
    for (const text of texts) {
      const expected = [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[3]]);
      expect(scan.matches(text).map((m) => [m.index, m[0], m[1], m[3]])).toEqual(expected);
      expect(byLast.matches(text).map((m) => [m.index, m[0], m[1], m[3]])).toEqual(expected);
      expect(byWholeLast.matches(text).map((m) => [m.index, m[0], m[1], m[3]])).toEqual(expected);
    }
  });
});
