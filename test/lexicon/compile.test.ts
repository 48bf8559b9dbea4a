import { describe, expect, it } from 'vitest';
import { alternation, keySet, wordRegex } from '../../src/lexicon/compile.js';

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
