/**
 * Text hygiene shared by every phase. `cleanText` fixes what is not spelling (line ends,
 * invisible characters, Unicode form); `matchKey` gives a same-length copy for lexicon
 * matching in which old and new tone-mark placement (hoà / hòa) compare equal.
 */

const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** NFC, `\n` line ends, no zero-width characters, plain spaces, "Ð" (U+00D0) read as "Đ". */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ');
}

// Syllable-final "oa", "oe", "uy": the old style puts the tone on the second vowel (hoà,
// thuỷ), the new style on the first (hòa, thủy). The key always uses the first.
const TONED_SECOND = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
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
