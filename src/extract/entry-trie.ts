/**
 * A lexicon as a trie of the words of its entries, walked over a block's tokens (see
 * SpanWords in event-words.ts): the end of the longest entry at a token, or UNDECIDED where
 * a token holding more than one word (a joiner, a mark) leaves it to the pattern.
 */
import { isLetterOrDigitCode, isMarkCode, isWordCode } from '../core/chars.js';
import { lexiconLowerKey } from '../lexicon/compile.js';
import { phraseWords } from './phrase-sets.js';
import type { Token } from './tokens.js';

/** No match. */
export const NONE = -1;
/** The tokens cannot tell: run the pattern. */
export const UNDECIDED = -2;

/**
 * A lexicon as a trie of the words of its entries (lower-cased keys): `next` holds the words
 * written right after the node's, `spaced` those written after one space.
 */
export interface TrieNode {
  /** The word this node stands for, and whether one space stands before it (1) or nothing (0). */
  word: string;
  gap: number;
  end: boolean;
  next: ReadonlyMap<string, TrieNode>;
  spaced: ReadonlyMap<string, TrieNode>;
}

/** The children of a node that has none (most nodes have no spaced ones, leaves none): shared, never written. */
const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();

const trieNode = (word: string, gap: number): TrieNode => ({ word, gap, end: false, next: NO_CHILDREN, spaced: NO_CHILDREN });

/**
 * The trie of `words`, or null when an entry holds other than one space or nothing between
 * its words, or ends with a full stop (which phraseWords leaves out).
 */
export function entryTrie(words: readonly string[]): TrieNode | null {
  const root = trieNode('', 0);
  for (const entry of words) {
    const key = lexiconLowerKey(entry);
    let node = root;
    let at = 0;
    for (const word of phraseWords(entry)) {
      const start = key.indexOf(word, at);
      const gap = node === root ? 0 : start - at;
      if (start < 0 || (node === root && start !== 0) || gap > 1 || (gap === 1 && key[at] !== ' ')) return null;
      let child = (gap === 1 ? node.spaced : node.next).get(word);
      if (!child) {
        child = trieNode(word, gap);
        if (gap === 1) node.spaced = withChild(node.spaced, child);
        else node.next = withChild(node.next, child);
      }
      node = child;
      at = start + word.length;
    }
    if (at !== key.length) return null;
    node.end = true;
  }
  return root;
}

/** `children` with `child` added under its word: a map of its own for a node that had none. */
function withChild(children: ReadonlyMap<string, TrieNode>, child: TrieNode): ReadonlyMap<string, TrieNode> {
  const own = children === NO_CHILDREN ? new Map<string, TrieNode>() : (children as Map<string, TrieNode>);
  return own.set(child.word, child);
}

/**
 * Whether a pattern may match part of the token: a word holding a joiner or a mark. (One
 * other character is a token alone.)
 */
function splittable(key: string, t: Token): boolean {
  return t.word ? !isOneWordToken(key, t) : isMarkCode(key.charCodeAt(t.start));
}

/** Whether an entry's next token (after `gap`) is the part of `t` before a joiner or mark. */
function opensToken(node: TrieNode, key: string, t: Token, gap: number): boolean {
  for (const child of (gap ? node.spaced : node.next).values()) {
    const end = t.start + child.word.length;
    if (child.gap === gap && end < t.end && !isLetterOrDigitCode(key.charCodeAt(end)) && key.slice(t.start, end).toLowerCase() === child.word) return true;
  }
  return false;
}

/** Whether the token is one word of letters and digits (see ONE_WORD_BY_LEXEME). */
function isOneWordToken(key: string, t: Token): boolean {
  const lexeme = t.lexeme;
  if (lexeme < 0) return isOneWord(key, t.start, t.end);
  let oneWord = ONE_WORD_BY_LEXEME[lexeme];
  if (oneWord === undefined) ONE_WORD_BY_LEXEME[lexeme] = oneWord = isOneWord(t.key, 0, t.key.length);
  return oneWord;
}

/**
 * End of the longest entry of `trie` whose tokens start at token `i`, NONE, or UNDECIDED
 * where a token that is not one word (joined or marked) could hold or end an entry.
 */
export function trieMatch(trie: TrieNode, key: string, tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (splittable(key, first)) return UNDECIDED;
  const start = trie.next.get(first.key);
  if (!start) return NONE;
  let node: TrieNode = start;
  let end = node.end ? first.end : NONE;
  for (let j = i + 1; j < tokens.length && (node.next.size > 0 || node.spaced.size > 0); j++) {
    const before = tokens[j - 1].end;
    const t = tokens[j];
    const gap = t.start - before;
    // Entries hold one space between words, or nothing.
    if (gap > 1 || (gap === 1 && key.charCodeAt(before) !== 0x20)) break;
    // A word of an entry is in the vocabulary: another token's key is not cut to be looked up.
    const child: TrieNode | undefined = t.lexeme >= 0 ? (gap ? node.spaced : node.next).get(t.key) : undefined;
    // An entry may go on into, and end inside, a token that holds more than one word.
    if (splittable(key, t) && (child || opensToken(node, key, t, gap))) return UNDECIDED;
    if (!child) break;
    node = child;
    if (node.end) end = t.end;
  }
  // After an entry that ends with other than a word, a letter may follow: the pattern decides.
  return end !== NONE && end < key.length && isWordCode(key.charCodeAt(end)) ? UNDECIDED : end;
}

/**
 * By word number: whether the vocabulary's word is one word, letters and digits only (a
 * token of it holds no second word), computed when first met.
 */
export const ONE_WORD_BY_LEXEME: boolean[] = [];

/** Whether key[from, to) is letters and digits only. */
export function isOneWord(key: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (!isLetterOrDigitCode(key.charCodeAt(p))) return false;
  return true;
}
