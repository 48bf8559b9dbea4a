/**
 * Where an event name that starts with its head ends: at the first word that ends a name
 * ("với chủ đề", "do", "tại", "diễn ra"), a date, a stop, a spaced dash before an
 * apposition, a comma that a clause or a list follows, or a quoted title that "và" and a
 * second activity follow ('"Hội báo X" và trao "Giải Y"'); stops inside quotations, inside
 * the words a parenthesised acronym abbreviates, a short capitalised qualifier in brackets
 * ("(Cụm 1)"), or stops repeated from the headline do not end it,
 * nor a comma between two groups of people ("học sinh, sinh viên"), nor an ender that is the
 * second syllable of a compound word ("thông qua", "nhà ở").
 */
import type { Span, VnDocument } from '../core/document.js';
import { alternation, lexiconPattern, lexiconPatternOnUse } from '../lexicon/compile.js';
import { CROP_SEASONS, ENDER_COMPOUNDS, ENDER_PHRASES, EVENT_TYPES, NAME_COMMA_CONTINUERS, NAME_ENDERS, NAME_JOINING_ENDERS, OUTREACH_ACTIVITIES, PEOPLE_GROUPS, QUANTITY_OPENERS, SECTORS } from '../lexicon/vi/events.js';
import { baseInitial, isSpace, matchKey } from '../core/text.js';
import { firstAfter } from '../core/sorted.js';
import { DASH, DIGIT, hasLetter, isDashCode, isDashText, isDigitCode, isLetterCode, isLetterOrDigitCode, isLowerCode, isUpperCode, LETTER } from '../core/chars.js';
import { asciiSet, unitAbbreviationDot } from './event-chars.js';
import { commaInCapitalisedList, dashJoinsPair } from './event-name-joins.js';
import { lexiconWords } from './event-words.js';
import { EndWords } from './event-scans.js';
import { SecondSyllables } from './compounds.js';
import { HANDOVER_VERBS } from '../lexicon/vi/organizing.js';
import { ANNIVERSARY_WORDS } from '../lexicon/vi/dates.js';

const ENDER = lexiconWords(NAME_ENDERS);
/** A word of quantity and a number, a space before them ("…, chào đón gần 6000 tân sinh viên"): a count of people. */
const COUNT_LEAD = lexiconPattern(`\\s(?:${alternation(QUANTITY_OPENERS)})\\s+\\d`);
/** NAME_JOINING_ENDERS in match keys, lower-cased. */
const JOINING = new Set(NAME_JOINING_ENDERS.map((w) => matchKey(w).toLowerCase()));
/** Compounds whose second syllable is an ender ("thông qua"): no ender there. */
const ENDER_IN_COMPOUND = new SecondSyllables(ENDER_COMPOUNDS);
/** Phrases an ender opens inside a name ("có hoàn cảnh khó khăn"), tested on the key from the ender on. */
const OPENS_ENDER_PHRASE = lexiconPattern(`^${alternation(ENDER_PHRASES)}(?![${LETTER}${DIGIT}])`);
/** The ender `m` is no word of its own: it closes a compound ("thông qua") or opens a phrase of the name. */
const inCompound = (key: string, m: { start: number; text: string }) =>
  ENDER_IN_COMPOUND.closes(key, m) || OPENS_ENDER_PHRASE.test(key.slice(m.start, m.start + 20));
const COMMA_CONTINUES = lexiconPattern(`^,\\s*${alternation(NAME_COMMA_CONTINUERS)}(?![${LETTER}${DIGIT}])`);
/**
 * ", 45, 50 năm": after a count, more counts of years ("Huy hiệu 40, 45, 50 năm tuổi Đảng",
 * "kỷ niệm 30, 35 năm"), the last one before "năm". Tested on the key from the comma on.
 */
const YEAR_COUNTS_GO_ON = /^,\s*\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s+và\s+\d{1,3})?\s+năm(?![\p{L}\p{N}])/iu;

/** An anniversary's word and its count of years ("kỷ niệm 75 năm"), as pattern source. */
const ANNIVERSARY_COUNT = `(?:${alternation(ANNIVERSARY_WORDS)})\\s+\\d{1,3}\\s+năm`;

/**
 * "kỷ niệm 75 năm, Ngày truyền thống …": an anniversary's count of years before the comma,
 * and what it counts after it. Tested on the key up to the comma.
 */
const ANNIVERSARY_COUNT_BEFORE = lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${ANNIVERSARY_COUNT}\\s*$`, 'i');

/** ", kỷ niệm 129 năm …" (tested on the key from the comma on): the anniversary an event is held for. */
const ANNIVERSARY_AFTER_COMMA = lexiconPatternOnUse(`^,\\s*${ANNIVERSARY_COUNT}(?![${LETTER}${DIGIT}])`, 'i');
/** A year closing a name's proper words ("Lễ hội Làng Sen 2019"): its edition. */
const EDITION_YEAR_END = /\s(?:19|20)\d\d$/;

/**
 * A named edition ("Lễ hội Làng Sen 2019": capitalised words and its year, from the head's
 * end `headEnd` to the comma at `at`) is the whole name: the anniversary after the comma
 * ("…, kỉ niệm 129 năm ngày sinh Bác Hồ") is what it is held for, not more of it.
 */
function editionBeforeAnniversary(doc: VnDocument, headEnd: number, at: number): boolean {
  if (!EDITION_YEAR_END.test(doc.key.slice(Math.max(headEnd, at - 5), at))) return false;
  let capital = false;
  for (let i = headEnd; i < at - 5 && !capital; i++) capital = isUpperCode(doc.text.charCodeAt(i));
  return capital && ANNIVERSARY_AFTER_COMMA().test(doc.key.slice(at, at + 30));
}

/** The comma at `at` stands in a list of counts of years (a count of up to three digits before it). */
function inYearCounts(key: string, at: number): boolean {
  let i = at;
  while (i > 0 && isDigitCode(key.charCodeAt(i - 1))) i--;
  return i < at && at - i <= 3 && (i === 0 || !isLetterOrDigitCode(key.charCodeAt(i - 1))) && key[i - 1] !== '/' && YEAR_COUNTS_GO_ON.test(key.slice(at, at + 40));
}

/**
 * Whether a comma pairs two members of one word class (`members`): "học sinh, sinh viên",
 * "vụ hè thu, thu đông". Tested on the key: `after` from the comma on.
 */
class ListedClass {
  private readonly before: EndWords;
  private readonly after: RegExp;
  /** Longest member and the character before it (the reach of the test before the comma). */
  private readonly reach: number;

  constructor(members: readonly string[]) {
    this.before = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])${alternation(members)}$`), members);
    this.after = lexiconPattern(`^,\\s*${alternation(members)}(?![${LETTER}${DIGIT}])`);
    this.reach = Math.max(...members.map((g) => g.length)) + 1;
  }

  pairs(key: string, at: number, after: string): boolean {
    return this.after.test(after) && this.before.test(key, Math.max(0, at - this.reach), at);
  }
}

const PEOPLE_GROUP_LIST = new ListedClass(PEOPLE_GROUPS);
const CROP_SEASON_LIST = new ListedClass(CROP_SEASONS);
const SECTOR_LIST = new ListedClass(SECTORS);
const OUTREACH_LIST = new ListedClass(OUTREACH_ACTIVITIES);
const MAX_NAME = 160;
/** ASCII characters that can end a name; "…" and the other dashes are the others. */
const NAME_STOP = asciiSet('(;!?[,.:-');
const ELLIPSIS = 0x2026;

/** Offsets where a name must end: dates and the edges of quotations are known stops. */
export interface NameStops {
  /** Quotations with their marks, in text order: their starts and ends. */
  quoteStarts: number[];
  quoteEnds: number[];
  /** The headline, whose key (lower-cased, on first need) tells a comma it repeats belongs to the name. */
  headline: Span | undefined;
  headlineKey: string | null;
  /** Starts of the date mentions, sorted. */
  dates: readonly number[];
}

/** The quotations of the document with their marks, in text order (as the segmenter gives them, mostly). */
function quoteSpans(doc: VnDocument): { quoteStarts: number[]; quoteEnds: number[] } {
  let { quotes } = doc;
  for (let i = 1; i < quotes.length; i++) {
    if (quotes[i].start < quotes[i - 1].start) {
      quotes = [...quotes].sort((a, b) => a.start - b.start);
      break;
    }
  }
  const quoteStarts: number[] = [];
  const quoteEnds: number[] = [];
  for (const q of quotes) {
    // An unclosed mark runs to the end of its paragraph: it shields no stop of a name.
    if (q.unclosed) continue;
    quoteStarts.push(q.start - 1);
    quoteEnds.push(q.end + 1);
  }
  return { quoteStarts, quoteEnds };
}

/** The stops of a name in `doc`; `dateStarts`: the starts of the date mentions, sorted. */
export function nameStops(doc: VnDocument, headline: Span | undefined, dateStarts: readonly number[]): NameStops {
  // Spelled out, not spread: a spread object is slower to read in nameEnd's loops.
  const { quoteStarts, quoteEnds } = quoteSpans(doc);
  return { quoteStarts, quoteEnds, headline, headlineKey: null, dates: dateStarts };
}

/** Whether `offset` is inside a closed quotation (its marks included). */
export function insideQuote(stops: NameStops, offset: number): boolean {
  const i = firstAfter(stops.quoteStarts, offset) - 1;
  return i >= 0 && offset < stops.quoteEnds[i];
}

/**
 * A quoted title that opens at `start` (its mark right before it): the offset of its closing
 * mark, -1 when no closed quotation opens there or it is too long for a name.
 */
export function quotedTitleEnd(stops: NameStops, start: number): number {
  const i = firstAfter(stops.quoteStarts, start - 1) - 1;
  if (i < 0 || stops.quoteStarts[i] !== start - 1) return -1;
  const close = stops.quoteEnds[i] - 1;
  return close - start <= MAX_NAME ? close : -1;
}

/**
 * Whether the name goes on at a comma or ends there. After an opening adverbial ("Tại lễ
 * ký kết, đại diện …") the clause of the sentence follows the comma, however short.
 */
function commaContinues(doc: VnDocument, stops: NameStops, at: number, end: number, adverbial: boolean): boolean {
  const after = doc.key.slice(at, at + 30);
  return COMMA_CONTINUES.test(after) || inYearCounts(doc.key, at) || ANNIVERSARY_COUNT_BEFORE().test(doc.key.slice(Math.max(0, at - 24), at)) || (!adverbial && shortTail(doc, stops, at + 1, end)) || inHeadline(doc, stops, at, at + 1)
    || PEOPLE_GROUP_LIST.pairs(doc.key, at, after) || CROP_SEASON_LIST.pairs(doc.key, at, after)
    || SECTOR_LIST.pairs(doc.key, at, after) || OUTREACH_LIST.pairs(doc.key, at, after);
}

/** How far a parenthesised acronym may stand after a comma or dash inside what it abbreviates. */
const ACRONYM_REACH = 60;
const MAX_ACRONYM = 12;

/**
 * The comma or dash at `at` stands inside words that a parenthesised acronym right after
 * them abbreviates: "học sinh, sinh viên (HSSV)", "viên chức - lao động (VC-LĐ)".
 */
function insideAcronymExpansion(text: string, at: number): boolean {
  // Bounded searches: a huge line without brackets is not read to its end.
  const open = text.slice(at, at + ACRONYM_REACH).indexOf('(') + at;
  if (open < at) return false;
  const close = text.slice(open, open + MAX_ACRONYM + 2).indexOf(')') + open;
  if (close < open) return false;
  const letters: string[] = [];
  for (const ch of text.slice(open + 1, close)) {
    if (isDashText(ch)) continue;
    if (ch.toLowerCase() === ch) return false;
    letters.push(baseInitial(ch));
  }
  if (letters.length < 2) return false;
  // The words before the bracket, last first, matched against the letters from the end.
  let i = open;
  for (let n = letters.length - 1; n >= 0; n--) {
    while (i > 0 && !isLetterCode(text.charCodeAt(i - 1))) i--;
    let start = i;
    while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === i || baseInitial(text.slice(start, i)) !== letters[n]) return false;
    i = start;
  }
  return i < at;
}

/** What may join the letters of an acronym ("KH-CN", "GD&ĐT", "TP.HCM"). */
const ACRONYM_JOINERS = '-&.';

/**
 * The "(" at `open` holds an acronym and closes: two to MAX_ACRONYM capitals, digits and
 * joiners ("(OCOP)", "(KH-CN)", "(GD&ĐT)"), no lower-case letter, not a number or a year;
 * words follow it before the name's `end` (an ender right after it ends the name there).
 */
function acronymInParentheses(text: string, open: number, end: number): boolean {
  const close = text.slice(open + 1, open + MAX_ACRONYM + 2).indexOf(')') + open + 1;
  if (close <= open + 2 || !hasLetter(text.slice(close + 1, end))) return false;
  let capitals = 0;
  for (let i = open + 1; i < close; i++) {
    const code = text.charCodeAt(i);
    if (isUpperCode(code)) capitals++;
    else if (!isDigitCode(code) && !ACRONYM_JOINERS.includes(text[i])) return false;
  }
  return capitals >= 2;
}

/** An anniversary's span of years, by day or by year ("(19.8.1945 – 19.8.2020)", "(1992- 2022)"). */
const DATE_RANGE_IN_PARENTHESES = new RegExp(String.raw`^\(\s*(?:\d{1,2}[./-]\d{1,2}[./-])?(\d{4})\s*[${DASH}/]\s*(?:\d{1,2}[./-]\d{1,2}[./-])?(\d{4})\s*\)`, 'u');
/** A count of years ("75 năm"), which an anniversary's span in brackets spans. */
const YEARS_COUNTED = /(?<![\p{L}\p{N}])(\d{1,4})\s+năm(?![\p{L}\p{N}])/giu;
/** How far before a bracket its count of years may stand. */
const COUNT_REACH = 160;
/** Most characters of DATE_RANGE_IN_PARENTHESES's match. */
const MAX_DATE_RANGE = 32;

/**
 * Where the anniversary's span in brackets at `open` ends ("kỷ niệm 75 năm Ngày truyền thống
 * CAND (19.8.1945 – 19.8.2020)": the years a count before it, from `from`, counts), or -1; not
 * a contest's or a term's years ("lần thứ V (2024-2025)").
 */
function anniversarySpanEnd(key: string, from: number, open: number): number {
  const range = key.charCodeAt(open) === 0x28 ? DATE_RANGE_IN_PARENTHESES.exec(key.slice(open, open + MAX_DATE_RANGE)) : null;
  if (!range) return -1;
  const years = Number(range[2]) - Number(range[1]);
  for (const count of key.slice(Math.max(from, open - COUNT_REACH), open).matchAll(YEARS_COUNTED)) if (Number(count[1]) === years) return open + range[0].length;
  return -1;
}

/** The date at `at` stands in an anniversary's span in brackets (anniversarySpanEnd). */
function dateRangeAt(key: string, from: number, at: number): boolean {
  const open = key.lastIndexOf('(', at);
  return open >= from && at - open <= MAX_DATE_RANGE && anniversarySpanEnd(key, from, open) > at;
}

/** Most characters inside a bracketed qualifier of a name ("(Cụm 1)"). */
const MAX_QUALIFIER = 16;

/**
 * The "(" at `open` holds a short capitalised qualifier ("Giải Bóng chuyền (Cụm 1) thanh niên
 * …": a cluster, a round, a division), of one to three words and no comma, and the name goes
 * on in lower case right after it, before its `end`.
 */
function qualifierInParentheses(text: string, open: number, end: number): boolean {
  const close = text.slice(open + 1, open + MAX_QUALIFIER + 2).indexOf(')') + open + 1;
  if (close <= open + 1 || close + 2 >= end || !isUpperCode(text.charCodeAt(open + 1))) return false;
  const inside = text.slice(open + 1, close);
  if (inside.includes(',') || inside.includes('(') || inside.split(' ').length > 3) return false;
  return text.charCodeAt(close + 1) === 0x20 && isLowerCode(text.charCodeAt(close + 2));
}

/** The word at `at` is followed by a number ("năm 2025", "lần 3"). */
function numberedWord(key: string, at: number): boolean {
  let i = at;
  while (i < key.length && isLetterCode(key.charCodeAt(i))) i++;
  return key.charCodeAt(i) === 0x20 && isDigitCode(key.charCodeAt(i + 1));
}

/** "và" and a second activity after a quoted title ('… "Hội báo X" và trao "Giải Y"'), on the key from the closing mark on. */
const SECOND_ACTIVITY = lexiconPattern(`^\\s+và\\s+(?:${alternation([...EVENT_TYPES, ...HANDOVER_VERBS])})(?![${LETTER}${DIGIT}])`);
/** Characters read after a closing mark for SECOND_ACTIVITY. */
const SECOND_ACTIVITY_REACH = 30;

/**
 * The end of the first quoted title in (from, end) that "và" and a second activity follow
 * ('Lễ khai mạc "Hội báo X" và trao "Giải Y"': the name is the first event's), or `end`.
 */
function beforeSecondActivity(doc: VnDocument, stops: NameStops, from: number, end: number): number {
  for (let i = firstAfter(stops.quoteEnds, from); i < stops.quoteEnds.length && stops.quoteEnds[i] < end; i++) {
    const close = stops.quoteEnds[i];
    if (stops.quoteStarts[i] >= from && SECOND_ACTIVITY.test(doc.key.slice(close, close + SECOND_ACTIVITY_REACH))) return close;
  }
  return end;
}

/** Most capitalised words of a place read by placeBeforeCount. */
const MAX_PLACE_WORDS = 4;

/**
 * From `at` (after "tại"), one to four capitalised words and then "lần thứ": a place named
 * inside an event's name, before the edition's count ("tại Nhật Bản lần thứ 10").
 */
function placeBeforeCount(text: string, at: number, limit: number): boolean {
  let i = at;
  let words = 0;
  for (;;) {
    while (i < limit && isSpace(text.charCodeAt(i))) i++;
    if (i >= limit) return false;
    if (!isUpperCode(text.charCodeAt(i))) break;
    if (++words > MAX_PLACE_WORDS) return false;
    while (i < limit && isLetterOrDigitCode(text.charCodeAt(i))) i++;
  }
  return words > 0 && text.startsWith('lần thứ', i);
}

/** End offset of a name whose head ends at `headEnd`, within `limit`. */
export function nameEnd(doc: VnDocument, stops: NameStops, headEnd: number, limit: number, adverbial = false): number {
  let end = Math.min(limit, headEnd + MAX_NAME);
  const { key } = doc;
  ENDER.forEachIn(doc, headEnd, end, (m) => {
    // A capitalised ender is a word of a proper name ("Lễ đón Bằng công nhận …").
    if (m.start === headEnd || insideQuote(stops, m.start) || isUpperCode(doc.text.charCodeAt(m.start)) || inCompound(key, m)) return true;
    // "Cuộc thi sáng tạo dành cho thanh thiếu niên …" under a headline saying "sáng tạo dành cho thanh".
    if (enderInHeadline(doc, stops, m)) return true;
    // "Lễ hội Việt Nam tại Nhật Bản lần thứ 10": the place before the count is the name's.
    if (m.text.toLowerCase() === 'tại' && placeBeforeCount(doc.text, m.end, end)) return true;
    end = m.start;
    return false;
  });
  // "… tại lễ khai mạc Hội thảo X sáng 7/11.": a date ends the name, before any stop after it.
  let d = firstAfter(stops.dates, headEnd);
  // Not the days of an anniversary's span ("… CAND (19.8.1945 – 19.8.2020)"), which the name keeps.
  while (d < stops.dates.length && stops.dates[d] < end && dateRangeAt(key, Math.max(0, headEnd - COUNT_REACH), stops.dates[d])) d++;
  const date = stops.dates[d];
  if (date !== undefined && date < end && !insideQuote(stops, date)) end = date;
  end = beforeSecondActivity(doc, stops, headEnd, end);
  for (let at = headEnd; at < end; at++) {
    // Only these characters can end a name: the others are passed over by their code.
    const code = key.charCodeAt(at);
    if (!(code < 0x80 ? NAME_STOP[code] : code === ELLIPSIS || isDashCode(code)) || insideQuote(stops, at)) continue;
    const c = key[at];
    // 'Giải chạy "Vì Hòa Lâm xanh" - khu A của …': a spaced dash before a lower-case word
    // opens an apposition; before a capital, a digit or a word and its number the name goes
    // on ("Lễ hội Hoa – Hòa Lâm 2026", "… lần thứ 12 - năm 2026").
    if (isDashCode(code)) {
      // The headline writing the same words around a dash ("ngày hội trái cây - trái ngon") keeps them one name.
      if (isSpace(key.charCodeAt(at - 1)) && isSpace(key.charCodeAt(at + 1)) && isLowerCode(key.charCodeAt(at + 2)) && !numberedWord(key, at + 2) && !insideAcronymExpansion(doc.text, at)
        && !dashJoinsPair(key, at) && !inHeadline(doc, stops, at, at + 1)) return at;
      continue;
    }
    const spaceNext = at + 1 >= key.length || isSpace(key.charCodeAt(at + 1));
    // "… viên chức, lao động (VCLĐ) tỉnh …": the acronym of the words before it stays in the name.
    // "Chương trình mỗi xã một sản phẩm (OCOP) và …": an acronym glosses the words before it,
    // whatever its language; the name goes on past it when words of the name follow.
    // "kỷ niệm 75 năm Ngày truyền thống CAND (19.8.1945 – 19.8.2020) và 15 năm …": the years
    // counted stay in the name; a second activity after them ("… và trao giải hội thi") does not.
    const span = c === '(' ? anniversarySpanEnd(key, Math.max(0, headEnd - COUNT_REACH), at) : -1;
    if (span > 0 && SECOND_ACTIVITY.test(key.slice(span, span + SECOND_ACTIVITY_REACH))) return span;
    if (c === '(' && at > 0 && (insideAcronymExpansion(doc.text, at - 1) || acronymInParentheses(doc.text, at, end) || qualifierInParentheses(doc.text, at, end) || span > 0)) {
      at = doc.text.indexOf(')', at);
      continue;
    }
    // "Giải Marathon TP. Hồ Chí Minh lần thứ 12": a unit's abbreviation is no stop.
    if ('(;!?[…'.includes(c) || (c === ':' && spaceNext) || (c === '.' && spaceNext && !unitAbbreviationDot(key, at))) return at;
    if (c === ',') {
      // "hội nghị giới thiệu tiềm năng, thế mạnh, kết nối cung cầu sản phẩm …": short lower-case
      // items that run to the sentence's full stop are the event's parts.
      const listEnd = adverbial ? -1 : listRunsToStop(doc, stops, at + 1, end, headEnd);
      if (listEnd > 0) return listEnd;
      if (editionBeforeAnniversary(doc, headEnd, at)) return at;
      if (!commaContinues(doc, stops, at, end, adverbial) && !insideAcronymExpansion(doc.text, at) && !commaInCapitalisedList(doc.text, at)) return at;
    }
  }
  return end;
}

/**
 * The ender `m` of a body sentence, one that may join a name's parts, stands in the
 * headline between the same two words ("sáng tạo dành cho thanh"): there it is a word of
 * the event's name.
 */
function enderInHeadline(doc: VnDocument, stops: NameStops, m: { start: number; end: number; text: string }): boolean {
  const block = stops.headline;
  return !!block && m.start >= block.end && JOINING.has(m.text.toLowerCase()) && inHeadline(doc, stops, m.start, m.end);
}

/**
 * The words either side of doc.key[from, to) (a comma, a joining word) stand around it so in
 * the headline too ("kiểm tra, đánh giá", "sáng tạo dành cho thanh"), each a whole word; a
 * joining word has spaces around it there as here.
 */
function inHeadline(doc: VnDocument, stops: NameStops, from: number, to: number): boolean {
  const { key } = doc;
  const block = stops.headline;
  const headline = block ? (stops.headlineKey ??= key.slice(block.start, block.end).toLowerCase()) : '';
  if (!headline) return false;
  // The letters before it and the first ones after it, each within 20 characters.
  let beforeEnd = from;
  while (beforeEnd > Math.max(0, from - 3) && isSpace(key.charCodeAt(beforeEnd - 1))) beforeEnd--;
  let b = beforeEnd;
  while (b > Math.max(0, beforeEnd - 20) && isLetterCode(key.charCodeAt(b - 1))) b--;
  let a = to;
  const afterLimit = Math.min(key.length, to + 21);
  while (a < afterLimit && isSpace(key.charCodeAt(a))) a++;
  let e = a;
  while (e < afterLimit && isLetterCode(key.charCodeAt(e))) e++;
  if (b === beforeEnd || e === a) return false;
  const word = isLetterCode(key.charCodeAt(from));
  if (word && (beforeEnd === from || a === to)) return false;
  const before = key.slice(b, beforeEnd).toLowerCase();
  const middle = key.slice(from, to).toLowerCase();
  const after = key.slice(a, e).toLowerCase();
  // "before\s*middle\s*after" as whole words in the headline.
  for (let i = headline.indexOf(before); i >= 0; i = headline.indexOf(before, i + 1)) {
    if (i > 0 && isLetterOrDigitCode(headline.charCodeAt(i - 1))) continue;
    const j = skipSpaces(headline, i + before.length);
    if ((word && j === i + before.length) || !headline.startsWith(middle, j)) continue;
    const k = skipSpaces(headline, j + middle.length);
    if (word && k === j + middle.length) continue;
    if (headline.startsWith(after, k) && !isLetterOrDigitCode(headline.charCodeAt(k + after.length))) return true;
  }
  return false;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Most items, most words of one, and most words in all, of a list that runs on in a name to the sentence's stop. */
const MAX_LIST_ITEMS = 5;
const MAX_ITEM_WORDS = 10;
const MAX_LIST_WORDS = 30;

/** "năm 2016," closing a list. */
const YEAR_BEFORE_COMMA = /(?<![\p{L}\p{N}])năm \d{4},$/u;

/**
 * From `from` (after a comma) to the name's `end`, items parted by commas, each opening in
 * lower case with one to MAX_ITEM_WORDS words, and `end` a full stop closing the
 * sentence (or the block), or a year before a comma when the name from `headEnd` has none
 * yet: the rest of the sentence is the name's list, no clause. The name's end there, or -1.
 */
function listRunsToStop(doc: VnDocument, stops: NameStops, from: number, end: number, headEnd: number): number {
  const { key } = doc;
  let last = end;
  while (last > from && isSpace(key.charCodeAt(last - 1))) last--;
  // The sentence's end: its full stop at `end` or right before it, or the end of the block.
  const closes = last >= key.length || key[last - 1] === '.' || key[last] === '\n'
    || (key[last] === '.' && (last + 1 >= key.length || isSpace(key.charCodeAt(last + 1))));
  // Or a year closing the list before a comma and the ender after it ("Tuần lễ nạo vét, khơi
  // thông cống rãnh, mương thoát nước năm 2016, với mục đích …"): the year is the name's,
  // unless it has one before the list ("… xuân Giáp Thìn 2024, mở đầu cho …, năm 2024,").
  const dated = !closes && key[last - 1] === ',' && YEAR_BEFORE_COMMA.test(key.slice(Math.max(from, last - 12), last)) && !/\d{4}/.test(key.slice(headEnd, from));
  end = key[last - 1] === '.' || dated ? last - 1 : last;
  // (No ender stands before `end`: nameEnd ended the name at the first.)
  if (!closes && !dated) return -1;
  let items = 0;
  let words = 0;
  for (let start = from; start < end; ) {
    let stop = start;
    while (stop < end && (key[stop] !== ',' || insideQuote(stops, stop))) stop++;
    let first = start;
    while (first < stop && isSpace(key.charCodeAt(first))) first++;
    if (first >= stop || !isLowerCode(key.charCodeAt(first)) || QUANTITY_OPENING.test(key.slice(first, first + 12)) || ++items > MAX_LIST_ITEMS) return -1;
    let itemWords = 0;
    for (let i = first; i < stop; i++) {
      const code = key.charCodeAt(i);
      // What else ends a name (a bracket, a colon, a dash before an apposition) is not read past here.
      if (LIST_BREAKS.includes(key[i]) || isDashCode(code)) return -1;
      if (!isSpace(code) && (i === first || isSpace(key.charCodeAt(i - 1)))) itemWords++;
    }
    if (itemWords > MAX_ITEM_WORDS || (words += itemWords) > MAX_LIST_WORDS) return -1;
    start = stop + 1;
  }
  return items >= 2 ? end : -1;
}

/** A count of people opening an item ("hơn 500 người dân"): a clause's subject, on the key from the item on. */
const QUANTITY_OPENING = lexiconPattern(`^${alternation(QUANTITY_OPENERS)}(?![${LETTER}${DIGIT}])`);

/** Characters that end a list run on in a name. */
const LIST_BREAKS = ';(!?…:';

/**
 * After a comma, a short lower-case tail that runs to the end of the name belongs to it
 * ("… công trình chỉnh trang, làm mới Công viên X."; "Giải Bóng chuyền viên chức, lao động
 * năm 2025 dành cho …"), while a clause ("…, thu hút 825 VĐV") or a list goes on elsewhere.
 */
const TAIL_WORDS = 8;
function shortTail(doc: VnDocument, stops: NameStops, from: number, end: number): boolean {
  const { key } = doc;
  let first = from;
  while (first < end && isSpace(key.charCodeAt(first))) first++;
  if (first >= end || !isLowerCode(key.charCodeAt(first))) return false;
  let stop = end;
  let punct = -1;
  for (let i = from; i < end; i++) {
    const c = key[i];
    if (',;(!?…'.includes(c) || ((c === '.' || c === ':') && (i + 1 === end || isSpace(key.charCodeAt(i + 1))))) {
      punct = i;
      break;
    }
  }
  if (punct >= 0 && !insideQuote(stops, punct)) stop = punct;
  ENDER.forEachIn(doc, from, end, (m) => {
    if (m.start === from || inCompound(key, m)) return true;
    if (m.start < stop) stop = m.start;
    return false;
  });
  if (punct >= 0 && punct === stop && key[punct] === ',') return false;
  // "…, chào đón gần 6000 tân sinh viên": a count opens a clause.
  if (COUNT_LEAD.test(key.slice(from - 1, stop))) return false;
  let words = 0;
  for (let i = from; i < stop; i++) if (!isSpace(key.charCodeAt(i)) && (i === from || isSpace(key.charCodeAt(i - 1)))) words++;
  return words >= 1 && words <= TAIL_WORDS;
}
