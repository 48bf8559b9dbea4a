/**
 * Text hygiene: NFD and mixed forms, "Ð" for "Đ", old and new tone placement, zero-width
 * and non-breaking spaces give the same extraction as the clean text, while the output
 * keeps the article's own spelling, in NFC.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, countWords, isPlainNfcFrom, NOT_PLAIN_NFC_RANGES, isSpace, matchKey, squash, squashedSpan } from '../../src/core/text.js';
import { charTable } from '../../src/core/chars.js';
import { DIGIT, LETTER, MARK, UPPER } from '../../src/core/chars.js';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/read/index.js';
import { renderJson } from '../../src/render/json.js';
import { ARTICLE_MD, ARTICLE_OLD_TONES, ARTICLE_TXT } from '../support/articles.js';

const data = (text: string, path = 'a.txt') => renderJson(extract(parse(text, { path })));

/** Every other word decomposed: a file pasted together from two sources. */
const mixed = (text: string) => text.split(' ').map((w, i) => (i % 2 ? w.normalize('NFD') : w)).join(' ');
/** Zero-width characters inside words and non-breaking spaces between them. */
const invisibles = (text: string) => text.replace(/ /g, (_m) => '\u00a0').replace(/(\p{L})(\p{L})/u, '$1\u200b$2').replace(/Khai/g, 'Kh\u200dai\u2060');

const VARIANTS: Record<string, (text: string) => string> = {
  NFD: (t) => t.normalize('NFD'),
  'mixed NFC/NFD': mixed,
  'tone mark typed before the circumflex': (t) => t.normalize('NFD').replace(/(\u0302)([\u0300\u0301\u0303\u0309])/g, '$2$1'),
  'zero-width and non-breaking spaces': invisibles,
  'CRLF line ends and a BOM': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
  'runs of spaces and tabs between words': (t) => t.replace(/ /g, (_m, at: number) => [' \t', '  ', '\t', '   '][at % 4]),
};

describe('text hygiene', () => {
  for (const [name, variant] of Object.entries(VARIANTS)) {
    it(`extracts the same from ${name} as from the clean text`, () => {
      expect(variant(ARTICLE_TXT)).not.toBe(ARTICLE_TXT);
      expect(data(variant(ARTICLE_TXT))).toBe(data(ARTICLE_TXT));
      expect(data(variant(ARTICLE_MD), 'a.md')).toBe(data(ARTICLE_MD, 'a.md'));
    });
  }

  it('extracts the same from old and new tone placement, keeping the article\'s own spelling', () => {
    const modern = ARTICLE_OLD_TONES.replace(/oà/g, 'òa').replace(/oả/g, 'ỏa').replace(/uỷ/g, 'ủy');
    expect(modern).not.toMatch(/oà|oả|uỷ/);
    const old = data(ARTICLE_OLD_TONES);
    expect(matchKey(old)).toBe(matchKey(data(modern)));
    expect(JSON.parse(old).title).toBe('Lễ hội hoà nhạc bên bờ sông Thuỷ Lâm');
  });

  it('extracts the same from "Ð" (U+00D0, eth) typed for "Đ", keeping the article\'s own spelling', () => {
    const eth = (t: string) => t.replace(/Đ/g, '\u00d0').replace(/đ/g, '\u00f0');
    for (const [text, path] of [[ARTICLE_TXT, 'a.txt'], [ARTICLE_MD, 'a.md']]) {
      const out = data(eth(text), path);
      expect(out).toMatch(/\u00d0/);
      expect(out.replace(/\u00d0/g, 'Đ').replace(/\u00f0/g, 'đ')).toBe(data(text, path));
    }
  });

  it('writes output in NFC whatever form the input was in', () => {
    const out = data(ARTICLE_TXT.normalize('NFD'));
    expect(out).toBe(out.normalize('NFC'));
  });

  it('cleans a tone typed before the circumflex into one precomposed letter', () => {
    expect(cleanText('Vie\u0301\u0302t')).toBe('Viết');
    expect(cleanText('na\u0300\u0306ng')).toBe('nằng');
    expect(cleanText('Vie\u0323\u0302t')).toBe('Việt');
  });

  it('reads a run of spaces or tabs between words as one space, and leaves indentation and line ends', () => {
    expect(cleanText('ông  Nguyễn\tVăn \t A\u00a0 nói')).toBe('ông Nguyễn Văn A nói');
    expect(cleanText('  - mục\n\tthụt  \nhết  ')).toBe('  - mục\n\tthụt  \nhết  ');
    expect(cleanText('a \u200b b')).toBe('a b');
  });

  it('reads Unicode line and paragraph separators as line ends', () => {
    expect(cleanText('a\u2028b\u2029c')).toBe('a\nb\nc');
  });

  it('skips NFD and NFC only where Unicode allows', () => {
    // cleanText skips NFC for text of Latin, Latin Extended Additional and punctuation: each
    // of these characters must be NFC on its own, decompose to a starter (combining class 0),
    // and never be the second part of a composition. It skips NFD unless a combining
    // circumflex or breve is written as such: no character decomposes to a tone before one.
    const secondParts = new Set<number>();
    const toneBeforeShape: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const decomposed = String.fromCodePoint(cp).normalize('NFD');
      for (const part of [...decomposed].slice(1)) secondParts.add(part.codePointAt(0)!);
      if (/[\u0300\u0301\u0303\u0309][\u0302\u0306]/.test(decomposed)) toneBeforeShape.push(cp.toString(16));
    }
    expect(toneBeforeShape).toEqual([]);
    const isPlainNfc = (c: number) => !NOT_PLAIN_NFC_RANGES.some(([from, to]) => c >= from && c < to);
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isPlainNfcFrom(`x${String.fromCharCode(c)}`, 1) !== isPlainNfc(c)) wrong.push(`from ${c.toString(16)}`);
      if (!isPlainNfc(c)) continue;
      const ch = String.fromCharCode(c);
      const first = String.fromCodePoint(ch.normalize('NFD').codePointAt(0)!);
      const starter = (first + '\u0334').normalize('NFD') === first + '\u0334' && ('\u0301' + first).normalize('NFD') === '\u0301' + first;
      if (ch.normalize('NFC') !== ch || secondParts.has(c) || secondParts.has(first.codePointAt(0)!) || !starter) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('cleans any text exactly as line ends, NFD, NFC and the replacements one after another would', () => {
    const reference = (raw: string) => {
      let text = raw.replace(/\r\n?|[\u2028\u2029]/g, '\n');
      if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFD').replace(/([\u0300\u0301\u0303\u0309])([\u0302\u0306])/g, '$2$1');
      return text.normalize('NFC').replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
        .replace(/(?<=\S)[ \t\v\f]*(?:  |\t|\v|\f)[ \t\v\f]*(?=\S)/g, ' ');
    };
    const odd = ['\t', '  ', '\v', '\r', '\r\n', '\u2028', '\u2029', '\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u0323', 'e\u0301\u0302', 'ả', 'ắ', '\u00a0', '\u00ad', '\u00d0', '\u00f0', '\u2000', '\u2001', '\u200b', '\u202f', '\u2060', '\u3000', '\ufeff', '\u212b', '\u1161', 'ệ', 'a', 'Ô', '“', ' '];
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.constantFrom(...odd), { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(fc.property(text, (t) => cleanText(t) === reference(t)), { numRuns: 2000 });
  });

  it('builds lookup tables that agree with the regex classes for every code unit', () => {
    for (const body of [LETTER + MARK, UPPER + DIGIT, `${LETTER}.`]) {
      const table = charTable(body);
      const re = new RegExp(`[${body}]`, 'u');
      const wrong = [];
      for (let c = 0; c < table.length; c++) if ((table[c] === 1) !== re.test(String.fromCharCode(c))) wrong.push(c.toString(16));
      expect(wrong).toEqual([]);
    }
    // A value or-ed into a table given: bits already there stay.
    const table = charTable('a-c', 0x80, 2, charTable('c-e', 0x80));
    expect([...table.slice(0x61, 0x66)]).toEqual([2, 2, 3, 1, 1]);
  });

  it('squashes and counts words exactly as the whitespace regexes do', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    const pieces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'Hà', 'Nội', '.', 'x'];
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')));
    fc.assert(fc.property(text, fc.nat(8), (t, limit) => {
      const words = t.match(/\S+/g)?.length ?? 0;
      expect(squash(t)).toBe(t.replace(/\s+/g, ' ').trim());
      expect(countWords(t)).toBe(words);
      expect(countWords(t, limit)).toBe(Math.min(words, limit + 1));
    }), { numRuns: 2000 });
  });

  it('finds where a squashed text, whole or cut short, lies in the text it was squashed from', () => {
    const pieces = [' ', '  ', '\t', '\n', '\u00a0', 'Hà', 'Nội', '.', 'x'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.string({ maxLength: 3 }), text, fc.nat(30), (before, t, cut) => {
      const squashed = squash(t);
      const value = squashed.slice(0, cut).trimEnd();
      const { start, end } = squashedSpan(before + t, before.length, value);
      expect(squash((before + t).slice(start, end))).toBe(value);
      expect(start === end || !isSpace((before + t).charCodeAt(start))).toBe(true);
    }), { numRuns: 1000 });
  });

  it('keys any text as moving each syllable-final tone with normalisation would', () => {
    const pairs: Record<string, string> = { o: 'aeAE', O: 'aeAE', u: 'yY', U: 'yY' };
    const reference = (text: string) => text.replace(new RegExp(`([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![${LETTER}${MARK}])`, 'gu'), (_m, a: string, b: string) => {
      const [base, ...tone] = b.normalize('NFD');
      return pairs[a].includes(base) ? (a + tone.join('')).normalize('NFC') + base : a + b;
    });
    const pieces = ['o', 'O', 'u', 'U', 'à', 'ẻ', 'ý', 'Ỵ', 'a', ' ', 'h', '\u0301', '\ud835\udc9c', 'thuỷ', 'hoà'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), (t) => {
      expect(matchKey(t)).toBe(reference(t));
    }), { numRuns: 3000 });
  });
});
