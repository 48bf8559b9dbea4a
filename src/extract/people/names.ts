/**
 * Personal names: runs of capitalised syllables, and whether a run is plausibly a person
 * (a Vietnamese family name first, or a foreign name) rather than a place or a thing.
 */
import { keySet } from '../../lexicon/compile.js';
import { SURNAMES } from '../../lexicon/vi/names.js';
import { ORG_HEAD_SET, PLACE_NAME_SET, POSITION_SET } from '../phrases.js';
import type { Token } from '../tokens.js';

const SURNAME_KEYS = keySet(SURNAMES);

/** Longest native name in syllables (family name, middle names, given name). */
export const MAX_NATIVE_SYLLABLES = 4;
export const MAX_NAME_SYLLABLES = 5;

/** A capitalised word of letters only: "Cương", "Keomanivong"; not "UBND", "GD&ĐT", "30-4". */
export function isNameSyllable(t: Token | undefined): boolean {
  return !!t && t.word && t.cap && !t.acronym && /^[\p{L}\p{M}]+$/u.test(t.text);
}

/** End (exclusive) of the run of name syllables from `i`, cut before a position word. */
export function nameRunEnd(tokens: readonly Token[], i: number, max = MAX_NAME_SYLLABLES + 3): number {
  let j = i;
  while (j < tokens.length && j - i < max && isNameSyllable(tokens[j])) {
    if (j - i >= 2 && POSITION_SET.has(tokens, j)) break;
    j++;
  }
  return j;
}

export const isSurname = (t: Token) => SURNAME_KEYS.has(t.key);

// Vietnamese syllable shape (diacritics removed): onset, vowel nucleus, coda. A syllable
// outside it ("Keomanivong", "Jimmy", "Chae") marks a foreign name.
const NATIVE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uyu|uoi|uou|oai|oay|oao|oeo|uay|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|ie|oa|oe|oi|ua|ue|ui|uo|uy|uu|ya|ye|yu|[aeiouy])(?:ch|ng|nh|[cmnpt])?$/;

export function isNativeSyllable(text: string): boolean {
  const plain = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  return NATIVE_SYLLABLE.test(plain);
}

/** Is tokens [from, to) a plausible full personal name? */
export function isPlausibleName(tokens: readonly Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > MAX_NAME_SYLLABLES) return false;
  const syllables = tokens.slice(from, to);
  const foreign = syllables.some((t) => !isNativeSyllable(t.text));
  if (foreign) return true;
  if (n > MAX_NATIVE_SYLLABLES) return false;
  return isSurname(syllables[0]) || (n === 2 && isSurname(syllables[1]));
}

/** What stands right before a capitalised run that may end in a name. */
export type RunContext = 'position' | 'place-word' | 'other';

/**
 * Where the name starts inside a capitalised run that follows a role or organisation
 * ("… Sở GD&ĐT Hà Nội Trần Thế Cương"): known place names at its head are skipped, a run
 * that is only a place name is a person only straight after a position ("Chủ tịch Hồ Chí
 * Minh"), and after a place word ("xã", "tỉnh") a short run is the place itself.
 * Returns -1 when the run holds no name.
 */
export function nameStartInRun(tokens: readonly Token[], from: number, to: number, context: RunContext): number {
  const whole = PLACE_NAME_SET.match(tokens, from);
  if (whole === to - from) return context === 'position' && isPlausibleName(tokens, from, to) ? from : -1;
  let k = from;
  for (let p = whole; p > 0 && k + p < to; p = PLACE_NAME_SET.match(tokens, k)) k += p;
  for (let s = k; s <= to - 2; s++) {
    // A short run after a place word is the place; one opening with an organisation head
    // ("Đoàn Trường") is the organisation.
    if (s === from && to - from < 3 && (context === 'place-word' || ORG_HEAD_SET.has(tokens, s))) continue;
    if (isPlausibleName(tokens, s, to) && (isSurname(tokens[s]) || s === k)) return s;
  }
  return -1;
}
