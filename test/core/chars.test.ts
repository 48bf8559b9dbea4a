import { describe, expect, it } from 'vitest';
import {
  CHAR_BLOCKS, CHAR_CLASS, CLASSED_BELOW, DASH, DIGIT, HAS_DASH, hasLetter, hasUpper, isFoldedOutsideTable, IS_DIGIT, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, isDashCode, isDashText, LETTER,
  LOWER, MARK, SEPARATOR_DASHES, startsLower, startsUpper, UPPER,
} from '../../src/core/chars.js';

/** The class body of a Unicode property over CHAR_BLOCKS, written as src/core/chars.ts has it. */
function classBody(property: string): string {
  const re = new RegExp(`^${property}$`, 'u');
  const out: [number, number][] = [];
  for (const [a, b] of CHAR_BLOCKS) {
    for (let c = a; c <= b; c++) {
      if (!re.test(String.fromCodePoint(c))) continue;
      const last = out[out.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else out.push([c, c]);
    }
  }
  const hex = (c: number) => (/[0-9A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`);
  return out.map(([a, b]) => (a === b ? hex(a) : b === a + 1 ? hex(a) + hex(b) : `${hex(a)}-${hex(b)}`)).join('');
}

describe('character classes', () => {
  it('are read into the class table code unit by code unit', () => {
    const classes = [[IS_LETTER, LETTER], [IS_MARK, MARK], [IS_DIGIT, DIGIT], [IS_UPPER, UPPER], [IS_LOWER, LOWER]] as const;
    const patterns = classes.map(([bit, body]) => [bit, new RegExp(`[${body}]`)] as const);
    for (let c = 0; c < CLASSED_BELOW; c++) {
      const expected = patterns.reduce((bits, [bit, re]) => (re.test(String.fromCharCode(c)) ? bits | bit : bits), 0);
      if (CHAR_CLASS[c] !== expected) expect(`U+${c.toString(16)}: ${CHAR_CLASS[c]}`).toBe(`U+${c.toString(16)}: ${expected}`);
    }
  });

  it.each([
    ['LETTER', LETTER, '\\p{L}'],
    ['MARK', MARK, '\\p{M}'],
    ['DIGIT', DIGIT, '\\p{N}'],
    ['UPPER', UPPER, '\\p{Lu}'],
    ['LOWER', LOWER, '\\p{Ll}'],
  ])('%s is %s over the covered blocks (regenerate the constant if this fails)', (_name, body, property) => {
    expect(body).toBe(classBody(property));
  });

  it('isFoldedOutsideTable leaves out only units above the table that have no case and no class under the i flag', () => {
    const word = new RegExp(`[${LETTER}${MARK}${DIGIT}]`, 'i');
    for (let c = CLASSED_BELOW; c < 0x10000; c++) {
      if (isFoldedOutsideTable(c)) continue;
      const s = String.fromCharCode(c);
      expect([c, s.toLowerCase() === s && s.toUpperCase() === s && !word.test(s)]).toEqual([c, true]);
    }
    expect(isFoldedOutsideTable(0x212a)).toBe(true);
    expect(isFoldedOutsideTable(0x1fbe)).toBe(true);
    expect(isFoldedOutsideTable(0x201c)).toBe(false);
    expect(isFoldedOutsideTable(0x1ec7)).toBe(false);
  });

  it('covers every Vietnamese letter, both cases, and the tone marks', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    const upper = new RegExp(`^[${UPPER}]+$`, 'u');
    const lower = new RegExp(`^[${LOWER}]+$`, 'u');
    expect(letters).toMatch(lower);
    expect(letters.toUpperCase()).toMatch(upper);
    expect(letters.toUpperCase()).not.toMatch(lower);
    expect('\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b').toMatch(new RegExp(`^[${MARK}]+$`, 'u'));
    expect('Nguyễn2023').toMatch(new RegExp(`^[${LETTER}${DIGIT}]+$`, 'u'));
    expect('–“”,. ').not.toMatch(new RegExp(`[${LETTER}${DIGIT}${MARK}]`, 'u'));
  });
});

describe('text tests', () => {
  const tests = [
    [startsUpper, new RegExp(`^[${UPPER}]`, 'u')],
    [startsLower, new RegExp(`^[${LOWER}]`, 'u')],
    [hasLetter, new RegExp(`[${LETTER}]`, 'u')],
    [hasUpper, new RegExp(`[${UPPER}]`, 'u')],
  ] as const;

  it('answer as their patterns do, with every code unit of the BMP first, last and alone', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch} 1`, `1 ${ch}`]) for (const [test, re] of tests) if (test(text) !== re.test(text)) differ.push(`${test.name} U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('answer as their patterns do for empty text, astral characters and Vietnamese words', () => {
    for (const text of ['', '𝐀 b', 'x😀', 'đường Ánh', 'Đà Nẵng', '12 ổ']) for (const [test, re] of tests) expect(test(text)).toBe(re.test(text));
  });
});

describe('separator dashes', () => {
  it('are the hyphen-minus, figure, en and em dashes, the horizontal bar and the minus sign', () => {
    expect([...SEPARATOR_DASHES].map((c) => c.codePointAt(0)!.toString(16))).toEqual(['2d', '2012', '2013', '2014', '2015', '2212']);
  });

  it('are the same set in the class body, the code test and the text test, over the whole BMP', () => {
    const inClass = new RegExp(`^[${DASH}]$`, 'u');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const expected = SEPARATOR_DASHES.includes(s);
      if (isDashCode(c) !== expected || inClass.test(s) !== expected || isDashText(s) !== expected) throw new Error(`U+${c.toString(16)} disagrees`);
    }
  });

  it('leave out the hyphens written inside a word and the dashes that mark an omission', () => {
    for (const c of ['\u2010', '\u2011', '\u2e3a', '\u2e3b', '\u00ad', '_', '~']) {
      expect(isDashText(c)).toBe(false);
      expect(HAS_DASH.test(`Lê An ${c} TH`)).toBe(false);
    }
    expect(isDashText('--')).toBe(false);
    expect(isDashText(undefined)).toBe(false);
  });
});
