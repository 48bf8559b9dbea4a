/**
 * Roles: a position phrase (with its modifiers and a rank) running on over the organisation
 * it belongs to, alone or in a chain ("Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch
 * UBND TP HCM"). Read forwards either up to a name (role before the name) or up to a stop
 * (role after the name).
 */
import {
  ACADEMIC_SET, ADMIN_UNIT_SET, BREAKER_IN_COMPOUND, BREAKER_SET, EVENT_NOUN_SET, HONORIFIC_SET, MODIFIER_SET, NAMESAKE_SET, ORG_HEAD_SET, PLACE_NAME_SET, PLACE_WORD_SET, POSITION_SET,
  RANK_SET, ROLE_LINK_SET as LINK_SET, STAND_IN_SET, UNIT_IN_COMPOUND,
} from '../phrases.js';
import {
  FULL_NAME_SYLLABLES, MAX_NAME_SYLLABLES, MAX_NATIVE_SYLLABLES, isLoneNameSyllable, isMajorSurname, isPlaceAbbreviationDot, isPlausibleName, isStageName, isSurname, nameRunEnd, nameStartInRun, type RunContext,
} from './names.js';
import { isAcademicChain, readPrefix, type Prefix } from './prefix.js';
import { bracketedAcronym, quotedNameEnd } from '../organizations/spans.js';
import type { Token } from '../tokens.js';
import { keySet } from '../../lexicon/compile.js';
import { KeyPhrases } from '../phrase-sets.js';
import { NAMED_PLACE_WORD_COMPOUNDS, NAMED_PLACE_WORDS } from '../../lexicon/vi/speaker-cues.js';
import { SecondSyllables } from '../compounds.js';
import { LOCAL_UNITS } from '../../lexicon/vi/places.js';
import { SOLE_BODY_HEADS } from '../../lexicon/vi/organizations.js';
import { ARTIST_TITLES, DELEGATION_MARKERS, PUBLIC_MEMBER_TITLES, REGNAL_TITLES, TITLE_NOUN_HEADS } from '../../lexicon/vi/titles.js';
import { isDashText } from '../../core/chars.js';
import { isVietnameseSyllable } from '../../read/vietnamese.js';

/** The places and institutions named after people ("Trường", "Đại học", "Quỹ", "phố"). */
const NAMED_AFTER = new KeyPhrases(NAMED_PLACE_WORDS);
/** "Môi trường", "yêu cầu": a place word closing a common word (see NAMED_PLACE_WORD_COMPOUNDS). */
const NAMED_PLACE_WORD_IN_COMPOUND = new SecondSyllables(NAMED_PLACE_WORD_COMPOUNDS);
/** Units of cities and districts ("thành phố"): what follows names a place or a person, not a street ("phố"). */
const LOCAL_UNIT_PHRASES = new KeyPhrases(LOCAL_UNITS);

/**
 * Whether the words before token `i` name a place or an institution after the person named at
 * `i`. Not a place word closing a name of its own ("Huyện ủy Hải Lăng Lê Thế Quảng": "Lăng"
 * after "Hải"), as no capitalised word but another head ("Trường Đại học") opens such a name.
 */
function namedAfterPerson(tokens: readonly Token[], i: number): boolean {
  const words = NAMED_AFTER.endingBefore(tokens, i);
  if (words === 0 || LOCAL_UNIT_PHRASES.endingBefore(tokens, i) > 0 || NAMED_PLACE_WORD_IN_COMPOUND.closesToken(tokens, i - 1)) return false;
  const start = i - words;
  const before = tokens[start - 1];
  return !(tokens[start].cap && before?.word && before.cap && before.nameSyllable && NAMED_AFTER.endingBefore(tokens, start) === 0 && !ORG_HEAD_SET.endsBefore(tokens, start));
}

/** "Chính phủ", "Quốc hội": heads no proper part follows (see SOLE_BODY_HEADS). */
const SOLE_BODY = new KeyPhrases(SOLE_BODY_HEADS);

/** "cử tri": no post, a comma ends it (see PUBLIC_MEMBER_TITLES). */
const PUBLIC_MEMBER = new KeyPhrases(PUBLIC_MEMBER_TITLES);

/** The regnal titles by their words' keys ("công chúa"). */
const REGNAL_TITLE_PHRASES = new KeyPhrases(REGNAL_TITLES);

/** Words that make a historical title after them part of a noun ("cờ vua"). */
const TITLE_NOUN_HEAD_KEYS = keySet(TITLE_NOUN_HEADS);

/** Whether the position tokens [from, to) end in a regnal title ("vua", "Hoàng hậu"). */
function endsInRegnalTitle(tokens: readonly Token[], from: number, to: number): boolean {
  return REGNAL_TITLE_PHRASES.endingBefore(tokens, to, from) > 0;
}

/** Punctuation that always ends a role. */
const HARD_STOP = new Set(['.', ';', ':', '(', ')', '“', '”', '"', '«', '»', '?', '!', '…', '[', ']']);
/**
 * The tokens of an acronym in brackets glossing the words before it, "(CCB)" in "Chủ tịch
 * Hội Cựu chiến binh (CCB) tỉnh": 3 at `j`'s "(", or 0. The role goes on across it.
 */
function acronymGloss(tokens: readonly Token[], j: number): number {
  return j > 0 && tokens[j - 1].word && bracketedAcronym(tokens, j) ? 3 : 0;
}

/** A dash token (never a word: a dash inside a word joins it, "30-4"); any of core/chars.ts SEPARATOR_DASHES. */
export const isDash = (t: Token | undefined) => !!t && !t.word && isDashText(t.text);

/** A dash, comma or opening bracket: what sets off a role written after a name ("A – Giám đốc …", "A, …", "A (…)"). */
export const setsOffRole = (t: Token | undefined) => !!t && (isDash(t) || t.text === ',' || t.text === '(');

/** A mark setting off a role at `k` and a position right after it. */
const positionSetOff = (tokens: readonly Token[], k: number) => setsOffRole(tokens[k]) && matchPosition(tokens, k + 1, true) > 0;

/** Phrase sets a position phrase starts in (see matchPosition). */
const POSITION_BITS = RANK_SET.bit | MODIFIER_SET.bit | POSITION_SET.bit;

/** Most tokens a role may span. */
const MAX_ROLE_TOKENS = 40;

/** matchPosition of the block asked last, by token: valid where `stamps` holds `stamp`. */
const known = { tokens: null as readonly Token[] | null, stamp: 0, stamps: new Int32Array(256), lengths: new Int32Array(256) };

/**
 * Length of a position phrase at `i`: modifiers ("Phó", "nguyên") then a position, or a
 * rank. After a modifier the position matches in any case ("Phó chủ tịch"), and anywhere
 * with `ignoreCase` (after a name and a separator: "ông A, giám đốc công ty B").
 */
export function matchPosition(tokens: readonly Token[], i: number, ignoreCase = false): number {
  if (i < 0 || i >= tokens.length || !(tokens[i].starts & POSITION_BITS)) return 0;
  if (ignoreCase) return positionAt(tokens, i, true);
  // Role, name and organisation rules ask the same position again and again: worked out
  // once per block (the block asked last; entries count only with this block's stamp).
  if (tokens !== known.tokens) {
    known.tokens = tokens;
    known.stamp++;
    if (known.stamps.length < tokens.length) {
      known.stamps = new Int32Array(2 * tokens.length);
      known.lengths = new Int32Array(2 * tokens.length);
    }
  }
  if (known.stamps[i] !== known.stamp) {
    known.stamps[i] = known.stamp;
    known.lengths[i] = positionAt(tokens, i, false);
  }
  return known.lengths[i];
}

function positionAt(tokens: readonly Token[], i: number, ignoreCase: boolean): number {
  const rank = RANK_SET.match(tokens, i, ignoreCase);
  // "cờ vua", "cờ tướng": a game, no title.
  if (rank) return i > 0 && TITLE_NOUN_HEAD_KEYS.has(tokens[i - 1].key) ? 0 : rank;
  let j = i;
  for (let m = MODIFIER_SET.match(tokens, j, true); m; m = MODIFIER_SET.match(tokens, j, true)) j += m;
  const p = POSITION_SET.match(tokens, j, ignoreCase || j > i);
  // An entry opening with a modifier's word, read whole ("cựu chiến binh"): its rest alone is
  // no post. In lower case only: capitalised, it is a body's name ("Hội Cựu chiến binh").
  if (!p && j > i) return tokens[i].cap && !ignoreCase ? 0 : POSITION_SET.match(tokens, i, ignoreCase);
  // "Đại sứ" is not the position in "Đại sứ quán", nor "Tổng Lãnh sự" in "Tổng lãnh sự quán".
  if (!p || ORG_HEAD_SET.match(tokens, j, true) > p) return 0;
  return j + p - i;
}

/** Does a role continue at `i`, after a comma or a link word? */
function continuesRole(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  // "ông A – Giám đốc Sở B, đại diện lãnh đạo Hội C, …": a lower-case "đại diện" after a
  // comma lists the next attendees; it does not add to A's post.
  if (!t.cap && STAND_IN_SET.has(tokens, i)) return false;
  // "…, Phó Bí thư Huyện ủy, Hội nghị lần thứ 12 …": an event opens the clause's subject.
  if (EVENT_NOUN_SET.has(tokens, i)) return false;
  if (matchPosition(tokens, i) || ORG_HEAD_SET.has(tokens, i)) return true;
  if (t.acronym) return true;
  // "…, chủ tịch Hội Nông dân tỉnh X": a post written in lower case, before the body it heads.
  const lower = t.cap ? 0 : matchPosition(tokens, i, true);
  if (lower && ORG_HEAD_SET.has(tokens, i + lower)) return true;
  const unit = ADMIN_UNIT_SET.match(tokens, i);
  if (unit) return !!tokens[i + unit]?.cap;
  // "Ủy ban Văn hóa, Giáo dục của Quốc hội": a capitalised word that starts no name.
  const run = nameRunEnd(tokens, i);
  return t.cap && (run - i < 2 || nameStartInRun(tokens, i, run, 'other') < 0);
}

/** A dash at `j` between a position chain and a capitalised position ("Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy"). */
const dashJoinsPositions = (tokens: readonly Token[], j: number) =>
  isDash(tokens[j]) && !!tokens[j + 1]?.cap && matchPosition(tokens, j + 1) > 0;

/**
 * A dash at `j` inside an organisation's name in a role ("Trưởng phòng Kinh tế - Hạ tầng
 * huyện", "Phòng Tài chính - Kế hoạch"): after a lower-case word of the name, before
 * a capitalised word and a lower-case one that open no organisation, position, form of
 * address or event (a name is capitalised throughout: "Sở X - Lê Văn A").
 */
function dashInsideName(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const next = tokens[j + 1];
  if (!isDash(tokens[j]) || !before?.word || before.cap || !next?.cap || !next.word || next.acronym) return false;
  const after = tokens[j + 2];
  if (!after?.word || after.cap) return false;
  return !ORG_HEAD_SET.has(tokens, j + 1) && !matchPosition(tokens, j + 1) && !HONORIFIC_SET.has(tokens, j + 1) && !EVENT_NOUN_SET.has(tokens, j + 1);
}

/** A token (or phrase) at `i` that cannot be inside a role. */
export function breaksRole(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // Punctuation is never a word: a word's text is not cut to be looked up.
  if (!t.word) return HARD_STOP.has(t.text) || isDashText(t.text);
  if (t.key === 'và') return !tokens[i + 1]?.cap;
  if (HONORIFIC_SET.has(tokens, i) && !t.cap) return true;
  return !t.cap && BREAKER_SET.has(tokens, i) && !BREAKER_IN_COMPOUND.closesToken(tokens, i);
}

/** End of "(Mỹ)", "(Hà Nội)" at the bracket `j`: a place of PLACE_NAMES alone in brackets; else -1. */
function bracketedPlaceEnd(tokens: readonly Token[], j: number): number {
  const n = PLACE_NAME_SET.match(tokens, j + 1);
  return n > 0 && tokens[j + 1 + n]?.text === ')' ? j + n + 2 : -1;
}

/**
 * The role written after a name, from `i` (just after the separator): a position chain
 * running over its organisation, up to punctuation, a verb, or a comma that does not go
 * on with another position or organisation. With `orgAllowed` (after "(" or a dash) an
 * organisation alone is the role too ("TS A (Viện Sử học)"). Returns the end (exclusive),
 * or `i` if none.
 */
export function readRoleAfter(tokens: readonly Token[], i: number, orgAllowed = false): number {
  const position = matchPosition(tokens, i, true);
  if (!position && !ACADEMIC_SET.has(tokens, i) && !(orgAllowed && ORG_HEAD_SET.has(tokens, i))) return i;
  // "A, Trưởng ban Kinh tế Trung ương B, …": the next person's title running into his name;
  // "A, nghệ sĩ Thu Hà": an artist's profession and the next person's stage name.
  // Not after a dash: "Đại tướng A - Bộ trưởng Bộ Công an, Đại tướng B - …" sets off A's
  // own post, and the comma ends it before B's rank and name.
  if (position && (opensNextPerson(tokens, i, isDash(tokens[i - 1])) || artistStageName(tokens, i) > 0)) return i;
  // The position itself may hold a breaker's words ("vận động viên").
  let j = i + position;
  let end = j;
  while (j < tokens.length && j - i < MAX_ROLE_TOKENS) {
    const t = tokens[j];
    if (!t.word && (t.text === ',' || t.text === '/')) {
      // "…, Nhà báo Lê A – …", "…, Phó Giám đốc Trần B": the next person, not more role.
      if (!continuesRole(tokens, j + 1) || nameAfterSeparator(tokens, j)) break;
      if (matchPosition(tokens, j + 1) && nextPersonsTitle(tokens, j + 1)) break;
      j++;
      continue;
    }
    // "… Quân khu 4 và Đại tá Lê A": "và" before the next person's title and name; "… Sở
    // Tài chính và Lê Thị B, Chánh Văn phòng": before the next person's bare name and role.
    if (t.key === 'và' && (matchPosition(tokens, j + 1) ? typeof readRoleToName(tokens, j + 1) === 'object' : bareNameAndRole(tokens, j + 1))) break;
    // "… Việt Nam và Giáo sư B", "… như GS.TS Lê C": an academic prefix and the next person's
    // name; "…, đạo diễn Hải Ninh": an artist's profession and a stage name.
    const next = t.key === 'và' ? j + 1 : j;
    if (academicName(tokens, next) || artistStageName(tokens, next) > 0) break;
    // "UVBTV - Trưởng ban Tuyên giáo Tỉnh ủy": a dash joining two positions of one chain,
    // unless the second opens the next person's title and name.
    if (dashJoinsPositions(tokens, j)) {
      if (nextPersonsTitle(tokens, j + 1)) break;
      j++;
      continue;
    }
    if (dashInsideName(tokens, j)) {
      j++;
      continue;
    }
    // "Giám đốc Bệnh viện Việt - Đức", "Kỹ sư tài năng Toán – Tin": two lone capitalised
    // syllables joined by a dash (a pair of countries, of fields) are one name.
    if (isDash(t) && isLoneNameSyllable(tokens, j - 1) && isLoneNameSyllable(tokens, j + 1) && !matchPosition(tokens, j + 1)) {
      j = end = j + 2;
      continue;
    }
    // "… Giám đốc Sở B đại diện cho …": a lower-case "đại diện cho" inside a role is the
    // verb of the clause (whom he speaks for), not more of his post ("cơ quan đại diện" is).
    if (!t.cap && tokens[j + STAND_IN_SET.match(tokens, j)]?.key === 'cho' && STAND_IN_SET.has(tokens, j)) break;
    // "Chủ nhiệm CLB “Nắng sân trường”": an organisation's quoted name.
    const quoted = t.word ? j : quotedNameEnd(tokens, j);
    if (quoted > j && tokens[j - 1].word && (tokens[j - 1].acronym || ORG_HEAD_SET.endsBefore(tokens, j))) {
      j = end = quoted;
      continue;
    }
    // A position inside the chain whole: "Giám đốc điều hành" though "điều hành" alone ends a role.
    const inner = t.cap ? matchPosition(tokens, j) : 0;
    if (inner) {
      j += inner;
      end = j;
      continue;
    }
    // A link first: "đến từ" goes on with the role though "đến" alone ends it; the position
    // after a link in any case ("… kiêm tổng thư ký Hội B": "ký" alone ends a role).
    const gloss = acronymGloss(tokens, j);
    if (gloss) {
      j = end = j + gloss;
      continue;
    }
    // "Đại học Nam Florida (Mỹ), Phó Trưởng Ban …": a known place in brackets after a
    // capitalised name is that body's seat, and the role goes on after it.
    const seat = t.text === '(' && tokens[j - 1].cap ? bracketedPlaceEnd(tokens, j) : -1;
    if (seat > 0) {
      j = end = seat;
      continue;
    }
    const link = LINK_SET.match(tokens, j);
    if (!link && breaksRole(tokens, j) && !isPlaceAbbreviationDot(tokens, j)) break;
    j += link ? link + matchPosition(tokens, j + link, true) : 1;
    end = j;
  }
  return end;
}

/**
 * Whether the positions at `i` (after a comma inside a role) lead to the next person's
 * name: "…, Phó Giám đốc Trần B", "…, Thị trưởng X, ông Y". Not when the name, set off by a
 * form of address, has a role of its own after it ("A – Tỉnh ủy viên, Bí thư Huyện ủy,
 * đồng chí B – Phó Chủ tịch …"): the positions before it go on with the first role.
 */
function nextPersonsTitle(tokens: readonly Token[], i: number): boolean {
  const found = readRoleToName(tokens, i);
  if (typeof found !== 'object') return false;
  if (!found.prefix?.honorific) return true;
  // (A position opening the role after the name is test enough: reading that role would
  // read the next person's list again, and so on down the block.)
  return !positionSetOff(tokens, found.nameEnd);
}

/**
 * "Sở Tài nguyên và Môi trường": a "và" between two parts of a name, the second capitalised,
 * no family name and no title ("… Quân khu 4 và Đại tá B" joins two people).
 */
const joinsNameParts = (tokens: readonly Token[], k: number) =>
  tokens[k - 1]?.word === true && tokens[k + 1]?.cap === true && !isSurname(tokens[k + 1]) && !matchPosition(tokens, k + 1);

/** Whether no syllable of tokens[from, to) is a Vietnamese one: a foreigner's name. */
const foreignName = (tokens: readonly Token[], from: number, to: number) => {
  for (let k = from; k < to; k++) if (isVietnameseSyllable(tokens[k].text)) return false;
  return true;
};

/**
 * A title at `i` that runs straight into a name ("Trưởng ban X Lê B"), with no dash or "và"
 * between (but the "và" inside a name: "Sở Tài nguyên và Môi trường"), nor a comma when
 * `commaEnds` (a role set off by a dash ends at one): the next person's title, not more of
 * a role.
 */
function opensNextPerson(tokens: readonly Token[], i: number, commaEnds = false): boolean {
  const found = readRoleToName(tokens, i);
  // A full name of three syllables or more: two may be a newspaper's or a brand's ("báo Tiền
  // Phong"), unless neither is a Vietnamese syllable ("Komura Masahiro": a foreigner's name)
  // or they follow the post itself or a sole body, a family name first ("Chủ tịch nước
  // Lương Cường", "Phó Chủ nhiệm Văn phòng Chính phủ Cao Huy").
  if (typeof found !== 'object' || found.nameEnd - found.nameStart < 2) return false;
  // The post at `i` may be read as the name's academic prefix ("…, Kỹ sư Lê Văn Minh"): then
  // no role word stands before it either.
  if (found.roleEnd !== found.nameStart && !(found.roleEnd === i && found.prefix?.end === found.nameStart)) return false;
  if (found.nameEnd - found.nameStart === 2 && !foreignName(tokens, found.nameStart, found.nameEnd)
    && !((i + matchPosition(tokens, i) === found.nameStart || SOLE_BODY.endingBefore(tokens, found.nameStart) > 0) && isSurname(tokens[found.nameStart]))) return false;
  // "Hiệu trưởng Trường Đại học Phạm Văn Đồng": a school named after a person is the role's.
  if (namedAfterPerson(tokens, found.nameStart) || NAMESAKE_SET.endsBefore(tokens, found.nameStart)) return false;
  for (let k = i; k < found.nameStart; k++) if (isDash(tokens[k]) || (commaEnds && tokens[k].text === ',') || (tokens[k].key === 'và' && !joinsNameParts(tokens, k))) return false;
  return true;
}

/**
 * A bare full name at `j` (a family name first; of two syllables, a common one) and a
 * position after a comma, dash or bracket: "Lê Thị B, Chánh Văn phòng".
 */
function bareNameAndRole(tokens: readonly Token[], j: number): boolean {
  if (!tokens[j]?.nameSyllable || !isSurname(tokens[j])) return false;
  const end = nameRunEnd(tokens, j);
  if (end - j > MAX_NATIVE_SYLLABLES || (end - j === 2 && !isMajorSurname(tokens[j])) || !isPlausibleName(tokens, j, end)) return false;
  return positionSetOff(tokens, end);
}

const ARTIST_TITLE = new KeyPhrases(ARTIST_TITLES);

/**
 * An artist's profession at `j` and a name after it that only a stage name reads as one
 * ("đạo diễn Hải Ninh", "Diễn viên Thu Hà"), or that a position's reading finds no name in
 * ("nhạc sĩ Văn Cao"): where that name starts, else -1. A full name is the role reader's;
 * `found`, that reading at `j` when the caller has made it.
 */
export function artistStageName(tokens: readonly Token[], j: number, found?: RoleBeforeName | number): number {
  const title = ARTIST_TITLE.at(tokens, j);
  if (!title) return -1;
  const start = j + title;
  const end = nameRunEnd(tokens, start);
  if (!isStageName(tokens, start, end)) return -1;
  return !isPlausibleName(tokens, start, end) || typeof (found ?? readRoleToName(tokens, j)) === 'number' ? start : -1;
}

/**
 * An academic prefix at `j` and a name after it ("… như GS.TS Lê A", "… và Giáo sư B", "…,
 * NSND Lan Hương": a stage name, as the mention reads one): the next person.
 */
function academicName(tokens: readonly Token[], j: number): RoleBeforeName | null {
  if (!ACADEMIC_SET.has(tokens, j) && !isAcademicChain(tokens[j])) return null;
  const prefix = readPrefix(tokens, j);
  const end = nameRunEnd(tokens, prefix.end);
  if (end - prefix.end < 2 || end - prefix.end > MAX_NAME_SYLLABLES || !(isPlausibleName(tokens, prefix.end, end) || isStageName(tokens, prefix.end, end))) return null;
  return { roleEnd: j, nameStart: prefix.end, nameEnd: end, prefix };
}

/** A form of address at `i` and a name after it ("ông Y"). */
function addressedName(tokens: readonly Token[], i: number): boolean {
  const prefix = readPrefix(tokens, i);
  return prefix.honorific !== null && nameRunEnd(tokens, prefix.end) > prefix.end;
}

export interface RoleBeforeName {
  /** End (exclusive) of the role tokens. */
  roleEnd: number;
  /** The name, and the form of address between role and name ("…, ông A"), if any. */
  nameStart: number;
  nameEnd: number;
  prefix: Prefix | null;
}

/**
 * "Đại sứ Việt Nam tại Ba Lan, Vũ Đăng Dũng, cảm ơn …": after the comma at `j`, a full native
 * name with no form of address, set off by a second comma or followed by a verb. null if none.
 */
function bareApposition(tokens: readonly Token[], j: number): RoleBeforeName | null {
  if (tokens[j].text !== ',') return null;
  const start = j + 1;
  const end = nameRunEnd(tokens, start);
  if (end - start < FULL_NAME_SYLLABLES || end - start > MAX_NATIVE_SYLLABLES || !isSurname(tokens[start]) || !isPlausibleName(tokens, start, end)) return null;
  // Not before a dash, which sets off a role of the name's own ("…, Lê Minh Giang – Phó bí thư").
  const after = tokens[end];
  if (!after || !(after.text === ',' || (after.word && !after.cap && after.key !== 'và' && BREAKER_SET.has(tokens, end)))) return null;
  return { roleEnd: j, nameStart: start, nameEnd: end, prefix: null };
}

/** "…, ông A" / "… – A" / "…, PGS.TS Lê B": a name after the separator at `j`, or null. */
function nameAfterSeparator(tokens: readonly Token[], j: number): RoleBeforeName | null {
  const prefix = readPrefix(tokens, j + 1);
  if (prefix.end === j + 1 && !isDash(tokens[j])) return bareApposition(tokens, j);
  const end = nameRunEnd(tokens, prefix.end);
  const native = isSurname(tokens[prefix.end] ?? tokens[j]) || prefix.end > j + 1;
  if (end - prefix.end > MAX_NAME_SYLLABLES || !native || !isPlausibleName(tokens, prefix.end, end)) return null;
  return { roleEnd: j, nameStart: prefix.end, nameEnd: end, prefix: prefix.end > j + 1 ? prefix : null };
}

const DELEGATION = new KeyPhrases(DELEGATION_MARKERS);
/** Most words of a delegation marker (DELEGATION_MARKERS). */
const MAX_DELEGATION_WORDS = Math.max(...DELEGATION_MARKERS.map((m) => m.split(' ').length));

/**
 * From a position at `i`, read the role forwards until a capitalised run whose tail is a
 * name ("Phó Chủ tịch UBND tỉnh Lê Văn A"), or a separator and a name ("Thị trưởng X, ông
 * Y", "Phó Hiệu trưởng – Z"). When the role meets a stop first, returns where scanning may
 * resume: no role starting before that point can reach a name either (this keeps the scan
 * linear over long lists of titles). A role that runs MAX_ROLE_TOKENS with no separator
 * resumes where it stopped.
 */
export function readRoleToName(tokens: readonly Token[], i: number): RoleBeforeName | number {
  // "Thay mặt Chủ tịch nước, đồng chí A …": the post acted for ends at the comma, no name's.
  const actedFor = i > 0 && DELEGATION.endingBefore(tokens, i, Math.max(0, i - MAX_DELEGATION_WORDS)) > 0;
  let j = i;
  let context: RunContext = 'other';
  let lastSegment = i + 1;
  /** Where the last namesake's run ended (a school type's "THPT Nguyễn Du"), or -1. */
  let namesakeEnd = -1;
  while (j < tokens.length && j - i < MAX_ROLE_TOKENS) {
    const t = tokens[j];
    // "linh vị Vua, Công chúa và Tướng A": a monarch's title is nobody's second post, so
    // titles listed after one are other people's; the role ends there, holding no name.
    if (context === 'regnal' && (t.text === ',' || t.key === 'và')) return j;
    if (!t.word && (t.text === ',' || isDash(t))) {
      if ((actedFor || PUBLIC_MEMBER.at(tokens, i) === j - i) && t.text === ',') return j;
      // "các trường THPT Nguyễn Thị Minh Khai, Mạc Đĩnh Chi": more namesakes listed, no person
      // (one addressed is: "Hiệu trưởng Trường THPT Nguyễn Du, ông Lê Văn An").
      if (j === namesakeEnd && t.text === ',' && readPrefix(tokens, j + 1).end === j + 1) return j;
      const named = nameAfterSeparator(tokens, j);
      if (named) return named;
      if (isDash(t) ? !dashJoinsPositions(tokens, j) && !dashInsideName(tokens, j) : !continuesRole(tokens, j + 1)) return j;
      j++;
      lastSegment = j;
      context = 'other';
      continue;
    }
    // "… và Giáo sư B", "… tỉnh và Nguyễn Thành B, Phó …": the next person; "… như GS.TS Lê C": the name this role leads to.
    if (t.key === 'và' && ((j === namesakeEnd && readPrefix(tokens, j + 1).end === j + 1) || academicName(tokens, j + 1) || bareNameAndRole(tokens, j + 1))) return j;
    const academic = academicName(tokens, j);
    if (academic) return academic;
    if (isPlaceAbbreviationDot(tokens, j)) {
      j++;
      context = 'place-word';
      continue;
    }
    const gloss = j > i ? acronymGloss(tokens, j) : 0;
    if (gloss) {
      j += gloss;
      continue;
    }
    if (breaksRole(tokens, j)) return j;
    const position = matchPosition(tokens, j);
    if (position) {
      j += position;
      context = endsInRegnalTitle(tokens, j - position, j) ? 'regnal' : RANK_SET.match(tokens, j - position) === position ? 'rank' : 'position';
      continue;
    }
    const namesake = NAMESAKE_SET.match(tokens, j);
    if (namesake) {
      j += namesake;
      context = 'namesake';
      continue;
    }
    const runEnd = nameRunEnd(tokens, j);
    const head = ORG_HEAD_SET.match(tokens, j);
    if (head && !(isSurname(t) && runEnd - j >= 3)) {
      // A sole body's name is whole: what follows is read as after any other word.
      context = SOLE_BODY.at(tokens, j) === head ? 'other' : 'org-head';
      j += head;
      continue;
    }
    if (runEnd > j) {
      const start = nameStartInRun(tokens, j, runEnd, context);
      // "Thị trưởng X, ông Y": X is the place of the role, Y the name (not "X, cùng các đồng chí …").
      const addressed = tokens[runEnd]?.text === ',' && addressedName(tokens, runEnd + 1);
      if (start >= 0 && !addressed) return { roleEnd: start, nameStart: start, nameEnd: runEnd, prefix: null };
      if (context === 'namesake') namesakeEnd = runEnd;
      j = runEnd;
      context = 'other';
      continue;
    }
    // "… Phát triển nông thôn Hoàng Trung": a unit word closing a common word names no place.
    // "trụ trì chùa Kim Sơn", "Giám đốc bảo tàng X": after a lower-case place word, a place's name.
    const unit = UNIT_IN_COMPOUND.closesToken(tokens, j) ? 0 : ADMIN_UNIT_SET.match(tokens, j) || (tokens[j].cap ? 0 : PLACE_WORD_SET.match(tokens, j));
    j += unit || LINK_SET.match(tokens, j) || 1;
    context = unit ? 'place-word' : 'other';
  }
  if (j >= tokens.length) return j;
  // The cap, with no separator on the way: a run of titles that long is nobody's post, and
  // the roles starting inside it would each read it again (MAX_ROLE_TOKENS times the work
  // over a list of titles without names); scanning resumes where this one stopped. After a
  // separator the next segment may still be a post leading to the name.
  return lastSegment === i + 1 ? j : lastSegment;
}
