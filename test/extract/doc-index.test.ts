import { describe, expect, it } from 'vitest';
import { keyOf, WordAtEnd, WordScanner } from '../../src/extract/doc-index.js';
import { alternation, wordRegex } from '../../src/lexicon/compile.js';
import { SPEECH_VERBS } from '../../src/lexicon/vi/speech.js';
import { classAt, DIGIT, IS_DIGIT, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { matchKey } from '../../src/core/text.js';

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

describe('WordScanner (wordRegex matches, the word-start test made in code)', () => {
  const regex = wordRegex(SPEECH_VERBS);
  const scanner = new WordScanner(SPEECH_VERBS, regex.flags);
  const pieces = ['cho', 'CHO', 'biết', 'thêm', 'nói', 'Nói', ' ', ' ', ',', 'a', '2', '-', '“', '\u0301', 'kể lại', 'nhấn mạnh', 'đề', 'nghị', 'chonói', 'αcho'];
  let seed = 9;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;

  it('finds the same matches, in order, from any starting offset', () => {
    let total = 0;
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let k = 0; k < 25; k++) text += pieces[next()];
      const from = next() % 5;
      const viaRegex: [number, string][] = [];
      regex.lastIndex = from;
      for (let m = regex.exec(text); m; m = regex.exec(text)) viaRegex.push([m.index, m[0]]);
      const viaScanner: [number, string][] = [];
      for (let m = scanner.exec(text, from); m; m = scanner.exec(text, m.index + m[0].length)) viaScanner.push([m.index, m[0]]);
      expect([text, viaScanner]).toEqual([text, viaRegex]);
      total += viaRegex.length;
    }
    expect(total).toBeGreaterThan(400);
  });

  it('looks again right after a match that does not start a word', () => {
    const words = ['nói lại', 'lại'];
    const scanner2 = new WordScanner(words, wordRegex(words).flags);
    expect(scanner2.exec('chonói lại')?.[0]).toBe('lại');
  });
});
