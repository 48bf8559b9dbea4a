/**
 * Two-syllable words whose second syllable is a lexicon word of its own ("thông qua" holds
 * the ender "qua", "nông thôn" the unit "thôn"): where the syllable before a match makes
 * such a word, the match is no word of the lexicon (asked of a match in the text, or of a
 * token: "MÔI TRƯỜNG" in a line in capitals opens no organisation at "TRƯỜNG").
 */
import { isLetterCode } from '../core/chars.js';
import { matchKey, wordBefore } from '../core/text.js';
import type { Token } from './tokens.js';

export class SecondSyllables {
  /** First syllables by the second, in match keys, lower-cased ("qua" → "thông", "vượt", …). */
  private readonly firstsBySecond = new Map<string, Set<string>>();

  /** `compounds`: two syllables each, a space between. */
  constructor(compounds: readonly string[]) {
    for (const compound of compounds) {
      const [first, second] = matchKey(compound).toLowerCase().split(' ');
      let firsts = this.firstsBySecond.get(second);
      if (!firsts) this.firstsBySecond.set(second, (firsts = new Set()));
      firsts.add(first);
    }
  }

  /** The match `m` of `key` (the document's match key) is the second syllable of one of the compounds. */
  closes(key: string, m: { start: number; text: string }): boolean {
    const firsts = this.firstsBySecond.get(m.text.toLowerCase());
    if (!firsts) return false;
    const word = wordBefore(key, 0, m.start, isLetterCode);
    return word !== null && firsts.has(key.slice(word[0], word[1]).toLowerCase());
  }

  /** The token at `i` is the second syllable of one of the compounds, the token before it the first. */
  closesToken(tokens: readonly Token[], i: number): boolean {
    return i > 0 && tokens[i - 1].word && this.firstsBySecond.get(tokens[i].key)?.has(tokens[i - 1].key) === true;
  }
}
