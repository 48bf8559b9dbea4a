/**
 * event.location from the tag that opens a local report's headline ("Dầu Tiếng: Tổ chức Hội
 * thi …"): the place the report is set in, when the body names it with its unit.
 */
import type { Span, VnDocument } from '../core/document.js';
import { keySet } from '../lexicon/compile.js';
import { ADMIN_UNITS } from '../lexicon/vi/places.js';
import { squash, wordBefore } from '../core/text.js';
import { isLetterOrDigitCode, isUpperCode } from '../core/chars.js';

/** Most words of a place the headline's tag names ("Dầu Tiếng: …"). */
const MAX_TAG_WORDS = 4;
/** Most words of an administrative unit ("thành phố"). */
const MAX_UNIT_WORDS = 2;
const ADMIN_KEYS = keySet(ADMIN_UNITS);

/** Every word of the tag opens with a capital and is no acronym ("Dầu Tiếng", not "VIDEO"). */
const namesPlace = (words: readonly string[]) =>
  words.length <= MAX_TAG_WORDS && words.every((w) => isUpperCode(w.charCodeAt(0)) && !isUpperCode(w.charCodeAt(w.length - 1)));

/** Where the colon after the headline's place tag stands ("Dầu Tiếng: …"), or -1 when it has none. */
export function placeTagColon(doc: VnDocument, headline: Span): number {
  const colon = doc.text.indexOf(':', headline.start);
  if (colon < 0 || colon >= headline.end) return -1;
  const tag = squash(doc.text.slice(headline.start, colon));
  return tag && namesPlace(tag.split(' ')) ? colon : -1;
}

/**
 * The headline's tag with the unit the body names it with ("(huyện Dầu Tiếng)"): the unit
 * and the name, as the body writes them. A tag the body never names so (an outlet's, a
 * topic's) gives none.
 */
export function headlineTagPlace(doc: VnDocument, headline: Span): { text: string; start: number; end: number; rule: string } | null {
  const colon = placeTagColon(doc, headline);
  if (colon < 0) return null;
  const tag = squash(doc.text.slice(headline.start, colon));
  for (let at = doc.text.indexOf(tag, doc.bodyStart); at >= 0; at = doc.text.indexOf(tag, at + tag.length)) {
    const end = at + tag.length;
    if (end < doc.text.length && isLetterOrDigitCode(doc.text.charCodeAt(end))) continue;
    // The words before it, nearest first; the longest unit wins ("thành phố", not "phố").
    const starts: number[] = [];
    for (let from = at; starts.length < MAX_UNIT_WORDS; ) {
      const word = wordBefore(doc.key, doc.bodyStart, from);
      if (!word) break;
      starts.push((from = word[0]));
    }
    for (let n = starts.length - 1; n >= 0; n--) {
      const from = starts[n];
      if (ADMIN_KEYS.has(squash(doc.key.slice(from, at)).toLowerCase())) return { text: doc.text.slice(from, end), start: from, end, rule: 'event.location-headline-tag' };
    }
  }
  return null;
}
