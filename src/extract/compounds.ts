/**
 * Two-syllable words whose second syllable is a lexicon word of its own ("thông qua" holds
 * the ender "qua", "nông thôn" the unit "thôn"): where the syllable before a match makes
 * such a word, the match is no word of the lexicon.
 */
import { isLetterCode } from '../core/chars.js';
import { isSpace, matchKey } from '../core/text.js';

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
    let end = m.start;
    while (end > 0 && isSpace(key.charCodeAt(end - 1))) end--;
    if (end === m.start) return false;
    let start = end;
    while (start > 0 && isLetterCode(key.charCodeAt(start - 1))) start--;
    return firsts.has(key.slice(start, end).toLowerCase());
  }
}
