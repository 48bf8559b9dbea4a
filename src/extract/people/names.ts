/**
 * Personal names: runs of capitalised syllables, and whether a run is plausibly a person
 * (a Vietnamese family name first, or a foreign name) rather than a place or a thing.
 */
import { MAJOR_SURNAMES, NOT_NAME_WORDS, SURNAMES } from '../../lexicon/vi/names.js';
import { ORG_HEAD_SET, PLACE_NAME_SET, POSITION_SET } from '../phrases.js';
import { WordSet, type Token } from '../tokens.js';

const SURNAME_KEYS = new WordSet(SURNAMES);
const NOT_NAME_KEYS = new WordSet(NOT_NAME_WORDS);
const MAJOR_SURNAME_KEYS = new WordSet(MAJOR_SURNAMES);

/** Longest native name in syllables (family name, middle names, given name). */
export const MAX_NATIVE_SYLLABLES = 4;
export const MAX_NAME_SYLLABLES = 5;

/** A capitalised word of letters: "Cương", "H'Luyên", "Hang-seo"; not "UBND", "GD&ĐT", "30-4". */
export function isNameSyllable(t: Token | undefined): boolean {
  return !!t && t.nameSyllable;
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

export const isSurname = (t: Token) => SURNAME_KEYS.has(t);

// Vietnamese syllable shape (diacritics removed): onset, vowel nucleus, coda. A syllable
// outside it ("Keomanivong", "Jimmy", "Chae") marks a foreign name.
const NATIVE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uyu|uoi|uou|oai|oay|oao|oeo|uay|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|ie|oa|oe|oi|ua|ue|ui|uo|uy|uu|ya|ye|yu|[aeiouy])(?:ch|ng|nh|[cmnpt])?$/;

const nativeMemo = new Map<string, boolean>();

export function isNativeSyllable(text: string): boolean {
  let native = nativeMemo.get(text);
  if (native === undefined) {
    const plain = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    nativeMemo.set(text, (native = NATIVE_SYLLABLE.test(plain)));
  }
  return native;
}

/** Is tokens [from, to) a plausible full personal name? */
export function isPlausibleName(tokens: readonly Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > MAX_NAME_SYLLABLES) return false;
  // "Hà Nội", "Thái Lan"; a three-syllable place may also be a person ("Hồ Chí Minh").
  if (n < 3 && PLACE_NAME_SET.match(tokens, from) === n) return false;
  // "Nông Lâm Vĩnh Long": a run ending in a province is an organisation's name.
  for (let k = from + 1; k < to - 1; k++) if (PLACE_NAME_SET.match(tokens, k) === to - k) return false;
  for (let k = from; k < to; k++) if (NOT_NAME_KEYS.has(tokens[k])) return false;
  for (let k = from; k < to; k++) if (!isNativeSyllable(tokens[k].text)) return true;
  if (n > MAX_NATIVE_SYLLABLES) return false;
  return isSurname(tokens[from]) || (n === 2 && MAJOR_SURNAME_KEYS.has(tokens[from + 1]));
}

/** What stands right before a capitalised run that may end in a name. */
export type RunContext = 'position' | 'place-word' | 'org-head' | 'namesake' | 'other';

/**
 * Where the name starts inside a capitalised run that follows a role or organisation
 * ("… Sở GD&ĐT Hà Nội Trần Thế Cương"): known place names at its head are skipped; a run
 * that is only a place name is a person only straight after a position and when it is a
 * full three-syllable name ("Chủ tịch Hồ Chí Minh", not "Tổng thống Hàn Quốc"); after a
 * place word ("xã", "tỉnh") or an organisation head ("Hiệp hội") the run opens with the
 * place or organisation's own name unless it is a full native name, and after a namesake
 * word ("THPT", "Giải") it always does ("Trường THPT Lê Quý Đôn"). A native name (family
 * name first) is preferred; a foreign one must open the run and hold no known place.
 * Returns -1 when the run holds no name.
 */
export function nameStartInRun(tokens: readonly Token[], from: number, to: number, context: RunContext): number {
  const whole = PLACE_NAME_SET.match(tokens, from);
  if (whole === to - from) return context === 'position' && isPlausibleName(tokens, from, to) ? from : -1;
  let k = from;
  for (let p = whole; p > 0 && k + p < to; p = PLACE_NAME_SET.match(tokens, k)) k += p;
  const guarded = k === from && (context !== 'position' && context !== 'other' || ORG_HEAD_SET.has(tokens, from));
  for (let s = k; s <= to - 2; s++) {
    if (!isSurname(tokens[s]) || !isPlausibleName(tokens, s, to) || PLACE_NAME_SET.match(tokens, s) === to - s) continue;
    if (s === from && guarded && (to - from < 3 || context === 'namesake')) continue;
    return s;
  }
  if (guarded || !isPlausibleName(tokens, k, to)) return -1;
  for (let s = k; s < to; s++) if (PLACE_NAME_SET.match(tokens, s) > 1) return -1;
  return k;
}
