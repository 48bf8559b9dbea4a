import { describe, expect, it } from 'vitest';
import { parse } from '../../src/read/index.js';
import { isVietnameseSyllable, languageStats, looksVietnamese } from '../../src/read/vietnamese.js';
import { ARTICLE_TXT, ENGLISH_TXT, FRENCH_TXT } from '../support/articles.js';

describe('Vietnamese text recognition', () => {
  it('accepts real syllables with one tone mark, in any case', () => {
    for (const word of ['nghiêng', 'Khuyến', 'ĐƯỜNG', 'thuở', 'hoà', 'hòa', 'quýt', 'giữ', 'oanh', 'người']) expect(isVietnameseSyllable(word), word).toBe(true);
  });

  it('rejects mojibake and foreign words', () => {
    for (const word of ['ViÖt', 'Néi', 'Vieät', 'médiathèque', 'Straße', 'hóà', 'café']) expect(isVietnameseSyllable(word), word).toBe(false);
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
});
