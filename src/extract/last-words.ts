/**
 * The last words of lexicon entries, looked up by a range of a text without cutting it
 * out: the cheap first test of a pattern that ends with an entry (an honorific before a
 * name, a place word before it, a province at its end), tried for each name run.
 */
import { lexiconKey } from '../lexicon/compile.js';
import { CHAR_CLASS, CLASSED_BELOW, IS_LETTER, IS_MARK, IS_WORD } from '../core/chars.js';

/** Lower case as a case-insensitive Unicode pattern compares letters ("ſ" is "s"). */
export function foldLower(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Where the letters and marks ending text[0, end) start (code units below CLASSED_BELOW only). */
function finalRunStart(text: string, end: number): number {
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    if (c >= CLASSED_BELOW || !(CHAR_CLASS[c] & (IS_LETTER | IS_MARK))) break;
  }
  return end;
}

/**
 * The code units below CLASSED_BELOW that foldLower turns into the one code unit `c` (a
 * folded letter of an entry): itself, its capital and, for "s", "ſ". Test-checked against
 * foldLower on every code unit below CLASSED_BELOW.
 */
function foldForms(c: number): number[] {
  const forms = [c];
  const upper = String.fromCharCode(c).toUpperCase();
  if (upper.length === 1 && upper.charCodeAt(0) !== c && upper.charCodeAt(0) < CLASSED_BELOW && foldLower(upper) === String.fromCharCode(c)) forms.push(upper.charCodeAt(0));
  if (c === 0x73) forms.push(0x17f);
  return forms;
}

/**
 * The last word of each entry (its final letters and marks: "ông", "sĩ", "ts" of "GS.TS"),
 * folded, as a trie read from the end: `has` answers `set.has(foldLower(s.slice(start,
 * end)))` for a range of letters and marks below CLASSED_BELOW, with no string made. The
 * trie is a table (node * width + symbol → child), each code unit numbered once for all
 * its fold forms: a look-up a character, no map.
 */
export class LastWords {
  /** Number (from 1) of each code unit below CLASSED_BELOW that a folded entry letter takes; 0 for the others. */
  private readonly symbol = new Uint16Array(CLASSED_BELOW);
  private width = 1;
  /** Transitions, node * width + symbol → child node (0: none); node 0 is the root. */
  private readonly next: Int32Array;
  /** Whether a last word ends at each node. */
  private readonly ends: boolean[] = [false];

  constructor(entries: readonly string[]) {
    const words = entries.map((entry) => {
      const key = lexiconKey(entry);
      return foldLower(key.slice(finalRunStart(key, key.length)));
    });
    for (const word of words) {
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i);
        if (c >= CLASSED_BELOW) throw new Error(`a last word folds to a letter the table does not class: "${word}"`);
        if (this.symbol[c]) continue;
        const n = this.width++;
        for (const form of foldForms(c)) this.symbol[form] = n;
      }
    }
    const width = this.width;
    // Nodes are numbered as made, at most one a letter: the table is sized for that many,
    // then cut to the nodes made (a sparse array of indexes was most of the build).
    const table = new Int32Array((words.reduce((n, word) => n + word.length, 0) + 1) * width);
    for (const word of words) {
      let node = 0;
      for (let i = word.length - 1; i >= 0; i--) {
        const at = node * width + this.symbol[word.charCodeAt(i)];
        if (!table[at]) {
          table[at] = this.ends.length;
          this.ends.push(false);
        }
        node = table[at];
      }
      this.ends[node] = true;
    }
    this.next = table.slice(0, this.ends.length * width);
  }

  has(s: string, start: number, end: number): boolean {
    const { symbol, next, width } = this;
    let node = 0;
    for (let i = end - 1; i >= start; i--) {
      const c = s.charCodeAt(i);
      const n = c < CLASSED_BELOW ? symbol[c] : 0;
      if (!n) return false;
      node = next[node * width + n];
      if (!node) return false;
    }
    return this.ends[node];
  }
}

/**
 * A cheap first test for a pattern that ends with an entry of `words`, then dots, colons or
 * spaces, on s[from, end) (the honorific and place-word patterns before a name): false when
 * the letters before what ends it cannot close an entry. Code units the table does not
 * class (U+1F00 up, where case folding finds letters such as the Kelvin sign) leave it to
 * the regex. `sliced`: s is the document key, and the range is to be read as keyOf() of it,
 * which may differ in its first two characters (see keyOf): null when the answer depends
 * on them.
 */
export function mayEndWithWord(words: LastWords, s: string, from: number, end: number, sliced: boolean): boolean | null {
  for (; end > from; end--) {
    const c = s.charCodeAt(end - 1);
    if (c >= CLASSED_BELOW) return true;
    if (CHAR_CLASS[c] & IS_WORD) break;
  }
  let start = end;
  for (; start > from; start--) {
    const c = s.charCodeAt(start - 1);
    if (c >= CLASSED_BELOW || !(CHAR_CLASS[c] & (IS_LETTER | IS_MARK))) break;
  }
  if (start > from && s.charCodeAt(start - 1) >= CLASSED_BELOW) return true;
  if (start === end) return false;
  if (sliced && start <= from + 1) return null;
  return words.has(s, start, end);
}
