/**
 * How src/read/syllable-tables.ts is made from the syllable lexicon and Unicode (building it
 * at start-up took several milliseconds of every run): test/read/syllable-tables.test.ts
 * builds the tables here and fails when the data there differs.
 *
 * A letter is read as its lower-case, toneless form (a "symbol": "Ế" is "ê") with the tone
 * marks it carries counted beside; the automaton accepts onset? nucleus coda? over the
 * symbols (src/lexicon/vi/syllables.ts).
 */
import { CODAS, NUCLEI, ONSETS } from '../lexicon/vi/syllables.js';
import { CHAR_CLASS, IS_LETTER } from '../core/chars.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Every character of the syllable parts, once: symbol k + 1 is the k-th, 0 is any other. */
export function syllableAlphabet(): string {
  return [...new Set([...ONSETS, ...NUCLEI, ...CODAS].join(''))].join('');
}

/**
 * Per letter: its symbol and its tone marks (`symbol | tones << 6`), for the letters whose
 * form is not 0. Exact letter by letter: a letter's decomposition starts with a base, so
 * neither canonical reordering nor composition crosses from one letter to the next. Only
 * Latin letters (up to U+024F and U+1E00–1EFF) can become a symbol.
 */
export function buildLetterForms(): Map<number, number> {
  const alphabet = syllableAlphabet();
  const forms = new Map<number, number>();
  const form = (c: number) => {
    const decomposed = String.fromCharCode(c).toLowerCase().normalize('NFD');
    const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
    const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
    const symbol = base.length === 1 ? alphabet.indexOf(base) + 1 : 0;
    const value = symbol | (Math.min(tones, 3) << 6);
    if (value) forms.set(c, value);
  };
  for (let c = 0x41; c < 0x250; c++) if (CHAR_CLASS[c] & IS_LETTER) form(c);
  for (let c = 0x1e00; c < 0x1f00; c++) if (CHAR_CLASS[c] & IS_LETTER) form(c);
  return forms;
}

/** A trie of `parts` in `nodes` (each node: symbol → node, and whether a part ends there). */
interface TrieNode {
  next: Map<number, number>;
  end: boolean;
  kind: 'onset' | 'nucleus' | 'coda';
}

function addPartsTrie(nodes: TrieNode[], parts: readonly string[], kind: TrieNode['kind'], alphabet: string): number {
  const root = nodes.push({ next: new Map(), end: false, kind }) - 1;
  for (const part of parts) {
    let node = root;
    for (const ch of part) {
      const symbol = alphabet.indexOf(ch) + 1;
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
 * The automaton: `next[state][symbol]`, state 0 rejecting for good, `start` the start;
 * `accepts[state]` is true after a whole syllable. Built by subset construction over the
 * three tries (an onset may be left out, so may a coda).
 */
export function buildSyllableAutomaton(): { next: number[][]; accepts: boolean[]; start: number } {
  const alphabet = syllableAlphabet();
  const SYMBOLS = alphabet.length + 1;
  const addTrie = (nodes: TrieNode[], parts: readonly string[], kind: TrieNode['kind']) => addPartsTrie(nodes, parts, kind, alphabet);
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
  const next = sets.map(() => new Array<number>(SYMBOLS).fill(0));
  for (const [from, symbol, to] of edges) next[from][symbol] = to;
  return { next, accepts: sets.map(accepting), start };
}

/** The source of src/read/syllable-tables.ts. */
export function syllableTablesSource(): string {
  const { next, accepts, start } = buildSyllableAutomaton();
  const byForm = new Map<number, string>();
  for (const [c, form] of buildLetterForms()) byForm.set(form, (byForm.get(form) ?? '') + String.fromCharCode(c));
  const forms = [...byForm].sort((a, b) => a[0] - b[0]).map(([form, letters]) => `  [${form}, '${letters}'],`);
  const edges: number[] = [];
  next.forEach((row, from) => row.forEach((to, symbol) => {
    if (to) edges.push(from, symbol, to);
  }));
  const lines: string[] = [];
  for (let i = 0; i < edges.length; i += 30) lines.push(`  ${edges.slice(i, i + 30).join(', ')},`);
  return [
    '/**',
    ' * Vietnamese syllable shape as data: generated by src/read/syllable-build.ts from the',
    ' * syllable lexicon and Unicode (test/read/syllable-tables.test.ts fails when they drift;',
    ' * `npm run test:update` writes this file again). Read by src/read/syllable-automaton.ts.',
    ' */',
    '',
    '/** Symbol k + 1 is the k-th character. */',
    `export const SYLLABLE_ALPHABET = '${syllableAlphabet()}';`,
    '',
    '/** Letters by form: symbol | tone marks << 6. */',
    'export const LETTERS_BY_FORM: readonly (readonly [number, string])[] = [',
    ...forms,
    '];',
    '',
    `export const SYLLABLE_START = ${start};`,
    '',
    '/** States after a whole syllable. */',
    `export const SYLLABLE_ACCEPTS: readonly number[] = [${accepts.flatMap((a, i) => (a ? [i] : [])).join(', ')}];`,
    '',
    `/** Transitions as (state, symbol, target) triples; the others lead to state 0, which rejects. ${next.length} states. */`,
    'export const SYLLABLE_EDGES: readonly number[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
