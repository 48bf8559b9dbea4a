/**
 * Punctuation inside an event name that does not end it: a spaced dash between the halves
 * of a paired field ("thành tựu kinh tế - xã hội") and the commas of a capitalised list
 * ("Diễn đàn về Giống cây, Thủy lợi, Phân bón và Thị trường (…)").
 */
import { lexiconPattern, alternation } from '../lexicon/compile.js';
import { DASH_PAIR_SECOND_HALVES } from '../lexicon/vi/events.js';
import { DASH, DIGIT, isLetterCode, isUpperCode, LETTER } from '../core/chars.js';
import { isSpace } from '../core/text.js';

const DASH_PAIR = lexiconPattern(`^[${DASH}]\\s+${alternation(DASH_PAIR_SECOND_HALVES)}(?![${LETTER}${DIGIT}])`);

/** The spaced dash at `at` (in the match key) joins two halves of a paired field. */
export const dashJoinsPair = (key: string, at: number): boolean => DASH_PAIR.test(key.slice(at, at + 24));

/** Most words of one item of a capitalised list, and most items. */
const ITEM_WORDS = 4;
/** Longest word looked up among the tail words (longer ones are not sliced out to be asked). */
const MAX_TAIL_WORD = 10;
const MAX_ITEMS = 8;

/** End of the word at `p` (letters), or `p`. */
function wordEnd(text: string, p: number): number {
  while (p < text.length && isLetterCode(text.charCodeAt(p))) p++;
  return p;
}

/** Skip spaces from `p`. */
function skipSpaces(text: string, p: number): number {
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/**
 * Read one item of a list from `p`: a capitalised word and at most a few more words. Returns
 * the item's end and what follows it: a comma, "và", or anything else.
 */
function readItem(text: string, p: number, tailWords?: ReadonlySet<string>): { end: number; next: 'comma' | 'and' | 'other' } | null {
  if (!isUpperCode(text.charCodeAt(p))) return null;
  let end = wordEnd(text, p);
  for (let words = 1; ; words++) {
    const q = skipSpaces(text, end);
    if (text[q] === ',') return { end, next: 'comma' };
    const w = wordEnd(text, q);
    if (w === q) return { end, next: 'other' };
    if (w - q === 2 && text.charCodeAt(q) === 0x76 && text.charCodeAt(q + 1) === 0xe0) return { end: w, next: 'and' };
    if (tailWords && w - q <= MAX_TAIL_WORD && tailWords.has(text.slice(q, w).toLowerCase())) return { end, next: 'other' };
    if (words === ITEM_WORDS) return null;
    end = w;
  }
}

/** One of the last few words before `at` is capitalised: the item before the comma opens with a capital. */
function capitalBefore(text: string, at: number): boolean {
  let p = at;
  for (let words = 0; words < ITEM_WORDS; words++) {
    while (p > 0 && text[p - 1] === ' ') p--;
    const end = p;
    while (p > 0 && isLetterCode(text.charCodeAt(p - 1))) p--;
    if (p === end) return false;
    if (isUpperCode(text.charCodeAt(p))) return true;
  }
  return false;
}

/**
 * The comma at `at` (in the text) separates the items of a capitalised list that closes with
 * "và <Item>" and then the name's end (a bracket, a full stop, a comma or the line's end, or
 * one of `tailWords`):
 * "… về Giống cây, Thủy lợi, Phân bón và Thị trường (AGRIF)". Bounded: a few short items.
 */
export function commaInCapitalisedList(text: string, at: number, tailWords?: ReadonlySet<string>): boolean {
  if (!capitalBefore(text, at)) return false;
  let p = at;
  for (let items = 0; items < MAX_ITEMS; items++) {
    const item = readItem(text, skipSpaces(text, p + 1), tailWords);
    if (!item) return false;
    if (item.next === 'and') {
      const last = readItem(text, skipSpaces(text, item.end), tailWords);
      if (!last || last.next === 'and') return false;
      const after = skipSpaces(text, last.end);
      if (after >= text.length || '(.,;\n'.includes(text[after])) return true;
      // A place's name may go on with its unit ("… và Truyền thanh huyện X").
      const tailEnd = wordEnd(text, after);
      return !!tailWords && tailEnd - after <= MAX_TAIL_WORD && tailWords.has(text.slice(after, tailEnd).toLowerCase());
    }
    if (item.next !== 'comma') return false;
    p = skipSpaces(text, item.end);
  }
  return false;
}
