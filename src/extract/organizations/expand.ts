/** Abbreviations in organisation names and roles expanded (UBND → Ủy ban nhân dân). */
import { EXPANSIONS } from '../../lexicon/vi/abbreviations.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TABLE = new Map(EXPANSIONS.map(([abbr, full]) => [abbr, full]));
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}&])(?:${[...TABLE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{M}\\p{N}&])`,
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
