/**
 * The subject chains of the organizers rules: the organisations joined by commas and links
 * before an organising verb ("X phối hợp với Y, Z và W tổ chức"), and the words a chain
 * reads past (a place, a person, an aside, adverbs, an unnamed group of partners, the members
 * "gồm" lists, an apposition), a name a class noun introduces ("tổ chức X"), and the other
 * party of a signing ("X ký kết … với Y").
 */
import { lastAtOrBefore, type VnDocument } from '../core/document.js';
import type { Person } from '../model/article.js';
import { organizationKey, type TokenSpan } from './organizations/index.js';
import { EVENT_NAME_WORDS, LEVEL_NAMING_HEADS, ORGANIZING_COMMITTEE_HEADS, PARENT_BODY_HEADS, TASK_NAMED_HEADS, UNOWNED_HEADS } from '../lexicon/vi/organizations.js';
import { MAX_NAME_SYLLABLES, isNameSyllable, isPlaceAbbreviationDot } from './people/names.js';
import { matchHead, ownerLinkLength, quotedNameEnd, standsAlone } from './organizations/spans.js';
import { peopleNameKeys, runNameKey } from './people/registry.js';
import {
  ADMIN_UNIT_SET, COOPERATION_LINK_PHRASES, COORGANIZER_LINK_SET, EVENT_NOUN_SET, MEMBERS_MARK_PHRASES, NOT_ORGANIZATION_SET, ORG_HEAD_SET, OBJECT_MARK_SET, ORGANIZATION_CLASS_NOUN_SET,
  ORGANIZING_VERB_SET, PARTNER_LINK_SET, PLURAL_SET, SIGNING_VERB_SET, STANDALONE_HEAD_SET, skipOrganizingAdverbs,
} from './phrases.js';
import { spanText, type Token } from './tokens.js';
import { breaksRole, isDash } from './people/roles.js';
import { isDigitCode } from '../core/chars.js';
import { KeyPhrases } from './phrase-sets.js';
import { PROVINCES } from '../lexicon/vi/places.js';
import { LAUNCH_VERBS, TIME_OR_PLACE_OPENERS, UNNAMED_GROUP_OPENERS } from '../lexicon/vi/organizing.js';

const PROVINCE = new KeyPhrases(PROVINCES);
const TASK_NAMED_HEAD = new KeyPhrases(TASK_NAMED_HEADS);
/** Most tokens of a committee's task (TASK_NAMED_HEADS) before its verb. */
const MAX_TASK_TOKENS = 40;

/**
 * Where the task a committee is named for ends ("Ban Chỉ đạo thực tập phương án chữa cháy,
 * cứu nạn, cứu hộ (CNCH) cấp tỉnh năm 2025" before "tổ chức"): at the sentence's organising
 * verb (an adverb before it stays out), when the span `span` is the committee's head alone and
 * a lower-case word follows; else the span's end.
 */
function taskNamedEnd(tokens: readonly Token[], span: TokenSpan): number {
  const committee = ORGANIZING_COMMITTEE_HEAD.at(tokens, span.start);
  if (committee) return committeeNamedEnd(tokens, span, committee);
  const head = TASK_NAMED_HEAD.at(tokens, span.start);
  const after = tokens[span.end];
  // "Ban Chỉ đạo (BCĐ) diễn tập …": the head may carry its acronym.
  const glossed = span.start + head + 3 === span.end && tokens[span.start + head].text === '(';
  if (!head || (span.start + head < span.end && !glossed) || !after?.word || after.cap || ORGANIZING_VERB_SET.has(tokens, span.end)
    || skipOrganizingAdverbs(tokens, span.end) > span.end) return span.end;
  for (let k = span.end + 1; k < tokens.length && k - span.end <= MAX_TASK_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';' || t.text === ':') break;
    // "… năm 2025 đã tổ chức": the adverb stays out of the name.
    if (ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k))) return k;
  }
  return span.end;
}

const ORGANIZING_COMMITTEE_HEAD = new KeyPhrases(ORGANIZING_COMMITTEE_HEADS);
/** Tokens of the longest edition skipEdition reads ("lần thứ VIII năm 2022"). */
const MAX_EDITION_TOKENS = 5;
/** Lower-case words an event's name holds between its capitalised ones ("… Bạc Liêu năm 2022", "… lần thứ 5"). */
const EVENT_NAME_WORD = new KeyPhrases(EVENT_NAME_WORDS);

/** Where the edition skipEdition reads past ("lần thứ 2 năm 2025") ends the name at `end`, or `end`. */
function editionStart(tokens: readonly Token[], from: number, end: number): number {
  for (let k = Math.max(from, end - MAX_EDITION_TOKENS); k < end; k++) if (skipEdition(tokens, k) === end) return k;
  return end;
}

/**
 * Where an organising committee named for its event ends ("Ban tổ chức Ngày hội Văn hóa - Du
 * lịch Bạc Liêu năm 2022 tổ chức …", the head `head` tokens long): the event's year, count
 * and further capitalised parts end no organisation's name, so the committee runs on to the
 * organising verb when only such words stand between; else the span's end.
 */
function committeeNamedEnd(tokens: readonly Token[], span: TokenSpan, head: number): number {
  if (!EVENT_NOUN_SET.has(tokens, span.start + head) || span.end >= tokens.length) return span.end;
  for (let k = span.end; k < tokens.length && k - span.end <= MAX_TASK_TOKENS; ) {
    // The edition closing the event's name ("… lần thứ 2 năm 2025") is read past to the verb, as after any committee.
    if (k > span.end && ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k))) return editionStart(tokens, span.end, k);
    const t = tokens[k];
    // (A capital's lower-case second syllable goes with it: "Thiếu niên", "Nhi đồng".)
    const proper = t.cap || isDigitCode(t.key.charCodeAt(0)) || (tokens[k - 1].word && tokens[k - 1].cap);
    const words = t.word ? (proper ? 1 : ADMIN_UNIT_SET.match(tokens, k) || EVENT_NAME_WORD.at(tokens, k)) : 0;
    if (words) k += words;
    else if (t.text === ',' || t.text === '(' || t.text === ')' || isDash(t)) k++;
    else break;
  }
  return span.end;
}

const LAUNCH_VERB = new KeyPhrases(LAUNCH_VERBS);
const TIME_OR_PLACE = new KeyPhrases(TIME_OR_PLACE_OPENERS);

/** Most tokens of a "tại …" place skipped between the organisers and the verb. */
const MAX_PLACE_TOKENS = 10;

/** One sentence: its block's tokens, and the organisation spans inside the sentence. */
export interface Sentence {
  tokens: Token[];
  spans: TokenSpan[];
  /** All the block's spans, in order, for following a chain (see spanAt). */
  blockSpans: readonly TokenSpan[];
  /** The last token of the block that may start an organising verb (-1: none). */
  lastVerb: number;
  /** The sentence's tokens: `tokens[from, to)`. */
  from: number;
  to: number;
  /** The sentence is a photo caption's, not the text's. */
  inCaption: boolean;
}

/** Most organisations in one chain. */
const MAX_CHAIN = 12;

/** Name keys of the article's people, and the first words of those keys. */
export interface KnownPeople {
  has(key: string): boolean;
  hasFirstWord(word: string): boolean;
}

/** The article's people's name keys, worked out at the first look-up (most articles make none). */
export function knownPeople(doc: VnDocument, people: readonly Person[]): KnownPeople {
  let known: { keys: Set<string>; firstWords: Set<string> } | undefined;
  const load = () => {
    const keys = new Set(peopleNameKeys(doc, people));
    const firstWords = new Set([...keys].map((k) => (k.includes(' ') ? k.slice(0, k.indexOf(' ')) : k)));
    return (known = { keys, firstWords });
  };
  return {
    has: (key) => (known ?? load()).keys.has(key),
    hasFirstWord: (word) => (known ?? load()).firstWords.has(word),
  };
}

/** Skip a known person's name at `j` (the organisation is in that person's role). */
function skipPerson(doc: VnDocument, tokens: readonly Token[], j: number, people: KnownPeople): number {
  if (!isNameSyllable(tokens[j])) return j;
  // A name key's words are its tokens' keys, the first word that of the token at `j`
  // alone: nobody's name starts with it, no key of a longer run need be made.
  if (!people.hasFirstWord(runNameKey(doc, tokens, j, j + 1))) return j;
  for (let n = MAX_NAME_SYLLABLES; n >= 2; n--) {
    if (j + n <= tokens.length && people.has(runNameKey(doc, tokens, j, j + n))) return j + n;
  }
  return j;
}

/**
 * Skip where an organisation is ("…, huyện Vị Thủy, tỉnh Hậu Giang", "(thành phố Nam
 * Định)"): an administrative unit and its capitalised name after a comma or in brackets, or
 * a province's name alone after a comma right before the verb.
 */
export function skipWhereabouts(tokens: readonly Token[], j: number): number {
  for (;;) {
    const open = tokens[j]?.text;
    if (open !== ',' && open !== '(') return j;
    // "UBND phường Vũng Tàu, TPHCM tổ chức": a province or city alone before the verb.
    const province = open === ',' ? PROVINCE.at(tokens, j + 1) : 0;
    if (province && verbAt(tokens, j + 1 + province) >= 0) return j + 1 + province;
    const unit = ADMIN_UNIT_SET.match(tokens, j + 1);
    // "(TP. Hồ Chí Minh)": the unit's abbreviating dot.
    const dot = unit && isPlaceAbbreviationDot(tokens, j + 1 + unit) ? 1 : 0;
    if (!unit || !tokens[j + 1 + unit + dot]?.cap) return j;
    let k = j + 1 + unit + dot;
    while (k < tokens.length && tokens[k].cap && tokens[k].word && !ORG_HEAD_SET.has(tokens, k)) k++;
    if (open === '(') {
      // "X (tỉnh Y đã tổ chức …": a bracket left open before the verb.
      if (tokens[k]?.text !== ')') return ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k)) ? k : j;
      k++;
    }
    j = k;
  }
}

/** After an organising verb, ", phối hợp với Y" names a co-organiser ("X chủ trì, phối hợp với Y"). */
function coorganizerAfterVerb(tokens: readonly Token[], j: number): number {
  const verb = ORGANIZING_VERB_SET.match(tokens, j);
  let k = j + verb;
  if (tokens[k]?.text === ',') k++;
  const link = COORGANIZER_LINK_SET.match(tokens, k);
  return link && PARTNER_LINK_SET.has(tokens, k) ? k : -1;
}

/** Most lower-case words between an object mark and the organisation ("tại hội trường UBND xã"). */
const MAX_OBJECT_GAP = 3;

/** Is the organisation at `start` a venue or an owner (after "tại", "của" …), not a subject? */
export function isObject(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= MAX_OBJECT_GAP + 1; k--) {
    if (OBJECT_MARK_SET.has(tokens, k)) return true;
    // "tại Hội trường Tỉnh ủy": a capitalised word that starts no organisation is the venue's.
    if (!tokens[k].word || (tokens[k].cap && !NOT_ORGANIZATION_SET.has(tokens, k))) return false;
  }
  return false;
}

/** Most tokens of a bracketed aside after an organisation: "Báo X (Sở Văn hóa tỉnh Y)". */
const MAX_ASIDE_TOKENS = 8;

/** Skip a short bracketed aside (the owner, another name, a country) right after an organisation. */
export function skipAside(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_ASIDE_TOKENS + 1; k++) {
    if (tokens[k].text === ')') return k + 1;
    // "ĐH X (tên gốc, Ba Lan)": the original name and the country; "(quận Y - TP Z)": its places.
    if (!tokens[k].word && tokens[k].text !== ',' && !isDash(tokens[k])) return j;
  }
  return j;
}

/**
 * Skip an organisation in brackets right after another, its owner or its other name, however
 * long: "Học viện Chính trị khu vực II (Học viện Chính trị Quốc gia Hồ Chí Minh)".
 */
function skipNamedAside(tokens: readonly Token[], spans: readonly TokenSpan[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  const inside = spanAt(spans, j + 1);
  return inside && tokens[inside.end]?.text === ')' ? inside.end + 1 : j;
}

/**
 * "Báo X cùng HLC sẽ tổ chức …": an acronym joined to the chain right before the
 * organising verb is a partner, though no organisation head names it.
 */
function acronymPartner(tokens: readonly Token[], j: number): TokenSpan | undefined {
  if (!tokens[j]?.acronym || !ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, j + 1))) return undefined;
  return { start: j, end: j + 1, bare: false };
}

/** Most tokens of a partner's name read up to the organising verb. */
const MAX_NAMED_PARTNER = 10;

/** Most lower-case words a partner's name runs on with to the organising verb (see withLowerTail). */
const MAX_LOWER_TAIL = 6;

/**
 * A partner after a link word whose name runs on in lower case to the organising verb
 * ("phối hợp với Trung tâm Khởi nghiệp đổi mới sáng tạo quốc gia tổ chức …"): the span with
 * those words, no comma, link or other verb among them; else the span as it is.
 */
function withLowerTail(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  for (let k = span.end; k < tokens.length && k - span.end <= MAX_LOWER_TAIL; k++) {
    const t = tokens[k];
    if (!t.word || t.cap) return span;
    if (ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k))) return k === span.end ? span : { ...span, end: k };
    if (COORGANIZER_LINK_SET.match(tokens, k) || breaksRole(tokens, k)) return span;
  }
  return span;
}

/**
 * A partner no organisation head opens, read up to the organising verb after a link word,
 * with no comma or further link between (the last two cases after a link of working together):
 * - from a capital to a capitalised word, the partner as written ("Sở GD-ĐT phối hợp với
 *   Nhóm bạn Từ tâm Đắk Lắk tổ chức …", "phối hợp Nhà Văn hóa Sinh viên TP. HCM khai mạc");
 * - in lower case up to the unit it serves, the same ("phối hợp với lực lượng công an xã tổ chức");
 * - else UNNAMED: a partner the text does not name; the chain ends before it, keeping the
 *   organisers read ("phối hợp với nhà trường tổ chức", "phối hợp cấp ủy, chính quyền địa
 *   phương tổ chức": in lower case, a list of them).
 */
function partnerBeforeVerb(tokens: readonly Token[], j: number, cooperating: boolean): TokenSpan | typeof UNNAMED | undefined {
  if (!tokens[j]?.word || (!cooperating && !tokens[j].cap)) return undefined;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_NAMED_PARTNER; k++) {
    const t = tokens[k];
    if (t.word) {
      if (ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k))) {
        const named = tokens[j].cap ? tokens[k - 1].cap : ADMIN_UNIT_SET.endsBefore(tokens, k, 2) || namedPlace(tokens, j, k);
        return named ? { start: j, end: k, bare: false } : cooperating ? UNNAMED : undefined;
      }
      if (COORGANIZER_LINK_SET.match(tokens, k)) return undefined;
    } else if (!isPlaceAbbreviationDot(tokens, k) && !isDash(t) && !(t.text === ',' && cooperating && !tokens[j].cap)) return undefined;
  }
  return undefined;
}

/** See partnerBeforeVerb. */
const UNNAMED = 'unnamed';

/** tokens[from, to) are a lower-case unit and its capitalised name ("tỉnh Quảng Ninh", "xã Tượng Sơn"): a place, named. */
function namedPlace(tokens: readonly Token[], from: number, to: number): boolean {
  const unit = ADMIN_UNIT_SET.match(tokens, from);
  if (!unit || from + unit >= to) return false;
  for (let k = from + unit; k < to; k++) if (!tokens[k].word || !tokens[k].cap) return false;
  return true;
}

/** Most capitalised words of a name a class noun introduces. */
const MAX_CLASSED_NAME = 8;

/**
 * "A, tổ chức Rock Paper Scissors Children’s Fund (…) tổ chức": a capitalised name no head
 * opens, after a lower-case class noun, is a partner of the chain; an event's name ("tổ
 * chức Hội thi X") is not.
 */
function classNounPartner(tokens: readonly Token[], j: number): TokenSpan | undefined {
  const noun = ORGANIZATION_CLASS_NOUN_SET.match(tokens, j);
  if (!noun) return undefined;
  const from = j + noun;
  if (EVENT_NOUN_SET.has(tokens, from) || NOT_ORGANIZATION_SET.has(tokens, from)) return undefined;
  let end = from;
  while (end < tokens.length && tokens[end].cap && tokens[end].word) {
    if (++end - from > MAX_CLASSED_NAME) return undefined;
  }
  return end > from ? { start: from, end, bare: false } : undefined;
}

/** Most tokens of an unnamed group of partners ("cùng các đơn vị liên quan của huyện X"). */
const MAX_GROUP_TOKENS = 12;
const UNNAMED_GROUP = new KeyPhrases(UNNAMED_GROUP_OPENERS);

/**
 * "X phối hợp với Y cùng các đơn vị liên quan tổ chức", "… và một số đơn vị tổ chức": a plural
 * group named by no organisation closes the chain; the organising verb after it. -1 if none
 * follows closely.
 */
function verbAfterGroup(tokens: readonly Token[], j: number): number {
  if (!PLURAL_SET.match(tokens, j) && !UNNAMED_GROUP.at(tokens, j)) return -1;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_GROUP_TOKENS; k++) {
    if (ORGANIZING_VERB_SET.has(tokens, k)) return k;
    // ("các hội đoàn Nhật-Việt": a dash inside the group's words.)
    if (!tokens[k].word && tokens[k].text !== ',' && !isDash(tokens[k])) return -1;
  }
  return -1;
}

/** Most tokens of the members a "gồm" lists, or of an apposition, before the organising verb. */
const MAX_MEMBER_TOKENS = 14;

/** The organising verb (past its adverbs) at `k`, or -1. */
function verbAt(tokens: readonly Token[], k: number): number {
  const verb = skipOrganizingAdverbs(tokens, k);
  return ORGANIZING_VERB_SET.has(tokens, verb) ? verb : -1;
}

/**
 * "Đoàn Thanh niên cụm 1 gồm Phường 1, Phường 4 và Phường 8 vừa tổ chức": the members that
 * make up the organisation, listed after "gồm", stand between it and its verb. Where the
 * verb starts, or `j` unchanged if none follows closely.
 */
function skipMembers(tokens: readonly Token[], j: number): number {
  const members = MEMBERS_MARK_PHRASES.at(tokens, j);
  if (!members) return j;
  for (let k = j + members; k < tokens.length && k - j <= MAX_MEMBER_TOKENS; k++) {
    if (!tokens[k].word && tokens[k].text !== ',') return j;
    const verb = verbAt(tokens, k);
    if (verb >= 0) return verb;
  }
  return j;
}

/**
 * "Công ty X, chủ đầu tư dự án Y làm lễ khánh thành": after a comma, a lower-case apposition
 * that says what the organisation is runs to its organising verb. -1 if none follows closely.
 */
function verbAfterAppositive(tokens: readonly Token[], j: number): number {
  if (tokens[j - 1]?.text !== ',' || !tokens[j]?.word || tokens[j].cap) return -1;
  for (let k = j; k < tokens.length && k - j <= MAX_MEMBER_TOKENS; k++) {
    // The apposition may close with a comma of its own ("X, chủ đầu tư dự án Y, làm lễ …").
    if (!tokens[k].word) return tokens[k].text === ',' ? verbAt(tokens, k + 1) : -1;
    const verb = verbAt(tokens, k);
    if (verb >= 0) return verb;
  }
  return -1;
}

/** Most tokens between a signing verb and the "với" of its other party ("ký kết quy chế phối hợp với"). */
const MAX_SIGNED_TOKENS = 5;

/**
 * "X vừa ký kết phối hợp với Y": the other party of a signing one organisation opens, named
 * after "với" a few lower-case words after the verb at `j`.
 */
function signingPartner(tokens: readonly Token[], blockSpans: readonly TokenSpan[], j: number): TokenSpan | undefined {
  const verb = SIGNING_VERB_SET.match(tokens, j);
  if (!verb) return undefined;
  for (let k = j + verb; k < tokens.length && k - j - verb <= MAX_SIGNED_TOKENS; k++) {
    if (!tokens[k].word || tokens[k].cap) return undefined;
    if (tokens[k].key === 'với') {
      const partner = spanAt(blockSpans, k + 1);
      return partner && !partner.bare ? { ...partner } : undefined;
    }
  }
  return undefined;
}

/**
 * "Tân Bình Hội quán ra mắt vào sáng 6/4": a launch verb at `j` with no object, only a time,
 * a place or the clause's end after it; its subject is what was launched. A comma before
 * another organising verb joins two verbs of one object ("khánh thành, bàn giao phòng học").
 */
function launchedSubject(tokens: readonly Token[], j: number): boolean {
  const verb = LAUNCH_VERB.at(tokens, j);
  if (!verb) return false;
  const after = tokens[j + verb];
  if (!after) return true;
  if (after.word) return TIME_OR_PLACE.at(tokens, j + verb) > 0;
  return after.text === '.' || after.text === ';' || (after.text === ',' && !ORGANIZING_VERB_SET.has(tokens, j + verb + 1));
}

/** Most tokens of a group announcing a list ("các trường đại học:"). */
const MAX_LIST_INTRO_TOKENS = 6;

/**
 * "phối hợp với các trường đại học: A, B và C tổ chức": a plural group ended by a colon
 * announces the partners; the chain goes on after the colon. `j` unchanged if none.
 */
function skipListIntro(tokens: readonly Token[], j: number): number {
  // "phối hợp công đoàn cơ sở các đơn vị: A, B …": a few lower-case words may name the
  // partners' kind before the plural group.
  let plural = -1;
  for (let k = j; k < tokens.length && k - j <= MAX_KIND_WORDS && plural < 0; k++) {
    if (!tokens[k].word || tokens[k].cap) return j;
    if (PLURAL_SET.match(tokens, k)) plural = k;
  }
  if (plural < 0) return j;
  for (let k = plural + 1; k < tokens.length && k - plural <= MAX_LIST_INTRO_TOKENS; k++) {
    if (tokens[k].text === ':') return k + 1;
    if (!tokens[k].word || tokens[k].cap) return j;
  }
  return j;
}

/** Most lower-case words naming the partners' kind before a plural group that announces them. */
const MAX_KIND_WORDS = 4;

/** An ordinal written in figures or Roman numerals ("8", "VIII"). */
const ORDINAL = /^(?:\d{1,3}|[IVXLC]{1,7})$/u;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Skip the edition of the event a committee is named for ("BTC Đại hội TDTT thị xã lần thứ
 * VIII năm 2022 đã tổ chức …"): "lần thứ" and its ordinal, then maybe "năm" and its year.
 */
function skipEdition(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.key !== 'lần' || tokens[j + 1]?.key !== 'thứ' || !ORDINAL.test(tokens[j + 2]?.text ?? '')) return j;
  const k = j + 3;
  return tokens[k]?.key === 'năm' && YEAR.test(tokens[k + 1]?.text ?? '') ? k + 2 : k;
}

/**
 * Skip "tại <place>" when the organising verb follows it closely; the place may hold the
 * larger places it lies in after commas ("tại thành phố Houston, bang Texas, Mỹ"), but no
 * organisation after one.
 */
function skipPlace(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.key !== 'tại') return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_PLACE_TOKENS; k++) {
    if (!tokens[k].word) {
      if (tokens[k].text === ',' && k > j + 1 && tokens[k + 1]?.word && !ORG_HEAD_SET.has(tokens, k + 1)) continue;
      return j;
    }
    if (ORGANIZING_VERB_SET.has(tokens, k)) return k;
  }
  return j;
}

/** The span of `spans` (in order, not overlapping) that starts at token `j`: a binary search. */
function spanAt(spans: readonly TokenSpan[], j: number): TokenSpan | undefined {
  const span = spans[lastAtOrBefore(spans, j)];
  return span?.start === j ? span : undefined;
}

/** Most lower-case words describing a partner before its name ("học bổng Câu lạc bộ X"). */
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * "… và học bổng Câu lạc bộ “X” tổ chức": after a link word, a few lower-case words saying
 * what of the partner takes part, then the partner's name; the name is the partner. Not a
 * plural group ("các đơn vị …"), nor words that end the chain (a verb, a link).
 */
function describedPartner(tokens: readonly Token[], spans: readonly TokenSpan[], j: number): TokenSpan | undefined {
  if (PLURAL_SET.match(tokens, j)) return undefined;
  for (let k = j; k < tokens.length && k - j <= MAX_DESCRIPTOR_WORDS; k++) {
    const span = k > j ? spanAt(spans, k) : undefined;
    if (span) return span;
    const t = tokens[k];
    if (!t.word || t.cap || ORGANIZING_VERB_SET.has(tokens, k) || COORGANIZER_LINK_SET.match(tokens, k)) return undefined;
  }
  return undefined;
}

/**
 * Whether an organisation opens with one of `heads` (whole words), its name keyed as the
 * heads are. The heads are keyed when first asked: few sentences need it, and keying every
 * head cold cost half a millisecond at start-up.
 */
function opensWithHead(heads: readonly string[]): (doc: VnDocument, tokens: readonly Token[], span: TokenSpan) => boolean {
  let keys: string[] | null = null;
  return (doc, tokens, span) => {
    const key = `${organizationKey(spanText(doc, tokens, span.start, span.end))} `;
    keys ??= heads.map((h) => `${organizationKey(h)} `);
    return keys.some((head) => key.startsWith(head));
  };
}

/** Whether `a` and `b` open with the same head, word for word ("Sở Y tế", "Sở Công Thương"). */
function sameHead(tokens: readonly Token[], a: TokenSpan, b: TokenSpan): boolean {
  const head = matchHead(tokens, a.start);
  if (head === 0 || head !== matchHead(tokens, b.start)) return false;
  for (let k = 0; k < head; k++) if (tokens[a.start + k].key !== tokens[b.start + k].key) return false;
  return true;
}

/** The organisation `span` opens with the head of a body that owns others ("Bộ Y tế", "UBND tỉnh X"). */
const ownsBefore = opensWithHead(PARENT_BODY_HEADS);
/** The organisation `span` opens with the head of an association, which no body owns (see UNOWNED_HEADS). */
const unowned = opensWithHead(UNOWNED_HEADS);

/**
 * No capitalised word after the head of `span` ("Đoàn thanh niên", "Hội sinh viên"): it takes
 * its owner from what follows. A head that names a body alone ("Thành đoàn", "Tỉnh đoàn") is
 * a body of its own.
 */
function unnamed(tokens: readonly Token[], span: TokenSpan): boolean {
  const head = matchHead(tokens, span.start);
  if (span.end - span.start === head && STANDALONE_HEAD_SET.match(tokens, span.start) === head) return false;
  for (let k = span.start + head; k < span.end; k++) if (tokens[k].cap) return false;
  return true;
}

/** The organisation `span` opens with a head that says its place's level ("Tỉnh ủy", not "Đảng ủy"). */
const namesLevel = opensWithHead(LEVEL_NAMING_HEADS);

/** Most tokens of a head that shares the place of the body after it ("Ủy ban nhân dân"). */
const MAX_SHARING_HEAD = 4;

/** `span` is a head and nothing else ("HĐND", "Đảng ủy"), of a few words: not a whole name the lexicon holds ("Bộ Văn hóa, Thể thao và Du lịch"). */
function headOnly(tokens: readonly Token[], span: TokenSpan): boolean {
  const head = matchHead(tokens, span.start) || (tokens[span.start].acronym ? 1 : 0);
  return head > 0 && head <= MAX_SHARING_HEAD && span.end - span.start === head;
}

/** Where the place closing `span` starts: its unit ("phường Máy Tơ", "xã X"), after its head; -1 when none. */
function placeStart(tokens: readonly Token[], span: TokenSpan): number {
  for (let k = span.start + Math.max(1, matchHead(tokens, span.start)); k < span.end - 1; k++) {
    // A unit in lower case, or abbreviated ("TP Đà Lạt").
    const unit = tokens[k].cap && !tokens[k].acronym ? 0 : ADMIN_UNIT_SET.match(tokens, k);
    if (unit && k + unit < span.end && tokens[k + unit].cap) return k;
  }
  return -1;
}

/**
 * "Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Khe Sanh tổ chức": heads alone, listed with
 * commas before a body named with its place, are that place's bodies, each an organiser
 * ("HĐND xã Khe Sanh"), not a "HĐND" of nowhere. A head that says its level ("Huyện ủy,
 * UBND huyện X") stays as written. (Heads joined by a dash, "HĐND - UBND", are one member as read.)
 */
function sharePlace(doc: VnDocument, tokens: readonly Token[], chain: TokenSpan[]): void {
  for (let n = 0; n < chain.length - 1; n++) {
    let k = n;
    while (k < chain.length - 1 && headOnly(tokens, chain[k])) k++;
    const at = k > n ? placeStart(tokens, chain[k]) : -1;
    if (at < 0) {
      n = k;
      continue;
    }
    for (let j = n; j < k; j++) if (!namesLevel(doc, tokens, chain[j])) chain[j] = { ...chain[j], place: { start: at, end: chain[k].end } };
    n = k;
  }
}

/**
 * The organisations of a subject chain starting at `spans[first]`: those joined by commas
 * and links, ended by an organising verb (or by anything when `verbless`). null if none.
 */
export function readChain(doc: VnDocument, { tokens, spans, blockSpans }: Sentence, first: number, people: KnownPeople, verbless: boolean): TokenSpan[] | null {
  const chain = [{ ...spans[first], end: taskNamedEnd(tokens, spans[first]) }];
  let linked = false;
  /** A link of working together ("phối hợp với") came before in the chain. */
  let cooperated = false;
  let j = chain[0].end;
  for (;;) {
    // "X của Y", "X thuộc Y" (a body of Y) is one organiser.
    const ownerLink = tokens[j]?.key === 'của' ? 1 : ownerLinkLength(tokens, j);
    const owner = ownerLink ? spanAt(blockSpans, j + ownerLink) : undefined;
    if (owner) {
      chain[chain.length - 1].end = j = owner.end;
      continue;
    }
    // "CLB “Nắng sân trường”": the quoted name is the organisation's own.
    const quoted = quotedNameEnd(tokens, j);
    if (quoted > j) chain[chain.length - 1].end = j = quoted;
    j = skipPlace(tokens, skipOrganizingAdverbs(tokens, skipPerson(doc, tokens, skipAside(tokens, skipNamedAside(tokens, blockSpans, skipEdition(tokens, skipWhereabouts(tokens, j)))), people)));
    j = skipMembers(tokens, j);
    // "X và Y đã ký kết …": the parties of a signing, two or more.
    if (linked && !verbless && chain.length >= 2 && SIGNING_VERB_SET.match(tokens, j)) break;
    // "X vừa ký kết phối hợp với Y …": one party opens the sentence, the other follows "với".
    const signedWith = !verbless && chain.length === 1 ? signingPartner(tokens, blockSpans, j) : undefined;
    if (signedWith) {
      // Two parties, not one body and its owner (see the end).
      chain.push(signedWith);
      linked = true;
      break;
    }
    if (ORGANIZING_VERB_SET.has(tokens, j)) {
      if (!verbless && launchedSubject(tokens, j)) return null;
      const partner = coorganizerAfterVerb(tokens, j);
      if (partner < 0) break;
      j = partner;
    }
    // "Sở X - Hội Y tỉnh Z", "Thành đoàn - Hội Sinh viên thành phố C": two bodies joined by a
    // dash; "Trường Đại học A - Đại học B": one, the first belonging to the second; "Đoàn thanh
    // niên – Hội sinh viên Trường D": one name, as written, the first taking the owner of the second.
    const dashed = isDash(tokens[j]) ? spanAt(blockSpans, j + 1) : undefined;
    if (dashed && chain.length < MAX_CHAIN) {
      const last = chain[chain.length - 1];
      if (unnamed(tokens, last) || ownsBefore(doc, tokens, dashed)) last.end = dashed.end;
      else chain.push({ ...dashed });
      j = dashed.end;
      continue;
    }
    // "Đảng ủy xã X, huyện Y (Z), đã công bố …": a comma sets the subject off from its verb.
    if (tokens[j]?.text === ',' && verbAt(tokens, j + 1) >= 0 && !classNounPartner(tokens, j + 1)) {
      j++;
      continue;
    }
    let moved = false;
    /** A link word ("phối hợp với", "cùng"), not a comma alone, came before `j`; one of working together. */
    let worded = false;
    let cooperating = false;
    for (;;) {
      const link = tokens[j]?.text === ',' ? 1 : COORGANIZER_LINK_SET.match(tokens, j);
      if (!link) break;
      worded = tokens[j].text !== ',';
      // "A phối hợp với B và chính quyền địa phương tổ chức": "và" goes on with the partners
      // of a cooperation link before it.
      cooperating = worded && (COOPERATION_LINK_PHRASES.at(tokens, j) > 0 || (cooperated && tokens[j].key === 'và'));
      cooperated ||= cooperating;
      linked ||= worded;
      j = skipOrganizingAdverbs(tokens, j + link);
      moved = true;
    }
    if (moved && linked) j = skipListIntro(tokens, j);
    const partner = moved && worded ? partnerBeforeVerb(tokens, j, cooperating) : undefined;
    const named = moved ? spanAt(blockSpans, j) : undefined;
    const next = moved ? ((named && worded ? withLowerTail(tokens, named) : named) ?? acronymPartner(tokens, j) ?? classNounPartner(tokens, j) ?? (partner !== UNNAMED ? partner : undefined)
      ?? (worded ? describedPartner(tokens, blockSpans, j) : undefined)) : undefined;
    if (!next && moved && !verbless && (partner === UNNAMED || verbAfterGroup(tokens, j) >= 0 || (!linked && verbAfterAppositive(tokens, j) >= 0))) break;
    if (!next || chain.length >= MAX_CHAIN) {
      if (verbless && chain.some((s) => !s.bare)) break;
      return null;
    }
    chain.push({ ...next });
    j = next.end;
  }
  if (!linked) sharePlace(doc, tokens, chain);
  // "Bệnh viện X, Bộ Y tổ chức": two names joined by a comma alone are one organisation when
  // the second owns the first; "Hội X, Trung tâm Y tổ chức" names two, as does a body named
  // alone by its head ("Huyện ủy, UBND huyện X tổ chức": no UBND owns a party committee) or
  // one sharing the second's place ("HĐND, UBND xã X"), or two of one head ("Sở Y tế, Sở Công
  // Thương": peers, neither owning the other).
  if (chain.length === 2 && !linked && !verbless && !chain[0].place && !standsAlone(tokens, chain[0].start, chain[0].end - chain[0].start) && !unowned(doc, tokens, chain[0])
    && ownsBefore(doc, tokens, chain[1]) && !sameHead(tokens, chain[0], chain[1])) return [{ start: chain[0].start, end: chain[1].end, bare: false }];
  return chain.filter((s) => !s.bare);
}
