/**
 * captions: lines that caption a photo. Rules, most reliable first:
 *   1. blocks the reader already knows are captions (a Markdown image's alt text);
 *   2. a line with a photo credit ("… Ảnh: Minh Hà", "… (Ảnh: TTXVN)", "Ảnh: Minh Hà", "… . Ảnh Minh Hà"),
 *      and a caption-like line right above a credit standing alone, even under the headline;
 *      a line that only says the photo is an illustration ("Ảnh minh họa"), wherever it stands;
 *   3. short lines after a gallery announcement ("Một số hình ảnh khác:");
 *   4. a short standalone line between paragraphs that reads like a picture description
 *      (see `looksLikeCaption`: an action, a work or a moment shown). Outlets that credit their photos credit every caption, so
 *      when some caption carries a credit, uncredited short lines are subheadings instead.
 *      A line showing a whole scene ("Quang cảnh hội nghị"), or one closing the text after its
 *      last paragraph, needs no long neighbouring paragraph; nor do the lines of a run of such
 *      lines that closes the text;
 *      Markdown that marks its captions (an image, an emphasised line) marks them all, so
 *      there this rule does not apply, nor to a list item or quoted line; a Markdown paragraph
 *      of a text that marks none is a plain line; a line after one left open by ";" or ","
 *      goes on with that sentence's list;
 *   5. a line that says where people stand in the picture ("(từ trái sang): …"), and a whole
 *      scene ("Toàn cảnh hội thảo") right under the headline, before the lead (without photo
 *      credits, a short line showing an action there, or one showing a contest's work);
 *   6. a line labelled as a caption ("Hình ảnh: …", "Trong ảnh: …"), or with the label after its
 *      first sentence ("Các đội thi đấu vòng bảng. Trong ảnh: …"); "Trong ảnh:" is no credit;
 *   7. a line that repeats the headline or words of the paragraph right above it: outlets
 *      caption a photo with the headline or a sentence of the text next to it, or open the
 *      caption with the words of that sentence and add to them; the opening words may also
 *      be those of the paragraph below the photo.
 * Caption blocks are marked `kind = 'caption'` so the lead, quotes and others skip them.
 */
import type { Block } from '../core/document.js';
import { countWords, isSpace, matchKey, squash, upperFirst } from '../core/text.js';
import { alternation, firstCharGuard, lexiconKey, lexiconPattern, lexiconPatternOnUse, wordRegex, wordRegexOnUse } from '../lexicon/compile.js';
import {
  CAPTION_LABELS, CLAUSE_SPEECH_VERBS, DATED_OPENERS, FIGURE_LABELS, FUTURE_MARKERS, GALLERY_OPENERS, ILLUSTRATION_CREDIT_LABELS, ILLUSTRATION_LINES, MOMENT_OPENERS, NARRATION_MARKERS, NARRATIVE_OPENERS, PASSIVE_PHOTO_ACTIONS, PHOTO_ACTIONS, PHOTO_CREDIT_LABELS, PLACE_FIRST_OPENERS,
  PHOTO_POSITIONS, SCENE_OPENERS, SUBHEADING_OPENERS, WORK_OPENERS,
} from '../lexicon/vi/captions.js';
import { ACADEMIC_TITLES, HONORIFICS, RANKS } from '../lexicon/vi/honorifics.js';
import { POSITION_MODIFIERS, POSITIONS } from '../lexicon/vi/titles.js';
import { SPEECH_VERBS, SPEECH_VERBS_NEEDING_COMPLEMENT, SPEECH_VERBS_NEEDING_MARK, SPEECH_VERBS_NEEDING_QUOTE } from '../lexicon/vi/speech.js';
import { AUTHOR_LABELS, DESK_CODES } from '../lexicon/vi/source.js';
import type { ExtractContext } from './context.js';
import { firstLeadPosition } from './lead.js';
import { bracketedPhotoSource, GALLERY, isBareNames, isPublicationStamp, outletTag } from './source.js';
import { DASH, LETTER, LIST_MARK, MARK, UPPER } from '../core/chars.js';
import { onFirstUse } from '../core/lazy.js';
import { readRoleAfter } from './people/roles.js';
import { tokenize } from './tokens.js';

const CREDIT = alternation(PHOTO_CREDIT_LABELS);
/** A credit closing a caption line, or a line that is only a credit. */
// ("Trong ảnh:" is a caption label, not a credit: see INLINE_LABEL.)
const INLINE_CREDIT = new RegExp(`(?:^|[.${DASH}]\\s*|(?<!trong\\s*)\\s+|\\()${CREDIT}\\s*:\\s*[^\\s].{0,60}$`, 'i');
const CREDIT_ONLY = lexiconPattern(`^\\(?${CREDIT}\\s*:`);
/**
 * A credit without its colon closing a caption ("… trên sân khấu chính. Ảnh Minh Khôi"): after a
 * full stop, a bar or a dash, "Ảnh" and one to four capitalised words, nothing else.
 */
// (Words are parted by a stop or a space, which no word holds: one way to read a line.)
const BARE_CREDIT = onFirstUse(() => new RegExp(String.raw`(?:[.|]|\s[${DASH}])\s*(?:Ảnh|ẢNH)\s+[${UPPER}][${LETTER}${MARK}]*(?:(?:\.\s?|\s)[${UPPER}][${LETTER}${MARK}]*){0,3}\.?$`, 'u'));
/**
 * A credit with a colon closing a line (`key`, its match key): "… Ảnh: Minh Hà", or a short
 * line closed by its photo's source in brackets ("… (Nguồn: TTXVN)") unless it tells of the
 * photos rather than showing something ("Ảnh minh họa cho bài được các em tự vẽ …").
 */
const colonCredit = (text: string, key: string) => INLINE_CREDIT.test(key) || (bracketedPhotoSource(text, key) && !narrates(squash(key)));
/** A list item: a dash, a bullet or a number opens it. */
const LIST_ITEM = new RegExp(String.raw`^(?:[${LIST_MARK}]|\d+[.)])\s`, 'u');
/**
 * A labelled caption ("Hình ảnh: Giám đốc … khai mạc hội nghị", "Hình 1: Quang cảnh …"); not a
 * label alone announcing a gallery.
 */
const LABELLED = lexiconPattern(`^(?:${alternation(CAPTION_LABELS)}|${alternation(FIGURE_LABELS)}\\s*\\d{1,2})\\s*:\\s*\\S`);
/** The first characters of `words` in either case: a line opening with another needs no look. */
const firstCodes = (words: readonly string[]) => new Set(words.flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const LABEL_FIRSTS = firstCodes([...CAPTION_LABELS, ...FIGURE_LABELS]);
/**
 * A caption label after the text's first sentence ("Các đội thi đấu vòng bảng. Trong ảnh: Trận
 * đấu giữa …"): the line says what the photo shows.
 */
const INLINE_LABEL = lexiconPattern(`[.!]\\s+${alternation(CAPTION_LABELS)}\\s*:\\s*\\S`);
const GALLERY_OPENING = lexiconPattern(`^${alternation(GALLERY_OPENERS)}(?![${LETTER}${MARK}])`);
const GALLERY_FIRSTS = firstCodes(GALLERY_OPENERS);
const WORK = lexiconPattern(`^${alternation(WORK_OPENERS)}\\s`);
/** A moment shown ("Niềm vui của …"), not a claim about it ("Niềm vui của thầy cô là …"). */
const MOMENT = lexiconPatternOnUse(`^${alternation(MOMENT_OPENERS)}\\s(?!.*\\slà\\s)`);
const NARRATIVE = lexiconPattern(`^${alternation(NARRATIVE_OPENERS)}(?![${LETTER}${MARK}])`);
const PHOTO_ACTION = wordRegex(PHOTO_ACTIONS, 'iu');
const NARRATION = wordRegex(NARRATION_MARKERS, 'iu');
/** "được" and a passive photo action (PASSIVE_PHOTO_ACTIONS), as whole words. */
const PASSIVE_PHOTO = wordRegexOnUse(PASSIVE_PHOTO_ACTIONS.map((action) => `được ${action}`), 'iu');
const FUTURE = wordRegex(FUTURE_MARKERS, 'iu');
const SUBHEADING = lexiconPattern(`^${alternation(SUBHEADING_OPENERS)}(?![${LETTER}${MARK}])`);
const DATED = lexiconPattern(`^${alternation(DATED_OPENERS)}\\s+\\(?\\d`);
/** A day and its month ("15/12", "10-6"): a line holding one tells its own day. */
const DAY_MONTH = /\d{1,2}\s*[/-]\s*\d{1,2}/u;
const POSITION = wordRegex(PHOTO_POSITIONS, 'iu');
const QUOTED_AFTER_COLON = /:\s*["“]/u;
/**
 * Where it happened, then a comma, opening the sentence ("Tại lễ bế mạc, Ban tổ chức trao …"):
 * narration; a caption names the place after its action ("… phát biểu tại buổi lễ").
 */
const PLACE_FIRST = lexiconPatternOnUse(`^${alternation(PLACE_FIRST_OPENERS)}\\s[^,]{1,60},\\s`);
const SCENE = lexiconPattern(`^${alternation(SCENE_OPENERS)}(?![${LETTER}${MARK}])`);
/** How a portrait's line names its sitter first: a form of address, capitalised as a line opens it, an academic title or a rank. */
const SITTER_ADDRESSES = [...HONORIFICS.map(upperFirst), ...ACADEMIC_TITLES, ...RANKS];
/** A portrait's line up to its post: a form of address, a capitalised name, a comma or a dash. */
const PORTRAIT_ADDRESS = `^${alternation(SITTER_ADDRESSES)}\\.?\\s+(?:[${UPPER}][${LETTER}${MARK}]*\\s+){1,4}[${UPPER}][${LETTER}${MARK}]*\\s*(?:,|[${DASH}])`;
/**
 * A portrait ("Ông Trần Văn A, tân Bí thư Huyện ủy X."): a form of address, a capitalised
 * name, a comma or a dash and a post. Case matters (no `i`): the name is capitalised.
 */
const PORTRAIT_OPENING = lexiconPatternOnUse(
  `${PORTRAIT_ADDRESS}\\s*(?=(?:${alternation(POSITION_MODIFIERS)}\\s+)?${alternation(POSITIONS)}(?![${LETTER}${MARK}]))`, '');
/**
 * PORTRAIT_OPENING without the post: it fails wherever the whole does, and is tried first.
 * The whole (every post in the lexicon) took a one-article run 9 ms to compile, for
 * captions that seldom open with an address and a name.
 */
const PORTRAIT_ADDRESS_FIRST = lexiconPatternOnUse(PORTRAIT_ADDRESS, '');

/**
 * Whether `t` (a squashed match key) is a portrait's line and no more: the posts after the
 * name run to its end ("…, Phó Chủ tịch Thường trực, phụ trách Hiệp hội X."), as the people
 * extractor reads a role; not a sentence going on past them ("…, Giám đốc Sở X, đã có …").
 */
function isPortrait(t: string): boolean {
  const opening = PORTRAIT_ADDRESS_FIRST().test(t) ? PORTRAIT_OPENING().exec(t) : null;
  if (!opening) return false;
  const tokens = tokenize({ text: t, key: t }, 0, t.length);
  const post = tokens.findIndex((token) => token.start >= opening[0].length);
  const end = post < 0 ? post : readRoleAfter(tokens, post);
  return end > post && (end === tokens.length || (end === tokens.length - 1 && tokens[end].text === '.'));
}
const ILLUSTRATION_KEYS = new Set(ILLUSTRATION_LINES.map((line) => lexiconKey(line).toLowerCase()));
/** Most characters of an illustration line, brackets and stop included. */
const MAX_ILLUSTRATION_CHARS = Math.max(...ILLUSTRATION_LINES.map((line) => line.length)) + 4;

/** Most characters of the credit that may close an illustration line. */
const MAX_ILLUSTRATION_CREDIT_CHARS = 60;
/** The credit closing an illustration line ("Ảnh minh họa. (Nguồn: X)"), on a squashed match key. */
const ILLUSTRATION_CREDIT = lexiconPatternOnUse(`[.,${DASH}]?\\s*\\(?${alternation(ILLUSTRATION_CREDIT_LABELS)}\\s*:[^()]{1,${MAX_ILLUSTRATION_CREDIT_CHARS}}\\)?\\.?$`);
/** Longest line read as an illustration line with its credit. */
const MAX_CREDITED_ILLUSTRATION_CHARS = MAX_ILLUSTRATION_CHARS + MAX_ILLUSTRATION_CREDIT_CHARS + 12;

/**
 * `key` (a squashed match key) is an illustration line alone, maybe in brackets or with a full
 * stop, and with where the picture came from after it ("Ảnh minh họa. (Nguồn: X)").
 */
function illustrationOnly(key: string): boolean {
  if (key.length > MAX_ILLUSTRATION_CHARS) {
    const credit = key.length <= MAX_CREDITED_ILLUSTRATION_CHARS ? ILLUSTRATION_CREDIT().exec(key) : null;
    if (!credit || credit.index === 0) return false;
    key = key.slice(0, credit.index).trimEnd();
    if (key.length > MAX_ILLUSTRATION_CHARS) return false;
  }
  let start = 0;
  let end = key.length;
  while (start < end && (key[start] === '(' || key[start] === '[' || isSpace(key.charCodeAt(start)))) start++;
  while (end > start && (key[end - 1] === ')' || key[end - 1] === ']' || key[end - 1] === '.' || isSpace(key.charCodeAt(end - 1)))) end--;
  return ILLUSTRATION_KEYS.has(key.slice(start, end).toLowerCase());
}

/** A line that only credits the writers ("Nhóm phóng viên", "PV"): a byline without a name, no picture. */
const WRITERS_ONLY = lexiconPatternOnUse(`^(?:${alternation([...AUTHOR_LABELS, ...DESK_CODES])})\\.?$`);
/**
 * Verbs that report speech on their own, followed by the comma or "rằng" that opens it.
 * Behind a guard for the verbs' first characters: the lookbehind and the alternation run
 * only where one stands.
 */
const AMBIGUOUS_VERBS = new Set([...SPEECH_VERBS_NEEDING_QUOTE, ...SPEECH_VERBS_NEEDING_COMPLEMENT, ...SPEECH_VERBS_NEEDING_MARK]);
const REPORTING_VERBS = SPEECH_VERBS.filter((v) => !AMBIGUOUS_VERBS.has(v));
const REPORTED_SPEECH = lexiconPattern(
  `${firstCharGuard(REPORTING_VERBS)}(?<![${LETTER}${MARK}])${alternation(REPORTING_VERBS)}\\s*(?:,|rằng\\s)`, 'i',
);
/** CLAUSE_SPEECH_VERBS as they stand in a match key, each followed by its clause. */
const CLAUSE_SPEECH_KEYS = CLAUSE_SPEECH_VERBS.map((v) => `${lexiconKey(v)} `);
/** What REPORTED_SPEECH needs when the comma is missing. */
const RANG = /rằng\s/iu;
/** Two separate figures ("12 tàu … 40 phút") are a report of facts, not a picture. */
const FIGURE = /\d[\d.,/:h-]*/gu;

/** Fewest words of a line read as a caption for repeating the text above it. */
const MIN_REPEAT_WORDS = 5;
/** Fewest opening words a line shares with the paragraph above to read as its caption. */
const MIN_REPEAT_OPENING_WORDS = 8;
/** Without the full stop that ends a sentence (a repeat may drop or add it). */
const withoutStop = (key: string) => (lastCode(key) === 0x2e ? key.slice(0, -1) : key);

/** Most words of a short line under the headline read as the photo there. */
const MAX_WORDS_BEFORE_LEAD = 12;
/** The same without a full stop, which every sapo has. */
const MAX_UNSTOPPED_WORDS_BEFORE_LEAD = 20;
/** Most words of a line that only credits the writers (see WRITERS_ONLY). */
const MAX_WRITERS_WORDS = 3;
/** Thresholds in words. */
const MAX_CAPTION_WORDS = 35;
/**
 * A text paragraph ends in a full stop: a line without one may run longer as a caption when it
 * shows a photographed action ("Lãnh đạo tỉnh cùng … dự lễ khánh thành …", names and all).
 */
const MAX_UNSTOPPED_CAPTION_WORDS = 45;
/** Fewest words of an image's alt text that describes the photo (not "Ảnh", "anh-1.jpg"). */
const MIN_DESCRIBING_ALT_WORDS = 3;
const MAX_CREDITED_CAPTION_WORDS = 60;
/** A caption ending in a full stop must be this short, or describe a photographed action. */
const MAX_CAPTION_WORDS_WITH_STOP = 8;
/** After a gallery announcement a full-stop line may be longer, but not a paragraph's length. */
const MAX_GALLERY_WORDS_WITH_STOP = 20;
const LONG_PARAGRAPH_WORDS = 25;
/** Longer blocks are never captions (and are not scanned for credits). */
const MAX_CAPTION_CHARS = 500;

/**
 * Words as `squash(text).split(' ')` counts them (1 for a blank text), without building the
 * string, counted no further than needed to compare with `limit`.
 */
const words = (text: string, limit: number) => countWords(text, limit) || 1;

/** The last character of the text before any trailing whitespace, and the one before it. */
function lastVisible(text: string): [number, number] {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return [text.charCodeAt(end - 1), text.charCodeAt(end - 2)];
}
/** The text ends in a colon, maybe followed by whitespace. */
const endsWithColon = (text: string) => lastVisible(text)[0] === 0x3a;
/** The text ends in one full stop (not "..", which trails off), maybe followed by whitespace. */
const endsWithStop = (text: string) => {
  const [last, before] = lastVisible(text);
  return last === 0x2e && before !== 0x2e;
};
const lastCode = (t: string, back = 1) => t.charCodeAt(t.length - back);
/** Ends in ":", ";", ",", "…" or "..": a line that goes on. */
const endsOpen = (t: string) => {
  const c = lastCode(t);
  return c === 0x3a || c === 0x3b || c === 0x2c || c === 0x2026 || (c === 0x2e && lastCode(t, 2) === 0x2e);
};
/** Ends in ";" or "," (maybe before white space): a sentence the next line goes on with. */
const continuesList = (text: string) => {
  const c = lastVisible(text)[0];
  return c === 0x3b || c === 0x2c;
};
/** Ends in ".", "!", "?" or "…", then a closing quotation mark: a quoted sentence. */
const endsQuoted = (t: string) => {
  const c = lastCode(t);
  const before = lastCode(t, 2);
  return (c === 0x22 || c === 0x201d || c === 0xbb) && (before === 0x2e || before === 0x21 || before === 0x3f || before === 0x2026);
};
/** Opens with a quotation mark and ends with a closing one. */
const whollyQuoted = (t: string) => {
  const first = t.charCodeAt(0);
  const last = lastCode(t);
  return (first === 0x22 || first === 0x201c) && (last === 0x22 || last === 0x201d);
};
/** Occurrences of `mark` in `t` (native searches: most lines have none). */
function countOf(t: string, mark: string): number {
  let n = 0;
  for (let i = t.indexOf(mark); i >= 0; i = t.indexOf(mark, i + 1)) n++;
  return n;
}

/**
 * One short sentence (`sentences` as segmented) with no trailing colon or ellipsis, not
 * opening like narration; with a full stop, a very short line or a photographed action.
 */
export function looksLikeCaption(text: string, sentences = 1): boolean {
  const n = captionWords(text, sentences, words(text, MAX_UNSTOPPED_CAPTION_WORDS));
  return n > 0 && isCaptionKey(squash(matchKey(text)), n);
}

/**
 * The words of a line short enough for a caption (one sentence, 2 to MAX_CAPTION_WORDS
 * words), else 0: the tests before its key is needed. `n` is `words(text,
 * MAX_UNSTOPPED_CAPTION_WORDS)`: squashing and the match key keep the words, so they are
 * counted before building either.
 */
function captionWords(text: string, sentences: number, n: number): number {
  if (text.length > MAX_CAPTION_CHARS || sentences > 1) return 0;
  if (n > MAX_CAPTION_WORDS) return n <= MAX_UNSTOPPED_CAPTION_WORDS && !endsWithStop(text) ? n : 0;
  return n < 2 ? 0 : n;
}

/**
 * The rest of looksLikeCaption, on `t`, the line's `matchKey(squash(text))`, of `n` words.
 * Lexicon tests run on the squashed match key (old and new tone placement compare equal;
 * squashing commutes with the key: it changes only white space, which no moved tone touches).
 */
function isCaptionKey(t: string, n: number, announced = false): boolean {
  // Every test below rules the line out, so their order changes nothing: tests of one
  // character or an anchored pattern come first, scans of the whole line with a lexicon last.
  if (endsOpen(t) || (n <= MAX_WRITERS_WORDS && WRITERS_ONLY().test(t))) return false;
  // List items and "label: value" lines are not picture descriptions.
  if (t.includes(':') || LIST_ITEM.test(t)) return false;
  // Subheadings: a claim, a question, or a line in capitals (any a–z settles that it is not).
  if (lastCode(t) === 0x3f || SUBHEADING.test(t) || (!/[a-z]/.test(t) && t === t.toUpperCase())) return false;
  // A quoted sentence is speech (one introduced with a colon was ruled out with the colon);
  // a line wholly in quotation marks is a pull quote or a slogan set as a subheading.
  if (endsQuoted(t) || whollyQuoted(t)) return false;
  if (NARRATIVE.test(t) || DATED.test(t) || PLACE_FIRST().test(t)) return false;
  // An unbalanced quotation mark means running speech, not a caption.
  if ((countOf(t, '"') + countOf(t, '“') + countOf(t, '”')) % 2 === 1) return false;
  const fullStop = lastCode(t) === 0x2e;
  if (n > MAX_CAPTION_WORDS && !PHOTO_ACTION.test(t)) return false;
  if (announced) {
    // Lines after a gallery announcement are captions by it: a full stop tells only their length.
    if (fullStop && n > MAX_GALLERY_WORDS_WITH_STOP) return false;
  } else {
    if (fullStop && n > MAX_CAPTION_WORDS_WITH_STOP && (t.match(FIGURE)?.length ?? 0) > 1) return false;
    if (fullStop && (n > MAX_CAPTION_WORDS_WITH_STOP || /\d/.test(t)) && (!(WORK.test(t) || MOMENT().test(t) || PHOTO_ACTION.test(t) || isPortrait(t)) || narrates(t))) return false;
  }
  return !reportsSpeech(t) && !FUTURE.test(t);
}

/**
 * A narration marker in `t` (a match key), the "được" of an action the photo shows done to
 * its people aside ("… được chúc thọ."), unless another word ("đã được", "cũng") narrates,
 * or a clause comes before it ("Năm nay, cả nước có 88 sản phẩm được trao …") or after a
 * semicolon ("giải nhất thuộc về …; giải nhì được trao cho …"): a report of facts.
 */
function narrates(t: string): boolean {
  if (!NARRATION.test(t)) return false;
  const passive = PASSIVE_PHOTO().exec(t);
  if (!passive || t.includes(';') || t.lastIndexOf(',', passive.index) >= 0) return true;
  if (passive.index >= 3 && t.startsWith('đã ', passive.index - 3)) return true;
  return NARRATION.test(t.slice(0, passive.index) + t.slice(passive.index + passive[0].length));
}

/**
 * Reported speech needs the comma or "rằng" after its verb, or a verb that takes a clause
 * (native searches: a line seldom has one). `t` is a match key.
 */
const reportsSpeech = (t: string) => ((t.includes(',') || RANG.test(t)) && REPORTED_SPEECH.test(t)) || CLAUSE_SPEECH_KEYS.some((verb) => t.includes(verb));

/** The end of the first `count` words of a squashed key, or -1 when it has no more words. */
function wordsEnd(key: string, count: number): number {
  let end = 0;
  for (let w = 0; w < count && end >= 0; w++) end = key.indexOf(' ', end + 1);
  return end;
}

/** Whether a marker (a list item's, a block quote's) stands on its line before `start`. */
function afterLineMarker(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && text.charCodeAt(p - 1) !== 0x0a) {
    if (!isSpace(text.charCodeAt(--p))) return true;
  }
  return false;
}

/** A reporter's code and an agency's (maybe with its bureau) in brackets closing a line: "(PV/VOV-Bắc Kinh)", "(TTXVN/Vietnam+)". */
const AGENCY_CREDIT = onFirstUse(() => new RegExp(String.raw`[.!]\s*\(\s*[${UPPER}][${UPPER}.]{0,5}\s*/\s*[${UPPER}][${UPPER}${LETTER}+]{1,10}(?:[${DASH}]\s?[${UPPER}][^()]{1,30})?\s*\)$`, 'u'));

export function extractCaptions(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const body = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'caption');
  // The lead, past the publication stamps under the headline (which are no captions either).
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const leadPosition = firstLeadPosition(body, headline);
  // A Markdown text that marks a caption (an image's alt text, an emphasised line) marks them
  // all: its plain paragraphs are text. One that marks none is written as a plain text is, a
  // short paragraph standing for a photo line, and is read as one; a list item or a quoted
  // line, marked as what it is, stays text.
  const marksCaptions = doc.format === 'md' && body.some((b) => b.kind === 'caption');
  /** body[i] is text unless the caption tests of a plain line find it a photo's. */
  const markedText = (i: number) => marksCaptions || (doc.format === 'md' && afterLineMarker(doc.text, body[i].start));
  const leadIndex = body[leadPosition]?.index;
  /**
   * body[i] is the photo's line right under a Markdown image: the image's alt text says
   * nothing of the photo (a file name, "Ảnh", "Ảnh minh họa") and the line is short enough for
   * a caption, or the line says what the alt text says (exports copy the caption into the alt
   * text, the line adding the photo's credit). An alt text that describes the photo in words
   * of its own is its caption.
   */
  const underImage = (i: number) => {
    const above = body[i - 1];
    if (doc.format !== 'md' || body[i].kind !== 'paragraph' || above?.kind !== 'caption' || !doc.text.startsWith('![', above.start - 2)
      || !isBlankBetween(doc.text, above.end, body[i].start)) return false;
    const altKey = squashedKey(above);
    if (squashedKey(body[i]).startsWith(altKey)) return true;
    return (words(above.text, MIN_DESCRIBING_ALT_WORDS) < MIN_DESCRIBING_ALT_WORDS || illustrationOnly(altKey))
      && captionWords(body[i].text, doc.sentenceCount(body[i].index), wordsAt(i, MAX_UNSTOPPED_CAPTION_WORDS)) > 0;
  };
  /** The rule that made body[i] a caption, by position (each block is decided in its turn). */
  const rules: (string | undefined)[] = new Array(body.length);
  /** matchKey(squash(block.text)); squashing only what may need it. */
  const squashedKey = (b: Block) => {
    const key = doc.keyOf(b.text, b.start);
    return doc.knownSquashed(b) ? key : squash(key);
  };

  /**
   * words(body[i].text, limit) for any limit up to MAX_CREDITED_CAPTION_WORDS, counted once:
   * a block is measured against several thresholds (see countWords, which stops past its limit).
   */
  const wordCounts = new Int8Array(body.length).fill(-1);
  const wordsAt = (i: number, limit: number) => {
    let n = wordCounts[i];
    if (n < 0) wordCounts[i] = n = words(body[i].text, MAX_CREDITED_CAPTION_WORDS);
    return Math.min(n, limit + 1);
  };

  // Each block is asked for its credit more than once (itself, the credit style), by position.
  const creditedBlocks: (boolean | undefined)[] = new Array(body.length);
  const credited = (i: number) => {
    let yes = creditedBlocks[i];
    if (yes === undefined) {
      const b = body[i];
      // A credit has a colon or "Ảnh " before the name: most blocks need no count, match key or scan.
      const short = b.text.length <= MAX_CAPTION_CHARS;
      const colon = short && b.text.includes(':');
      const bare = short && !colon && (b.text.includes('Ảnh ') || b.text.includes('ẢNH '));
      yes = (colon || bare) && wordsAt(i, MAX_CREDITED_CAPTION_WORDS) <= MAX_CREDITED_CAPTION_WORDS
        && (colon ? colonCredit(b.text, doc.keyOf(b.text, b.start)) : BARE_CREDIT().test(b.text));
      creditedBlocks[i] = yes;
    }
    return yes;
  };
  /** body[i] is nothing but a credit ("Ảnh: Minh Hà"); ask only of a credited line. */
  const creditOnly = (i: number) => CREDIT_ONLY.test(doc.keyOf(body[i].text, body[i].start));
  /** body[i] is a credit on its own line: the line above it is the caption it credits. */
  const creditedAlone = (i: number) => i < body.length && credited(i) && creditOnly(i);
  let creditStyle = false;
  for (let i = 0; i < body.length && !creditStyle; i++) creditStyle = credited(i) && !creditOnly(i);
  /** body[i] is a real paragraph (false past either end). */
  const isLong = (i: number) => {
    const b = body[i];
    return !!b && b.kind === 'paragraph' && (b.text.length > MAX_CAPTION_CHARS || wordsAt(i, LONG_PARAGRAPH_WORDS) >= LONG_PARAGRAPH_WORDS);
  };

  /**
   * The rule taking the first block, before a real paragraph, as the photo under the headline:
   * a whole scene ("Toàn cảnh hội thảo"); with no photo credits, a short line showing an action
   * ("Tiết mục múa trình diễn tại hội thi") or a contest's work ("Tác phẩm X của tác giả Y đoạt
   * giải nhất …"). A short line of other words may open the text.
   */
  const beforeLead = (block: Block, i: number) => {
    // A page's date stamp may stand between the photo and the lead ("29-03-2024").
    const next = i + 1 < body.length && isPublicationStamp(body[i + 1].text) ? i + 2 : i + 1;
    if (markedText(i) || !isLong(next)) return undefined;
    const n = captionWords(block.text, doc.sentenceCount(block.index), wordsAt(i, MAX_UNSTOPPED_CAPTION_WORDS));
    const key = n > 0 ? squashedKey(block) : '';
    if (!n || !isCaptionKey(key, n)) return undefined;
    if (SCENE.test(key)) return 'captions.scene';
    // "TP - Sáng 18-8, …" under it: the outlet's tag opens the text, so the line above is the top photo's.
    if (!outletTag(block.text) && outletTag(body[next].text) && !isBareNames(block.text)) return 'captions.above-tagged-lead';
    if (next !== i + 1) return undefined;
    // A sapo ends in a full stop; a picture line without one may run a little longer. Above a
    // lead that opens with its day ("Chiều 15/12, Sở X tổ chức …"), a line with no day of its
    // own is no sapo: it may run as long as a caption ("Ông X - Phó Giám đốc Sở Y trao cờ …").
    // (A sapo may open with the outlet's tag instead: "(NLĐO)- Tại chương trình, …".)
    const datedLead = DATED.test(squashedKey(body[next])) && !DAY_MONTH.test(key) && !outletTag(block.text);
    const limit = datedLead ? MAX_CAPTION_WORDS : lastCode(key) === 0x2e ? MAX_WORDS_BEFORE_LEAD : MAX_UNSTOPPED_WORDS_BEFORE_LEAD;
    return !creditStyle && ((n <= limit && (PHOTO_ACTION.test(key) || isPortrait(key))) || WORK.test(key)) ? 'captions.before-lead' : undefined;
  };
  const headlineKey = headline ? withoutStop(squash(doc.keyOf(headline.text, headline.start))).toLowerCase() : null;
  /** squashedKey lower-cased, by position: a block is compared as itself and as the one above the next. */
  const lowerKeys: (string | undefined)[] = new Array(body.length);
  const lowerKey = (i: number) => (lowerKeys[i] ??= squashedKey(body[i]).toLowerCase());
  /** body[i] says again the headline, or words of the paragraph above it (a caption or text). */
  const repeatsAbove = (block: Block, i: number) => {
    if (block.text.length > MAX_CAPTION_CHARS || wordsAt(i, MIN_REPEAT_WORDS) < MIN_REPEAT_WORDS) return false;
    const above = body[i - 1];
    const againstAbove = above.kind === 'paragraph' && above.text.length > block.text.length;
    // The block's key is no longer than its text: shorter than the headline's, it is no repeat of it.
    let againstHeadline = headlineKey !== null && block.text.length >= headlineKey.length;
    if (!againstAbove && !againstHeadline) return false;
    // Lower case makes no text shorter: a key longer than the headline's, past its full stop,
    // is no repeat of it (and a block compared with nothing else needs no lower-casing).
    if (againstHeadline) {
      const squashed = squashedKey(block);
      againstHeadline = squashed.length - (lastCode(squashed) === 0x2e ? 1 : 0) <= headlineKey!.length;
      if (!againstAbove && !againstHeadline) return false;
    }
    const key = withoutStop(lowerKey(i));
    return (againstHeadline && key === headlineKey) || (againstAbove && lowerKey(i - 1).includes(key));
  };
  /**
   * body[i] opens with words of the paragraph above and goes on about the picture ("Em X, học
   * sinh lớp 5 Trường Y, xã Z."): one caption-short sentence, no colon, no reported speech.
   */
  const repeatsOpening = (block: Block, i: number, of = i - 1) => {
    const text = body[of];
    if (text?.kind !== 'paragraph' || text.text.length <= block.text.length || block.text.length > MAX_CAPTION_CHARS || block.text.includes(':')) return false;
    if (wordsAt(i, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS || doc.sentenceCount(block.index) > 1) return false;
    const key = lowerKey(i);
    const end = wordsEnd(key, MIN_REPEAT_OPENING_WORDS);
    return end > 0 && lowerKey(of).includes(key.slice(0, end)) && !reportsSpeech(key);
  };
  /**
   * The same with the paragraph the photo stands above, right below it or past one more
   * short line (two photos captioned alike): "Các học viên được trang bị kiến thức …" over
   * "… Qua đó các học viên được trang bị kiến thức, cách …". A sentence, with its full stop:
   * a subheading over a section says its words again too ("Cần có quy trình …").
   */
  const repeatsOpeningBelow = (block: Block, i: number) => {
    // What repeatsOpening asks of the block, first: most blocks are paragraphs, too long or of
    // several sentences, and the blocks below need not be looked at.
    if (block.text.length > MAX_CAPTION_CHARS || doc.sentenceCount(block.index) > 1 || !endsWithStop(block.text)) return false;
    const below = isLong(i + 1) ? i + 1 : isLong(i + 2) && !isLong(i + 1) ? i + 2 : -1;
    return below > 0 && repeatsOpening(block, i, below);
  };

  /** Lines of a plain text (no credit style) that pass the caption test, whatever their place. */
  const readsAsCaption: boolean[] = new Array(body.length).fill(false);
  let inGallery = false;
  for (let i = 0; i < body.length; i++) {
    const block = body[i];
    if (block.kind === 'caption') {
      rules[i] = 'captions.reader';
      continue;
    }
    // "![Ảnh](anh.jpg)" and the photo's line right under it: Markdown exports set the caption
    // below its image, a line short enough for one. That line is what a reader sees; the alt
    // text is then no second caption of the same photo.
    if (underImage(i)) {
      rules[i] = 'captions.under-image';
      rules[i - 1] = undefined;
      continue;
    }
    if (credited(i)) {
      rules[i] = 'captions.photo-credit';
      continue;
    }
    // "Đại sứ A phát biểu tại lễ kỷ niệm. (PV/VOV-Bắc Kinh)": the reporter's and agency's codes close a photo's line.
    if (block.text.length <= MAX_CAPTION_CHARS && block.text.endsWith(')') && AGENCY_CREDIT().test(block.text)) {
      rules[i] = 'captions.agency-credit';
      continue;
    }
    if (block.text.length <= MAX_CREDITED_ILLUSTRATION_CHARS && illustrationOnly(squashedKey(block))) {
      rules[i] = 'captions.illustration';
      continue;
    }
    if (i < leadPosition) continue;
    if (!markedText(i) && creditedAlone(i + 1) && looksLikeCaption(block.text, doc.sentenceCount(block.index))) {
      rules[i] = 'captions.before-credit';
      continue;
    }
    if (i === leadPosition) {
      rules[i] = beforeLead(block, i);
      continue;
    }
    // "VTV.vn - Sáng 17/5, …" under a byline: an outlet's tag opens the lead, never a photo's line.
    if (outletTag(block.text)) continue;
    if (!markedText(i) && i > 0 && repeatsAbove(block, i)) {
      rules[i] = 'captions.repeat';
      continue;
    }
    if (!markedText(i) && i > 0 && repeatsOpening(block, i)) {
      rules[i] = 'captions.repeat-opening';
      continue;
    }
    if (!markedText(i) && repeatsOpeningBelow(block, i)) {
      rules[i] = 'captions.repeat-opening-below';
      continue;
    }
    // A photo position names where a speaker stands too ("Cô A (ngoài cùng bên trái) tiếp lời: “…”"): speech quoted after a colon is text.
    if (block.text.length <= MAX_CAPTION_CHARS && wordsAt(i, MAX_CREDITED_CAPTION_WORDS) <= MAX_CREDITED_CAPTION_WORDS
      && POSITION.test(doc.keyOf(block.text, block.start)) && !QUOTED_AFTER_COLON.test(block.text)) {
      rules[i] = 'captions.position';
      continue;
    }
    if (LABEL_FIRSTS.has(block.text.charCodeAt(0)) && block.text.length <= MAX_CAPTION_CHARS && block.text.includes(':') && !endsWithColon(block.text)
      && wordsAt(i, MAX_CREDITED_CAPTION_WORDS) <= MAX_CREDITED_CAPTION_WORDS && LABELLED.test(doc.keyOf(block.text, block.start))) {
      rules[i] = 'captions.label';
      continue;
    }
    if (block.text.length <= MAX_CAPTION_CHARS && block.text.includes(':') && wordsAt(i, MAX_CREDITED_CAPTION_WORDS) <= MAX_CREDITED_CAPTION_WORDS
      && INLINE_LABEL.test(doc.keyOf(block.text, block.start))) {
      rules[i] = 'captions.inline-label';
      continue;
    }
    if (block.text.length > MAX_CAPTION_CHARS) {
      inGallery = false;
      continue;
    }
    // GALLERY ends in a colon: most blocks need no squashing, match key or scan.
    let key: string | null = null;
    if (endsWithColon(block.text) && GALLERY.test((key = squashedKey(block)))) {
      inGallery = true;
      continue;
    }
    // Markdown marks its captions (image alt text, an emphasised line); its plain paragraphs
    // are text: there, and in a credit style, only a gallery line needs the caption test,
    // and in a credit style a line ending in a full stop, which no subheading has.
    const asText = markedText(i);
    const uncredited = creditStyle && !asText && endsWithStop(block.text);
    // "Quang cảnh hội thảo" between two paragraphs: the scene's photo, though the outlet
    // credits its other photos (and no full stop ends it).
    if (creditStyle && !asText && !uncredited && !inGallery && wordsAt(i, MAX_WORDS_BEFORE_LEAD + 1) <= MAX_WORDS_BEFORE_LEAD
      && isLong(i - 1) && isLong(i + 1) && SCENE.test((key ??= squashedKey(block)))) {
      rules[i] = 'captions.scene';
      continue;
    }
    if (!inGallery && !uncredited && (creditStyle || asText)) continue;
    // "Một số hình ảnh của buổi lễ", without its colon, announces the photos too.
    if (GALLERY_FIRSTS.has(block.text.charCodeAt(0)) && wordsAt(i, MAX_WORDS_BEFORE_LEAD + 1) <= MAX_WORDS_BEFORE_LEAD
      && GALLERY_OPENING.test((key ??= squashedKey(block)))) {
      inGallery = true;
      continue;
    }
    // The caption test counts the words first, and takes the key only once it needs it.
    const n = captionWords(block.text, doc.sentenceCount(block.index), wordsAt(i, MAX_UNSTOPPED_CAPTION_WORDS));
    // "… các đồng chí lãnh đạo Phòng;" then "Hiệu trưởng các trường …": a line after one left
    // open by a semicolon or a comma goes on with its list, no picture.
    const caption = n > 0 && !(i > 0 && continuesList(body[i - 1].text)) && isCaptionKey((key ??= squashedKey(block)), n);
    if (inGallery && (caption || (n > 0 && isCaptionKey(key as string, n, true)))) {
      rules[i] = 'captions.gallery';
      continue;
    }
    inGallery = false;
    // Outlets that credit their photos still leave the credit off some captions: a full-stop
    // line showing a photographed action, shorter than a paragraph, with a real paragraph or
    // another caption on either side.
    if (uncredited) {
      const placed = (isLong(i - 1) || (i > 0 && rules[i - 1] !== undefined)) && (isLong(i + 1) || (i + 1 < body.length && credited(i + 1)));
      if (caption && n < LONG_PARAGRAPH_WORDS && placed && PHOTO_ACTION.test(key as string)) rules[i] = 'captions.uncredited';
      continue;
    }
    if (creditStyle || asText || !caption) continue;
    readsAsCaption[i] = true;
    if (SCENE.test(key as string)) rules[i] = 'captions.scene';
    // A line between a photo and the text that shows no action and ends in no full stop
    // opens the next section: a subheading ("Nuôi dưỡng ước mơ"), not a second photo.
    else if (i > 0 && rules[i - 1] !== undefined && isLong(i + 1) && lastCode(key as string) !== 0x2e && !PHOTO_ACTION.test(key as string)) continue;
    // Standing between paragraphs: next to at least one real paragraph.
    else if (isLong(i - 1) || isLong(i + 1) || (i > 0 && rules[i - 1] !== undefined)) rules[i] = 'captions.short-line';
    // The photo closing the text, after its last paragraph (credits aside) other than the lead.
    else if (i === body.length - 1 && body[i - 1]?.kind === 'paragraph' && body[i - 1].index !== leadIndex) rules[i] = 'captions.closing-line';
  }

  // Photos closing the text one under another, after its last paragraph: a run of lines that
  // each read as a caption, down to the end, is the gallery's captions, though no line of it
  // stands next to a long paragraph (a lone closing line is captions.closing-line).
  let runStart = body.length;
  while (runStart > 0 && (rules[runStart - 1] !== undefined || readsAsCaption[runStart - 1])) runStart--;
  const before = body[runStart - 1];
  if (body.length - runStart >= 2 && before?.kind === 'paragraph' && before.index !== leadIndex && runStart > leadPosition) {
    for (let i = runStart; i < body.length; i++) rules[i] ??= 'captions.closing-run';
  }

  for (let i = 0; i < body.length; i++) {
    const rule = rules[i];
    if (rule === undefined) continue;
    const block = body[i];
    block.kind = 'caption';
    article.captions.push({ text: doc.knownSquashed(block) ? block.text : squash(block.text), evidence: [doc.evidence(block.start, block.end, rule)] });
  }
}

/** Only the rest of an image's Markdown ("](anh.jpg)") and white space in text[from, to). */
function isBlankBetween(text: string, from: number, to: number): boolean {
  const close = text.indexOf(')', from);
  if (close < 0 || close >= to) return false;
  for (let i = close + 1; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
