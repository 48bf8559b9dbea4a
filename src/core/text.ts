import { CHAR_CLASS, CLASSED_BELOW, IS_LETTER, IS_MARK, isLetterOrDigitCode, isUpperCode, LETTER, MARK } from './chars.js';
/**
 * Text hygiene shared by every phase. `cleanText` fixes what is not spelling (line ends,
 * invisible characters, Unicode form); `matchKey` gives a same-length copy for lexicon
 * matching in which old and new tone-mark placement (hoà / hòa) compare equal.
 */

const INVISIBLE = /[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// Some converters write the tone mark before the vowel's own mark (e + acute + circumflex);
// both have combining class 230, so NFC keeps that order and cannot compose "ế". Swap first.
// (Dot below and horn have lower classes: canonical ordering already puts them right.)
const TONE_BEFORE_SHAPE = /([\u0300\u0301\u0303\u0309])([\u0302\u0306])/g;

// Syllable-final "oa", "oe", "uy": the old style puts the tone on the second vowel (hoà,
// thuỷ), the new style on the first (hòa, thủy). The key always uses the first.
const TONED_VOWELS = 'àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ';

// What cleanText must do, found in one pass over the raw text; most articles need nothing
// but a check. (Looking for each character with `includes` is slower: V8 searches two-byte
// strings by the low byte, and 0x00 or 0x20 is in most of them.)
const LINE_ENDS = 1;
/** A combining circumflex or breve written as such: the tone-before-shape swap may apply. */
const SHAPE_MARKS = 2;
const ODD_CHARS = 4;
/** A character in NOT_PLAIN_NFC_RANGES: NFC may change the text. */
const MAYBE_NOT_NFC = 8;
/**
 * Two plain spaces in a row, or a tab, vertical tab or form feed: there may be a run of
 * white space between two words to read as one space. (Set from the scan's other bits, after
 * its loop; the scan bits below take 16–512.)
 */
const SPACE_RUNS = 1024;

/**
 * The code units outside U+0000–02FF, U+1E00–1EFF and U+2002–206F, as [from, to) ranges. A
 * text without them is NFC already: those characters are starters that neither decompose
 * differently nor compose with a neighbour (test/core/text-hygiene.test.ts checks this
 * against Unicode).
 */
export const NOT_PLAIN_NFC_RANGES: readonly (readonly [number, number])[] = [[0x300, 0x1e00], [0x1f00, 0x2002], [0x2070, 0x10000]];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const NOT_PLAIN_NFC = new RegExp(`[${NOT_PLAIN_NFC_RANGES.map(([from, to]) => `${hex(from)}-${hex(to - 1)}`).join('')}]`, 'g');

/** Whether `text` from `from` on holds no character of NOT_PLAIN_NFC_RANGES. */
export function isPlainNfcFrom(text: string, from: number): boolean {
  NOT_PLAIN_NFC.lastIndex = from;
  return !NOT_PLAIN_NFC.test(text);
}

// Bits the scan gathers beside the needs (see TextScan).
/** A letter or combining mark (below U+1F00: the classes cover nothing above). */
const IN_WORD = 16;
/** "o", "O", "u" or "U": the first of a pair whose tone the match key may move. */
const TONE_PAIR_FIRST = 32;
/** A toned "a", "e" or "y": the second of such a pair (TONE_PAIR_FIRST << 1). */
const TONE_PAIR_SECOND = 64;
/** A character segmentation acts on (see TextScan.marks). */
const SEGMENT_MARK = 128;
/** The characters sentence splitting acts on: end marks, quotation marks, brackets. */
export const SENTENCE_MARKS = '.!?…"“”«»„()';
/** The quotation marks that quotation finding (segment/quotes.ts) acts on and SENTENCE_MARKS lacks. */
export const OTHER_QUOTE_MARKS = "'‘’‚‛";
/** A plain space. */
const PLAIN_SPACE = 256;
/** White space that no squashed line holds: a tab, vertical tab or form feed (the rest are needs). */
const ODD_WHITE_SPACE = 512;

/**
 * Needs and scan bits by code unit, all 64K of them: the scan's loop has no branch that
 * only rare text takes (see scanText).
 */
const SCAN_BITS = (() => {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of NOT_PLAIN_NFC_RANGES) table.fill(MAYBE_NOT_NFC, from, to);
  table[0x20] = PLAIN_SPACE;
  table[0x09] = table[0x0b] = table[0x0c] = ODD_WHITE_SPACE;
  table[0x3000] |= ODD_CHARS;
  table[0xfeff] |= ODD_CHARS;
  table[0x0302] |= SHAPE_MARKS;
  table[0x0306] |= SHAPE_MARKS;
  for (const c of [0x0d, 0x2028, 0x2029]) table[c] |= LINE_ENDS;
  for (const c of [0xa0, 0xad, 0xd0, 0xf0, 0x202f, 0x205f, 0x2060]) table[c] |= ODD_CHARS;
  for (let c = 0x2000; c <= 0x200f; c++) table[c] |= ODD_CHARS;
  for (let c = 0; c < CLASSED_BELOW; c++) if (CHAR_CLASS[c] & (IS_LETTER | IS_MARK)) table[c] |= IN_WORD;
  for (const c of 'oOuU') table[c.charCodeAt(0)] |= TONE_PAIR_FIRST;
  for (const c of TONED_VOWELS) table[c.charCodeAt(0)] |= TONE_PAIR_SECOND;
  for (const c of SENTENCE_MARKS + OTHER_QUOTE_MARKS) table[c.charCodeAt(0)] |= SEGMENT_MARK;
  return table;
})();
const NEEDS_MASK = LINE_ENDS | SHAPE_MARKS | ODD_CHARS | MAYBE_NOT_NFC;

/**
 * Whether text[at - 2, at) is an "o" or "u" and a toned "a", "e" or "y": a pair whose tone
 * matchKey may move when no letter follows it, as at the end of a slice of the text.
 */
export function endsWithTonePair(text: string, at: number): boolean {
  return at >= 2 && (SCAN_BITS[text.charCodeAt(at - 2)] & TONE_PAIR_FIRST) !== 0 && (SCAN_BITS[text.charCodeAt(at - 1)] & TONE_PAIR_SECOND) !== 0;
}

/** What one pass over a text found. */
export interface TextScan {
  /** What cleanText must do: 0 when the text is clean as it is (and plain NFC). */
  needs: number;
  /** Runs of letters and combining marks: the words the language check counts. */
  words: number;
  /**
   * Offsets of each "o" or "u" before a toned "a", "e" or "y", in order: where `matchKey` may
   * move a tone (see keyOfScanned).
   */
  tonePairs: number[];
  /**
   * Offsets of the characters of SENTENCE_MARKS and OTHER_QUOTE_MARKS, in order: the
   * segmentation jumps from one to the next rather than reading every character again.
   */
  marks: number[];
  /** No white space but line feeds and single plain spaces: every trimmed line is squashed. */
  singleSpaced: boolean;
}

/**
 * Where scanText collects offsets before copying them out (a growing array: see there): a
 * mark at i as i, a tone pair at i - 1 as -i.
 */
const found: number[] = [];

/**
 * One pass over `text` for what the parse phase asks of every character: whether it needs
 * cleaning, how many words it holds, whether its match key can differ from it, where
 * sentence splitting has something to look at.
 *
 * Reading the characters bounds the loop: the work on each is nearly free. It has no path
 * that only rare text takes (no range test, no allocation, no store that only some texts
 * make): V8 would throw its compiled code away the first time one was taken, and run this
 * loop in slower on-stack-replacement code from then on.
 */
export function scanText(text: string): TextScan {
  const offsets = found;
  let bits = 0;
  let words = 0;
  let previous = 0;
  let doubleSpaces = 0;
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    const k = SCAN_BITS[text.charCodeAt(i)];
    bits |= k;
    doubleSpaces |= previous & k & PLAIN_SPACE;
    // Branch-free: a word starts where a word character follows another character.
    words += k & ~previous & IN_WORD;
    // A tone pair ends here (0 or 1), and the offset to keep: i, or -i for a pair.
    const pair = ((previous << 1) & k & TONE_PAIR_SECOND) >> 6;
    const offset = i - 2 * i * pair;
    pairs += pair;
    // One store for both, so that it is in use (compiled for) whichever comes first.
    if ((k & SEGMENT_MARK) | pair) offsets.push(offset);
    previous = k;
  }
  // After the loop, one call whatever the text held: the branches are in there.
  return scanned(bits, words, doubleSpaces, offsets, pairs);
}

// V8 compiles scanText while the first long text is still being read, before the code after
// the loop has ever run; compiled without type feedback for that code, it deoptimises at
// the end of every later call. A few short scans at load give every path its feedback.
for (let n = 0; n < 12; n++) scanText('Hoà bình. “Thuỷ” (x)!');

/**
 * What scanText's loop found, as TextScan; empties `offsets` for the next scan. With no
 * tone pair among them (`pairs`), the offsets are the marks, copied at once: a line of a
 * million marks spent a tenth of a second pushing them one by one.
 */
function scanned(bits: number, words: number, doubleSpaces: number, offsets: number[], pairs: number): TextScan {
  const marks: number[] = pairs === 0 ? offsets.slice() : [];
  const tonePairs: number[] = [];
  if (pairs !== 0) {
    for (const offset of offsets) {
      if (offset >= 0) marks.push(offset);
      else tonePairs.push(-offset - 1);
    }
  }
  // Emptied here, not before the loop: nothing but plain variables before it (V8 compiles a
  // first, long call's loop before the code ahead of it has told it anything).
  offsets.length = 0;
  const spaceRuns = doubleSpaces !== 0 || (bits & ODD_WHITE_SPACE) !== 0 ? SPACE_RUNS : 0;
  const singleSpaced = (bits & NEEDS_MASK) === 0 && spaceRuns === 0;
  return { needs: (bits & NEEDS_MASK) | spaceRuns, words: words / IN_WORD, tonePairs, marks, singleSpaced };
}

/**
 * NFC, `\n` line ends, no zero-width characters, plain spaces, one space between words.
 * An "Ð" (U+00D0, eth) typed for "Đ" stays as the article spells it: the match key reads it as "Đ".
 */
export function cleanText(raw: string): string {
  return cleanFor(raw, scanText(raw).needs);
}

/**
 * White space between two words that is not one plain space: a run of spaces (typed, or
 * left by a web page's `&nbsp; `), or tabs. Articles hold such runs here and there, and
 * every rule reads "ông  Nguyễn Văn A" as it reads "ông Nguyễn Văn A" once it is one space.
 * Indentation and line ends are left as they are (Markdown reads them): `oneSpace` looks at
 * the characters around a run. (Led by the run's own characters, the pattern is tried only
 * at spaces and tabs; a lookbehind first made it three times as slow.)
 */
const SPACE_RUN = / [ \t\v\f]+|[\t\v\f][ \t\v\f]*/g;

function oneSpace(run: string, at: number, text: string): string {
  const end = at + run.length;
  return at > 0 && end < text.length && !isSpace(text.charCodeAt(at - 1)) && !isSpace(text.charCodeAt(end)) ? ' ' : run;
}

/** cleanText, given the text's needs as `scanText` found them. */
export function cleanFor(raw: string, needs: number): string {
  if (!needs) return raw;
  let text = needs & LINE_ENDS ? raw.replace(/\r\n?|[\u2028\u2029]/g, '\n') : raw;
  // NFC(NFD(x)) is NFC(x): decompose first only for the swap, which needs a combining
  // circumflex or breve written as such (no precomposed letter decomposes to tone + shape).
  if (needs & SHAPE_MARKS) text = text.normalize('NFD').replace(TONE_BEFORE_SHAPE, '$2$1');
  if (needs & MAYBE_NOT_NFC) text = text.normalize('NFC');
  if (needs & ODD_CHARS) {
    text = text
      .replace(INVISIBLE, '')
      .replace(ODD_SPACES, ' ');
  }
  // Last: odd spaces made plain, or an invisible character taken out, may leave a run.
  return needs & (SPACE_RUNS | ODD_CHARS) ? text.replace(SPACE_RUN, oneSpace) : text;
}

// Every character involved is in the BMP: no `u` flag (which only slows the scan down).
const TONED_SECOND = new RegExp(String.raw`[oOuU][${TONED_VOWELS}](?![${LETTER}${MARK}])`, 'g');
const PAIRS: Record<string, string> = { o: 'aeAE', O: 'aeAE', u: 'yY', U: 'yY' };

function moveTone(first: string, second: string): string {
  const d = second.normalize('NFD');
  const base = d[0];
  const tone = d.slice(1);
  if (!PAIRS[first]?.includes(base)) return first + second;
  return (first + tone).normalize('NFC') + base;
}

/** The pairs TONED_SECOND matched so far → their replacements (sixty at most). */
const MOVED = new Map<string, string>();

function moved(pair: string): string {
  let replacement = MOVED.get(pair);
  if (replacement === undefined) MOVED.set(pair, (replacement = moveTone(pair[0], pair[1])));
  return replacement;
}

/** "Ð" and "ð" (eth), which some outlets type for "Đ" and "đ": the key reads them as those. */
const ETH = /[\u00d0\u00f0]/;
const ETHS = /[\u00d0\u00f0]/g;

/** Same length as the input (NFC text assumed), for matching only: never shown to users. */
export function matchKey(text: string): string {
  const key = text.replace(TONED_SECOND, moved);
  return ETH.test(key) ? key.replace(ETHS, (c) => (c === '\u00d0' ? 'Đ' : 'đ')) : key;
}

const isLetterOrMark = (c: number) => c < CLASSED_BELOW && (CHAR_CLASS[c] & (IS_LETTER | IS_MARK)) !== 0;

/**
 * `matchKey(text)`, given the pairs scanText found in it, for a text the scan found clean
 * (`needs` 0: so no eth, which is a need): no scan of the text. Joined from
 * its pieces, not concatenated: a concatenated string stays a tree of pieces in V8, and
 * every character read from the key afterwards goes through it.
 */
export function keyOfScanned(text: string, tonePairs: readonly number[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const at of tonePairs) {
    // TONED_SECOND's lookahead: the pair ends the syllable. (Pairs never overlap: their
    // second letter is no "o" or "u".)
    if (isLetterOrMark(text.charCodeAt(at + 2))) continue;
    pieces.push(text.slice(from, at), moved(text.slice(at, at + 2)));
    from = at + 2;
  }
  if (from === 0) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
}


/** The code units that `\s` matches. */
const SPACE_CODES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let c = 0x2000; c <= 0x200a; c++) SPACE_CODES.push(c);
/** 1 for the code units that `\s` matches, all 64K of them (a look-up with no range test). */
const SPACES = new Uint8Array(0x10000);
/** 1 for a plain space, 3 for other white space, 0 for the rest (for isSquashed). */
const SPACE_KINDS = new Uint8Array(0x10000);
for (const c of SPACE_CODES) {
  SPACES[c] = 1;
  SPACE_KINDS[c] = c === 0x20 ? 1 : 3;
}

/** 1 when the code unit is one that `\s` matches, else 0. */
const space = (c: number) => SPACES[c];

/** Whether the code unit is one that `\s` matches. */
export function isSpace(c: number): boolean {
  return space(c) === 1;
}

/**
 * The word right before `at` in `text`, past one run of white space, not reaching before
 * `from`: [start, end), its characters those `inWord` accepts (letters and digits unless
 * told); null when no space or no such character stands there.
 */
export function wordBefore(text: string, from: number, at: number, inWord: (code: number) => boolean = isLetterOrDigitCode): [number, number] | null {
  let end = at;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return null;
  let start = end;
  while (start > from && inWord(text.charCodeAt(start - 1))) start--;
  return start < end ? [start, end] : null;
}

/** `word` with its first letter upper-cased, as a sentence opens with it ("ông" → "Ông"). */
export const upperFirst = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The word right before `at` (one run of spaces between, not reaching before `from`) opens with a capital. */
export function afterCapitalisedWord(text: string, from: number, at: number): boolean {
  const word = wordBefore(text, from, at);
  return word !== null && isUpperCode(text.charCodeAt(word[0]));
}

/** Whether `squash` would return the text as it is: trimmed, no whitespace but single spaces. */
function isSquashed(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return true;
  if (space(text.charCodeAt(0)) || space(text.charCodeAt(last))) return false;
  // Branch-free: white space other than a plain space, or after white space, spoils it.
  let spoilt = 0;
  let previous = 0;
  for (let i = 1; i < last; i++) {
    const kind = SPACE_KINDS[text.charCodeAt(i)];
    spoilt |= (kind >> 1) | (kind & previous);
    previous = kind & 1;
  }
  return spoilt === 0;
}

/**
 * What `squash` replaces: runs of two or more white-space characters, and one that is not a
 * plain space. A lone plain space is left alone: on a long text of many words, replacing
 * every space with itself was most of the work.
 */
const SPOILT_SPACES = /\s{2,}|[^\S ]/g;

/** Collapse runs of whitespace and trim. Most texts are squashed already: they are checked first. */
export function squash(text: string): string {
  return isSquashed(text) ? text : text.replace(SPOILT_SPACES, ' ').trim();
}

/**
 * Where `cleaned` lies in `text` from `from`: `cleaned` is that text with its leading white
 * space trimmed and its runs of white space squashed (and maybe cut short at the end). A
 * value's evidence then covers the text as written: "Nhà Văn  hoá" is one character longer
 * than its squashed value.
 */
export function squashedSpan(text: string, from: number, cleaned: string): { start: number; end: number } {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const start = at;
  for (let i = 0; i < cleaned.length && at < text.length; i++) {
    if (!isSpace(cleaned.charCodeAt(i))) at++;
    else while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  }
  return { start, end: at };
}

/**
 * Number of runs of non-whitespace in `text` (what `text.match(/\S+/g).length` counts),
 * counted no further than `limit` + 1: enough to compare with a threshold of `limit`.
 */
export function countWords(text: string, limit = Infinity): number {
  let words = 0;
  let previous = 1;
  for (let i = 0; i < text.length; i++) {
    const s = SPACES[text.charCodeAt(i)];
    // Branch-free: a word starts where other text follows white space.
    words += previous & (s ^ 1);
    if (words > limit) break;
    previous = s;
  }
  return words;
}

/**
 * The letter an abbreviation spells a word with: its first letter's base, lower case ("Ủy"
 * and "U" give "u"), "đ" read as "d" (acronyms write "GD&ĐT" and "GD&DT" alike).
 */
export function baseInitial(word: string): string {
  const c = word.normalize('NFD').charAt(0).toLowerCase();
  return c === 'đ' ? 'd' : c;
}

/** The letters of an acronym ("GD&ĐT", "KH-CN", "TP.HCM"), each its baseInitial, its joiners left out. */
export function acronymLetters(acronym: string): string[] {
  const out: string[] = [];
  for (const c of acronym) if (c !== '.' && c !== '&' && c !== '-' && c !== '–') out.push(baseInitial(c));
  return out;
}

/**
 * "XX", "IV", "XIV": a Roman number up to 399, well formed (a numbered unit, term or region);
 * "VCCI", of the same letters, is an acronym.
 */
export const isRomanNumeral = (text: string): boolean => text.length > 0 && /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(text);
