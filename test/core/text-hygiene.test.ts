/**
 * Text hygiene: NFD and mixed forms, "Ð" for "Đ", old and new tone placement, zero-width
 * and non-breaking spaces give the same extraction as the clean text, while the output
 * keeps the article's own spelling, in NFC.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, matchKey } from '../../src/core/text.js';
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
  '"Ð" (U+00D0) for "Đ"': (t) => t.replace(/Đ/g, '\u00d0'),
  'tone mark typed before the circumflex': (t) => t.normalize('NFD').replace(/(\u0302)([\u0300\u0301\u0303\u0309])/g, '$2$1'),
  'zero-width and non-breaking spaces': invisibles,
  'CRLF line ends and a BOM': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
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

  it('writes output in NFC whatever form the input was in', () => {
    const out = data(ARTICLE_TXT.normalize('NFD'));
    expect(out).toBe(out.normalize('NFC'));
  });

  it('cleans a tone typed before the circumflex into one precomposed letter', () => {
    expect(cleanText('Vie\u0301\u0302t')).toBe('Viết');
    expect(cleanText('na\u0300\u0306ng')).toBe('nằng');
    expect(cleanText('Vie\u0323\u0302t')).toBe('Việt');
  });

  it('reads Unicode line and paragraph separators as line ends', () => {
    expect(cleanText('a\u2028b\u2029c')).toBe('a\nb\nc');
  });
});
