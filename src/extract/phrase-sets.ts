/**
 * The lexicons the person and organisation rules match over tokens: phrase sets (multi-word
 * entries as tries of word numbers, matched at a token position, longest first) and word
 * sets (single words). Their words are numbered in the vocabulary the tokenizer looks each
 * word up in as it scans (tokens.ts), so a match compares numbers, not strings.
 */
import { keySet, lexiconLowerKey } from '../lexicon/compile.js';
import { precompiled } from '../lexicon/precompiled.js';
import { isFoldedOutsideTable, isWordCode, startsUpper } from '../core/chars.js';
import { indexWordSet, phraseWordText, sharedVocabulary, type Token } from './tokens.js';
import { LOWER_CASE, lowerCaseOf } from './vocabulary.js';

// A module-local copy: the matches, run for many tokens, read it faster than an imported binding.
const vocabulary = sharedVocabulary;

/** A node of a phrase set's trie: the entries that go on with one more word. */
interface PhraseNode {
  /** An entry ends here: 0 none; CAPITALISED (matches capitalised text only) or ANY_CASE. */
  ends: number;
  /**
   * The one word entries go on with, and its node (most nodes have one: a map look-up was
   * most of the phrase match); -1 and null when they go on with none or several (`next`).
   */
  word: number;
  child: PhraseNode | null;
  next: Map<number, PhraseNode> | null;
}

const phraseNode = (): PhraseNode => ({ ends: 0, word: -1, child: null, next: null });

/** The node after `node` for `word`, added when new. */
function childFor(node: PhraseNode, word: number): PhraseNode {
  if (node.word === word && node.child) return node.child;
  if (!node.child && !node.next) {
    node.word = word;
    return (node.child = phraseNode());
  }
  if (node.child) {
    node.next = new Map([[node.word, node.child]]);
    node.word = -1;
    node.child = null;
  }
  const next = node.next as Map<number, PhraseNode>;
  let child = next.get(word);
  if (!child) next.set(word, (child = phraseNode()));
  return child;
}

const CAPITALISED = 1;
const ANY_CASE = 2;
/** A phrase that opens with an entry but is none ("trao đổi" after "trao"): nothing matches through it. */
const BLOCKED = -1;

/** Word numbers of the words `phraseWordText` gave (added to the vocabulary when new). */
const wordNumbers = (text: string): number[] => (text ? text.split(' ').map((word) => vocabulary.add(word)) : []);

/** Word numbers of a lexicon phrase (see `phraseWordText`). */
const splitKey = (phrase: string): number[] => wordNumbers(precompiled('phrase-words', [phrase], () => phraseWordText(phrase)));

/** phraseWords by phrase: the lexicons share many entries, and start-up asks for each again. */
const wordsByPhrase = new Map<string, readonly string[]>();

/** The words a phrase set keys `phrase` by (lower-cased match keys), as `splitKey` cuts them. */
export function phraseWords(phrase: string): readonly string[] {
  let words = wordsByPhrase.get(phrase);
  if (!words) wordsByPhrase.set(phrase, (words = splitKey(phrase).map((n) => vocabulary.words[n])));
  return words;
}

/** One line of words per phrase (see phraseWordText), made at build time for the CLI. */
const phraseLines = (phrases: readonly string[]): string[] =>
  precompiled('phrase-set-words', phrases, () => phrases.map(phraseWordText).join('\n')).split('\n');

/**
 * phraseWords of each of `phrases`, cut together: one build-time record for the list, where
 * asking phrase by phrase looks up one each.
 */
export function learnPhraseWords(phrases: readonly string[]): void {
  const lines = phraseLines(phrases);
  for (let n = 0; n < phrases.length; n++) {
    if (!wordsByPhrase.has(phrases[n])) wordsByPhrase.set(phrases[n], wordNumbers(lines[n]).map((k) => vocabulary.words[k]));
  }
}

/** The words of each phrase (lower-cased match keys), as a PhraseSet of them cuts them. */
export const entryWords = (phrases: readonly string[]): string[][] => phraseLines(phrases).map((line) => (line ? line.split(' ') : []));

/** The next phrase set's bit in `Token.starts`. */
let nextBit = 0;

/**
 * A lexicon of multi-word phrases matched at a token position, longest first. Entries
 * written with a capital initial only match capitalised text ("Trưởng" the position, not
 * "tăng trưởng"), unless `anyCase` is set for the whole set.
 */
export class PhraseSet {
  /** Entries as a trie of word numbers, by their first word. */
  private readonly byFirst: (PhraseNode | undefined)[] = [];
  /** This set's bit in `Token.starts`. */
  readonly bit: number;

  /** `blocked`: phrases that open with an entry and are none (see BLOCKED). */
  constructor(phrases: readonly string[], anyCase = false, blocked: readonly string[] = []) {
    if (nextBit > 30) throw new Error('too many phrase sets for the token bit set');
    this.bit = 1 << nextBit++;
    const lines = phraseLines(phrases);
    for (let n = 0; n < phrases.length; n++) {
      const phrase = phrases[n];
      const words = wordNumbers(lines[n]);
      if (!words.length) continue;
      let node = (this.byFirst[words[0]] ??= phraseNode());
      for (let k = 1; k < words.length; k++) node = childFor(node, words[k]);
      node.ends = Math.max(node.ends, anyCase || !startsUpper(phrase) ? ANY_CASE : CAPITALISED);
      vocabulary.startBits[words[0]] |= this.bit;
      if (node.ends === ANY_CASE) vocabulary.anyCaseBits[words[0]] |= this.bit;
    }
    const blockedLines = blocked.length ? phraseLines(blocked) : [];
    for (const line of blockedLines) {
      const words = wordNumbers(line);
      let node = this.byFirst[words[0]];
      if (!node || words.length < 2) continue;
      for (let k = 1; k < words.length; k++) node = childFor(node, words[k]);
      node.ends = BLOCKED;
    }
  }

  /** Number of tokens of the longest entry matching at `i` (0 when none). */
  match(tokens: readonly Token[], i: number, ignoreCase = false): number {
    // Small, to be inlined: most words start none of the set's entries.
    if (i < 0 || i >= tokens.length || !(tokens[i].starts & this.bit)) return 0;
    return this.longest(tokens, i, ignoreCase);
  }

  private longest(tokens: readonly Token[], i: number, ignoreCase: boolean): number {
    const first = tokens[i];
    const caseFits = ignoreCase || first.cap;
    if (!caseFits && !(vocabulary.anyCaseBits[first.lexeme] & this.bit)) return 0;
    // Entries written capitalised count only on capitalised text (or ignoring case).
    const least = caseFits ? CAPITALISED : ANY_CASE;
    let node = this.byFirst[first.lexeme] as PhraseNode;
    let longest = 0;
    for (let j = 1; ; j++) {
      if (node.ends === BLOCKED) return 0;
      if (node.ends >= least) longest = j;
      if (i + j >= tokens.length) return longest;
      // (A token no entry holds has lexeme -1: the word of no child.)
      const lexeme = tokens[i + j].lexeme;
      const next = node.word === lexeme ? node.child : node.next !== null ? node.next.get(lexeme) : undefined;
      if (!next) return longest;
      node = next;
    }
  }

  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) > 0;
  }

  /** Does an entry of at most `maxLength` tokens end right before `i`? */
  endsBefore(tokens: readonly Token[], i: number, maxLength = 3): boolean {
    for (let k = 1; k <= maxLength && k <= i; k++) if (tokens[i - k].starts & this.bit && this.match(tokens, i - k) === k) return true;
    return false;
  }
}

/** The next word set's bit in the vocabulary's `wordSetBits`. */
let nextWordSetBit = 0;

/**
 * A set of single words (as lexicon/compile.ts keySet keys them: match key, lower case),
 * asked of a token by its word number rather than by hashing its key.
 */
export class WordSet {
  /** This set's bit in the vocabulary's `wordSetBits` (and ScannedTokens.indexedWords). */
  readonly bit: number;

  /**
   * `indexed`: each block's scan lists the tokens of its words (ScannedTokens.notable); the
   * tokens scanned before are scanned again when asked.
   */
  constructor(words: readonly string[], indexed = false) {
    if (nextWordSetBit > 30) throw new Error('too many word sets for the bit set');
    this.bit = 1 << nextWordSetBit++;
    for (const word of words) vocabulary.wordSetBits[vocabulary.add(lexiconLowerKey(word))] |= this.bit;
    if (indexed) indexWordSet(this.bit);
  }

  has(token: Token): boolean {
    return this.hasWord(token.lexeme);
  }

  /** Whether the vocabulary's word `lexeme` (a Token.lexeme, maybe -1) is in the set. */
  hasWord(lexeme: number): boolean {
    return lexeme >= 0 && (vocabulary.wordSetBits[lexeme] & this.bit) !== 0;
  }
}

/**
 * A small lexicon of short entries asked by key at a few places, where a PhraseSet would take
 * one of the tokens' bits for little (they are nearly all in use). A token whose key starts
 * (or ends) no entry is turned away before any keys are joined.
 */
export class KeyPhrases {
  private readonly keys: Set<string>;
  private readonly firstWords: Set<string>;
  private readonly lastWords: Set<string>;
  /** Most words of an entry. */
  private readonly longest: number;

  constructor(entries: readonly string[]) {
    this.keys = keySet(entries);
    const words = [...this.keys].map((key) => key.split(' '));
    this.firstWords = new Set(words.map((w) => w[0]));
    this.lastWords = new Set(words.map((w) => w[w.length - 1]));
    this.longest = Math.max(0, ...words.map((w) => w.length));
  }

  /** Words of the shortest entry starting at token `j` (before `to`), or 0 when none does. */
  at(tokens: readonly Token[], j: number, to = tokens.length): number {
    return this.startingAt(tokens, j, to, false);
  }

  /** Words of the longest entry starting at token `j`, or 0 when none does ("giữ chức vụ", not "giữ chức"). */
  longestAt(tokens: readonly Token[], j: number): number {
    return this.startingAt(tokens, j, tokens.length, true);
  }

  private startingAt(tokens: readonly Token[], j: number, to: number, longest: boolean): number {
    if (j >= to || !this.firstWords.has(tokens[j].key)) return 0;
    let key = tokens[j].key;
    let found = 0;
    for (let n = 1; ; n++) {
      if (this.keys.has(key)) {
        if (!longest) return n;
        found = n;
      }
      if (n === this.longest || j + n >= to) return found;
      key += ` ${tokens[j + n].key}`;
    }
  }

  /** Words of the shortest entry ending right before token `end`, starting at `from` or after, or 0. */
  endingBefore(tokens: readonly Token[], end: number, from = 0): number {
    if (end - 1 < from || !this.lastWords.has(tokens[end - 1].key)) return 0;
    let key = tokens[end - 1].key;
    for (let n = 1; ; n++) {
      if (this.keys.has(key)) return n;
      if (n === this.longest || end - 1 - n < from) return 0;
      key = `${tokens[end - 1 - n].key} ${key}`;
    }
  }
}

/**
 * The entries of a lexicon that open a match key, as a `^(?:entries)` pattern under the i
 * flag finds them: the key's opening lower-cased once, its prefixes looked up by length
 * (longest first). A pattern of a few hundred entries took some 4 M instructions to compile
 * for the few keys a one-article run asks about.
 */
export class KeyPrefixes {
  private readonly keys: Set<string>;
  /** The lengths of the entries, longest first. */
  private readonly lengths: readonly number[];

  constructor(entries: readonly string[]) {
    this.keys = keySet(entries);
    this.lengths = [...new Set([...this.keys].map((k) => k.length))].sort((a, b) => b - a);
  }

  /**
   * The lengths of the entries `key` opens with (read from `at`), longest first; null where its opening (and
   * the unit after it) holds a unit lower-cased otherwise than alone or one the pattern may
   * fold otherwise (isFoldedOutsideTable: the Kelvin sign lower-cases to "k", which the i flag
   * does not match with it): the pattern decides.
   */
  lengthsAt(key: string, at = 0): number[] | null {
    const reach = Math.min(key.length, at + this.lengths[0] + 1);
    let lower = '';
    for (let i = at; i < reach; i++) {
      const c = key.charCodeAt(i);
      const l = isFoldedOutsideTable(c) ? -1 : LOWER_CASE[c] || lowerCaseOf(c);
      if (l < 0) return null;
      lower += String.fromCharCode(l);
    }
    const found: number[] = [];
    for (const length of this.lengths) if (length <= lower.length && this.keys.has(lower.slice(0, length))) found.push(length);
    return found;
  }

  /** Whether an entry opens `key` at `at` as whole words (no word character after it); false where lengthsAt cannot tell. */
  wholeAt(key: string, at = 0): boolean {
    return this.lengthsAt(key, at)?.some((n) => !isWordCode(key.charCodeAt(at + n))) ?? false;
  }
}
