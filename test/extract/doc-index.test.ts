import { describe, expect, it } from 'vitest';
import { classAt, IS_DIGIT, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, isSpace, keyOf, squashed, WordAtEnd } from '../../src/extract/doc-index.js';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { matchKey, squash } from '../../src/core/text.js';

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

describe('isSpace', () => {
  it('is \\s of a regex on every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c)) !== isSpace(c)) wrong.push(c);
    expect(wrong).toEqual([]);
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
});

describe('squashed', () => {
  it('is squash() of the text, white space collapsed and trimmed', () => {
    for (const text of ['', ' ', 'a', 'a b', ' a b', 'a b ', 'a  b', 'a\tb', 'a\u00a0b', 'a \nb', 'ông A nói', '\u3000x']) {
      expect(squashed(text)).toBe(squash(text));
    }
  });
});

describe('WordAtEnd (an entry closing a phrase, looked for in its tail)', () => {
  const words = ['cũng', 'cũng đã', 'đã', 'tiếp tục', 'sẽ'];
  const alternation = [...words].sort((a, b) => b.length - a.length).join('|');
  const pieces = ['cũng', 'Cũng', 'đã', 'ĐÃ', 'tiếp', 'tục', 'sẽ', 'ông A', 'x', ' ', '  ', '\n', ',', 'nói'];
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;

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
