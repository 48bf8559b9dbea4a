import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classAt, DIGIT, IS_WORD, LETTER, UPPER } from '../../src/core/chars.js';
import { parse } from '../../src/read/index.js';
import { DOTTED_ABBREVIATIONS } from '../../src/lexicon/vi/abbreviations.js';
import { ABBREVIATIONS, appendSentences, ENTRY_LETTERS, splitSentences } from '../../src/segment/sentences.js';
import { scanText } from '../../src/core/text.js';
import type { Sentence } from '../../src/core/document.js';

/** The splitter as first written with a regex per character test: the oracle for the fast one. */
function referenceSplit(text: string): string[] {
  const abbreviations = new Set(DOTTED_ABBREVIATIONS.map((a) => a.toLowerCase()));
  const closers: Record<string, string> = { '“': '”', '«': '»', '„': '“', '(': ')' };
  const terminal = /[.!?…]/;
  const startsSentence = new RegExp(String.raw`[${UPPER}${DIGIT}“«„"‘(]`, 'u');
  const letterOrDot = new RegExp(`[${LETTER}.]`, 'u');
  const mark = /[.!?…"“”«»„()]/g;
  const next = (from: number) => { mark.lastIndex = from; return mark.exec(text)?.index ?? text.length; };
  const isAbbreviation = (dot: number) => {
    let i = dot;
    while (i > Math.max(0, dot - 16) && letterOrDot.test(text[i - 1])) i--;
    const word = text.slice(i, dot).toLowerCase();
    return !!word && (abbreviations.has(word) || abbreviations.has(word.split('.').pop() ?? '') || word.length === 1);
  };
  const out: string[] = [];
  const stack: string[] = [];
  let straightOpen = false;
  let from = 0;
  let runEnd = -1;
  const push = (to: number) => {
    let s = from;
    while (s < to && /\s/.test(text[s])) s++;
    if (to > s) out.push(`${s}:${text.slice(s, to)}`);
    from = to;
  };
  for (let i = next(0); i < text.length; i = next(i + 1)) {
    const ch = text[i];
    let closes = false;
    if (ch === '"') {
      straightOpen = !straightOpen;
      closes = !straightOpen && terminal.test(text[i - 1] ?? '');
    } else if (stack.length && ch === stack[stack.length - 1]) {
      stack.pop();
      closes = ch !== ')' && terminal.test(text[i - 1] ?? '');
    } else if (closers[ch] && stack.length < 32) stack.push(closers[ch]);
    if ((!terminal.test(ch) && !closes) || stack.length || straightOpen) continue;
    if (ch === '.' && isAbbreviation(i)) continue;
    let j = i < runEnd ? runEnd : i + 1;
    while (j < text.length && /[.!?…”»"’)]/.test(text[j])) j++;
    runEnd = j;
    if (j >= text.length) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k < text.length && startsSentence.test(text[k])) push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

const block = (text: string) => ({ index: 0, kind: 'paragraph' as const, start: 0, end: text.length, text });

describe('abbreviation letters', () => {
  it('hold every code unit whose lower case is a letter of an entry', () => {
    const letters = new Set([...ABBREVIATIONS].join('').replace(/\./g, ''));
    for (let c = 0; c < 0x1f00; c++) {
      if (letters.has(String.fromCharCode(c).toLowerCase())) expect(ENTRY_LETTERS[c], `U+${c.toString(16)}`).toBe(1);
    }
  });
});

describe('splitSentences', () => {
  it('splits at a full stop followed by a capital letter', () => {
    expect(splitSentences(block('Buổi lễ diễn ra sáng nay. Các em học sinh rất vui.')).map((s) => s.text))
      .toEqual(['Buổi lễ diễn ra sáng nay.', 'Các em học sinh rất vui.']);
  });

  it('does not split after an academic title abbreviation', () => {
    expect(splitSentences(block('Phát biểu có PGS. TS Lê Văn Khoa và ông Hùng.'))).toHaveLength(1);
  });

  it('does not split inside quotation marks', () => {
    expect(splitSentences(block('Ông nói: “Trời mưa. Chúng ta vẫn làm.” Sau đó ông về.')).map((s) => s.text))
      .toEqual(['Ông nói: “Trời mưa. Chúng ta vẫn làm.”', 'Sau đó ông về.']);
  });

  it('tracks opening marks 32 deep, and passes over those nested deeper', () => {
    const nested = (openers: number, closers: number) => splitSentences(block(`${'“'.repeat(openers)}a${'”'.repeat(closers)}. Câu sau.`)).length;
    expect(nested(32, 31)).toBe(1);
    expect(nested(32, 32)).toBe(2);
    expect(nested(40, 32)).toBe(2);
  });

  it('stays linear on a long run of dotted letters', () => {
    const started = performance.now();
    splitSentences(block('a.'.repeat(300_000)));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('splits any text where the regex-per-character splitter does', () => {
    const pieces = ['Ông', ' ', '  ', '\u00a0', 'nói', '.', '!', '?', '…', '"', '“', '”', '«', '»', '„', '(', ')', '’', '‘', 'TP', 'PGS.TS', 'N', '3', 'đ', 'Đ', '\ud835'];
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')));
    fc.assert(fc.property(text, (t) => {
      expect(splitSentences(block(t)).map((s) => `${s.start}:${s.text}`)).toEqual(referenceSplit(t));
    }), { numRuns: 3000 });
  });

  it('splits a line of a document the same with the marks the document scan found', () => {
    const pieces = ['Ông', ' ', 'nói', '.', '!', '?', '…', '"', '“', '”', '«', '»', '„', '(', ')', "'", '‘', '’', 'TP', 'PGS.TS', 'N', '3', '\n', 'Bà'];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(line, line, line, (before, t, after) => {
      const text = `${before}\n${t}\n${after}`;
      const at = before.length + 1;
      const inDocument = { index: 0, kind: 'paragraph' as const, start: at, end: at + t.length, text: t };
      const withMarks: Sentence[] = [];
      appendSentences(inDocument, withMarks, scanText(text).marks);
      expect(withMarks).toEqual(splitSentences(inDocument));
    }), { numRuns: 3000 });
  });
});

describe('sentences of a parsed document', () => {
  // Pieces that end, open or cut sentences and words: marks, abbreviations, joiners, case.
  const PIECES = ['Sáng', ' 2/10', '/2023', ', ', '. ', '.', '!', '?', '…', '\n', '\r\n', '\n\n', '# ', '*', '_', '“', '”', '"', '«', '»', '‘', '’', 'ông ', 'Nguyễn Văn An', ' – ', 'GD&ĐT', ' cho biết', ': ', 'TP.', 'HCM', 'Ảnh: ', 'a', 'B', '1', 'ho\u0300a', '\u00a0', '\t', '- ', '1. ', '> ', '![a](b)', 'ſ', 'İ', '(', ')', ';'];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => `Tiêu đề\n${pieces.join('')}`);

  it('start and end where no word goes on, inside their block (reported-speech.ts looks verbs up by sentence on that ground)', () => {
    fc.assert(fc.property(text, fc.constantFrom('a.txt', 'a.md'), (t, path) => {
      const doc = parse(t, { path });
      for (const s of doc.sentences) {
        const block = doc.blocks[s.block];
        expect(block.start <= s.start && s.end <= block.end, JSON.stringify(t)).toBe(true);
        expect(classAt(doc.key, s.start - 1) & IS_WORD, JSON.stringify(t)).toBe(0);
        expect(classAt(doc.key, s.end - 1) & classAt(doc.key, s.end) & IS_WORD, JSON.stringify(t)).toBe(0);
      }
    }), { numRuns: 5000 });
  });
});
