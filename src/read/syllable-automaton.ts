/**
 * Vietnamese syllable shape as a deterministic automaton, so that a word is judged in the
 * same pass that finds it, one table step per character: no substring, normalisation or
 * regex per word. A letter is read as its lower-case, toneless form (a "symbol": "Ế" is "ê")
 * and the tone marks it carries are counted beside; the automaton accepts
 * onset? nucleus coda? over the symbols (src/lexicon/vi/syllables.ts).
 */
import { CODAS, NUCLEI, ONSETS } from '../lexicon/vi/syllables.js';
import { CHAR_CLASS, IS_LETTER } from '../core/chars.js';

export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Every character of the syllable parts, once: symbol k + 1 is ALPHABET[k], 0 is any other. */
const ALPHABET = [...new Set([...ONSETS, ...NUCLEI, ...CODAS].join(''))].join('');
const SYMBOLS = ALPHABET.length + 1;

// Bits of LETTER_FORM (below U+1F00): the symbol, and the tone marks the letter carries.
export const SYMBOL_MASK = 0x3f;
export const TONE_SHIFT = 6;
/** A combining mark: composes with its neighbours, so a word holding one is judged as a whole. */
export const COMBINING = 0x100;

/**
 * Per code unit: what one letter contributes to its word's lower-case, NFD, toneless, NFC
 * form. Exact letter by letter: a letter's decomposition starts with a base, so neither
 * canonical reordering nor composition crosses from one letter to the next. Only Latin
 * letters (up to U+024F and U+1E00–1EFF) can become a symbol: the others stay 0.
 */
export const LETTER_FORM = (() => {
  const table = new Uint16Array(0x1f00);
  const form = (c: number) => {
    const decomposed = String.fromCharCode(c).toLowerCase().normalize('NFD');
    const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    const symbol = base.length === 1 ? ALPHABET.indexOf(base) + 1 : 0;
    table[c] = symbol | (Math.min(tones, 3) << TONE_SHIFT);
  };
  for (let c = 0x41; c < 0x250; c++) if (CHAR_CLASS[c] & IS_LETTER) form(c);
  for (let c = 0x1e00; c < 0x1f00; c++) if (CHAR_CLASS[c] & IS_LETTER) form(c);
  table.fill(COMBINING, 0x300, 0x370);
  table.fill(COMBINING, 0x483, 0x48a);
  return table;
})();

/** A trie of `parts` in `nodes` (each node: symbol → node, and whether a part ends there). */
interface TrieNode {
  next: Map<number, number>;
  end: boolean;
  kind: 'onset' | 'nucleus' | 'coda';
}

function addTrie(nodes: TrieNode[], parts: readonly string[], kind: TrieNode['kind']): number {
  const root = nodes.push({ next: new Map(), end: false, kind }) - 1;
  for (const part of parts) {
    let node = root;
    for (const ch of part) {
      const symbol = ALPHABET.indexOf(ch) + 1;
      let child = nodes[node].next.get(symbol);
      if (child === undefined) {
        child = nodes.push({ next: new Map(), end: false, kind }) - 1;
        nodes[node].next.set(symbol, child);
      }
      node = child;
    }
    nodes[node].end = true;
  }
  return root;
}

/**
 * The automaton: `next[state * SYMBOLS + symbol]`, state 0 rejecting for good, `START` the
 * start; `accepts[state]` is 1 after a whole syllable. Built by subset construction over the
 * three tries (an onset may be left out, so may a coda).
 */
export const SYLLABLE_AUTOMATON = (() => {
  const nodes: TrieNode[] = [];
  const onsets = addTrie(nodes, ONSETS, 'onset');
  const nuclei = addTrie(nodes, NUCLEI, 'nucleus');
  const codas = addTrie(nodes, CODAS, 'coda');
  // A state is a set of trie nodes; epsilon moves lead from a finished onset (or none) into
  // the nuclei, and from a finished nucleus into the codas.
  const closure = (set: Set<number>) => {
    for (const n of set) {
      const node = nodes[n];
      if (n === onsets || (node.kind === 'onset' && node.end)) set.add(nuclei);
      if (node.kind === 'nucleus' && node.end) set.add(codas);
    }
    return set;
  };
  const accepting = (set: Set<number>) => [...set].some((n) => nodes[n].end && nodes[n].kind !== 'onset');
  const ids = new Map<string, number>([['', 0]]);
  const sets: Set<number>[] = [new Set()];
  const idOf = (set: Set<number>) => {
    const key = [...set].sort((a, b) => a - b).join(',');
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = sets.length));
      sets.push(set);
    }
    return id;
  };
  const start = idOf(closure(new Set([onsets])));
  // Built at start-up, before any code is optimised: only the edges that exist are visited.
  const edges: [number, number, number][] = [];
  for (let s = 0; s < sets.length; s++) {
    const targets = new Map<number, Set<number>>();
    for (const n of sets[s]) {
      for (const [symbol, child] of nodes[n].next) {
        const target = targets.get(symbol);
        if (target) target.add(child);
        else targets.set(symbol, new Set([child]));
      }
    }
    for (const [symbol, target] of targets) edges.push([s, symbol, idOf(closure(target))]);
  }
  const next = new Uint16Array(sets.length * SYMBOLS);
  for (const [from, symbol, to] of edges) next[from * SYMBOLS + symbol] = to;
  return { next, accepts: Uint8Array.from(sets, (set) => (accepting(set) ? 1 : 0)), start, symbols: SYMBOLS };
})();
