/**
 * The shared tokenizer: tokens as the token pattern cuts them, with their flags and keys;
 * and the shortcuts the people rules take (a name's key from its tokens' keys) agreeing
 * with the long way round.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGIT, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { matchKey } from '../../src/core/text.js';
import { nameKey, runNameKey } from '../../src/extract/people/registry.js';
import { phraseWords, WordSet } from '../../src/extract/phrase-sets.js';
import { blockTokens, spacedPieces, spanText, tokenize, type Token } from '../../src/extract/tokens.js';
import { parse } from '../../src/read/index.js';
import { SURNAMES } from '../../src/lexicon/vi/names.js';
import { ACADEMIC_TITLES } from '../../src/lexicon/vi/honorifics.js';
import '../../src/extract/people/names.js';
import { local, oddText, tokensOf } from './token-fixtures.js';

// The token rule as a pattern, and the flags as patterns: what the scanner must agree with.
const WORD = `[${LETTER}${MARK}${DIGIT}]`;
// A hyphen between a lower-case letter or two capitals and a capitalised word parts two words.
const TOKEN = new RegExp(`${WORD}+(?:(?:[&.'’/]|(?<![${LOWER}]|[${UPPER}]{2})-|-(?![${UPPER}][${LOWER}]))${WORD}+)*|\\S`, 'gu');
const STARTS_WORD = new RegExp(`^[${LETTER}${DIGIT}]`, 'u');
const STARTS_UPPER = new RegExp(`^[${UPPER}]`, 'u');
const HAS_LOWER = new RegExp(`[${LOWER}]`, 'u');
const NAME_SHAPED = new RegExp(`^[${LETTER}${MARK}]+(?:['’-][${LETTER}${MARK}]+){0,3}$`, 'u');

// A word glued to a surname before a space and a capital ("ĐảngLê Hồng") is two words.
const GLUED = new RegExp(`^([^${DIGIT}&.'’/-]*[${LOWER}])([${UPPER}][${LOWER}]+)$`, 'u');
const SURNAME_KEYS = new Set(SURNAMES.map((s) => matchKey(s).toLowerCase()));
// A one-word title a dot glues to a surname before a space and a capital ("PGS.TS.Lê Đình") ends at the dot.
const DOTTED = new RegExp(`^(.+)\\.([${UPPER}][${LOWER}]*)$`, 'u');
const TITLE_KEYS = new Set(ACADEMIC_TITLES.filter((t) => !t.includes(' ')).map((t) => matchKey(t).toLowerCase()));

/** The tokens' texts and offsets as TOKEN cuts text[start, end), glued words parted. */
function pieces(text: string, start: number, end: number): { raw: string; at: number }[] {
  const key = matchKey(text);
  return [...text.slice(start, end).matchAll(TOKEN)].flatMap((m) => {
    const at = start + m.index;
    const after = at + m[0].length;
    const nameNext = after + 1 < end && text[after] === ' ' && STARTS_UPPER.test(text[after + 1]);
    const dotted = nameNext ? DOTTED.exec(m[0]) : null;
    if (dotted && TITLE_KEYS.has(key.slice(at, at + dotted[1].length).toLowerCase()) && SURNAME_KEYS.has(key.slice(after - dotted[2].length, after).toLowerCase())) {
      return [{ raw: dotted[1], at }, { raw: '.', at: at + dotted[1].length }, { raw: dotted[2], at: after - dotted[2].length }];
    }
    const glued = nameNext ? GLUED.exec(m[0]) : null;
    if (!glued || glued[1].length < 2 || !SURNAME_KEYS.has(key.slice(at + glued[1].length, after).toLowerCase())) return [{ raw: m[0], at }];
    return [{ raw: glued[1], at }, { raw: glued[2], at: at + glued[1].length }];
  });
}

function expected(text: string, start: number, end: number) {
  const key = matchKey(text);
  return pieces(text, start, end).map(({ raw, at }) => {
    const word = STARTS_WORD.test(raw);
    const cap = STARTS_UPPER.test(raw);
    const acronym = cap && raw.length > 1 && !HAS_LOWER.test(raw);
    return {
      text: raw,
      key: key.slice(at, at + raw.length).toLowerCase(),
      start: at,
      end: at + raw.length,
      word,
      cap,
      acronym,
      nameSyllable: word && cap && !acronym && NAME_SHAPED.test(raw),
    };
  });
}

const fields = (t: Token) => ({
  text: t.text, key: t.key, start: t.start, end: t.end, word: t.word, cap: t.cap, acronym: t.acronym, nameSyllable: t.nameSyllable,
});

/** A letter, as the character table has it. */
const LETTER_AT = new RegExp(`[${LETTER}]`, 'u');
/** Pieces of text without a letter: every mark, digit and joiner the lexicons hold, and odd ones. */
const LETTERLESS_PIECES = [
  ...'0123456789', '²', '¼', '½', '%', '.', ',', ';', ':', '!', '?', '-', '–', '—', '/', '&', '+', '(', ')', '[', ']', '“', '”', '"', "'", '’', '«', '»', '„', '‘',
  '…', '*', '#', '@', ' ', '\u00a0', '\u0301', '\ud83d\ude00', '30-4', '2/9', '1.000', '19/5/1890', '2024', 'Ⅳ',
];

describe('tokenize', () => {
  it('keeps inner joiners in a word and cuts everything else that is not space into one-character tokens', () => {
    expect(tokensOf('Sở GD&ĐT, TP.HCM (30-4) “PGS.TS”').map((t) => t.text)).toEqual([
      'Sở', 'GD&ĐT', ',', 'TP.HCM', '(', '30-4', ')', '“', 'PGS.TS', '”',
    ]);
    expect(tokensOf('a\u3000b\u00a0c\ufeffd').map((t) => t.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(tokensOf('x\ud83d\ude00y').map((t) => t.text)).toEqual(['x', '\ud83d\ude00', 'y']);
  });

  it('gives one-character tokens their own offsets and key, and no word flags', () => {
    const tokens = tokensOf('“Ⅳ”, “a”');
    expect(tokens.map((t) => [t.text, t.key, t.start, t.end])).toEqual([
      ['“', '“', 0, 1], ['Ⅳ', 'ⅳ', 1, 2], ['”', '”', 2, 3], [',', ',', 3, 4], ['“', '“', 5, 6], ['a', 'a', 6, 7], ['”', '”', 7, 8],
    ]);
    for (const t of tokens.filter((t) => t.text !== 'a')) expect([t.word, t.cap, t.acronym, t.nameSyllable]).toEqual([false, false, false, false]);
  });

  it('parts two capitalised words a hyphen joins without spaces, but not a word a hyphen holds', () => {
    expect(tokensOf('Việt Nam-Trung Quốc, ông Lê Văn Hùng-Phó Giám đốc').map((t) => t.text)).toEqual([
      'Việt', 'Nam', '-', 'Trung', 'Quốc', ',', 'ông', 'Lê', 'Văn', 'Hùng', '-', 'Phó', 'Giám', 'đốc',
    ]);
    expect(tokensOf('Hang-seo GD-ĐT A-Bc 30-4 Nam-T').map((t) => t.text)).toEqual(['Hang-seo', 'GD-ĐT', 'A-Bc', '30-4', 'Nam-T']);
    // After an acronym too: "TUV-Bí thư" is a post's abbreviation and the next post.
    expect(tokensOf('TUV-Bí thư, XXVIII-Nhiệm kỳ').map((t) => t.text)).toEqual(['TUV', '-', 'Bí', 'thư', ',', 'XXVIII', '-', 'Nhiệm', 'kỳ']);
    // Lexicon phrases are cut the same way.
    expect(phraseWords('Nam-Trung Bộ')).toEqual(['nam', '-', 'trung', 'bộ']);
  });

  it('parts a word glued to a surname before a name goes on, and no other mixed-case word', () => {
    expect(tokensOf('Trung ương ĐảngLê Hồng Anh, đồng chíNguyễn Văn A').map((t) => t.text)).toEqual([
      'Trung', 'ương', 'Đảng', 'Lê', 'Hồng', 'Anh', ',', 'đồng', 'chí', 'Nguyễn', 'Văn', 'A',
    ]);
    // No surname at the end, no name after, or too short a word before: one word.
    expect(tokensOf('VinaPhone Hà, ĐảngLê, McDonald Hà, xLê Hà').map((t) => t.text)).toEqual([
      'VinaPhone', 'Hà', ',', 'ĐảngLê', ',', 'McDonald', 'Hà', ',', 'xLê', 'Hà',
    ]);
    const [glued, surname] = tokensOf('chíNguyễn Văn A');
    expect([glued.key, glued.cap, surname.key, surname.nameSyllable]).toEqual(['chí', false, 'nguyễn', true]);
  });

  it('ends a title a dot glues to a name at the dot ("PGS.TS.Lê Đình Khánh"), and no other dotted word', () => {
    expect(tokensOf('PGS.TS.Lê Đình Khánh, ThS.Nguyễn Văn A').map((t) => t.text)).toEqual([
      'PGS.TS', '.', 'Lê', 'Đình', 'Khánh', ',', 'ThS', '.', 'Nguyễn', 'Văn', 'A',
    ]);
    expect(tokensOf('TP.Hồ Chí Minh, PGS.TS.Lê, PGS.TS.Nam Định').map((t) => t.text)).toEqual([
      'TP.Hồ', 'Chí', 'Minh', ',', 'PGS.TS.Lê', ',', 'PGS.TS.Nam', 'Định',
    ]);
  });

  it('marks a syllable-by-syllable name of up to three hyphens a name syllable ("Bút-đa-viêng")', () => {
    const [a, b, c, d] = tokensOf('Khăm-phởi Bút-đa-viêng Xi-xu-lít-ta A-b-c-d-e');
    expect([a.nameSyllable, b.nameSyllable, c.nameSyllable, d.nameSyllable]).toEqual([true, true, true, false]);
  });

  it('marks acronyms and name syllables', () => {
    const [ubnd, luyen, seo, two, thpt, year] = tokensOf("UBND H'Luyên Hang-seo A-B-C THPT2 2024");
    expect([ubnd.acronym, ubnd.nameSyllable]).toEqual([true, false]);
    expect([luyen.nameSyllable, seo.nameSyllable, two.nameSyllable]).toEqual([true, true, false]);
    expect([thpt.acronym, thpt.nameSyllable]).toEqual([true, false]);
    expect([year.word, year.cap]).toEqual([true, false]);
  });

  it('keys words by their lower-case match key, old and new tone placement alike', () => {
    const [a, b] = tokensOf('HOÀ hòa');
    expect(a.key).toBe('hòa');
    expect(b.key).toBe('hòa');
    expect(a.text).toBe('HOÀ');
  });

  it('keys and numbers a word by its lower case whichever word characters it holds (upper, title case, marks)', () => {
    const WORD_CHAR = new RegExp(`^${WORD}$`, 'u');
    const words = Array.from({ length: 0x1f00 }, (_, c) => String.fromCharCode(c))
      .filter((ch) => WORD_CHAR.test(ch))
      .flatMap((ch) => [ch, `x${ch}`, `${ch}x`])
      .filter((w) => w.normalize('NFC') === w);
    // Their lower cases in the vocabulary: a word is found by number only when looked up lower-cased
    // (as the match key reads it: "Ð", eth, as "Đ").
    const set = new WordSet(words.map((w) => matchKey(w).toLowerCase()));
    for (const word of words) {
      const [token] = tokensOf(word);
      expect(token.key).toBe(matchKey(word).toLowerCase());
      expect(set.has(token)).toBe(true);
    }
  });

  it('cuts and marks as the token pattern does, on any text and any span of it', () => {
    fc.assert(
      fc.property(oddText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        expect(tokenize(local(text), start, end).map(fields)).toEqual(expected(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a document block the same tokens as tokenizing the block alone, and a block without a letter none', () => {
    fc.assert(
      fc.property(fc.array(oddText, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const doc = parse(paragraphs.join('\n\n'), { path: 'a.txt' });
        for (const block of doc.blocks) {
          const alone = tokenize(doc, block.start, block.end);
          if (LETTER_AT.test(doc.text.slice(block.start, block.end))) expect(blockTokens(doc, block).map(fields)).toEqual(alone.map(fields));
          else expect(blockTokens(doc, block)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds in a text without a letter no token a rule may start from (a capital, a phrase\'s first word)', () => {
    // What lets blockTokens skip such a block: no rule reads anything in it.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERLESS_PIECES), { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        for (const t of tokensOf(text)) expect([t.cap, t.acronym, t.nameSyllable, t.starts]).toEqual([false, false, false, 0]);
      }),
      { numRuns: 2000 },
    );
    const marks = parse(`Tiêu đề\n${'«„‘(“1.2-3,4 '.repeat(1000)}\n`, { path: 'a.txt' });
    expect(blockTokens(marks, marks.blocks[1])).toEqual([]);
    expect(blockTokens(marks, marks.blocks[0]).map((t) => t.text)).toEqual(['Tiêu', 'đề']);
  });

  it('reads texts of any length, a long one after short ones and a short one after it', () => {
    const long = fc.sample(oddText, { numRuns: 3000, seed: 7 }).join(' ');
    expect(long.length).toBeGreaterThan(20_000);
    // Past the 256K code units a scan buffer keeps between texts: made for it, then dropped.
    const huge = 'Ông Trần Thế Cương – Giám đốc Sở GD&ĐT, H\'Luyên nói. '.repeat(6000);
    for (const text of ['Hoà GD&ĐT', long, huge, 'İ Σ x', long]) {
      expect(tokensOf(text).map(fields)).toEqual(expected(text, 0, text.length));
      const doc = parse(text, { path: 'a.txt' });
      for (const block of doc.blocks) {
        const letters = LETTER_AT.test(doc.text.slice(block.start, block.end));
        expect(blockTokens(doc, block).map(fields)).toEqual(letters ? expected(doc.text, block.start, block.end) : []);
      }
    }
  });
});

describe('name keys and word counts', () => {
  it('keys a run of name syllables as nameKey keys its text', () => {
    const names = fc.array(fc.constantFrom('Hoà', 'THUỶ', 'Nguyễn', 'Lê', 'ΟΔΟΣ', 'İlker', "H'Luyên", 'a\u00ad\u0301n', 'Ð', ' ', '  ', '\n', ','), {
      minLength: 1, maxLength: 8,
    });
    fc.assert(
      fc.property(names, (parts) => {
        const doc = parse(parts.join(' '), { path: 'a.txt' });
        for (const block of doc.blocks) {
          const tokens = blockTokens(doc, block);
          for (let from = 0; from < tokens.length; from++) {
            for (let to = from + 1; to <= Math.min(tokens.length, from + 5); to++) {
              expect(runNameKey(doc, tokens, from, to)).toBe(nameKey(spanText(doc, tokens, from, to)));
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('counts the pieces split(/\\s+/) gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Bé', ' ', '\n', '\t', '\u00a0', '\u3000', ','), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(spacedPieces(text)).toBe(text.split(/\s+/).length);
        expect(spacedPieces(text, 3)).toBe(Math.min(3, text.split(/\s+/).length));
      }),
    );
  });
});
