import { describe, expect, it } from 'vitest';
import { classAt, IS_LETTER, IS_MARK } from '../../src/core/chars.js';
import { foldLower, LastWords } from '../../src/extract/last-words.js';
import { lexiconKey } from '../../src/lexicon/compile.js';
import { NAMED_PLACE_WORDS, SPEAKER_HONORIFICS } from '../../src/lexicon/vi/speaker-cues.js';
import { PROVINCES } from '../../src/lexicon/vi/places.js';

describe('LastWords (last words of entries, looked up in place)', () => {
  const entries = [...SPEAKER_HONORIFICS, ...NAMED_PLACE_WORDS, ...PROVINCES];
  const words = new LastWords(entries);
  const folded = new Set(entries.map((e) => {
    const key = lexiconKey(e);
    let start = key.length;
    while (start > 0 && classAt(key, start - 1) & (IS_LETTER | IS_MARK)) start--;
    return foldLower(key.slice(start));
  }));

  it('finds a word in any case, ſ for s, and nothing else', () => {
    const text = 'xx ÔNG Ông ông GS.TS đường ĐƯỜNG Huế HUẾ ſáng Sáng ngoài Ôngx';
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        if ([...text.slice(start, end)].some((c) => !(classAt(c, 0) & (IS_LETTER | IS_MARK)))) continue;
        expect([start, end, words.has(text, start, end)]).toEqual([start, end, folded.has(foldLower(text.slice(start, end)))]);
      }
    }
  });

  it('reads every letter below U+1F00 that folds to a letter of an entry as that letter', () => {
    const letters = new Set([...folded].join(''));
    for (let c = 0; c < 0x1f00; c++) {
      const ch = String.fromCharCode(c);
      if (!(classAt(ch, 0) & (IS_LETTER | IS_MARK)) || !letters.has(foldLower(ch))) continue;
      for (const word of folded) {
        const at = word.indexOf(foldLower(ch));
        if (at < 0) continue;
        const written = word.slice(0, at) + ch + word.slice(at + 1);
        expect([written, words.has(written, 0, written.length)]).toEqual([written, true]);
        break;
      }
    }
  });
});
