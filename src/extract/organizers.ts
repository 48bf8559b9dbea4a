/**
 * organizers: the organisations that organised the main event, from the first source that
 * gives any:
 *   1. front matter `organizers` (the author said so);
 *   2. the first sentence whose subject is a chain of organisations ending in an organising
 *      verb: "X tổ chức", "X phối hợp với Y, Z và W tổ chức", "do X tổ chức", "X đã chủ trì",
 *      "X đăng cai" (a person named after the organisation may stand between: "UBND tỉnh
 *      Lê Văn A chủ trì"); attendees ("Dự lễ có …") never match: no organising verb;
 *   2b. a place as that subject: "Sáng 19.10, huyện X long trọng tổ chức …";
 *   3. "do X [phối hợp với Y]" without a verb ("Ngày hội do X kết hợp với Y nhằm …");
 *   4. the first organisation the headline names ("Giải việt dã Công đoàn X năm 2025");
 *   5. in the lead, an event noun owned by an organisation: "Hội nghị tổng kết … của Vụ X".
 */
import { lastAtOrBefore, type VnDocument } from '../core/document.js';
import type { ExtractContext } from './context.js';
import type { Person } from '../model/article.js';
import { organization, organizationKey, organizationsOf, type TokenSpan } from './organizations/index.js';
import { MAX_NAME_SYLLABLES, isNameSyllable } from './people/names.js';
import { peopleNameKeys, runNameKey } from './people/registry.js';
import {
  ADMIN_UNIT_SET, COORGANIZER_LINK_SET, EVENT_NOUN_SET, ORG_HEAD_SET, ORGANIZED_BY_SET, skipOrganizingAdverbs,
  OBJECT_MARK_SET, ORGANIZING_VERB_SET, PARTNER_LINK_SET, PARTNER_MARK_SET, PARTNER_VERB_SET, PLURAL_SET,
} from './phrases.js';
import { blockTokens, spanText, type Token } from './tokens.js';
import { matchKey } from '../core/text.js';
import { SIGNING_VERBS } from '../lexicon/vi/organizing.js';

/** Most tokens of a "tại …" place skipped between the organisers and the verb. */
const MAX_PLACE_TOKENS = 10;

/** One sentence: its block's tokens, and the organisation spans inside the sentence. */
interface Sentence {
  tokens: Token[];
  spans: TokenSpan[];
  /** All the block's spans, in order, for following a chain (see spanAt). */
  blockSpans: readonly TokenSpan[];
  /** The last token of the block that may start an organising verb (-1: none). */
  lastVerb: number;
  /** The sentence's tokens: `tokens[from, to)`. */
  from: number;
  to: number;
}

/** The signing verbs as lists of lower-cased word keys, longest first. */
const SIGNING = SIGNING_VERBS.map((v) => matchKey(v).toLowerCase().split(' ')).sort((a, b) => b.length - a.length);

/** Tokens of a signing verb at `j` ("ký kết"), 0 when none. */
function signingVerb(tokens: readonly Token[], j: number): number {
  for (const words of SIGNING) if (words.every((w, k) => tokens[j + k]?.key === w)) return words.length;
  return 0;
}

/** Most organisations in one chain. */
const MAX_CHAIN = 12;

/** Name keys of the article's people, and the first words of those keys. */
interface KnownPeople {
  has(key: string): boolean;
  hasFirstWord(word: string): boolean;
}

/** The article's people's name keys, worked out at the first look-up (most articles make none). */
function knownPeople(doc: VnDocument, people: readonly Person[]): KnownPeople {
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
 * Định)"): an administrative unit and its capitalised name after a comma or in brackets.
 */
function skipWhereabouts(tokens: readonly Token[], j: number): number {
  for (;;) {
    const open = tokens[j]?.text;
    if (open !== ',' && open !== '(') return j;
    const unit = ADMIN_UNIT_SET.match(tokens, j + 1);
    if (!unit || !tokens[j + 1 + unit]?.cap) return j;
    let k = j + 1 + unit;
    while (k < tokens.length && tokens[k].cap && tokens[k].word && !ORG_HEAD_SET.has(tokens, k)) k++;
    if (open === '(') {
      if (tokens[k]?.text !== ')') return j;
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
function isObject(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= MAX_OBJECT_GAP + 1; k--) {
    if (OBJECT_MARK_SET.has(tokens, k)) return true;
    if (!tokens[k].word || tokens[k].cap) return false;
  }
  return false;
}

/** Most tokens of a bracketed aside after an organisation: "Báo X (Sở Văn hóa tỉnh Y)". */
const MAX_ASIDE_TOKENS = 8;

/** Skip a short bracketed aside (the owner, another name, a country) right after an organisation. */
function skipAside(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_ASIDE_TOKENS + 1; k++) {
    if (tokens[k].text === ')') return k + 1;
    // "ĐH X (tên gốc, Ba Lan)": the original name and the country.
    if (!tokens[k].word && tokens[k].text !== ',') return j;
  }
  return j;
}

/**
 * "Báo X cùng HLC sẽ tổ chức …": an acronym joined to the chain right before the
 * organising verb is a partner, though no organisation head names it.
 */
function acronymPartner(tokens: readonly Token[], j: number): TokenSpan | undefined {
  if (!tokens[j]?.acronym || !ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, j + 1))) return undefined;
  return { start: j, end: j + 1, bare: false };
}

/** Most tokens of an unnamed group of partners ("cùng các đơn vị liên quan của huyện X"). */
const MAX_GROUP_TOKENS = 12;

/**
 * "X phối hợp với Y cùng các đơn vị liên quan tổ chức": a plural group named by no
 * organisation closes the chain; the organising verb after it. -1 if none follows closely.
 */
function verbAfterGroup(tokens: readonly Token[], j: number): number {
  if (!PLURAL_SET.match(tokens, j)) return -1;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_GROUP_TOKENS; k++) {
    if (ORGANIZING_VERB_SET.has(tokens, k)) return k;
    if (!tokens[k].word && tokens[k].text !== ',') return -1;
  }
  return -1;
}

/** Most tokens of a group announcing a list ("các trường đại học:"). */
const MAX_LIST_INTRO_TOKENS = 6;

/**
 * "phối hợp với các trường đại học: A, B và C tổ chức": a plural group ended by a colon
 * announces the partners; the chain goes on after the colon. `j` unchanged if none.
 */
function skipListIntro(tokens: readonly Token[], j: number): number {
  if (!PLURAL_SET.match(tokens, j)) return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_LIST_INTRO_TOKENS; k++) {
    if (tokens[k].text === ':') return k + 1;
    if (!tokens[k].word || tokens[k].cap) return j;
  }
  return j;
}

/** Skip "tại <place>" when the organising verb follows it closely. */
function skipPlace(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.key !== 'tại') return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_PLACE_TOKENS; k++) {
    if (!tokens[k].word) return j;
    if (ORGANIZING_VERB_SET.has(tokens, k)) return k;
  }
  return j;
}

/** The span of `spans` (in order, not overlapping) that starts at token `j`: a binary search. */
function spanAt(spans: readonly TokenSpan[], j: number): TokenSpan | undefined {
  const span = spans[lastAtOrBefore(spans, j)];
  return span?.start === j ? span : undefined;
}

/**
 * The organisations of a subject chain starting at `spans[first]`: those joined by commas
 * and links, ended by an organising verb (or by anything when `verbless`). null if none.
 */
function readChain(doc: VnDocument, { tokens, spans, blockSpans }: Sentence, first: number, people: KnownPeople, verbless: boolean): TokenSpan[] | null {
  const chain = [{ ...spans[first] }];
  let linked = false;
  let j = spans[first].end;
  for (;;) {
    // "X của Y" (a body of Y) is one organiser.
    const owner = tokens[j]?.key === 'của' ? spanAt(blockSpans, j + 1) : undefined;
    if (owner) {
      chain[chain.length - 1].end = j = owner.end;
      continue;
    }
    j = skipPlace(tokens, skipOrganizingAdverbs(tokens, skipPerson(doc, tokens, skipAside(tokens, skipWhereabouts(tokens, j)), people)));
    // "X và Y đã ký kết …": the parties of a signing, two or more.
    if (linked && !verbless && chain.length >= 2 && signingVerb(tokens, j)) break;
    if (ORGANIZING_VERB_SET.has(tokens, j)) {
      const partner = coorganizerAfterVerb(tokens, j);
      if (partner < 0) break;
      j = partner;
    }
    let moved = false;
    for (;;) {
      const link = tokens[j]?.text === ',' ? 1 : COORGANIZER_LINK_SET.match(tokens, j);
      if (!link) break;
      linked ||= tokens[j].text !== ',';
      j = skipOrganizingAdverbs(tokens, j + link);
      moved = true;
    }
    if (moved && linked) j = skipListIntro(tokens, j);
    const next = moved ? (spanAt(blockSpans, j) ?? acronymPartner(tokens, j)) : undefined;
    if (!next && moved && !verbless && verbAfterGroup(tokens, j) >= 0) break;
    if (!next || chain.length >= MAX_CHAIN) {
      if (verbless && chain.some((s) => !s.bare)) break;
      return null;
    }
    chain.push({ ...next });
    j = next.end;
  }
  // "Bệnh viện X, Bộ Y tổ chức": two names joined by a comma alone are one organisation.
  if (chain.length === 2 && !linked && !verbless) return [{ start: chain[0].start, end: chain[1].end, bare: false }];
  return chain.filter((s) => !s.bare);
}

interface Found {
  sentence: Sentence;
  chain: TokenSpan[];
  rule: string;
}

const keysOf = (doc: VnDocument, f: Found) =>
  f.chain.map((s) => organizationKey(spanText(doc, f.sentence.tokens, s.start, s.end)));

/** `key` is `prefix`, or starts with it and a space. */
const startsWithName = (key: string, prefix: string) =>
  key.length === prefix.length ? key === prefix : key.length > prefix.length && key.charCodeAt(prefix.length) === 0x20 && key.startsWith(prefix);

/** Do two chains' keys share an organiser (the same name, or one the start of the other)? */
function shareOrganizer(as: readonly string[], bs: readonly string[]): boolean {
  return as.some((x) => bs.some((y) => startsWithName(x, y) || startsWithName(y, x)));
}

/**
 * Rule 2: the first verb-ended subject chain of the article; when a later sentence names
 * the same organiser with more partners ("Ban X đã tổ chức …" then "Ban X phối hợp với Y,
 * Z tổ chức …"), the fuller chain.
 */
function subjectOfVerb(doc: VnDocument, sentences: Sentence[], people: KnownPeople): Found | null {
  let first: Found | null = null;
  /** The keys of the first chain's organisers, made when a longer chain is first compared with it. */
  let firstKeys: string[] | null = null;
  for (const sentence of sentences) {
    for (let s = 0; s < sentence.spans.length; s++) {
      // A chain ends in an organising verb after it: none is left in the block.
      if (sentence.spans[s].start > sentence.lastVerb) break;
      // "tại Trung tâm Hội nghị tỉnh, Ban X tổ chức": the venue is no subject.
      if (sentence.spans[s].bare || isObject(sentence.tokens, sentence.spans[s].start)) continue;
      const chain = readChain(doc, sentence, s, people, false);
      if (!chain?.length) continue;
      chain.push(...partnerClauses(sentence, chain[chain.length - 1].end));
      const found = { sentence, chain, rule: 'organizers.subject-verb' };
      if (!first) first = found;
      else if (chain.length > first.chain.length) {
        const keys = keysOf(doc, found);
        if (shareOrganizer((firstKeys ??= keysOf(doc, first)), keys)) {
          first = found;
          firstKeys = keys;
        }
      }
      break;
    }
  }
  return first;
}

/**
 * Partners named later in the same sentence: the subject of a clause that took a partner's
 * part ("Giải do X đăng cai, Y phối hợp thực hiện") or the owner of "sự phối hợp"
 * ("X tổ chức …, với sự phối hợp của Y").
 */
function partnerClauses({ tokens, spans }: Sentence, after: number): TokenSpan[] {
  const partners: TokenSpan[] = [];
  for (const span of spans) {
    if (span.start < after || span.bare) continue;
    if (PARTNER_MARK_SET.endsBefore(tokens, span.start, 5)) {
      partners.push({ ...span });
      continue;
    }
    const before = tokens[span.start - 1];
    if (before?.text !== ',' && before?.key !== 'và') continue;
    if (PARTNER_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, span.end))) partners.push({ ...span });
  }
  return partners;
}

/** Sentences of the body read by the place-subject rule; most capitalised words of the place's name. */
const PLACE_SUBJECT_SENTENCES = 6;
const MAX_PLACE_NAME = 5;

/**
 * Rule 2b: a place as the subject of an organising verb, "Sáng 2.9, huyện Tân Lạc long
 * trọng tổ chức …": an administrative unit and its name opening the sentence or a clause.
 */
function placeSubject(sentences: Sentence[]): Found | null {
  for (const sentence of sentences.slice(1, 1 + PLACE_SUBJECT_SENTENCES)) {
    const { tokens, from, to } = sentence;
    for (let i = from; i < to; i++) {
      if (i > from && tokens[i - 1].text !== ',') continue;
      const unit = ADMIN_UNIT_SET.match(tokens, i, true);
      if (!unit) continue;
      let k = i + unit;
      while (k < to && k - i - unit < MAX_PLACE_NAME && tokens[k].cap && tokens[k].word) k++;
      if (k === i + unit || !ORGANIZING_VERB_SET.has(tokens, skipOrganizingAdverbs(tokens, k))) continue;
      return { sentence, chain: [{ start: i, end: k, bare: false }], rule: 'organizers.place-subject' };
    }
  }
  return null;
}

/** Rule 3: the first "do X …" chain. */
function organizedBy(doc: VnDocument, sentences: Sentence[], people: KnownPeople) {
  for (const sentence of sentences) {
    for (let s = 0; s < sentence.spans.length; s++) {
      const at = sentence.spans[s].start;
      if (sentence.spans[s].bare || !ORGANIZED_BY_SET.has(sentence.tokens, at - 1)) continue;
      const chain = readChain(doc, sentence, s, people, true);
      if (chain?.length) return { sentence, chain, rule: 'organizers.organized-by' };
    }
  }
  return null;
}

/** Rule 4: the first organisation named in the headline. */
function inHeadline(sentences: Sentence[], headlineEnd: number) {
  const sentence = sentences[0];
  const span = sentence?.spans.find((s) => !s.bare && sentence.tokens[s.start].start < headlineEnd);
  return span ? { sentence, chain: [span], rule: 'organizers.headline' } : null;
}

/** Sentences of the lead searched by rule 5; most tokens between the event noun and "của". */
const LEAD_SENTENCES = 3;
const MAX_EVENT_NAME_TOKENS = 30;

/** Rule 5: "Hội nghị … của X" in the first sentences of the body. */
function eventOwner(sentences: Sentence[]): Found | null {
  for (const sentence of sentences.slice(1, 1 + LEAD_SENTENCES)) {
    const { tokens, spans } = sentence;
    for (const span of spans) {
      if (span.bare || tokens[span.start - 1]?.key !== 'của') continue;
      for (let k = span.start - 2; k >= 0 && span.start - k <= MAX_EVENT_NAME_TOKENS; k--) {
        if (!tokens[k].word && tokens[k].text !== '-' && tokens[k].text !== '–') break;
        if (EVENT_NOUN_SET.has(tokens, k) && tokens[k].cap) return { sentence, chain: [span], rule: 'organizers.event-owner' };
      }
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
    while (lastVerb >= 0 && !(tokens[lastVerb].starts & ORGANIZING_VERB_SET.bit) && !signingVerb(tokens, lastVerb)) lastVerb--;
    let k = 0;
    let t = 0;
    for (; next < doc.sentences.length && doc.sentences[next].block <= block.index; next++) {
      const { start, end, block: of } = doc.sentences[next];
      if (of !== block.index) continue;
      while (k < spans.length && tokens[spans[k].start].start < start) k++;
      const from = k;
      while (k < spans.length && tokens[spans[k].start].start < end) k++;
      while (t < tokens.length && tokens[t].start < start) t++;
      const first = t;
      while (t < tokens.length && tokens[t].start < end) t++;
      sentences.push({ tokens, spans: spans.slice(from, k), blockSpans: spans, lastVerb, from: first, to: t });
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
  const found =
    subjectOfVerb(doc, sentences, people) ??
    placeSubject(sentences) ??
    organizedBy(doc, sentences, people) ??
    (headline ? inHeadline(sentences, headline.end) : null) ??
    eventOwner(sentences);
  if (!found) return;
  const { tokens } = found.sentence;
  for (const span of found.chain) {
    const name = spanText(doc, tokens, span.start, span.end);
    article.organizers.push(organization(doc, name, tokens[span.start].start, tokens[span.end - 1].end, found.rule));
  }
}
