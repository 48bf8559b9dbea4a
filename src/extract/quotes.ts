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
import { lastAtOrBefore, type Block, type QuotedSpan, type VnDocument } from '../core/document.js';
import { countWords, isSpace, squash } from '../core/text.js';
import type { Article, Evidence, Person, Quote } from '../model/article.js';
import { alternation, firstCharGuard, keySet, lexiconPattern, lexiconTrie } from '../lexicon/compile.js';
import {
  ACCORDING_TO_CONNECTIVES, ACCORDING_TO_NON_SPEAKERS, FUTURE_MARKERS, OPINION_NOUNS, REPORT_NOUNS, SPEAKER_END_BLOCKERS, SPEECH_ADVERBS, SPEECH_CIRCUMSTANCES, SPEECH_COMPLEMENTISERS, SPEECH_FALSE_FRIENDS,
  SPEECH_VERB_COMPLEMENTS, SPEECH_VERBS, SPEECH_VERBS_NEEDING_COMPLEMENT, SPEECH_VERBS_NEEDING_MARK,
  SPEECH_VERBS_NEEDING_QUOTE, SPEECH_VERBS_PERSON_ONLY, SPEECH_VERBS_WITH_ADDRESSEE, NAMING_WORDS, CAMPAIGN_NOUNS,
} from '../lexicon/vi/speech.js';
import { SPEAKER_HEADS, SPEAKER_HONORIFICS } from '../lexicon/vi/speaker-cues.js';
import type { ExtractContext } from './context.js';
import { DocIndex, keyOf, WordAtEnd, WordFinder, type WordHits } from './doc-index.js';
import { firstAtOrAfter } from '../core/sorted.js';
import { resolvePerson } from './people.js';
import { norm, SpeakerIndex } from './speakers.js';
import { DIGIT, HAS_UPPER, LETTER, LOWER, MARK, STARTS_LOWER, STARTS_UPPER, UPPER } from '../core/chars.js';

const W = `[${LETTER}${MARK}${DIGIT}]`;
/** Speech verbs as whole words (see WordFinder: found once per document). */
const VERBS = new WordFinder(SPEECH_VERBS);
/** Closing marks, a comma or a dash after a quotation, before its attribution. */
const LEAD_AFTER_QUOTE = /^[\s.,”"»]*[-–—,]?\s*/u;
/** A speech verb closing the sentence ("…”, ông A nói thêm."). */
const CLAUSE_END = /^\s*(?:thêm)?\s*(?:[.!…]|$)/u;
/** A speech verb anywhere (VERB as a trie, for tests only). */
const HAS_VERB = lexiconPattern(`${firstCharGuard(SPEECH_VERBS)}(?<!${W})${lexiconTrie(SPEECH_VERBS)}(?!${W})`);
const VERB_AT_END = lexiconPattern(`(?<!${W})(${lexiconTrie(SPEECH_VERBS)})(?:\\s+${alternation(SPEECH_COMPLEMENTISERS)})?\\s*[:,]?\\s*$`);
const NEEDS_QUOTE = keySet(SPEECH_VERBS_NEEDING_QUOTE);
/** Sticky: tried where a speech verb was found on doc.key. */
const FALSE_FRIEND = lexiconPattern(`${lexiconTrie(SPEECH_FALSE_FRIENDS)}(?!${W})`, 'iy');
const ADVERBS_AT_END = new WordAtEnd(SPEECH_ADVERBS, '\\s*');
const CIRCUMSTANCE = lexiconPattern(`^\\s*${lexiconTrie(SPEECH_CIRCUMSTANCES)}(?!${W})`);
const COMPLEMENT = lexiconPattern(`^[\\s,:]*(?:${alternation(SPEECH_COMPLEMENTISERS)}(?!${W}))?[\\s,:]*`);
/** "Theo X, …"; X may hold abbreviated titles ("Theo PGS.TS. Lê Văn A, …"). */
const ACCORDING_TO = new RegExp(
  `(?:^|[,;]\\s+)(?:${alternation(ACCORDING_TO_CONNECTIVES)}\\s+)?theo\\s+((?:[^,;.:]|\\.(?=\\s?[${UPPER}])){2,120}),\\s*`, 'dgiu',
);
/** Cheap test first: most sentences have no "theo" for ACCORDING_TO to look at (found once per document). */
const MAY_BE_ACCORDING_TO = /theo/gi;
const NON_SPEAKER = lexiconPattern(`^${lexiconTrie(ACCORDING_TO_NON_SPEAKERS)}(?!${W})`);
const APPOSITION = /^([^,;.]{2,80}),\s*/u;
const OPINION_OF = lexiconPattern(`^(?:${alternation(OPINION_NOUNS)}\\s+(?:của\\s+)?|${alternation(REPORT_NOUNS)}\\s+của\\s+)`);
const SPEAKER_HEAD = lexiconPattern(`^${lexiconTrie(SPEAKER_HEADS)}(?!${W})`);
const HONORIFIC_PREFIX = lexiconPattern(`^${alternation(SPEAKER_HONORIFICS)}\\.?\\s+`);
const SHORT_NAME = new RegExp(String.raw`^[${UPPER}][${LOWER}${MARK}]+$`, 'u');
const NEEDS_MARK = keySet(SPEECH_VERBS_NEEDING_MARK);
const PERSON_ONLY = keySet(SPEECH_VERBS_PERSON_ONLY);
const NEEDS_COMPLEMENT = keySet(SPEECH_VERBS_NEEDING_COMPLEMENT);
const VERB_COMPLEMENT = lexiconPattern(`^\\s+${lexiconTrie(SPEECH_VERB_COMPLEMENTS)}(?!${W})`);
const FUTURE_AT_END = new WordAtEnd(FUTURE_MARKERS);
/** A named person, then at most three words, closing the sentence: "…”, PGS Lê Văn A lo ngại." */
const NAME_AND_VERB_AT_END = new RegExp(String.raw`^\s*((?:[${LOWER}]+ ?){1,3})\s*[.!]?\s*$`, 'u');
/** A name, theme or slogan announced before a colon ("gửi tới bạn đọc 4 thông điệp:"). */
const NAMING_AT_END = lexiconPattern(`(?<!${W})${lexiconTrie(NAMING_WORDS)}\\s*:\\s*$`);
/** "kêu gọi đoàn viên “…”": a verb, its addressee in at most four words, then the quotation. */
const VERB_AND_ADDRESSEE_AT_END = new RegExp(`(?<!${W})${alternation(SPEECH_VERBS_WITH_ADDRESSEE)}((?:\\s+[${LOWER}${MARK}]+){1,4})\\s*$`, 'u');
const CAMPAIGN = lexiconPattern(`(?<!${W})${lexiconTrie(CAMPAIGN_NOUNS)}(?!${W})`);
const FUNCTION_WORD_END = lexiconPattern(`(?:^|\\s)${lexiconTrie(SPEAKER_END_BLOCKERS)}$`);
const MAX_SPEAKER_WORDS = 12;
const MAX_APPOSITION_WORDS = 30;
const MAX_PREDICATE_WORDS = 40;
/** How far before a name its title may start ("…”, Phó Giáo sư Lê Văn A nói."). */
const MAX_TITLE_CHARS = 80;
/** How much text before a verb or a quotation can hold its speaker. */
const MAX_SPEAKER_CONTEXT = 400;
/** A speech verb, "rằng" and a colon fit in this many characters before a quotation. */
const VERB_TAIL_CHARS = 40;

/** The first opening quotation mark (“, " or «) in text[from, to), or `to`. */
function firstOpeningMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x22 || c === 0xab) return i;
  }
  return to;
}

interface Attribution {
  speaker: string;
  evidence: Evidence;
}

class QuoteFinder {
  readonly speakers: SpeakerIndex;
  lastSpeaker: string | null = null;
  /** Speech verbs of the document. */
  private readonly verbs: WordHits;
  /** Where "theo" occurs in doc.key (any case), ascending. */
  private readonly theo: number[] = [];

  constructor(private readonly doc: VnDocument, private readonly index: DocIndex, private readonly article: Article) {
    this.speakers = new SpeakerIndex(doc, article.people);
    this.verbs = VERBS.hits(doc);
    MAY_BE_ACCORDING_TO.lastIndex = 0;
    for (let m = MAY_BE_ACCORDING_TO.exec(doc.key); m; m = MAY_BE_ACCORDING_TO.exec(doc.key)) this.theo.push(m.index);
  }

  /** Whether "theo" occurs in doc.key[start, end). */
  private hasTheo(start: number, end: number): boolean {
    const at = this.theo[firstAtOrAfter(this.theo, start)];
    return at !== undefined && at + 4 <= end;
  }

  /** A short name or title to the person the people extractor found for it. */
  private person(phrase: string, at: number): string | null {
    return resolvePerson(this.article, this.doc, phrase, at)?.name ?? null;
  }

  /**
   * The speaker named by doc.text[start, to) just before a verb.
   * `loose`: the verb introduces a quotation with a colon, so the subject of the sentence
   * speaks even when a predicate stands between it and the verb ("X chúc mừng … và nhấn mạnh:").
   */
  speakerBefore(start: number, to: number, rule: string, loose = false): Attribution | null {
    const text = this.doc.text;
    const from = Math.max(start, to - MAX_SPEAKER_CONTEXT);
    // The match key of every prefix cut below is a prefix of this one: each cut is followed
    // by white space or a comma.
    const key = keyOf(this.doc, from, to);
    let length = to - from;
    for (let at = ADVERBS_AT_END.find(key, length); at >= 0 && length; at = ADVERBS_AT_END.find(key, length)) length = at;
    while (length > 0 && (isSpace(text.charCodeAt(from + length - 1)) || text[from + length - 1] === ',')) length--;
    if (!length || FUTURE_AT_END.find(key, length) >= 0) return null;
    const end = from + length;
    const ev = (s: number) => this.doc.evidence(s, end, rule);
    // A named person, possibly followed by a role in apposition ("ông A – Giám đốc B").
    const mention = this.speakers.lastWithin(from, end);
    if (mention) {
      const gap = text.slice(mention.end, end).trim();
      const apposition = /^[-–—,(_]/.test(gap) && !gap.includes(';');
      if (!gap || (apposition && countWords(gap) <= MAX_APPOSITION_WORDS) || (loose && countWords(gap) <= MAX_PREDICATE_WORDS)) {
        return { speaker: mention.name, evidence: ev(mention.start) };
      }
    }
    // Otherwise the clause right before the verb (widened over commas while it reads as
    // the tail of a list, "đại diện lãnh đạo các sở, ngành"): a pronoun, short name or title.
    const pre = text.slice(from, end);
    for (let cut = pre.length; cut > 0;) {
      const at = Math.max(pre.lastIndexOf(',', cut - 1), pre.lastIndexOf(';', cut - 1), pre.lastIndexOf(':', cut - 1));
      const clause = pre.slice(at + 1).trim();
      if (this.speakers.lastWithin(end - clause.length, end)) return null;
      const found = this.clauseSpeaker(clause, keyOf(this.doc, end - clause.length, end), from);
      if (found !== undefined) return found ? { speaker: found, evidence: ev(end - clause.length) } : null;
      cut = at;
    }
    return null;
  }

  /** A speaker clause (and its match key) without a full name: null when it is none, undefined to try a longer clause. */
  private clauseSpeaker(clause: string, key: string, at: number): string | null | undefined {
    if (!clause || countWords(clause) > MAX_SPEAKER_WORDS || FUNCTION_WORD_END.test(key)) return null;
    if (this.speakers.isPronoun(clause)) {
      const block = this.index.doc.blockAt(at);
      return (block && this.speakers.lastInBlock(at, block.start)) ?? this.lastSpeaker ?? this.speakers.lastBefore(at);
    }
    const bare = clause.slice(HONORIFIC_PREFIX.exec(key)?.[0].length ?? 0);
    if (SHORT_NAME.test(bare)) return this.person(clause, at) ?? this.speakers.byShortName(bare, at);
    if (!SPEAKER_HEAD.test(key)) return STARTS_LOWER.test(clause) ? undefined : null;
    if (HAS_VERB.test(key)) return null;
    // Both resolvers may answer; the holder of the title mentioned last is meant.
    const [a, b] = [this.person(clause, at), this.speakers.byTitle(clause, at)];
    if (a && b && a !== b) return this.speakers.lastMentionOf(a, at) >= this.speakers.lastMentionOf(b, at) ? a : b;
    return a ?? b ?? clause;
  }

  /** Speaker of a direct quote: before it, after it, or on the line that introduces it. */
  attributeDirect(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const opener = span.start - 1;
    const from = Math.max(this.index.doc.sentenceAt(opener)?.start ?? block.start, opener - MAX_SPEAKER_CONTEXT);
    const verbFrom = Math.max(from, opener - VERB_TAIL_CHARS);
    const tail = doc.key.slice(verbFrom, opener);
    const verb = VERB_AT_END.exec(tail);
    if (verb) {
      const who = this.speakerBefore(from, verbFrom + verb.index, 'quotes.direct-speaker-before', true);
      if (who) return who;
    }
    const addressed = VERB_AND_ADDRESSEE_AT_END.exec(tail);
    if (addressed && !CAMPAIGN.test(addressed[1])) {
      const who = this.speakerBefore(from, verbFrom + addressed.index, 'quotes.direct-speaker-addressing', true);
      if (who) return who;
    }
    let colon = opener;
    while (colon > from && isSpace(doc.text.charCodeAt(colon - 1))) colon--;
    if (colon > from && doc.text[colon - 1] === ':' && !NAMING_AT_END.test(keyOf(doc, Math.max(from, opener - VERB_TAIL_CHARS), opener))) {
      // "Bà A bày tỏ niềm vui: “…”": a speech verb shortly before the colon.
      const loose = HAS_VERB.test(keyOf(doc, Math.max(from, opener - VERB_TAIL_CHARS * 2), opener));
      const who = this.speakerBefore(from, colon - 1, 'quotes.direct-speaker-colon', loose);
      if (who) return who;
    }
    const after = this.speakerAfter(span, block);
    if (after) return after;
    if (countWords(doc.text.slice(from, opener), 0) === 0) return this.introducedBy(block);
    return null;
  }

  /** `“…”, ông X nói.`: a speaker and a speech verb closing the sentence after the quote. */
  private speakerAfter(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const from = span.end + 1;
    const blockEnd = this.index.doc.blockAt(span.end)?.end ?? block.end;
    const rest = doc.key.slice(from, Math.min(blockEnd, from + 300));
    const lead = LEAD_AFTER_QUOTE.exec(rest)?.[0].length ?? 0;
    // Set off by a comma or dash, the attribution may go on ("…”, ông A nói và cho biết thêm …").
    const setOff = /[-–—,]/.test(rest.slice(0, lead));
    // Another quotation after this one ends the search.
    const nextQuote = firstOpeningMark(rest, lead, rest.length);
    const verbs = this.verbs;
    const restEnd = from + rest.length;
    for (let at = verbs.exec(from, restEnd, from + lead), length = verbs.length; at >= 0; at = verbs.exec(from, restEnd, at + length), length = verbs.length) {
      if (nextQuote < at - from) return null;
      if (!setOff && !CLAUSE_END.test(rest.slice(at - from + length))) continue;
      const who = this.speakerBefore(from + lead, at, 'quotes.direct-speaker-after');
      if (who) return who;
    }
    // Any short predicate after a named person: "…”, PGS Lê Văn A lo ngại."
    const mention = this.speakers.firstWithin(from + lead, from + rest.length);
    if (mention && mention.start - from - lead <= MAX_TITLE_CHARS && !(nextQuote < mention.start - from)) {
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
      const tailFrom = Math.max(0, text.length - VERB_TAIL_CHARS);
      const verb = VERB_AT_END.exec(this.doc.key.slice(prev.start + tailFrom, prev.start + text.length));
      const head = verb ? tailFrom + verb.index : text.length - 1;
      const mention = this.speakers.firstWithin(prev.start, prev.start + head);
      if (mention) return { speaker: mention.name, evidence: this.doc.evidence(mention.start, mention.end, 'quotes.direct-introduced') };
      return this.speakerBefore(prev.start, prev.start + head, 'quotes.direct-introduced');
    }
    return null;
  }

  /** Reported speech in a block: the first `X <verb> …` or `Theo X, …`. */
  reported(block: Block): { speaker: string; text: string; evidence: Evidence[] } | null {
    const doc = this.doc;
    const verbs = this.verbs;
    for (const sentence of this.index.doc.sentencesOf(block.index)) {
      const { start, end } = sentence;
      const key = this.hasTheo(start, end) ? doc.key.slice(start, end) : '';
      // Verbs and "Theo X," clauses are tried in the order they appear, a verb first at a tie.
      ACCORDING_TO.lastIndex = 0;
      let verb = verbs.exec(start, end);
      let verbLength = verbs.length;
      let according = key ? ACCORDING_TO.exec(key) : null;
      while (verb >= 0 || according) {
        let found;
        if (verb >= 0 && (!according || verb - start <= according.index)) {
          found = this.byVerb(sentence, verb - start, doc.key.slice(verb, verb + verbLength));
          verb = verbs.exec(start, end, verb + verbLength);
          verbLength = verbs.length;
        } else {
          const next = ACCORDING_TO.lastIndex;
          found = this.byAccordingTo(sentence, according!);
          ACCORDING_TO.lastIndex = next;
          according = ACCORDING_TO.exec(key);
        }
        if (found) return found;
      }
    }
    return null;
  }

  private byVerb(sentence: { start: number; end: number; text: string }, at: number, verb: string) {
    const doc = this.doc;
    const verbAt = sentence.start + at;
    const verbEnd = verbAt + verb.length;
    // A match on doc.key is already a match key with single spaces: lower case makes it norm(verb).
    const verbKey = verb.toLowerCase();
    if (NEEDS_QUOTE.has(verbKey)) return null;
    FALSE_FRIEND.lastIndex = verbAt;
    if (FALSE_FRIEND.test(doc.key)) return null;
    if (NEEDS_MARK.has(verbKey) && !/^\s*[,:]/.test(sentence.text.slice(at + verb.length))) return null;
    if (NEEDS_COMPLEMENT.has(verbKey) && !VERB_COMPLEMENT.test(doc.key.slice(verbEnd, verbEnd + 12))) return null;
    // Inside a quotation the words are the quoted speaker's, not an attribution.
    if (this.index.isQuoted(verbAt)) return null;
    // What was said first: looking for the speaker costs more.
    const after = sentence.text.slice(at + verb.length);
    const afterKey = keyOf(doc, verbEnd, sentence.end);
    let skip = COMPLEMENT.exec(afterKey)?.[0].length ?? 0;
    if (CIRCUMSTANCE.test(afterKey.slice(skip))) {
      const comma = after.indexOf(',', skip);
      if (comma < 0) return null;
      skip = comma + 1 + (COMPLEMENT.exec(afterKey.slice(comma + 1))?.[0].length ?? 0);
    }
    const said = after.slice(skip);
    const text = said.trim();
    if (countWords(text.slice(0, 60)) < 3 || /^[“"«]/.test(text)) return null;
    const who = this.speakerBefore(sentence.start, verbAt, 'quotes.reported-verb');
    if (!who || (PERSON_ONLY.has(verbKey) && !this.speakers.isName(who.speaker))) return null;
    const start = verbEnd + skip + (said.length - said.trimStart().length);
    return { speaker: who.speaker, text, evidence: [doc.evidence(start, sentence.end, 'quotes.reported-verb'), who.evidence] };
  }

  private byAccordingTo(sentence: { start: number; end: number; text: string }, m: RegExpExecArray) {
    const doc = this.doc;
    const [phraseFrom, phraseTo] = m.indices![1];
    const phrase = sentence.text.slice(phraseFrom, phraseTo);
    if (NON_SPEAKER.test(norm(phrase))) return null;
    const speakerText = phrase.slice(OPINION_OF.exec(keyOf(doc, sentence.start + phraseFrom, sentence.start + phraseTo))?.[0].length ?? 0);
    const speakerFrom = sentence.start + phraseTo - speakerText.length;
    const speakerEnd = sentence.start + phraseTo;
    // "Theo bà A, đại diện Sở B, …": the role in apposition is not what was said.
    const saidFrom = m.index + m[0].length;
    const apposition = APPOSITION.exec(sentence.text.slice(saidFrom));
    const skip = apposition && SPEAKER_HEAD.test(keyOf(doc, sentence.start + saidFrom, sentence.start + saidFrom + apposition[1].length)) && HAS_UPPER.test(apposition[1]) ? apposition[0].length : 0;
    const text = sentence.text.slice(saidFrom + skip).trim();
    if (!speakerText.trim() || countWords(speakerText) > MAX_SPEAKER_WORDS || countWords(text.slice(0, 60)) < 3) return null;
    const who = this.speakerBefore(speakerFrom, speakerEnd, 'quotes.reported-according-to')
      ?? (STARTS_UPPER.test(speakerText) || SPEAKER_HEAD.test(keyOf(doc, speakerFrom, speakerEnd))
        ? { speaker: speakerText, evidence: doc.evidence(speakerFrom, speakerEnd, 'quotes.reported-according-to') }
        : null);
    if (!who) return null;
    const start = sentence.start + saidFrom + skip;
    return { speaker: who.speaker, text, evidence: [doc.evidence(start, sentence.end, 'quotes.reported-according-to'), who.evidence] };
  }
}

/** countWords(text.slice(from, to), limit) without the slice. */
function wordsIn(text: string, from: number, to: number, limit = Infinity): number {
  let words = 0;
  let previous = true;
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (previous && !space && ++words > limit) break;
    previous = space;
  }
  return words;
}

/** The quoted words, without the caption lines a long quotation runs past. */
function quoteText(doc: VnDocument, span: QuotedSpan): string {
  // Most quotations lie inside the block they open in.
  const own = doc.blocks[span.block];
  if (own && own.index === span.block && own.start <= span.start && span.end <= own.end) return squash(doc.text.slice(span.start, span.end));
  const parts: string[] = [];
  // Blocks are sorted and do not overlap: those the span meets follow the one it opens in.
  for (let i = Math.max(0, lastAtOrBefore(doc.blocks, span.start)); i < doc.blocks.length && doc.blocks[i].start < span.end; i++) {
    const b = doc.blocks[i];
    if (b.end > span.start && (b.index === span.block || (b.kind !== 'caption' && b.kind !== 'credit'))) {
      parts.push(doc.text.slice(Math.max(b.start, span.start), Math.min(b.end, span.end)));
    }
  }
  return squash(parts.join(' '));
}

/** The role of the person last listed under `name`, or null. */
function roleOf(people: readonly Person[], name: string | null): string | null {
  for (let i = people.length - 1; i >= 0; i--) if (people[i].name === (name ?? '')) return people[i].role ?? null;
  return null;
}

/** A quotation that is the whole paragraph (marks and final punctuation aside). */
function fillsBlock(span: QuotedSpan, block: Block): boolean {
  return span.start - 1 === block.start && span.block === block.index && block.end - span.end <= 3;
}

export function extractQuotes(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const index = new DocIndex(doc);
  const finder = new QuoteFinder(doc, index, article);
  // The speaker of the previous paragraph, when it was a quotation: a bare quotation
  // paragraph right after it goes on in the same voice.
  let previous: string | null = null;
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'caption') continue;
    let said: string | null = null;
    const found: Omit<Quote, 'role'>[] = [];
    for (let q = index.firstQuoteIn(block.index), end = index.endOfQuotesIn(block.index); q < end; q++) {
      const span = doc.quotes[q];
      if (!index.isOutermost(span) || wordsIn(span.text, 0, 40, 1) < 2) continue;
      const who: Attribution | null = finder.attributeDirect(span, block)
        ?? (previous && fillsBlock(span, block) ? { speaker: previous, evidence: doc.evidence(span.start, span.end, 'quotes.direct-continued') } : null);
      if (!who) continue;
      said = finder.lastSpeaker = who.speaker;
      found.push({ speaker: who.speaker, text: quoteText(doc, span), direct: true, evidence: [doc.evidence(span.start, span.end, 'quotes.direct'), who.evidence] });
    }
    // Reported speech, also beside a direct quote of somebody else ("Ông A bày tỏ, … lời dạy
    // của Chủ tịch B: “…”"): one speaker's paragraph is one entry.
    const reported = finder.reported(block);
    if (reported && !found.some((q) => q.speaker === reported.speaker)) {
      if (!said) said = finder.lastSpeaker = reported.speaker;
      found.push({ speaker: reported.speaker, text: reported.text, direct: false, evidence: reported.evidence });
    }
    if (found.length > 1) found.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
    for (const q of found) {
      if (q.text.trim()) article.quotes.push({ speaker: q.speaker, text: q.text, direct: q.direct, evidence: q.evidence, role: roleOf(article.people, q.speaker) });
    }
    if (block.kind === 'paragraph') previous = said;
  }
}
