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
import type { ExtractContext } from './context.js';
import { DocIndex, isKeySlice, keyOf, type WordHits } from './doc-index.js';
import { firstAtOrAfter } from '../core/sorted.js';
import { resolvePerson } from './people.js';
import { normOf, SpeakerIndex } from './speakers.js';
import { mayEndWithWord } from './last-words.js';
import { classAt, HAS_UPPER, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, IS_WORD, STARTS_LOWER, STARTS_UPPER } from '../core/chars.js';
import {
  VERBS, COORDINATOR_AT, LEAD_AFTER_QUOTE, SAID_BY_AFTER_QUOTE, HAS_PREDICATE, SET_OFF, SENTENCE_END, CLAUSE_END, HAS_VERB, VERB_AT_END, NEEDS_QUOTE, NEEDS_MARK, NEEDS_COMPLEMENT, PERSON_ONLY, VERB_KINDS, MARK_AFTER, FALSE_FRIEND, ADVERBS_AT_END, CIRCUMSTANCE, COMPLEMENT, ACCORDING_TO, MAY_BE_ACCORDING_TO, CONNECTIVES, NON_SPEAKER, APPOSITION, OPINION_OF, ROLE_HEAD, SPEAKER_HEAD, HONORIFIC_PREFIX, SHORT_NAME, VERB_COMPLEMENT, NOT_SAID_AT_END, NAME_AND_VERB_AT_END, NAMING_AT_END, NAMING_LAST_WORDS, VERB_AND_ADDRESSEE_AT_END, CAMPAIGN, FUNCTION_WORD_END, FUNCTION_WORD_REACH, MAX_SPEAKER_WORDS, MAX_APPOSITION_WORDS, MAX_PREDICATE_WORDS, MAX_TITLE_CHARS, MAX_SPEAKER_CONTEXT, VERB_TAIL_CHARS, hasCharIn, isOpeningMark, firstOpeningMark, firstQuotationMark, matchedLength,
} from './speech-patterns.js';


interface Attribution {
  speaker: string;
  evidence: Evidence;
}

class QuoteFinder {
  /** Built when first asked: about one article in five has no speech verb or quotation that needs it. */
  private speakerIndex: SpeakerIndex | null = null;
  lastSpeaker: string | null = null;
  /** Speech verbs of the document. */
  private readonly verbs: WordHits;
  /** Where "theo" occurs in doc.key (any case), ascending. */
  private readonly theo: number[] = [];
  /** Where reported() last started in doc.sentences (blocks are read in order). */
  private sentence = 0;
  /** Scratch for VERBS.walk. */
  private readonly lengths: number[] = [];
  /** The first verb hit at or after the start of the range mayHoldVerb was asked last. */
  private hit = 0;
  /** The sentence (its start) firstMarkOf read last, and its first quotation mark. */
  private markSentence = -1;
  private markAt = 0;

  constructor(private readonly doc: VnDocument, private readonly index: DocIndex, private readonly article: Article) {
    this.verbs = VERBS.hits(doc);
    MAY_BE_ACCORDING_TO.lastIndex = 0;
    for (let m = MAY_BE_ACCORDING_TO.exec(doc.key); m; m = MAY_BE_ACCORDING_TO.exec(doc.key)) this.theo.push(m.index);
  }

  /** The people mentioned in the document (see speakers.ts). */
  get speakers(): SpeakerIndex {
    this.speakerIndex ??= new SpeakerIndex(this.doc, this.article.people);
    return this.speakerIndex;
  }

  /**
   * Whether ACCORDING_TO may match in doc.key[start, end) (a sentence): a "theo" there that
   * opens it, or follows white space after a comma, a semicolon or a connective word.
   */
  private mayBeAccordingTo(start: number, end: number): boolean {
    const { key } = this.doc;
    const { theo } = this;
    for (let i = firstAtOrAfter(theo, start); i < theo.length && theo[i] + 4 <= end; i++) {
      if (theo[i] === start) return true;
      let q = theo[i];
      while (q > start && isSpace(key.charCodeAt(q - 1))) q--;
      if (q === theo[i] || q === start) continue;
      if (key.charCodeAt(q - 1) === 0x2c || key.charCodeAt(q - 1) === 0x3b) return true;
      let w = q;
      while (w > start && classAt(key, w - 1) & (IS_LETTER | IS_MARK)) w--;
      if (CONNECTIVES.has(key.slice(w, q).toLowerCase())) return true;
    }
    return false;
  }

  /**
   * Whether verbs.exec can find a verb in doc.key[start, end), a sentence: a verb hit there
   * (looked for from the last sentence's, as sentences come in order). A range that cut a
   * word could also match where the hits have none; a sentence never does, and lies in its
   * block (a property test of the segmenter holds it). Most sentences hold no speech verb.
   */
  private mayHoldVerb(start: number, end: number): boolean {
    const { at } = this.verbs;
    if (this.hit > 0 && at[this.hit - 1] >= start) this.hit = 0;
    while (this.hit < at.length && at[this.hit] < start) this.hit++;
    return this.hit < at.length && at[this.hit] < end;
  }

  /** The sentences of doc.sentences (sorted by block) from the first of `block` on. */
  private firstSentenceOf(block: number): number {
    const { sentences } = this.doc;
    if (this.sentence > 0 && sentences[this.sentence - 1].block >= block) this.sentence = 0;
    while (this.sentence < sentences.length && sentences[this.sentence].block < block) this.sentence++;
    return this.sentence;
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
    const doc = this.doc;
    const text = doc.text;
    const from = Math.max(start, to - MAX_SPEAKER_CONTEXT);
    // The match key of every prefix cut below is a prefix of keyOf(from, to) (each cut is
    // followed by white space or a comma): read in place when that is a slice of doc.key.
    const inPlace = isKeySlice(doc, from, to);
    const key = inPlace ? doc.key : keyOf(doc, from, to);
    const base = inPlace ? from : 0;
    let end = to;
    // After "đồng thời" or "và" the subject of the sentence speaks, a predicate of its own between.
    let coordinated = false;
    for (let at = ADVERBS_AT_END.findIn(key, base, end - from + base); at >= 0 && end > from; at = ADVERBS_AT_END.findIn(key, base, end - from + base)) {
      coordinated ||= matchedLength(COORDINATOR_AT, key, at) > 0;
      end = at - base + from;
    }
    while (end > from && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2c || (coordinated && text.charCodeAt(end - 1) === 0x3b))) end--;
    loose ||= coordinated;
    if (end === from || NOT_SAID_AT_END.findIn(key, base, end - from + base) >= 0) return null;
    // A named person, possibly followed by a role in apposition ("ông A – Giám đốc B").
    const mention = this.speakers.lastWithin(from, end);
    if (mention) {
      let gapStart = mention.end;
      let gapEnd = end;
      while (gapStart < gapEnd && isSpace(text.charCodeAt(gapStart))) gapStart++;
      while (gapEnd > gapStart && isSpace(text.charCodeAt(gapEnd - 1))) gapEnd--;
      const apposition = gapStart < gapEnd && '-–—,(_'.includes(text[gapStart]) && !hasCharIn(text, 0x3b, gapStart, gapEnd);
      if (gapStart >= gapEnd || (apposition && wordsIn(text, gapStart, gapEnd, MAX_APPOSITION_WORDS) <= MAX_APPOSITION_WORDS)
        || (loose && wordsIn(text, gapStart, gapEnd, MAX_PREDICATE_WORDS) <= MAX_PREDICATE_WORDS)) {
        return { speaker: mention.name, evidence: doc.evidence(mention.start, end, rule) };
      }
    }
    // A coordinated verb's subject stands before a predicate: no clause right before the verb names it.
    if (coordinated) return null;
    // Otherwise the clause right before the verb (widened over commas while it reads as
    // the tail of a list, "đại diện lãnh đạo các sở, ngành"): a pronoun, short name or title.
    // (Three native searches in a slice beat one loop over the characters.)
    const pre = text.slice(from, end);
    for (let cut = end; cut > from;) {
      const at = from + Math.max(pre.lastIndexOf(',', cut - from - 1), pre.lastIndexOf(';', cut - from - 1), pre.lastIndexOf(':', cut - from - 1));
      let clauseStart = at + 1;
      while (clauseStart < end && isSpace(text.charCodeAt(clauseStart))) clauseStart++;
      // Most clauses are too long for a speaker, or hold one already: no strings for them.
      const words = wordsIn(text, clauseStart, end, MAX_SPEAKER_WORDS);
      if (this.speakers.lastWithin(clauseStart, end) || !words || words > MAX_SPEAKER_WORDS) return null;
      const found = this.clauseSpeaker(text.slice(clauseStart, end), keyOf(doc, clauseStart, end), from, words);
      if (found !== undefined) return found ? { speaker: found, evidence: doc.evidence(clauseStart, end, rule) } : null;
      cut = at;
    }
    return null;
  }

  /**
   * A speaker clause (its match key, its number of words: at least one, at most
   * MAX_SPEAKER_WORDS) without a full name: null when it is none, undefined to try a longer clause.
   */
  private clauseSpeaker(clause: string, key: string, at: number, words: number): string | null | undefined {
    // Tried on the tail only: a window start cannot fake the `^`, no entry is that long.
    if (FUNCTION_WORD_END.test(key.length > FUNCTION_WORD_REACH ? key.slice(key.length - FUNCTION_WORD_REACH) : key)) return null;
    // The clause's comparison form, for the pronoun and title look-ups (made once, from its key).
    let normed = words <= 2 ? normOf(clause, key) : '';
    // Pronouns are one or two words.
    if (words <= 2 && this.speakers.isPronoun(clause, normed)) {
      const block = this.index.doc.blockAt(at);
      return (block && this.speakers.lastInBlock(at, block.start)) ?? this.lastSpeaker ?? this.speakers.lastBefore(at);
    }
    const bare = clause.slice(HONORIFIC_PREFIX.exec(key)?.[0].length ?? 0);
    if (SHORT_NAME.test(bare)) return this.person(clause, at) ?? this.speakers.byShortName(bare, at);
    if (!SPEAKER_HEAD.test(key)) return STARTS_LOWER.test(clause) ? undefined : null;
    // "Các đại biểu dự buổi họp đã sôi nổi bàn bạc, phân tích …": a clause with a predicate of its own.
    if (HAS_VERB.test(key) || HAS_PREDICATE.test(key)) return null;
    // Both resolvers may answer; the holder of the title mentioned last is meant.
    normed ||= normOf(clause, key);
    const [a, b] = [this.person(clause, at), this.speakers.byTitle(clause, at, normed)];
    if (a && b && a !== b) return this.speakers.lastMentionOf(a, at) >= this.speakers.lastMentionOf(b, at) ? a : b;
    return a ?? b ?? clause;
  }

  /** Speaker of a direct quote: before it, after it, or on the line that introduces it. */
  attributeDirect(span: QuotedSpan, block: Block): Attribution | null {
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
    }
    let colon = opener;
    while (colon > from && isSpace(doc.text.charCodeAt(colon - 1))) colon--;
    if (colon > from && doc.text.charCodeAt(colon - 1) === 0x3a) {
      // "Bà A bày tỏ niềm vui: “…”": a speech verb shortly before the colon.
      const loose = HAS_VERB.test(keyOf(doc, Math.max(from, opener - VERB_TAIL_CHARS * 2), opener));
      const who = this.speakerBefore(from, colon - 1, 'quotes.direct-speaker-colon', loose);
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
    for (let at = verbs.exec(from, restEnd, from + lead), length = verbs.length; at >= 0; at = verbs.exec(from, restEnd, at + length), length = verbs.length) {
      if (quoteBefore(at - from)) return null;
      CLAUSE_END.lastIndex = at - from + length;
      if (!setOff && !CLAUSE_END.test(rest)) {
        // "Để “tiếp lửa” cho các DN, ông A nói đây là …": a speaker reporting speech of his
        // own after the quotation; the quotation is not what he said.
        if (this.speakerBefore(from + lead, at, 'quotes.direct-speaker-after')) return null;
        continue;
      }
      // Set off by a comma, the attribution's subject may have a predicate of its own before
      // the verb, in the same sentence ("“…”, ông A đặt vấn đề và cho biết, …").
      const who = this.speakerBefore(from + lead, at, 'quotes.direct-speaker-after')
        ?? (setOff && !SENTENCE_BREAK.test(doc.text.slice(from + lead, at)) ? this.speakerBefore(from + lead, at, 'quotes.direct-speaker-after', true) : null);
      if (who) return who;
    }
    // Any short predicate after a named person: "…”, PGS Lê Văn A lo ngại."
    const mention = this.speakers.firstWithin(from + lead, from + rest.length);
    if (mention && mention.start - from - lead <= MAX_TITLE_CHARS && !quoteBefore(mention.start - from)) {
      const tail = doc.text.slice(mention.end, blockEnd);
      const sentenceEnd = SENTENCE_END.exec(tail)!.index;
      if (NAME_AND_VERB_AT_END.test(tail.slice(0, sentenceEnd + 1))) {
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
    const said = SAID_BY_AFTER_QUOTE.exec(doc.key.slice(from, Math.min(blockEnd, from + 200)));
    if (!said) return null;
    // The person named right after "của", behind a title at most.
    const at = from + said[0].length;
    const mention = this.speakers.firstWithin(at, Math.min(blockEnd, at + MAX_TITLE_CHARS));
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
    const { sentences } = doc;
    for (let i = this.firstSentenceOf(block.index); i < sentences.length && sentences[i].block === block.index; i++) {
      const sentence = sentences[i];
      const { start, end } = sentence;
      const key = this.mayBeAccordingTo(start, end) ? doc.key.slice(start, end) : '';
      // Verbs and "Theo X," clauses are tried in the order they appear, a verb first at a tie.
      ACCORDING_TO.lastIndex = 0;
      let verb = this.mayHoldVerb(start, end) ? verbs.exec(start, end) : -1;
      let verbLength = verbs.length;
      let according = key ? ACCORDING_TO.exec(key) : null;
      while (verb >= 0 || according) {
        let found;
        if (verb >= 0 && (!according || verb - start <= according.index)) {
          found = this.byVerb(sentence, verb, verbLength);
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

  private byVerb(sentence: { start: number; end: number; text: string }, verbAt: number, verbLength: number) {
    const doc = this.doc;
    const at = verbAt - sentence.start;
    const verbEnd = verbAt + verbLength;
    const kind = VERB_KINDS.get(VERBS.entryNode(doc.key, verbAt, verbLength)) ?? 0;
    // "X phát biểu tại …" is an act; "X kể: …" (a colon) reports what was said.
    COLON_AFTER.lastIndex = at + verbLength;
    if (kind & NEEDS_QUOTE && !COLON_AFTER.test(sentence.text)) return null;
    // Inside a quotation the words are the quoted speaker's, not an attribution.
    if (this.index.isQuoted(verbAt)) return null;
    // "TS. Hoàng Kim Khuyên": a verb's word capitalised after a capitalised word is a name's.
    if (followsCapitalisedWord(doc.text, verbAt)) return null;
    FALSE_FRIEND.lastIndex = verbAt;
    if (FALSE_FRIEND.test(doc.key)) return null;
    MARK_AFTER.lastIndex = at + verbLength;
    if (kind & NEEDS_MARK && !MARK_AFTER.test(sentence.text)) return null;
    if (kind & NEEDS_COMPLEMENT && !VERB_COMPLEMENT.test(doc.key.slice(verbEnd, verbEnd + 12))) return null;
    // What was said first: looking for the speaker costs more. Offsets into the sentence
    // (its text) and into `afterKey` (the key after the verb), one slice of each at most.
    const afterKey = keyOf(doc, verbEnd, sentence.end);
    let skip = matchedLength(COMPLEMENT, afterKey, 0);
    CIRCUMSTANCE.lastIndex = skip;
    if (CIRCUMSTANCE.test(afterKey)) {
      const comma = sentence.text.indexOf(',', at + verbLength + skip) - at - verbLength;
      if (comma < 0) return null;
      skip = comma + 1 + matchedLength(COMPLEMENT, afterKey, comma + 1);
    }
    const text = sentence.text;
    let from = at + verbLength + skip;
    let to = text.length;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (isOpeningMark(text.charCodeAt(from))) return null;
    // "…, ông A cho biết." or "…, ông A cho biết, và nêu …" (not "ghi nhận và biểu dương …"):
    // what was said comes first.
    const saidBefore = wordsIn(text, from, Math.min(to, from + 60), 2) < 3
      || (hasCharIn(text, 0x2c, at + verbLength, from) && matchedLength(COORDINATOR_AT, afterKey, from - at - verbLength) > 0);
    // Looking for the speaker costs: the tests below that need no speaker come first.
    if (saidBefore && !this.maySayBefore(text, at, sentence.start)) return null;
    const who = this.speakerBefore(sentence.start, verbAt, 'quotes.reported-verb');
    if (!who || (kind & PERSON_ONLY && !this.speakers.isName(who.speaker))) return null;
    if (!saidBefore) return { speaker: who.speaker, text: text.slice(from, to), evidence: [doc.evidence(sentence.start + from, sentence.end, 'quotes.reported-verb'), who.evidence] };
    // The words before the comma that sets a named speaker off, when they are a clause's worth
    // of no quotation (that is a direct quote's) and name nobody else.
    const speakerAt = who.evidence.start - sentence.start;
    let said = lastCommaIn(text, Math.max(0, speakerAt - MAX_TITLE_CHARS), speakerAt);
    while (said > 0 && isSpace(text.charCodeAt(said - 1))) said--;
    if (said <= 0 || !this.speakers.isName(who.speaker) || wordsIn(text, 0, said, MIN_SAID_BEFORE_WORDS) < MIN_SAID_BEFORE_WORDS
      || this.speakers.firstWithin(sentence.start, sentence.start + said)) return null;
    return { speaker: who.speaker, text: text.slice(0, said), evidence: [doc.evidence(sentence.start, sentence.start + said, 'quotes.reported-before-verb'), who.evidence] };
  }

  /**
   * Whether a sentence (its text; the verb at `at`) may hold reported speech before its
   * speaker: a comma not far before the verb with a clause's worth of words before it, no
   * quotation mark before the verb (that is a direct quote's attribution), and no quotation
   * around the sentence (a quote running over paragraphs).
   */
  private maySayBefore(text: string, at: number, start: number): boolean {
    const comma = lastCommaIn(text, Math.max(0, at - MAX_TITLE_CHARS - MAX_SPEAKER_CHARS), at);
    return comma > 0 && wordsIn(text, 0, comma, MIN_SAID_BEFORE_WORDS) >= MIN_SAID_BEFORE_WORDS
      && this.firstMarkOf(text, start) >= at && !this.index.isQuoted(start);
  }

  /** Where the first quotation mark of the sentence starting at `start` (its text) is: found once a sentence. */
  private firstMarkOf(text: string, start: number): number {
    if (this.markSentence !== start) {
      this.markSentence = start;
      this.markAt = firstQuotationMark(text, 0, text.length);
    }
    return this.markAt;
  }

  private byAccordingTo(sentence: { start: number; end: number; text: string }, m: RegExpExecArray) {
    const doc = this.doc;
    const [phraseFrom, phraseTo] = m.indices![1];
    const phrase = sentence.text.slice(phraseFrom, phraseTo);
    const phraseKey = keyOf(doc, sentence.start + phraseFrom, sentence.start + phraseTo);
    if (NON_SPEAKER.test(normOf(phrase, phraseKey))) return null;
    const speakerText = phrase.slice(OPINION_OF.exec(phraseKey)?.[0].length ?? 0);
    const speakerFrom = sentence.start + phraseTo - speakerText.length;
    const speakerEnd = sentence.start + phraseTo;
    // "Theo bà A, đại diện Sở B, …": the role in apposition is not what was said.
    const saidFrom = m.index + m[0].length;
    const apposition = APPOSITION.exec(sentence.text.slice(saidFrom));
    // (The capital first: most such clauses have none, and the first test of ROLE_HEAD, a
    // pattern of every position, compiles it, which took milliseconds of a one-article run.)
    const skip = apposition && HAS_UPPER.test(apposition[1]) && ROLE_HEAD.test(keyOf(doc, sentence.start + saidFrom, sentence.start + saidFrom + apposition[1].length)) ? apposition[0].length : 0;
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

/** Reported speech before its attribution ("…, ông A cho biết.") is at least this long. */
const MIN_SAID_BEFORE_WORDS = 6;
/** A named speaker with an apposition fits in this many characters between a comma and the verb. */
const MAX_SPEAKER_CHARS = 120;

/** Sticky, after a verb: a colon. */
const COLON_AFTER = /\s*:/y;

/** A full stop, "!", "?" or ";" before white space: the end of a sentence or clause. */
const SENTENCE_BREAK = /[.!?;]\s/;

/**
 * Whether the word at `at` is capitalised (not in capitals) and follows a capitalised word
 * across one space: a syllable of a name run ("Lê Văn Khuyên"), not a verb in running text.
 */
function followsCapitalisedWord(text: string, at: number): boolean {
  if (!(classAt(text, at) & IS_UPPER) || !(classAt(text, at + 1) & IS_LOWER) || !isSpace(text.charCodeAt(at - 1))) return false;
  let k = at - 2;
  // A syllable is at most eight letters (and a few marks when decomposed).
  for (const stop = Math.max(0, at - 14); k > stop && classAt(text, k - 1) & (IS_LETTER | IS_MARK); ) k--;
  return k < at - 1 && (classAt(text, k) & IS_UPPER) !== 0;
}

/** The last comma in text[from, to), or -1 (a bounded window: lastIndexOf would read back to the start). */
function lastCommaIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 0x2c) return i;
  return -1;
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
