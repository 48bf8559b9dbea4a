/**
 * quotes: attributed statements, one entry per quoted span said by somebody (direct) and
 * at most one per paragraph of reported speech. Rules, most reliable first:
 *   1. direct, speaker before: `X nói: “…”`, `X khẳng định “…”`;
 *   2. direct, speaker after: `“…”, ông X nói.`, `“…” – Phó Chủ tịch nhấn mạnh.`;
 *   3. direct, introduced by the previous line: `GS.TS X (Viện Y):` then `“…”`;
 *   4. reported, in a paragraph without direct quotes: `X cho biết, …` (text after the
 *      verb to the end of the sentence) and `Theo X, …` (see reported-speech.ts).
 * Speakers resolve to the full name (see attribution.ts and speakers.ts); with no name,
 * the title or organisation as written. Quoted spans not taken here are left for messages.
 */
import { lastAtOrBefore, type Block, type QuotedSpan, type VnDocument } from '../core/document.js';
import { isSpace, squash } from '../core/text.js';
import type { Evidence, Person, Quote } from '../model/article.js';
import type { ExtractContext } from './context.js';
import { DocIndex, keyOf, type WordHits } from './doc-index.js';
import { type Attribution, SpeakerFinder, wordsIn } from './attribution.js';
import { ReportedSpeechReader } from './reported-speech.js';
import { mayEndWithWord } from './last-words.js';
import { classAt, IS_WORD } from '../core/chars.js';
import {
  VERBS, LEAD_AFTER_QUOTE, saidByAfterQuote, SET_OFF, SENTENCE_END, CLAUSE_END, hasVerb, verbAtEnd, NAME_AND_VERB_AT_END, NAMING_AT_END, NAMING_LAST_WORDS, VERB_AND_ADDRESSEE_AT_END, CAMPAIGN, MAX_TITLE_CHARS, MAX_SPEAKER_CONTEXT, VERB_TAIL_CHARS, firstOpeningMark,
} from './speech-patterns.js';

/** Rules 1–3: who said each quoted span. */
class DirectQuoteFinder {
  /** Scratch for VERBS.walk. */
  private readonly lengths: number[] = [];

  /** `verbs`: the speech verbs of the document. */
  constructor(private readonly doc: VnDocument, private readonly index: DocIndex, private readonly verbs: WordHits, private readonly finder: SpeakerFinder) {}

  /** Speaker of a direct quote: before it, after it, or on the line that introduces it. */
  attribute(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const opener = span.start - 1;
    const from = Math.max(this.index.doc.sentenceAt(opener)?.start ?? block.start, opener - MAX_SPEAKER_CONTEXT);
    const verbFrom = Math.max(from, opener - VERB_TAIL_CHARS);
    // "Với chủ đề: “…”, ông A cho biết …": a theme or name, whoever speaks around it.
    if (mayEndWithWord(NAMING_LAST_WORDS, doc.key, verbFrom, opener, true) !== false && NAMING_AT_END.test(keyOf(doc, verbFrom, opener))) return null;
    // Both patterns start with a speech verb at a word start, which the verb hits hold, or
    // at the start of the tail when that cuts a word (the patterns read it as a word start):
    // most quotations have none before.
    if (this.verbs.anyIn(verbFrom, opener) || (classAt(doc.key, verbFrom - 1) & IS_WORD && this.verbStartsAt(verbFrom))) {
      const tail = doc.key.slice(verbFrom, opener);
      const verb = verbAtEnd(tail);
      if (verb >= 0) {
        const who = this.finder.speakerBefore(from, verbFrom + verb, 'quotes.direct-speaker-before', true);
        if (who) return who;
      }
      const addressed = VERB_AND_ADDRESSEE_AT_END.exec(tail);
      if (addressed && !CAMPAIGN.test(addressed[1])) {
        const who = this.finder.speakerBefore(from, verbFrom + addressed.index, 'quotes.direct-speaker-addressing', true);
        if (who) return who;
      }
    }
    let colon = opener;
    while (colon > from && isSpace(doc.text.charCodeAt(colon - 1))) colon--;
    if (colon > from && doc.text.charCodeAt(colon - 1) === 0x3a) {
      // "Bà A bày tỏ niềm vui: “…”": a speech verb shortly before the colon.
      const loose = hasVerb(keyOf(doc, Math.max(from, opener - VERB_TAIL_CHARS * 2), opener));
      const who = this.finder.speakerBefore(from, colon - 1, 'quotes.direct-speaker-colon', loose);
      if (who) return who;
    }
    const after = this.speakerAfter(span, block) ?? this.saidByAfter(span, block);
    if (after) return after;
    if (wordsIn(doc.text, from, opener, 0) === 0) return this.introducedBy(block);
    return null;
  }

  /** Whether a speech verb entry starts at doc.key[at] (read as a word start). */
  private verbStartsAt(at: number): boolean {
    const lengths = this.lengths;
    lengths.length = 0;
    return VERBS.walk(this.doc.key, at, lengths) > 0;
  }

  /** `“…”, ông X nói.`: a speaker and a speech verb closing the sentence after the quote. */
  private speakerAfter(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const from = span.end + 1;
    const blockEnd = this.index.doc.blockAt(span.end)?.end ?? block.end;
    const rest = doc.key.slice(from, Math.min(blockEnd, from + 300));
    const lead = LEAD_AFTER_QUOTE.exec(rest)?.[0].length ?? 0;
    // Set off by a comma or dash, the attribution may go on ("…”, ông A nói và cho biết thêm …").
    const setOff = SET_OFF.test(rest.slice(0, lead));
    // Another quotation after this one ends the search: its opening mark is looked for
    // only as far as a verb or a name found asks (most quotations have neither after them).
    let nextQuote = rest.length;
    let searched = lead;
    const quoteBefore = (to: number) => {
      if (nextQuote === rest.length && searched < to) {
        nextQuote = firstOpeningMark(rest, searched, to);
        if (nextQuote === to) nextQuote = rest.length;
        searched = to;
      }
      return nextQuote < to;
    };
    const verbs = this.verbs;
    const restEnd = from + rest.length;
    // Set off by a comma, the attribution is the rest of the quotation's sentence: a verb in a
    // later one is another sentence's ("Hưởng ứng “X”, các em …. Ông A phát biểu …").
    const leadMarks = rest.slice(0, lead);
    const sentenceEnd = leadMarks.includes(',') && !leadMarks.includes('.') ? (this.index.doc.sentenceAt(span.end)?.end ?? restEnd) : restEnd;
    for (let at = verbs.exec(from, restEnd, from + lead), length = verbs.length; at >= 0 && at < sentenceEnd; at = verbs.exec(from, restEnd, at + length), length = verbs.length) {
      if (quoteBefore(at - from)) return null;
      CLAUSE_END.lastIndex = at - from + length;
      if (!setOff && !CLAUSE_END.test(rest)) {
        // "Để “tiếp lửa” cho các DN, ông A nói đây là …": a speaker reporting speech of his
        // own after the quotation; the quotation is not what he said.
        if (this.finder.speakerBefore(from + lead, at, 'quotes.direct-speaker-after')) return null;
        continue;
      }
      // Set off by a comma, the attribution's subject may have a predicate of its own before
      // the verb, in the same sentence ("“…”, ông A đặt vấn đề và cho biết, …").
      const who = this.finder.speakerBefore(from + lead, at, 'quotes.direct-speaker-after')
        ?? (setOff && !SENTENCE_BREAK.test(doc.text.slice(from + lead, at)) ? this.finder.speakerBefore(from + lead, at, 'quotes.direct-speaker-after', true) : null);
      if (who) return who;
    }
    // Any short predicate after a named person: "…”, PGS Lê Văn A lo ngại."
    const mention = this.finder.speakers.firstWithin(from + lead, from + rest.length);
    if (mention && mention.start - from - lead <= MAX_TITLE_CHARS && !quoteBefore(mention.start - from)) {
      const tail = doc.text.slice(mention.end, blockEnd);
      const sentenceEnd = SENTENCE_END.exec(tail)!.index;
      if (NAME_AND_VERB_AT_END().test(tail.slice(0, sentenceEnd + 1))) {
        return { speaker: mention.name, evidence: doc.evidence(mention.start, mention.end, 'quotes.direct-speaker-after') };
      }
    }
    return null;
  }

  /** `“…”. Đó là khẳng định của Bộ trưởng A …`: the words after the quotation name its speaker. */
  private saidByAfter(span: QuotedSpan, block: Block): Attribution | null {
    const doc = this.doc;
    const from = span.end + 1;
    const blockEnd = this.index.doc.blockAt(span.end)?.end ?? block.end;
    const said = saidByAfterQuote(doc.key.slice(from, Math.min(blockEnd, from + 200)));
    if (!said) return null;
    // The person named right after "của", behind a title at most.
    const at = from + said[0].length;
    const mention = this.finder.speakers.firstWithin(at, Math.min(blockEnd, at + MAX_TITLE_CHARS));
    if (!mention || SENTENCE_BREAK.test(doc.text.slice(at, mention.start))) return null;
    return { speaker: mention.name, evidence: doc.evidence(from, mention.end, 'quotes.direct-said-by-after') };
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
      const verb = verbAtEnd(this.doc.key.slice(prev.start + tailFrom, prev.start + text.length));
      const head = verb >= 0 ? tailFrom + verb : text.length - 1;
      const mention = this.finder.speakers.firstWithin(prev.start, prev.start + head);
      if (mention) return { speaker: mention.name, evidence: this.doc.evidence(mention.start, mention.end, 'quotes.direct-introduced') };
      return this.finder.speakerBefore(prev.start, prev.start + head, 'quotes.direct-introduced');
    }
    return null;
  }
}

/** A full stop, "!", "?" or ";" before white space: the end of a sentence or clause. */
const SENTENCE_BREAK = /[.!?;]\s/;

/** The quoted words, without the caption lines a long quotation runs past. */
function quoteText(doc: VnDocument, span: QuotedSpan): string {
  // Most quotations lie inside the block they open in.
  const own = doc.blocks[span.block];
  if (own && own.index === span.block && own.start <= span.start && span.end <= own.end) {
    const text = doc.text.slice(span.start, span.end);
    // Inside a block known to be squashed, a slice that starts and ends with no space is too.
    return doc.knownSquashed(own) && text.length > 0 && !isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)) ? text : squash(text);
  }
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

/**
 * Most statements read in one paragraph: a paragraph reports a few speakers at most, and
 * each read may go back over its sentence (a megabyte-long one of "…, ông A cho biết, và …").
 */
const MAX_STATEMENTS = 4;

/** The speaker's mention holds two words or more: a name or a body, not "ông" or "Người" referring back. */
const namedInFull = (doc: VnDocument, mention: Evidence | undefined): boolean =>
  mention !== undefined && wordsIn(doc.text, mention.start, mention.end, 2) >= 2;

/** The sentence holding `at` ends at or before `later` (a direct quotation's start). */
function sentenceEndsBefore(doc: VnDocument, at: number, later: number): boolean {
  const sentence = doc.sentenceAt(at);
  return sentence !== undefined && sentence.end <= later;
}

export function extractQuotes(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const index = new DocIndex(doc);
  const verbs = VERBS.hits(doc);
  const finder = new SpeakerFinder(doc, index, article);
  const direct = new DirectQuoteFinder(doc, index, verbs, finder);
  const reportedSpeech = new ReportedSpeechReader(doc, index, verbs, finder);
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
      const who: Attribution | null = direct.attribute(span, block)
        ?? (previous && fillsBlock(span, block) ? { speaker: previous, evidence: doc.evidence(span.start, span.end, 'quotes.direct-continued') } : null);
      if (!who) continue;
      said = finder.lastSpeaker = who.speaker;
      found.push({ speaker: who.speaker, text: quoteText(doc, span), direct: true, evidence: [doc.evidence(span.start, span.end, 'quotes.direct'), who.evidence] });
    }
    // Reported speech, also beside a direct quote of somebody else ("Ông A bày tỏ, … lời dạy
    // của Chủ tịch B: “…”"): one speaker's paragraph is one entry. A later sentence may
    // report another speaker ("Ông A cho biết, …. Các chuyên gia cho rằng, …"): an entry of its own.
    let statements = 0;
    for (let reported = reportedSpeech.read(block); reported && statements++ < MAX_STATEMENTS; reported = reportedSpeech.read(block, reported)) {
      const speaker = reported.speaker;
      // A speaker's statement and direct quote in one paragraph are one entry, unless the
      // statement is a sentence of its own before the quote ("X ghi nhận …. Thứ trưởng chia sẻ: “…”").
      if (found.some((q) => q.speaker === speaker && !(q.direct && sentenceEndsBefore(doc, reported.evidence[0].start, q.evidence[0].start)))) continue;
      // After the first, a speaker named again in full: "Người nhắc nhở" in a statement about
      // a letter of Hồ Chí Minh's refers back, within what the paragraph's speaker reports.
      if (found.length && !namedInFull(doc, reported.evidence[1])) continue;
      if (!said) said = finder.lastSpeaker = speaker;
      found.push({ speaker, text: reported.text, direct: false, evidence: reported.evidence });
    }
    if (found.length > 1) found.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
    for (const q of found) {
      if (q.text.trim()) article.quotes.push({ speaker: q.speaker, text: q.text, direct: q.direct, evidence: q.evidence, role: roleOf(article.people, q.speaker) });
    }
    if (block.kind === 'paragraph') previous = said;
  }
}
