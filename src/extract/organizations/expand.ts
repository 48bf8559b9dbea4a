/** Abbreviations in organisation names and roles expanded (UBND → Ủy ban nhân dân). */
import { EXPANSIONS } from '../../lexicon/vi/abbreviations.js';
import { CLASSED_BELOW, isWordCode } from '../../core/chars.js';

const TABLE = new Map(EXPANSIONS.map(([abbr, full]) => [abbr, full]));

/** Abbreviations by their first code unit, longest first (the longest one that fits is taken). */
const BY_FIRST = new Map<number, string[]>();
for (const abbr of [...TABLE.keys()].sort((a, b) => b.length - a.length)) {
  const code = abbr.charCodeAt(0);
  BY_FIRST.set(code, [...(BY_FIRST.get(code) ?? []), abbr]);
}
/** Code units an abbreviation starts with (all are letters, below CLASSED_BELOW). */
const OPENS = new Uint8Array(CLASSED_BELOW);
for (const code of BY_FIRST.keys()) OPENS[code] = 1;
/**
 * The first two code units of each abbreviation, as first << 16 | second: most capitals in
 * a name open a word ("Sở", "Hà") that no abbreviation starts with, and are passed over
 * without trying the list. (An abbreviation of one character would open with any pair.)
 */
const OPENING_PAIRS = new Set<number>();
for (const abbr of TABLE.keys()) {
  if (abbr.length > 1) OPENING_PAIRS.add((abbr.charCodeAt(0) << 16) | abbr.charCodeAt(1));
  else OPENS[abbr.charCodeAt(0)] = 2;
}
const opensPair = (text: string, p: number, code: number) =>
  OPENS[code] === 2 || (p + 1 < text.length && OPENING_PAIRS.has((code << 16) | text.charCodeAt(p + 1)));

/** A character that glues an abbreviation to a longer word ("UBNDs", "GD&ĐT" holds no "GD"). */
const joins = (code: number) => isWordCode(code) || code === 0x26;

/**
 * `text` with every known abbreviation replaced by its expansion (case as listed): a whole
 * word, neither preceded nor followed by a letter, mark, digit or "&". A scan by first
 * character: most names hold no abbreviation, and cost no more than the scan.
 */
export function expandAbbreviations(text: string): string {
  let out = '';
  let copied = 0;
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p);
    if (code >= CLASSED_BELOW || OPENS[code] === 0 || !opensPair(text, p, code)) continue;
    if (p > 0 && joins(text.charCodeAt(p - 1))) continue;
    for (const abbr of BY_FIRST.get(code) as string[]) {
      const end = p + abbr.length;
      if (!text.startsWith(abbr, p)) continue;
      // A dotted abbreviation's stop parts it from a word written on ("TP.HCM"): a space does then.
      const gluedOn = end < text.length && joins(text.charCodeAt(end));
      const dotted = abbr.charCodeAt(abbr.length - 1) === 0x2e;
      if (gluedOn && !dotted) continue;
      out += text.slice(copied, p) + (TABLE.get(abbr) as string) + (gluedOn ? ' ' : '');
      copied = end;
      p = end - 1;
      break;
    }
  }
  return copied > 0 ? out + text.slice(copied) : text;
}

/** The expansion of `name`, or null when it holds no known abbreviation. */
export function expandedName(name: string): string | null {
  const expanded = expandAbbreviations(name);
  return expanded === name ? null : expanded;
}
