/**
 * quotes: attributed statements, one entry per quoted span said by somebody (direct) and
 * at most one per paragraph of reported speech. Rules, most reliable first:
 *   1. direct, speaker before: `X nói: “…”`, `X khẳng định “…”`;
 *   2. direct, speaker after: `“…”, ông X nói.`, `“…” – Phó Chủ tịch nhấn mạnh.`;
 *   3. direct, introduced by the previous line: `GS.TS X (Viện Y):` then `“…”`;
 *   4. reported, in a paragraph without direct quotes: `X cho biết, …` (text after the
 *      verb to the end of the sentence) and `Theo X, …`.
 * Speakers resolve to the full name (see speakers.ts); with no name, the title or
 * organisation as written. Quoted spans not taken here are left for messages.
 */
import type { Block, QuotedSpan, VnDocument } from '../core/document.js';
import { matchKey, squash } from '../core/text.js';
import type { Evidence, Quote } from '../model/article.js';
import { alternation, keySet } from '../lexicon/compile.js';
import {
  ACCORDING_TO_NON_SPEAKERS, FUTURE_MARKERS, SPEECH_ADVERBS, SPEECH_COMPLEMENTISERS, SPEECH_FALSE_FRIENDS,
  SPEECH_VERBS, SPEECH_VERBS_NEEDING_MARK, SPEECH_VERBS_NEEDING_QUOTE,
} from '../lexicon/vi/speech.js';
import { SPEAKER_HEADS, SPEAKER_HONORIFICS } from '../lexicon/vi/speaker-cues.js';
import type { ExtractContext } from './context.js';
import { norm, SpeakerIndex } from './speakers.js';

const W = '[\\p{L}\\p{M}\\p{N}]';
const VERB = new RegExp(`(?<!${W})${alternation(SPEECH_VERBS)}(?!${W})`, 'giu');
const VERB_AT_END = new RegExp(`(?<!${W})(${alternation(SPEECH_VERBS)})(?:\\s+${alternation(SPEECH_COMPLEMENTISERS)})?\\s*[:,]?\\s*$`, 'iu');
const NEEDS_QUOTE = keySet(SPEECH_VERBS_NEEDING_QUOTE);
const FALSE_FRIEND = new RegExp(`^${alternation(SPEECH_FALSE_FRIENDS)}(?!${W})`, 'iu');
const ADVERB_AT_END = new RegExp(`(?:^|\\s)${alternation(SPEECH_ADVERBS)}\\s*$`, 'iu');
const COMPLEMENT = new RegExp(`^[\\s,:]*(?:${alternation(SPEECH_COMPLEMENTISERS)}(?!${W}))?[\\s,:]*`, 'iu');
const ACCORDING_TO = /(?:^|[,;]\s+)(?:(?:còn|cũng|và|nhưng)\s+)?theo\s+([^,;.:]{2,120}),\s*/dgiu;
const NON_SPEAKER = new RegExp(`^${alternation(ACCORDING_TO_NON_SPEAKERS)}(?!${W})`, 'iu');
const OPINION_OF = /^(?:nhận xét|đánh giá|ý kiến|quan điểm|nhận định)\s+(?:của\s+)?/iu;
const SPEAKER_HEAD = new RegExp(`^${alternation(SPEAKER_HEADS)}(?!${W})`, 'iu');
const HONORIFIC_PREFIX = new RegExp(`^${alternation(SPEAKER_HONORIFICS)}\\s+`, 'iu');
const SHORT_NAME = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const NEEDS_MARK = keySet(SPEECH_VERBS_NEEDING_MARK);
const FUTURE_AT_END = new RegExp(`(?:^|\\s)${alternation(FUTURE_MARKERS)}$`, 'iu');
/** A named person, then at most three words, closing the sentence: "…”, PGS Lê Văn A lo ngại." */
const NAME_AND_VERB_AT_END = /^\s*((?:\p{Ll}+ ?){1,3})\s*[.!]?\s*$/u;
const FUNCTION_WORD_END = /(?:^|\s)(?:các|những|của|và|về|với|cho|để|là|được|bị|tại|trong|này|đó|khi|nếu)$/iu;
const MAX_SPEAKER_WORDS = 12;
const MAX_APPOSITION_WORDS = 30;
const MAX_PREDICATE_WORDS = 40;
/** How far before a name its title may start ("…”, Phó Giáo sư Lê Văn A nói."). */
const MAX_TITLE_CHARS = 80;

// The text before a verb can be a whole (very long) sentence: these look only at its end,
// so finding the speaker costs the same however long the sentence is.
const ADVERB_REACH = Math.max(...SPEECH_ADVERBS.map((a) => a.length)) + 1;

/** Where ADVERB_AT_END matches `text`, or -1; only the last adverb's reach is searched. */
function adverbAtEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  // A match starting before `from` would be longer than any adverb; one found at `from`
  // through "^" would be too, so every match in the tail is a match in the whole text.
  const from = Math.max(0, end - ADVERB_REACH);
  const m = ADVERB_AT_END.exec(text.slice(from));
  return m ? from + m.index : -1;
}

/** `text` without trailing whitespace and commas (as /[\s,]+$/, without its quadratic scan). */
function trimSpacesAndCommas(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ',' || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}

/**
 * Where each wider clause ending `text` starts: the offsets of ',', ';' and ':' from the end
 * back, then -1 for the whole text (unless it opens with one). Stops once the clause has
 * more than `maxWords` words, which no speaker clause has: one pass however long the text.
 */
function* clauseStarts(text: string, maxWords: number): Generator<number> {
  let words = 0;
  let inWord = false;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === ':') {
      if (words > maxWords) return;
      yield i;
      if (i === 0) return;
    }
    if (/\s/.test(ch)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  if (text && words <= maxWords) yield -1;
}

const wordCount = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);

interface Attribution {
  speaker: string;
  evidence: Evidence;
}

class QuoteFinder {
  readonly speakers: SpeakerIndex;
  lastSpeaker: string | null = null;

  constructor(private readonly doc: VnDocument, people: ExtractContext['article']['people']) {
    this.speakers = new SpeakerIndex(doc, people);
  }

  /**
   * The speaker named by `text` (= doc.text[from, from + text.length)) just before a verb.
   * `loose`: the verb introduces a quotation with a colon, so the subject of the sentence
   * speaks even when a predicate stands between it and the verb ("X chúc mừng … và nhấn mạnh:").
   */
  speakerBefore(from: number, text: string, rule: string, loose = false): Attribution | null {
    let pre = text;
    for (let at = adverbAtEnd(pre); at >= 0 && pre; at = adverbAtEnd(pre)) pre = pre.slice(0, at);
    pre = trimSpacesAndCommas(pre);
    if (!pre || FUTURE_AT_END.test(pre)) return null;
    const end = from + pre.length;
    const ev = (s: number) => this.doc.evidence(s, end, rule);
    // A named person, possibly followed by a role in apposition ("ông A – Giám đốc B").
    const mentions = this.speakers.within(from, end);
    const mention = mentions[mentions.length - 1];
    if (mention) {
      const gap = this.doc.text.slice(mention.end, end).trim();
      const apposition = /^[-–—,(_]/.test(gap) && !gap.includes(';');
      if (!gap || (apposition && wordCount(gap) <= MAX_APPOSITION_WORDS) || (loose && wordCount(gap) <= MAX_PREDICATE_WORDS)) {
        return { speaker: mention.name, evidence: ev(mention.start) };
      }
    }
    // Otherwise the clause right before the verb (widened over commas while it reads as
    // the tail of a list, "đại diện lãnh đạo các sở, ngành"): a pronoun, short name or title.
    for (const at of clauseStarts(pre, MAX_SPEAKER_WORDS)) {
      const clause = pre.slice(at + 1).trim();
      if (this.speakers.within(end - clause.length, end).length) return null;
      const found = this.clauseSpeaker(clause, from);
      if (found !== undefined) return found ? { speaker: found, evidence: ev(end - clause.length) } : null;
    }
    return null;
  }

  /** A speaker clause without a full name: null when it is none, undefined to try a longer clause. */
  private clauseSpeaker(clause: string, at: number): string | null | undefined {
    if (!clause || wordCount(clause) > MAX_SPEAKER_WORDS || FUNCTION_WORD_END.test(clause)) return null;
    if (this.speakers.isPronoun(clause)) return this.speakers.lastInBlock(at) ?? this.lastSpeaker ?? this.speakers.lastBefore(at);
    const bare = clause.replace(HONORIFIC_PREFIX, '');
    if (SHORT_NAME.test(bare)) return this.speakers.byShortName(bare, at);
    if (!SPEAKER_HEAD.test(clause)) return /^\p{Ll}/u.test(clause) ? undefined : null;
    if (new RegExp(VERB.source, 'iu').test(matchKey(clause))) return null;
    return this.speakers.byTitle(clause, at) ?? clause;
  }

  /** Speaker of a direct quote: before it, after it, or on the line that introduces it. */
  attributeDirect(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const opener = span.start - 1;
    const sentence = doc.sentenceAt(opener) ?? { start: block.start };
    const preText = doc.text.slice(sentence.start, opener);
    const verb = VERB_AT_END.exec(doc.key.slice(sentence.start, opener));
    if (verb) {
      const who = this.speakerBefore(sentence.start, preText.slice(0, verb.index), 'quotes.direct-speaker-before', true);
      if (who) return who;
    }
    if (/:\s*$/.test(preText)) {
      const who = this.speakerBefore(sentence.start, preText.replace(/:\s*$/, ''), 'quotes.direct-speaker-colon');
      if (who) return who;
    }
    const after = this.speakerAfter(span, block);
    if (after) return after;
    if (!preText.trim()) return this.introducedBy(block);
    return null;
  }

  /** `“…”, ông X nói.`: a speaker and a speech verb closing the sentence after the quote. */
  private speakerAfter(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const from = span.end + 1;
    const blockEnd = doc.blockAt(span.end)?.end ?? block.end;
    const rest = doc.key.slice(from, Math.min(blockEnd, from + 300));
    const lead = /^[\s.,”"»]*[-–—,]?\s*/u.exec(rest)?.[0].length ?? 0;
    const verbs = new RegExp(VERB.source, VERB.flags);
    verbs.lastIndex = lead;
    for (let m = verbs.exec(rest); m; m = verbs.exec(rest)) {
      const tail = rest.slice(m.index + m[0].length);
      if (!/^\s*(?:thêm)?\s*(?:[.!…]|$)/u.test(tail)) continue;
      if (/[“"«]/.test(rest.slice(lead, m.index))) return null;
      return this.speakerBefore(from + lead, doc.text.slice(from + lead, from + m.index), 'quotes.direct-speaker-after');
    }
    // Any short predicate after a named person: "…”, PGS Lê Văn A lo ngại."
    const mention = this.speakers.within(from + lead, from + rest.length)[0];
    if (mention && mention.start - from - lead <= MAX_TITLE_CHARS && !/[“"«]/.test(rest.slice(lead, mention.start - from))) {
      const tail = doc.text.slice(mention.end, blockEnd);
      const sentenceEnd = /[.!?](?:\s|$)|$/.exec(tail)!.index;
      if (NAME_AND_VERB_AT_END.test(tail.slice(0, sentenceEnd + 1))) {
        return { speaker: mention.name, evidence: doc.evidence(mention.start, mention.end, 'quotes.direct-speaker-after') };
      }
    }
    return null;
  }

  /** A quote opening its block, introduced by a preceding line ending in a colon. */
  private introducedBy(block: Block): Attribution | null {
    const blocks = this.doc.blocks;
    for (let i = block.index - 1; i >= Math.max(0, block.index - 2); i--) {
      const prev = blocks[i];
      if (prev.kind !== 'paragraph') continue;
      const text = prev.text.trimEnd();
      if (!text.endsWith(':')) continue;
      const verb = VERB_AT_END.exec(this.doc.key.slice(prev.start, prev.start + text.length));
      const head = verb ? text.slice(0, verb.index) : text.slice(0, -1);
      const mention = this.speakers.within(prev.start, prev.start + head.length)[0];
      if (mention) return { speaker: mention.name, evidence: this.doc.evidence(mention.start, mention.end, 'quotes.direct-introduced') };
      return this.speakerBefore(prev.start, head, 'quotes.direct-introduced');
    }
    return null;
  }

  /** Reported speech in a block: the first `X <verb> …` or `Theo X, …`. */
  reported(block: Block): { speaker: string; text: string; evidence: Evidence[] } | null {
    const doc = this.doc;
    for (const sentence of doc.sentencesOf(block.index)) {
      const key = doc.key.slice(sentence.start, sentence.end);
      const hits: { at: number; run: () => ReturnType<QuoteFinder['reported']> }[] = [];
      for (const m of key.matchAll(VERB)) hits.push({ at: m.index, run: () => this.byVerb(sentence, m.index, m[0]) });
      for (const m of key.matchAll(ACCORDING_TO)) hits.push({ at: m.index, run: () => this.byAccordingTo(sentence, m) });
      hits.sort((a, b) => a.at - b.at);
      for (const hit of hits) {
        const found = hit.run();
        if (found) return found;
      }
    }
    return null;
  }

  private byVerb(sentence: { start: number; end: number; text: string }, at: number, verb: string) {
    const doc = this.doc;
    const verbAt = sentence.start + at;
    if (NEEDS_QUOTE.has(norm(verb)) || FALSE_FRIEND.test(doc.key.slice(verbAt, sentence.end))) return null;
    if (NEEDS_MARK.has(norm(verb)) && !/^\s*[,:]/.test(sentence.text.slice(at + verb.length))) return null;
    // Inside a quotation the words are the quoted speaker's, not an attribution.
    if (doc.quotes.some((q) => q.start <= verbAt && verbAt < q.end)) return null;
    const who = this.speakerBefore(sentence.start, sentence.text.slice(0, at), 'quotes.reported-verb');
    if (!who) return null;
    const after = sentence.text.slice(at + verb.length);
    const skip = COMPLEMENT.exec(after)?.[0].length ?? 0;
    const text = after.slice(skip).trim();
    if (wordCount(text) < 3 || /^[“"«]/.test(text)) return null;
    const start = sentence.start + at + verb.length + skip;
    return { speaker: who.speaker, text, evidence: [doc.evidence(start, sentence.end, 'quotes.reported-verb'), who.evidence] };
  }

  private byAccordingTo(sentence: { start: number; end: number; text: string }, m: RegExpExecArray) {
    const doc = this.doc;
    const [phraseFrom, phraseTo] = m.indices![1];
    const phrase = sentence.text.slice(phraseFrom, phraseTo);
    if (NON_SPEAKER.test(norm(phrase))) return null;
    const speakerText = phrase.replace(OPINION_OF, '');
    const speakerFrom = sentence.start + phraseTo - speakerText.length;
    const who = this.speakerBefore(speakerFrom, speakerText, 'quotes.reported-according-to')
      ?? (/^\p{Lu}/u.test(speakerText) || SPEAKER_HEAD.test(speakerText)
        ? { speaker: speakerText, evidence: doc.evidence(speakerFrom, speakerFrom + speakerText.length, 'quotes.reported-according-to') }
        : null);
    if (!who) return null;
    const text = sentence.text.slice(m.index + m[0].length).trim();
    if (!speakerText.trim() || wordCount(speakerText) > MAX_SPEAKER_WORDS || wordCount(text) < 3) return null;
    const start = sentence.start + m.index + m[0].length;
    return { speaker: who.speaker, text, evidence: [doc.evidence(start, sentence.end, 'quotes.reported-according-to'), who.evidence] };
  }
}

/** Quoted spans not inside another span. */
function outermost(spans: readonly QuotedSpan[]): QuotedSpan[] {
  // One sweep by start (then longest first) instead of comparing every pair: a span is
  // inside another when an earlier start reaches its end, or the same start goes further.
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const inner = new Set<QuotedSpan>();
  let reachBefore = -Infinity; // furthest end among spans starting before the current start
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j].start === order[i].start) j++;
    const longest = order[i].end;
    for (let k = i; k < j; k++) {
      if (order[k].end < longest || order[k].end <= reachBefore) inner.add(order[k]);
    }
    reachBefore = Math.max(reachBefore, longest);
    i = j;
  }
  return spans.filter((s) => !inner.has(s));
}

/** The quoted words, without the caption lines a long quotation runs past. */
function quoteText(doc: VnDocument, span: QuotedSpan): string {
  const parts = doc.blocks
    .filter((b) => b.end > span.start && b.start < span.end && b.kind !== 'caption' && b.kind !== 'credit')
    .map((b) => doc.text.slice(Math.max(b.start, span.start), Math.min(b.end, span.end)));
  return squash(parts.join(' '));
}

export function extractQuotes(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const finder = new QuoteFinder(doc, article.people);
  const spans = outermost(doc.quotes).filter((s) => wordCount(s.text) >= 2);
  const roleOf = (name: string) => article.people.find((p) => p.name === name)?.role ?? null;
  const push = (q: Omit<Quote, 'role'>) => article.quotes.push({ ...q, role: roleOf(q.speaker ?? '') });
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'caption') continue;
    let direct = false;
    for (const span of spans.filter((s) => s.block === block.index)) {
      const who = finder.attributeDirect(span, block);
      if (!who) continue;
      direct = true;
      finder.lastSpeaker = who.speaker;
      push({ speaker: who.speaker, text: quoteText(doc, span), direct: true, evidence: [doc.evidence(span.start, span.end, 'quotes.direct'), who.evidence] });
    }
    if (direct) continue;
    const reported = finder.reported(block);
    if (!reported) continue;
    finder.lastSpeaker = reported.speaker;
    push({ speaker: reported.speaker, text: reported.text, direct: false, evidence: reported.evidence });
  }
}
