/**
 * One pass over the tokens of a block, reading person mentions in the common orders, most
 * reliable first at each position:
 *   1. honorific (+ academic prefix) + name         "ông Trần Văn A", "PGS.TS. Lê B"
 *      or a foreign name of one word and a post     "Bà Arafa, Trưởng đại diện …"
 *      or a stage name after an artistic title      "NSND Lan Hương"
 *   2. honorific + short name of a known person     "ông A" after "ông Trần Văn A"
 *   3. position chain + name                        "Phó Chủ tịch UBND tỉnh Lê Văn C"
 *   4. bare name + separator + role                 "Trần Văn D, Giám đốc Sở E"
 *   5. bare full name opening a clause + verb       "Lê Thị F phát biểu"
 *      or before a comma and a pupil's class        "Lê Thị G, lớp 9A"
 * then, after the name, a role after a dash/comma/parenthesis, and list continuations
 * ("các ông A, B", "đạo diễn A và B") sharing the role written before the first name.
 */
import type { VnDocument } from '../../core/document.js';
import { isRomanNumeral } from '../../core/text.js';
import {
  hasPersonalMiddleName, isMajorSurname, isPlaceAbbreviationDot, isPlausibleName, isStageName, isSurname, nameRunEnd, isNameSyllable, MAX_NATIVE_SYLLABLES, placeWordBefore,
} from './names.js';
import { PeopleRegistry, runNameKey } from './registry.js';
import {
  ACADEMIC_SET, ADMIN_UNIT_SET, BREAKER_SET, HONORIFIC_SET, MODIFIER_SET, NAME_CUE_SET, NAMESAKE_SET, ORG_HEAD_SET,
  PLACE_NAME_SET as PLACE_SET, PLURAL_SET, POSITION_SET, RANK_SET, STAND_IN_SET,
} from '../phrases.js';
import { isAcademicChain, monasticAbbreviation, noPrefix, prefixAt, readPrefix, titleCompoundAt, type Prefix } from './prefix.js';
import { artistStageName, isDash, matchPosition, readRoleAfter, readRoleToName, setsOffRole } from './roles.js';
import { entryWords, KeyPhrases, phraseWords, WordSet } from '../phrase-sets.js';
import { spanText, type Token } from '../tokens.js';
import { isClosingQuote } from '../organizations/spans.js';
import type { Person } from '../../model/article.js';
import { ACADEMIC_TITLES, CLASS_WORDS, EXEMPLAR_WORDS, HONORIFICS, NAME_ASIDE_CUES, NAME_CUES, PLURAL_MARKERS, RANKS } from '../../lexicon/vi/honorifics.js';
import { ELECTION_PHRASES, ELECTION_PREVERBS, HISTORICAL_TITLES, POSITION_MODIFIERS, POSITIONS, ROLE_COPULAS } from '../../lexicon/vi/titles.js';
import { isUpperCode } from '../../core/chars.js';
import { isVietnameseSyllable } from '../../read/vietnamese.js';

/** A pupil's class after a bare name and its comma ("Lê Văn An, lớp 9A"). */
const CLASS_WORD_SET = new WordSet(CLASS_WORDS);

/** Phrase sets a mention may open with (prefix.ts, matchPosition). */
const OPENERS =
  NAME_CUE_SET.bit | PLURAL_SET.bit | HONORIFIC_SET.bit | ACADEMIC_SET.bit | RANK_SET.bit | MODIFIER_SET.bit | POSITION_SET.bit;

/**
 * First words of the entries a lower-case word may open (see OPENERS): forms of address and
 * plural markers (those sets match in any case), position modifiers (matched ignoring case),
 * and the cue, academic, rank and position entries written in lower case (the others match
 * capitalised text only). A lower-case word outside it opens neither a prefix nor a position:
 * most lower-case words of those sets ("các", "học", "hội") do not, and are passed over.
 */
export const LOWER_CASE_OPENERS = new WordSet(
  [
    ...HONORIFICS, ...PLURAL_MARKERS, ...POSITION_MODIFIERS,
    ...[...NAME_CUES, ...ACADEMIC_TITLES, ...RANKS, ...POSITIONS, ...HISTORICAL_TITLES].filter((entry) => !isUpperCode(entry.charCodeAt(0))),
  ].flatMap((entry) => phraseWords(entry).slice(0, 1)),
);

/** The words of every entry a mention may open with (see OPENERS). */
const OPENER_ENTRY_WORDS = [NAME_CUES, PLURAL_MARKERS, HONORIFICS, ACADEMIC_TITLES, RANKS, POSITION_MODIFIERS, POSITIONS, HISTORICAL_TITLES].flatMap(entryWords);

/** Entries of one word (see OPENER_ENTRY_WORDS): a word that is one may open a mention alone. */
export const ONE_WORD_OPENERS = new WordSet(OPENER_ENTRY_WORDS.filter((words) => words.length === 1).map((words) => words[0]));

/**
 * The second words of the longer entries: a word that starts entries but is none itself
 * opens nothing unless one of these follows (most do not: "học", "Đại", "Giám" followed by
 * anything but the rest of a title). A cheap test before the phrase sets are walked.
 */
export const OPENER_SECOND_WORDS = new WordSet(OPENER_ENTRY_WORDS.filter((words) => words.length > 1).map((words) => words[1]));

/**
 * Whether an entry of the opening sets may match at `i`: the word is an entry, or the next
 * one may be an entry's second word. False rules out a prefix and a position at `i`.
 */
const mayOpen = (tokens: readonly Token[], i: number) =>
  ONE_WORD_OPENERS.has(tokens[i]) || (i + 1 < tokens.length && OPENER_SECOND_WORDS.has(tokens[i + 1]));

/** The text of role tokens [from, to) without the commas it ends with (spaces lie between tokens). */
function roleText(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string {
  while (to > from && !tokens[to - 1].word && tokens[to - 1].text === ',') to--;
  return spanText(doc, tokens, from, to);
}

/** The organisation inside a role: from the first organisation head after its last position. */
function roleOrganization(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string | null {
  let start = -1;
  for (let j = from; j < to; j++) {
    // After a comma a post may be written in lower case ("…, chủ tịch Hội Nông dân tỉnh").
    const p = matchPosition(tokens, j) || (j > from && tokens[j - 1].text === ',' ? matchPosition(tokens, j, true) : 0);
    if (p) {
      j += p - 1;
      start = -1;
    } else if (start < 0 && (ORG_HEAD_SET.has(tokens, j) || (tokens[j].acronym && !ADMIN_UNIT_SET.has(tokens, j) && !isRomanNumeral(tokens[j].text)))) {
      start = j;
      // The head's own words open no post ("Công đoàn Viên chức": no "đoàn viên" there).
      j += Math.max(1, ORG_HEAD_SET.match(tokens, j)) - 1;
    }
  }
  return start >= 0 ? roleText(doc, tokens, start, to) : null;
}

/** Words before a bare full name with an aside in brackets (rule 5f). */
const NAME_ASIDE_CUE = new Set(NAME_ASIDE_CUES);

/** Most items looked back over by closesNamesakeList. */
const MAX_NAMESAKE_ITEMS = 8;

/**
 * The name at `i` closes a list of namesakes after ", " or "và" ("các trường THPT Nguyễn Thị
 * Minh Khai, Mạc Đĩnh Chi, Nguyễn Hữu Tiến sẽ …", "các đường Nguyễn Văn Linh, Trần Hưng
 * Đạo"): the list's first item follows a school type, another namesake word or a place word.
 */
function closesNamesakeList(tokens: readonly Token[], i: number): boolean {
  let k = i;
  for (let items = 0; items < MAX_NAMESAKE_ITEMS; items++) {
    const link = tokens[k - 1];
    if (!link || !(link.text === ',' || (link.word && !link.cap && link.key === 'và'))) return false;
    let start = k - 1;
    while (start > 0 && isNameSyllable(tokens[start - 1])) start--;
    if (start === k - 1) return false;
    if (NAMESAKE_SET.endsBefore(tokens, start) || placeWordBefore(tokens, start)) return true;
    k = start;
  }
  return false;
}

/**
 * After a bare full name ending at `end` (and its aside in brackets: "(6 tuổi, Hậu Giang)"),
 * a comma or semicolon and another bare full name of three or four syllables, a family name
 * first: the second item of a list of people named bare. Not a namesake's after a school
 * type or a place word ("đường Nguyễn Văn Linh, Nguyễn Hữu Thọ"): the list's first item
 * has none of those before it.
 */
function listsBareName(tokens: readonly Token[], end: number): boolean {
  const sep = pastAside(tokens, end);
  if (tokens[sep]?.text !== ',' && tokens[sep]?.text !== ';') return false;
  const next = sep + 1;
  if (next >= tokens.length || !isSurname(tokens[next])) return false;
  const nextEnd = nameRunEnd(tokens, next);
  return nextEnd - next >= 3 && nextEnd - next <= MAX_NATIVE_SYLLABLES && isPlausibleName(tokens, next, nextEnd) && !PLACE_SET.match(tokens, next);
}

/** Fewest letters of a one-word foreign name ("Arafa"; not an initial). */
const MIN_FOREIGN_NAME = 3;

/**
 * One capitalised word at [start, end), then a comma, that spells no Vietnamese syllable
 * ("Arafa", "Smith"): a foreign name, which a Vietnamese name of one syllable never is.
 */
function isForeignSingleName(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start];
  return end - start === 1 && t.cap && !t.acronym && t.text.length >= MIN_FOREIGN_NAME && tokens[end]?.text === ',' && !isVietnameseSyllable(t.text);
}

/** After "(đứng giữa)", "(bìa phải)": a short bracketed remark that is not a role. */
function skipRemark(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(' || readRoleAfter(tokens, i + 1) > i + 1) return i;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) if (tokens[k].text === ')') return k + 1;
  return i;
}

/** `a` and `b` joined by `glue`, either alone when the other is missing or empty, or null. */
function joined(a: string | null, b: string | null, glue: string): string | null {
  if (!a) return b || null;
  return b ? `${a}${glue}${b}` : a;
}

/** A plural marker or a number right before `i` ("các Phó Chủ tịch", "3 Phó chủ tịch"). */
function countedBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i - 1];
  return !!t && (PLURAL_SET.match(tokens, i - 1) === 1 || /^\d{1,2}$/.test(t.text));
}

/**
 * Does the mark at `end`, right after a name, introduce the role written after it? A dash,
 * comma or bracket does ("A – Giám đốc …", "A, Giám đốc …", "A (Giám đốc …)"); a semicolon
 * or colon only before a position that leads to no other name ("ông A; Giám đốc Sở B",
 * "bà C: Chủ tịch Hội D"), not before the next person's title ("ông A; Phó Giám đốc Lê E"),
 * nor after a name whose title came before it (`listed` false): in "Thứ trưởng Lê F; Phó Chủ
 * tịch Hội G Trần H" each title stands before its own name.
 */
function opensRoleAfter(tokens: readonly Token[], end: number, listed = true): boolean {
  const sep = tokens[end];
  if (!sep) return false;
  if (setsOffRole(sep)) return true;
  return listed && (sep.text === ';' || sep.text === ':') && matchPosition(tokens, end + 1, true) > 0 && typeof readRoleToName(tokens, end + 1) === 'number';
}

/** What may follow an affiliation set off by a comma alone: the end of a list item or of the sentence. */
const closesAffiliation = (t: Token | undefined) => !t || t.text === ';' || t.text === '.';

/**
 * Whether [from, to) lists more than one affiliation: an item after a comma opens with
 * somebody ("…, Trường X, cô Lê B, Trường Y."), or "và" with another body ("…, Sở X và
 * Trường Y."): a list of attendees, not where one person works.
 */
function listsMore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k].key === 'và' && ORG_HEAD_SET.has(tokens, k + 1)) return true;
    if (tokens[k].text !== ',') continue;
    const name = k + 1 + (HONORIFIC_SET.match(tokens, k + 1) || ACADEMIC_SET.match(tokens, k + 1));
    if (name > k + 1 || listedNameEnd(tokens, name) >= 0) return true;
  }
  return false;
}

/** The most tokens an item of a plural list may run past its name ("A, lớp 11, Trường THPT X đoạt giải Nhất môn Tin học"). */
const MAX_LIST_ITEM_TOKENS = 40;

/**
 * Where the next item of a plural list opens, reading on from `from` inside an item: after a
 * semicolon (and "và"), or after "và" before a name; -1 where the sentence or the list ends,
 * or where the item names somebody else by address or title ("A, con ông B; …"): that
 * mention comes first, and people are listed in the order they are named.
 */
function nextListItem(tokens: readonly Token[], from: number): number {
  for (let k = from, stop = Math.min(tokens.length, from + MAX_LIST_ITEM_TOKENS); k < stop; k++) {
    const t = tokens[k];
    if (t.word) {
      if (t.key === 'và' && listedNameEnd(tokens, k + 1 + HONORIFIC_SET.match(tokens, k + 1)) >= 0) return k + 1;
      const address = HONORIFIC_SET.match(tokens, k);
      if ((address && listedNameEnd(tokens, k + address) >= 0) || (matchPosition(tokens, k) > 0 && typeof readRoleToName(tokens, k) === 'object')) return -1;
      continue;
    }
    if (t.text === ';') return tokens[k + 1]?.key === 'và' ? k + 2 : k + 1;
    if (ITEM_ENDS.has(t.text) && !isPlaceAbbreviationDot(tokens, k)) return -1;
  }
  return -1;
}

/** Marks that end a list item and the list: the sentence's end, a colon, brackets. */
const ITEM_ENDS = new Set(['.', '!', '?', '…', ':', '(', ')']);

/** A plausible full name that may follow a list separator ("A, B và C"). */
function listedNameEnd(tokens: readonly Token[], i: number): number {
  if (!isNameSyllable(tokens[i]) || PLACE_SET.match(tokens, i) || matchPosition(tokens, i)) return -1;
  const end = nameRunEnd(tokens, i);
  if (end - i > MAX_NATIVE_SYLLABLES || !isPlausibleName(tokens, i, end)) return -1;
  return end;
}

/** Most tokens of a name's aside in brackets ("(sinh hoạt tại Chi bộ Văn phòng HĐND&UBND huyện)"). */
const MAX_ASIDE_TOKENS = 16;

/** The ")" closing the bracket opened at `open`, within MAX_ASIDE_TOKENS and the sentence, or -1. */
function closingBracket(tokens: readonly Token[], open: number): number {
  for (let k = open + 1, stop = Math.min(tokens.length, open + MAX_ASIDE_TOKENS); k < stop; k++) {
    const text = tokens[k].text;
    if (text === ')') return k;
    if (text === '(' || ((text === '.' || text === ';') && !isPlaceAbbreviationDot(tokens, k))) return -1;
  }
  return -1;
}

/** Past a name's aside in brackets opening at `at` ("(thôn Đức Phổ 1)"), or `at` when none opens there. */
function pastAside(tokens: readonly Token[], at: number): number {
  const close = tokens[at]?.text === '(' ? closingBracket(tokens, at) : -1;
  return close > 0 ? close + 1 : at;
}

/** The end of a listed name after ",", "và" or ", và" at `k` (with its own form of address), or -1. */
function listNameAt(tokens: readonly Token[], k: number): number {
  const from = k;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.key === 'và') k++;
  return k === from ? -1 : listedNameEnd(tokens, k + HONORIFIC_SET.match(tokens, k));
}

/** An election verb after a name, and a copula after that verb (see roleAfter). */
const ELECTION = new KeyPhrases(ELECTION_PHRASES);
const ELECTION_PREVERB = new KeyPhrases(ELECTION_PREVERBS);
const COPULA = new KeyPhrases(ROLE_COPULAS);

/** Most words before an election verb ("cũng vừa được bầu"). */
const MAX_ELECTION_PREVERBS = 3;

/** Tokens of an election verb at `k`, with the words before it (ELECTION_PREVERBS); 0 when none stands there. */
function electionAt(tokens: readonly Token[], k: number): number {
  let j = k;
  for (let n = 0, m = ELECTION_PREVERB.at(tokens, j); n < MAX_ELECTION_PREVERBS && m > 0; n++, m = ELECTION_PREVERB.at(tokens, j)) j += m;
  const verb = ELECTION.longestAt(tokens, j);
  return verb ? j + verb - k : 0;
}
const EXEMPLAR = new KeyPhrases(EXEMPLAR_WORDS);

export class MentionReader {
  constructor(
    private readonly doc: VnDocument,
    private readonly registry: PeopleRegistry,
  ) {}

  /**
   * Read all mentions of one block's tokens. Punctuation, and a lower-case word that opens
   * no form of address, prefix or position (LOWER_CASE_OPENERS, mayOpen), start nothing.
   * Most capitalised words open none either: only a name syllable may start a mention then,
   * and only rules 4 and 5 (a bare name) apply; the others go through every rule (readAt).
   */
  read(tokens: readonly Token[]): void {
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      // (An opener that may open nothing here is a name syllable or none, as any other word.)
      if (t.starts & OPENERS && t.word && (t.cap || LOWER_CASE_OPENERS.has(t)) && mayOpen(tokens, i)) i = this.readAt(tokens, i);
      // (An academic chain or a monk's abbreviated rank is capitalised: most words and all
      // punctuation are passed over at once.)
      else if (!t.nameSyllable) i = t.cap && (isAcademicChain(t) || monasticAbbreviation(tokens, i)) ? this.readAt(tokens, i) : i + 1;
      else if (placeWordBefore(tokens, i)) i = nameRunEnd(tokens, i);
      else i = this.readBareName(tokens, i);
    }
  }

  /** Try each rule at `i` (a word that may open a prefix or a position); returns where scanning goes on. */
  private readAt(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    // "đường Nguyễn Trãi", "phố Bà Triệu", "trường Lê Quý Đôn": a place or a thing.
    if (t.cap && placeWordBefore(tokens, i)) return Math.max(nameRunEnd(tokens, i), i + 1);
    // "Nhà Văn hóa Thiếu nhi Ninh Kiều": a culture house, no writer ("Nhà văn") and no post.
    const compound = titleCompoundAt(tokens, i);
    if (compound) return i + compound;
    const prefix = prefixAt(tokens, i);
    const start = prefix ? prefix.end : i;
    // 3. (also after a prefix) a position chain up to a name.
    if (matchPosition(tokens, start)) {
      const found = readRoleToName(tokens, start);
      // 3a. an artist's profession and a stage name ("đạo diễn Hải Ninh", "nhạc sĩ Văn Cao").
      const stage = artistStageName(tokens, start, found);
      if (stage > 0) return this.addFull(tokens, i, prefix ?? noPrefix(i), stage, nameRunEnd(tokens, stage), roleText(this.doc, tokens, start, stage), null, 'people.artist-stage-name');
      if (typeof found === 'number') return Math.max(this.readHolders(tokens, i, start, found, prefix) ?? found, i + 1);
      const role = roleText(this.doc, tokens, start, found.roleEnd);
      const org = roleOrganization(this.doc, tokens, start, found.roleEnd);
      let address = found.prefix ?? prefix ?? noPrefix(i);
      // "Đại tá Hoàng Văn A": the rank is how he is addressed, and stays in the role.
      const rank = RANK_SET.match(tokens, start);
      if (rank && !address.honorific) address = { ...address, honorific: [start, start + rank] };
      // "Đại diện nhà tài trợ, ông A, Giám đốc …": whom he stands for gives way to his own post.
      const standIn = found.prefix !== null && STAND_IN_SET.has(tokens, start);
      return this.addFull(tokens, i, address, found.nameStart, found.nameEnd, role, org, 'people.role-before', standIn);
    }
    // (A prefix found ends after `i`: prefixAt returns none that is empty.)
    if (prefix) {
      const end = nameRunEnd(tokens, start);
      if (end === start) return start;
      // 1. honorific + full name.
      if (end - start >= 2 && isPlausibleName(tokens, start, end, prefix.honorific !== null) && !PLACE_SET.match(tokens, start)) {
        return this.addFull(tokens, i, prefix, start, end, null, null, 'people.honorific-name');
      }
      // 2. honorific + short name of somebody already named.
      const known = this.registry.byShortName(runNameKey(this.doc, tokens, start, end));
      // 1b. a stage name after an artistic or academic title ("NSND Lan Hương"); not a body
      // after a degree ("tân Cử nhân Trường Đại học X", "Kỹ sư và Cử nhân Khoa Cơ khí").
      if (!known && prefix.academic && isStageName(tokens, start, end) && !ORG_HEAD_SET.has(tokens, start)) {
        return this.addFull(tokens, i, prefix, start, end, null, null, 'people.stage-name');
      }
      // 1c. a foreign name of one word, a form of address before it and a post after it ("Bà Arafa, Trưởng đại diện …").
      if (!known && prefix.honorific && isForeignSingleName(tokens, start, end) && this.roleAfter(tokens, end).role) {
        return this.addFull(tokens, i, prefix, start, end, null, null, 'people.foreign-name');
      }
      // 1d. a full name whose family name is a rare one, a form of address before it and a post
      // after it ("đồng chí Ngọc Kim Nam – Chủ tịch UBND huyện"): both say it is a person.
      if (!known && prefix.honorific && end - start >= 3 && isPlausibleName(tokens, start, end, true, true) && !PLACE_SET.match(tokens, start) && this.roleAfter(tokens, end).role) {
        return this.addFull(tokens, i, prefix, start, end, null, null, 'people.addressed-name-post');
      }
      if (!known) return end;
      const after = this.roleAfter(tokens, end);
      this.registry.mention(known, this.doc.evidence(t.start, tokens[end - 1].end, 'people.short-name'), after.role, after.org);
      return after.end;
    }
    return this.readBareName(tokens, i);
  }

  /**
   * 3b. A plural title, then its holders after a colon or in brackets: "các Phó Chủ tịch
   * UBND tỉnh: A, B", "3 Phó chủ tịch UBND tỉnh (ông A, ông B)". The title [start, stop)
   * is each holder's role. Returns where scanning goes on, or null when no names follow.
   */
  private readHolders(tokens: readonly Token[], from: number, start: number, stop: number, prefix: Prefix | null): number | null {
    const mark = tokens[stop]?.text;
    if ((mark !== ':' && mark !== '(') || !(prefix?.plural || countedBefore(tokens, start))) return null;
    const address = readPrefix(tokens, stop + 1);
    const nameEnd = listedNameEnd(tokens, address.end);
    if (nameEnd < 0) return null;
    const role = roleText(this.doc, tokens, start, stop);
    const org = roleOrganization(this.doc, tokens, start, stop);
    return this.addFull(tokens, from, address, address.end, nameEnd, role, org, 'people.plural-title-list', false, true);
  }

  /** Rules 4 and 5 at `i`, where no prefix or position opens. */
  private readBareName(tokens: readonly Token[], i: number): number {
    const t = tokens[i];
    // 4. a bare name followed by its role; a rarer family name than the lexicon lists opens
    // one before a middle name only persons bear ("Thèn Thị A").
    if (isNameSyllable(t) && !isNameSyllable(tokens[i - 1]) && (isSurname(t) || hasPersonalMiddleName(tokens, i))) {
      const end = nameRunEnd(tokens, i);
      if (end - i < 2 || end - i > MAX_NATIVE_SYLLABLES || !isPlausibleName(tokens, i, end)) return end;
      // Two syllables with no form of address make a name only after a common family name:
      // with a rarer one ("Lạc Hồng", "Hồng Bàng") they are a legend or a place as often.
      const short = end - i === 2 && !isMajorSurname(t);
      if (!short && opensRoleAfter(tokens, end) && readRoleAfter(tokens, end + 1) > end + 1) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.name-role');
      }
      // 5. a bare full name of three or four syllables opening a clause, before a verb
      // ("Nguyễn Văn A phát biểu", "…, Lê Thị B cho biết", its aside in brackets between:
      // "Phạm Văn An (thôn Đức Phổ) đoạt giải nhì"); not after an organisation's words
      // ("Trường THPT Lê Quý Đôn đã …").
      const before = tokens[i - 1];
      const opens = !before || (!before.word && !isDash(before)) || (!before.cap && before.key === 'và');
      const verb = pastAside(tokens, end);
      if (end - i >= 3 && opens && !tokens[verb]?.cap && BREAKER_SET.has(tokens, verb) && !closesNamesakeList(tokens, i)) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.name-verb');
      }
      // 5b. a bare full name of three or four syllables, then a comma and a pupil's class
      // ("… trao cho Lê Văn An, lớp 9A, Trường X"); not inside an organisation's name, after
      // its capitalised words ("Trường THCS Lê Quý Đôn, lớp 9A").
      if (end - i >= 3 && !before?.cap && tokens[end]?.text === ',' && end + 1 < tokens.length && CLASS_WORD_SET.has(tokens[end + 1]) && !tokens[end + 1].cap) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.name-class');
      }
      // 5c. a bare full name of three or four syllables held up as an example ("tấm gương đạo
      // đức Hồ Chí Minh"): not inside an organisation's name, whose last word is capitalised.
      if (end - i >= 3 && before?.word && !before.cap && EXEMPLAR.endingBefore(tokens, i, Math.max(0, i - 2)) > 0) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.exemplar-name');
      }
      // 5e. a bare full name of three or four syllables that opens a list of such names
      // ("các kỳ thủ như Lê Văn An, Trần Minh Đức, …"): two full names in a row are people.
      if (end - i >= 3 && !before?.cap && !closesNamesakeList(tokens, i) && listsBareName(tokens, end)) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.name-list');
      }
      // 5d. a bare full name of three or four syllables after a work's quoted title and "của"
      // or a dash ("tác phẩm “Tiết học ngoại khóa” của Vũ Ngọc Thuấn", "giải ba: "Cánh đồng" -
      // Hà Thế Bảo (Tây Ninh)"): its author.
      if (end - i >= 3 && before && (before.key === 'của' || isDash(before)) && isClosingQuote(tokens[i - 2])) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.author-of-title');
      }
      // 5f. a bare full name of three or four syllables after a copula or "của", its aside in
      // brackets after it ("đồng hạng Ba là Bành Gia Huy (CLB X) với 6,5 điểm", "sơn dầu của Hà
      // Phước Duy (tỉnh Long An)"): who is named as such, or a work's author.
      if (end - i >= 3 && before && NAME_ASIDE_CUE.has(before.key) && pastAside(tokens, end) > end && !closesNamesakeList(tokens, i)) {
        return this.addFull(tokens, i, noPrefix(i), i, end, null, null, 'people.name-aside');
      }
      return end;
    }
    return i + 1;
  }

  /** A role written after the name at `end` (after "–", ",", "(", or ";" and ":" before a position unless `listed` is false: see opensRoleAfter). */
  private roleAfter(tokens: readonly Token[], end: number, listed = true, affiliation = true): { role: string | null; org: string | null; end: number; shared?: boolean } {
    const remark = skipRemark(tokens, end);
    if (remark > end) {
      const after = this.roleAfter(tokens, remark, listed, affiliation);
      if (after.role) return after;
    }
    const sep = tokens[end];
    if (!sep) return { role: null, org: null, end };
    // "PGS.TS Lê Văn A Phó Giám đốc Sở B phát biểu" (a caption), "em Lê Thị C học sinh lớp 5":
    // a position right after the name, as written, with no separator; "TS Lê D là thư ký
    // hội nghị". Not "bà E đại diện nhà tài trợ trao quà": there it is the verb.
    const bare = sep.word && !STAND_IN_SET.has(tokens, end) && matchPosition(tokens, end) > 0;
    // "TS Lê D là thư ký hội nghị", "ông A được bầu làm Chủ tịch Hội".
    // Also after a comma: "bổ nhiệm lại ông A, giữ chức vụ Giám đốc …".
    const verbAt = sep.text === ',' && electionAt(tokens, end + 1) ? end + 1 : end;
    const elected = electionAt(tokens, verbAt);
    const afterCopula = elected ? verbAt + elected + COPULA.longestAt(tokens, verbAt + elected) : sep.key === 'là' ? end + 1 : end;
    const copula = afterCopula > end && matchPosition(tokens, afterCopula, true) > 0 && !STAND_IN_SET.has(tokens, afterCopula);
    if (bare || copula) {
      const from = copula ? afterCopula : end;
      const roleEnd = readRoleAfter(tokens, from);
      // "ông A và ông B, giữ chức vụ Phó Giám đốc …": a post given after a comma is every listed name's.
      return { role: roleText(this.doc, tokens, from, roleEnd), org: roleOrganization(this.doc, tokens, from, roleEnd), end: roleEnd, shared: verbAt > end };
    }
    if (!opensRoleAfter(tokens, end, listed)) return { role: null, org: null, end };
    let roleEnd = readRoleAfter(tokens, end + 1, sep.text === '(' || isDash(sep));
    // "PGS.TS Lê A, Trường ĐH Cần Thơ; TS B, Viện C": where he works, after a comma, when it
    // closes the list item or the sentence (not "ông A, Sở B và …", a list of attendees).
    if (roleEnd === end + 1 && sep.text === ',' && listed && affiliation) {
      const orgEnd = readRoleAfter(tokens, end + 1, true);
      if (orgEnd > end + 1 && closesAffiliation(tokens[orgEnd]) && !listsMore(tokens, end + 1, orgEnd)) roleEnd = orgEnd;
    }
    if (roleEnd === end + 1) return { role: null, org: null, end };
    return {
      role: roleText(this.doc, tokens, end + 1, roleEnd),
      org: roleOrganization(this.doc, tokens, end + 1, roleEnd),
      end: roleEnd,
    };
  }

  /**
   * Record a full-name mention [nameStart, nameEnd), its role after, and any list that
   * follows. In a plural list ("các ông A, B và bà C, Phó Chủ tịch …") the role written
   * after the last name is everybody's. A title before the first name is the next names' too
   * while they come without a form of address of their own, or always when `sharesTitle`
   * (a plural title: "các Phó Chủ tịch A và bà B").
   */
  private addFull(
    tokens: readonly Token[], from: number, prefix: Prefix, nameStart: number, nameEnd: number,
    roleBefore: string | null, orgBefore: string | null, rule: string, standIn = false, sharesTitle = prefix.plural,
  ): number {
    const text = (r: [number, number] | null) => (r ? spanText(this.doc, tokens, r[0], r[1]) : null);
    const academic = text(prefix.academic);
    let honorific = joined(text(prefix.honorific), academic, ' ');
    const listed: Person[] = [];
    let end = nameEnd;
    /** Where scanning goes on when items were read past words that are no role (see below). */
    let resume: number | undefined;
    for (let first = true; ; first = false) {
      // In a plural list an item's affiliation is left to the list's reading (see below).
      const after = this.roleAfter(tokens, end, !roleBefore, !prefix.plural);
      const role = (standIn && after.role) || joined(roleBefore, after.role, ', ') || academic;
      const person = this.registry.add({
        name: spanText(this.doc, tokens, nameStart, end),
        key: runNameKey(this.doc, tokens, nameStart, end),
        honorific,
        role,
        organization: after.org ?? orgBefore,
        evidence: this.doc.evidence(tokens[first ? from : nameStart].start, tokens[Math.max(end, after.end) - 1].end, first ? rule : 'people.list'),
      });
      // "các đảng viên A (Chi bộ X), B (Chi bộ Y)": each name's own aside in brackets, then the next name.
      const pastItsAside = pastAside(tokens, end);
      const itemEnd = pastItsAside > end && (!after.role || after.end < pastItsAside) ? pastItsAside : end;
      if (after.role && (itemEnd === end || listNameAt(tokens, itemEnd) < 0)) {
        if ((prefix.plural || after.shared) && resume === undefined) for (const p of listed) this.registry.giveRole(p, after.role, after.org);
        return resume ?? after.end;
      }
      if (!after.role) listed.push(person);
      // List continuation: ", B", " và B", ", và B", " và bà B".
      let k = itemEnd;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.key === 'và') k++;
      if (k === itemEnd) return resume ?? (after.role ? after.end : end);
      let address = HONORIFIC_SET.match(tokens, k);
      let next = listedNameEnd(tokens, k + address);
      // In a plural list an item may tell more of its person than a role ("các em: A, lớp 5A,
      // Trường X; B, …"): the next item opens after a semicolon or at "và" before a name. The
      // words skipped are read again (they name nobody: see nextListItem), from the first item's end.
      if (next < 0 && prefix.plural && tokens[end]?.text === ',') {
        const item = nextListItem(tokens, end + 1);
        if (item >= 0) {
          resume ??= end;
          k = item;
          address = HONORIFIC_SET.match(tokens, k);
          next = listedNameEnd(tokens, k + address);
        }
      }
      if (next < 0) return resume ?? end;
      if (address) {
        honorific = spanText(this.doc, tokens, k, k + address);
        // "Phó Bí thư A và bà B": one person's title is not the next one's, addressed on her own.
        if (!sharesTitle) roleBefore = orgBefore = null;
      }
      nameStart = k + address;
      end = next;
    }
  }
}
