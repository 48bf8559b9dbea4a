/**
 * Reported speech, rule 4 of the quotes field (quotes.ts): the first statement of a
 * paragraph told without quotation marks, by whichever of these comes first:
 *   - a speech verb: what follows it to the end of the sentence (`X cho biết, …`,
 *     `X kể: …`), or what comes before its speaker (`…, ông A cho biết.`);
 *   - `Theo X, …`: the rest of the sentence, a role in apposition after X left out;
 *   - `…. Đó là khẳng định của X tại …`: the sentence before, in the same paragraph.
 * Speakers are read by SpeakerFinder (attribution.ts).
 */
import type { Block, Sentence, VnDocument } from '../core/document.js';
import { countWords, isSpace, wordBefore } from '../core/text.js';
import type { Evidence } from '../model/article.js';
import { type DocIndex, keyOf, type WordHits } from './doc-index.js';
import { firstAtOrAfter } from '../core/sorted.js';
import { normOf } from './speakers.js';
import { type SpeakerFinder, wordsIn } from './attribution.js';
import { classAt, hasUpper, isDashCode, isDigitCode, IS_LETTER, IS_LOWER, IS_MARK, IS_UPPER, startsUpper } from '../core/chars.js';
import {
  VERBS, COORDINATOR_AT, NEEDS_QUOTE, NEEDS_MARK, NEEDS_COMPLEMENT, PERSON_ONLY, VERB_KINDS, MARK_AFTER, FALSE_FRIEND, CIRCUMSTANCE, COMPLEMENT, ACCORDING_TO, MAY_BE_ACCORDING_TO, CONNECTIVES, NON_SPEAKER, OWN_REPORTER, APPOSITION, OPINION_OF, REPORT_NOUN_OPENING, ROLE_HEAD, SAID_BY_BEFORE, opensWithSpeakerHead, VERB_COMPLEMENT, MAX_APPOSITION_WORDS, MAX_SPEAKER_WORDS, MAX_TITLE_CHARS, hasCharIn, isOpeningMark, firstQuotationMark, matchedLength,
} from './speech-patterns.js';
import { keySet } from '../lexicon/compile.js';
import { PASSIVE_MARKERS, SENTENCE_COORDINATORS } from '../lexicon/vi/speech.js';
import { BREAKER_IN_COMPOUND } from './phrases.js';

const SENTENCE_COORDINATOR_KEYS = keySet(SENTENCE_COORDINATORS);
/** Most characters before the verb of a sentence opening with a coordinator ("Bên cạnh đó, "). */
const MAX_COORDINATOR_OPENING = Math.max(...SENTENCE_COORDINATORS.map((w) => w.length)) + 3;

/** What a paragraph reports somebody said; evidence: the text's, then the speaker's. */
export interface ReportedSpeech {
  speaker: string;
  text: string;
  evidence: Evidence[];
  /** Index in doc.sentences of the sentence it was found in (set by read). */
  sentence?: number;
}

/** The verb at `verbAt` closes a noun with the word before it ("Đài Tiếng nói Việt Nam", BREAKER_COMPOUNDS): no speech. */
const closesNoun = (key: string, verbAt: number, verbLength: number) =>
  BREAKER_IN_COMPOUND.closes(key, { start: verbAt, text: key.slice(verbAt, verbAt + verbLength) });

/** The reported speech of a document's paragraphs, asked for in order (it keeps its place in the sentences). */
export class ReportedSpeechReader {
  /** Where "theo" occurs in doc.key (any case), ascending. */
  private readonly theo: number[] = [];
  /** Where read() last started in doc.sentences (blocks are read in order). */
  private sentence = 0;
  /** The first verb hit at or after the start of the range mayHoldVerb was asked last. */
  private hit = 0;
  /** The sentence (its start) firstMarkOf read last, and its first quotation mark. */
  private markSentence = -1;
  private markAt = 0;

  /** `verbs`: the speech verbs of the document. */
  constructor(private readonly doc: VnDocument, private readonly index: DocIndex, private readonly verbs: WordHits, private readonly finder: SpeakerFinder) {
    MAY_BE_ACCORDING_TO.lastIndex = 0;
    for (let m = MAY_BE_ACCORDING_TO.exec(doc.key); m; m = MAY_BE_ACCORDING_TO.exec(doc.key)) this.theo.push(m.index);
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

  /**
   * Reported speech in a block: the first `X <verb> …` or `Theo X, …`, from the block's
   * first sentence or past `after` (a statement found before: the sentences after its
   * own and after what it reports), with the index of the sentence it was found in.
   */
  read(block: Block, after?: ReportedSpeech): ReportedSpeech | null {
    const doc = this.doc;
    const verbs = this.verbs;
    const { sentences } = doc;
    const first = this.firstSentenceOf(block.index);
    for (let i = after?.sentence !== undefined ? after.sentence + 1 : first; i < sentences.length && sentences[i].block === block.index; i++) {
      const sentence = sentences[i];
      // A statement that runs on ("cho biết: …. Trong thư, Người nhắc nhở …") holds what it reports.
      if (after && sentence.start < after.evidence[0].end) continue;
      const { start, end } = sentence;
      // "Đó là khẳng định của …" names whose the sentence before was (it holds a speech
      // noun that is no verb there): tried first. Most sentences open with another letter.
      if (i > first && isDStroke(doc.key.charCodeAt(start))) {
        const saidBy = this.bySaidByAfter(sentences[i - 1], sentence);
        if (saidBy) return { ...saidBy, sentence: i };
      }
      const key = this.mayBeAccordingTo(start, end) ? doc.key.slice(start, end) : '';
      // Verbs and "Theo X," clauses are tried in the order they appear, a verb first at a tie.
      ACCORDING_TO.lastIndex = 0;
      let verb = this.mayHoldVerb(start, end) ? verbs.exec(start, end) : -1;
      let verbLength = verbs.length;
      let according = key ? ACCORDING_TO.exec(key) : null;
      while (verb >= 0 || according) {
        let found;
        if (verb >= 0 && (!according || verb - start <= according.index)) {
          found = this.byVerb(sentence, verb, verbLength) ?? (i > first ? this.byVerbAfterCoordinator(sentences[i - 1], sentence, verb, verbLength) : null);
          verb = verbs.exec(start, end, verb + verbLength);
          verbLength = verbs.length;
        } else {
          const next = ACCORDING_TO.lastIndex;
          found = this.byAccordingTo(sentence, according!);
          ACCORDING_TO.lastIndex = next;
          according = ACCORDING_TO.exec(key);
        }
        if (found) return { ...found, sentence: i };
      }
    }
    return null;
  }

  /**
   * "Công đầu … thuộc về ngành y tế. Đó là khẳng định của ông A tại …": the sentence before
   * (`said`, of the same paragraph) was the person named right after "của" (see personAt).
   * A quotation there is a direct quote's (quotes.direct-said-by-after).
   */
  private bySaidByAfter(said: Sentence, sentence: Sentence): ReportedSpeech | null {
    const doc = this.doc;
    const m = SAID_BY_BEFORE().exec(keyOf(doc, sentence.start, Math.min(sentence.end, sentence.start + SAID_BY_REACH)));
    if (!m || firstQuotationMark(said.text, 0, said.text.length) < said.text.length) return null;
    const at = sentence.start + m[0].length;
    const who = this.finder.personAt(at, Math.min(sentence.end, at + MAX_TITLE_CHARS), 'quotes.reported-said-by-after');
    if (!who) return null;
    return { speaker: who.speaker, text: said.text, evidence: [doc.evidence(said.start, said.end, 'quotes.reported-said-by-after'), who.evidence] };
  }

  /**
   * "Ông A thống nhất với dự thảo. Đồng thời, lưu ý xây dựng …": a sentence opening with a
   * coordinator and the verb speaks for the first person the sentence before (`before`, of the
   * same paragraph) names; the words after the verb to the sentence's end are what was said.
   */
  private byVerbAfterCoordinator(before: Sentence, sentence: Sentence, verbAt: number, verbLength: number): ReportedSpeech | null {
    const doc = this.doc;
    // Most verbs stand further into their sentence: no key is cut for them.
    if (verbAt - sentence.start > MAX_COORDINATOR_OPENING) return null;
    const opening = keyOf(doc, sentence.start, verbAt).replace(/[\s,]+$/u, '').toLowerCase();
    if (!SENTENCE_COORDINATOR_KEYS.has(opening)) return null;
    const kind = VERB_KINDS.get(VERBS.entryNode(doc.key, verbAt, verbLength)) ?? 0;
    if (kind & (NEEDS_QUOTE | NEEDS_MARK | NEEDS_COMPLEMENT) || this.index.isQuoted(verbAt)) return null;
    FALSE_FRIEND.lastIndex = verbAt;
    if (FALSE_FRIEND.test(doc.key) || closesNoun(doc.key, verbAt, verbLength)) return null;
    const mention = this.finder.speakers.firstWithin(before.start, before.end);
    if (!mention || !this.finder.speakers.isName(mention.name)) return null;
    const text = sentence.text;
    let from = verbAt + verbLength - sentence.start;
    while (from < text.length && (isSpace(text.charCodeAt(from)) || text.charCodeAt(from) === 0x2c)) from++;
    if (from >= text.length || isOpeningMark(text.charCodeAt(from)) || wordsIn(text, from, text.length, 3) < 3) return null;
    return {
      speaker: mention.name,
      text: text.slice(from).trimEnd(),
      evidence: [doc.evidence(sentence.start + from, sentence.end, 'quotes.reported-coordinated'), doc.evidence(mention.start, mention.end, 'quotes.reported-coordinated')],
    };
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
    // "TS. Hoàng Kim Khuyên": a verb's word capitalised after a capitalised word is a name's;
    // after a word or a comma it is a field of a body's name ("Cục Khoa học, Công nghệ và Thông tin").
    if (followsCapitalisedWord(doc.text, verbAt) || capitalisedMidClause(doc.text, sentence.start, verbAt)) return null;
    FALSE_FRIEND.lastIndex = verbAt;
    if (FALSE_FRIEND.test(doc.key) || closesNoun(doc.key, verbAt, verbLength) || isPassive(doc.key, sentence.start, verbAt)) return null;
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
    const who = this.finder.speakerBefore(sentence.start, verbAt, 'quotes.reported-verb');
    if (!who || (kind & PERSON_ONLY && !this.finder.speakers.isName(who.speaker))) return null;
    if (!saidBefore) return { speaker: who.speaker, text: text.slice(from, to), evidence: [doc.evidence(sentence.start + from, sentence.end, 'quotes.reported-verb'), who.evidence] };
    // The words before the comma that sets a named speaker off, when they are a clause's worth
    // of no quotation (that is a direct quote's) and name nobody else.
    const speakerAt = who.evidence.start - sentence.start;
    let said = lastCommaIn(text, Math.max(0, speakerAt - MAX_TITLE_CHARS), speakerAt);
    while (said > 0 && isSpace(text.charCodeAt(said - 1))) said--;
    if (said <= 0 || !this.finder.speakers.isName(who.speaker) || wordsIn(text, 0, said, MIN_SAID_BEFORE_WORDS) < MIN_SAID_BEFORE_WORDS
      || this.finder.speakers.firstWithin(sentence.start, sentence.start + said)) return null;
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
    const opinionOf = OPINION_OF.exec(phraseKey);
    // "Theo báo cáo, …": a report nobody is named for speaks for nobody.
    if (!opinionOf && REPORT_NOUN_OPENING.test(phraseKey)) return null;
    const whose = opinionOf?.[0].length ?? 0;
    // "Theo ghi nhận của PV X, …": the text's own reporter, no speaker; "Theo Hồng Minh/VOV, …"
    // (a writer and an outlet): a credit line, as the source reads it.
    if (OWN_REPORTER.test(phraseKey.slice(whose)) || phraseKey.includes('/')) return null;
    const speakerText = phrase.slice(whose);
    const speakerFrom = sentence.start + phraseTo - speakerText.length;
    const speakerEnd = sentence.start + phraseTo;
    // "Theo bà A, đại diện Sở B, …": the role in apposition is not what was said.
    const saidFrom = m.index + m[0].length;
    const apposition = APPOSITION.exec(sentence.text.slice(saidFrom));
    // (The capital first: most such clauses have none, and the first test of ROLE_HEAD, a
    // pattern of every position, compiles it, which took milliseconds of a one-article run.)
    const skip = apposition && hasUpper(apposition[1]) && ROLE_HEAD().test(keyOf(doc, sentence.start + saidFrom, sentence.start + saidFrom + apposition[1].length)) ? apposition[0].length : 0;
    const text = sentence.text.slice(saidFrom + skip).trim();
    const words = countWords(speakerText, MAX_SPEAKER_WORDS + MAX_APPOSITION_WORDS + 1);
    if (!words || words > MAX_SPEAKER_WORDS + MAX_APPOSITION_WORDS || countWords(text.slice(0, 60)) < 3) return null;
    // Longer, the phrase is a named person and a role after a dash ("Theo Bác sĩ A - Chủ tịch
    // Hội Chữ thập đỏ tỉnh B, …"; speakerBefore reads that) or nobody.
    const long = words > MAX_SPEAKER_WORDS;
    if (long && !this.finder.speakers.firstWithin(speakerFrom, speakerEnd)) return null;
    const who = this.finder.speakerBefore(speakerFrom, speakerEnd, 'quotes.reported-according-to')
      ?? (!long && (startsUpper(speakerText) || opensWithSpeakerHead(keyOf(doc, speakerFrom, speakerEnd)))
        ? { speaker: speakerText, evidence: doc.evidence(speakerFrom, speakerEnd, 'quotes.reported-according-to') }
        : null);
    if (!who) return null;
    const start = sentence.start + saidFrom + skip;
    return { speaker: who.speaker, text, evidence: [doc.evidence(start, sentence.end, 'quotes.reported-according-to'), who.evidence] };
  }
}

const PASSIVE_KEYS = keySet(PASSIVE_MARKERS);

/**
 * A passive marker right before the verb at `verbAt` ("…, được đánh giá là cung điện đẹp nhất"):
 * what is said of the subject, by nobody the sentence names (a speaker before a comma is not its agent).
 */
function isPassive(key: string, from: number, verbAt: number): boolean {
  const word = wordBefore(key, from, verbAt);
  return word !== null && PASSIVE_KEYS.has(key.slice(word[0], word[1]).toLowerCase());
}

/** Reported speech before its attribution ("…, ông A cho biết.") is at least this long. */
const MIN_SAID_BEFORE_WORDS = 6;
/** A named speaker with an apposition fits in this many characters between a comma and the verb. */
const MAX_SPEAKER_CHARS = 120;

/** "Đó là …" to "của" fits in this many characters (ten words and a noun of speech, three words after it). */
const SAID_BY_REACH = 160;

/** Sticky, after a verb: a colon. */
const COLON_AFTER = /\s*:/y;

/**
 * Whether the word at `at` is capitalised (not in capitals) and follows a capitalised word
 * across one space: a syllable of a name run ("Lê Văn Khuyên"), not a verb in running text.
 */
function followsCapitalisedWord(text: string, at: number): boolean {
  if (!(classAt(text, at) & IS_UPPER) || !(classAt(text, at + 1) & IS_LOWER) || !isSpace(text.charCodeAt(at - 1))) return false;
  // "Lễ Vu Lan – Chúc Thọ": a spaced dash inside a name's capitalised words.
  const space = isDashCode(text.charCodeAt(at - 2)) && isSpace(text.charCodeAt(at - 3)) ? at - 3 : at - 1;
  let k = space - 1;
  // A syllable is at most eight letters (and a few marks when decomposed).
  for (const stop = Math.max(0, space - 13); k > stop && classAt(text, k - 1) & (IS_LETTER | IS_MARK); ) k--;
  return k < space && (classAt(text, k) & IS_UPPER) !== 0;
}

/**
 * Whether the word at `at` is capitalised after a word or a comma of its sentence (from
 * `from`): running text writes a verb in lower case there; a name's words are capitalised.
 */
function capitalisedMidClause(text: string, from: number, at: number): boolean {
  if (!(classAt(text, at) & IS_UPPER)) return false;
  let k = at;
  while (k > from && isSpace(text.charCodeAt(k - 1))) k--;
  return k > from && k < at && (text.charCodeAt(k - 1) === 0x2c || (classAt(text, k - 1) & (IS_LETTER | IS_MARK)) !== 0 || isDigitCode(text.charCodeAt(k - 1)));
}

/** "Đ" or "đ", with which "Đó" and "Đây" open. */
const isDStroke = (c: number) => c === 0x110 || c === 0x111;

/** The last comma in text[from, to), or -1 (a bounded window: lastIndexOf would read back to the start). */
function lastCommaIn(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 0x2c) return i;
  return -1;
}
