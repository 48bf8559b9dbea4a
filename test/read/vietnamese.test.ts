import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LETTER, MARK } from '../../src/core/chars.js';
import { parse } from '../../src/read/index.js';
import { isVietnameseSyllable, languageStats, looksVietnamese } from '../../src/read/vietnamese.js';
import { ARTICLE_TXT, ENGLISH_TXT, FRENCH_TXT } from '../support/articles.js';
import { CODAS, NUCLEI, ONSETS } from '../../src/lexicon/vi/syllables.js';

/** The syllable test by its definition: lower case, NFD, one tone mark at most, shape regex. */
function referenceSyllable(word: string): boolean {
  const alternation = (parts: readonly string[]) => `(?:${parts.join('|')})`;
  const shape = new RegExp(`^${alternation(ONSETS)}?${alternation(NUCLEI)}${alternation(CODAS)}?$`);
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0) > 1) return false;
  return shape.test(decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC'));
}

describe('Vietnamese text recognition', () => {
  it('accepts real syllables with one tone mark, in any case', () => {
    for (const word of ['nghiêng', 'Khuyến', 'ĐƯỜNG', 'thuở', 'hoà', 'hòa', 'quýt', 'giữ', 'oanh', 'người']) expect(isVietnameseSyllable(word), word).toBe(true);
  });

  it('rejects mojibake and foreign words', () => {
    for (const word of ['ViÖt', 'Néi', 'Vieät', 'médiathèque', 'Straße', 'hóà', 'café']) expect(isVietnameseSyllable(word), word).toBe(false);
  });

  it('judges every word as the definition does, letter by letter', () => {
    // Each code unit alone, and in the places of a syllable it could take.
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const word of [ch, `${ch}a`, `ng${ch}`, `t${ch}n`, `hu${ch}`, `qu${ch}ng`, `${ch}\u0301`, `Ươ${ch}`]) {
        expect(isVietnameseSyllable(word), `U+${c.toString(16)} in ${word}`).toBe(referenceSyllable(word));
      }
    }
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐƠƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁỲÝÖöçñßΣσΩЖ', '\u0301', '\u0302', '\u0306', '\u0309', '\u0323', '\u031b'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }).map((p) => p.join('')), (word) => {
      expect(isVietnameseSyllable(word)).toBe(referenceSyllable(word));
    }), { numRuns: 20_000 });
  });

  it('counts Vietnamese and foreign words', () => {
    expect(languageStats('Hà Nội, ViÖt Nam')).toEqual({ words: 4, vietnamese: 2, foreign: 1 });
  });

  it('tells a Vietnamese article from English and French ones', () => {
    expect(looksVietnamese(ARTICLE_TXT)).toBe(true);
    expect(looksVietnamese(ENGLISH_TXT)).toBe(false);
    expect(looksVietnamese(FRENCH_TXT.repeat(2))).toBe(false);
  });

  it('does not judge a text too short to tell', () => {
    expect(looksVietnamese('Hello world')).toBe(true);
  });

  it('warns about an article that is not Vietnamese, and only then', () => {
    const warning = (text: string) => parse(text, { path: 'a.txt' }).diagnostics.filter((d) => d.ruleId === 'read/not-vietnamese');
    expect(warning(ENGLISH_TXT)).toHaveLength(1);
    expect(warning(ENGLISH_TXT)[0]).toMatchObject({ severity: 'warning', file: 'a.txt' });
    expect(warning(ARTICLE_TXT)).toHaveLength(0);
  });

  it('counts words as runs of letters and marks of the NFC text, whatever form it is in', () => {
    const reference = (text: string) => {
      const stats = { words: 0, vietnamese: 0, foreign: 0 };
      for (const [word] of text.slice(0, 20_000).normalize('NFC').matchAll(new RegExp(`[${LETTER}${MARK}]+`, 'gu'))) {
        stats.words++;
        if (!/[^\x00-\x7f]/.test(word)) continue;
        if (isVietnameseSyllable(word)) stats.vietnamese++;
        else stats.foreign++;
      }
      return stats;
    };
    const pieces = ['Hà', 'Nội', 'ViÖt', ' ', ', ', 'đường', 'ne\u0302\u0301', 'Ω', 'Ж', '\u{1d4b3}', '“', '–', '\u212b', 'x'];
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')));
    fc.assert(fc.property(text, (t) => {
      expect(languageStats(t)).toEqual(reference(t));
    }), { numRuns: 1000 });
    expect(languageStats('Hà '.repeat(12_000))).toEqual(reference('Hà '.repeat(12_000)));
  });

  it('keeps its verdicts right after judging more distinct words than it remembers', () => {
    for (let i = 0; i < 25_000; i++) isVietnameseSyllable(`ô${i.toString(36)}`);
    expect(isVietnameseSyllable('người')).toBe(true);
    expect(isVietnameseSyllable('ViÖt')).toBe(false);
    expect(languageStats('Hà Nội, ViÖt Nam')).toEqual({ words: 4, vietnamese: 2, foreign: 1 });
  });

  it('gives the verdict of the whole sample even when it stops counting early', () => {
    const verdict = (text: string) => {
      const stats = languageStats(text);
      return stats.words < 20 || stats.vietnamese / stats.words >= 0.2;
    };
    const pieces = ['Hà', 'Nội', 'đường', 'phố', 'the', 'and', 'ViÖt', ' ', ', ', '=\u0338', 'ne\u0302\u0301', 'a', 'Ж'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(looksVietnamese(t)).toBe(verdict(t));
    }), { numRuns: 3000 });
    // Vietnamese first, then a long foreign tail that tips the share.
    const tipped = `${'Hà Nội '.repeat(30)}${'the cat '.repeat(200)}`;
    expect(looksVietnamese(tipped)).toBe(verdict(tipped));
    expect(looksVietnamese(tipped)).toBe(false);
  });
});
