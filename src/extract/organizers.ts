/**
 * organizers: the organisations that organised the main event, from the first source that
 * gives any:
 *   1. front matter `organizers` (the author said so);
 *   2. the first sentence whose subject is a chain of organisations ending in an organising
 *      verb (an organising committee's with the next such chain, the bodies behind it): "X tổ
 *      chức", "X phối hợp với Y, Z và W tổ chức", "do X tổ chức", "X đã chủ trì", "X đăng cai"
 *      (a person named after the organisation may stand between: "UBND tỉnh Lê Văn A chủ
 *      trì"); attendees ("Dự lễ có …") never match: no organising verb, nor what a launch with
 *      no object launches ("Câu lạc bộ X ra mắt vào sáng 6/4"), nor a sentence adding a side
 *      activity ("Đồng thời, X tổ chức triển lãm …"). A later, longer chain replaces it when
 *      it names the same organiser, or the headline's under another head ("Chi đoàn trường X"
 *      and "Ban Chấp hành Đoàn trường X"); one as long, when it names the headline's in full
 *      ("MTTQ" and "Ủy ban Trung ương MTTQ Việt Nam");
 *   2b. a place as that subject: "Sáng 19.10, huyện X long trọng tổ chức …", "thôn X xã Y tổ
 *       chức …", "chỉ đạo huyện X tổ chức …", or its name alone when the article gives its unit elsewhere;
 *   3. "do X [phối hợp với Y]" without a verb ("Ngày hội do X kết hợp với Y nhằm …"), but no
 *      sponsor ("Học bổng do Công ty X tài trợ");
 *   3b. the parties of a signing: "Lễ ký kết … giữa X và Y";
 *   3c. a handover the headline opens with ("Trao học bổng …"): who does it in the lead;
 *   4. in the headline, a place as the subject of its organising verb ("XÃ X TỔ CHỨC RA QUÂN …"),
 *      else the first organisation it names ("Giải việt dã Công đoàn X năm 2025") that is not
 *      what its verb launches ("Ra mắt “Câu lạc bộ X”");
 *   5. in the lead, an event noun owned by an organisation: "Hội nghị tổng kết … của Vụ X";
 *   6. an organising committee named for its event in a post ("Trưởng Ban tổ chức Festival X").
 */
import { lastAtOrBefore, type VnDocument } from '../core/document.js';
import type { ExtractContext } from './context.js';
import { expandAbbreviations, organization, organizationKey, organizationsOf, type TokenSpan } from './organizations/index.js';
import {
  ADMIN_UNIT_SET, COOPERATION_LINK_PHRASES, COORGANIZER_LINK_SET, EVENT_NOUN_SET, ORG_HEAD_SET, ORGANIZED_BY_SET, ORGANIZING_ADVERB_SET, ORGANIZING_VERB_SET, PARTNER_MARK_SET, PARTNER_VERB_SET, POSITION_SET, SIGNING_VERB_SET, SPONSORING_VERB_PHRASES, STANDALONE_HEAD_SET, skipOrganizingAdverbs,
} from './phrases.js';
import { blockTokens, spanText, type Token } from './tokens.js';
import { keySet, wordRegexOnUse } from '../lexicon/compile.js';
import { KeyPhrases } from './phrase-sets.js';
import {
  CONGRESS_MEMBERS, CONGRESS_NOUNS, DIRECTING_VERBS, HANDOVER_VERBS, NOT_SUBJECT_AFTER, OPENING_TIME_WORDS, PASSIVE_AGENTS, POINTING_BACK_BODIES, SIDE_ACTIVITY_OPENERS, VISIT_APPROACHES,
} from '../lexicon/vi/organizing.js';
import { ORGANIZING_COMMITTEE_HEADS, OWNER_CLAUSE_WORDS, OWNER_OPENERS, PARTY_COMMITTEES } from '../lexicon/vi/organizations.js';
import { isObject, knownPeople, readChain, skipAside, skipWhereabouts, type KnownPeople, type Sentence } from './organizer-chain.js';
import { isDash } from './people/roles.js';

interface Found {
  sentence: Sentence;
  chain: TokenSpan[];
  rule: string;
  /** A later chain that organises too: the bodies behind an organising committee. */
  also?: Found;
}

/** The chain's organisers' keys, abbreviations expanded ("ĐH Đà Nẵng" is "Đại học Đà Nẵng"). */
const keysOf = (doc: VnDocument, f: Found) =>
  f.chain.map((s) => organizationKey(expandAbbreviations(spanText(doc, f.sentence.tokens, s.start, s.end))));

/** `key` is `prefix`, or starts with it and a space. */
const startsWithName = (key: string, prefix: string) =>
  key.length === prefix.length ? key === prefix : key.length > prefix.length && key.charCodeAt(prefix.length) === 0x20 && key.startsWith(prefix);

/** Do two chains' keys share an organiser (the same name, or one the start of the other)? */
function shareOrganizer(as: readonly string[], bs: readonly string[]): boolean {
  return as.some((x) => bs.some((y) => startsWithName(x, y) || startsWithName(y, x)));
}

/**
 * Does each of the headline's organisers stand, as whole words, inside a longer name of the
 * same place in `bs`? Headlines shorten: "MTTQ phát động …" over "Đoàn Chủ tịch Ủy ban Trung
 * ương Mặt trận Tổ quốc (MTTQ) Việt Nam tổ chức …" in the lead. Not when what follows it is
 * its owner ("Câu lạc bộ X của Đoàn phường Y"): that is the same name, and whose it is.
 */
function namedInFull(headline: readonly string[], bs: readonly string[]): boolean {
  return headline.length === bs.length && headline.every((x, i) => {
    const at = bs[i].length > x.length ? ` ${bs[i]} `.indexOf(` ${x} `) : -1;
    return at >= 0 && !OWNER_OPENERS.some((w) => bs[i].startsWith(`${w} `, at + x.length + 1));
  });
}

/** Fewest last words two names share to be one body under two heads ("… Đoàn trường THCS Lê Lợi"). */
const MIN_SHARED_TAIL_WORDS = 4;

/** Words at the end of `x` and `y` alike, counted from the end. */
function sharedTailWords(x: string, y: string): number {
  const xs = x.split(' ');
  const ys = y.split(' ');
  let n = 0;
  while (n < xs.length && n < ys.length && xs[xs.length - 1 - n] === ys[ys.length - 1 - n]) n++;
  return n;
}

/**
 * Do two chains' keys name one body under two heads, its name's last words alike ("Chi đoàn
 * trường THCS Lê Lợi" in the headline, "Ban Chấp hành Đoàn trường THCS Lê Lợi" in the lead)?
 */
function shareNamedBody(as: readonly string[], bs: readonly string[]): boolean {
  return as.some((x) => bs.some((y) => sharedTailWords(x, y) >= MIN_SHARED_TAIL_WORDS));
}

const COMMITTEE_KEYS = ORGANIZING_COMMITTEE_HEADS.map((h) => organizationKey(h));
/** Most tokens of a committee's head ("Ban tổ chức"): a longer chain names more, and its key is not made. */
const COMMITTEE_MAX_TOKENS = Math.max(...ORGANIZING_COMMITTEE_HEADS.map((h) => h.split(' ').length));

const PARTY_COMMITTEE_KEYS = PARTY_COMMITTEES.map((h) => organizationKey(h));

/** The chain is an organising committee alone ("Ban tổ chức Giải X"), not the Party's organisation department ("Ban Tổ chức Tỉnh ủy"). */
const isCommittee = (keys: readonly string[]) => keys.length === 1 && COMMITTEE_KEYS.some((c) => startsWithName(keys[0], c)
  && !PARTY_COMMITTEE_KEYS.some((p) => startsWithName(keys[0].slice(c.length + 1), p)));

/**
 * The chain is a committee that names no event ("Ban tổ chức đã trao giải …"): it says there
 * were organisers, not who they were.
 */
const isBareCommittee = (doc: VnDocument, f: Found) =>
  f.chain.length === 1 && f.chain[0].end - f.chain[0].start <= COMMITTEE_MAX_TOKENS && COMMITTEE_KEYS.includes(keysOf(doc, f)[0]);

/**
 * Rule 2: the first verb-ended subject chain of the article; when a later sentence names
 * the same organiser with more partners ("Ban X đã tổ chức …" then "Ban X phối hợp với Y,
 * Z tổ chức …"), the fuller chain. When the first is an organising committee ("Ban tổ chức
 * Giải X tổ chức …"), the next chain too ("Giải do A, B phối hợp tổ chức"): the bodies behind it.
 */
function subjectOfVerb(doc: VnDocument, sentences: Sentence[], people: KnownPeople): Found | null {
  let first: Found | null = null;
  /** The keys of the first chain's organisers, made when a longer chain is first compared with it. */
  let firstKeys: string[] | null = null;
  let members: Found | null = null;
  for (const sentence of sentences) {
    if (sentence.spans.length && addsSideActivity(sentence)) continue;
    for (let s = 0; s < sentence.spans.length; s++) {
      // A chain ends in an organising verb after it: none is left in the block.
      if (sentence.spans[s].start > sentence.lastVerb) break;
      // "tại Trung tâm Hội nghị tỉnh, Ban X tổ chức": the venue is no subject.
      if (sentence.spans[s].bare || isObject(sentence.tokens, sentence.spans[s].start)) continue;
      // "giải CLB tổ chức thi đấu …": an event noun before it makes it the event's part, no subject.
      if (EVENT_NOUN_SET.endsBefore(sentence.tokens, sentence.spans[s].start)) continue;
      const chain = readChain(doc, sentence, s, people, false);
      if (!chain?.length) continue;
      const place = s === 0 ? placeCooperating(sentence, chain[0].start) : null;
      if (place) chain.unshift(place);
      chain.push(...partnerClauses(sentence, chain[chain.length - 1].end));
      const found: Found = { sentence, chain, rule: 'organizers.subject-verb' };
      // A bare handover ("X trao …") names the organiser as the clause's subject, opening it: not
      // in a caption (who hands over in the picture), nor after a person ("Thứ trưởng A và đại diện X trao …").
      if (handsOver(found) && (sentence.inCaption || opensNoClause(sentence, chain[0].start))) break;
      if (isBareCommittee(doc, found)) break;
      // A photo's caption says who hands what over in the picture; the text's own chain, later, who organised.
      if (!first || (first.sentence.inCaption && !sentence.inCaption)) {
        first = found;
        firstKeys = null;
      } else {
        firstKeys ??= keysOf(doc, first);
        const longer = chain.length > first.chain.length;
        const headlineFirst = first.sentence === sentences[0];
        const asMany = headlineFirst && chain.length === first.chain.length;
        // A later chain's keys are made only when it may replace the first or join a committee.
        if (!longer && !asMany && (members || !isCommittee(firstKeys))) break;
        const keys = keysOf(doc, found);
        // The headline's organiser, under another head in the lead's fuller chain, or named in full there, is the same body.
        if ((longer && (shareOrganizer(firstKeys, keys) || (headlineFirst && shareNamedBody(firstKeys, keys)))) || (asMany && namedInFull(firstKeys, keys))) {
          first = found;
          firstKeys = keys;
        } else if (!members && isCommittee(firstKeys) && !shareOrganizer(firstKeys, keys)) {
          members = { ...found, rule: 'organizers.committee-members' };
        }
      }
      break;
    }
  }
  return first && members ? { ...first, also: members } : first;
}

/**
 * "Ngày 27/8, xã Hiếu Giang phối hợp với Sư đoàn 968 tổ chức …": a place opening the clause
 * (as in placeSubject) that works together with the chain starting at `start` is its first
 * member; no organisation span holds it, so the chain did not.
 */
function placeCooperating(sentence: Sentence, start: number): TokenSpan | null {
  const { tokens, from, to } = sentence;
  const link = COOPERATION_LINK_PHRASES.endingBefore(tokens, start, from);
  if (!link) return null;
  let end = start - link;
  if (ORGANIZING_ADVERB_SET.endsBefore(tokens, end, 1)) end--;
  for (let i = from; i < end; i++) {
    if (!opensClause(tokens, from, i)) continue;
    const unit = ADMIN_UNIT_SET.match(tokens, i, true);
    if (unit && placeNameEnd(tokens, i + unit, to) === end) return { start: i, end, bare: false };
  }
  return null;
}

/** A word stands before `start` in its sentence, other than a link to a body before ("Hội X và Sở Y trao …"). */
const opensNoClause = ({ tokens, from }: Sentence, start: number) =>
  start > from && tokens[start - 1].word && !COORGANIZER_LINK_SET.endsBefore(tokens, start);

/** Whether the verb after a found chain is a bare handover ("X trao học bổng …"), not an organising phrase ("trao tặng"). */
function handsOver({ sentence: { tokens }, chain }: Found): boolean {
  const k = skipOrganizingAdverbs(tokens, chain[chain.length - 1].end);
  return k < tokens.length && HANDOVER_VERB_KEYS.has(tokens[k].key) && ORGANIZING_VERB_SET.match(tokens, k) === 1;
}

const SIDE_ACTIVITY = new KeyPhrases(SIDE_ACTIVITY_OPENERS);

/** "Đồng thời, X tổ chức triển lãm …": the sentence opens by adding a side activity, and a comma. */
function addsSideActivity({ tokens, from, to }: Sentence): boolean {
  const n = SIDE_ACTIVITY.at(tokens, from, to);
  return n > 0 && tokens[from + n]?.text === ',';
}

/**
 * Partners named later in the same sentence: the subject of a clause that took a partner's
 * part ("Giải do X đăng cai, Y phối hợp thực hiện") or the owner of "sự phối hợp"
 * ("X tổ chức …, với sự phối hợp của Y"), and those listed right after it ("… của Y, Z").
 */
function partnerClauses({ tokens, spans }: Sentence, after: number): TokenSpan[] {
  const partners: TokenSpan[] = [];
  /** Where the partners a mark opened end: the next one listed right after goes with them ("sự phối hợp của A, B"). */
  let listEnd = -1;
  for (const span of spans) {
    if (span.start < after || span.bare) continue;
    if (PARTNER_MARK_SET.endsBefore(tokens, span.start, 5)) {
      partners.push({ ...span });
      listEnd = span.end;
      continue;
    }
    const before = tokens[span.start - 1];
    if (before?.text !== ',' && before?.key !== 'và') continue;
    if (span.start === listEnd + 1) {
      partners.push({ ...span });
      listEnd = span.end;
    } else if (PARTNER_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, span.end))) partners.push({ ...span });
  }
  return partners;
}

/** Sentences of the body read by the place-subject rule; most capitalised words of the place's name. */
const PLACE_SUBJECT_SENTENCES = 6;
const MAX_PLACE_NAME = 5;

/** The directing verbs ("chỉ đạo"): asked only before a unit word. */
const DIRECTING_VERB_PHRASES = new KeyPhrases(DIRECTING_VERBS);

/** Does a directing verb of one or two words end right before `i` ("chỉ đạo huyện X")? */
function afterDirectingVerb(tokens: readonly Token[], i: number): boolean {
  return DIRECTING_VERB_PHRASES.endingBefore(tokens, i) > 0;
}

const OPENING_TIME_KEYS = keySet(OPENING_TIME_WORDS);
/** Most tokens of an outlet's tag before a dash opening the sentence ("(HG) -"). */
const MAX_TAG_TOKENS = 5;

/**
 * Does a clause open at `i`, the sentence's tokens from `from`: at the sentence's start or a
 * comma, after a time in words only ("Sáng nay huyện X …"), or after an outlet's tag and its
 * dash ("(HG) - Huyện Long Mỹ …").
 */
function opensClause(tokens: readonly Token[], from: number, i: number): boolean {
  if (i === from || tokens[i - 1].text === ',') return true;
  if (isDash(tokens[i - 1]) && i - from <= MAX_TAG_TOKENS) return true;
  for (let k = from; k < i; k++) if (!OPENING_TIME_KEYS.has(tokens[k].key)) return false;
  return true;
}

/**
 * Past ", Quảng Ninh" or ", tỉnh Quảng Ninh" after a place's name at `k`: the province it lies
 * in, set off by a comma before the verb; `k` when none follows.
 */
function pastProvince(tokens: readonly Token[], k: number, to: number): number {
  if (tokens[k]?.text !== ',') return k;
  const unit = ADMIN_UNIT_SET.match(tokens, k + 1, true);
  const end = placeNameEnd(tokens, k + 1 + unit, to);
  return end > 0 ? end : k;
}

/** Fewest and most syllables of a place named without its unit ("Kim Thành tổ chức …"). */
const MIN_BARE_PLACE = 2;
const MAX_BARE_PLACE = 4;

/**
 * Does the article name the place of `keys` after a unit word elsewhere ("huyện Kim Thành",
 * "Huyện ủy Kim Thành")? Then a bare "Kim Thành" is that place, not a person or a brand.
 */
function namedAfterUnit(sentences: Sentence[], keys: readonly string[]): boolean {
  let seen: Token[] | null = null;
  for (const { tokens } of sentences) {
    // The sentences of a block share its tokens: each block is read once.
    if (tokens === seen) continue;
    seen = tokens;
    for (let p = 1; p + keys.length <= tokens.length; p++) {
      if (tokens[p].key !== keys[0] || !(ADMIN_UNIT_SET.endsBefore(tokens, p, 2) || STANDALONE_HEAD_SET.endsBefore(tokens, p, 2))) continue;
      if (keys.every((key, n) => tokens[p + n].key === key)) return true;
    }
  }
  return false;
}

/**
 * End of a place named without its unit at `i`, the subject of an organising verb: two to
 * four capitalised syllables, no organisation's head among them, that the article names
 * after a unit word elsewhere. -1 if none.
 */
function barePlaceEnd(sentences: Sentence[], tokens: readonly Token[], i: number, to: number): number {
  let k = i;
  while (k < to && k - i < MAX_BARE_PLACE && tokens[k].nameSyllable && !ORG_HEAD_SET.has(tokens, k)) k++;
  if (k - i < MIN_BARE_PLACE || !ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k))) return -1;
  const keys = tokens.slice(i, k).map((t) => t.key);
  return namedAfterUnit(sentences, keys) ? k : -1;
}

/**
 * End of the name of a place after its unit word at `from` and of the places above it that
 * follow ("Tân Sơn xã Quỳnh Sơn", "Hòa Lâm huyện Mường Khê"): capitalised words, each unit's
 * at most MAX_PLACE_NAME, never an organising verb (a headline in capitals has the verb in
 * capitals too: "XÃ ĐẠ LÂY TỔ CHỨC …"). -1 if no name follows the unit.
 */
function placeNameEnd(tokens: readonly Token[], from: number, to: number): number {
  const named = (k: number) => k < to && tokens[k].cap && tokens[k].word && !ORGANIZING_VERB_SET.has(tokens, k);
  if (!named(from)) return -1;
  let k = from;
  for (;;) {
    const start = k;
    while (k - start < MAX_PLACE_NAME && named(k)) k++;
    // The place it lies in, in lower case: "Thôn Tân Sơn xã Quỳnh Sơn".
    const parent = tokens[k]?.cap ? 0 : ADMIN_UNIT_SET.match(tokens, k);
    if (!parent || !named(k + parent)) return k;
    k += parent;
  }
}

/**
 * Rule 2b: a place as the subject of an organising verb, "Sáng 2.9, huyện Tân Lạc long
 * trọng tổ chức …": an administrative unit and its name opening the sentence or a clause,
 * or set to work by a directing verb ("Ban chỉ đạo tỉnh chỉ đạo huyện X tổ chức …"); else
 * the place's name alone when the article gives its unit elsewhere ("Sáng 30/3, Kim Thành
 * tổ chức …" and "huyện Kim Thành"). `read`: the sentences looked at, of `sentences`.
 */
function placeSubject(sentences: Sentence[], read: Sentence[]): Found | null {
  let bare: Found | null = null;
  for (const sentence of read) {
    const { tokens, from, to } = sentence;
    for (let i = from; i < to; i++) {
      const opens = opensClause(tokens, from, i);
      const unit = ADMIN_UNIT_SET.match(tokens, i, true);
      if (!opens && !(unit && afterDirectingVerb(tokens, i))) continue;
      if (!unit) {
        const end: number = !bare && opens && tokens[i].nameSyllable ? barePlaceEnd(sentences, tokens, i, to) : -1;
        if (end > 0) bare = { sentence, chain: [{ start: i, end, bare: false }], rule: 'organizers.bare-place-subject' };
        continue;
      }
      const k = placeNameEnd(tokens, i + unit, to);
      // "phường Hòa Hưng (TPHCM) tổ chức": the place above it in brackets.
      if (k < 0 || !ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, skipAside(tokens, pastProvince(tokens, k, to))))) continue;
      return { sentence, chain: [{ start: i, end: k, bare: false }], rule: 'organizers.place-subject' };
    }
  }
  return bare;
}

/** Most tokens of a bracketed aside between a sponsor and its verb ("Công ty X (Nhật Bản) tài trợ"). */
const MAX_SPONSOR_ASIDE = 8;

/**
 * Past a bracketed aside of at most `max` tokens that opens at `j` and closes before `to`
 * ("(Nhật Bản)", "(Đầm Hà)"); `j` when none opens there or it does not close in time.
 */
function pastBracketedAside(tokens: readonly Token[], j: number, to: number, max: number): number {
  if (tokens[j]?.text !== '(') return j;
  let k = j + 1;
  while (k < to && k - j <= max && tokens[k].text !== ')') k++;
  return tokens[k]?.text === ')' ? k + 1 : j;
}

/** Does a sponsoring verb follow at `j`, past a bracketed aside and adverbs ("(Nhật Bản) đã tài trợ")? */
function sponsoringVerbAt(tokens: readonly Token[], j: number): boolean {
  j = skipOrganizingAdverbs(tokens, pastBracketedAside(tokens, j, tokens.length, MAX_SPONSOR_ASIDE));
  return SPONSORING_VERB_PHRASES.at(tokens, j) > 0;
}

const PASSIVE_AGENT = new KeyPhrases(PASSIVE_AGENTS);

/** "(được) tổ chức bởi" ends right before `at`: the agent of the organising verb follows. */
const afterPassiveAgent = (tokens: readonly Token[], at: number) =>
  at > 1 && PASSIVE_AGENT.at(tokens, at - 1, at) > 0 && ORGANIZING_VERB_SET.endsBefore(tokens, at - 1);

/** Rule 3: the first "do X …" (or "tổ chức bởi X") chain that is no sponsor's ("do X tài trợ"). */
function organizedBy(doc: VnDocument, sentences: Sentence[], people: KnownPeople) {
  for (const sentence of sentences) {
    for (let s = 0; s < sentence.spans.length; s++) {
      const at = sentence.spans[s].start;
      if (sentence.spans[s].bare || !(ORGANIZED_BY_SET.has(sentence.tokens, at - 1) || afterPassiveAgent(sentence.tokens, at))) continue;
      const chain = readChain(doc, sentence, s, people, true);
      if (chain?.length && !sponsoringVerbAt(sentence.tokens, chain[chain.length - 1].end)) return { sentence, chain, rule: 'organizers.organized-by' };
    }
  }
  return null;
}

/** Most tokens between a signing verb and "giữa" ("ký kết thỏa thuận liên kết đào tạo nghề giữa …"). */
const MAX_SIGNING_REACH = 12;

/** A signing verb in the sentence's tokens [from, to). */
function signs(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SIGNING_VERB_SET.match(tokens, k)) return true;
  return false;
}

/**
 * Rule 3b: the parties of a signing, "ký kết … giữa X và Y", when the headline reports a
 * signing (a signing at a conference is not its organisers): the body's sentences first,
 * then the headline.
 */
function signingParties(doc: VnDocument, sentences: Sentence[], people: KnownPeople): Found | null {
  const headline = sentences[0];
  if (!headline || !signs(headline.tokens, headline.from, headline.to)) return null;
  for (const sentence of [...sentences.slice(1), headline]) {
    const { tokens, spans, from } = sentence;
    for (let s = 0; s < spans.length; s++) {
      const at = spans[s].start;
      if (spans[s].bare || tokens[at - 1]?.key !== 'giữa') continue;
      let signed = false;
      for (let k = at - 2; k >= from && at - k <= MAX_SIGNING_REACH && !signed; k--) signed = SIGNING_VERB_SET.match(tokens, k) > 0;
      if (!signed) continue;
      const chain = readChain(doc, sentence, s, people, true);
      if (chain && chain.length >= 2) return { sentence, chain, rule: 'organizers.signing-parties' };
    }
  }
  return null;
}

const HANDOVER_VERB_KEYS = keySet(HANDOVER_VERBS);
const VISIT_APPROACH_KEYS = keySet(VISIT_APPROACHES);

/** Most tokens of a tag or a place before the headline's colon ("(Đầm Hà)", "Đà Nẵng:"). */
const MAX_HEADLINE_PREFIX = 8;

/** The first word of the headline past a bracketed tag and a "Place:" prefix. */
function headlineOpening({ tokens, from, to }: Sentence): number {
  const i = pastBracketedAside(tokens, from, to, MAX_HEADLINE_PREFIX);
  for (let k = i; k < to && k - i <= MAX_HEADLINE_PREFIX; k++) {
    if (tokens[k].text === ':') return k + 1;
    if (!tokens[k].word) break;
  }
  return i;
}

/**
 * Rule 3c: the headline opens with a handover ("Đà Nẵng: Trao học bổng …"); in the lead, the
 * organisation that does it ("Hội X đã trao 15 suất học bổng …").
 */
function handoverSubject(doc: VnDocument, sentences: Sentence[], people: KnownPeople): Found | null {
  const headline = sentences[0];
  const opening = headline.tokens[headlineOpening(headline)];
  if (!opening || !HANDOVER_VERB_KEYS.has(opening.key)) return null;
  // A photo's caption between the headline and the lead is not the lead ("Ông X trao học bổng tại buổi lễ. Ảnh: Y").
  for (const sentence of sentences.slice(1).filter((s) => !s.inCaption).slice(0, LEAD_SENTENCES)) {
    const { tokens, spans } = sentence;
    for (let s = 0; s < spans.length; s++) {
      if (spans[s].bare || isObject(tokens, spans[s].start)) continue;
      const chain = readChain(doc, sentence, s, people, true);
      if (!chain?.length) continue;
      // "Hội X, tỉnh Y đến thăm …": past where it is, a verb of coming may stand before the visit.
      const verb = skipOrganizingAdverbs(tokens, skipWhereabouts(tokens, chain[chain.length - 1].end));
      if (tokens[verb]?.key === opening.key || (VISIT_APPROACH_KEYS.has(tokens[verb]?.key ?? '') && tokens[verb + 1]?.key === opening.key)) {
        return { sentence, chain, rule: 'organizers.handover-subject' };
      }
    }
  }
  return null;
}

/** Most capitalised words of a proper name written before its head ("Tân Bình Hội quán"). */
const MAX_NAME_BEFORE_HEAD = 3;

/** Opening quotation marks, between a verb and the name it takes ("Ra mắt “Câu lạc bộ X”"). */
const OPENING_QUOTES = new Set(['“', '"', '«']);

/**
 * Does an organising verb end right before the organisation at `start`, past an opening
 * quotation mark or a name before its head ("Ra mắt “Câu lạc bộ X”", "Khánh thành Trường Y",
 * "Ra mắt Tân Bình Hội quán")? Then it is what the event
 * launches or opens, not who organised it.
 */
function objectOfVerb(tokens: readonly Token[], start: number): boolean {
  // "Ra mắt Tân Bình Hội quán": the proper name written before the head goes with it.
  let at = start;
  while (at > 0 && start - at < MAX_NAME_BEFORE_HEAD && tokens[at - 1].nameSyllable) at--;
  if (OPENING_QUOTES.has(tokens[at - 1]?.text)) at--;
  return ORGANIZING_VERB_SET.endsBefore(tokens, at);
}

/** Rule 4: the first organisation named in the headline, not the object of its verb. */
function inHeadline(sentences: Sentence[], headlineEnd: number) {
  const sentence = sentences[0];
  const span = sentence?.spans.find((s) => !s.bare && sentence.tokens[s.start].start < headlineEnd && !objectOfVerb(sentence.tokens, s.start));
  return span ? { sentence, chain: [span], rule: 'organizers.headline' } : null;
}

/** Sentences of the lead searched by rule 5; most tokens between the event noun and "của". */
const LEAD_SENTENCES = 3;
const MAX_EVENT_NAME_TOKENS = 30;
const OWNER_CLAUSE = new KeyPhrases(OWNER_CLAUSE_WORDS);

/** Rule 5: "Hội nghị … của X" in the first sentences of the body. */
function eventOwner(sentences: Sentence[]): Found | null {
  for (const sentence of sentences.slice(1, 1 + LEAD_SENTENCES)) {
    const { tokens, spans } = sentence;
    for (const span of spans) {
      if (span.bare || tokens[span.start - 1]?.key !== 'của') continue;
      for (let k = span.start - 2; k >= 0 && span.start - k <= MAX_EVENT_NAME_TOKENS; k--) {
        if ((!tokens[k].word && !isDash(tokens[k])) || OWNER_CLAUSE.at(tokens, k)) break;
        if (EVENT_NOUN_SET.has(tokens, k) && tokens[k].cap) return { sentence, chain: [span], rule: 'organizers.event-owner' };
      }
    }
  }
  return null;
}

const CONGRESS = new KeyPhrases(CONGRESS_NOUNS);
const CONGRESS_MEMBER = new KeyPhrases(CONGRESS_MEMBERS);

/**
 * Rule 5b: the body whose congress the headline or the lead names ("Đại hội đại biểu Đảng bộ
 * Bộ đội Biên phòng lần thứ XVI …"): it holds its own congress, though no verb says so.
 */
function congressHolder(sentences: Sentence[]): Found | null {
  for (const sentence of sentences.slice(0, 1 + LEAD_SENTENCES)) {
    const { tokens, spans } = sentence;
    for (const span of spans) {
      if (span.bare) continue;
      const at = span.start - CONGRESS_MEMBER.endingBefore(tokens, span.start);
      if (CONGRESS.endingBefore(tokens, at) > 0) return { sentence, chain: [span], rule: 'organizers.congress-holder' };
    }
  }
  return null;
}

const POINTING_BACK_KINDS = new KeyPhrases(POINTING_BACK_BODIES.map(([kind]) => kind));
/** Any such kind in a text: most texts hold none, and their tokens are then not read. */
const ANY_POINTING_BACK_KIND = wordRegexOnUse(POINTING_BACK_BODIES.map(([kind]) => kind), 'i');
const HEAD_OF_KIND = new Map(POINTING_BACK_BODIES.map(([kind, head]) => [organizationKey(kind), organizationKey(head)]));
const NOT_SUBJECT_AFTER_SET = keySet(NOT_SUBJECT_AFTER);

/**
 * Rule 3d: a body named by its kind alone as the subject of an organising verb ("…, nhà
 * trường đã long trọng tổ chức Lễ Bế giảng"): the last body of that kind the text named
 * before it ("trường THCS Lý Thường Kiệt").
 */
function pointedBackSubject(doc: VnDocument, sentences: Sentence[]): Found | null {
  if (!ANY_POINTING_BACK_KIND().test(doc.key)) return null;
  /** The last named body by head, and where. */
  const last = new Map<string, { sentence: Sentence; span: TokenSpan }>();
  const note = (sentence: Sentence, span: TokenSpan) => {
    if (span.bare) return;
    const key = organizationKey(spanText(doc, sentence.tokens, span.start, span.end));
    for (const head of HEAD_OF_KIND.values()) if (key.startsWith(`${head} `)) last.set(head, { sentence, span });
  };
  for (const sentence of sentences) {
    const { tokens } = sentence;
    let s = 0;
    for (let i = sentence.from; i < sentence.to; i++) {
      for (; s < sentence.spans.length && sentence.spans[s].start < i; s++) note(sentence, sentence.spans[s]);
      const n = POINTING_BACK_KINDS.at(tokens, i, sentence.to);
      if (!n || (i > sentence.from && NOT_SUBJECT_AFTER_SET.has(tokens[i - 1].key))) continue;
      const verb = skipOrganizingAdverbs(tokens, i + n);
      if (verb >= sentence.to || !ORGANIZING_VERB_SET.match(tokens, verb)) continue;
      const named = last.get(HEAD_OF_KIND.get(organizationKey(spanText(doc, tokens, i, i + n)))!);
      if (named) return { sentence: named.sentence, chain: [named.span], rule: 'organizers.pointed-back' };
    }
    for (; s < sentence.spans.length; s++) note(sentence, sentence.spans[s]);
  }
  return null;
}

/** Most words of a post before the body it heads ("Phó Trưởng"). */
const MAX_POST_WORDS = 3;

/** A post ends right before `i` or runs on into the name there ("Trưởng" of "Trưởng Ban tổ chức"). */
function inPost(tokens: readonly Token[], i: number): boolean {
  for (let k = 1; k <= MAX_POST_WORDS && k <= i; k++) if (POSITION_SET.match(tokens, i - k) >= k) return true;
  return false;
}

/**
 * Rule 6: an organising committee named for its event in somebody's post ("Trưởng Ban tổ
 * chức Festival X 2013"): the committee organised it, though no sentence says so. Not a bare
 * "Ban tổ chức", which names nobody, nor a committee only said to meet ("BTC Giải X họp …").
 */
function namedCommittee(doc: VnDocument, sentences: Sentence[]): Found | null {
  for (const sentence of sentences) {
    for (const span of sentence.spans) {
      if (span.bare || span.end - span.start <= COMMITTEE_MAX_TOKENS || !inPost(sentence.tokens, span.start)) continue;
      const found: Found = { sentence, chain: [span], rule: 'organizers.named-committee' };
      if (isCommittee(keysOf(doc, found))) return found;
    }
  }
  return null;
}

/** Each sentence with the organisation spans of its block that fall inside it. */
function splitBySentence(doc: VnDocument): Sentence[] {
  const sentences: Sentence[] = [];
  let next = 0;
  for (const block of doc.blocks) {
    const tokens = blockTokens(doc, block);
    const spans = organizationsOf(doc, block);
    let lastVerb = spans.length ? tokens.length - 1 : -1;
    while (lastVerb >= 0 && !(tokens[lastVerb].starts & ORGANIZING_VERB_SET.bit) && !SIGNING_VERB_SET.match(tokens, lastVerb)) lastVerb--;
    let k = 0;
    for (; next < doc.sentences.length && doc.sentences[next].block <= block.index; next++) {
      const { start, end, block: of } = doc.sentences[next];
      if (of !== block.index) continue;
      while (k < spans.length && tokens[spans[k].start].start < start) k++;
      const from = k;
      while (k < spans.length && tokens[spans[k].start].start < end) k++;
      // The sentence's tokens, found by binary search: walking would read every token of the text.
      const first = lastAtOrBefore(tokens, start - 1) + 1;
      const to = lastAtOrBefore(tokens, end - 1) + 1;
      sentences.push({ tokens, spans: spans.slice(from, k), blockSpans: spans, lastVerb, from: first, to, inCaption: block.kind === 'caption' });
    }
  }
  return sentences;
}

export function extractOrganizers(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const given = doc.frontMatter.organizers;
  if (Array.isArray(given) && given.length) {
    for (const name of given.map(String)) {
      const at = Math.max(doc.text.indexOf(name), 0);
      article.organizers.push(organization(doc, name, at, at + name.length, 'organizers.front-matter'));
    }
    return;
  }
  const sentences = splitBySentence(doc);
  const people = knownPeople(doc, article.people);
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  /** The first sentence is the headline's. */
  const inHeadlineBlock = !!headline && sentences.length > 0 && sentences[0].tokens[sentences[0].from]?.start < headline.end;
  const found: Found | null =
    subjectOfVerb(doc, sentences, people) ??
    placeSubject(sentences, sentences.slice(1, 1 + PLACE_SUBJECT_SENTENCES)) ??
    organizedBy(doc, sentences, people) ??
    signingParties(doc, sentences, people) ??
    pointedBackSubject(doc, sentences) ??
    (inHeadlineBlock ? handoverSubject(doc, sentences, people) : null) ??
    // 4. The headline: a place as the subject of its organising verb ("XÃ X TỔ CHỨC …"), else its first organisation.
    (inHeadlineBlock ? placeSubject(sentences, sentences.slice(0, 1)) : null) ??
    (headline ? inHeadline(sentences, headline.end) : null) ??
    eventOwner(sentences) ??
    congressHolder(sentences) ??
    namedCommittee(doc, sentences);
  if (!found) return;
  const keys = new Set<string>();
  for (const f of found.also ? [found, found.also] : [found]) {
    const { tokens } = f.sentence;
    for (const span of f.chain) {
      const { place } = span;
      // "HĐND" of "HĐND, UBND xã X": its name with the place it shares (see sharePlace).
      const name = spanText(doc, tokens, span.start, span.end) + (place ? ` ${spanText(doc, tokens, place.start, place.end)}` : '');
      const key = organizationKey(name);
      if (keys.has(key)) continue;
      keys.add(key);
      const found = organization(doc, name, tokens[span.start].start, tokens[span.end - 1].end, f.rule);
      if (place) found.evidence.push(doc.evidence(tokens[place.start].start, tokens[place.end - 1].end, 'organizers.shared-place'));
      article.organizers.push(found);
    }
  }
}
