/**
 * The word table behind the tokenizer's lexicon lookups (see phrase-sets.ts PhraseSet, WordSet).
 */

/** FNV-1a parameters (the tokenizer hashes words as it scans them). */
export const HASH_OFFSET = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/** FNV-1a over the code units of `s[from, to)`. */
export function hashOf(s: string, from: number, to: number): number {
  let h = HASH_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), HASH_PRIME);
  return h;
}

/**
 * The lower case of each code unit, filled in as units are met (0: not yet, or U+0000
 * itself); -1 for a unit whose lower case is not one unit of its own: "İ" (two units), "Σ"
 * (final or not, by its neighbours), a surrogate (lower-cased with its pair). The tokenizer
 * lower-cases a word unit by unit with it, rather than the whole text at once.
 */
export const LOWER_CASE = new Int32Array(0x10000);

/** LOWER_CASE[c], filled in when not yet known. */
export function lowerCaseOf(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase();
  const unit = c === 0x130 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff) || lower.length !== 1 ? -1 : lower.charCodeAt(0);
  return (LOWER_CASE[c] = unit);
}

/**
 * Every word of the phrase sets' and word sets' entries, interned and numbered, with the
 * bits of the sets that have an entry starting with it (most tokens start none). Hashed
 * over code units, so the tokenizer looks a word up straight from the text, before (and
 * mostly instead of) cutting its key out: a lexicon word's token shares the table's string.
 * (tokens.ts holds the one instance in a module-local binding: imported bindings cost the
 * scan a tenth of its time.)
 */
export class Vocabulary {
  /**
   * Open addressing, kept at most half full, four numbers a slot: the word's hash, its
   * number + 1 (0: empty slot), where its characters start in `chars`, and its length. A
   * probe reads one slot and the characters, not the string objects. Sized for the
   * lexicons' 1,050 words at start-up: from 1,024 slots it grew twice, hashing 1,536 words again.
   */
  private slots = new Int32Array(4 * 4096);
  private chars = new Uint16Array(1 << 14);
  private charCount = 0;
  /** By word number: the word. */
  readonly words: string[] = [];
  /** Word → number, for building the sets (a native map beats the table's loops at start-up). */
  private readonly numbers = new Map<string, number>();
  /** By word number: the bits of the sets that have an entry starting with it. */
  readonly startBits: number[] = [];
  /** By word number: the bits of the sets with such an entry that matches in any case. */
  readonly anyCaseBits: number[] = [];
  /** By word number: the bits of the word sets that hold it. */
  readonly wordSetBits: number[] = [];

  /** Number of the word `s[from, to)` hashed `h` (by `hashOf`), or -1. */
  find(s: string, from: number, to: number, h: number): number {
    const slot = this.slotOf(s, from, to, h);
    return slot >= 0 ? this.slots[slot + 1] - 1 : -1;
  }

  /** Number of the word whose code units are `units[from, to)`, hashed `h` (as `hashOf` hashes it), or -1. */
  findUnits(units: Uint16Array, from: number, to: number, h: number): number {
    return this.probeUnits(units, from, to, h, false);
  }

  /**
   * findUnits of `units[from, to)` lower-cased by LOWER_CASE (every unit of it known there,
   * none -1), `h` hashing the lower-cased units.
   */
  findLowered(units: Uint16Array, from: number, to: number, h: number): number {
    return this.probeUnits(units, from, to, h, true);
  }

  /** The table's probe for code units, compared as they are or lower-cased by LOWER_CASE. */
  private probeUnits(units: Uint16Array, from: number, to: number, h: number, lowered: boolean): number {
    const { slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    const length = to - from;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      if (slots[at + 1] === 0) return -1;
      if (slots[at] !== h || slots[at + 3] !== length) continue;
      const start = slots[at + 2];
      let k = 0;
      while (k < length && chars[start + k] === (lowered ? LOWER_CASE[units[from + k]] : units[from + k])) k++;
      if (k === length) return slots[at + 1] - 1;
    }
  }

  /** Slot (index of its first number) of `s[from, to)` hashed `h`, or ~ the empty one it would take. */
  private slotOf(s: string, from: number, to: number, h: number): number {
    const { slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    const length = to - from;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i << 2;
      if (slots[at + 1] === 0) return ~at;
      if (slots[at] !== h || slots[at + 3] !== length) continue;
      const start = slots[at + 2];
      let k = 0;
      while (k < length && chars[start + k] === s.charCodeAt(from + k)) k++;
      if (k === length) return at;
    }
  }

  /** Number of `word`, added when new. */
  add(word: string): number {
    const known = this.numbers.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.numbers.set(word, id);
    this.words.push(word);
    this.startBits.push(0);
    this.anyCaseBits.push(0);
    this.wordSetBits.push(0);
    if (2 * this.words.length > this.slots.length >> 2) {
      this.slots = new Int32Array(2 * this.slots.length);
      this.charCount = 0;
      this.words.forEach((w, n) => this.put(w, n));
    } else this.put(word, id);
    return id;
  }

  private put(word: string, id: number): void {
    const h = hashOf(word, 0, word.length);
    const at = ~this.slotOf(word, 0, word.length, h);
    if (this.charCount + word.length > this.chars.length) {
      const chars = new Uint16Array(2 * (this.charCount + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let k = 0; k < word.length; k++) this.chars[this.charCount + k] = word.charCodeAt(k);
    this.slots[at] = h;
    this.slots[at + 1] = id + 1;
    this.slots[at + 2] = this.charCount;
    this.slots[at + 3] = word.length;
    this.charCount += word.length;
  }
}
