/** Abbreviations in organisation names and roles expanded (UBND → Ủy ban nhân dân). */
import { EXPANSIONS } from '../../lexicon/vi/abbreviations.js';
import { DIGIT, LETTER, MARK } from '../../core/chars.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TABLE = new Map(EXPANSIONS.map(([abbr, full]) => [abbr, full]));
const ABBREVIATION = new RegExp(
  `(?<![${LETTER}${MARK}${DIGIT}&])(?:${[...TABLE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![${LETTER}${MARK}${DIGIT}&])`,
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
