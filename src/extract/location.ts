/**
 * event.location, most reliable first:
 *   1. front matter `location`;
 *   2. "tại X" / "ở X" in the sentence that names the event, then in the sentence of its day,
 *      then in the headline: X runs to a verb or a stop, and keeps a following city
 *      (", TP Hồ Chí Minh") or a parenthesised address ("(xã Thạnh An, huyện Cần Giờ)");
 *      a unit pointed back to ("tại tỉnh này") is the last place named with that unit before it;
 *   3. "tại X" in a later sentence of the lead that opens by naming the event again ("Buổi lễ
 *      diễn ra tại …", "Hội chợ … đón khách … tại …"), or right after the event verb the
 *      headline names the event by ("… đã về khảo sát tại Trạm Y tế xã X");
 *   4. a sole organiser that hosts on its premises ("Trường THCS X tổ chức …" → the school),
 *      or one whose partners are associations with no premises ("… phối hợp với Đoàn TNCS"),
 *      then the named unit of a level the event's name gives bare ("huyện X tổ chức diễn tập
 *      khu vực phòng thủ huyện" → huyện X), then a venue or place inside the event's own name
 *      ("khánh thành Trạm Y tế xã Ngũ Lão");
 *   5. a named administrative unit below the province in the event's sentences ("trên các
 *      tuyến phố thành phố Quy Nhơn, tỉnh Bình Định"): more specific than the organiser's province;
 *   6. an organiser that is a place ("Sáng 2/9, huyện X tổ chức …"), then the organiser's place
 *      (Sở GD&ĐT Hà Nội → Hà Nội);
 *   7. a province, a venue or a named administrative unit in the event's sentence, then the headline;
 *   8. the named unit in an organiser's name ("UBND huyện Chơn Thành" → "huyện Chơn Thành");
 *      the place the headline's tag names ("Dầu Tiếng: …"), as the body names it with its unit
 *      ("huyện Dầu Tiếng"); else the one province the article names, when it names no other.
 * A head right after "Ngày" names a commemorated day ("Ngày Nhà giáo Việt Nam"), not a place.
 */
import type { VnDocument, Span } from '../core/document.js';
import type { Organization, Person } from '../model/article.js';
import { alternation, keySet, lexiconPattern, lexiconPatternOnUse } from '../lexicon/compile.js';
import { EVENT_HEADS, GENERIC_EVENT_HEADS } from '../lexicon/vi/events.js';
import { MAJOR_SURNAMES, SURNAMES } from '../lexicon/vi/names.js';
import { ORGANIZATION_HEADS } from '../lexicon/vi/organizations.js';
import { HANDOVER_VERBS, ORGANIZING_VERBS } from '../lexicon/vi/organizing.js';
import {
  ADMIN_UNITS, CHARITY_HOUSE_KINDS, CLAUSE_WORDS_AFTER_UNIT, CONNECTION_POINT_WORDS, HOME_COUNTRY_NAMES, HOUSE_NUMBER_UNITS, NAMED_ONLY_UNITS, NUMBERED_REGION_UNITS, HOST_VENUE_HEADS, LOCAL_UNITS, NOT_PLACE_AFTER_AT, PLACE_ENDERS, PREMISES_LESS_HEADS, PROVINCES, RESIDENCE_WORDS, UNIT_ORGANIZATIONS, VENUE_HEADS, VENUE_NAME_WORDS,
} from '../lexicon/vi/places.js';
import { afterCapitalisedWord, isSpace, matchKey, squash, squashedSpan, wordBefore } from '../core/text.js';
import { firstAfter } from '../core/sorted.js';
import { DASH, DIGIT, isDashCode, isDashText, isDigitCode, isLowerCode, isUpperCode, isWordCode, LETTER } from '../core/chars.js';
import { KeyPrefixes } from './phrase-sets.js';
import { ADMIN_UNIT_KEYS, asciiSet, trimSpaces, unitAbbreviationDot } from './event-chars.js';
import { commaInCapitalisedList } from './event-name-joins.js';
import { EndWords, PrefixScan } from './event-scans.js';
import { AT_WORDS, lexiconWords, spacedLexiconWords, SpanWords, type WordMatch } from './event-words.js';
import { onFirstUse } from '../core/lazy.js';
import { headlineTagPlace } from './headline-tag-place.js';
import { UNIT_IN_COMPOUND } from './phrases.js';
import { organizationsOf } from './organizations/index.js';
import { blockTokens } from './tokens.js';

/** `/^[${UPPER}${DIGIT}]/u`: the text starts with an upper-case letter or a digit (by class look-up, no pattern). */
const startsProper = (s: string) => s.length > 0 && (isUpperCode(s.charCodeAt(0)) || isDigitCode(s.charCodeAt(0)));

export interface Place {
  text: string;
  start: number;
  end: number;
  rule: string;
}

const AT = spacedLexiconWords(AT_WORDS);
const NOT_PLACE = lexiconPatternOnUse(`^${alternation(NOT_PLACE_AFTER_AT)}(?![${LETTER}${DIGIT}])`);
const ENDER = lexiconWords(PLACE_ENDERS);
const PROVINCE = lexiconWords(PROVINCES);
const PROVINCE_IN_NAME = onFirstUse(() => new PrefixScan(PROVINCE.regex, PROVINCES));
const VENUE = lexiconWords(VENUE_HEADS);
const ADMIN = lexiconWords(ADMIN_UNITS);
const PREMISES_LESS = lexiconPattern(`^(?:${alternation(PREMISES_LESS_HEADS)})(?![${LETTER}${DIGIT}])`, 'i');
const HOST_VENUE = lexiconPattern(`^(?:${alternation(HOST_VENUE_HEADS)})\\s`, 'i');
const STARTS_PLACE_WORD = lexiconPatternOnUse(`^${alternation([...VENUE_HEADS, ...ADMIN_UNITS])}(?![${LETTER}${DIGIT}])`);
const STARTS_UNIT_WORD = lexiconPatternOnUse(`^${alternation(ADMIN_UNITS)}(?![${LETTER}${DIGIT}])\\s*`);
/** Where the capitalised name after an administrative unit's word opening `head` (a key) starts; -1 when none does. */
function unitNameAt(head: string): number {
  const m = STARTS_UNIT_WORD().exec(head);
  return m !== null && isUpperCode(head.charCodeAt(m[0].length)) ? m[0].length : -1;
}
const STARTS_PLACE = { test: (s: string) => (s.length > 0 && isUpperCode(s.charCodeAt(0))) || STARTS_PLACE_WORD().test(s) };
/** "… Thành phố Hồ Chí Minh và Tạp chí X": what opens another body or place after "và" (tested on the key after it). */
const OPENS_ANOTHER = lexiconPatternOnUse(`^\\s*(?:${alternation([...ORGANIZATION_HEADS, ...VENUE_HEADS, ...ADMIN_UNITS])})(?![${LETTER}${DIGIT}])`);
const COMMA_PROVINCE = lexiconPatternOnUse(`^,\\s*${alternation(PROVINCES)}(?![${LETTER}${DIGIT}])`);
const COMMA_UNIT = lexiconPattern(`^,\\s*${alternation(ADMIN_UNITS)}\\s*`);
/** ", Đà Nẵng", ", TP Hồ Chí Minh", ", tỉnh Quảng Nam" continue a place; ", tỉnh khai mạc …" does not. */
const CONTINUES_AFTER_COMMA = {
  test(s: string): boolean {
    if (COMMA_PROVINCE().test(s)) return true;
    const unit = COMMA_UNIT.exec(s);
    return unit !== null && startsProper(s.slice(unit[0].length));
  },
};
const MAX_PLACE = 120;
/** Characters that can end a place: ASCII ones by table, the others ("…", "“", "”") by code. */
const PLACE_STOP = asciiSet('(;!?".:,');
const PLACE_STOP_WIDE = [0x2026, 0x201c, 0x201d];
/** Only the first few "tại" of a sentence are read (bounded work on huge lines). */
const AT_PER_SPAN = 12;

/** Squashed, without trailing spaces, commas, semicolons, colons and dashes (read by character). */
function clean(text: string): string {
  const squashed = squash(trimSpaces(text));
  let end = squashed.length;
  while (end > 0 && (isSpace(squashed.charCodeAt(end - 1)) || ',;:'.includes(squashed[end - 1]) || isDashCode(squashed.charCodeAt(end - 1)))) end--;
  // "(ở xã X)" read from inside its brackets: the closing one is not the place's.
  if (squashed[end - 1] === ')' && !squashed.includes('(')) end--;
  return end === squashed.length ? squashed : squashed.slice(0, end);
}

/** End of a place that starts at `from`, within `limit`; a short address in parentheses stays. */
function placeEnd(doc: VnDocument, from: number, limit: number, dates: readonly number[]): number {
  let end = Math.min(limit, from + MAX_PLACE);
  ENDER.forEachIn(doc, from, end, (m) => {
    if (m.start === from) return true;
    end = m.start;
    return false;
  });
  const { key } = doc;
  for (let at = from; at < end; at++) {
    // Only these characters can end a place: the others are passed over by their code.
    const code = key.charCodeAt(at);
    if (!(code < 0x80 ? PLACE_STOP[code] : PLACE_STOP_WIDE.includes(code))) continue;
    const c = key[at];
    if (c === '(') {
      const close = key.indexOf(')', at);
      if (close > at && close - at <= 80 && !/\d{3,}/u.test(key.slice(at, close))) {
        at = close;
        end = Math.max(end, Math.min(close + 1, limit));
        continue;
      }
      return at;
    }
    const spaceNext = at + 1 >= key.length || isSpace(key.charCodeAt(at + 1));
    if (';!?…"“”'.includes(c) || (c === ':' && spaceNext) || (c === '.' && spaceNext && !unitAbbreviationDot(key, at))) return at;
    // "Trung tâm Thể thao, Hội nghị và Triển lãm huyện X": the commas of the venue's own name.
    if (c === ',' && !CONTINUES_AFTER_COMMA.test(key.slice(at, at + 30)) && !commaInCapitalisedList(key, at, ADMIN_UNIT_KEYS)) return at;
  }
  const date = dates[firstAfter(dates, from)];
  return date !== undefined && date < end ? date : end;
}

/** A word or a dash joining two names of places ("Nhật Bản và Ba Lan", "Bà Rịa – Vũng Tàu"). */
const CONNECTOR = new RegExp(`^(?:và|của|[${DASH}])$`, 'u');
/** A word inside a place's name before a capitalised one: a joining word or a unit's ("… Kim Đồng thôn X"). */
const joinsPlaceName = (word: string) => CONNECTOR.test(word) || ADMIN_UNIT_KEYS.has(word.toLowerCase());
const VENUE_NAME_WORD = keySet(VENUE_NAME_WORDS);

/**
 * A place that is a proper name ("Nhật Bản và Ba Lan") ends at the first lower-case word
 * that neither is an administrative unit nor joins two names ("… Ba Lan góp phần …").
 */
function properNameEnd(doc: VnDocument, from: number, end: number): number {
  const tokens = [...doc.text.slice(from, end).matchAll(/\([^)]*\)|[^\s(]+/gu)];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i][0];
    if (startsProper(t) || t.startsWith('(')) continue;
    // "Sở Khoa học và Công nghệ": a name's word whose second syllable is in lower case.
    if (i > 0 && startsProper(tokens[i - 1][0]) && VENUE_NAME_WORD.has(matchKey(`${tokens[i - 1][0]} ${t}`).toLowerCase())) continue;
    const nextCapital = startsProper(tokens[i + 1]?.[0] ?? '');
    if (joinsPlaceName(t) && nextCapital) continue;
    return from + tokens[i].index!;
  }
  return end;
}

/** A unit pointed back to ("tỉnh này", "huyện này"): the place named with that unit before. */
const UNIT_POINTED_BACK = lexiconPattern(`^(${alternation(ADMIN_UNITS)})\\s+này(?![${LETTER}${DIGIT}])`, 'i');
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}${DIGIT}]`, 'u');
/** Most characters looked back for the place a unit pointed back to names. */
const POINTED_BACK_REACH = 600;

/**
 * "tổ chức tại tỉnh này": the last "tỉnh X" before `at` (X capitalised), as the text names it,
 * or null when the text names none so near.
 */
function pointedBackPlace(doc: VnDocument, unit: string, at: number): Place | null {
  const start = Math.max(0, at - POINTED_BACK_REACH);
  const before = doc.key.slice(start, at).toLowerCase();
  const needle = `${unit.toLowerCase()} `;
  for (let i = before.lastIndexOf(needle); i >= 0; i = i > 0 ? before.lastIndexOf(needle, i - 1) : -1) {
    const from = start + i;
    const nameAt = from + needle.length;
    if ((from > 0 && LETTER_OR_DIGIT.test(doc.key[from - 1])) || !isUpperCode(doc.key.charCodeAt(nameAt))) continue;
    const end = properNameEnd(doc, nameAt, Math.min(at, nameAt + MAX_PLACE));
    const place = clean(doc.text.slice(from, end));
    if (end > nameAt && place) return { text: place, ...squashedSpan(doc.text, from, place), rule: 'event.location-pointed-back' };
  }
  return null;
}

/** "trú tại", "sinh sống ở": where somebody lives. */
const RESIDENCE = new EndWords(lexiconPatternOnUse(`(?<![${LETTER}${DIGIT}])(?:${alternation(RESIDENCE_WORDS)})\\s+$`, 'i'), RESIDENCE_WORDS);
/** Most characters of a residence word before "tại" ("sinh sống "). */
const RESIDENCE_REACH = 12;

/** Does an organiser's name hold the "tại" at `at` ("Văn phòng X tại Việt Nam")? */
const insideOrganizer = (organizers: readonly Organization[], at: number) =>
  organizers.some((o) => o.evidence.some((ev) => ev.start < at && at < ev.end));

/** "điểm cầu " opening a key: the place after it is a connection point (CONNECTION_POINT_WORDS). */
const CONNECTION_POINT = lexiconPatternOnUse(`^${alternation(CONNECTION_POINT_WORDS)}\\s+`);

/**
 * "tại X" in a span of text; not one inside an organiser's name ("Văn phòng X tại Việt Nam
 * phối hợp …") nor where somebody lives ("ông A (trú tại thôn B)"). "tại điểm cầu X" gives
 * "điểm cầu X"; with `pointsOnly`, nothing else.
 */
function atPlace(doc: VnDocument, span: Span, dates: readonly number[], organizers: readonly Organization[], pointsOnly = false): Place | null {
  for (const m of AT.matches(doc, span, AT_PER_SPAN)) {
    if (insideOrganizer(organizers, m.start) || RESIDENCE.test(doc.key, Math.max(span.start, m.start - RESIDENCE_REACH), m.start)) continue;
    let from = m.end;
    let head = doc.key.slice(from, from + 40);
    const point = CONNECTION_POINT().exec(head);
    if (pointsOnly && !point) continue;
    if (point) {
      from += point[0].length;
      head = doc.key.slice(from, from + 40);
    }
    const pointedBack = UNIT_POINTED_BACK.exec(head);
    if (pointedBack) {
      const place = pointedBackPlace(doc, pointedBack[1], from);
      if (place) return place;
      continue;
    }
    if (NOT_PLACE().test(head) || !STARTS_PLACE.test(head)) continue;
    let end = placeEnd(doc, from, span.end, dates);
    // A unit's word before a capitalised name ("tại Tp. Hồ Chí Minh mong muốn …") ends with the name, as a bare name does.
    const nameAt = unitNameAt(head);
    if (!STARTS_PLACE_WORD().test(head)) end = properNameEnd(doc, from, end);
    else if (nameAt > 0) end = properNameEnd(doc, from + nameAt, end);
    const place = clean(doc.text.slice(from, end));
    // "Đại sứ quán Pháp tại Việt Nam", "Quỹ Cựu chiến binh Mỹ tại Việt Nam (VVAF)": the home
    // country after a capitalised name is that body's seat; in a quoted title, the title's word.
    if (place && HOME_COUNTRY.test(place) && (afterCapitalisedWord(doc.key, span.start, m.start) || insideQuotation(doc, m.start))) continue;
    // "… các đoàn thể ở xóm và người có uy tín": a unit's word that no name or number follows places nothing.
    if (!place || namesNoPlace(place)) continue;
    if (point) {
      const text = clean(doc.text.slice(m.end, end));
      return { text, ...squashedSpan(doc.text, m.end, text), rule: 'event.location-connection-point' };
    }
    return { text: place, ...squashedSpan(doc.text, from, place), rule: 'event.location-at' };
  }
  return null;
}

/** The home country, which names no event's place in a report from it (no answer key gives it). */
const HOME_COUNTRY = lexiconPattern(`^${alternation(HOME_COUNTRY_NAMES)}(?![${LETTER}])`);

/** `at` stands inside a quotation of the document. */
const insideQuotation = (doc: VnDocument, at: number) => doc.quotes.some((q) => q.start <= at && at < q.end);

/** A year after a unit's word ("tại huyện năm 2016"): when, not which unit. */
const YEAR_AFTER_UNIT = /^\s+năm\s+\d{4}(?!\d)/iu;

/**
 * An administrative unit's word and lower-case words only ("xóm và người"): no capital, no
 * digit, so no place named; nor a unit's word before a year ("huyện năm 2016").
 */
function namesNoPlace(place: string): boolean {
  const space = place.indexOf(' ');
  if (!ADMIN_UNIT_KEYS.has((space < 0 ? place : place.slice(0, space)).toLowerCase())) return false;
  if (space > 0 && YEAR_AFTER_UNIT.test(place.slice(space))) return true;
  for (let i = 0; i < place.length; i++) if (isUpperCode(place.charCodeAt(i)) || isDigitCode(place.charCodeAt(i))) return false;
  return true;
}

const isCapitalised = startsProper;
/** A number of two digits or more after a name's word and before a lower-case word: a count ("Vị Thanh 30 phần"), not the name's number ("Vạn Hưng 2"). */
const isCountAfterName = (word: string, before: string, after: string | undefined) =>
  /^\d{2,}$/u.test(word) && isUpperCode(before.charCodeAt(0)) && after !== undefined && isLowerCode(after.charCodeAt(0));
/** "2024", "14-8", "VI": a number, Arabic or Roman (capital Roman digits only). */
const isNumber = (s: string) => (s.length > 0 && isDigitCode(s.charCodeAt(0))) || /^[IVXLC]+$/u.test(s);
const NAME_TOKEN = /[^\s,;.:()]+/gu;

/** One of , ; . : ( ) in `text[from, to)` ("Ngân hàng chính sách xã hội tỉnh: Trao tiền …"). */
function hasPunctuation(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (',;.:()'.includes(text[i])) return true;
  return false;
}

/** A document's number ("76-KH/BTCTW", "12/QĐ-UBND"): a figure joined to capitals or a slash. */
const DOCUMENT_NUMBER = /^\d+(?:\/|-[A-ZĐ])/u;

/** A bracket or a comma right after `at` (spaces aside): an address or a city follows the name. */
function addressFollows(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  return text[i] === '(' || text[i] === ',';
}

/** `text[start, end)` is a word in capitals ("XÃ"), not one capitalised ("Xã"). */
function inCapitals(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (isLowerCode(text.charCodeAt(i))) return false;
  return true;
}

/** The offsets of the word after `at` (spaces skipped), within `limit`. */
function wordAfter(text: string, at: number, limit: number): [number, number] {
  let start = at;
  while (start < limit && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  return [start, end];
}

/**
 * A head word (venue or administrative unit) and the name after it: capitalised words and
 * numbers, with a lower-case word kept only between two of them ("Trường Tiểu học Vạn Hưng 2").
 */
function namedAfter(doc: VnDocument, headStart: number, headEnd: number, limit: number): Place | null {
  // In a line written in capitals ("XÃ A TỔ CHỨC …") every word looks like a name: the
  // place ends at a word that ends places ("TP HCM" and "TP Huế" are read as written).
  if (inCapitals(doc.text, headStart, headEnd) && inCapitals(doc.text, ...wordAfter(doc.text, headEnd, limit))) limit = ENDER.firstIn(doc, headEnd, limit)?.start ?? limit;
  const tokens: RegExpExecArray[] = [];
  const rest = doc.text.slice(headEnd, limit);
  NAME_TOKEN.lastIndex = 0;
  for (let m = NAME_TOKEN.exec(rest); m && tokens.length < 12; m = NAME_TOKEN.exec(rest)) tokens.push(m);
  let end = headEnd;
  let named = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (hasPunctuation(doc.text, end, headEnd + t.index)) break;
    const tokenEnd = headEnd + t.index! + t[0].length;
    // "TP - Sáng 18-8, …": a dash right after the unit word leaves it without a name (there
    // the outlet's initials open the lead); a dash inside a name comes after its first word.
    if (i === 0 && isDashText(t[0])) break;
    // "tỉnh 6 tháng đầu năm": a number after a unit that is never numbered; "Kế hoạch số 76-KH/BTCTW": a document, no address.
    if (i === 0 && isNumber(t[0]) && (NAMED_ONLY_UNIT.has(doc.key.slice(headStart, headEnd).toLowerCase()) || DOCUMENT_NUMBER.test(t[0]))) break;
    // "Hội Nhà văn Thành phố Hồ Chí Minh và Tạp chí X": "và" before another body or place
    // joins two names; the place ends before it.
    if (named > 0 && t[0] === 'và' && OPENS_ANOTHER().test(doc.key.slice(tokenEnd, tokenEnd + 40))) break;
    // "Thành phố Vị Thanh 30 phần, …": two digits or more, then a lower-case word, count something.
    if (i > 0 && isCountAfterName(t[0], tokens[i - 1][0], tokens[i + 1]?.[0])) break;
    if (isCapitalised(t[0])) named++;
    // "Tiểu học" of "Trường Tiểu học thôn X": one word, its second syllable in lower case.
    else if (i > 0 && VENUE_NAME_WORD.has(matchKey(`${tokens[i - 1][0]} ${t[0]}`).toLowerCase())) {
      end = tokenEnd;
      continue;
    }
    // "huyện năm 2024", "huyện khóa VI", "thành phố có 3 phường": a common word before a number
    // makes a time, a term or a count; only a unit word numbers a place ("phường số 3").
    else if (i === 0 && isNumber(tokens[1]?.[0] ?? '') && !ADMIN_UNIT_KEYS.has(t[0].toLowerCase())) break;
    else if (i > 0 && isCapitalised(tokens[i - 1][0]) && (i === tokens.length - 1 || addressFollows(doc.text, tokenEnd))) {
      // "Trung tâm Triển lãm Quốc gia (ở xã Hòa Lâm)", or at the end of the event's
      // name: the last syllable of the place's name.
      end = tokenEnd;
      break;
    } else if (!(named > 0 || i === 0) || !tokens[i + 1] || !isCapitalised(tokens[i + 1][0])) break;
    // "cảng Cái Lân dịp Tết": after the name, a common word before a capitalised one ends it.
    else if (named > 0 && !joinsPlaceName(t[0])) break;
    // "Liên đoàn Lao động tỉnh trao Mái ấm Công đoàn": a verb after the unit word ends the body's name, no place follows.
    else if (i === 0 && verbAt(doc.key, headEnd + t.index!)) break;
    end = tokenEnd;
  }
  if (!named) return null;
  return { text: clean(doc.text.slice(headStart, end)), start: headStart, end, rule: '' };
}

const VERB_AFTER_UNIT = new KeyPrefixes([...HANDOVER_VERBS, ...ORGANIZING_VERBS, ...CLAUSE_WORDS_AFTER_UNIT]);

/** Does a handing-over or organising verb or a clause's word stand at `at` of the match key, as whole words? */
function verbAt(key: string, at: number): boolean {
  return VERB_AFTER_UNIT.wholeAt(key, at);
}

/** Venue heads that are also family names ("hồ": a lake, and the "Hồ" of "Hồ Chí Minh"). */
const SURNAME_KEYS = keySet(SURNAMES);
const SURNAME_HEADS = keySet(VENUE_HEADS.filter((h) => SURNAME_KEYS.has(h.toLowerCase())));
const LONGEST_SURNAME_HEAD = Math.max(0, ...[...SURNAME_HEADS].map((h) => h.length));

/** A capitalised head that is also a family name: a person, not a lake. */
const surnameHead = (doc: VnDocument, start: number, end: number) =>
  end - start <= LONGEST_SURNAME_HEAD && isUpperCode(doc.text.charCodeAt(start)) && SURNAME_HEADS.has(doc.key.slice(start, end).toLowerCase());

const DAY_NAME = new EndWords(lexiconPatternOnUse(String.raw`(?<![${LETTER}${DIGIT}])ngày\s+$`, 'i'), ['ngày']);

/** An opening bracket stands right before `at` ("(TP. Hồ Chí Minh)"). */
const afterBracket = (key: string, at: number) => key.charCodeAt(at - 1) === 0x28;

/** `at` stands between two organisers' mentions in `span`: in the list of who organised, a partner's seat. */
const amidOrganizers = (organizers: readonly Organization[], span: Span, at: number) =>
  organizers.some((o) => o.evidence.some((ev) => ev.start >= span.start && ev.end <= at))
  && organizers.some((o) => o.evidence.some((ev) => ev.start > at && ev.end <= span.end));

function firstNamed(doc: VnDocument, span: Span, heads: SpanWords, rule: string, people: readonly Person[], below?: (head: string, start: number) => boolean): Place | null {
  let found: Place | null = null;
  heads.forEach(doc, span, (m) => {
    if (DAY_NAME.test(doc.key, Math.max(span.start, m.start - 8), m.start) || (below && !below(m.text, m.start)) || surnameHead(doc, m.start, m.end)) return true;
    // A venue's word in a quoted title ("… ngoài nhà trường ở Việt Nam”") is the title's.
    if (UNIT_IN_COMPOUND.closes(doc.key, m) || isCharityHouse(doc.key, m.end) || insideQuotation(doc, m.start)) return true;
    const place = namedAfter(doc, m.start, m.end, span.end);
    // "Tỉnh Đoàn tổ chức …" names a body and no place; "Huyện đoàn Phú Giáo" names the district after the body.
    const bodyEnd = place ? unitOrganizationEnd(doc.key, m.start) : -1;
    if (place && (place.end === bodyEnd || (bodyEnd > 0 && personNamedAt(doc, people, bodyEnd)))) return true;
    if (place && (namesPerson(people, m.end, place.end) || bareHouseNumber(doc, m, place))) return true;
    if (place) found = { ...place, rule };
    return !place;
  });
  return found;
}

const CHARITY_HOUSE = new KeyPrefixes(CHARITY_HOUSE_KINDS);

/** Whether a charity house's kind (CHARITY_HOUSE_KINDS) follows a head ending at `at`, whole words. */
function isCharityHouse(key: string, at: number): boolean {
  if (!isSpace(key.charCodeAt(at))) return false;
  return CHARITY_HOUSE.wholeAt(key, at + 1);
}

const UNIT_ORGANIZATION = new KeyPrefixes(UNIT_ORGANIZATIONS);

/** Where the organisation a unit's word at `at` opens ends ("Tỉnh Đoàn", UNIT_ORGANIZATIONS), whole words; -1 when it opens none. */
function unitOrganizationEnd(key: string, at: number): number {
  const n = UNIT_ORGANIZATION.lengthsAt(key, at)?.find((length) => !isWordCode(key.charCodeAt(at + length)));
  return n === undefined ? -1 : at + n;
}

const HOUSE_NUMBER_UNIT = keySet([...HOUSE_NUMBER_UNITS, ...NUMBERED_REGION_UNITS]);
const NAMED_ONLY_UNIT = keySet(NAMED_ONLY_UNITS);

/** "số 2" or "khu vực XX" and nothing after its number: no street or name, so no place ("dự án Metro số 2"). */
function bareHouseNumber(doc: VnDocument, head: WordMatch, place: Place): boolean {
  if (!HOUSE_NUMBER_UNIT.has(head.text.toLowerCase())) return false;
  NAME_TOKEN.lastIndex = 0;
  const words = doc.text.slice(head.end, place.end).match(NAME_TOKEN) ?? [];
  return words.every(isNumber);
}

/** Whether a person's name the article gives elsewhere follows `at` and a space ("Tỉnh ủy Lê Thị Hoa"). */
function personNamedAt(doc: VnDocument, people: readonly Person[], at: number): boolean {
  return isSpace(doc.key.charCodeAt(at)) && people.some((p) => p.name.includes(' ') && doc.text.startsWith(p.name, at + 1) && !isWordCode(doc.key.charCodeAt(at + 1 + p.name.length)));
}

/**
 * Whether the people rules read doc.text[from, to) as (part of) a person's mention: "Chủ tịch
 * UBND tỉnh Trần Quốc Văn" names a province's chairman, not a place "tỉnh Trần Quốc Văn".
 */
function namesPerson(people: readonly Person[], from: number, to: number): boolean {
  return people.some((p) => p.evidence.some((e) => e.start <= from && e.end >= to));
}

/** A province's name is capitalised: "diễn biến hòa bình" is peace, not Hòa Bình. */
const capitalised = (doc: VnDocument, m: WordMatch) => isUpperCode(doc.text.charCodeAt(m.start));

/** The commonest family names, as a word's key reads. */
const MAJOR_SURNAME_KEYS = keySet(MAJOR_SURNAMES);

/** A common family name, capitalised, stands right before `at` ("học bổng Nguyễn Thái Bình"): a person's name goes on there. */
function afterMajorSurname(doc: VnDocument, at: number): boolean {
  const word = wordBefore(doc.key, 0, at, isWordCode);
  return word !== null && isUpperCode(doc.text.charCodeAt(word[0])) && MAJOR_SURNAME_KEYS.has(doc.key.slice(word[0], word[1]).toLowerCase());
}

/**
 * A dash joins the place text[start, end) to a capitalised word before or after it ("cao tốc
 * Hạ Long - Hải Phòng", "tuyến Hà Nội-Lào Cai"): one end of a route, not where the event is.
 */
function routeEnd(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  if (before > 0 && isDashCode(text.charCodeAt(before - 1))) {
    let word = before - 1;
    while (word > 0 && isSpace(text.charCodeAt(word - 1))) word--;
    let first = word;
    while (first > 0 && isWordCode(text.charCodeAt(first - 1))) first--;
    if (first < word && isUpperCode(text.charCodeAt(first))) return true;
  }
  let after = end;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  if (after < text.length && isDashCode(text.charCodeAt(after))) {
    after++;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    if (isUpperCode(text.charCodeAt(after))) return true;
  }
  return false;
}

function province(doc: VnDocument, span: Span, rule: string): Place | null {
  let place: Place | null = null;
  PROVINCE.forEach(doc, span, (m) => {
    if (capitalised(doc, m) && !afterMajorSurname(doc, m.start) && !routeEnd(doc.text, m.start, m.end)) place = { text: doc.text.slice(m.start, m.end), start: m.start, end: m.end, rule };
    return !place;
  });
  return place;
}

/** Organisers the organizers rules read as places ("huyện X tổ chức", "Kim Thành tổ chức"). */
const PLACE_ORGANISER_RULES = new Set(['organizers.place-subject', 'organizers.bare-place-subject']);

/** An organiser that is a place, else the province in an organisation's name. */
function organiserPlace(doc: VnDocument, organizers: readonly Organization[]): Place | null {
  for (const org of organizers) {
    const ev = org.evidence[0];
    if (ev && PLACE_ORGANISER_RULES.has(ev.rule)) return { text: org.name, start: ev.start, end: ev.end, rule: 'event.location-place-organiser' };
  }
  for (const org of organizers) {
    const found = PROVINCE_IN_NAME().matches(org.name).pop();
    const ev = org.evidence[0];
    if (found && ev) {
      return { text: found[0], start: ev.start, end: ev.end, rule: 'event.location-organiser' };
    }
  }
  return null;
}

/** The named unit in an organiser's name ("UBND huyện Chơn Thành" → "huyện Chơn Thành"): the body works where it governs. */
function organiserUnit(doc: VnDocument, organizers: readonly Organization[], people: readonly Person[]): Place | null {
  for (const org of organizers) {
    const ev = org.evidence[0];
    const unit = ev ? firstNamed(doc, ev, ADMIN, 'event.location-organiser-unit', people) : null;
    if (unit) return unit;
  }
  return null;
}

/**
 * The sole organiser when it is a school, library, museum …: it hosts on its premises. An
 * event it co-organises ("Trường Y phối hợp với Sở X") may be held at either partner's,
 * unless its partners are associations or unions with no premises of their own ("Trường Y
 * phối hợp với Đoàn TNCS, Hội Phụ nữ xã tổ chức …"): then the first organiser hosts it.
 */
function hostVenue(organizers: readonly Organization[]): Place | null {
  const partnersHostElsewhere = organizers.slice(1).some((o) => !PREMISES_LESS.test(matchKey(o.name)));
  const org = organizers.length >= 1 && !partnersHostElsewhere ? organizers[0] : undefined;
  const ev = org?.evidence[0];
  if (!org || !ev || !startsProper(org.name) || !HOST_VENUE.test(matchKey(org.name))) return null;
  return { text: org.name, start: ev.start, end: ev.end, rule: 'event.location-host-venue' };
}

const BELOW_PROVINCE = keySet(LOCAL_UNITS);
const COMMA_TINH = /^,\s*tỉnh\s+/iu;

/** A unit keeps the province written after it: "thành phố Quy Nhơn, tỉnh Bình Định", "quận 1, TP HCM". */
function withProvince(doc: VnDocument, unit: Place, span: Span): { text: string; end: number } {
  const after = doc.key.slice(unit.end, Math.min(span.end, unit.end + 40));
  let end = unit.end;
  const named = COMMA_PROVINCE().exec(after);
  const tinh = named ? null : COMMA_TINH.exec(after);
  if (named) end = unit.end + named[0].length;
  else if (tinh) end = namedAfter(doc, unit.end, unit.end + tinh[0].length, span.end)?.end ?? unit.end;
  return { text: clean(doc.text.slice(unit.start, end)), end };
}

/** Most units of an address read after a venue. */
const MAX_ADDRESS_UNITS = 4;

/**
 * The venue `place` with the address that follows it within `limit`, each unit named, after
 * a comma or none: "điểm trường Tiểu học thôn Bản Tát, xã Xuân Giang" (the event's name gives
 * where the venue is; the venue alone says less).
 */
function withAddress(doc: VnDocument, place: Place, limit: number): Place {
  let end = place.end;
  for (let n = 0; n < MAX_ADDRESS_UNITS; n++) {
    let at = end;
    while (at < limit && isSpace(doc.key.charCodeAt(at))) at++;
    if (doc.key[at] === ',') at++;
    while (at < limit && isSpace(doc.key.charCodeAt(at))) at++;
    const unit = ADMIN.firstIn(doc, at, limit);
    if (!unit || unit.start !== at) break;
    const named = namedAfter(doc, unit.start, unit.end, limit);
    if (!named) break;
    end = named.end;
  }
  return end === place.end ? place : { ...place, text: clean(doc.text.slice(place.start, end)), end };
}

/** A local unit's level, its abbreviations read as the word ("TP" is "thành phố"). */
const unitLevel = (head: string) => {
  const key = head.toLowerCase();
  return key === 'tp' || key === 'tp.' ? 'thành phố' : key;
};

/**
 * A local unit the event's name gives without its name ("diễn tập khu vực phòng thủ huyện",
 * "… cấp thành phố năm 2024") is the unit of that level its sentences name ("huyện X tổ chức …").
 */
function bareUnitNamed(doc: VnDocument, name: Span, sentences: readonly Span[], people: readonly Person[]): Place | null {
  const levels = new Set<string>();
  ADMIN.forEach(doc, name, (m) => {
    if (BELOW_PROVINCE.has(m.text.toLowerCase()) && !namedAfter(doc, m.start, m.end, name.end)) levels.add(unitLevel(m.text));
    return true;
  });
  if (!levels.size) return null;
  for (const span of sentences) {
    const unit = firstNamed(doc, span, ADMIN, 'event.location-bare-unit', people, (head) => levels.has(unitLevel(head)));
    if (unit) return { ...unit, ...withProvince(doc, unit, span) };
  }
  return null;
}

/** Paragraphs searched for a sentence that names the event again. */
const BACK_REFERENCE_BLOCKS = 8;
const GENERIC_HEAD_KEYS = GENERIC_EVENT_HEADS.map((h) => matchKey(h).toLowerCase());
/**
 * The event heads' keys by their first word, each with the spaces around it that a whole
 * head in a name has: a name's words find the few heads it may hold.
 */
const HEAD_KEYS_BY_FIRST_WORD = new Map<string, { key: string; spaced: string }[]>();
for (const head of EVENT_HEADS) {
  const key = matchKey(head).toLowerCase();
  const first = key.split(' ')[0];
  HEAD_KEYS_BY_FIRST_WORD.set(first, [...(HEAD_KEYS_BY_FIRST_WORD.get(first) ?? []), { key, spaced: ` ${key} ` }]);
}

/**
 * The event heads standing as whole words in `nameKey` (a name's lower-cased key with a space
 * either side), in no particular order. A head there has its first word among the name's
 * space-parted words: only those heads are searched for, not every head.
 */
export function headKeysIn(nameKey: string): string[] {
  const found = new Set<string>();
  for (const word of nameKey.split(' ')) {
    const heads = HEAD_KEYS_BY_FIRST_WORD.get(word);
    if (heads) for (const { key, spaced } of heads) if (nameKey.includes(spaced)) found.add(key);
  }
  return [...found];
}

/**
 * "tại X" in a later sentence that opens with a generic event word ("Buổi lễ …", "Sự kiện …")
 * or with an event word of the event's name ("Hội chợ … đón khách … tại …").
 */
function backReferencePlace(doc: VnDocument, name: Span, dates: readonly number[], organizers: readonly Organization[]): Place | null {
  const nameKey = ` ${doc.key.slice(name.start, name.end).toLowerCase()} `;
  const heads = [...GENERIC_HEAD_KEYS, ...headKeysIn(nameKey)];
  let blocks = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || block.start < name.end) continue;
    if (++blocks > BACK_REFERENCE_BLOCKS) break;
    for (const sentence of doc.sentencesOf(block.index)) {
      const opening = doc.key.slice(sentence.start, sentence.start + 24).toLowerCase();
      if (!heads.some((h) => opening.startsWith(h) && isSpace(opening.charCodeAt(h.length)))) continue;
      const place = atPlace(doc, sentence, dates, organizers);
      if (place) return { ...place, rule: 'event.location-back-reference' };
    }
  }
  return null;
}

/** Paragraphs read for the place after the headline's event verb (see verbPlace). */
const VERB_PLACE_BLOCKS = 3;
/** "tại" right after the verb, as its own place. */
const AFTER_VERB_AT = /^tại\s/iu;

/**
 * "tại X" right after the event verb the headline names the event by, in the first
 * paragraphs: "HĐND tỉnh khảo sát …" over "… Đoàn đã về khảo sát tại Trạm Y tế xã X".
 */
function verbPlace(doc: VnDocument, verb: string, dates: readonly number[], organizers: readonly Organization[]): Place | null {
  const needle = ` ${verb.toLowerCase()} `;
  let blocks = 0;
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    if (++blocks > VERB_PLACE_BLOCKS) break;
    const text = ` ${doc.key.slice(block.start, block.end).toLowerCase()}`;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const start = block.start + at + needle.length - 1;
      // The verb's own "tại", one space after it: not one further on in the sentence.
      if (!AFTER_VERB_AT.test(doc.key.slice(start, start + 5))) continue;
      const sentence = doc.sentenceAt(start);
      const place = sentence ? atPlace(doc, { start, end: sentence.end }, dates, organizers) : null;
      if (place) return { ...place, rule: 'event.location-after-verb' };
    }
  }
  return null;
}

/** A place read after "tại" ends where an organiser's name starts ("tại Hà Nội và Quỹ X tổ chức"). */
function beforeOrganiser(doc: VnDocument, place: Place, organizers: readonly Organization[]): Place {
  for (const org of organizers) {
    const at = org.evidence[0]?.start ?? -1;
    if (at <= place.start || at >= place.end) continue;
    const text = clean(doc.text.slice(place.start, at)).replace(/\s+(?:và|cùng|với)$/u, '');
    if (text) return { ...place, text, end: squashedSpan(doc.text, place.start, text).end };
  }
  return place;
}

export interface LocationInput {
  /** Spans to read "tại X" in, most relevant first (the name's sentence, the day's sentence). */
  sentences: Span[];
  /** The event's name, when found. */
  name: Span | null;
  organizers: readonly Organization[];
  /** The people found: a unit's name that is a person's is no place. */
  people: readonly Person[];
  dates: readonly number[];
  /** The event verb the headline names the event by ("khảo sát"), when it does. */
  headlineVerb?: string | null;
}

/** `spans` without the repeats of a span (the name's sentence is often the day's): each is read once. */
function distinct(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) if (!out.some((s) => s.start === span.start && s.end === span.end)) out.push(span);
  return out;
}

export function findLocation(doc: VnDocument, input: LocationInput): Place | null {
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const sentences = distinct(input.sentences);
  const spans = distinct(headline ? [...sentences, headline] : sentences);
  for (const span of spans) {
    const place = atPlace(doc, span, input.dates, input.organizers);
    if (place) return beforeOrganiser(doc, place, input.organizers);
  }
  // A later "Buổi lễ diễn ra tại …" says more than who hosts.
  const backReference = input.name ? backReferencePlace(doc, input.name, input.dates, input.organizers) : null;
  if (backReference) return backReference;
  const afterVerb = input.headlineVerb ? verbPlace(doc, input.headlineVerb, input.dates, input.organizers) : null;
  if (afterVerb) return afterVerb;
  const host = hostVenue(input.organizers);
  if (host) return host;
  if (input.name) {
    const name = input.name;
    const venue = () => {
      const named = firstNamed(doc, name, VENUE, 'event.location-in-name', input.people);
      return named && withAddress(doc, readOnToOrganisation(doc, named), name.end);
    };
    const inName = bareUnitNamed(doc, name, sentences, input.people) ?? venue() ?? province(doc, name, 'event.location-in-name')
      ?? firstNamed(doc, name, ADMIN, 'event.location-in-name', input.people);
    if (inName) return inName;
  }
  for (const span of sentences) {
    // "phối hợp với Bệnh viện Hùng Vương (TP. Hồ Chí Minh)": a unit in brackets is a body's seat, not the venue.
    const unit = firstNamed(doc, span, ADMIN, 'event.location-unit', input.people, (head, start) => BELOW_PROVINCE.has(head.toLowerCase()) && !(afterBracket(doc.key, start) && amidOrganizers(input.organizers, span, start)));
    if (unit) return { ...unit, ...withProvince(doc, unit, span) };
  }
  const fromOrganiser = organiserPlace(doc, input.organizers);
  if (fromOrganiser) return fromOrganiser;
  // An online meeting's connection point anywhere in the text says more than a venue read
  // from an organiser's name ("Văn phòng Chính phủ … tổ chức …; Dự tại điểm cầu Hà Giang …").
  for (const block of doc.blocks) {
    const point = block.kind === 'paragraph' ? atPlace(doc, block, input.dates, input.organizers, true) : null;
    if (point) return point;
  }
  for (const span of spans) {
    const place = province(doc, span, 'event.location-province') ?? asOrganiser(doc, firstNamed(doc, span, VENUE, 'event.location-venue', input.people), input.organizers)
      ?? firstNamed(doc, span, ADMIN, 'event.location-unit', input.people);
    if (place) return place;
  }
  return organiserUnit(doc, input.organizers, input.people) ?? (headline ? headlineTagPlace(doc, headline) : null) ?? soleProvince(doc);
}

/**
 * The one province the article's paragraphs name ("… sản phẩm của tỉnh Thái Nguyên"), when
 * they name no other: a local report is set in its province.
 */
function soleProvince(doc: VnDocument): Place | null {
  let found: Place | null = null;
  let other = false;
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || other) continue;
    PROVINCE.forEach(doc, block, (m) => {
      if (!capitalised(doc, m) || afterMajorSurname(doc, m.start)) return true;
      if (found && matchKey(found.text).toLowerCase() !== m.text.toLowerCase()) other = true;
      found ??= { text: doc.text.slice(m.start, m.end), start: m.start, end: m.end, rule: 'event.location-sole-province' };
      return !other;
    });
  }
  return other ? null : found;
}

/**
 * A venue that opens an organiser's name is that organiser, as its span reads it ("Trường Đại
 * học Ngoại thương", whose lower-case syllable ends the venue's capitalised name).
 */
function asOrganiser(doc: VnDocument, place: Place | null, organizers: readonly Organization[]): Place | null {
  if (!place) return null;
  for (const org of organizers) {
    const ev = org.evidence[0];
    if (ev && ev.start === place.start && ev.end > place.end) return { ...place, text: org.name, end: ev.end };
  }
  return readOnToOrganisation(doc, place);
}

/**
 * A venue that opens an organisation's name the rules read further is that organisation: a
 * capitalised syllable the venue ends with may open a word whose second is in lower case
 * ("Trung tâm Phát hành phim …", "Trung tâm Khuyến nông – Giống cây trồng …").
 */
function readOnToOrganisation(doc: VnDocument, place: Place): Place {
  const block = doc.blockAt(place.start);
  if (!block) return place;
  const tokens = blockTokens(doc, block);
  const span = organizationsOf(doc, block).find((s) => tokens[s.start].start === place.start);
  const end = span && !span.bare ? tokens[span.end - 1].end : -1;
  return end > place.end ? { ...place, text: clean(doc.text.slice(place.start, end)), end } : place;
}
