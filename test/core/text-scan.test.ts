/**
 * The parse phase's one pass over the text: what it reports must agree with what cleaning,
 * the match key and the language check would find on their own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acronymLetters, baseInitial, cleanText, endsWithTonePair, keyOfScanned, matchKey, scanText, squash, upperFirst, wordBefore } from '../../src/core/text.js';
import { isLetterCode, LETTER, MARK } from '../../src/core/chars.js';
import { VnDocument } from '../../src/core/document.js';
import { looksVietnamese } from '../../src/read/vietnamese.js';

const PIECES = ['Hoà', "'", '‘', '’', 'hòa', 'thuỷ', 'khoẻ', 'Uý', 'oá', 'Nội', 'ViÖt', 'the', ' ', '  ', '\n', ', ', '“', '”', '.', 'Ж', '\u00a0', '\r\n', 'ne\u0302\u0301', '\u200b', '😀', 'oàn', 'uỷ'];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
);

describe('scanText', () => {
  it('finds no need exactly when cleaning leaves a text as it is, or could', () => {
    fc.assert(fc.property(text, (t) => {
      if (scanText(t).needs === 0) expect(cleanText(t)).toBe(t);
    }), { numRuns: 3000 });
    expect(scanText('Hà Nội\r\n').needs).not.toBe(0);
    expect(scanText('Hà\u00a0Nội').needs).not.toBe(0);
    expect(scanText('Ha\u0300 No\u0323\u0302i').needs).not.toBe(0);
  });

  it('counts words as runs of letters and marks', () => {
    fc.assert(fc.property(text, (t) => {
      expect(scanText(t).words).toBe(t.match(new RegExp(`[${LETTER}${MARK}]+`, 'g'))?.length ?? 0);
    }), { numRuns: 3000 });
  });

  it('finds the tone pairs the match key needs', () => {
    // An eth ("Ð", "ð") is a need: a text holding one is keyed by matchKey, never by keyOfScanned.
    fc.assert(fc.property(text, (t) => {
      if (/[\u00d0\u00f0]/.test(t)) expect(scanText(t).needs).not.toBe(0);
      else expect(keyOfScanned(t, scanText(t).tonePairs)).toBe(matchKey(t));
    }), { numRuns: 3000 });
    expect(scanText('Dương Anh Ðiền').needs).not.toBe(0);
    expect(scanText('hoà bình, thuỷ.').tonePairs).toEqual([1, 12]);
    expect(scanText('hoà bình, thuỷ.').marks).toEqual([14]);
    expect(scanText('hòa bình').tonePairs).toEqual([]);
  });

  it('finds the characters sentence splitting and quotation finding look at', () => {
    fc.assert(fc.property(text, (t) => {
      expect(scanText(t).marks).toEqual([...t.matchAll(/[.!?…"“”«»„()'‘’‚‛]/g)].map((m) => m.index));
    }), { numRuns: 1000 });
  });

  it('calls a text single-spaced only when each of its trimmed lines is squashed', () => {
    const spaced = fc.array(fc.constantFrom('Hà', 'Nội', ' ', '  ', '\n', '\t', '\u00a0', '.', 'x', '\r\n'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(text, spaced), (t) => {
      if (!scanText(t).singleSpaced) return;
      for (const line of t.split('\n')) expect(squash(line.trim())).toBe(line.trim());
    }), { numRuns: 3000 });
    expect(scanText('Hà Nội\nSáng nay').singleSpaced).toBe(true);
    expect(scanText('Hà  Nội').singleSpaced).toBe(false);
    expect(scanText('Hà\tNội').singleSpaced).toBe(false);
  });

  it('gives the language check the count it would make itself', () => {
    const vietnamese = 'Sáng nay, Ủy ban nhân dân tỉnh tổ chức lễ khai mạc hội chợ. ';
    const english = 'The fair opens this morning in the town square. ';
    fc.assert(fc.property(fc.array(fc.constantFrom(vietnamese, english, 'ViÖt Nam ', 'x '), { maxLength: 40 }).map((p) => p.join('')), (t) => {
      expect(looksVietnamese(t, scanText(t).words)).toBe(looksVietnamese(t));
    }), { numRuns: 500 });
  });
});

describe('VnDocument.keyOf', () => {
  it('gives the match key of any span of the text', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const doc = new VnDocument('a.txt', t, 'txt');
      const start = a % (t.length + 1);
      const end = start + (b % (t.length - start + 1));
      const span = t.slice(start, end);
      expect(doc.keyOf(span, start)).toBe(matchKey(span));
    }), { numRuns: 3000 });
  });
});

describe('wordBefore', () => {
  const at = (text: string, mark: string) => text.indexOf(mark);
  it('gives the word right before a position, past one run of spaces', () => {
    const text = 'tổ chức 5 buổi mít tinh';
    const [start, end] = wordBefore(text, 0, at(text, 'buổi'))!;
    expect(text.slice(start, end)).toBe('5');
    const [from, to] = wordBefore(text, 0, at(text, 'mít'))!;
    expect(text.slice(from, to)).toBe('buổi');
  });
  it('gives null with no space before the position, or no word after the spaces', () => {
    expect(wordBefore('mít tinh', 0, 2)).toBeNull();
    expect(wordBefore('“ buổi', 0, 2)).toBeNull();
  });
  it('stops at `from` and reads only the characters it is told', () => {
    const text = 'Hà Nội 12/3';
    expect(wordBefore(text, 4, at(text, '12'))).toEqual([4, 6]);
    expect(wordBefore('ngày 20 tháng', 0, 8, isLetterCode)).toBeNull();
  });
});

describe('upperFirst', () => {
  it('upper-cases the first letter only, a Vietnamese one too', () => {
    expect(['ông', 'đồng chí', 'PGS.TS', ''].map(upperFirst)).toEqual(['Ông', 'Đồng chí', 'PGS.TS', '']);
  });
});

describe('baseInitial and acronymLetters', () => {
  it('spell a word by its base letter, "đ" as "d", whatever its case and tone', () => {
    expect(['Ủy', 'uỷ', 'U', 'Đào', 'đoàn', 'D', 'Giáo'].map(baseInitial)).toEqual(['u', 'u', 'u', 'd', 'd', 'd', 'g']);
  });

  it('read an acronym letter by letter, its joiners left out', () => {
    expect(acronymLetters('GD&ĐT')).toEqual(['g', 'd', 'd', 't']);
    expect(acronymLetters('KH-CN')).toEqual(['k', 'h', 'c', 'n']);
    expect(acronymLetters('TP.HCM')).toEqual(['t', 'p', 'h', 'c', 'm']);
    expect(acronymLetters('LĐLĐ')).toEqual(['l', 'd', 'l', 'd']);
  });
});

describe('endsWithTonePair', () => {
  it('finds an "o" or "u" and a toned "a", "e" or "y" right before the offset', () => {
    expect(endsWithTonePair('hoà', 3)).toBe(true);
    expect(endsWithTonePair('thuỷ', 4)).toBe(true);
    expect(endsWithTonePair('hoa', 3)).toBe(false);
    expect(endsWithTonePair('hòa', 3)).toBe(false);
    expect(endsWithTonePair('à', 1)).toBe(false);
  });
});
