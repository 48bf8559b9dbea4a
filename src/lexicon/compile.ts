/**
 * Lexicons are data; this compiles a word list once into one alternation that matches
 * whole words, longest entry first, so that "Phó Chủ tịch" wins over "Chủ tịch".
 */
import { matchKey } from '../core/text.js';
import { DASH, DIGIT, LETTER, MARK } from '../core/chars.js';
import { precompiled, precompiledOnly } from './precompiled.js';
import { foldCase } from './case-fold.js';

const REGEX_SYNTAX = new Set('.*+?^${}()|[]\\');
/** One character, escaped for a pattern (a Set look-up: this runs per trie node at start-up). */
const escapeChar = (c: string) => (REGEX_SYNTAX.has(c) ? `\\${c}` : c);
/** A dash between spaces in an entry: a separator, which a text may write with any dash. */
const SPACED_DASH = new RegExp(`(?<= )[${DASH}](?= )`, 'gu');
/** An entry as pattern source: syntax escaped, a spaced dash as any dash ("tin - ảnh" matches "Tin — ảnh"). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(SPACED_DASH, `[${DASH}]`);

/**
 * The match key of a lexicon entry (NFC, canonical tone placement), made once per entry:
 * the same entries are keyed by several compilers at start-up, thousands of times in all.
 */
const keysByEntry = new Map<string, string>();
export function lexiconKey(entry: string): string {
  let key = keysByEntry.get(entry);
  if (key === undefined) keysByEntry.set(entry, (key = matchKey(entry.normalize('NFC'))));
  return key;
}

/** `lexiconKey(entry)` lower-cased, made once per entry (what token keys are compared with). */
const lowerKeysByEntry = new Map<string, string>();
export function lexiconLowerKey(entry: string): string {
  let key = lowerKeysByEntry.get(entry);
  if (key === undefined) lowerKeysByEntry.set(entry, (key = lexiconKey(entry).toLowerCase()));
  return key;
}

/**
 * `lexiconLowerKey` of a piece of an article's text (NFC already), to look up in a keySet:
 * made each time, never kept. The memos above are for lexicon entries, a bounded set; an
 * article's line kept there would stay for the process's life, and with it the whole text
 * it was cut from (V8 keeps a slice's parent string).
 */
export function textLowerKey(text: string): string {
  return matchKey(text).toLowerCase();
}

/** How many entries the two memos hold (for tests: reading articles must not add any). */
export function memoizedEntryKeys(): number {
  return keysByEntry.size + lowerKeysByEntry.size;
}

// A lexicon (a module-level array) is often compiled in several places: key it once.
const keysByLexicon = new WeakMap<readonly string[], string[]>();

/** Distinct match keys of `words`, longest first. */
function keysOf(words: readonly string[]): string[] {
  let keys = keysByLexicon.get(words);
  if (keys) return keys;
  keys = [...new Set(words.map(lexiconKey))];
  // Keys of one length cannot both match at one place, so their order only has to be stable:
  // code-unit order, not localeCompare (an ICU collator, slow on the first run).
  keys.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  keysByLexicon.set(words, keys);
  return keys;
}

/** Regex source of an alternation of `words`, for embedding into a larger pattern. */
export function alternation(words: readonly string[]): string {
  return precompiled('alternation', words, () => `(?:${keysOf(words).map(escape).join('|')})`);
}

/**
 * Regex source matching the same strings as `alternation(words)`, factored as a trie
 * ("nh(?:ấn mạnh|ận (?:định|xét))"): the engine reads each character once instead of trying
 * a hundred entries one after the other. Which entry matches is left to backtracking, not
 * longest first: for tests and match starts only, not where the matched length matters.
 */
export function lexiconTrie(words: readonly string[]): string {
  let source = triesByLexicon.get(words);
  if (source === undefined) triesByLexicon.set(words, (source = precompiled('trie', words, () => trieSource(words))));
  return source;
}

const triesByLexicon = new WeakMap<readonly string[], string>();

interface TrieNode {
  /** Null on a leaf: most nodes are (a Map each cost start-up time). */
  next: Map<string, TrieNode> | null;
  end: boolean;
}

function trieSource(words: readonly string[]): string {
  const root: TrieNode = { next: null, end: false };
  for (const word of words) {
    let node = root;
    for (const c of lexiconKey(word)) {
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: null, end: false }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${sourceAfter(root)})`;
}

/** The pattern of what may follow `node`: its branches, optional when an entry ends there. */
function sourceAfter(node: TrieNode): string {
  if (!node.next) return '';
  let body = '';
  for (const [c, child] of node.next) body += `${body ? '|' : ''}${escapeChar(c)}${sourceAfter(child)}`;
  if (node.next.size > 1) body = `(?:${body})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * A lookahead for the characters the entries of `words` start with, to open a pattern that
 * starts with one of them. It changes no match, but lets the engine pass over other
 * positions without evaluating lookbehinds and the alternation (about a quarter off a long
 * speech-verb scan).
 */
export function firstCharGuard(words: readonly string[]): string {
  return precompiled('first-char-guard', words, () => firstCharGuardSource(words));
}

function firstCharGuardSource(words: readonly string[]): string {
  const keys = keysOf(words);
  if (!keys.length || keys.some((k) => !k)) return '';
  const firsts = [...new Set(keys.map((k) => String.fromCodePoint(k.codePointAt(0)!)))];
  return `(?=[${firsts.join('').replace(/[\\\]^-]/g, '\\$&')}])`;
}

/**
 * A pattern made of lexicon words, compiled without the u flag whatever `flags` says. Plain
 * words between BMP classes match the same without it, and V8 compiles a case-insensitive
 * pattern about twice as fast without Unicode case folding (it closes every class over case
 * with ICU), which is start-up time of every single-file run. Classes in lookarounds
 * (`(?<![${LETTER}${DIGIT}])`) read the same either way: they hold no astral character. Not
 * for patterns that consume with `.`, `\\S` or a negated class, which would then step over
 * half of a surrogate pair. Case folding then differs only for signs such as K (Kelvin).
 *
 * In the CLI the `i` flag goes too: the build rewrites each such pattern to match the same
 * without it (lexicon/case-fold.ts), which halves its compile time again.
 */
export function lexiconPattern(source: string, flags = 'i'): RegExp {
  return lexiconPatternOnUse(source, flags)();
}

/**
 * `lexiconPattern`, made when first asked for: its build-time record is looked up now, but V8
 * parses a pattern when it is made, and a one-article run never uses many of the lexicon
 * patterns its modules set up.
 */
export function lexiconPatternOnUse(source: string, flags = 'i'): () => RegExp {
  const plain = flags.replace('u', '');
  const folded = plain.includes('i') ? precompiledOnly('case-folded', [source], () => foldCase(source) ?? '') : null;
  let made: RegExp | null = null;
  return () => {
    if (made) return made;
    if (folded) {
      made = new RegExp(folded, plain.replace('i', ''));
      flagsAsked.set(made, plain);
    } else made = new RegExp(source, plain);
    return made;
  };
}

/** The flags a folded pattern was asked for (its own lack the i). */
const flagsAsked = new WeakMap<RegExp, string>();

/**
 * `source` compiled as `like` was: for patterns made from another one's flags, which lack
 * the `i` a folded pattern stands for.
 */
export function lexiconPatternLike(source: string, like: RegExp): RegExp {
  const asked = flagsAsked.get(like);
  return asked === undefined ? new RegExp(source, like.flags) : lexiconPattern(source, asked);
}

/** A whole-word, case-insensitive matcher for `words` (apply to `doc.key`, not `doc.text`). */
export function wordRegex(words: readonly string[], flags = 'gi'): RegExp {
  return wordRegexOnUse(words, flags)();
}

/** `wordRegex`, made when first asked for (see lexiconPatternOnUse). */
export function wordRegexOnUse(words: readonly string[], flags = 'gi'): () => RegExp {
  return lexiconPatternOnUse(`${firstCharGuard(words)}(?<![${LETTER}${MARK}${DIGIT}])${alternation(words)}(?![${LETTER}${MARK}${DIGIT}])`, flags);
}

/** A Set keyed by `matchKey`, lower-cased, for membership tests of single tokens or phrases. */
export function keySet(words: readonly string[]): Set<string> {
  // Lower-cased as toLocaleLowerCase('vi') does: only az, el, lt and tr have rules of their own.
  return new Set(words.map(lexiconLowerKey));
}
