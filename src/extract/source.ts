/**
 * source: the outlet the article credits and the byline. Rules, most reliable first:
 *   1. front matter `source`, `author`, `url`;
 *   2. a labelled credit line at the end ("Nguồn: VnExpress", "Theo báo X", "Tác giả: Y");
 *   3. an outlet tag opening the first paragraph ("(Dân trí) - …", "(Báo X) - …", "NTTU - …",
 *      "Nhịp sống Phú Yên - …", but not a dateline "Hà Nội - …" nor a person "Ông X - …"),
 *      past the stamps and a captioned photo under the headline;
 *   4. a bare byline: a short line of capitalised words at the end, or right under the
 *      headline ("Lê Hùng", "PHAN ANH", "P-Q", "Minh Anh (TTXVN)", "Lê A - Trần B"); an
 *      agency code after the writer ("Kỳ Quan LDO", also in a stamp) names the outlet, and so
 *      does a last line that is only an acronym ("HYTV", not a name in capitals "MINH"), or a
 *      contributor's code before the outlet ("CTV Đài X");
 *   5. "(Theo X)" closing the last paragraph, or a code in brackets opening the headline ("(TTV) …"),
 *      or the outlet addressing its readers in a short paragraph ("Báo X gửi đến bạn đọc …");
 *   6. with no byline, a photographer named in a photo credit ("Ảnh: M.Đức") as author.
 * Credit and byline blocks are marked `kind = 'credit'` so that later fields skip them.
 */
import type { Block } from '../core/document.js';
import { countWords, isSpace, matchKey, squash, upperFirst } from '../core/text.js';
import { alternation, keySet, lexiconPattern, lexiconPatternOnUse, textLowerKey } from '../lexicon/compile.js';
import { PLACE_NAMES, SURNAMES } from '../lexicon/vi/names.js';
import {
  AUTHOR_LABELS, CONTRIBUTOR_CODES, COURTESY_WORDS, DESK_CODES, KNOWN_OUTLETS, OUTLET_HEADS, OUTLET_KIND_WORDS, READER_ADDRESS_VERBS, READERS, SECTION_TAGS, SOURCE_LABELS, STAMP_LABELS, STAMP_WEEKDAYS,
} from '../lexicon/vi/source.js';
import { BRACKETED_CREDIT_LABELS, CAPTION_LABELS, DATED_OPENERS, GALLERY_CUES, PHOTO_ACTIONS, PHOTO_CREDIT_LABELS, PHOTO_PROVIDED_VERBS } from '../lexicon/vi/captions.js';
import { ADMIN_UNITS, PROVINCES, WRITER_PLACE_UNITS } from '../lexicon/vi/places.js';
import { ORGANIZATION_HEADS } from '../lexicon/vi/organizations.js';
import { POSITIONS } from '../lexicon/vi/titles.js';
import { ACADEMIC_TITLES, HONORIFICS } from '../lexicon/vi/honorifics.js';
import { EVENT_HEADS } from '../lexicon/vi/events.js';
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { classAt, DASH, HAS_DASH, hasLetter, isDashCode, isDigitCode, isUpperCode, IS_DIGIT, IS_LETTER, IS_MARK, IS_UPPER, LETTER, LOWER, MARK, UPPER } from '../core/chars.js';
import { onFirstUse } from '../core/lazy.js';
import { isVietnameseSyllable } from '../read/vietnamese.js';

const STARTS_PROPER = new RegExp(String.raw`^[${UPPER}\d]`, 'u');

const INITIALS = onFirstUse(() => new RegExp(String.raw`^[${UPPER}]\.\s?[${UPPER}]`, 'u'));

/** What parts a credit label from the outlet: a colon, with or without spaces ("Nguồn:X"), or a space. */
const LABEL_GAP = String.raw`(?:\s*:\s*|\s+)`;
const SOURCE_LINE = new RegExp(`^${alternation(SOURCE_LABELS)}${LABEL_GAP}(?:${alternation(OUTLET_KIND_WORDS)}\\s+)?(.{2,80}?)[.\\s]*$`, 'di');
const SOURCE_LABEL_PREFIX = lexiconPattern(`^${alternation(SOURCE_LABELS)}${LABEL_GAP}`);
const OUTLET_KIND_PREFIX = lexiconPattern(`^${alternation(OUTLET_KIND_WORDS)}\\s+`);
const AUTHOR_LINE = new RegExp(`^${alternation(AUTHOR_LABELS)}\\s*[:：]\\s*(.{2,60}?)[.\\s]*$`, 'di');
const AUTHOR_PREFIX = lexiconPattern(`^${alternation(AUTHOR_LABELS)}\\s+(?=[${UPPER}])`);
const PHOTO_LINE = lexiconPattern(`^\\(?${alternation(PHOTO_CREDIT_LABELS)}\\s*:`);
/** "Hình ảnh: Các học viên nhận giấy khen": a caption's label, the photo described after it; no byline. */
const CAPTION_LINE = lexiconPattern(`^${alternation(CAPTION_LABELS)}\\s*:`);
/** "TTXVN - Đào Huyền": an outlet's code and its writer, a spaced dash between (see the stamp rule). */
const OUTLET_DASH_WRITER = new RegExp(String.raw`^(\S{2,12})\s+[${DASH}]\s+(.+)$`, 'u');
/** "Ảnh do Trung tâm X cung cấp": who gave the photos, a credit as "Ảnh: X" is. */
const PHOTO_PROVIDED_LINE = lexiconPattern(`^\\(?${alternation(PHOTO_CREDIT_LABELS)}\\s+do\\s.{2,80}?\\s${alternation(PHOTO_PROVIDED_VERBS)}[.)\\s]*$`);
/**
 * "(Dân trí) - ", "(TVU)-", "NTTU - ", "(BĐ) – ", "GiadinhNet - ", "Laocaitv.vn - " at the start of the first
 * paragraph; a code glued to its dash ("LSO-Tối 2/11, …", "LSO- Tối 2/11, …") when a sentence
 * follows, not a compound ("ASEAN-Nhật Bản"); a name or address ending in lower case glued to
 * its dash with a space after it ("GiadinhNet- Sáng …"), where a code is not ("COVID- 19"). A
 * bracketed tag holds a letter: "(31/08/2016)" is a date. The bracketed tag is read by hand
 * and the others by a pattern (group 1 the code, name or address before its dash, group 2 the
 * code glued to it) made and run only where a dash follows the paragraph's first word: its
 * classes of capitals took some 4 M instructions to compile, which a one-article run paid for
 * nearly every first paragraph.
 */
const DASHED_TAG = onFirstUse(() => new RegExp(String.raw`^(?:([${UPPER}][${UPPER}\d&.]{1,11}(?:\.(?:vn|com|net|org))?|[${UPPER}][${LOWER}]+[${UPPER}][${LETTER}]*|[${UPPER}][${LETTER}\d]{1,24}\.(?:com\.vn|vn|com|net|org))(?:\s+[${DASH}]|(?<=[${LOWER}])[${DASH}](?=\s))|([${UPPER}]{2,6})[${DASH}]\s?(?=[${UPPER}][${LOWER}${MARK}]*\s+[${LOWER}\d]))`, 'u'));
/** Fewer words than this in a byline under the headline: two writers' names ("Nguyên Linh, Huỳnh Danh"). */
const MAX_TOP_BYLINE_WORDS = 7;
/** Most characters (code points) in a bracketed outlet tag, and fewest. */
const MAX_BRACKETED_TAG = 30;
const MIN_BRACKETED_TAG = 2;

/** The outlet tag opening a paragraph (see DASHED_TAG): its name, and whether it is bracketed. */
export function outletTag(text: string): { name: string; bracketed: boolean } | null {
  if (text.charCodeAt(0) === 0x28) {
    // "(" up to the first ")", no bracket or line break between, a letter among its 2 to 30 characters.
    let close = 1;
    while (close < text.length && !isBracketOrBreak(text.charCodeAt(close))) close++;
    if (text.charCodeAt(close) !== 0x29) return null;
    const name = text.slice(1, close);
    const length = codePointCount(name);
    if (length < MIN_BRACKETED_TAG || length > MAX_BRACKETED_TAG || !hasLetter(name)) return null;
    return { name, bracketed: true };
  }
  if (!isUpperCode(text.charCodeAt(0)) || !dashAfterFirstRun(text, TAG_RUN_CLASSES, false)) return null;
  const m = DASHED_TAG().exec(text);
  return m ? { name: m[1] ?? m[2], bracketed: false } : gluedSyllablesTag(text);
}

/** A tag's outlet, a spaced dash, then only a date and a time ("PVPO - 31/12/2007,10:52:05"): when it published. */
const STAMPED_TAG = new RegExp(String.raw`^(.*?\S)\s+[${DASH}]\s+[\d/.,:\s]+$`, 'u');

/** "(", ")" or a line break. */
const isBracketOrBreak = (c: number) => c === 0x28 || c === 0x29 || c === 0x0a;

/** A capitalised word of plain letters before a spaced dash ("Kinhtedothi - "). */
const GLUED_TAG = /^([A-Z][a-z]{5,24})\s+[-\u2013\u2014]\s/u;
/** Fewest syllables glued into an outlet's name: two may be a city's ("Hanoi", "London"). */
const MIN_GLUED_SYLLABLES = 3;
/** Longest Vietnamese syllable without its tone marks ("nghieng"). */
const MAX_SYLLABLE = 7;

/**
 * "Kinhtedothi - …": an outlet's name as its site spells it, Vietnamese syllables glued
 * without tones or spaces (kinh·te·do·thi), at least three; a foreign place's name does not
 * part so. null when the paragraph opens otherwise.
 */
function gluedSyllablesTag(text: string): { name: string; bracketed: boolean } | null {
  const m = GLUED_TAG.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  // fewest[i]: the fewest syllables word[0, i) parts into (Infinity: none).
  const fewest = new Array<number>(word.length + 1).fill(Infinity);
  fewest[0] = 0;
  for (let i = 0; i < word.length; i++) {
    if (fewest[i] === Infinity) continue;
    for (let n = 1; n <= MAX_SYLLABLE && i + n <= word.length; n++) {
      if (isVietnameseSyllable(word.slice(i, i + n))) fewest[i + n] = Math.min(fewest[i + n], fewest[i] + 1);
    }
  }
  return fewest[word.length] >= MIN_GLUED_SYLLABLES && fewest[word.length] !== Infinity ? { name: m[1], bracketed: false } : null;
}

/** Characters of `text`, a surrogate pair counted once (as the u flag reads them). */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What a dashed outlet tag's words are made of (with "&" and "."): letters and digits. */
const TAG_RUN_CLASSES = IS_LETTER | IS_DIGIT;
/** And a named tag's (NAMED_TAG): letters, marks and digits, with "&", "." and spaces. */
const NAMED_TAG_RUN_CLASSES = IS_LETTER | IS_MARK | IS_DIGIT;

/**
 * Whether white space (maybe none) and a dash follow the run of characters of the classes
 * `classes`, "&" and "." (and spaces, `spaces`) that opens `text`: what a tag set off by a
 * dash needs, the cheap test before its pattern.
 */
export function dashAfterFirstRun(text: string, classes: number, spaces: boolean): boolean {
  let at = 0;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (!(c === 0x26 || c === 0x2e || (spaces && c === 0x20) || (classAt(text, at) & classes) !== 0)) break;
  }
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return isDashCode(text.charCodeAt(at));
}
/**
 * A code set before the lead's time with no mark at all ("LSTV Sáng 2/11, …"): capitals, then
 * a part of the day or "Ngày" and a digit, as a sentence opens; checked as an acronym after.
 */
const CODE_BEFORE_TIME = onFirstUse(() => new RegExp(String.raw`^([${UPPER}]{3,6})\s+(?=(?:${alternation(DATED_OPENERS.map(upperFirst))})\s+\(?\d)`, 'du'));

/**
 * An outlet's name set before the lead's time with no mark at all ("Báo Cà Mau Ngày 26/4, …"):
 * its kind word, one to four capitalised words, then a part of the day or "Ngày" and a digit.
 */
const OUTLET_BEFORE_TIME = onFirstUse(() => new RegExp(
  String.raw`^((?:${alternation(OUTLET_HEADS.map(upperFirst))})(?: [${UPPER}][${LETTER}${MARK}]*){1,4})\s+(?=(?:${alternation(DATED_OPENERS.map(upperFirst))})\s+\(?\d)`, 'du',
));

/**
 * The same code set off by a colon ("ĐTN: Ngày 26/12, …", "Web.ĐTN: Sáng ngày 17/10, …"), two
 * capitals or more, maybe after a site's word and a dot (the code is the name); checked as an acronym after.
 */
const CODE_COLON_BEFORE_TIME = onFirstUse(() => new RegExp(String.raw`^(?:[A-Z][a-z]{1,5}\.)?([${UPPER}]{2,6})\s*:\s+(?=(?:${alternation(DATED_OPENERS.map(upperFirst))})\s+\(?\d)`, 'du'));
/** Most characters before the colon of CODE_COLON_BEFORE_TIME. */
const MAX_COLON_CODE = 12;

/** A colon within MAX_COLON_CODE characters and no space before it, as CODE_COLON_BEFORE_TIME needs. */
function opensWithColonCode(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 2 && colon <= MAX_COLON_CODE && isUpperCode(text.charCodeAt(0)) && !/\s/.test(text.slice(0, colon));
}

/**
 * The text opens with three to six capitals and a space, as CODE_BEFORE_TIME needs: most
 * leads open with a capitalised word, and the pattern (the capital class in it) is then
 * neither compiled nor run.
 */
function opensWithCode(text: string): boolean {
  let n = 0;
  while (n < text.length && n <= 6 && (classAt(text, n) & IS_UPPER) !== 0) n++;
  return n >= 3 && n <= 6 && isSpace(text.charCodeAt(n));
}

/**
 * "Nhịp sống Phú Yên - Sáng …": a name of two to six words set off by a dash before a sentence
 * (made and run only where a dash follows the paragraph's opening words, see dashAfterFirstRun).
 */
const NAMED_TAG = onFirstUse(() => new RegExp(String.raw`^([${UPPER}][${LETTER}${MARK}]*(?: [${LETTER}${MARK}\d&.]+){1,5})\s+[${DASH}]\s+(?=[${UPPER}])`, 'u'));
/**
 * A person addressed or titled before a dash ("Ông Lê Văn A - Chủ tịch …", "Theo bà Lê Thị B -
 * Chủ tịch Hội …, …", "Bác sĩ Bệnh viện 199 - Bộ Công an khám bệnh …"): a caption or a
 * sentence, not an outlet.
 */
const ADDRESSED_TAG = lexiconPatternOnUse(`^(?:(?:${alternation(SOURCE_LABELS)})\\s+)?(?:${alternation([...HONORIFICS, ...ACADEMIC_TITLES])})\\s`, 'i');
/**
 * An event's name set off by a dash ("Lễ hội Hoa Ban - Sắc màu …") opens the lead, and what a
 * photo shows ("Quang cảnh Lễ cầu an - Lễ hội hoa đăng …") a caption: neither is an outlet's.
 */
const EVENT_OR_PHOTO_TAG = lexiconPatternOnUse(`^(?:${alternation([...EVENT_HEADS, ...PHOTO_ACTIONS])})\\s`, 'i');
/** An outlet's code in brackets opening the headline ("(TTV) Hội nghị …"): capitals only, not "(Video) …". */
const HEADLINE_TAG = onFirstUse(() => new RegExp(String.raw`^\(([${UPPER}][${UPPER}\d.]{1,9})\)\s*[${DASH}]?\s*(?=[${UPPER}])`, 'u'));
/** A page section before a dash ("Trực tiếp - …") names no outlet. */
const SECTIONS = keySet(SECTION_TAGS);
/** A dateline ("Hà Nội - …", "TP Huế - …") names a place, not an outlet. */
const DATELINE = lexiconPatternOnUse(`^(?:${alternation(PROVINCES)}|${alternation(ADMIN_UNITS)}\\s)`);
/** A local unit opening a byline's bracket ("CTV Minh Châu (Huyện Đức Cơ)"): where the writer reports from, no outlet. */
const WRITERS_PLACE = lexiconPatternOnUse(`^(?:${alternation(WRITER_PLACE_UNITS)})\\s`);
/** A clock time ("10:46"): a line under the headline holding one is a publication stamp. */
const CLOCK = /(?:^|\D)\d{1,2}:\d{2}(?!\d)/u;
/** Most words of a publication stamp ("Bảo Trâm 02/03/2025 - 07:45", "14/05/2024 09:12 GMT+7"). */
const MAX_STAMP_WORDS = 16;
/** Most stamp and byline lines read under the headline. */
const MAX_TOP_LINES = 3;
/**
 * The byline opening a stamp: the words before its first digit ("Bảo Trâm 02/03/2025 - 07:45"),
 * or before the day word of a date in words ("Bảo Trâm | ngày 2 tháng 3 năm 2025 07:45").
 */
const STAMP_BYLINE = lexiconPattern(String.raw`^([^\d]{2,60}?)\s*[${DASH}|,]?\s*(?:ngày\s+)?\d`, 'i');
/** A weekday and what follows it in a stamp's byline ("Lâm An - Thứ bảy, ngày"): not the byline. */
const STAMP_WEEKDAY = lexiconPattern(`(?:^|[\\s,|${DASH}]+)(?:${alternation(STAMP_WEEKDAYS)})(?![${LETTER}${MARK}]).*$`);
/**
 * A publication line with a date, a count or a time but no clock-time byline: "19/01/2023",
 * "Thứ tư, 28/07/2021", "Ngày 28 tháng 10 năm 2020", "Cập nhật: 25/09/2019", "Lượt xem: 654", "(31/08/2016)".
 * (Separators and digits are disjoint: the repetition reads each character once.)
 */
const DATE_STAMP = lexiconPattern(String.raw`^\(?(?:${alternation(STAMP_LABELS)}\s*:?\s*)?(?:(?:${alternation(STAMP_WEEKDAYS)})\s*[,${DASH}]?\s*)?(?:ngày\s+)?\d{1,4}(?:[\s/.:,|+${DASH}]{1,3}(?:\d{1,4}|tháng|năm|gmt))*\)?[\s.]*$`);
/** The bar or dash left where a stamp's date was cut off a byline ("LÊ AN |", "Lê An -"). */
const STAMP_CUT = new RegExp(`\\s+[|${DASH}]\\s*$`, 'u');
/** Every word a Vietnamese syllable: a writer's name ("Diệu Linh", "LÊ AN") is so, an outlet's ("HQ Online", "VOV") not. */
const isPersonLike = (words: string) => words.split(' ').every((w) => isVietnameseSyllable(w));
/** Most characters of a date stamp. */
const MAX_DATE_STAMP_CHARS = 60;

/** Initials of one or two letters ("TR.", "Ng.", "H-") before the syllable they abbreviate the name to. */
const NAME_INITIALS = onFirstUse(() => new RegExp(String.raw`^(?:[${UPPER}][${UPPER}${LOWER}]?[.-])+`, 'u'));

/** "TR.DÂN", "Ng.Hoa": initials of two letters and a syllable (a Vietnamese one: "TP.HCM" is a place). */
function isInitialledSyllable(word: string): boolean {
  const initials = NAME_INITIALS().exec(word);
  const rest = initials ? word.slice(initials[0].length) : '';
  return rest.length > 0 && isUpperCode(rest.charCodeAt(0)) && isVietnameseSyllable(rest);
}

/** A syllable of a name or an initial ("Nguyễn", "PHAN", "M.Đức", "P-Q"). */
const NAME_WORD = onFirstUse(() => new RegExp(String.raw`^(?:[${UPPER}][${LOWER}${MARK}]*|[${UPPER}]+|(?:[${UPPER}][.-])+[${UPPER}][${LOWER}${MARK}]*)$`, 'u'));
/** "(Theo VnExpress)" or "(Nguồn: VOV)" closing the last paragraph. */
const TRAILING_CREDIT = new RegExp(`\\(\\s*${alternation(SOURCE_LABELS)}${LABEL_GAP}([^()]{2,60})\\)[.\\s]*$`, 'di');
/** A bracketed source closing a sentence ("… ba Phó Chủ tịch. (Nguồn: TTXVN)"), on a match key. */
const BRACKETED_SOURCE = lexiconPatternOnUse(`[.!?…]\\s*\\(\\s*${alternation(BRACKETED_CREDIT_LABELS)}\\s*:\\s*[^()\\s][^()]{0,60}\\)\\.?$`);
/** Most words of a line whose bracketed source credits its photo, credit included: fewer than a paragraph has (see bracketedPhotoSource). */
const MAX_SOURCED_CAPTION_WORDS = 24;

/**
 * A short line of one sentence closed by where its picture came from ("Đại hội bầu ra ba Phó
 * Chủ tịch. (Nguồn: Vietnam+)"): a photo's caption and credit, not the text's (`key` is the
 * line's match key). A longer paragraph closed so, or the label on a line of its own, credits the text.
 */
export function bracketedPhotoSource(text: string, key: string): boolean {
  return text.includes('(') && countWords(text, MAX_SOURCED_CAPTION_WORDS + 1) <= MAX_SOURCED_CAPTION_WORDS && BRACKETED_SOURCE().test(key);
}

/** "Theo phóng viên TTXVN tại Bắc Kinh, …": the agency whose correspondent abroad filed the lead (see CONTRIBUTOR_CODES). */
const CORRESPONDENT_AGENCY = lexiconPatternOnUse(`^theo\\s+(?:${alternation(CONTRIBUTOR_CODES)})\\s+(\\S{2,12})\\s+(?:thường trú\\s+)?tại\\s`, 'di');

/** "Minh Anh (TTXVN)": a byline with its agency. */
const BYLINE_WITH_OUTLET = /^(.{2,60}?)\s*\(([^()]{2,40})\)[.\s]*$/u;
/** A photographer in a photo credit ("… Ảnh: M.Đức", "(Ảnh: P.Thảo)"). */
const PHOTO_CREDIT_NAME = new RegExp(`${alternation(PHOTO_CREDIT_LABELS)}\\s*:\\s*([^()]{2,40}?)\\)?[.\\s]*$`, 'di');
/** A photo credit after a semicolon, labelled or not ("ĐCSVN; ảnh nguồn báo Ninh Bình"). */
const SEMICOLON_PHOTO_TAIL = onFirstUse(() => new RegExp(`\\s*;\\s*${alternation(PHOTO_CREDIT_LABELS)}(?![${LETTER}${MARK}]).*$`, 'iu'));
/** The photo credit after a writer's byline ("Tin: Minh Quân – Ảnh: Thu Trang"). */
const PHOTO_TAIL = new RegExp(`\\s*[${DASH},;]?\\s*${alternation(PHOTO_CREDIT_LABELS)}\\s*:.*$`, 'i');
/**
 * A trailing desk or agency tag after a byline, set off by a dash or a slash ("Yến Khanh - TH",
 * "Lê An, Mai Hà/PTQ"); a ward's or a centre's code may hold a digit ("Lê An - P7"); after a
 * slash, an agency's bureau may follow its code ("Lê An/TTXVN-Paris", "…/VOV-Tokyo").
 */
const DESK_SUFFIX = onFirstUse(() => new RegExp(
  String.raw`(?:\s+[${DASH}]\s*[${UPPER}][${UPPER}\d]{0,5}|\s*/\s*[${UPPER}][${UPPER}\d]{0,5}(?:[${DASH}]\s?[${UPPER}][${LOWER}${MARK}]+(?:\s[${UPPER}][${LOWER}${MARK}]+){0,2})?)$`, 'u',
));
/** A line announcing the photos after it ("Một số hình ảnh tại buổi lễ:"), on its squashed match key. */
export const GALLERY = new RegExp(`${alternation(GALLERY_CUES)}[^:]{0,60}:$`, 'i');
/** An agency code closing a mixed-case byline ("Kỳ Quan LDO"); not a name written in capitals ("PHAN ANH"). */
const AGENCY_SUFFIX = onFirstUse(() => new RegExp(String.raw`\s+[${UPPER}]{2,5}$`, 'u'));
const HAS_LOWER = onFirstUse(() => new RegExp(`[${LOWER}]`, 'u'));
/** A dash closing the text, then maybe spaces. */
const ENDS_DASH = onFirstUse(() => new RegExp(`[${DASH}]\\s*$`, 'u'));
const DESKS = keySet(DESK_CODES);
/**
 * A photo caption under the headline: a credit closes the line ("Ông A trao giải. Ảnh: X.H",
 * "… (Ảnh: TTXVN)"), after a stop, a bracket or a dash.
 */
const CAPTION_CREDIT = onFirstUse(() => new RegExp(`(?:^|[.(${DASH}]\\s*)${alternation(PHOTO_CREDIT_LABELS)}\\s*:\\s*[^()]{1,40}\\)?[.\\s]*$`, 'i'));
/** Most characters of a caption line under the headline. */
const MAX_TOP_CAPTION_CHARS = 300;
/** A word starting with a lower-case letter: no name has one. */
const LOWER_WORD = new RegExp(String.raw`(?:^|\s)[${LOWER}]`, 'u');

const URL_STARTS = ['https://', 'http://', 'www.'];

/**
 * A credit line's trailing address ("Nguồn Báo X: https://…/bai-viet.html"): the line
 * before it (without the colon or dash) and the address; the line alone when it has none.
 */
export function splitTrailingUrl(text: string): { text: string; url: string | null } {
  // The last address start after a space: "www." inside "https://www.…" starts none.
  let at = -1;
  for (const start of URL_STARTS) {
    const found = text.lastIndexOf(start);
    if (found > at && isSpace(text.charCodeAt(found - 1))) at = found;
  }
  if (at <= 0) return { text, url: null };
  const url = withoutTrailingStops(text.slice(at));
  if (/\s/u.test(url)) return { text, url: null };
  let end = at;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x3a || isDashCode(text.charCodeAt(end - 1)))) end--;
  return { text: text.slice(0, end), url };
}

/** A source label with nothing after it but its colon ("Nguồn:"): the address it gave was cut off (splitTrailingUrl). */
const SOURCE_LABEL_ONLY = lexiconPattern(`^${alternation(SOURCE_LABELS)}\\s*:?$`);
/** A line that is only an address ("(http://www.nguoidaibieu.com.vn/)", brackets taken off). */
const LONE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/**
 * The site an address credited alone names ("http://www.nguoidaibieu.com.vn/" gives
 * "nguoidaibieu.com.vn"), or null when its host is no site's address.
 */
export function creditedSite(url: string): string | null {
  let host: string;
  try {
    host = new URL(/^https?:/iu.test(url) ? url : `http://${url}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./u, '');
  return WEB_ADDRESS.test(host) ? host : null;
}

/** `text` without the brackets around it ("(Chinhphu.vn)"), or as it is; null stays null. */
function unbracketed(text: string | null): string | null {
  // One bracket pair around the whole: "(A) và (B)" stays as it is.
  if (text === null || text.charCodeAt(0) !== 0x28 || text.indexOf(')') !== text.length - 1) return text;
  return text.slice(1, -1).trim();
}

/** `text` without its trailing full stops and whitespace (`replace(/[.\s]+$/, '')`). */
function withoutTrailingStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x2e || isSpace(text.charCodeAt(end - 1)))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Two names of two words or more each, a hyphen glued to both between them. */
const GLUED_NAMES = new RegExp(String.raw`^(\S+(?:\s+\S+)+)[${DASH}](\S+(?:\s+\S+)+)$`, 'u');

/** What parts the names of a line of names: a comma, or a dash with a space on one side at least. */
const BARE_NAMES_SEPARATOR = new RegExp(String.raw`\s*,\s*|\s*[${DASH}]\s+|\s+[${DASH}]\s*`, 'u');

/** A line of one or more names ("Lê Hùng", "Lê Hùng - Mai Anh", "Lê Hùng, Mai Anh"). */
export function isBareNames(text: string): boolean {
  // A lower-case word or a digit in any part fails it: prose mostly stops here, unsplit
  // (at its first lower-case word, well before a digit-free paragraph's end).
  if (LOWER_WORD.test(text) || /\d/.test(text)) return false;
  const parts = text.split(BARE_NAMES_SEPARATOR);
  // "Nhã Phương-Kim Thanh": two writers' names glued by a hyphen, each of two words or more
  // (a foreigner's double name joins single words: "Jean-Pierre Martin").
  const glued = parts.length === 1 ? GLUED_NAMES.exec(text) : null;
  if (glued) return isBareName(glued[1]) && isBareName(glued[2]);
  return parts.length <= 3 && parts.every(isBareName);
}

/** A person's name written the way photographers are credited: two words or an initial. */
function isPersonCredit(text: string): boolean {
  return isBareNames(text) && (/\s/.test(text.trim()) || INITIALS().test(text)) && !/\.(?:vn|com|net)\b/iu.test(text);
}

/** Keys of the family names and of the places, for a credit line that may name a person (asked of few lines). */
const SURNAME_KEYS = onFirstUse(() => keySet(SURNAMES));
const PLACE_KEYS = onFirstUse(() => keySet([...PLACE_NAMES, ...PROVINCES]));

/**
 * "Nguồn tin: Nguyễn Thịnh": what a source label credits is a person, the writer, not an
 * outlet: two to four capitalised Vietnamese syllables, a family name first, and no place
 * in them ("Theo Lâm Đồng" credits the province's paper).
 */
function namesPerson(text: string): boolean {
  const words = squash(withoutTrailingStops(text)).split(' ');
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => isUpperCode(w.charCodeAt(0)) && isVietnameseSyllable(w))) return false;
  const keys = words.map(textLowerKey);
  if (!SURNAME_KEYS().has(keys[0])) return false;
  for (let from = 0; from < keys.length; from++) {
    for (let to = from + 1; to <= keys.length; to++) if (PLACE_KEYS().has(keys.slice(from, to).join(' '))) return false;
  }
  return true;
}

/** A line that is only a person's name (1–5 capitalised words, initials allowed). */
export function isBareName(text: string): boolean {
  if (LOWER_WORD.test(text) || /\d/.test(text)) return false;
  const trimmed = withoutTrailingStops(text);
  // More than five words before splitting means more than five after.
  if (countWords(trimmed, 5) > 5) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (words.length === 1 && !/[.-]/.test(words[0]) && words[0].length < 2) return false;
  return words.every((w) => NAME_WORD().test(w) || isInitialledSyllable(w));
}

/** A site's address standing for its outlet ("baochinhphu.vn", "tinhdoan.quangnam.gov.vn"). */
const WEB_ADDRESS = /^[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:vn|com|net|org|info)$/iu;

/**
 * An outlet is named with capitals ("VOV", "Tạp chí X"), in a few words, without clauses,
 * or by its site's address, which is written in lower case.
 */
function isOutletName(text: string): boolean {
  return (STARTS_PROPER.test(text) && !/[,;]/.test(text) && text.split(' ').length <= 10) || WEB_ADDRESS.test(text);
}

/**
 * "(theo tuoitre)": after a source label, one lower-case word of plain letters is the
 * outlet's name as its site spells it. Without the label it could be any word.
 */
function labelledSlug(bracketed: string, outlet: string): boolean {
  return /^[a-z]{4,24}$/u.test(outlet) && SOURCE_LABEL_PREFIX.test(matchKey(bracketed.trimStart()));
}

/** Longest line under the headline read as a credit line ("Theo Namdong (NDĐT)"). */
const MAX_TOP_CREDIT_CHARS = 50;
/** Most words a credit line under the headline names its outlet in (a sentence opening "Theo Ban tổ chức, …" runs on). */
const MAX_TOP_CREDIT_WORDS = 4;

/** The outlet a short labelled line under the headline credits, or null. */
function topCredit(text: string): string | null {
  const source = capture(SOURCE_LINE, text);
  return source !== null && isOutletName(source) && countWords(source, MAX_TOP_CREDIT_WORDS + 1) <= MAX_TOP_CREDIT_WORDS ? source : null;
}

/**
 * `re` run on the match key of `text` (old and new tone placement compare equal), its
 * first group sliced from `text` itself; null when it does not match.
 */
function capture(re: RegExp, text: string, key = matchKey(text)): string | null {
  const m = re.exec(key);
  if (!m) return null;
  const [from, to] = m.indices?.[1] ?? [0, 0];
  return text.slice(from, to);
}

/** `text` without what `re` (run on its match key) matches. */
function strip(text: string, re: RegExp): string {
  const m = re.exec(matchKey(text));
  return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
}

/**
 * What goes around a byline: a label before it, a photo credit and a desk tag after it;
 * with a test for what each needs (most lines have none of them: no scan).
 */
const AUTHOR_WRAPPING: readonly (readonly [() => RegExp, (key: string) => boolean])[] = [
  [() => AUTHOR_PREFIX, () => true],
  [() => PHOTO_TAIL, (key) => key.includes(':')],
  [DESK_SUFFIX, (key) => (classAt(key, key.length - 1) & IS_UPPER) !== 0 || isDigitCode(key.charCodeAt(key.length - 1)) || key.includes('/')],
  [AGENCY_SUFFIX, (key) => (classAt(key, key.length - 1) & IS_UPPER) !== 0 && HAS_LOWER().test(key)],
];

/**
 * The byline in `raw` (whose match key is `key`), without label, photo credit and desk tag.
 * `squashed`: `raw` is squashed already.
 */
function cleanAuthor(raw: string, key = matchKey(raw), squashed = false): string {
  let text = raw;
  for (const [re, mayMatch] of AUTHOR_WRAPPING) {
    const m = mayMatch(key) ? re().exec(key) : null;
    if (!m) continue;
    text = text.slice(0, m.index) + text.slice(m.index + m[0].length);
    key = matchKey(text);
    squashed = false;
  }
  // Dropping trailing stops and spaces from a squashed text leaves it squashed.
  const trimmed = withoutTrailingStops(text);
  return squashed ? trimmed : squash(trimmed);
}

/**
 * A publication stamp under the headline (a short line with a clock time): the byline before
 * its first digit ("Bảo Trâm 02/03/2025 - 07:45"), '' when none; null for any other line.
 */
function stampByline(text: string): string | null {
  if (text.length <= MAX_DATE_STAMP_CHARS && DATE_STAMP.test(matchKey(text))) return '';
  if (text.length > 200 || !CLOCK.test(text) || countWords(text, MAX_STAMP_WORDS) > MAX_STAMP_WORDS) return null;
  // "Thứ 6, 07/05/2021 | 16:25:00 [GMT +7]": a stamp opening with its weekday has no byline.
  if (STAMP_WEEKDAY.exec(matchKey(text))?.index === 0) return '';
  const byline = STAMP_BYLINE.exec(text)?.[1] ?? '';
  // "Thứ Ba 08:15 …" names the day; "Lâm An - Thứ bảy, ngày …" has the byline before it.
  return byline && strip(byline, STAMP_WEEKDAY);
}

/** A publication stamp or count under the headline ("05/09/2025 09:42", "Lượt xem: 654"): no lead. */
export const isPublicationStamp = (text: string): boolean => stampByline(text) !== null;

/**
 * "Thanh Hằng – Trung tâm VHTT huyện", "Phùng Vị – HND tỉnh", "Lê Hà; Trung tâm VH huyện": a
 * byline, a dash or a semicolon, the writer's unit (an organisation head first, or the
 * acronym of one; a head alone, "Cù Thị Mai Chi - Thanh tra", is the unit of the body publishing),
 * maybe after the writer's post there ("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng").
 */
const BYLINE_WITH_UNIT = onFirstUse(() => new RegExp(
  String.raw`^(.{2,40}?)(?:\s+[${DASH}]|\s*;)\s+((?:(?:${alternation(POSITIONS)})\s+)?(?:${alternation(ORGANIZATION_HEADS)})(?:\s.{1,60})?|[${UPPER}]{2,}\s.{1,60})$`, 'u',
));

/**
 * A last line that is only an organisation's name ("Hội LHPN huyện Phú Hòa"): the body that
 * wrote the text signs it. Its head, then capitalised words and the units of where it is.
 */
const ORGANIZATION_SIGNATURE = onFirstUse(() => new RegExp(
  String.raw`^(?:${alternation(ORGANIZATION_HEADS)})(?:\s+(?:[${UPPER}][^\s,;:.!?]*|${alternation(ADMIN_UNITS)}))+\.?$`, 'u',
));
/** Most words of an organisation signing the text. */
const MAX_SIGNATURE_WORDS = 8;

/** A body's name in a byline's brackets ("Đinh Thùy (Trung tâm VH, TT-TT Nghĩa Đàn)"): an organisation's head, a capitalised word. */
const UNIT_IN_BRACKETS = onFirstUse(() => new RegExp(String.raw`^(?:${alternation(ORGANIZATION_HEADS)})\s+[${UPPER}]`, 'u'));

const isOrganizationSignature = (text: string) =>
  STARTS_PROPER.test(text) && countWords(text, MAX_SIGNATURE_WORDS + 1) <= MAX_SIGNATURE_WORDS && ORGANIZATION_SIGNATURE().test(text);


/** A byline followed by the writer's unit ("Lê Hà – Phòng Văn hóa huyện X"): the writer and the unit, else null. */
function bylineAndUnit(text: string): { writer: string; unit: string } | null {
  if (text.length > 110 || !(HAS_DASH.test(text) || text.includes(';'))) return null;
  const m = BYLINE_WITH_UNIT().exec(text);
  return m && isBareNames(m[1]) && m[2].split(' ').length <= 10 && !/[,;.]\s/.test(m[2]) ? { writer: m[1], unit: m[2] } : null;
}

/** The writer's name of a byline followed by their unit, else null (see bylineAndUnit). */
const bylineWithUnit = (text: string): string | null => bylineAndUnit(text)?.writer ?? null;

/**
 * The agency code closing a mixed-case byline ("Kỳ Quan LDO", "Minh Anh TTXVN", "Lê Mai –
 * SGGPO"): the outlet the writer works for (`dashed` when a dash sets it off); null when
 * there is none, when the code names a desk ("TH", "PV"), or when it closes a run of codes
 * ("ĐTT TPST": a unit's name abbreviated).
 */
function bylineAgency(byline: string): { code: string; dashed: boolean } | null {
  const text = withoutTrailingStops(byline);
  // A photo credit's agency ("… Ảnh: TTXVN") took the picture.
  if (!text || (classAt(text, text.length - 1) & IS_UPPER) === 0 || text.includes(':') || !HAS_LOWER().test(text)) return null;
  const m = AGENCY_SUFFIX().exec(text);
  if (!m) return null;
  const code = m[0].trim();
  // "Lê Vũ - ĐTT TPST": a run of codes abbreviates the writer's unit, word by word; an
  // outlet's acronym stands alone.
  if (AGENCY_SUFFIX().test(text.slice(0, m.index))) return null;
  // After a dash, two capitals may be a desk's or a second writer's initials ("Lê Mai - NA"):
  // only an outlet's acronym (three capitals or more, spelling no syllable) names the outlet.
  if (ENDS_DASH().test(text.slice(0, m.index))) return isOutletAcronym(code) ? { code, dashed: true } : null;
  return DESKS.has(code.toLowerCase()) ? null : { code, dashed: false };
}

/** A lone code of capitals ("HYTV", "TTXVN"): no stops, so no writer's initials ("T.VY", "N.H."). */
const ACRONYM = onFirstUse(() => new RegExp(String.raw`^[${UPPER}]{3,6}$`, 'u'));

/**
 * The last line is an outlet's acronym ("HYTV"): capitals that spell no Vietnamese syllable
 * (a writer's one name in capitals, "MINH", does), and no desk code ("CTV", "BTV").
 */
function isOutletAcronym(text: string): boolean {
  const word = withoutTrailingStops(text);
  return ACRONYM().test(word) && !isVietnameseSyllable(word) && !DESKS.has(word.toLowerCase());
}

/**
 * A labelled byline naming the writer's outlet after a slash ("Thực hiện: Lê Hà/ VOV Miền
 * Trung"): the writer and the outlet, or null when the parts are not a name and an outlet.
 */
function bylineSlashOutlet(byline: string): { author: string; outlet: string } | null {
  const slash = byline.lastIndexOf('/');
  const author = cleanAuthor(byline.slice(0, slash));
  const outlet = withoutTrailingStops(squash(byline.slice(slash + 1)));
  return author && isBareNames(author) && outlet && isOutletName(outlet) && namesOutletItself(outlet) ? { author, outlet } : null;
}

/** A site's name as its address spells it, one word of plain lower-case letters ("baokhanhhoa"). */
const SITE_HANDLE = /^[a-z][a-z\d]{5,29}$/u;

/**
 * The last line credits the outlet by its site ("baokhanhhoa", "baolangson.vn"), maybe after
 * the writer and a slash ("TUYẾT MAI/baolangson.vn"): no sentence, no name, is written so.
 */
function siteCredit(text: string): { author: string | null; outlet: string } | null {
  const line = withoutTrailingStops(squash(text));
  if (SITE_HANDLE.test(line) || WEB_ADDRESS.test(line)) return { author: null, outlet: line };
  const byline = line.includes('/') ? bylineSlashOutlet(line) : null;
  return byline && (SITE_HANDLE.test(byline.outlet) || WEB_ADDRESS.test(byline.outlet)) ? byline : null;
}

/** Longest outlet's name after an agency's code and a slash ("Vietnam+"): one word. */
const MAX_JOINT_OUTLET_CHARS = 20;

/**
 * "TTXVN/Vietnam+": an agency's code, a slash and the agency's own outlet, closing the text;
 * both publish it, and the line credits them as written. Not a writer and a desk's code
 * ("Lê Hà/HTV"): the part before the slash is an outlet's acronym.
 */
function jointOutlets(text: string): string | null {
  const line = withoutTrailingStops(squash(text));
  const slash = line.indexOf('/');
  if (slash < 0 || line.indexOf('/', slash + 1) >= 0) return null;
  const agency = line.slice(0, slash).trim();
  const outlet = line.slice(slash + 1).trim();
  return isOutletAcronym(agency) && outlet.length <= MAX_JOINT_OUTLET_CHARS && !outlet.includes(' ') && STARTS_PROPER.test(outlet) && !DESKS.has(outlet.toLowerCase()) ? line : null;
}

/** An acronym of two capitals or more, as a word ("VOV", "TTXVN"). */
const ACRONYM_WORD = onFirstUse(() => new RegExp(String.raw`(?:^|\s)[${UPPER}]{2,}(?:\s|$)`, 'u'));

/**
 * An outlet that could be no writer's name: with an acronym ("VOV Tây Bắc"), a kind of outlet
 * first ("Báo Quảng Nam") or a site's address; not "Trần An", a second writer.
 */
const namesOutletItself = (text: string) => ACRONYM_WORD().test(text) || OUTLET_KIND_PREFIX.test(matchKey(text)) || WEB_ADDRESS.test(text);

/** The outlet of a contributor's closing line ("CTV Đài X" gives "Đài X"), without "báo"; null for any other line. */
function contributorOutlet(text: string, key: string): string | null {
  const outlet = capture(CONTRIBUTOR_OUTLET(), text, key);
  return outlet && isOutletName(outlet) ? strip(outlet, OUTLET_KIND_PREFIX) : null;
}

/**
 * "Theo Huy Sơn (VOV)": a credit (`line`, labelled; `credit`, what follows the label) naming
 * the writer and, in brackets, their outlet's acronym. Not an outlet's name with its own
 * acronym ("Theo báo Nhân Dân (NDO)"), nor with a place ("Theo Tuổi Trẻ (TP.HCM)").
 */
function labelledByline(line: string, credit: string): { author: string; outlet: string } | null {
  const m = mayHaveOutlet(credit) ? BYLINE_WITH_OUTLET.exec(credit) : null;
  if (!m || OUTLET_KIND_PREFIX.test(matchKey(strip(line, SOURCE_LABEL_PREFIX)))) return null;
  const author = cleanAuthor(m[1]);
  const outlet = squash(m[2]);
  return isBareNames(author) && isOutletAcronym(outlet) ? { author, outlet } : null;
}

/**
 * "(theo Lê Duy, Báo Tuyên Quang)": a credit (what follows the label) naming the writer, a
 * comma, and their outlet by its kind; the outlet without "Báo".
 */
function writerAndOutlet(credit: string): { author: string; outlet: string } | null {
  const comma = credit.lastIndexOf(',');
  if (comma < 0) return null;
  const author = cleanAuthor(credit.slice(0, comma));
  const outlet = withoutTrailingStops(squash(credit.slice(comma + 1)));
  if (!author || !isBareNames(author) || !OUTLET_KIND_PREFIX.test(matchKey(outlet))) return null;
  const name = strip(outlet, OUTLET_KIND_PREFIX);
  return isOutletName(name) ? { author, outlet: name } : null;
}

/** A photo caption under the headline, read before the lead ("Ông A trao giải. Ảnh: X.H"). */
const isTopCaption = (text: string) => text.length <= MAX_TOP_CAPTION_CHARS && text.includes(':') && CAPTION_CREDIT().test(matchKey(text));

/** The byline of a labelled credit line ("Tin, ảnh: Lê Hùng" gives "Lê Hùng"), '' for any other line. */
const labelledAuthor = (text: string) => cleanAuthor(capture(AUTHOR_LINE, text) ?? '');

/** "CTV Đài X", "PV Báo Y", "P.V/Báo Z": a contributor's code, then the outlet they write for (no name of theirs). */
const CONTRIBUTOR_OUTLET = lexiconPatternOnUse(`^(?:${alternation(CONTRIBUTOR_CODES)})(?:\\s+|\\s*/\\s*)((?:${alternation(OUTLET_HEADS)})\\s[^,;:()]{2,50}?)[.\\s]*$`, 'di');
/** A closing line that is only an outlet's name ("Báo Nhân Dân", "Tạp chí Cộng sản"): the outlet's credit, no writer's. */
const OUTLET_SIGNATURE = lexiconPatternOnUse(`^((?:${alternation(OUTLET_HEADS)})\\s[^,;:()!?]{2,50}?)[.\\s]*$`, 'di');
/** The outlet a closing line names (see OUTLET_SIGNATURE), or null. */
function outletSignature(text: string, key: string): string | null {
  const outlet = capture(OUTLET_SIGNATURE(), text, key);
  return outlet !== null && isOutletName(outlet) && isOutletName(strip(outlet, OUTLET_KIND_PREFIX)) ? outlet : null;
}
const KNOWN_OUTLET_KEYS = keySet(KNOWN_OUTLETS);
const MAX_KNOWN_OUTLET = Math.max(...KNOWN_OUTLETS.map((name) => name.length));
/** A known outlet's name as a closing line of its own ("Giao Thông"), not a writer's: the name, or null. */
function knownOutlet(text: string): string | null {
  const name = withoutTrailingStops(text);
  return name.length <= MAX_KNOWN_OUTLET && KNOWN_OUTLET_KEYS.has(textLowerKey(name)) ? name : null;
}
/** Most characters of a contributor's closing line. */
const MAX_CONTRIBUTOR_LINE = 70;

/**
 * "Báo X gửi đến bạn đọc một số hình ảnh …": the outlet addressing its readers names itself.
 * The outlet's name runs to the verb, without commas or stops.
 */
const READER_ADDRESS = lexiconPatternOnUse(
  `^((?:${alternation(OUTLET_HEADS)})\\s[^,.;:()]{2,60}?)\\s+(?:(?:${alternation(COURTESY_WORDS)})\\s+)?(?:${alternation(READER_ADDRESS_VERBS)})\\s+(?:${alternation(READERS)})(?![${LETTER}${MARK}])`, 'di',
);
/** Most characters of a paragraph read for READER_ADDRESS: a line announcing photos, not a report. */
const MAX_READER_ADDRESS_LINE = 200;

/** Whether BYLINE_WITH_OUTLET may match: it needs ")" before the trailing stops. */
const mayHaveOutlet = (text: string) => withoutTrailingStops(text).endsWith(')');

export function extractSource(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const fm = doc.frontMatter;
  // 1. Front matter wins.
  if (fm.source) article.source.name = fm.source;
  if (fm.author) article.source.author = fm.author;
  if (fm.url) article.source.url = fm.url;

  // Markdown reads an emphasised line ("*Lê Hùng*") as a caption; it may be the byline.
  const body = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'caption');
  const setName = (name: string, block: Block, rule: string) => {
    if (article.source.name) return;
    article.source.name = squash(name);
    traceField(ctx, 'source.name', doc.evidence(block.start, block.end, rule));
  };
  const setAuthor = (name: string, block: Block, rule: string) => {
    // A desk's code signing the text ("PV", "BBT") gives way to a writer named above it.
    const author = article.source.author;
    if (!name || (author && (!DESKS.has(author.toLowerCase()) || DESKS.has(name.toLowerCase())))) return;
    article.source.author = name;
    traceField(ctx, 'source.author', doc.evidence(block.start, block.end, rule));
  };

  // The acronym closing the text, when it named the outlet (rule 3 may give it to the writer).
  let endAcronym: { text: string; block: Block } | null = null;
  // The body signing the text: its source when no outlet is credited anywhere (see the end).
  let signature: { text: string; block: Block } | null = null;
  // Whether the outlet set so far is a closing byline's bracket that may be a place (see there).
  let bracketedPlace = false;
  // 2 and 4. Walk back from the end over credit lines; photo credits are left to captions.
  for (let i = body.length - 1; i >= 1; i--) {
    const block = body[i];
    const whole = doc.knownSquashed(block) ? block.text : squash(block.text);
    // "Nguồn X: https://…": the address is the credited article's.
    const { text: squashed, url } = whole.includes('/') || whole.includes('www.') ? splitTrailingUrl(whole) : { text: whole, url: null };
    // (The pattern needs an opening bracket first: most lines are returned without a look.)
    let text = squashed.charCodeAt(0) === 0x28 ? squashed.replace(/^\((.+)\)[.\s]*$/, '$1') : squashed;
    // Unsquashed, the line (or the inside of its brackets) stands in the document as it is.
    let key = squashed === block.text ? doc.keyOf(text, text === squashed ? block.start : block.start + 1) : matchKey(text);
    // "ĐCSVN; ảnh nguồn báo X": the photos' credit after the text's.
    const photoTail = text.includes(';') ? SEMICOLON_PHOTO_TAIL().exec(key) : null;
    if (photoTail && photoTail.index > 0) key = matchKey((text = text.slice(0, photoTail.index)));
    // "Nguồn: http://tuoitrethanhhoa.vn/…", "(http://www.nguoidaibieu.com.vn/)": the site credited alone.
    const creditedUrl = url !== null && (text === '' || SOURCE_LABEL_ONLY.test(key)) ? url : LONE_URL.test(text) ? text : null;
    const site = creditedUrl === null ? null : creditedSite(creditedUrl);
    if (site !== null) {
      setName(site, block, 'source.credited-site');
      if (!article.source.url) article.source.url = creditedUrl;
      block.kind = 'credit';
      continue;
    }
    if ((text.length < 80 && PHOTO_LINE.test(key)) || CAPTION_LINE.test(key)) continue;
    if (text.length < 120 && PHOTO_PROVIDED_LINE.test(key)) continue;
    // A gallery announcement closing the text ("Dưới đây là một số hình ảnh …:"), its photos
    // left out: the byline stands above it.
    if (i === body.length - 1 && text.length < 120 && text.endsWith(':') && GALLERY.test(key)) continue;
    // The page's stamp closing the text ("Tuyết Hạnh - Sỹ Thảo ⏎ 20/12/2024 19:55"): the byline stands above it.
    if (i === body.length - 1 && text.length <= MAX_DATE_STAMP_CHARS && DATE_STAMP.test(key)) continue;
    const author = capture(AUTHOR_LINE, text, key);
    // "Nguồn: (Chinhphu.vn)": the outlet in brackets after the label.
    const source = author === null ? unbracketed(capture(SOURCE_LINE, text, key)) : null;
    // What a closing line names, each asked once.
    let signed: string | null;
    let known: string | null;
    let credited: { author: string; outlet: string } | null;
    let unitByline: string | null;
    let contributed: string | null;
    let bySite: { author: string | null; outlet: string } | null;
    let joint: string | null;
    let withUnit: { writer: string; unit: string } | null;
    const withOutlet = author === null && source === null && mayHaveOutlet(text) ? BYLINE_WITH_OUTLET.exec(text) : null;
    const outlet = withOutlet ? squash(strip(withOutlet[2], SOURCE_LABEL_PREFIX)) : '';
    // "Thực hiện: Lê Hà/ VOV Miền Trung", "Tin, ảnh: Ngọc Anh (TTXVN)": the writer's outlet after theirs.
    const byOutlet = author === null ? null : author.includes('/') ? bylineSlashOutlet(author) : labelledByline(text, author);
    if (byOutlet) {
      setAuthor(byOutlet.author, block, 'source.author-label');
      setName(byOutlet.outlet, block, 'source.author-label-outlet');
    } else if (author !== null) setAuthor(cleanAuthor(author), block, 'source.author-label');
    else if (source !== null && (credited = labelledByline(text, source)) !== null) {
      setAuthor(credited.author, block, 'source.credit-line-byline');
      setName(credited.outlet, block, 'source.credit-line-byline');
    } else if (source !== null && source.includes('/') && (credited = bylineSlashOutlet(source)) !== null && !isOutletAcronym(credited.author)) {
      // "Theo Chu Trinh/VOV": the writer, a slash, their outlet.
      setAuthor(credited.author, block, 'source.credit-line-byline');
      setName(credited.outlet, block, 'source.credit-line-byline');
    } else if (source !== null && (credited = writerAndOutlet(source)) !== null) {
      setAuthor(credited.author, block, 'source.credit-line-byline');
      setName(credited.outlet, block, 'source.credit-line-byline');
    } else if (source !== null && (withUnit = bylineAndUnit(source)) !== null && !OUTLET_KIND_PREFIX.test(matchKey(withUnit.writer))) {
      // "Nguồn: Hoàng Văn Thông - Phòng Nghiệp vụ": a writer and their unit, no outlet; "Theo:
      // Hoa Phương - Báo Hưng Yên": a writer and their outlet.
      setAuthor(cleanAuthor(withUnit.writer), block, 'source.credit-line-byline-unit');
      if (OUTLET_KIND_PREFIX.test(matchKey(withUnit.unit))) setName(strip(withUnit.unit, OUTLET_KIND_PREFIX), block, 'source.credit-line-byline-unit');
    } else if (source !== null && namesPerson(source)) setAuthor(source, block, 'source.credit-line-writer');
    else if (source !== null && isOutletName(source)) {
      setName(source, block, 'source.credit-line');
      if (url && !article.source.url) article.source.url = url;
    }
    else if (i === body.length - 1 && isOutletAcronym(text)) {
      if (!article.source.name) endAcronym = { text, block };
      setName(text, block, 'source.end-acronym');
    }
    else if (i === body.length - 1 && (signed = outletSignature(text, key)) !== null) setName(strip(signed, OUTLET_KIND_PREFIX), block, 'source.end-outlet');
    else if (i === body.length - 1 && (known = knownOutlet(text)) !== null) setName(known, block, 'source.end-known-outlet');
    else if (i === body.length - 1 && (joint = jointOutlets(text)) !== null) setName(joint, block, 'source.end-joint-outlets');
    else if (i === body.length - 1 && (bySite = siteCredit(text)) !== null) {
      if (bySite.author) setAuthor(bySite.author, block, 'source.end-site');
      setName(bySite.outlet, block, 'source.end-site');
    }
    else if (isBareNames(cleanAuthor(text, key, text === squashed))) {
      setAuthor(cleanAuthor(text, key), block, 'source.end-byline');
      const agency = bylineAgency(text);
      if (agency) setName(agency.code, block, agency.dashed ? 'source.byline-dash-agency' : 'source.byline-agency');
    }
    else if ((unitByline = bylineWithUnit(text))) setAuthor(cleanAuthor(unitByline), block, 'source.end-byline');
    else if (text.length <= MAX_CONTRIBUTOR_LINE && (contributed = contributorOutlet(text, key))) setName(contributed, block, 'source.contributor-outlet');
    // The body that published the text (a district's portal, a union's site) credits itself:
    // the source, as an outlet's name would be, unless an outlet is credited (5d); no person wrote it.
    else if (i === body.length - 1 && isOrganizationSignature(text)) signature = { text, block };
    else if (withOutlet && isBareNames(cleanAuthor(withOutlet[1])) && (isOutletName(outlet) || labelledSlug(withOutlet[2], outlet))) {
      setAuthor(cleanAuthor(withOutlet[1]), block, 'source.end-byline');
      // "T.Tâm (TH)": a desk's code in brackets names no outlet ("tổng hợp": compiled); nor
      // does the writer's name said again ("Công Xuân (Công Xuân)"), nor a place ("(Huyện Đức Cơ)").
      if (!DESKS.has(outlet.toLowerCase()) && outlet !== cleanAuthor(withOutlet[1]) && !WRITERS_PLACE().test(outlet) && !article.source.name) {
        setName(outlet, block, 'source.end-byline');
        // "Minh Thái (Nghĩa Đàn)": words in Vietnamese syllables may be the writer's district.
        bracketedPlace = isPersonLike(outlet);
      }
    } else if (i === body.length - 1 && withOutlet && isBareNames(cleanAuthor(withOutlet[1])) && countWords(outlet, MAX_SIGNATURE_WORDS + 1) <= MAX_SIGNATURE_WORDS && UNIT_IN_BRACKETS().test(outlet)) {
      // "Đinh Thùy (Trung tâm VH, TT-TT Nghĩa Đàn)" closing the text: the writer and the body
      // that published it, which is the source as a body's signature is.
      setAuthor(cleanAuthor(withOutlet[1]), block, 'source.end-byline-unit');
      if (!article.source.name) setName(outlet, block, 'source.end-byline-unit');
    } else if (block.kind === 'caption') continue;
    else break;
    block.kind = 'credit';
  }

  // 3. Outlet tag opening the first paragraph, past the publication stamps under the
  // headline and a byline among them ("14/05/2024 09:12", "Hoài Thương", "(NNVN) - …").
  // The paragraph after body[i], past the photo lines the reader marked as captions (a
  // Markdown image or emphasised line under the stamp); -1 when a paragraph is not next.
  const nextParagraph = (i: number) => {
    let j = i + 1;
    while (j < body.length && body[j].kind === 'caption') j++;
    return j < body.length && body[j].kind === 'paragraph' ? j : -1;
  };
  /** The paragraph after body[i], or after a page's date stamp there, opens with an outlet's tag. */
  const taggedBelow = (i: number) => {
    const j = nextParagraph(i);
    if (outletTag(body[j].text)) return true;
    const k = isPublicationStamp(body[j].text) ? nextParagraph(j) : -1;
    return k >= 0 && outletTag(body[k].text) !== null;
  };
  let at = body.findIndex((b) => b.kind === 'paragraph');
  let unitByline: string | null;
  let topOutlet: string | null;
  for (let n = 0; at >= 0 && nextParagraph(at) >= 0 && n < MAX_TOP_LINES; n++, at = nextParagraph(at)) {
    const block = body[at];
    const byline = stampByline(block.text);
    // A byline cut from its stamp keeps the bar before the date ("LÊ AN |"): no sentence ends so.
    const cut = block.text.replace(STAMP_CUT, '');
    const labelled = block.text.includes(':') ? labelledAuthor(block.text) : '';
    if (byline !== null) {
      // "MTĐT - Thứ hai, 07/08/2017 10:40": an outlet's acronym before the stamp is its name.
      // "TTXVN - Đào Huyền| 12/09/2022 06:58": the outlet's acronym, a dash, then the writer.
      const coded = byline ? OUTLET_DASH_WRITER.exec(byline) : null;
      if (byline && isOutletAcronym(byline)) setName(withoutTrailingStops(byline), block, 'source.stamp-outlet');
      else if (coded && isOutletAcronym(coded[1]) && isBareNames(coded[2])) {
        setName(coded[1], block, 'source.stamp-outlet');
        setAuthor(cleanAuthor(coded[2]), block, 'source.stamp-byline');
      } else if (byline && isBareNames(byline)) setAuthor(cleanAuthor(byline), block, 'source.stamp-byline');
      // "Xuân Hùng LDO | 25/11/2017 17:49": the code after the writer is their outlet's.
      const agency = byline ? bylineAgency(byline) : null;
      if (agency && isBareNames(byline!)) setName(agency.code, block, agency.dashed ? 'source.stamp-dash-agency' : 'source.stamp-agency');
    } else if (labelled && isBareNames(labelled)) {
      // A labelled byline under the headline ("Bài và ảnh: Lê Hùng"), not a photo's credit.
      setAuthor(labelled, block, 'source.top-author-label');
      block.kind = 'credit';
    } else if (block.text.length <= MAX_TOP_CREDIT_CHARS && topCredit(block.text) !== null) {
      // "Theo Namdong (NDĐT)" under the headline: the credit line, set before the text.
      setName(topCredit(block.text)!, block, 'source.top-credit-line');
      block.kind = 'credit';
    } else if (block.text.length <= MAX_TOP_CREDIT_CHARS && (topOutlet = outletSignature(block.text, doc.keyOf(block.text, block.start))) !== null) {
      // "Tạp chí Giáo dục" on a line of its own under the headline: the outlet, as it may close the text.
      setName(strip(topOutlet, OUTLET_KIND_PREFIX), block, 'source.top-outlet');
      block.kind = 'credit';
    } else if (nextParagraph(at) >= 0 && (unitByline = bylineWithUnit(block.text)) !== null) {
      // "Văn Vương - Trung tâm VH,TT&TT" under the headline: the writer and their unit.
      setAuthor(cleanAuthor(unitByline), block, 'source.top-byline-unit');
      block.kind = 'credit';
    } else if (isTopCaption(block.text)) {
      // A captioned photo between the stamp and the lead opens no text.
      continue;

    } else if (cut !== block.text && !block.text.includes('|', cut.length) && isOutletName(cut) && countWords(cut, 5) <= 4 && !isPersonLike(cut) && stampByline(body[nextParagraph(at)].text) === null) {
      // "HQ Online -" on a line of its own (the cut took a dash, not a bar), the lead under
      // it: the outlet's tag, set apart from its text; a name in Vietnamese syllables there is
      // the writer's ("Diệu Linh -").
      setName(cut, block, 'source.outlet-tag-line');
      block.kind = 'credit';
    } else if ((n > 0 || body.length > 2 || cut !== block.text) && countWords(cut, MAX_TOP_BYLINE_WORDS) < MAX_TOP_BYLINE_WORDS && isBareNames(cut)) {
      // A byline first, as rule 4 below reads it; the outlet tag may open the line after it.
      setAuthor(cleanAuthor(cut), block, 'source.top-byline');
      block.kind = 'credit';
    } else if (block.text.length <= MAX_TOP_CAPTION_CHARS && !outletTag(block.text) && taggedBelow(at)) {
      // "TP - Sáng 18-8, …" under it: the outlet's tag opens the text; the line above, no
      // byline, is the top photo's caption.
      continue;
    } else break;
  }
  const first = at >= 0 ? body[at] : undefined;
  const tag = first ? outletTag(first.text) : null;
  // "(VP)- Sáng 24/6, …" and "HCTC" closing the text: the bracketed tag names the outlet, and
  // the acronym signs the text (a writer's or a desk's code).
  if (first && tag?.bracketed && endAcronym) {
    article.source.name = null;
    setAuthor(withoutTrailingStops(endAcronym.text), endAcronym.block, 'source.end-acronym-author');
  }
  // "(Baonghean.vn) - Sáng 10/7, …" over "Minh Thái (Nghĩa Đàn)" closing it: the tag names the outlet.
  if (first && tag && bracketedPlace) article.source.name = null;
  // "(Tp.HCM) – Hôm nay, …": a bracketed place is the dateline's, where the report is filed from.
  if (first && tag && !(tag.bracketed && PLACE_KEYS().has(textLowerKey(tag.name)))) setName(strip(STAMPED_TAG.exec(tag.name)?.[1] ?? tag.name, OUTLET_KIND_PREFIX), first, 'source.outlet-tag');
  const named = first && !tag && isUpperCode(first.text.charCodeAt(0)) && dashAfterFirstRun(first.text, NAMED_TAG_RUN_CLASSES, true) ? NAMED_TAG().exec(first.text) : null;
  const namedKey = named ? matchKey(named[1]) : '';
  if (first && named && !DATELINE().test(namedKey) && !EVENT_OR_PHOTO_TAG().test(namedKey) && !ADDRESSED_TAG().test(namedKey) && !SECTIONS.has(namedKey.toLowerCase())) {
    setName(named[1], first, 'source.outlet-name-tag');
  }
  const coded = !first || tag || named ? null
    : opensWithCode(first.text) ? capture(CODE_BEFORE_TIME(), first.text)
      : opensWithColonCode(first.text) ? capture(CODE_COLON_BEFORE_TIME(), first.text) : null;
  if (first && coded && isOutletAcronym(coded)) setName(coded, first, 'source.outlet-code');
  const outletBeforeTime = first && !tag && !named && !coded ? capture(OUTLET_BEFORE_TIME(), first.text) : null;
  if (first && outletBeforeTime) setName(strip(outletBeforeTime, OUTLET_KIND_PREFIX), first, 'source.outlet-before-time');
  // The agency's correspondent abroad filing the lead.
  const correspondent = first && !article.source.name ? capture(CORRESPONDENT_AGENCY(), first.text, doc.keyOf(first.text, first.start)) : null;
  if (first && correspondent && isOutletAcronym(correspondent)) setName(correspondent, first, 'source.correspondent-agency');

  // 4. A byline right under the headline, before the first real paragraph, or right after
  // the sapo ("Sáng 3/4, … ." / "Minh Khuê" / "Sáng 3/4, …").
  if (first && first === body[0] && body.length > 2 && isBareName(first.text) && first.text.split(' ').length <= 4) {
    setAuthor(cleanAuthor(first.text), first, 'source.top-byline');
    first.kind = 'credit';
  } else if (first && first === body[0] && body.length > 3 && body[1].kind === 'paragraph' && isBareName(body[1].text) && body[1].text.split(' ').length <= 4) {
    setAuthor(cleanAuthor(body[1].text), body[1], 'source.top-byline');
    body[1].kind = 'credit';
  }

  // 5. "(Theo X)" closing the last paragraph.
  const last = body.filter((b) => b.kind === 'paragraph').pop();
  const tail = last ? last.text.slice(-80) : '';
  const trailing = last ? capture(TRAILING_CREDIT, tail, doc.keyOf(tail, last.end - tail.length)) : null;
  const outletName = trailing === null ? '' : strip(trailing, OUTLET_KIND_PREFIX);
  // A photo's credit closing its caption is left to captions.
  if (last && outletName && isOutletName(outletName) && !bracketedPhotoSource(last.text, doc.keyOf(last.text, last.start))) setName(outletName, last, 'source.trailing-credit');

  // 5b. A station's code opening the headline ("(TTV) Hội nghị tổng kết …"), when nothing else names the outlet.
  const headline = article.source.name ? undefined : doc.blocks.find((b) => b.kind === 'headline');
  const headlineTag = headline && headline.text.charCodeAt(0) === 0x28 ? HEADLINE_TAG().exec(headline.text) : null;
  if (headline && headlineTag) setName(headlineTag[1], headline, 'source.headline-tag');

  // 5c. The outlet addressing its readers ("Báo X gửi đến bạn đọc một số hình ảnh …").
  for (const block of article.source.name ? [] : body) {
    if (block.kind !== 'paragraph' || block.text.length > MAX_READER_ADDRESS_LINE) continue;
    const outlet = capture(READER_ADDRESS(), block.text, doc.keyOf(block.text, block.start));
    if (outlet && isOutletName(outlet)) {
      setName(strip(outlet, OUTLET_KIND_PREFIX), block, 'source.reader-address');
      break;
    }
  }

  // 5d. The body that signed the text, when no outlet is credited.
  if (signature) setName(withoutTrailingStops(signature.text), signature.block, 'source.end-organization');

  // 6. The photographer, when nobody else is credited.
  if (!article.source.author) {
    for (const block of body) {
      // A photo credit has a colon: most blocks need no match key or scan.
      if (block.text.length > 600 || block.kind === 'credit' || !block.text.includes(':')) continue;
      const name = squash(capture(PHOTO_CREDIT_NAME, block.text, doc.keyOf(block.text, block.start)) ?? '');
      if (name && isPersonCredit(name)) {
        setAuthor(name, block, 'source.photo-credit');
        break;
      }
    }
  }
}
