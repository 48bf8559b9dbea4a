import { describe, expect, it } from 'vitest';
import { DASH, DIGIT, LETTER, LOWER, MARK, UPPER } from '../../src/core/chars.js';
import { matchKey } from '../../src/core/text.js';
import { hasVerb, verbAtEnd, honorificLength, isShortName, opensWithSpeakerHead, saidByAfterQuote } from '../../src/extract/speech-patterns.js';
import { alternation, firstCharGuard, lexiconTrie } from '../../src/lexicon/compile.js';
import { SPEAKER_HEADS, SPEAKER_HONORIFICS } from '../../src/lexicon/vi/speaker-cues.js';
import { SPEECH_COMPLEMENTISERS, SPEECH_NOUNS, SPEECH_VERBS } from '../../src/lexicon/vi/speech.js';
import { seededRandom } from '../helpers.js';

// The patterns the look-ups replace, as they were (the i flag, as the library compiles them).
const W = `[${LETTER}${MARK}${DIGIT}]`;
const SPEAKER_HEAD = new RegExp(`^${lexiconTrie(SPEAKER_HEADS)}(?!${W})`, 'i');
const HONORIFIC_PREFIX = new RegExp(`^${alternation(SPEAKER_HONORIFICS)}\\.?\\s+`, 'i');
const SHORT_NAME = new RegExp(String.raw`^[${UPPER}][${LOWER}${MARK}]+$`, 'u');

describe('opensWithSpeakerHead, honorificLength and isShortName (clause tests by look-up, not by their patterns)', () => {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const caseOf = (s: string) => [s, s.toUpperCase(), s.toLowerCase(), s.charAt(0).toUpperCase() + s.slice(1)][Math.floor(random() * 4)];
  const others = ['Lê', 'Văn', 'A', 'an', 'x', '2', ' ', '  ', '\u00a0', '.', ',', '-', 'ạ', 'e\u0301', '\u212a', 'İ', 'Σ', 'ſ', 'ẞ', 'K', '📷', '\u2003', '“', '–', '…', '\u1fbe'];
  // An entry, in some case, its k maybe written as the Kelvin sign (which the i flag does not match with k).
  const entry = () => caseOf(pick(random() < 0.5 ? SPEAKER_HEADS : SPEAKER_HONORIFICS)).replace(/k/gi, (k) => (random() < 0.2 ? '\u212a' : k));
  const piece = () => (random() < 0.5 ? entry() : pick(others));

  it('give what the patterns give over clauses of lexicon words, names and odd characters', () => {
    let heads = 0;
    let honorifics = 0;
    let names = 0;
    for (let n = 0; n < 30000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 5); k >= 0; k--) text += piece() + (random() < 0.6 ? ' ' : '');
      for (const key of [text, matchKey(text)]) {
        const head = SPEAKER_HEAD.test(key);
        const honorific = HONORIFIC_PREFIX.exec(key)?.[0].length ?? 0;
        expect([key, opensWithSpeakerHead(key), honorificLength(key)]).toEqual([key, head, honorific]);
        const bare = key.slice(honorific);
        expect([bare, isShortName(bare)]).toEqual([bare, SHORT_NAME.test(bare)]);
        if (head) heads++;
        if (honorific) honorifics++;
        if (SHORT_NAME.test(bare)) names++;
      }
    }
    expect(Math.min(heads, honorifics)).toBeGreaterThan(3000);
    expect(names).toBeGreaterThan(100);
  });
});

describe('saidByAfterQuote (SAID_BY_AFTER_QUOTE run only where its first word can open it)', () => {
  const SAID_BY_PRONOUN = '(?:đó|đây)\\s+(?:cũng\\s+)?(?:chính\\s+)?';
  const SAID_BY = `là\\s+(?:[^\\s.;:!?“”"]+\\s+){0,10}?${lexiconTrie(SPEECH_NOUNS)}(?:\\s+[^\\s.;:!?“”"]+){0,3}?\\s+của\\s+`;
  const SAID_BY_AFTER_QUOTE = new RegExp(`^[\\s.,”"»]*(?:[${DASH}]\\s*)?(?:${SAID_BY_PRONOUN})?${SAID_BY}`, 'i');
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const pieces = ['”', '"', '»', '.', ',', ' ', '  ', '\n', '–', '-', 'Đó', 'đó', 'ĐÂY', 'đây', 'là', 'LÀ', 'Là,', 'cũng', 'chính', 'của', 'CỦA', 'ông A', 'bà', 'x', ':', '“'];
  it('gives what the pattern gives', () => {
    let hits = 0;
    for (let n = 0; n < 30000; n++) {
      let text = '';
      const piece = () => (random() < 0.2 ? pick(SPEECH_NOUNS) : pick(pieces)) + (random() < 0.7 ? ' ' : '');
      // Half of them shaped as the pattern reads: "”. Đó là <words> <noun> của ông A".
      if (random() < 0.5) text = `${random() < 0.5 ? piece() : ''}${pick(['là ', 'Đó là ', 'đây cũng chính là ', 'Là '])}${random() < 0.5 ? piece() : ''}${pick(SPEECH_NOUNS)} ${pick(['của ', 'CỦA ', 'của', ''])}${piece()}`;
      else for (let k = Math.floor(random() * 9); k >= 0; k--) text += piece();
      const expected = SAID_BY_AFTER_QUOTE.exec(text)?.[0] ?? null;
      expect([text, saidByAfterQuote(text)?.[0] ?? null]).toEqual([text, expected]);
      if (expected) hits++;
    }
    expect(hits).toBeGreaterThan(200);
  });
});

describe('hasVerb and verbAtEnd (a speech verb in a short key, by look-ups at its word starts)', () => {
  const HAS_VERB = new RegExp(`${firstCharGuard(SPEECH_VERBS)}(?<!${W})${lexiconTrie(SPEECH_VERBS)}(?!${W})`, 'i');
  const VERB_AT_END = new RegExp(`(?<!${W})(${lexiconTrie(SPEECH_VERBS)})(?:\\s+${alternation(SPEECH_COMPLEMENTISERS)})?\\s*[:,]?\\s*$`, 'i');
  const random = seededRandom(13);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const caseOf = (s: string) => [s, s.toUpperCase(), s.charAt(0).toUpperCase() + s.slice(1)][Math.floor(random() * 3)];
  const others = ['ông', 'A', 'x', '2', ' ', '  ', ',', '.', '-', '“', 'e\u0301', '\u212a', 'İ', 'Σ', 'ſ', '📷', '\u2003', 'thêm', 'rằng', '“', '–', '…', '\u1fbe'];
  it('gives what the pattern gives, and verbAtEnd what VERB_AT_END gives', () => {
    let hits = 0;
    let ends = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let k = Math.floor(random() * 6); k >= 0; k--) {
        text += random() < 0.4 ? caseOf(pick(SPEECH_VERBS)).replace(/k/gi, (c) => (random() < 0.2 ? '\u212a' : c)) : pick(others);
        if (random() < 0.6) text += ' ';
      }
      const expected = HAS_VERB.test(text);
      expect([text, hasVerb(text)]).toEqual([text, expected]);
      if (expected) hits++;
      // A tail closing with a verb, as a quotation's introduction ends.
      const tail = `${text}${random() < 0.5 ? caseOf(pick(SPEECH_VERBS)) : ''}${pick(['', ' ', ':', ' rằng:', ', ', ' là', 'x'])}${pick(['', ' '])}`;
      const atEnd = VERB_AT_END.exec(tail)?.index ?? -1;
      expect([tail, verbAtEnd(tail)]).toEqual([tail, atEnd]);
      if (atEnd >= 0) ends++;
    }
    expect(hits).toBeGreaterThan(3000);
    expect(ends).toBeGreaterThan(3000);
  });
});
