import { LETTER, MARK } from './chars.js';
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

/** NFC, `\n` line ends, no zero-width characters, plain spaces, "Ð" (U+00D0) read as "Đ". */
export function cleanText(raw: string): string {
  let text = raw.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  if (/[\u0300-\u036f]/.test(text)) text = text.normalize('NFD').replace(TONE_BEFORE_SHAPE, '$2$1');
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ');
}

// Syllable-final "oa", "oe", "uy": the old style puts the tone on the second vowel (hoà,
// thuỷ), the new style on the first (hòa, thủy). The key always uses the first.
const TONED_SECOND = new RegExp(String.raw`([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![${LETTER}${MARK}])`, 'gu');
const PAIRS: Record<string, string> = { o: 'aeAE', O: 'aeAE', u: 'yY', U: 'yY' };

function moveTone(first: string, second: string): string {
  const d = second.normalize('NFD');
  const base = d[0];
  const tone = d.slice(1);
  if (!PAIRS[first]?.includes(base)) return first + second;
  return (first + tone).normalize('NFC') + base;
}

/** Same length as the input (NFC text assumed), for matching only: never shown to users. */
export function matchKey(text: string): string {
  return text.replace(TONED_SECOND, (_m, a: string, b: string) => moveTone(a, b));
}

/** Collapse runs of whitespace and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
