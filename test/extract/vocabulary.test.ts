import { describe, expect, it } from 'vitest';
import { hashOf, Vocabulary } from '../../src/extract/vocabulary.js';

describe('Vocabulary', () => {
  it('numbers words in the order they come, once each, and finds them after the table grows', () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 5000 }, (_, i) => `từ${i.toString(36)}`);
    words.forEach((word, i) => expect(vocabulary.add(word)).toBe(i));
    expect(vocabulary.add(words[17])).toBe(17);
    for (const [i, word] of words.entries()) {
      const text = ` ${word} `;
      expect(vocabulary.find(text, 1, 1 + word.length, hashOf(text, 1, 1 + word.length))).toBe(i);
    }
    expect(vocabulary.find('không', 0, 5, hashOf('không', 0, 5))).toBe(-1);
  });
});
