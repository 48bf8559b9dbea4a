/**
 * event.name / type / theme. The name is an event noun phrase ("Lễ trao giải …", "Hội nghị
 * tổng kết …") found in the headline and the first paragraphs; candidates are scored:
 *   + introduced by an event verb or preposition ("tổ chức", "khai mạc", "tại", "trong khuôn khổ"),
 *     or the verb of an organisation that opens the sentence ("Sáng 16/10, CLB X họp mặt …"),
 *     or standing as the subject at the start of its sentence (after its opening day, too);
 *     a lower-case head that is neither stands only before a quoted title ('lễ hội “X”')
 *   + a quoted title such a word introduces ('khai mạc “Liên hoan X”'), taken whole; an event
 *     verb introduced with its quoted title ('tổ chức tập huấn “Kỹ thuật X”') likewise
 *   + in the sentence of the event day, in the lead, in the headline
 *   − a generic head alone ("buổi lễ", "sự kiện"); a head framed by "hưởng ứng", "chào
 *     mừng" gets less for its introducer than one the sentence organises
 * A head whose years an anniversary counts ("34 năm Ngày hội Quốc phòng toàn dân") is none.
 * The phrase runs to the first word that ends a name ("với chủ đề", "do", "tại", "diễn ra",
 * a date, a comma not followed by another event word); quoted titles stay whole (see
 * event-name-end.ts). A bare head takes the purpose after it ("phiên họp để chuẩn bị …"),
 * or its quoted theme ("cuộc thi với chủ đề “X”").
 * When no noun phrase is found, the headline's event verb and its object ("khánh thành
 * Trạm Y tế …") name the event; a bare head ("buổi gặp mặt") gives way to the lead's verb
 * phrase with the same event word ("tổ chức gặp mặt, tuyên dương …"). With no event word at
 * all, the capitalised object of "đã tổ chức" ("… đã tổ chức Hội đồng tư vấn …") names it;
 * with none of these, the headline does, past who acted: a place or a short tag before its
 * colon ("Hội LHPN xã X: Phối hợp giải ngân …"), an organisation before its verb ("Liên đoàn
 * Lao động tỉnh trao Mái ấm Công đoàn").
 */
import type { Block, Sentence, Span, VnDocument } from '../core/document.js';
import type { DateMention } from '../model/article.js';
import { alternation, keySet, lexiconLowerKey, lexiconPattern, lexiconPatternOnUse } from '../lexicon/compile.js';
import {
  ADVERBIAL_OPENERS, COMMITTEE_VERBS, EVENT_HEADS, EVENT_VERB_ASPECTS, EVENT_INTRODUCERS, EVENT_TYPES, FRAMING_INTRODUCERS, GENERIC_EVENT_HEADS, NOT_OBJECT_OPENERS, NUMBER_WORDS, OBJECT_EVENT_VERBS, OCCASION_INTRODUCERS, OPENING_CEREMONIES, POINTING_BACK_WORDS, PURPOSE_LINKS, TAKING_PLACE_VERBS, THEME_MARKERS,
} from '../lexicon/vi/events.js';
import { VENUE_HEADS } from '../lexicon/vi/places.js';
import { ORGANIZING_COMMITTEE_HEADS } from '../lexicon/vi/organizations.js';
import { afterCapitalisedWord, isSpace, matchKey, squash, squashedSpan, wordBefore } from '../core/text.js';
import { firstAfter, firstAtOrAfter } from '../core/sorted.js';
import { DASH, DIGIT, isDashCode, isDigitCode, isLetterOrDigitCode, isUpperCode, LETTER } from '../core/chars.js';
import { trimSpaces } from './event-chars.js';
import { EndWords } from './event-scans.js';
import { insideQuote, nameEnd, nameStops, quotedTitleEnd, type NameStops } from './event-name-end.js';
import { placeTagColon } from './headline-tag-place.js';
import { organizationsOf } from './organizations/index.js';
import { blockTokens } from './tokens.js';
import { KeyPhrases, KeyPrefixes } from './phrase-sets.js';
import { EVENT_TYPE_WORDS, lexiconWords, SpanWords, type WordMatch } from './event-words.js';

/** `/^\s*[“"«${UPPER}]/u` over `name` from `from`: a quoted or capitalised name follows its head. */
function opensName(name: string, from: number): boolean {
  let i = from;
  while (i < name.length && isSpace(name.charCodeAt(i))) i++;
  const c = name.charCodeAt(i);
  return c === 0x201c || c === 0x22 || c === 0xab || isUpperCode(c);
}

/** Keys of OPENING_CEREMONIES, longest first, and the longest's length. */
const CEREMONY_KEYS = OPENING_CEREMONIES.map(lexiconLowerKey).sort((a, b) => b.length - a.length);
const LONGEST_CEREMONY = CEREMONY_KEYS[0].length;

/** A name's match key, lower-cased (as toLocaleLowerCase('vi'): Vietnamese has no casing rules of its own). */
const lowerKey = (name: string) => matchKey(name).toLowerCase();

/**
 * The lower-cased key of what `name` is the opening or closing of ("" for "lễ khai mạc"
 * alone), or null when it is none. Asked of every candidate: only its opening is keyed
 * first (the ceremonies hold no syllable a cut could key otherwise).
 */
function openedEvent(name: string): string | null {
  const opening = lowerKey(name.slice(0, LONGEST_CEREMONY + 1));
  for (const c of CEREMONY_KEYS) {
    if (!opening.startsWith(c)) continue;
    if (name.length === c.length) return '';
    if (opening[c.length] === ' ') return lowerKey(name.slice(c.length + 1));
  }
  return null;
}

/** Words of a squashed name (`name.split(' ').length`: one space between words). */
function wordCount(name: string): number {
  let words = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) words++;
  return words;
}

export interface EventName {
  name: string;
  /** The event noun that opened the name ("hội nghị", "giải"). */
  head: string;
  type: string | null;
  start: number;
  end: number;
  sentence: Sentence | undefined;
  rule: string;
}

const HEAD = lexiconWords(EVENT_HEADS);
const TYPE_WORDS = EVENT_TYPE_WORDS;
const GENERIC = new Set(GENERIC_EVENT_HEADS.map((h) => matchKey(h).toLocaleLowerCase('vi')));
const INTRODUCED = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])(?:${alternation(EVENT_INTRODUCERS)}|${alternation(EVENT_TYPES)})[\\s,:]*$`, 'i'),
  [...EVENT_INTRODUCERS, ...EVENT_TYPES], ',:', [], true,
);
/** "Ban Tổ chức Cuộc thi X": the committee's name before a head, not the verb "tổ chức" introducing it. */
const COMMITTEE = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(ORGANIZING_COMMITTEE_HEADS)}\\s*$`, 'i'), ORGANIZING_COMMITTEE_HEADS,
);
const FRAMED = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation([...FRAMING_INTRODUCERS, ...OCCASION_INTRODUCERS])}[\\s,:]*$`, 'i'), [...FRAMING_INTRODUCERS, ...OCCASION_INTRODUCERS], ',:', [], true,
);
const OCCASION = new EndWords(
  lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(OCCASION_INTRODUCERS)}[\\s,:]*$`, 'i'), OCCASION_INTRODUCERS, ',:', [], true,
);
const ASPECT = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(EVENT_VERB_ASPECTS)}\\s*$`, 'i'), EVENT_VERB_ASPECTS, '', [], true);
const ADVERBIAL = lexiconPattern(`^[\\s"“]*(?:${alternation(ADVERBIAL_OPENERS)})\\s+$`, 'i');
const SENTENCE_OPENING = new RegExp(String.raw`^[\s"“]*(?:\([^()\n]{1,40}\)\s*[${DASH}:]?\s*)?$`, 'u');
const AFTER_VENUE = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(VENUE_HEADS)}\\s+$`, 'i'), VENUE_HEADS);
const OPENING_MAX = 60;
/** A purpose link at the end of a name, and the longest of them with its space. */
const PURPOSE = lexiconPattern(`^(?:${alternation(PURPOSE_LINKS)})\\s`, 'i');
const PURPOSE_REACH = Math.max(...PURPOSE_LINKS.map((w) => w.length)) + 1;
/** A theme marker and its colon before a quoted theme ("với chủ đề: “"), and the longest of them. */
const THEMED = lexiconPattern(`^\\s*(?:${alternation(THEME_MARKERS)})\\s*:?\\s*(?=[“"«])`, 'i');
const THEMED_REACH = Math.max(...THEME_MARKERS.map((w) => w.length)) + 6;

/** The end of the quoted theme right after `end` ("… với chủ đề “X”"), past its closing mark; `end` when none. */
function themedEnd(doc: VnDocument, stops: NameStops, end: number, limit: number): number {
  const marker = THEMED.exec(doc.key.slice(end, Math.min(limit, end + THEMED_REACH)));
  const close = marker ? quotedTitleEnd(stops, end + marker[0].length + 1) : -1;
  return close >= 0 && close < limit ? close + 1 : end;
}

/** Whether text[from, to) holds a capital or a digit (a proper part of a name). */
function hasUpperOrDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isUpperCode(c) || isDigitCode(c)) return true;
  }
  return false;
}

/** "Tại " and the like before the head, at the start of the sentence. */
const ADVERBIAL_REACH = 12;
/** An article names its event early in a sentence: later heads are not read (bounded work). */
const HEADS_PER_SENTENCE = 12;
/** Candidates come from the headline and this many first paragraphs. */
const PARAGRAPHS_SEARCHED = 3;

/** Words that do not end a name ("… năm nay", "… và"; "… đợt" whose date the name stopped before). */
const DANGLING = [' năm nay', ' và', ' của', ' cùng', ' với', ' đợt'];
const DANGLING_LONGEST = Math.max(...DANGLING.map((w) => w.length));

/** Squashed, without trailing punctuation and a dangling last word. */
function clean(text: string): string {
  const squashed = squash(trimSpaces(text));
  let end = squashed.length;
  while (end > 0 && (isSpace(squashed.charCodeAt(end - 1)) || ',;:'.includes(squashed[end - 1]) || isDashCode(squashed.charCodeAt(end - 1)))) end--;
  const name = end === squashed.length ? squashed : squashed.slice(0, end);
  // Squashed: one space before the last word. (Lower-casing the tail at once is lower-casing
  // each ending: no dangling word holds a letter that lower-cases to two.)
  const tail = name.slice(-DANGLING_LONGEST).toLowerCase();
  for (const w of DANGLING) if (name.length > w.length && tail.endsWith(w)) return name.slice(0, -w.length);
  return name;
}

interface Candidate extends EventName {
  score: number;
  /** wordCount(name). */
  words: number;
  /** Framed by a larger event's introducer ("chào mừng Đại hội X"): what the sentence then organises is the event. */
  framed?: boolean;
  /** Framed as an occasion ("nhân dịp Lễ Giáng sinh"): see OCCASION_INTRODUCERS. */
  occasion?: boolean;
}

const COMMITTEE_VERB = new KeyPrefixes(COMMITTEE_VERBS);

/** A quotation the document found opens inside the candidate ("trưng bày chuyên đề “Hoàng Sa, Trường Sa”"). */
function holdsQuotation(stops: NameStops, c: Candidate): boolean {
  const next = stops.quoteStarts[firstAtOrAfter(stops.quoteStarts, c.start)];
  return next !== undefined && next < c.end;
}

/** A committee's verb (COMMITTEE_VERBS) follows `at`, after spaces, a whole word. */
function committeeVerbAt(key: string, at: number): boolean {
  while (at < key.length && isSpace(key.charCodeAt(at))) at++;
  return COMMITTEE_VERB.wholeAt(key, at);
}

/** Only an outlet tag and quotation marks stand between the sentence start and `at`. */
function opensSentence(doc: VnDocument, sentence: Sentence, at: number): boolean {
  let i = sentence.start;
  while (i < at && (isSpace(doc.key.charCodeAt(i)) || doc.key[i] === '"' || doc.key[i] === '“')) i++;
  return i === at || (doc.key[i] === '(' && SENTENCE_OPENING.test(doc.key.slice(sentence.start, at)));
}

/** Most characters from an opening day to its comma ("Chiều ngày 12/10/2023, "). */
const OPENING_DAY_MAX = 32;

/**
 * Only a day and its comma stand before `at` at the sentence start: "Sáng 19/5, giải cờ vua
 * tỉnh X đã khai mạc": the head there is the subject, though written in lower case.
 */
function afterOpeningDay(doc: VnDocument, stops: NameStops, sentence: Sentence, at: number): boolean {
  let comma = at;
  while (comma > sentence.start && isSpace(doc.key.charCodeAt(comma - 1))) comma--;
  comma--;
  if (doc.key[comma] !== ',') return false;
  const day = stops.dates[firstAfter(stops.dates, comma) - 1];
  if (day === undefined || day < sentence.start || comma - day > OPENING_DAY_MAX || doc.key.indexOf(',', day) !== comma) return false;
  return opensSentence(doc, sentence, day);
}

/** "34 năm " right before `at` (within the sentence): a count of years, as an anniversary gives them. */
function afterYearsCount(key: string, from: number, at: number): boolean {
  let i = at;
  while (i > from && isSpace(key.charCodeAt(i - 1))) i--;
  if (i - 3 < from || key.slice(i - 3, i).toLowerCase() !== 'năm') return false;
  i -= 3;
  const wordEnd = i;
  while (i > from && isSpace(key.charCodeAt(i - 1))) i--;
  if (i === wordEnd) return false;
  const digitsEnd = i;
  while (i > from && isDigitCode(key.charCodeAt(i - 1))) i--;
  return i < digitsEnd && (i === from || !isLetterOrDigitCode(key.charCodeAt(i - 1)));
}

/** A closed quoted title opens right after `at` (one space between): "lễ hội “X”". */
function quotedTitleAfter(doc: VnDocument, stops: NameStops, at: number): boolean {
  const mark = isSpace(doc.key.charCodeAt(at)) ? at + 1 : at;
  return quotedTitleEnd(stops, mark + 1) >= 0;
}

const COUNT_WORDS = new Set(NUMBER_WORDS.map(([w]) => matchKey(w).toLowerCase()));
/** Most digits of a count before a head ("5 buổi", "12 lớp"). */
const COUNT_DIGITS = 3;

/** Where a count right before `at` starts ("5 buổi", "hai lớp"), within the sentence from `from`; `at` when none. */
function countStart(key: string, from: number, at: number): number {
  const word = wordBefore(key, from, at);
  if (!word || (word[0] > from && !isSpace(key.charCodeAt(word[0] - 1)))) return at;
  const [start, end] = word;
  let digits = end - start <= COUNT_DIGITS;
  for (let i = start; i < end && digits; i++) digits = isDigitCode(key.charCodeAt(i));
  return digits || COUNT_WORDS.has(key.slice(start, end).toLowerCase()) ? start : at;
}

/** Two words or more (a space between). */
const MANY_WORDS = /\s/u;

/** Where each organisation mention ends → where it starts (the longest, when two end together). */
function subjectEnds(organizations: readonly { evidence: readonly Span[] }[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const { evidence } of organizations) {
    for (const o of evidence) {
      const known = ends.get(o.end);
      if (known === undefined || o.start < known) ends.set(o.end, o.start);
    }
  }
  return ends;
}

/**
 * The head is the verb of an organisation that opens the sentence, after its opening day or
 * not: "Sáng 16/10, Câu lạc bộ X họp mặt kỷ niệm …". The organisation's name ends right
 * before the head, one run of spaces between.
 */
function verbOfSubject(doc: VnDocument, stops: NameStops, subjects: Map<number, number>, sentence: Sentence, at: number): boolean {
  let end = at;
  while (end > sentence.start && isSpace(doc.key.charCodeAt(end - 1))) end--;
  const start = end < at ? subjects.get(end) : undefined;
  if (start === undefined || start < sentence.start || start - sentence.start > OPENING_MAX) return false;
  return opensSentence(doc, sentence, start) || afterOpeningDay(doc, stops, sentence, start);
}

/** The organisations' ends (subjectEnds), mapped when a candidate first asks; null when the article names none. */
type SubjectEnds = (() => Map<number, number>) | null;

function candidatesIn(doc: VnDocument, stops: NameStops, subjects: SubjectEnds, sentence: Sentence, bonus: number, out: Candidate[]): void {
  let coveredTo = -1;
  for (const m of HEAD.matches(doc, sentence, HEADS_PER_SENTENCE)) {
    const { start } = m;
    if (start < coveredTo) continue;
    if (insideQuote(stops, start)) {
      // 'khai mạc “Liên hoan X”': a quoted title an event verb introduces is the event's name,
      // its ends marked (a point over an unquoted name that only a guess of its end gives).
      const close = quotedTitleEnd(stops, start);
      if (close < 0 || !INTRODUCED.test(doc.key, Math.max(sentence.start, start - 41), start - 1)) continue;
      const name = clean(doc.text.slice(start, close));
      out.push({ name, head: m.text, type: null, start, end: close, sentence, score: bonus + 4, words: wordCount(name), rule: 'event.name-quoted' });
      coveredTo = close;
      continue;
    }
    // "Trung tâm Hội nghị tỉnh", "Phòng Hội thảo": a venue, not an event.
    if (AFTER_VENUE.test(doc.key, Math.max(sentence.start, start - 20), start)) {
      // The venue's name goes on with the head right after it ("Trung tâm Hội nghị triển lãm X").
      coveredTo = m.end + 2;
      continue;
    }
    // "kỷ niệm 79 năm Ngày thành lập …, 34 năm Ngày hội Quốc phòng toàn dân": what an anniversary counts the years of.
    if (afterYearsCount(doc.key, sentence.start, start)) continue;
    // "tổ chức 5 buổi mít tinh": the verb introduces the head across its count.
    const counted = countStart(doc.key, sentence.start, start);
    // "Sáng 16/10, Câu lạc bộ X họp mặt kỷ niệm …": the organisation's verb, as "tổ chức" introduces
    // one. A head of one word may open another verb there ("Hợp tác xã X giải thể").
    const subjectVerb = subjects !== null && MANY_WORDS.test(m.text) && verbOfSubject(doc, stops, subjects(), sentence, start);
    const introduced = subjectVerb
      || (INTRODUCED.test(doc.key, Math.max(sentence.start, start - 40), start) && !COMMITTEE.test(doc.key, Math.max(sentence.start, start - 20), start))
      || (counted < start && INTRODUCED.test(doc.key, Math.max(sentence.start, counted - 40), counted));
    const subject = start - sentence.start <= OPENING_MAX && (opensSentence(doc, sentence, start) || afterOpeningDay(doc, stops, sentence, start));
    // A lower-case head neither introduced nor the subject is a common word ("giải đáp"),
    // unless a quoted title follows it ("…, lễ hội “Sóng nước X” do huyện tổ chức").
    const titled = !introduced && !subject && !isUpperCode(m.text.charCodeAt(0)) && quotedTitleAfter(doc, stops, m.end);
    if (!introduced && !subject && !titled && !isUpperCode(m.text.charCodeAt(0))) continue;
    // "tại Nhà sách Lâm, Đinh Lễ, Hà Nội": a capitalised head no verb introduces, right after a
    // capitalised word, goes on a proper name (a street, a place), not an event's. (In upper
    // case, "SÔI NỔI HỘI THI …", every word is capitalised.)
    if (!introduced && !subject && !titled && !isUpperCode(m.text.charCodeAt(1)) && afterCapitalisedWord(doc.key, sentence.start, start)) continue;
    const headEnd = m.end;
    const adverbial = introduced && start - sentence.start <= ADVERBIAL_REACH && ADVERBIAL.test(doc.key.slice(sentence.start, start));
    let end = nameEnd(doc, stops, headEnd, sentence.end, adverbial);
    // "phiên họp để chuẩn bị kỳ họp thứ nhất …": a bare head takes the purpose after it.
    const purpose = end < sentence.end ? PURPOSE.exec(doc.key.slice(end, end + PURPOSE_REACH)) : null;
    if (purpose && squash(doc.text.slice(start, end)).toLowerCase() === m.text.toLowerCase()) end = nameEnd(doc, stops, end + purpose[0].length, sentence.end, adverbial);
    // "cuộc thi với chủ đề “Độc đáo Phú Yên”", "cuộc thi vẽ tranh chủ đề “Nhớ ơn thầy cô”": a
    // head bare or with lower-case words only takes the quoted theme after it.
    else if (end < sentence.end && !hasUpperOrDigit(doc.text, m.end, end)) end = themedEnd(doc, stops, end, sentence.end);
    coveredTo = end;
    const name = clean(doc.text.slice(start, end));
    // "Phiên chợ này sẽ diễn ra …": the head and a word pointing back name nothing new.
    if (POINTING_BACK.has(matchKey(name.slice(m.text.length)).trim().toLowerCase())) continue;
    const generic = GENERIC.has(m.text.toLowerCase());
    // A framed head ("Hưởng ứng Tuần lễ X") gives way to what the sentence organises in it.
    const framed = FRAMED.test(doc.key, Math.max(sentence.start, start - 40), start);
    // The verb place after an organisation tells less than an organising verb does ("Ban chỉ đạo
    // diễn tập X đã chỉ đạo huyện tổ chức khai mạc diễn tập Y": the name runs past where it ends).
    let score = bonus + (introduced ? (framed ? 1 : subjectVerb ? 2 : 3) : 0) + (subject ? 2 : 0);
    const framing = framed ? { framed, occasion: OCCASION.test(doc.key, Math.max(sentence.start, start - 40), start) } : {};
    const words = wordCount(name);
    // "chương trình “Xuân yêu thương”" is named; "chương trình" alone or with common words is not.
    const named = opensName(name, m.text.length);
    if (generic && !named) score -= words <= 2 ? 7 : 3;
    // "lễ khai mạc" alone names no event, as a generic head does not.
    else if (openedEvent(name) === '') score -= 3;
    if (words < 2) score -= 2;
    // "Ban Tổ chức … Tuần Văn hóa X tổ chức khai mạc Lễ hội Y": the committee's event, not the one it opens.
    if (committeeVerbAt(doc.key, end)) score -= 3;
    const rule = subjectVerb ? 'event.name-subject-verb' : introduced ? 'event.name-introduced' : subject ? 'event.name-subject' : titled ? 'event.name-titled' : 'event.name-head';
    out.push({ name, head: m.text, type: null, start, end, sentence, score, words, rule, ...framing });
  }
  organisedTitlesIn(doc, stops, sentence, bonus, coveredTo, out);
}

/**
 * "X đã tổ chức “Tết yêu thương 2024”": a quoted title right after "tổ chức" names the event
 * organised, though no event head stands in it (as 'event.name-quoted' takes one with a head).
 */
function organisedTitlesIn(doc: VnDocument, stops: NameStops, sentence: Sentence, bonus: number, coveredTo: number, out: Candidate[]): void {
  for (let i = firstAfter(stops.quoteStarts, Math.max(sentence.start, coveredTo) - 1); i < stops.quoteStarts.length; i++) {
    const mark = stops.quoteStarts[i];
    if (mark >= sentence.end) return;
    const start = mark + 1;
    const close = quotedTitleEnd(stops, start);
    if (close < 0 || close > sentence.end || !ORGANISED.test(doc.key, Math.max(sentence.start, mark - 12), mark)) continue;
    const name = clean(doc.text.slice(start, close));
    const words = wordCount(name);
    if (words < 2 || out.some((c) => c.start <= start && start < c.end)) continue;
    out.push({ name, head: '', type: null, start, end: close, sentence, score: bonus + 4, words, rule: 'event.name-organised-title' });
  }
}

const POINTING_BACK = keySet(POINTING_BACK_WORDS);

/** Heads and introducers by lower-cased text: a type word that is one of them is read as such. */
const HEAD_OR_INTRODUCER = new Set([...EVENT_HEADS, ...EVENT_INTRODUCERS].map((w) => matchKey(w).toLowerCase()));

/**
 * An event verb an organising verb introduces, with the quoted title right after it: "… tổ
 * chức tập huấn “Kỹ thuật trồng cây ăn quả” cho 60 hội viên" names the event as the verb and
 * its title, marked at both ends, as a quoted title after a head is ('khai mạc “Liên hoan X”').
 */
function titledVerbsIn(doc: VnDocument, stops: NameStops, sentence: Sentence, bonus: number, out: Candidate[]): void {
  // Most sentences quote nothing: their words are not read.
  const q = firstAtOrAfter(stops.quoteStarts, sentence.start);
  if (q >= stops.quoteStarts.length || stops.quoteStarts[q] >= sentence.end) return;
  for (const m of TYPE_WORDS.matches(doc, sentence, LEAD_VERBS)) {
    if (HEAD_OR_INTRODUCER.has(m.text.toLowerCase()) || insideQuote(stops, m.start)) continue;
    const mark = isSpace(doc.key.charCodeAt(m.end)) ? m.end + 1 : m.end;
    const close = quotedTitleEnd(stops, mark + 1);
    if (close < 0 || !INTRODUCED.test(doc.key, Math.max(sentence.start, m.start - 40), m.start)) continue;
    const end = close + 1;
    const name = clean(doc.text.slice(m.start, end));
    out.push({ name, head: m.text, type: null, start: m.start, end, sentence, score: bonus + 4, words: wordCount(name), rule: 'event.name-verb-titled' });
  }
}

/** The headline's event verb and its object: "… khánh thành Trạm Y tế xã Ngũ Lão". */
function headlineVerbName(doc: VnDocument, stops: NameStops): Candidate | null {
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  if (!headline) return null;
  const m = TYPE_WORDS.first(doc, headline);
  if (!m) return null;
  const { start } = m;
  const end = nameEnd(doc, stops, m.end, headline.end);
  const name = clean(doc.text.slice(start, end));
  return { name, head: m.text, type: null, start, end, sentence: doc.sentenceAt(start), score: 0, words: wordCount(name), rule: 'event.name-headline-verb' };
}

const HEADLINE_NAME = 'event.name-headline';

/** Most words of who is reported on before the headline's colon ("Hội LHPN xã X (huyện Y):"). */
const MAX_SUBJECT_TAG_WORDS = 10;

/**
 * "Hội LHPN xã Lai Hưng (huyện Bàu Bàng): Phối hợp giải ngân …": a short tag before the
 * headline's colon says who acted, no event word in it; what follows it is what they did.
 * Where the headline's words start after the tag, or the headline's start.
 */
function subjectColon(doc: VnDocument, headline: Block): number {
  const colon = doc.text.indexOf(':', headline.start);
  if (colon < 0 || colon >= headline.end) return headline.start;
  const tag = { start: headline.start, end: colon };
  if (wordCount(doc.text.slice(tag.start, tag.end)) > MAX_SUBJECT_TAG_WORDS || TYPE_WORDS.first(doc, tag)) return headline.start;
  return wordCount(doc.text.slice(colon + 1, headline.end)) >= 2 ? colon + 1 : headline.start;
}

const TAKING_PLACE = new KeyPhrases(TAKING_PLACE_VERBS);

/**
 * "Liên đoàn Lao động tỉnh trao Mái ấm Công đoàn": the organisation the headline opens with,
 * then a lower-case verb, is who acted; the name is what they did. When the verb says the
 * words before it take place, they name the event ("Hội chữ Xuân đang diễn ra tại …", whose
 * "Hội" reads as an association's). The name's span in the headline from `start`, unchanged
 * when the headline opens otherwise.
 */
function pastSubject(doc: VnDocument, headline: Block, start: number): Span {
  const whole = { start, end: headline.end };
  const tokens = blockTokens(doc, headline);
  const first = tokens.findIndex((t) => t.start >= start);
  const span = first < 0 ? undefined : organizationsOf(doc, headline).find((s) => s.start === first);
  if (!span || span.bare) return whole;
  if (TAKING_PLACE.at(tokens, span.end) > 0) return { start, end: tokens[span.end - 1].end };
  const verb = tokens[span.end];
  return verb?.word && !verb.cap && span.end + 1 < tokens.length ? { start: verb.start, end: headline.end } : whole;
}

/**
 * With no event word nor organised object anywhere, the headline names what the report is
 * about ("Điều động, bổ nhiệm Giám đốc Sở X"), without its place tag ("Bắc Giang: …").
 */
function headlineName(doc: VnDocument, headline: Block | undefined): Candidate | null {
  if (!headline) return null;
  const colon = placeTagColon(doc, headline);
  let start = colon < 0 ? subjectColon(doc, headline) : colon + 1;
  while (start < headline.end && isSpace(doc.key.charCodeAt(start))) start++;
  const named = pastSubject(doc, headline, start);
  start = named.start;
  const name = clean(doc.text.slice(start, named.end));
  const words = wordCount(name);
  if (words < 2) return null;
  let head = start;
  while (head < named.end && !isSpace(doc.key.charCodeAt(head))) head++;
  return { name, head: doc.text.slice(start, head), type: null, start, end: named.end, sentence: doc.sentenceAt(start), score: 0, words, rule: HEADLINE_NAME };
}

/** Event words read after an introducer in the first paragraph (bounded work on huge lines). */
const LEAD_VERBS = 12;

/**
 * With no event noun anywhere, an event verb the lead introduces and its object: "… tổ chức
 * tuyên dương và trao thưởng X", "… tổ chức kỷ niệm 40 năm thành lập trường", "… đã khánh
 * thành cầu Y".
 */
function leadVerbName(doc: VnDocument, stops: NameStops, paragraphs: readonly Block[], subjects: SubjectEnds): Candidate | null {
  // The first paragraph may be a byline or a dateline: the lead is the first with a verb.
  for (const lead of paragraphs) {
    for (const sentence of doc.sentencesOf(lead.index)) {
      for (const m of TYPE_WORDS.matches(doc, sentence, LEAD_VERBS)) {
        if (insideQuote(stops, m.start)) continue;
        const from = Math.max(sentence.start, m.start - 40);
        // "Hội Nông dân tỉnh phối hợp với Hội Nông dân huyện trao tặng 15 con bò …": right after
        // an organisation the verb is its act, as after "tổ chức" or "đã".
        if (!INTRODUCED.test(doc.key, from, m.start) && !ASPECT.test(doc.key, from, m.start) && !organizedBySubject(doc, subjects, m.start)) continue;
        const end = nameEnd(doc, stops, m.end, sentence.end);
        const name = clean(doc.text.slice(m.start, end));
        if (wordCount(name) < 2) continue;
        return { name, head: m.text, type: null, start: m.start, end, sentence, score: 0, words: wordCount(name), rule: 'event.name-lead-verb' };
      }
    }
  }
  return null;
}

/** "tổ chức" right before an event verb: the sentence says the event was organised. */
const ORGANISED = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])tổ chức\\s+$`, 'i'), ['tổ chức']);

/** The lead's event verb (leadVerbName) stands in the event day's sentence, which says it was organised ("… tổ chức ra quân X"). */
function organisedOnDay(doc: VnDocument, lead: Candidate, daySentence: Sentence): boolean {
  return lead.sentence?.start === daySentence.start && ORGANISED.test(doc.key, Math.max(daySentence.start, lead.start - 12), lead.start);
}

const OBJECT_VERB = lexiconWords(OBJECT_EVENT_VERBS);

/** Most characters of an aside in brackets between an organisation and its verb. */
const MAX_SUBJECT_ASIDE = 40;

/**
 * An organisation mention ends right before `at`, one run of spaces between, or an aside in
 * brackets and spaces ("Tổ đại biểu HĐND TPHCM (đơn vị số 9) tiếp xúc cử tri …").
 */
function organizedBySubject(doc: VnDocument, subjects: SubjectEnds, at: number): boolean {
  if (subjects === null) return false;
  let end = at;
  while (end > 0 && isSpace(doc.key.charCodeAt(end - 1))) end--;
  if (end === at) return false;
  if (doc.key.charCodeAt(end - 1) === 0x29) {
    // Back to its "(" over at most MAX_SUBJECT_ASIDE characters, on the same line.
    let open = end - 2;
    const stop = Math.max(0, end - MAX_SUBJECT_ASIDE);
    while (open >= stop && doc.key.charCodeAt(open) !== 0x28 && doc.key.charCodeAt(open) !== 0x0a) open--;
    if (open < stop || doc.key.charCodeAt(open) !== 0x28) return false;
    end = open;
    while (end > 0 && isSpace(doc.key.charCodeAt(end - 1))) end--;
  }
  return subjects().has(end);
}
const ORGANIZED_OBJECT = 'event.name-organized-object';
const NOT_OBJECT_KEYS = keySet(NOT_OBJECT_OPENERS);

/**
 * With no event word at all, the capitalised object of the lead's organising verb after an
 * aspect word: "Sở X đã tổ chức Hội đồng tư vấn tuyển chọn …". The aspect tells the verb
 * from the noun ("các tổ chức Công đoàn").
 */
function organizedObjectName(doc: VnDocument, stops: NameStops, paragraphs: readonly Block[], subjects: SubjectEnds): Candidate | null {
  // The first paragraph may be a publication stamp: the first with the verb holds the lead.
  for (const sentence of paragraphs.flatMap((p) => doc.sentencesOf(p.index))) {
    for (const m of OBJECT_VERB.matches(doc, sentence, LEAD_VERBS)) {
      let start = m.end;
      while (start < sentence.end && isSpace(doc.key.charCodeAt(start))) start++;
      if (start >= sentence.end || insideQuote(stops, start)) continue;
      // Right after an organisation the verb is its act, whatever it organises ("Hội X tổ chức
      // thả cá giống …"); else an aspect word tells it, before a capitalised object.
      if (!organizedBySubject(doc, subjects, m.start)) {
        if (!isUpperCode(doc.text.charCodeAt(start))) continue;
        if (!ASPECT.test(doc.key, Math.max(sentence.start, m.start - 20), m.start)) continue;
      }
      // The object's first word stands for the head ("Hội").
      let headEnd = start;
      while (headEnd < sentence.end && !isSpace(doc.key.charCodeAt(headEnd))) headEnd++;
      if (NOT_OBJECT_KEYS.has(doc.key.slice(start, headEnd).toLowerCase())) continue;
      const end = nameEnd(doc, stops, headEnd, sentence.end);
      const name = clean(doc.text.slice(start, end));
      const words = wordCount(name);
      if (words < 2) continue;
      return { name, head: doc.text.slice(start, headEnd), type: null, start, end, sentence, score: 0, words, rule: ORGANIZED_OBJECT };
    }
  }
  return null;
}

/** The event type: the event word of the name, else the event verb just before it, else its head. */
function typeOf(doc: VnDocument, found: EventName): string {
  const sentenceStart = found.sentence?.start ?? found.start;
  const before = { start: Math.max(sentenceStart, found.start - 30), end: found.start };
  let verb: WordMatch | null = null;
  TYPE_WORDS.forEach(doc, before, (m) => ((verb = m), true));
  // The verb ends the words before the name (but for a character): "tổ chức Hội nghị".
  let trimmedEnd = before.end;
  while (trimmedEnd > before.start && isSpace(doc.key.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  const last = verb as WordMatch | null;
  const word = last && last.end >= trimmedEnd - 1 ? last.text : TYPE_WORDS.first(doc, found)?.text ?? found.head;
  return word.toLowerCase();
}

/** The headline and the first paragraphs, where an article names its event. */
function searchedBlocks(doc: VnDocument): { headline: Block | undefined; paragraphs: Block[] } {
  let headline: Block | undefined;
  const paragraphs: Block[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'headline') headline ??= b;
    else if (b.kind === 'paragraph' && paragraphs.length < PARAGRAPHS_SEARCHED) paragraphs.push(b);
    // The blocks after these change neither.
    if (headline && paragraphs.length === PARAGRAPHS_SEARCHED) break;
  }
  return { headline, paragraphs };
}

/**
 * `dateStarts`: the starts of the date mentions, sorted (read once for the event's name and
 * place).
 */
export function findEventName(
  doc: VnDocument, eventDay: DateMention | null, dateStarts: readonly number[], organizations: readonly { evidence: readonly Span[] }[] = [],
): EventName | null {
  const { headline, paragraphs } = searchedBlocks(doc);
  const stops = nameStops(doc, headline, dateStarts);
  let ends: Map<number, number> | null = null;
  const subjects: SubjectEnds = organizations.length ? () => (ends ??= subjectEnds(organizations)) : null;
  const candidates: Candidate[] = [];
  const daySentence = eventDay ? doc.sentenceAt(eventDay.evidence[0].start) : undefined;
  let daySearched = false;
  const search = (block: Block, rank: number) => {
    for (const sentence of doc.sentencesOf(block.index)) {
      if (sentence.start === daySentence?.start) daySearched = true;
      const bonus = (sentence === daySentence ? 4 : 0) + (rank === 0 && headline ? 1 : Math.max(0, 3 - rank));
      candidatesIn(doc, stops, subjects, sentence, bonus, candidates);
      titledVerbsIn(doc, stops, sentence, bonus, candidates);
    }
  };
  if (headline) search(headline, 0);
  paragraphs.forEach((p, i) => search(p, headline ? i + 1 : i));
  if (daySentence && !daySearched) {
    candidatesIn(doc, stops, subjects, daySentence, 4, candidates);
    titledVerbsIn(doc, stops, daySentence, 4, candidates);
  }
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  // "Hội nghị diễn ra …" refers back to a fuller name with the same head ("Hội nghị xúc tiến đầu tư").
  if (best && best.words <= 2) {
    // Heads are read from the match key: lower-casing is all that is left to compare them.
    // The first of the best score, as a stable sort by score would put first.
    const head = best.head.toLowerCase();
    let fuller: Candidate | null = null;
    for (const c of candidates) if (c.words > 2 && (!fuller || c.score > fuller.score) && c.head.toLowerCase() === head) fuller = c;
    if (fuller) best = fuller;
  } else if (best) {
    // "Tuần lễ nạo vét, … diễn ra từ ngày 21" cut at its first comma, where an earlier sentence
    // wrote it whole ("Tuần lễ nạo vét, khơi thông cống rãnh, mương thoát nước năm 2016"): the same name, in full.
    let opening: string | null = null;
    let fuller: Candidate | null = null;
    for (const c of candidates) {
      if (c.start >= best.start || c.words <= best.words || (fuller && c.words <= fuller.words)) continue;
      opening ??= `${lowerKey(best.name)},`;
      if (lowerKey(c.name).startsWith(opening)) fuller = c;
    }
    if (fuller) best = fuller;
  }
  // "lễ khai mạc tuần văn hóa du lịch" opens the event another candidate names in full ("Tuần
  // Văn hoá du lịch Sa Pa năm 2023"), the best of those.
  const opened = best && openedEvent(best.name);
  if (opened) {
    let full: Candidate | null = null;
    for (const c of candidates) {
      if (c.words > wordCount(opened) && (!full || c.score > full.score) && lowerKey(c.name).startsWith(`${opened} `)) full = c;
    }
    if (full) best = full;
  }
  /** The lead's event verb and its object (leadVerbName), read at most once. */
  let leadVerb: Candidate | null | undefined;
  const theLeadVerb = () => (leadVerb === undefined ? (leadVerb = leadVerbName(doc, stops, paragraphs, subjects)) : leadVerb);
  // "Chào mừng thành công Đại hội X, HND xã Y vừa tổ chức trao tặng 02 con bò …": the framing
  // event gives way to what the sentence says was done after it; an occasion, to what was done
  // before it too ("… đã đến thăm, chúc mừng … nhân Đại lễ Phật đản").
  if (best?.framed) {
    const lead = theLeadVerb();
    if (lead && lead.sentence?.start === best.sentence?.start && (lead.start >= best.end || (best.occasion && lead.start < best.start))) best = lead;
  }
  // "Tại buổi gặp mặt, …" refers back to an event the lead names by its verb ("… đã tổ chức
  // gặp mặt, tuyên dương 165 học sinh giỏi"): a bare head holding that verb gives way to it.
  // So does a bare generic head ("Tại buổi lễ, …" after "Hội X trao tặng học bổng “Y” …").
  if (best && best.name.toLowerCase() === best.head.toLowerCase()) {
    const verbName = theLeadVerb();
    const head = best.head.toLowerCase();
    if (verbName && verbName.start < best.start && (head.includes(verbName.head.toLowerCase()) || GENERIC.has(matchKey(head)))) best = { ...verbName, score: best.score };
  }
  // "Sáng 31/5, UBND huyện X tổ chức tuyên dương, khen thưởng …": what the day's sentence says
  // was organised names the event over another event read in a later sentence ("… đạt giải tại
  // kỳ thi …"); not over the headline's, nor over a head referring back to it ("Tại buổi gặp mặt, …",
  // "Tham dự buổi tập huấn …"). (It then stands as the lead verb does below.)
  if (best && best.score >= 3 && daySentence && best.start >= daySentence.end && best.name.toLowerCase() !== best.head.toLowerCase()) {
    const lead = theLeadVerb();
    if (lead && organisedOnDay(doc, lead, daySentence) && !best.head.toLowerCase().includes(lead.head.toLowerCase())) best = lead;
  }
  // "Sáng 18/7, Đoàn X tổ chức ra quân Ngày chủ nhật xanh …": what the day's sentence says was
  // organised names the event better than the headline's verb, which may only describe it.
  // When the headline's verb is the same, its wording stands.
  if (!best || best.score < 3) {
    const inHeadline = headlineVerbName(doc, stops);
    const lead = daySentence || (!inHeadline && !best) ? theLeadVerb() : null;
    if (lead && daySentence && organisedOnDay(doc, lead, daySentence) && lead.head.toLowerCase() !== inHeadline?.head.toLowerCase()) best = lead;
    // "… đã khai mạc trưng bày chuyên đề “Hoàng Sa, Trường Sa - biển đảo Việt Nam”" under "Trưng
    // bày nhiều tư liệu về …": the day's sentence gives the event its title, the headline only describes it.
    else if (lead && inHeadline && lead.sentence?.start === daySentence?.start && holdsQuotation(stops, lead) && !holdsQuotation(stops, inHeadline)) best = lead;
    else if (inHeadline) best = inHeadline;
    else if (!best) {
      // Of the lead's event verb and what an organisation is said to organise, the first written
      // ("Hội X tổ chức buổi khám bệnh …" before "Đoàn cũng đã trao tặng 300 phần quà …").
      const organized = organizedObjectName(doc, stops, paragraphs, subjects);
      best = lead && organized ? (organized.start < lead.start ? organized : lead) : lead ?? organized;
    }
  }
  best ??= headlineName(doc, headline);
  if (!best || !best.name) return null;
  const { name, head, start, end, sentence, rule } = best;
  // An organised object ("Hội đồng …") or the headline has no event word for a head: its type is one inside it, if any.
  const type = rule === ORGANIZED_OBJECT || rule === HEADLINE_NAME ? TYPE_WORDS.first(doc, best)?.text.toLowerCase() ?? null : typeOf(doc, best);
  return { name, head, type, start, end, sentence, rule };
}

const THEME = new SpanWords(lexiconPattern(`(?<![${LETTER}${DIGIT}])${alternation(THEME_MARKERS)}\\s*:?\\s*`, 'gi'), THEME_MARKERS);

/** "với chủ đề “…”" or "chủ đề: …": the quoted title, else the words up to a stop. */
export function findTheme(doc: VnDocument, near: Sentence | undefined): { text: string; start: number; end: number } | null {
  const { paragraphs } = searchedBlocks(doc);
  for (let i = near ? -1 : 0; i < paragraphs.length; i++) {
    const r = i < 0 ? (near as Sentence) : paragraphs[i];
    const m = THEME.first(doc, r);
    if (!m) continue;
    const at = m.end;
    const quote = doc.quotes.find((q) => q.start - 1 === at || q.start - 1 === at + 1);
    if (quote) return { text: quote.text, start: quote.start, end: quote.end };
    const rest = doc.text.slice(at, r.end);
    const stop = rest.search(/[.;,(“"]|\s(?:do|tại|vào|nhằm|diễn ra|năm \d{4})\s/u);
    const theme = clean(stop >= 0 ? rest.slice(0, stop) : rest);
    if (theme.split(' ').length >= 2) return { text: theme, ...squashedSpan(doc.text, at, theme) };
  }
  return null;
}
