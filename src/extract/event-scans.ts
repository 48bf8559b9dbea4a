/**
 * Patterns over a whole string found faster than by running them from every position:
 * an end-anchored test run only when the word before the end ends an entry (EndWords),
 * and global patterns tried only where their first (PrefixScan) or last (LastWordScan)
 * word stands. Each gives exactly what its regex gives.
 */
import { isDashCode, isFoldedOutsideTable, isLetterOrDigitCode } from '../core/chars.js';
import { alternation, keySet, lexiconPatternLike } from '../lexicon/compile.js';
import { isSpace } from '../core/text.js';
import { firstWords, inOrder, lastWords } from './event-chars.js';
import { HASH_OFFSET, HASH_PRIME, hashOf, LOWER_CASE, lowerCaseOf } from './vocabulary.js';

const ascending = (a: number, b: number) => a - b;

/**
 * An end-anchored test (`(?<![…])(?:entries)<tail>$`) over `key.slice(from, to)`, where the
 * tail only holds `\s` and the characters of `tailChars`. The entry must end where the tail
 * begins, so the regex only runs when the word there ends an entry (or is one of `tailWords`,
 * an optional word of the tail such as "ngày").
 */
export class EndWords {
  private readonly lasts: Set<string>;
  /** Their hashes (hashOf): the last word is hashed as read, not cut out and lower-cased. */
  private readonly lastHashes: Set<number>;
  /** The pattern or what makes it, until its sticky copy is made (on first use: most runs never need many). */
  private regexOrMaker: RegExp | (() => RegExp);
  private stickyOrNull: RegExp | null = null;
  private readonly tailCodes: Set<number>;
  /** Shortest and longest last word: a word of another length ends no entry. */
  private readonly lastLength: readonly [number, number];
  /** Most words (runs of letters and digits) a match holds. */
  private readonly maxRuns: number;
  /**
   * The entries' lower-cased keys, where the tail is any run of `\s` and `tailChars`
   * (`anyTail`): a match is then an entry ending right where the tail begins, looked up
   * rather than left to the pattern (a long one to compile: the event introducers' took
   * some 4 M instructions of a one-article run). Null otherwise.
   */
  private readonly keys: Set<string> | null;

  /**
   * `regex` (or what makes it on first use): `(?<![letters digits …])(?:entries)<tail>$`,
   * the entries `words`. `anyTail`: the tail is any run of white space and `tailChars`
   * (`[\\s${tailChars}]*`), which lets the entries be looked up.
   */
  constructor(regex: RegExp | (() => RegExp), words: readonly string[], tailChars = '', tailWords: readonly string[] = [], anyTail = false) {
    if (regex instanceof RegExp) plainOnly(regex);
    firstWords(words); // throws unless every entry starts with a word
    this.regexOrMaker = regex;
    this.lasts = new Set([...tailWords, ...lastWords(words)]);
    this.lastHashes = new Set([...this.lasts].map((w) => hashOf(w, 0, w.length)));
    this.tailCodes = new Set([...tailChars].map((c) => c.charCodeAt(0)));
    const lengths = [...this.lasts].map((w) => w.length);
    this.lastLength = [Math.min(...lengths), Math.max(...lengths)];
    this.maxRuns = Math.max(...words.map(runCount)) + Math.max(0, ...tailWords.map(runCount));
    // Entries that end with a character of the tail, or hold a dash (which the pattern reads
    // as any dash between spaces), are left to the pattern.
    const keys = anyTail && !tailWords.length ? keySet(words) : null;
    this.keys = keys && [...keys].every(isPlainEntry) ? keys : null;
  }

  private get sticky(): RegExp {
    if (!this.stickyOrNull) {
      const regex = this.regexOrMaker instanceof RegExp ? this.regexOrMaker : plainOnly(this.regexOrMaker());
      this.stickyOrNull = new RegExp(regex.source, `${regex.flags}y`);
    }
    return this.stickyOrNull;
  }

  /** `regex.test(text.slice(from, to))`. */
  test(text: string, from = 0, to = text.length): boolean {
    let end = to;
    while (end > from && (isSpace(text.charCodeAt(end - 1)) || this.tailCodes.has(text.charCodeAt(end - 1)))) end--;
    let start = end;
    while (start > from && isLetterOrDigitCode(text.charCodeAt(start - 1))) start--;
    // Case folding keeps lengths: a word of another length than the last words is none of them.
    if (end - start < this.lastLength[0] || end - start > this.lastLength[1]) return false;
    // A word hashed unlike every last word is none of them (one hashed alike is left to the regex).
    const hash = lowerCaseHash(text, start, end);
    if (hash !== null && !this.lastHashes.has(hash)) return false;
    // A match starts where a word does and holds all the words up to the end, at most
    // maxRuns of them: try the pattern at the starts of the last few words only. (The
    // Kelvin sign, no letter here, folds to "k": where it stands, every start is tried.)
    const slice = text.slice(from, to);
    let first = slice.indexOf('\u212a') >= 0 ? from : start;
    for (let runs = 1; runs < this.maxRuns && first > from; runs++) {
      let p = first;
      while (p > from && !isLetterOrDigitCode(text.charCodeAt(p - 1))) p--;
      if (p === from) break;
      while (p > from && isLetterOrDigitCode(text.charCodeAt(p - 1))) p--;
      first = p;
    }
    for (let i = first - from; i < end - from; i++) {
      if (!isLetterOrDigitCode(slice.charCodeAt(i)) || (i > 0 && isLetterOrDigitCode(slice.charCodeAt(i - 1)))) continue;
      const entry = this.keys ? isEntry(this.keys, slice, i, end - from) : null;
      if (entry === null) {
        const { sticky } = this;
        sticky.lastIndex = i;
        if (sticky.test(slice)) return true;
      } else if (entry) return true;
    }
    return false;
  }
}

/** Whether an entry's key ends with a letter or digit and holds no dash (which the pattern may read as any dash). */
function isPlainEntry(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (isDashCode(key.charCodeAt(i))) return false;
  return isLetterOrDigitCode(key.charCodeAt(key.length - 1));
}

/**
 * Whether text[from, to) lower-cased is one of `keys`; null where a unit there or the one
 * before it is one the pattern may fold otherwise (isFoldedOutsideTable: the Kelvin sign
 * lower-cases to "k", which a pattern without the u flag does not match with it), is ſ or is
 * not lower-cased alone: the pattern decides.
 */
function isEntry(keys: Set<string>, text: string, from: number, to: number): boolean | null {
  if (from > 0 && isFoldedOutsideTable(text.charCodeAt(from - 1))) return null;
  let lower = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const l = isFoldedOutsideTable(c) ? -1 : LOWER_CASE[c] || lowerCaseOf(c);
    // ſ folds to "s" under the u flag, but does not lower-case to it.
    if (l < 0 || c === 0x17f) return null;
    lower += String.fromCharCode(l);
  }
  return keys.has(lower);
}

/**
 * hashOf(text.slice(start, end).toLowerCase()), lower-cased unit by unit (most words are
 * written in lower case, and lower-casing a string of non-ASCII units is slow); null where
 * a unit lower-cases otherwise than alone ("İ", "Σ") or is "ſ", which folds to "s" but
 * does not lower-case to it: the regex decides there.
 */
export function lowerCaseHash(text: string, start: number, end: number): number | null {
  let h = HASH_OFFSET;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // LOWER_CASE is -1 for a unit that is not lower-cased alone, 0 until known.
    const lower = LOWER_CASE[c] || lowerCaseOf(c);
    if (lower < 0 || c === 0x17f) return null;
    h = Math.imul(h ^ lower, HASH_PRIME);
  }
  return h;
}

/** `regex`, which must be neither global nor sticky. */
function plainOnly(regex: RegExp): RegExp {
  if (regex.global || regex.sticky) throw new Error('EndWords needs a plain regex');
  return regex;
}

/** Runs of letters and digits in `text`. */
function runCount(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i++) if (isLetterOrDigitCode(text.charCodeAt(i)) && !(i > 0 && isLetterOrDigitCode(text.charCodeAt(i - 1)))) runs++;
  return runs;
}

/**
 * A pattern over a whole text (`doc.key`), found faster: every match begins with one of the
 * first words of `words` after a letter or digit boundary, so a plain alternation of those
 * words (under the pattern's own flags: no lookbehind, which is what makes the scan slow)
 * finds where to try the pattern, which then runs sticky there. Same matches, same order,
 * as `text.matchAll(regex)`.
 */
export class PrefixScan {
  private readonly prefix: RegExp;
  private readonly sticky: RegExp;

  /**
   * `regex`: global, opening with `(?<![${LETTER}${DIGIT}…])` and then one of `words`; or,
   * given a pattern instead of words, with what that pattern matches.
   */
  constructor(regex: RegExp, words: readonly string[] | RegExp) {
    if (!regex.global) throw new Error('PrefixScan needs a global regex');
    const source = words instanceof RegExp ? words.source : alternation([...firstWords(words)]);
    this.prefix = lexiconPatternLike(source, regex);
    this.sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
  }

  /** The matches from `from` on (as `matchAll` with `lastIndex` at `from`). */
  matches(text: string, from = 0): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    this.forEach(text, (m) => out.push(m) > 0, from);
    return out;
  }

  test(text: string): boolean {
    let found = false;
    this.forEach(text, () => (found = true) && false);
    return found;
  }

  /** Calls `take` with each match until it returns false. */
  forEach(text: string, take: (m: RegExpExecArray) => boolean, from = 0): void {
    const { prefix, sticky } = this;
    let next = from;
    prefix.lastIndex = from;
    for (let m = prefix.exec(text); m; m = prefix.exec(text)) {
      const at = m.index;
      prefix.lastIndex = at + 1;
      if (at < next || (at > 0 && isLetterOrDigitCode(text.charCodeAt(at - 1)))) continue;
      sticky.lastIndex = at;
      const found = sticky.exec(text);
      if (!found) continue;
      if (!take(found)) break;
      next = at + found[0].length;
      if (prefix.lastIndex < next) prefix.lastIndex = next;
    }
    prefix.lastIndex = 0;
  }
}

/**
 * A pattern over a whole text whose matches are a few words separated by spaces, the last
 * one from a short list ("sáng nay", "ngày hôm qua"): the last words are found with a plain
 * alternation (fast where the first words, many and common, are not), the pattern then
 * runs sticky at the starts of the `wordsBefore` words before each. Same matches, same
 * order, as `text.matchAll(regex)`.
 */
export class LastWordScan {
  private readonly last: RegExp;
  private readonly sticky: RegExp;

  /**
   * `regex`: global; each match is at most `wordsBefore` + 1 words apart by `\s`, the last one
   * of `lastWords`, followed by what `after` matches (a lookahead that ends every match of
   * the regex, such as a word boundary: last words that the text goes on from are passed over).
   */
  constructor(regex: RegExp, lastWords: readonly string[], private readonly wordsBefore: number, after = '') {
    if (!regex.global) throw new Error('LastWordScan needs a global regex');
    this.last = lexiconPatternLike(`(?:${alternation(lastWords)})${after}`, regex);
    this.sticky = new RegExp(regex.source, regex.flags.replace('g', '') + 'y');
  }

  matches(text: string): RegExpExecArray[] {
    const { last, sticky } = this;
    const starts: number[] = [];
    last.lastIndex = 0;
    for (let m = last.exec(text); m; m = last.exec(text)) {
      last.lastIndex = m.index + 1;
      // Walk back over the words before: a run of spaces, then a word, each time.
      let p = m.index;
      for (let w = 0; w < this.wordsBefore; w++) {
        let q = p;
        while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
        if (q === p) break;
        let start = q;
        while (start > 0 && isLetterOrDigitCode(text.charCodeAt(start - 1))) start--;
        if (start === q) break;
        starts.push(start);
        p = start;
      }
    }
    last.lastIndex = 0;
    if (!inOrder(starts, ascending)) starts.sort(ascending);
    const out: RegExpExecArray[] = [];
    let next = 0;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i];
      if (at < next || (i > 0 && at === starts[i - 1])) continue;
      sticky.lastIndex = at;
      const found = sticky.exec(text);
      if (!found) continue;
      out.push(found);
      next = at + found[0].length;
    }
    return out;
  }
}
