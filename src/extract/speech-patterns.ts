/**
 * The patterns and small tests of the quotes extractor (quotes.ts): speech verbs and what
 * they need, the words around them, and code-unit tests over the document text and key.
 * Lexicon patterns are compiled once here; sticky ones are tried at a known position.
 */
import { alternation, firstCharGuard, keySet, lexiconKey, lexiconPattern, lexiconPatternOnUse, lexiconTrie } from '../lexicon/compile.js';
import {
  ACCORDING_TO_CLOSERS, ACCORDING_TO_CONNECTIVES, ACCORDING_TO_NON_SPEAKERS, FUTURE_MARKERS, NOT_SPEECH_BEFORE, PURPOSE_MARKERS, PREDICATE_MARKERS, PREDICATE_NOUN_USES, PREDICATE_VERBS, OPINION_NOUNS, REPORT_NOUNS, SPEAKER_END_BLOCKERS, SPEECH_ADVERBS, SPEECH_CIRCUMSTANCES, SPEECH_COMPLEMENTISERS, SPEECH_FALSE_FRIENDS, SPEECH_MANNERS,
  SPEECH_COORDINATORS, SPEECH_VERB_COMPLEMENTS, SPEECH_VERBS, SPEECH_VERBS_NEEDING_COMPLEMENT, SPEECH_VERBS_NEEDING_MARK,
  SPEECH_VERBS_NEEDING_QUOTE, SPEECH_VERBS_PERSON_ONLY, SPEECH_VERBS_WITH_ADDRESSEE, NAMING_WORDS, CAMPAIGN_NOUNS, SPEECH_NOUNS,
} from '../lexicon/vi/speech.js';
import { SPEAKER_HEADS, SPEAKER_HONORIFICS } from '../lexicon/vi/speaker-cues.js';
import { CONTRIBUTOR_CODES } from '../lexicon/vi/source.js';
import { POSITION_MODIFIERS, POSITIONS } from '../lexicon/vi/titles.js';
import { WordAtEnd, WordFinder } from './doc-index.js';
import { LastWords } from './last-words.js';
import { classAt, DASH, DIGIT, IS_LOWER, IS_MARK, isDashCode, isFoldedOutsideTable, isUpperCode, isWordCode, LETTER, LOWER, MARK, UPPER } from '../core/chars.js';
import { isSpace } from '../core/text.js';
import { KeyPrefixes } from './phrase-sets.js';
import { onFirstUse } from '../core/lazy.js';

const W = `[${LETTER}${MARK}${DIGIT}]`;
/** Speech verbs as whole words (see WordFinder: found once per document). */
export const VERBS = new WordFinder(SPEECH_VERBS);
/** Closing marks, a comma or a dash after a quotation, before its attribution. */
export const LEAD_AFTER_QUOTE = new RegExp(`^[\\s.,”"»]*[${DASH},]?\\s*`, 'u');
/** "Đó", "Đây cũng", "Đó chính" …: what points back to a statement before "là". */
const SAID_BY_PRONOUN = '(?:đó|đây)\\s+(?:cũng\\s+)?(?:chính\\s+)?';
/** "là" up to the noun of speech and "của" (see SAID_BY_AFTER_QUOTE). */
const SAID_BY = `là\\s+(?:[^\\s.;:!?“”"]+\\s+){0,10}?${lexiconTrie(SPEECH_NOUNS)}(?:\\s+[^\\s.;:!?“”"]+){0,3}?\\s+của\\s+`;
/**
 * Right after a quotation, the words that say whose it was, up to "của" and the speaker:
 * "”. Đó là khẳng định của", "” – Là một trong những nội dung của phát biểu kết luận của"
 * (at most ten words between "là" and the noun of speech, three after it).
 */
export const SAID_BY_AFTER_QUOTE = lexiconPatternOnUse(
  `^[\\s.,”"»]*(?:[${DASH}]\\s*)?(?:${SAID_BY_PRONOUN})?${SAID_BY}`,
);
/** The words SAID_BY_AFTER_QUOTE can open with: "là", or the pronoun before it. */
const SAID_BY_OPENERS = new Set(['là', 'đó', 'đây']);
/**
 * SAID_BY_AFTER_QUOTE.exec(key), made and run only where the first word past the closing marks
 * and a dash is one it can open with: the text after most quotations opens otherwise.
 */
export function saidByAfterQuote(key: string): RegExpExecArray | null {
  let at = 0;
  while (at < key.length && isClosingOrSpace(key.charCodeAt(at))) at++;
  if (isDashCode(key.charCodeAt(at))) {
    at++;
    while (isSpace(key.charCodeAt(at))) at++;
  }
  let end = at;
  while (end < key.length && !isSpace(key.charCodeAt(end))) end++;
  return SAID_BY_OPENERS.has(key.slice(at, end).toLowerCase()) ? SAID_BY_AFTER_QUOTE().exec(key) : null;
}
/** White space, a closing mark, a full stop or a comma (`[\\s.,”"»]`). */
const isClosingOrSpace = (c: number) => isSpace(c) || c === 0x2e || c === 0x2c || c === 0x201d || c === 0x22 || c === 0xbb;
/**
 * A sentence that says whose the sentence before it was, opening with the pronoun that
 * points back to it: "Đó là khẳng định của Chủ tịch A tại …", "Đây cũng là ý kiến của bà B."
 */
export const SAID_BY_BEFORE = lexiconPatternOnUse(`^${SAID_BY_PRONOUN}${SAID_BY}`);
/** The marks that set an attribution off from its quotation. */
export const SET_OFF = new RegExp(`[${DASH},]`, 'u');
/** Where a sentence ends: a full stop, "!" or "?" before white space or the end, else the end. */
export const SENTENCE_END = /[.!?](?:\s|$)|$/;
/** Sticky, after a speech verb: the verb closes the sentence ("…”, ông A nói thêm."). */
export const CLAUSE_END = /\s*(?:thêm)?\s*(?:[.!…]|$)/uy;
/** An aspect word followed by another word inside a speaker phrase (its match key). */
export const HAS_PREDICATE = lexiconPattern(
  `(?<!${W})(?:${alternation(PREDICATE_MARKERS)}|(?<!(?:${alternation(PREDICATE_NOUN_USES)})\\s)${alternation(PREDICATE_VERBS)})\\s+${W}`,
);
/** A speech verb anywhere (VERB as a trie, for tests only). */
export const HAS_VERB = lexiconPatternOnUse(`${firstCharGuard(SPEECH_VERBS)}(?<!${W})${lexiconTrie(SPEECH_VERBS)}(?!${W})`);
const VERB_PREFIXES = new KeyPrefixes(SPEECH_VERBS);
/** The first words of the speech verbs (lower-cased keys): most words of a key open none. */
const VERB_FIRST_WORDS = new Set([...keySet(SPEECH_VERBS)].map((verb) => verb.slice(0, wordEnd(verb, 0))));
/**
 * HAS_VERB.test(key), by looking up the openings of the key's words (a speaker clause, a
 * verb's tail: a few words); the pattern only where the look-up cannot tell (see firstVerb).
 */
export function hasVerb(key: string): boolean {
  const at = firstVerb(key, (start, length) => !isWordCode(key.charCodeAt(start + length)));
  return at === null ? HAS_VERB().test(key) : at >= 0;
}
export const VERB_AT_END = lexiconPatternOnUse(`(?<!${W})(${lexiconTrie(SPEECH_VERBS)})(?:\\s+${alternation(SPEECH_COMPLEMENTISERS)})?\\s*[:,]?\\s*$`);
/** Sticky: what may follow a verb closing a tail (VERB_AT_END): a complementiser, a colon or comma, white space. */
const VERB_TAIL = lexiconPattern(`(?:\\s+${alternation(SPEECH_COMPLEMENTISERS)})?\\s*[:,]?\\s*$`, 'iy');
/** Where VERB_AT_END matches in `tail` (-1 for no match), by looking the verbs up (see firstVerb). */
export function verbAtEnd(tail: string): number {
  const at = firstVerb(tail, (start, length) => {
    VERB_TAIL.lastIndex = start + length;
    return VERB_TAIL.test(tail);
  });
  return at === null ? (VERB_AT_END().exec(tail)?.index ?? -1) : at;
}
/**
 * Where the first speech verb of `key` starts (a word start) whose entry of some length `fits`
 * there, or -1; null for a key holding a unit the patterns' classes may fold otherwise under
 * the i flag (isFoldedOutsideTable), or one the look-up cannot lower-case: the pattern decides.
 */
function firstVerb(key: string, fits: (at: number, length: number) => boolean): number | null {
  for (let i = 0; i < key.length; i++) if (isFoldedOutsideTable(key.charCodeAt(i))) return null;
  for (let at = 0; at < key.length; at++) {
    if (isWordCode(key.charCodeAt(at - 1)) || !isWordCode(key.charCodeAt(at))) continue;
    if (!VERB_FIRST_WORDS.has(key.slice(at, wordEnd(key, at)).toLowerCase())) continue;
    const lengths = VERB_PREFIXES.lengthsAt(key, at);
    if (!lengths) return null;
    if (lengths.some((length) => fits(at, length))) return at;
  }
  return -1;
}
/** What a speech verb needs to report speech, by its entry's node in VERBS (see ReportedSpeechReader.byVerb). */
export const NEEDS_QUOTE = 1;
export const NEEDS_MARK = 2;
export const NEEDS_COMPLEMENT = 4;
export const PERSON_ONLY = 8;
export const VERB_KINDS = new Map<number, number>();
for (const [kind, verbs] of [[NEEDS_QUOTE, SPEECH_VERBS_NEEDING_QUOTE], [NEEDS_MARK, SPEECH_VERBS_NEEDING_MARK], [NEEDS_COMPLEMENT, SPEECH_VERBS_NEEDING_COMPLEMENT], [PERSON_ONLY, SPEECH_VERBS_PERSON_ONLY]] as const) {
  for (const verb of verbs) {
    const key = lexiconKey(verb);
    const node = VERBS.entryNode(key, 0, key.length);
    if (node) VERB_KINDS.set(node, (VERB_KINDS.get(node) ?? 0) | kind);
  }
}
/** A comma or colon after a verb (SPEECH_VERBS_NEEDING_MARK). */
export const MARK_AFTER = /\s*[,:]/y;
/** Sticky: tried where a speech verb was found on doc.key. */
export const FALSE_FRIEND = lexiconPattern(`${lexiconTrie(SPEECH_FALSE_FRIENDS)}(?!${W})`, 'iy');
export const ADVERBS_AT_END = new WordAtEnd(SPEECH_ADVERBS, '\\s*');
/** Sticky: a coordinator at a position of the key, a whole word (length 0 for none). */
export const COORDINATOR_AT = lexiconPattern(`[\\s,]*${alternation(SPEECH_COORDINATORS)}(?!${W})`, 'iy');
/** Sticky, at a position of the key after a verb: the circumstance there (a manner word may come first), or the complementiser. */
export const CIRCUMSTANCE = lexiconPattern(`\\s*(?:${lexiconTrie(SPEECH_MANNERS)}(?!${W}))?\\s*${lexiconTrie(SPEECH_CIRCUMSTANCES)}(?!${W})`, 'iy');
export const COMPLEMENT = lexiconPattern(`[\\s,:]*(?:${alternation(SPEECH_COMPLEMENTISERS)}(?!${W}))?[\\s,:]*`, 'iy');
/**
 * "Theo X, …" or "Theo X thì …"; X may hold abbreviated titles ("Theo PGS.TS. Lê Văn A, …").
 * X is read up to the first closer (it holds no comma: the first comma is the one a greedy run gave).
 */
export const ACCORDING_TO = new RegExp(
  `(?:^|[,;]\\s+)(?:${alternation(ACCORDING_TO_CONNECTIVES)}\\s+)?theo\\s+((?:[^,;.:]|\\.(?=\\s?[${UPPER}])){2,120}?)(?:,\\s*|\\s+(?:${alternation(ACCORDING_TO_CLOSERS)})\\s+)`, 'dgiu',
);
/** Cheap test first: most sentences have no "theo" for ACCORDING_TO to look at (found once per document). */
export const MAY_BE_ACCORDING_TO = /theo/gi;
export const CONNECTIVES = keySet(ACCORDING_TO_CONNECTIVES);
export const NON_SPEAKER = lexiconPattern(`^${lexiconTrie(ACCORDING_TO_NON_SPEAKERS)}(?!${W})`);
export const APPOSITION = /^([^,;.]{2,80}),\s*/u;
export const OPINION_OF = lexiconPattern(`^(?:${alternation(OPINION_NOUNS)}\\s+(?:của\\s+)?|${alternation(REPORT_NOUNS)}\\s+(?:của|từ)\\s+)`);
/** The outlet's own reporter after "Theo" (and the noun of what they saw): no speaker (see CONTRIBUTOR_CODES). */
export const OWN_REPORTER = lexiconPattern(`^${alternation(CONTRIBUTOR_CODES)}(?!${W})`);
/** A report's noun opening the phrase after "Theo" ("Theo báo cáo, …", "Theo báo cáo tại đại hội, …"): whose, OPINION_OF says, or nobody's. */
export const REPORT_NOUN_OPENING = lexiconPattern(`^${alternation(REPORT_NOUNS)}(?!${W})`);
export const SPEAKER_HEAD = lexiconPatternOnUse(`^${lexiconTrie(SPEAKER_HEADS)}(?!${W})`);
const SPEAKER_HEAD_PREFIXES = new KeyPrefixes(SPEAKER_HEADS);
/** SPEAKER_HEAD.test(key), by looking the key's opening up (the pattern only where that cannot tell). */
export function opensWithSpeakerHead(key: string): boolean {
  const lengths = SPEAKER_HEAD_PREFIXES.lengthsAt(key);
  return lengths ? lengths.some((n) => !isWordCode(key.charCodeAt(n))) : SPEAKER_HEAD().test(key);
}
/** A role in apposition after a name opens with a speaker head or a position ("Tổ trưởng TDP …"). */
export const ROLE_HEAD = lexiconPatternOnUse(`^(?:${alternation(POSITION_MODIFIERS)}\\s+)?${lexiconTrie([...SPEAKER_HEADS, ...POSITIONS])}(?!${W})`);
export const HONORIFIC_PREFIX = lexiconPatternOnUse(`^${alternation(SPEAKER_HONORIFICS)}\\.?\\s+`);
const HONORIFIC_PREFIXES = new KeyPrefixes(SPEAKER_HONORIFICS);
/** Where the run of word characters (letters, marks, digits) from `at` ends. */
function wordEnd(text: string, at: number): number {
  while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
  return at;
}
/** The length of HONORIFIC_PREFIX's match in `key` (0 for none), by looking the key's opening up. */
export function honorificLength(key: string): number {
  const lengths = HONORIFIC_PREFIXES.lengthsAt(key);
  if (!lengths) return HONORIFIC_PREFIX().exec(key)?.[0].length ?? 0;
  // The longest honorific that a full stop (maybe) and white space follow.
  for (const n of lengths) {
    let end = key.charCodeAt(n) === 0x2e ? n + 1 : n;
    if (!isSpace(key.charCodeAt(end))) continue;
    while (isSpace(key.charCodeAt(end))) end++;
    return end;
  }
  return 0;
}
/** A short name: a capital, then small letters and marks (`^[${UPPER}][${LOWER}${MARK}]+$`, by the character table). */
export function isShortName(text: string): boolean {
  if (text.length < 2 || !isUpperCode(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i++) if ((classAt(text, i) & (IS_LOWER | IS_MARK)) === 0) return false;
  return true;
}
export const VERB_COMPLEMENT = lexiconPattern(`^\\s+${lexiconTrie(SPEECH_VERB_COMPLEMENTS)}(?!${W})`);
/** An announcement, a purpose or an occasion ends right before the verb: nobody is speaking. */
export const NOT_SAID_AT_END = new WordAtEnd([...FUTURE_MARKERS, ...PURPOSE_MARKERS, ...NOT_SPEECH_BEFORE]);
/** A named person, then at most three words, closing the sentence: "…”, PGS Lê Văn A lo ngại." */
export const NAME_AND_VERB_AT_END = onFirstUse(() => new RegExp(String.raw`^\s*((?:[${LOWER}]+ ?){1,3})\s*[.!]?\s*$`, 'u'));
/** The last words of the naming words: NAMING_AT_END's cheap first test (see mayEndWithWord). */
export const NAMING_LAST_WORDS = new LastWords(NAMING_WORDS);
/** A name, theme or slogan announced before a quotation ("gửi tới bạn đọc 4 thông điệp:", "với chủ đề"). */
export const NAMING_AT_END = lexiconPattern(`(?<!${W})${lexiconTrie(NAMING_WORDS)}\\s*:?\\s*$`);
/** "kêu gọi đoàn viên “…”": a verb, its addressee in at most four words, then the quotation. */
export const VERB_AND_ADDRESSEE_AT_END = new RegExp(`(?<!${W})${alternation(SPEECH_VERBS_WITH_ADDRESSEE)}((?:\\s+[${LOWER}${MARK}]+){1,4})\\s*$`, 'u');
export const CAMPAIGN = lexiconPattern(`(?<!${W})${lexiconTrie(CAMPAIGN_NOUNS)}(?!${W})`);
export const FUNCTION_WORD_END = lexiconPattern(`(?:^|\\s)${lexiconTrie(SPEAKER_END_BLOCKERS)}$`);
/** A match of FUNCTION_WORD_END starts at most this far from the end (its space and its longest entry). */
export const FUNCTION_WORD_REACH = Math.max(...SPEAKER_END_BLOCKERS.map((w) => lexiconKey(w).length)) + 1;
export const MAX_SPEAKER_WORDS = 12;
export const MAX_APPOSITION_WORDS = 30;
export const MAX_PREDICATE_WORDS = 40;
/** How far before a name its title may start ("…”, Phó Giáo sư Lê Văn A nói."). */
export const MAX_TITLE_CHARS = 80;
/** How much text before a verb or a quotation can hold its speaker. */
export const MAX_SPEAKER_CONTEXT = 400;
/** A speech verb, "rằng" and a colon fit in this many characters before a quotation. */
export const VERB_TAIL_CHARS = 40;

/** Whether the code unit `c` occurs in text[from, to). */
export function hasCharIn(text: string, c: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** An opening quotation mark: “, " or «. */
export const isOpeningMark = (c: number) => c === 0x201c || c === 0x22 || c === 0xab;

/** The first opening quotation mark in text[from, to), or `to`. */
export function firstOpeningMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isOpeningMark(text.charCodeAt(i))) return i;
  return to;
}

/** The first quotation mark, opening or closing, in text[from, to), or `to`. */
export function firstQuotationMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpeningMark(c) || c === 0x201d || c === 0xbb) return i;
  }
  return to;
}

/** The length of what the sticky `pattern` matches in `text` at `at` (0 for no match). */
export function matchedLength(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0].length ?? 0;
}
