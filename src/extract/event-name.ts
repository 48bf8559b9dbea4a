/**
 * event.name / type / theme. The name is an event noun phrase ("Lễ trao giải …", "Hội nghị
 * tổng kết …") found in the headline and the first paragraphs; candidates are scored:
 *   + introduced by an event verb or preposition ("tổ chức", "khai mạc", "tại", "trong khuôn khổ")
 *     or standing as the subject at the start of its sentence
 *   + in the sentence of the event day, in the lead, in the headline
 *   − a generic head alone ("buổi lễ", "sự kiện")
 * The phrase runs to the first word that ends a name ("với chủ đề", "do", "tại", "diễn ra",
 * a date, a comma not followed by another event word); quoted titles stay whole.
 * When no noun phrase is found, the headline's event verb and its object ("khánh thành
 * Trạm Y tế …") name the event.
 */
import type { VnDocument, Sentence } from '../core/document.js';
import type { DateMention } from '../model/article.js';
import { alternation, wordRegex } from '../lexicon/compile.js';
import {
  EVENT_HEADS, EVENT_INTRODUCERS, EVENT_TYPES, GENERIC_EVENT_HEADS, NAME_COMMA_CONTINUERS, NAME_ENDERS, THEME_MARKERS,
} from '../lexicon/vi/events.js';
import { VENUE_HEADS } from '../lexicon/vi/places.js';
import { matchKey, squash } from '../core/text.js';
import { DIGIT, LETTER, LOWER, STARTS_UPPER, UPPER } from '../core/chars.js';

const NAME_OPENS = new RegExp(String.raw`^\s*[“"«${UPPER}]`, 'u');

const LOWER_NEXT = new RegExp(String.raw`^\s*[${LOWER}]`, 'u');

const WORD_AT_START = new RegExp(String.raw`^\s*[${LETTER}]+`, 'u');

const WORD_AT_END = new RegExp(`[${LETTER}]+$`, 'u');

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

const HEAD = wordRegex(EVENT_HEADS, 'giu');
const TYPE = wordRegex(EVENT_TYPES, 'iu');
const TYPE_GLOBAL = wordRegex(EVENT_TYPES, 'giu');
const GENERIC = new Set(GENERIC_EVENT_HEADS.map((h) => matchKey(h).toLocaleLowerCase('vi')));
const INTRODUCED = new RegExp(`(?<![${LETTER}${DIGIT}])(?:${alternation(EVENT_INTRODUCERS)}|${alternation(EVENT_TYPES)})[\\s,:]*$`, 'iu');
const ENDER = wordRegex(NAME_ENDERS, 'giu');
const COMMA_CONTINUES = new RegExp(`^,\\s*${alternation(NAME_COMMA_CONTINUERS)}(?![${LETTER}${DIGIT}])`, 'iu');
const SENTENCE_OPENING = /^[\s"“]*(?:\([^()\n]{1,40}\)\s*[-–—:]?\s*)?$/u;
const AFTER_VENUE = new RegExp(`(?<![${LETTER}${DIGIT}])${alternation(VENUE_HEADS)}\\s+$`, 'iu');
const MAX_NAME = 160;
const OPENING_MAX = 60;
/** An article names its event early in a sentence: later heads are not read (bounded work). */
const HEADS_PER_SENTENCE = 12;
/** Candidates come from the headline and this many first paragraphs. */
const PARAGRAPHS_SEARCHED = 3;

/** Offsets where a name must end: dates and the edges of quotations are known spans. */
interface Spans {
  /** Quotations with their marks, in text order, and their starts. */
  quotes: { start: number; end: number }[];
  quoteStarts: number[];
  /** The headline's key, lower-cased: a comma it repeats belongs to the name. */
  headline: string;
  /** Starts of the date mentions, sorted. */
  dates: number[];
}

/** Index of the first of the sorted `offsets` that is greater than `x` (length when none). */
export function firstAfter(offsets: readonly number[], x: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideQuote(spans: Spans, offset: number): boolean {
  const i = firstAfter(spans.quoteStarts, offset) - 1;
  return i >= 0 && offset < spans.quotes[i].end;
}

/** End offset of a name that starts with a head at `from`, within `limit`. */
function nameEnd(doc: VnDocument, spans: Spans, headEnd: number, limit: number): number {
  let end = Math.min(limit, headEnd + MAX_NAME);
  const rest = doc.key.slice(headEnd, end);
  ENDER.lastIndex = 0;
  for (const m of rest.matchAll(ENDER)) {
    // A capitalised ender is a word of a proper name ("Lễ đón Bằng công nhận …").
    if (m.index === 0 || insideQuote(spans, headEnd + m.index) || STARTS_UPPER.test(doc.text[headEnd + m.index])) continue;
    end = Math.min(end, headEnd + m.index);
    break;
  }
  for (let i = 0; headEnd + i < end; i++) {
    const at = headEnd + i;
    const c = doc.key[at];
    if (insideQuote(spans, at)) continue;
    const next = doc.key[at + 1] ?? ' ';
    if ('(;!?[…'.includes(c) || (c === '.' && /\s/.test(next)) || (c === ':' && /\s/.test(next))) return at;
    if (c === ',' && !COMMA_CONTINUES.test(doc.key.slice(at, at + 30)) && !shortTail(doc, spans, at + 1, end) && !inHeadline(doc, spans, at)) return at;
  }
  const date = spans.dates[firstAfter(spans.dates, headEnd)];
  return date !== undefined && date < end ? date : end;
}

/** The words either side of the comma at `at` stand so in the headline ("kiểm tra, đánh giá"). */
function inHeadline(doc: VnDocument, spans: Spans, at: number): boolean {
  if (!spans.headline) return false;
  const before = WORD_AT_END.exec(doc.key.slice(Math.max(0, at - 20), at))?.[0];
  const after = WORD_AT_START.exec(doc.key.slice(at + 1, at + 21))?.[0].trim();
  if (!before || !after) return false;
  const lower = (w: string) => w.toLocaleLowerCase('vi');
  const phrase = new RegExp(`(?<![${LETTER}${DIGIT}])${lower(before)},\\s*${lower(after)}(?![${LETTER}${DIGIT}])`, 'u');
  return phrase.test(spans.headline);
}

/**
 * After a comma, a short lower-case tail that runs to the end of the name belongs to it
 * ("… công trình chỉnh trang, làm mới Công viên X."; "Giải Bóng chuyền viên chức, lao động
 * năm 2025 dành cho …"), while a clause ("…, thu hút 825 VĐV") or a list goes on elsewhere.
 */
const TAIL_WORDS = 8;
function shortTail(doc: VnDocument, spans: Spans, from: number, end: number): boolean {
  const tail = doc.key.slice(from, end);
  if (!LOWER_NEXT.test(tail)) return false;
  let stop = tail.length;
  const punct = tail.search(/[,;(!?…]|[.:](?=\s|$)/u);
  if (punct >= 0 && !insideQuote(spans, from + punct)) stop = punct;
  ENDER.lastIndex = 0;
  const ender = [...tail.matchAll(ENDER)].find((m) => m.index > 0 && m.index < stop);
  if (ender) stop = ender.index!;
  if (punct >= 0 && punct === stop && tail[punct] === ',') return false;
  const words = tail.slice(0, stop).trim().split(/\s+/u).filter(Boolean).length;
  return words >= 1 && words <= TAIL_WORDS;
}

function clean(text: string): string {
  return squash(text).replace(/[\s,;:–—-]+$/u, '').replace(/\s+(?:năm nay|và|của|cùng|với)$/iu, '');
}

interface Candidate extends EventName {
  score: number;
}

function candidatesIn(doc: VnDocument, spans: Spans, sentence: Sentence, bonus: number, out: Candidate[]): void {
  const text = doc.key.slice(sentence.start, sentence.end);
  HEAD.lastIndex = 0;
  let coveredTo = -1;
  let seen = 0;
  for (const m of text.matchAll(HEAD)) {
    if (++seen > HEADS_PER_SENTENCE) break;
    const start = sentence.start + m.index;
    // "Trung tâm Hội nghị tỉnh", "Phòng Hội thảo": a venue, not an event.
    if (start < coveredTo || insideQuote(spans, start) || AFTER_VENUE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const introduced = INTRODUCED.test(before);
    const subject = m.index <= OPENING_MAX && SENTENCE_OPENING.test(text.slice(0, m.index));
    // A lower-case head neither introduced nor the subject is a common word ("giải đáp").
    if (!introduced && !subject && !STARTS_UPPER.test(m[0])) continue;
    const headEnd = start + m[0].length;
    const end = nameEnd(doc, spans, headEnd, sentence.end);
    coveredTo = end;
    const name = clean(doc.text.slice(start, end));
    const generic = GENERIC.has(matchKey(m[0]).toLocaleLowerCase('vi'));
    let score = bonus + (introduced ? 3 : 0) + (subject ? 2 : 0);
    const words = name.split(' ').length;
    // "chương trình “Xuân yêu thương”" is named; "chương trình" alone or with common words is not.
    const named = NAME_OPENS.test(name.slice(m[0].length));
    if (generic && !named) score -= words <= 2 ? 7 : 3;
    if (words < 2) score -= 2;
    out.push({ name, head: m[0], type: null, start, end, sentence, score, rule: introduced ? 'event.name-introduced' : subject ? 'event.name-subject' : 'event.name-head' });
  }
}

/** The headline's event verb and its object: "… khánh thành Trạm Y tế xã Ngũ Lão". */
function headlineVerbName(doc: VnDocument, spans: Spans): Candidate | null {
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  if (!headline) return null;
  const m = TYPE.exec(doc.key.slice(headline.start, headline.end));
  if (!m) return null;
  const start = headline.start + m.index;
  const end = nameEnd(doc, spans, start + m[0].length, headline.end);
  return { name: clean(doc.text.slice(start, end)), head: m[0], type: null, start, end, sentence: doc.sentenceAt(start), score: 0, rule: 'event.name-headline-verb' };
}

/** The event type: the event word of the name, else the event verb just before it, else its head. */
function typeOf(doc: VnDocument, found: EventName): string {
  const sentenceStart = found.sentence?.start ?? found.start;
  const before = doc.key.slice(Math.max(sentenceStart, found.start - 30), found.start);
  const verb = [...before.matchAll(TYPE_GLOBAL)].pop();
  const inName = TYPE.exec(doc.key.slice(found.start, found.end));
  const word = verb && verb.index + verb[0].length >= before.trimEnd().length - 1 ? verb[0] : inName?.[0] ?? found.head;
  return word.toLocaleLowerCase('vi');
}

export function findEventName(doc: VnDocument, eventDay: DateMention | null, dates: readonly DateMention[]): EventName | null {
  const quotes = doc.quotes.map((q) => ({ start: q.start - 1, end: q.end + 1 })).sort((a, b) => a.start - b.start);
  const headlineBlock = doc.blocks.find((b) => b.kind === 'headline');
  const spans: Spans = {
    quotes,
    quoteStarts: quotes.map((q) => q.start),
    headline: headlineBlock ? doc.key.slice(headlineBlock.start, headlineBlock.end).toLocaleLowerCase('vi') : '',
    dates: dates.map((d) => d.evidence[0].start).sort((a, b) => a - b),
  };
  const candidates: Candidate[] = [];
  const daySentence = eventDay ? doc.sentenceAt(eventDay.evidence[0].start) : undefined;
  const searched = new Set<number>();
  const paragraphs = doc.paragraphs.slice(0, PARAGRAPHS_SEARCHED).map((p) => p.index);
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const blocks = [...(headline ? [headline.index] : []), ...paragraphs];
  blocks.forEach((blockIndex, rank) => {
    for (const sentence of doc.sentencesOf(blockIndex)) {
      searched.add(sentence.start);
      const bonus = (sentence === daySentence ? 4 : 0) + (rank === 0 && headline ? 1 : Math.max(0, 3 - rank));
      candidatesIn(doc, spans, sentence, bonus, candidates);
    }
  });
  if (daySentence && !searched.has(daySentence.start)) candidatesIn(doc, spans, daySentence, 4, candidates);
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  // "Hội nghị diễn ra …" refers back to a fuller name with the same head ("Hội nghị xúc tiến đầu tư").
  if (best && best.name.split(' ').length <= 2) {
    const head = matchKey(best.head).toLocaleLowerCase('vi');
    const fuller = candidates
      .filter((c) => matchKey(c.head).toLocaleLowerCase('vi') === head && c.name.split(' ').length > 2)
      .sort((a, b) => b.score - a.score)[0];
    if (fuller) best = fuller;
  }
  if (!best || best.score < 3) best = headlineVerbName(doc, spans) ?? best;
  if (!best || !best.name) return null;
  return { ...best, type: typeOf(doc, best) };
}

const THEME = new RegExp(`(?<![${LETTER}${DIGIT}])${alternation(THEME_MARKERS)}\\s*:?\\s*`, 'giu');

/** "với chủ đề “…”" or "chủ đề: …": the quoted title, else the words up to a stop. */
export function findTheme(doc: VnDocument, near: Sentence | undefined): { text: string; start: number; end: number } | null {
  const blocks = doc.paragraphs.slice(0, PARAGRAPHS_SEARCHED);
  const ranges = [...(near ? [near] : []), ...blocks];
  for (const r of ranges) {
    const text = doc.key.slice(r.start, r.end);
    THEME.lastIndex = 0;
    const m = THEME.exec(text);
    if (!m) continue;
    const at = r.start + m.index + m[0].length;
    const quote = doc.quotes.find((q) => q.start - 1 === at || q.start - 1 === at + 1);
    if (quote) return { text: quote.text, start: quote.start, end: quote.end };
    const rest = doc.text.slice(at, r.end);
    const stop = rest.search(/[.;,(“"]|\s(?:do|tại|vào|nhằm|diễn ra|năm \d{4})\s/u);
    const theme = clean(stop >= 0 ? rest.slice(0, stop) : rest);
    if (theme.split(' ').length >= 2) return { text: theme, start: at, end: at + theme.length };
  }
  return null;
}
