/**
 * Lexicons are data; this compiles a word list once into one alternation that matches
 * whole words, longest entry first, so that "Phó Chủ tịch" wins over "Chủ tịch".
 */
import { matchKey } from '../core/text.js';
import { DIGIT, LETTER, MARK } from '../core/chars.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Distinct match keys of `words`, longest first. */
function keysOf(words: readonly string[]): string[] {
  const keys = [...new Set(words.map((w) => matchKey(w.normalize('NFC'))))];
  // Keys of one length cannot both match at one place, so their order only has to be stable:
  // code-unit order, not localeCompare (an ICU collator, slow on the first run).
  return keys.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Regex source of an alternation of `words`, for embedding into a larger pattern. */
export function alternation(words: readonly string[]): string {
  return `(?:${keysOf(words).map(escape).join('|')})`;
}

/**
 * A lookahead for the characters the entries of `words` start with, to open a pattern that
 * starts with one of them. It changes no match, but lets the engine pass over other
 * positions without evaluating lookbehinds and the alternation (about a quarter off a long
 * speech-verb scan).
 */
export function firstCharGuard(words: readonly string[]): string {
  const keys = keysOf(words);
  if (!keys.length || keys.some((k) => !k)) return '';
  const firsts = [...new Set(keys.map((k) => String.fromCodePoint(k.codePointAt(0)!)))];
  return `(?=[${firsts.join('').replace(/[\\\]^-]/g, '\\$&')}])`;
}

/**
 * A whole-word, case-insensitive matcher for `words` (apply to `doc.key`, not `doc.text`).
 * Compiled without the u flag whatever `flags` says: the pattern is plain words between
 * BMP classes, so it matches the same, and V8 compiles a case-insensitive alternation of
 * Vietnamese words about twice as fast without Unicode case folding (start-up time).
 */
export function wordRegex(words: readonly string[], flags = 'gi'): RegExp {
  return new RegExp(`${firstCharGuard(words)}(?<![${LETTER}${MARK}${DIGIT}])${alternation(words)}(?![${LETTER}${MARK}${DIGIT}])`, flags.replace('u', ''));
}

/** A Set keyed by `matchKey`, lower-cased, for membership tests of single tokens or phrases. */
export function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => matchKey(w.normalize('NFC')).toLocaleLowerCase('vi')));
}
