/** Abbreviations in organisation names and roles expanded (UBND → Ủy ban nhân dân). */
import { EXPANSIONS } from '../../lexicon/vi/abbreviations.js';
import { DIGIT, LETTER, MARK } from '../../core/chars.js';
import { firstCharGuard } from '../../lexicon/compile.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TABLE = new Map(EXPANSIONS.map(([abbr, full]) => [abbr, full]));
// The guard (a lookahead for the first characters) lets the engine pass over other
// positions without trying the lookbehind and the alternation.
const ABBREVIATION = new RegExp(
  `${firstCharGuard([...TABLE.keys()])}(?<![${LETTER}${MARK}${DIGIT}&])(?:${[...TABLE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![${LETTER}${MARK}${DIGIT}&])`,
  'gu',
);

/** `text` with every known abbreviation replaced by its expansion (case as listed). */
export function expandAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (abbr) => TABLE.get(abbr) ?? abbr);
}

/** The expansion of `name`, or null when it holds no known abbreviation. */
export function expandedName(name: string): string | null {
  const expanded = expandAbbreviations(name);
  return expanded === name ? null : expanded;
}
