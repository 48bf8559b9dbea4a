/**
 * Who speaks: the speaker named by the words just before a speech verb or a quotation (a
 * full name, maybe with a role in apposition; else a pronoun, short name or title in the
 * clause before the verb), resolved to a full name where the document has one. Shared by
 * the direct quotes (quotes.ts) and the reported speech (reported-speech.ts) of the quotes
 * field, which also share its memory of the last speaker.
 */
import type { VnDocument } from '../core/document.js';
import { isSpace } from '../core/text.js';
import type { Article, Evidence } from '../model/article.js';
import { type DocIndex, isKeySlice, keyOf } from './doc-index.js';
import { resolvePerson } from './people.js';
import { type Mention, normOf, SpeakerIndex } from './speakers.js';
import { isDashCode, startsLower } from '../core/chars.js';
import { alternation, keySet, lexiconPatternOnUse } from '../lexicon/compile.js';
import { NAMED_BY_VERB_HEADS, RELATIVE_NOUNS, SPEAKER_GROUPS } from '../lexicon/vi/speaker-cues.js';
import { ORGANIZATION_HEADS } from '../lexicon/vi/organizations.js';
import { KeyPrefixes } from './phrase-sets.js';
import {
  COORDINATOR_AT, HAS_PREDICATE, hasVerb, NOT_SAID_AT_END, ADVERBS_AT_END, opensWithSpeakerHead, honorificLength, isShortName, FUNCTION_WORD_END, FUNCTION_WORD_REACH, MAX_SPEAKER_WORDS, MAX_APPOSITION_WORDS, MAX_PREDICATE_WORDS, MAX_SPEAKER_CONTEXT, hasCharIn, matchedLength,
} from './speech-patterns.js';

export interface Attribution {
  speaker: string;
  evidence: Evidence;
}

/** The speakers of one document, for the direct quotes and the reported speech in turn. */
export class SpeakerFinder {
  /** Built when first asked: about one article in five has no speech verb or quotation that needs it. */
  private speakerIndex: SpeakerIndex | null = null;
  /** The speaker of the last statement attributed, which a pronoun refers back to. */
  lastSpeaker: string | null = null;

  constructor(private readonly doc: VnDocument, private readonly index: DocIndex, private readonly article: Article) {}

  /** The people mentioned in the document (see speakers.ts). */
  get speakers(): SpeakerIndex {
    this.speakerIndex ??= new SpeakerIndex(this.doc, this.article.people);
    return this.speakerIndex;
  }

  /** A short name or title to the person the people extractor found for it. */
  private person(phrase: string, at: number): string | null {
    return resolvePerson(this.article, this.doc, phrase, at)?.name ?? null;
  }

  /**
   * The person named at `at`, before `to`: the name itself, or a form of address and title
   * the people extractor read with it as one mention ("đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch
   * UBND tỉnh Trần Quốc Văn"). Not a name further on ("nhiều đại biểu, trong đó có bà A").
   */
  personAt(at: number, to: number, rule: string): Attribution | null {
    const mention = this.speakers.firstWithin(at, to);
    if (!mention) return null;
    const read = mention.start === at || this.article.people.some((p) => p.name === mention.name && p.evidence.some((e) => e.start === at && e.end >= mention.end));
    return read ? { speaker: mention.name, evidence: this.doc.evidence(at, mention.end, rule) } : null;
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
    // Where the clause ends when nothing but white space stands before the verb (a bare "Hội đồng" then names a body).
    let verbAdjacent = to;
    while (verbAdjacent > from && isSpace(text.charCodeAt(verbAdjacent - 1))) verbAdjacent--;
    // After "đồng thời" or "và" the subject of the sentence speaks, a predicate of its own between.
    let coordinated = false;
    for (let at = ADVERBS_AT_END.findIn(key, base, end - from + base); at >= 0 && end > from; at = ADVERBS_AT_END.findIn(key, base, end - from + base)) {
      coordinated ||= matchedLength(COORDINATOR_AT, key, at) > 0;
      end = at - base + from;
    }
    while (end > from && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2c || (coordinated && text.charCodeAt(end - 1) === 0x3b))) end--;
    loose ||= coordinated;
    if (end === from || NOT_SAID_AT_END.findIn(key, base, end - from + base) >= 0) return null;
    // A named person, possibly followed by a role in apposition ("ông A – Giám đốc B"); after
    // "và" the sentence's subject, named first ("Cục trưởng A chúc mừng ông B … và tin tưởng …").
    const last = coordinated ? undefined : this.speakers.lastWithin(from, end);
    const mention = coordinated ? this.speakers.firstWithin(from, end) : last && this.kinSubject(from, last);
    if (mention) {
      let gapStart = mention.end;
      let gapEnd = end;
      while (gapStart < gapEnd && isSpace(text.charCodeAt(gapStart))) gapStart++;
      while (gapEnd > gapStart && isSpace(text.charCodeAt(gapEnd - 1))) gapEnd--;
      const apposition = gapStart < gapEnd && (',(_'.includes(text[gapStart]) || isDashCode(text.charCodeAt(gapStart))) && !hasCharIn(text, 0x3b, gapStart, gapEnd);
      if (gapStart >= gapEnd || (apposition && wordsIn(text, gapStart, gapEnd, MAX_APPOSITION_WORDS) <= MAX_APPOSITION_WORDS)
        || (loose && wordsIn(text, gapStart, gapEnd, MAX_PREDICATE_WORDS) <= MAX_PREDICATE_WORDS)) {
        return { speaker: mention.name, evidence: doc.evidence(mention.start, end, rule) };
      }
    }
    // A coordinated verb's subject stands before a predicate: no clause right before the verb names it.
    if (coordinated) return null;
    // Otherwise the clause right before the verb (widened over commas while it reads as
    // the tail of a list, "đại diện lãnh đạo các sở, ngành"): a pronoun, short name or title.
    for (let cut = end; cut > from;) {
      // The last comma, semicolon or colon before the cut (a clause or two back, most often).
      let at = cut - 1;
      while (at >= from && !isClauseBreak(text.charCodeAt(at))) at--;
      let clauseStart = at + 1;
      while (clauseStart < end && isSpace(text.charCodeAt(clauseStart))) clauseStart++;
      // Most clauses are too long for a speaker, or hold one already: no strings for them.
      const words = wordsIn(text, clauseStart, end, MAX_SPEAKER_WORDS);
      if (this.speakers.lastWithin(clauseStart, end) || !words || words > MAX_SPEAKER_WORDS) return null;
      const clauseKey = keyOf(doc, clauseStart, end);
      if (end === verbAdjacent && words <= 2 && NAMED_BY_VERB_KEYS.has(normOf(text.slice(clauseStart, end), clauseKey))) return null;
      const found = this.clauseSpeaker(text.slice(clauseStart, end), clauseKey, from, words);
      if (found !== undefined) return found ? { speaker: found, evidence: doc.evidence(clauseStart, end, rule) } : null;
      cut = at;
    }
    return null;
  }

  /**
   * The first person in [from, last] whom an apposition of kinship follows ("Anh A, con trai
   * đại tá B và là cháu nội của Tổng Bí thư C tâm sự: …"): the names after it are the
   * relatives', the clause's subject is the speaker. `last` when none is.
   */
  private kinSubject(from: number, last: Mention): Mention {
    if (last.start <= from) return last;
    for (const m of this.speakers.within(from, last.start)) {
      if (KIN_APPOSITION().test(keyOf(this.doc, m.end, Math.min(last.start, m.end + KIN_REACH)))) return m;
    }
    return last;
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
    const bare = clause.slice(honorificLength(key));
    if (isShortName(bare)) return this.person(clause, at) ?? this.speakers.byShortName(bare, at);
    if (!opensWithSpeakerHead(key)) return startsLower(clause) ? undefined : null;
    // "Các đại biểu dự buổi họp đã sôi nổi bàn bạc, phân tích …": a clause with a predicate of its own.
    if (hasVerb(key) || HAS_PREDICATE.test(key)) return null;
    // Both resolvers may answer; the holder of the title mentioned last is meant.
    normed ||= normOf(clause, key);
    // "Theo Công an tỉnh Đắk Lắk, …": a body speaks for itself, not its director, whose role
    // names it; so do citizens, voters, parents ("Công dân đề nghị …").
    const [a, b] = [this.person(clause, at), opensWithOrganization(key) || opensWithGroup(key) ? null : this.speakers.byTitle(clause, at, normed)];
    if (a && b && a !== b) return this.speakers.lastMentionOf(a, at) >= this.speakers.lastMentionOf(b, at) ? a : b;
    return a ?? b ?? clause;
  }
}

/** A comma or a dash, maybe "là", and a relative's noun (RELATIVE_NOUNS, in lower case), at the start. */
const KIN_APPOSITION = lexiconPatternOnUse(`^\\s*[,\u2013\u2014-]\\s*(?:là\\s+)?${alternation(RELATIVE_NOUNS)}\\s`, '');
/** What KIN_APPOSITION reads at most: a separator, "là" and the longest noun, a space or two each. */
const KIN_REACH = Math.max(...RELATIVE_NOUNS.map((w) => w.length)) + 10;

const ORGANIZATION_HEAD = new KeyPrefixes(ORGANIZATION_HEADS);
/** The key opens with an organisation's head ("Công an tỉnh …"). */
const opensWithOrganization = (key: string) => ORGANIZATION_HEAD.wholeAt(key);

const SPEAKER_GROUP = new KeyPrefixes(SPEAKER_GROUPS);
/** The key opens with a group of the public (SPEAKER_GROUPS). */
const opensWithGroup = (key: string) => SPEAKER_GROUP.wholeAt(key);

/** NAMED_BY_VERB_HEADS in comparison form. */
const NAMED_BY_VERB_KEYS = keySet(NAMED_BY_VERB_HEADS);

/** A comma, semicolon or colon: where a speaker clause before a verb starts. */
const isClauseBreak = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a;

/** countWords(text.slice(from, to), limit) without the slice. */
export function wordsIn(text: string, from: number, to: number, limit = Infinity): number {
  let words = 0;
  let previous = true;
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (previous && !space && ++words > limit) break;
    previous = space;
  }
  return words;
}
