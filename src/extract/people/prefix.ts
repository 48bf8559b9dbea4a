/**
 * What stands before a name and is not its role: a plural marker ("các ông"), forms of
 * address ("ông", "đồng chí") and academic or artistic prefixes ("PGS.TS.", "GS. TS",
 * "Giáo sư, Tiến sĩ", "NSƯT"), with the stops and colons writers put after them, or a cue
 * that is neither ("tác giả A").
 */
import { ACADEMIC_SET, HONORIFIC_SET, MEMBERS_MARK_PHRASES, NAME_CUE_SET, ORG_HEAD_SET, PLURAL_SET, RANK_SET } from '../phrases.js';
import type { Token } from '../tokens.js';
import { KeyPhrases } from '../phrase-sets.js';
import { ACADEMIC_TITLES, KIN_COMPOUNDS, MONASTIC_ABBREVIATIONS, TITLE_COMPOUNDS } from '../../lexicon/vi/honorifics.js';
import { SecondSyllables } from '../compounds.js';
import { isSurname } from './names.js';
import { MONASTIC_FAMILY_NAME } from '../../lexicon/vi/names.js';
import { classAt, IS_LETTER } from '../../core/chars.js';

const isLetter = (c: string) => (classAt(c, 0) & IS_LETTER) !== 0;

export type TokenRange = [number, number];

export interface Prefix {
  /** Where the name (or the role) starts. */
  end: number;
  honorific: TokenRange | null;
  academic: TokenRange | null;
  plural: boolean;
}

const glued = (tokens: readonly Token[], j: number) => tokens[j].start === tokens[j - 1].end;

/** Phrase sets a prefix starts in: a word that starts none opens no prefix. */
const PREFIX_BITS = NAME_CUE_SET.bit | PLURAL_SET.bit | HONORIFIC_SET.bit | ACADEMIC_SET.bit;

/** Nothing before the name at `i`. */
export const noPrefix = (i: number): Prefix => ({ end: i, honorific: null, academic: null, plural: false });

/** Academic prefixes of one word, as written ("GS", "TS", "NGƯT"): the links of a glued chain. */
const ACADEMIC_WORDS = new Set(ACADEMIC_TITLES.filter((entry) => [...entry].every(isLetter)));

/**
 * A word of academic prefixes glued by stops that is no entry itself ("GS.TS.NGƯT",
 * "TS.BS", "PGS.TS.BS"): every link is one.
 */
export function isAcademicChain(t: Token | undefined): boolean {
  if (!t?.word || !t.cap || !t.text.includes('.')) return false;
  const links = t.text.split('.');
  return links.length > 1 && links.every((link) => ACADEMIC_WORDS.has(link));
}

const MONASTIC_ABBREVIATION_KEYS = new Set(MONASTIC_ABBREVIATIONS);

/** A monk's rank abbreviated at `j` ("TT", "HT") right before "Thích" (MONASTIC_FAMILY_NAME), a stop between or not. */
export function monasticAbbreviation(tokens: readonly Token[], j: number): boolean {
  if (!tokens[j] || !MONASTIC_ABBREVIATION_KEYS.has(tokens[j].text)) return false;
  const next = tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
  return tokens[next]?.text === MONASTIC_FAMILY_NAME;
}

/** Kin nouns by their second word, a form of address ("cháu" of "con cháu"). */
const KIN_NOUNS = new SecondSyllables(KIN_COMPOUNDS);

/**
 * The form of address at `j` closes a kin noun with the word before it, one space apart
 * ("con cháu"): looked up by its own key first, no key of two words made.
 */
const closesKinNoun = (tokens: readonly Token[], j: number) => KIN_NOUNS.closesToken(tokens, j) && tokens[j - 1].end + 1 === tokens[j].start;

const TITLE_COMPOUND = new KeyPhrases(TITLE_COMPOUNDS);

/** The tokens of a noun a title opens at `i` that names no person ("Nhà Văn hóa"): 0 if none. */
export const titleCompoundAt = (tokens: readonly Token[], i: number): number => TITLE_COMPOUND.at(tokens, i);

/** An academic title or a rank longer than `length` tokens opens at `j`. */
const longerTitleAt = (tokens: readonly Token[], j: number, length: number) =>
  ACADEMIC_SET.match(tokens, j) > length || RANK_SET.match(tokens, j) > length;

/** Can a prefix start at token `t` (a cheap test before reading one)? */
const opensPrefix = (tokens: readonly Token[], i: number) => {
  const t = tokens[i];
  return !!t && ((t.starts & PREFIX_BITS) !== 0 || isAcademicChain(t) || monasticAbbreviation(tokens, i));
};

/**
 * "3 Phó Hiệu trưởng gồm: A, B, C": a list's cue of `cue` tokens at `i` (not an author's,
 * "Tác giả: X", a byline), its colon, and a family name after it that no prefix opens.
 */
function listColonAt(tokens: readonly Token[], i: number, cue: number): boolean {
  const first = tokens[i + cue + 1];
  return tokens[i + cue]?.text === ':' && !!first?.cap && isSurname(first) && !opensPrefix(tokens, i + cue + 1) && !ORG_HEAD_SET.has(tokens, i + cue + 1) && MEMBERS_MARK_PHRASES.at(tokens, i) === cue;
}

export function readPrefix(tokens: readonly Token[], i: number): Prefix {
  return prefixAt(tokens, i) ?? noPrefix(i);
}

/** The prefix at `i`, or null when none starts there (most words that may open one do not). */
export function prefixAt(tokens: readonly Token[], i: number): Prefix | null {
  if (!opensPrefix(tokens, i)) return null;
  const cue = NAME_CUE_SET.match(tokens, i);
  if (cue && tokens[i + cue]?.cap) return { end: i + cue, honorific: null, academic: null, plural: false };
  if (cue && listColonAt(tokens, i, cue)) return { end: i + cue + 1, honorific: null, academic: null, plural: false };
  let j = i;
  const plural = PLURAL_SET.match(tokens, j);
  if (plural && HONORIFIC_SET.has(tokens, j + plural)) j += plural;
  let honorific: TokenRange | null = null;
  let academic: TokenRange | null = null;
  for (;;) {
    // (Only a form of address is asked whether it closes a kin noun.)
    const address = academic ? 0 : HONORIFIC_SET.match(tokens, j);
    // "Anh hùng Lao động X", "Anh hùng dân tộc Y": a longer title opening with a form of address is that title.
    const h = address && ((j === i && closesKinNoun(tokens, j)) || longerTitleAt(tokens, j, address)) ? 0 : address;
    if (h) {
      honorific = [honorific?.[0] ?? j, j + h];
      j += h;
      // "ông : Trần Văn A", "Mr. A".
      if (tokens[j]?.text === ':' || (tokens[j]?.text === '.' && glued(tokens, j))) j++;
      continue;
    }
    const a = ACADEMIC_SET.match(tokens, j) || (isAcademicChain(tokens[j]) || monasticAbbreviation(tokens, j) ? 1 : 0);
    if (a && TITLE_COMPOUND.at(tokens, j) > a) break;
    if (a) {
      let e = j + a;
      if (tokens[e]?.text === '.' && glued(tokens, e)) e++;
      academic = [academic?.[0] ?? j, e];
      j = e;
      if (tokens[j]?.text === ',' && ACADEMIC_SET.has(tokens, j + 1)) j++;
      continue;
    }
    break;
  }
  return j > i ? { end: j, honorific, academic, plural: plural > 0 } : null;
}
