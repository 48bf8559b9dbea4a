import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text.js';
import { alternation, keySet, lexiconPattern, lexiconTrie, wordRegex } from '../../src/lexicon/compile.js';
import { PROVINCES } from '../../src/lexicon/vi/places.js';
import { SPEAKER_HONORIFICS } from '../../src/lexicon/vi/speaker-cues.js';
import { SPEECH_VERBS } from '../../src/lexicon/vi/speech.js';

describe('wordRegex', () => {
  const verbs = wordRegex(['cho biết', 'cho', 'đánh giá', 'nhấn mạnh']);

  it('matches whole words only, the longest entry first', () => {
    expect('Ông A cho biết thêm'.match(verbs)).toEqual(['cho biết']);
    expect('chờ cho xong'.match(verbs)).toEqual(['cho']);
    expect('chobiết, hoặc nhấn mạnhh').not.toMatch(verbs);
  });

  it('ignores case for Vietnamese letters as well as ASCII ones', () => {
    expect('ĐÁNH GIÁ cao; Nhấn Mạnh rằng'.match(verbs)).toEqual(['ĐÁNH GIÁ', 'Nhấn Mạnh']);
  });

  it('treats a letter with a combining mark, a digit or a Greek letter next to it as part of the word', () => {
    expect('cho\u0301').not.toMatch(new RegExp(verbs.source, 'i'));
    expect('2cho').not.toMatch(new RegExp(verbs.source, 'i'));
    expect('αcho').not.toMatch(new RegExp(verbs.source, 'i'));
  });

  it('accepts old-style tone placement in the lexicon and matches the canonical key', () => {
    expect('hòa nhập').toMatch(wordRegex(['hoà nhập']));
  });
});

describe('alternation and keySet', () => {
  it('puts longer entries first so that the longest one wins', () => {
    expect(alternation(['Chủ tịch', 'Phó Chủ tịch'])).toBe('(?:Phó Chủ tịch|Chủ tịch)');
  });

  it('keys entries in lower case with canonical tone placement', () => {
    expect(keySet(['Thủy Lợi', 'HOÀ BÌNH'])).toEqual(new Set(['thủy lợi', 'hòa bình']));
  });
});

describe('lexiconTrie (an alternation of entries, factored)', () => {
  it('matches exactly the strings the plain alternation matches', () => {
    const lexicons = [SPEECH_VERBS, SPEAKER_HONORIFICS, PROVINCES, ['a', 'ab', 'abc', 'b.c', 'PGS.TS', 'đ/c', '']];
    for (const words of lexicons) {
      const plain = new RegExp(`^${alternation(words)}$`, 'iu');
      const trie = new RegExp(`^${lexiconTrie(words)}$`, 'iu');
      const probes = words.flatMap((w) => [w, w.toUpperCase(), w.slice(0, -1), `${w}x`, `${w} `, w.slice(1), matchKey(w)]);
      for (const probe of probes) expect([probe, trie.test(probe)]).toEqual([probe, plain.test(probe)]);
    }
  });
});

describe('lexiconPattern', () => {
  it('compiles without the u flag and still ignores the case of Vietnamese letters', () => {
    const pattern = lexiconPattern(`^${alternation(['Phó Chủ tịch', 'đại diện'])}$`, 'iu');
    expect(pattern.flags).toBe('i');
    expect('PHÓ CHỦ TỊCH').toMatch(pattern);
    expect('Đại Diện').toMatch(pattern);
    expect('Phó Chủ tịc').not.toMatch(pattern);
  });
});

describe('a spaced dash in a lexicon entry', () => {
  const labels = new RegExp(`^${alternation(['tin - ảnh', 'GD-ĐT'])}$`, 'i');

  it('matches any separator dash the text writes between the words', () => {
    for (const dash of ['-', '\u2012', '–', '—', '\u2015', '\u2212']) expect(`Tin ${dash} ảnh`).toMatch(labels);
  });

  it('stays a hyphen inside a word, and matches no hyphen that only joins words', () => {
    expect('GD-ĐT').toMatch(labels);
    expect('GD—ĐT').not.toMatch(labels);
    expect('Tin \u2010 ảnh').not.toMatch(labels);
    expect('Tin — — ảnh').not.toMatch(labels);
  });
});
