/**
 * Phrase sets and word sets: entries cut into words as the tokenizer cuts text, phrase
 * matches by first word, longest first, and word look-ups by word number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text.js';
import { HONORIFIC_SET, ORGANIZING_VERB_SET, POSITION_SET } from '../../src/extract/phrases.js';
import { KeyPhrases, learnPhraseWords, PhraseSet, phraseWords, WordSet } from '../../src/extract/phrase-sets.js';
import { phraseWordText } from '../../src/extract/tokens.js';
import { oddText, tokensOf } from './token-fixtures.js';

describe('PhraseSet', () => {
  it('cuts its entries into words as the tokenizer cuts text (a final full stop dropped)', () => {
    fc.assert(
      fc.property(oddText, (phrase) => {
        const text = matchKey(phrase.normalize('NFC')).replace(/\.$/, '');
        expect(phraseWords(phrase)).toEqual(tokensOf(text).map((t) => t.key));
      }),
      { numRuns: 3000 },
    );
  });

  const set = new PhraseSet(['Giám đốc', 'Phó Giám đốc', 'Giám đốc Sở', 'đại diện']);

  it('matches the longest entry at a position, a capitalised entry only on capitalised text', () => {
    const tokens = tokensOf('Phó Giám đốc Sở Y tế, giám đốc sở, đại diện');
    expect(set.match(tokens, 0)).toBe(3);
    expect(set.match(tokens, 1)).toBe(3);
    expect(set.match(tokens, 7)).toBe(0);
    expect(set.match(tokens, 7, true)).toBe(3);
    expect(set.match(tokens, 11)).toBe(2);
    expect(set.has(tokens, 3)).toBe(false);
  });

  it('matches nothing through a blocked phrase that opens with an entry ("trao đổi" after "trao")', () => {
    // (The token bit set holds no further phrase set: the organising verbs show it.)
    const tokens = tokensOf('trao đổi, trao học bổng, trao tặng');
    expect([0, 3, 7].map((i) => ORGANIZING_VERB_SET.match(tokens, i))).toEqual([0, 1, 2]);
  });

  it('follows entries that branch after a shared word, and words no entry holds', () => {
    // "Phó" goes on with one word, then with several once "Phó Chủ tịch" is added.
    const branching = new PhraseSet(['Phó Giám đốc', 'Phó Chủ tịch', 'Phó Chủ nhiệm', 'Phó', 'Chủ tịch nước']);
    const tokens = tokensOf('Phó Chủ nhiệm, Phó Giám đốc, Phó Chủ tịch nước, Phó Xyz, Chủ tịch');
    expect([0, 4, 8, 13, 16].map((i) => branching.match(tokens, i))).toEqual([3, 3, 3, 1, 0]);
    expect(branching.match(tokens, 9)).toBe(3);
  });

  it('answers 0 outside the tokens and finds an entry ending before a position', () => {
    const tokens = tokensOf('ông Giám đốc Lê A');
    expect(set.match(tokens, -1)).toBe(0);
    expect(set.match(tokens, tokens.length)).toBe(0);
    expect(set.endsBefore(tokens, 3)).toBe(true);
    expect(set.endsBefore(tokens, 2)).toBe(false);
    expect(HONORIFIC_SET.has(tokens, 0)).toBe(true);
    expect(POSITION_SET.match(tokens, 1)).toBeGreaterThan(0);
  });
});

describe('learnPhraseWords', () => {
  it('gives each phrase the words phraseWords cuts it into', () => {
    const phrases = ['Ban Chỉ đạo Lễ hội X-Quang', 'phó  giám đốc', 'Sở GD-ĐT.', 'tp. HCM'];
    learnPhraseWords(phrases);
    for (const phrase of phrases) expect(phraseWords(phrase)).toEqual(phraseWordText(phrase).split(' ').filter(Boolean));
  });
});

describe('WordSet', () => {
  it('holds words by match key in any case, and nothing else', () => {
    const set = new WordSet(['Hoà', 'Lý']);
    const [a, b, c, d] = tokensOf('hòa HOÀ lý Lê');
    expect([set.has(a), set.has(b), set.has(c), set.has(d)]).toEqual([true, true, true, false]);
  });
});

describe('KeyPhrases', () => {
  const verbs = new KeyPhrases(['tài trợ', 'Đồng tài trợ', 'tặng']);
  const texts = (text: string) => tokensOf(text).map((t) => t.text);

  it('gives the words of the shortest entry starting at a token, whatever its length', () => {
    const tokens = tokensOf('Công ty X đồng tài trợ và tặng quà');
    expect(texts('Công ty X đồng tài trợ và tặng quà')[3]).toBe('đồng');
    expect(verbs.at(tokens, 3)).toBe(3);
    expect(verbs.at(tokens, 3, 5)).toBe(0); // "đồng tài" is no entry: entries are matched whole
    expect(verbs.at(tokens, 4)).toBe(2);
    expect(verbs.at(tokens, 7)).toBe(1);
    expect(verbs.at(tokens, 8)).toBe(0);
    expect(verbs.at(tokens, 4, 5)).toBe(0); // the second word past `to`
  });

  it('gives the words of the longest entry starting at a token, where a shorter one starts it too', () => {
    const copulas = new KeyPhrases(['giữ chức', 'giữ chức vụ', 'là']);
    const tokens = tokensOf('ông A giữ chức vụ Bí thư, giữ chức Phó');
    expect(copulas.at(tokens, 2)).toBe(2);
    expect(copulas.longestAt(tokens, 2)).toBe(3);
    expect(copulas.longestAt(tokens, 8)).toBe(2);
    expect(copulas.longestAt(tokens, 0)).toBe(0);
    expect(copulas.longestAt(tokens, tokens.length - 1)).toBe(0);
  });

  it('gives the words of the entry ending right before a token, not reaching before `from`', () => {
    const tokens = tokensOf('được TÀI TRỢ bởi');
    expect(verbs.endingBefore(tokens, 3)).toBe(2);
    expect(verbs.endingBefore(tokens, 3, 2)).toBe(0);
    expect(verbs.endingBefore(tokens, 2)).toBe(0);
    expect(verbs.endingBefore(tokens, 0)).toBe(0);
  });
});
