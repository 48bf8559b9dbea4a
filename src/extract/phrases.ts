/**
 * The person and organisation lexicons compiled once into token phrase sets (see
 * phrase-sets.ts). Entries written capitalised only match capitalised text; sets marked
 * `anyCase` match whatever the case.
 */
import { ACADEMIC_TITLES, HONORIFICS, NAME_CUES, PLURAL_MARKERS, RANKS } from '../lexicon/vi/honorifics.js';
import { PLACE_NAMES, PLACE_WORDS } from '../lexicon/vi/names.js';
import { ADMIN_UNITS, LOWER_CASE_HEADS, NAMESAKE_WORDS, NOT_ORGANIZATIONS, ORGANIZATION_HEADS, STANDALONE_HEADS } from '../lexicon/vi/organizations.js';
import {
  COOPERATION_LINKS, COORGANIZER_LINKS, EVENT_NOUNS, MEMBERS_MARKS, ORGANIZATION_CLASS_NOUNS, ORGANIZED_BY, ORGANIZING_ADVERBS, ORGANIZING_VERBS, NOT_ORGANIZING_VERBS, OBJECT_MARKS, PARTNER_LINKS, PARTNER_MARKS, PARTNER_VERBS, SIGNING_VERBS,
  SPONSORING_VERBS,
} from '../lexicon/vi/organizing.js';
import { BREAKER_COMPOUNDS, HISTORICAL_TITLES, NOT_ROLE_BREAKERS, POSITION_MODIFIERS, POSITIONS, ROLE_BREAKERS, ROLE_LINKS, STAND_IN_POSITIONS } from '../lexicon/vi/titles.js';
import { EVENT_HEADS } from '../lexicon/vi/events.js';
import { KeyPhrases, PhraseSet } from './phrase-sets.js';
import { SecondSyllables } from './compounds.js';
import { UNIT_COMPOUNDS } from '../lexicon/vi/places.js';
import type { Token } from './tokens.js';
import { upperFirst } from '../core/text.js';

export const POSITION_SET = new PhraseSet(POSITIONS);
export const MODIFIER_SET = new PhraseSet(POSITION_MODIFIERS);
/** Ranks and the titles of history and legend: written before a name, kept in the role, for people only (see HISTORICAL_TITLES). */
export const RANK_SET = new PhraseSet([...RANKS, ...HISTORICAL_TITLES]);
export const ACADEMIC_SET = new PhraseSet(ACADEMIC_TITLES);
export const HONORIFIC_SET = new PhraseSet(HONORIFICS, true);
export const NAME_CUE_SET = new PhraseSet(NAME_CUES);
export const STAND_IN_SET = new PhraseSet(STAND_IN_POSITIONS);
export const PLURAL_SET = new PhraseSet(PLURAL_MARKERS, true);
export const ORG_HEAD_SET = new PhraseSet(ORGANIZATION_HEADS);
export const LOWER_CASE_HEAD_SET = new PhraseSet(LOWER_CASE_HEADS, true);
export const STANDALONE_HEAD_SET = new PhraseSet(STANDALONE_HEADS, true);
/** Event heads that open with an organisation's head ("Hội thao", "Hội trại"): an event, never a body. */
const ORGANIZATION_HEAD_NAMES = new Set(ORGANIZATION_HEADS);
const EVENT_HEADS_LIKE_ORGANIZATIONS = EVENT_HEADS.filter((head) => {
  const first = head.split(' ', 1)[0];
  return ORGANIZATION_HEAD_NAMES.has(upperFirst(first));
});
export const NOT_ORGANIZATION_SET = new PhraseSet([...NOT_ORGANIZATIONS, ...EVENT_HEADS_LIKE_ORGANIZATIONS], true);
export const NAMESAKE_SET = new PhraseSet(NAMESAKE_WORDS);
export const ADMIN_UNIT_SET = new PhraseSet(ADMIN_UNITS, true);
/** "nông thôn": a unit word closing a common word is no unit. */
export const UNIT_IN_COMPOUND = new SecondSyllables(UNIT_COMPOUNDS);
export const BREAKER_SET = new PhraseSet(ROLE_BREAKERS, true, NOT_ROLE_BREAKERS);
/** "Đài Tiếng nói Việt Nam": a breaker closing a noun (BREAKER_COMPOUNDS) breaks no name and says nothing. */
export const BREAKER_IN_COMPOUND = new SecondSyllables(BREAKER_COMPOUNDS);
export const ROLE_LINK_SET = new PhraseSet(ROLE_LINKS, true);
export const PLACE_NAME_SET = new PhraseSet(PLACE_NAMES);
export const PLACE_WORD_SET = new PhraseSet(PLACE_WORDS, true);
export const ORGANIZING_VERB_SET = new PhraseSet(ORGANIZING_VERBS, true, NOT_ORGANIZING_VERBS);
export const COORGANIZER_LINK_SET = new PhraseSet(COORGANIZER_LINKS, true);
export const ORGANIZING_ADVERB_SET = new PhraseSet(ORGANIZING_ADVERBS, true);
export const SIGNING_VERB_SET = new PhraseSet(SIGNING_VERBS, true);

/** Where the organising adverbs at `j` end ("đã long trọng tổ chức"), past at most `most` of them. */
export function skipOrganizingAdverbs(tokens: readonly Token[], j: number, most = Infinity): number {
  for (let count = 0, n = ORGANIZING_ADVERB_SET.match(tokens, j); n && count < most; count++, n = ORGANIZING_ADVERB_SET.match(tokens, j)) j += n;
  return j;
}
export const ORGANIZED_BY_SET = new PhraseSet(ORGANIZED_BY, true);
export const EVENT_NOUN_SET = new PhraseSet(EVENT_NOUNS, true);
export const PARTNER_LINK_SET = new PhraseSet(PARTNER_LINKS, true);
export const PARTNER_MARK_SET = new PhraseSet(PARTNER_MARKS, true);
export const PARTNER_VERB_SET = new PhraseSet(PARTNER_VERBS, true);
export const OBJECT_MARK_SET = new PhraseSet(OBJECT_MARKS, true);
export const ORGANIZATION_CLASS_NOUN_SET = new PhraseSet(ORGANIZATION_CLASS_NOUNS);

/** The sponsoring verbs ("tài trợ"): a KeyPhrases set, as the phrase sets' token bits are all in use. */
export const SPONSORING_VERB_PHRASES = new KeyPhrases(SPONSORING_VERBS);
/** Links that say two bodies work together ("phối hợp với"), read by the organiser rules. */
export const COOPERATION_LINK_PHRASES = new KeyPhrases(COOPERATION_LINKS);
/** "gồm", "bao gồm": the members of a body, or the people of a list, follow. */
export const MEMBERS_MARK_PHRASES = new KeyPhrases(MEMBERS_MARKS);
