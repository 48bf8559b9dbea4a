/**
 * Lexicons are data; this compiles a word list once into one alternation that matches
 * whole words, longest entry first, so that "Phó Chủ tịch" wins over "Chủ tịch".
 */
import { matchKey } from '../core/text.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source of an alternation of `words`, for embedding into a larger pattern. */
export function alternation(words: readonly string[]): string {
  const keys = [...new Set(words.map((w) => matchKey(w.normalize('NFC'))))];
  keys.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${keys.map(escape).join('|')})`;
}

/** A whole-word, case-insensitive matcher for `words` (apply to `doc.key`, not `doc.text`). */
export function wordRegex(words: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${alternation(words)}(?![\\p{L}\\p{M}\\p{N}])`, flags);
}

/** A Set keyed by `matchKey`, lower-cased, for membership tests of single tokens or phrases. */
export function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => matchKey(w.normalize('NFC')).toLocaleLowerCase('vi')));
}
