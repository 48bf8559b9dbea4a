/**
 * Who speaks: person mentions (offsets and the role words around them) and the resolution
 * of a speaker phrase ("ông Châu", "Giám đốc Sở", "ông") to a full name, by position. It
 * complements the people extractor (whose `resolvePerson` the quotes extractor asks
 * first): its people give the mentions, and names it missed are spotted in the text (see
 * spotted-names.ts).
 */
import type { Span, VnDocument } from '../core/document.js';
import { lastAtOrBefore } from '../core/document.js';
import { mergeSorted } from '../core/sorted.js';
import { isSpace, matchKey, squash } from '../core/text.js';
import type { Person } from '../model/article.js';
import { alternation, keySet, lexiconKey, lexiconPattern } from '../lexicon/compile.js';
import { NEXT_PERSON_WORDS, SPEAKER_PRONOUNS, TITLE_MODIFIERS } from '../lexicon/vi/speaker-cues.js';
import { classAt, DASH, isDashCode, IS_LETTER, IS_MARK } from '../core/chars.js';
import { keyOf } from './doc-index.js';
import { spotNames } from './spotted-names.js';
import { abbreviatedTitle, holdsAbbreviatedTitle, roleWordList } from './abbreviated-title.js';

export interface Mention {
  name: string;
  start: number;
  end: number;
  /** The person's role as the people extractor found it ('' for none); null for a spotted name. */
  role: string | null;
  /**
   * Role words written next to the name, lower-cased match key, for title look-ups: worked
   * out when a title look-up first reaches the mention (see SpeakerIndex.contextOf).
   */
  context?: string;
  /** The role (or, with none, the context) cut into words, for abbreviated titles (see abbreviated-title.ts), when first asked. */
  contextWords?: string[];
}

/** A modifier and a space before a title make it another title ("phó giám đốc"). */
const MODIFIERS_BEFORE = TITLE_MODIFIERS.map((w) => `${lexiconKey(w)} `);
const ANOTHER_PERSON = lexiconPattern(`(?:^|\\s)${alternation(NEXT_PERSON_WORDS)}\\s`);
const PRONOUN_KEYS = keySet(SPEAKER_PRONOUNS);
/** Role after the name: "– Giám đốc Sở X", ", Chủ tịch UBND xã Y," up to a stop. */
const ROLE_AFTER = new RegExp(String.raw`^\s*(?:[${DASH},_]|\()\s*([^;.()\n]{2,160})`, 'u');

/** How many mentions before and after a position a reference may reach. */
const NEAREST_WINDOW = 200;
/** How many mentions before it a title with an abbreviated organisation may refer back to. */
const ABBREVIATED_TITLE_WINDOW = 8;

/** Comparison form: NFC, canonical tone placement, single spaces, lower case. */
export const norm = (s: string) => squash(matchKey(s.normalize('NFC'))).toLowerCase();

/**
 * norm(text) given `key`, which is matchKey(text) (a document range and its keyOf): the
 * key squashed and lower-cased when the text is NFC, as a document's text and its ranges
 * are, with no second matchKey pass over it.
 */
export const normOf = (text: string, key: string) => (text.normalize('NFC') === text ? squash(key).toLowerCase() : norm(text));

/** Where the role words before a name start: after the last of these (,;:.()\n or a dash), a table look-up. */
const CLAUSE_DELIMITER = new Uint8Array(0x80);
for (const c of ',;:.()\n') CLAUSE_DELIMITER[c.charCodeAt(0)] = 1;
const isClauseDelimiter = (c: number) => (c < 0x80 && CLAUSE_DELIMITER[c] === 1) || isDashCode(c);
const ANOTHER_PERSON_ALL = lexiconPattern(ANOTHER_PERSON.source, 'gi');

/** The length of the text before the first word that opens another person's mention. */
function untilAnotherPerson(text: string): number {
  const m = ANOTHER_PERSON.exec(text);
  return m ? m.index : text.length;
}

/** Where the text after the last word that opens another person's mention starts. */
function afterAnotherPerson(text: string): number {
  let from = 0;
  ANOTHER_PERSON_ALL.lastIndex = 0;
  while (ANOTHER_PERSON_ALL.exec(text)) from = ANOTHER_PERSON_ALL.lastIndex;
  return from;
}

/** Whether a dash, comma, underscore or bracket follows `at` (after white space): ROLE_AFTER can match. */
function opensApposition(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 200);
  while (at < limit && isSpace(text.charCodeAt(at))) at++;
  return at < limit && (',_('.includes(text[at]) || isDashCode(text.charCodeAt(at)));
}

/** Whether role words hold `title` as whole words, not after a modifier ("phó"). */
function holdsTitle(context: string, title: string): boolean {
  for (let at = context.indexOf(title); at >= 0; at = context.indexOf(title, at + 1)) {
    if (at > 0 && classAt(context, at - 1) & (IS_LETTER | IS_MARK)) continue;
    if (MODIFIERS_BEFORE.some((m) => context.endsWith(m, at))) continue;
    if (!(classAt(context, at + title.length) & (IS_LETTER | IS_MARK))) return true;
  }
  return false;
}

const byStart = (a: Span, b: Span) => a.start - b.start;
const startOf = (span: Span) => span.start;

/** Most spans sortByStart sorts by insertion (a few per person: most articles name a handful). */
const INSERTION_SORTED = 32;

/**
 * Sorts `spans` by start, stably (as `sort(byStart)` does): by insertion when there are
 * few, which for a handful costs less than the built-in sort calling back for each pair.
 */
function sortByStart(spans: Span[]): void {
  if (spans.length > INSERTION_SORTED) {
    spans.sort(byStart);
    return;
  }
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i];
    let j = i;
    for (; j > 0 && spans[j - 1].start > span.start; j--) spans[j] = spans[j - 1];
    spans[j] = span;
  }
}

export class SpeakerIndex {
  readonly mentions: Mention[];
  private readonly roleKeys = new Map<string, string>();
  private readonly nameKeys = new Map<string, { name: string; words: string[] }>();
  private names?: Set<string>;

  constructor(private readonly doc: VnDocument, people: readonly Person[]) {
    // The people extractor's spans: their evidence itself (only offsets are read).
    const covered: Span[] = [];
    const mentions: Mention[] = [];
    for (const person of people) {
      const nameKey = matchKey(person.name);
      const role = person.role ?? '';
      for (const ev of person.evidence) {
        covered.push(ev);
        // The evidence may cover the role too; the mention is the name inside it (most
        // often the whole of it).
        const at = ev.end - ev.start >= nameKey.length && doc.key.startsWith(nameKey, ev.start) ? 0 : doc.key.slice(ev.start, ev.end).indexOf(nameKey);
        const start = at >= 0 ? ev.start + at : ev.start;
        mentions.push({ name: person.name, start, end: at >= 0 ? start + person.name.length : ev.end, role });
      }
    }
    sortByStart(mentions);
    sortByStart(covered);
    const spotted = spotNames(doc, covered);
    this.mentions = spotted.length ? mergeSorted(mentions, spotted, startOf) : mentions;
  }

  /** Role words of a mention: its person's role (when known) and the words written around it. */
  private contextOf(m: Mention): string {
    m.context ??= m.role === null ? this.roleWords(m.start, m.end) : `${this.normRole(m.role)} | ${this.roleWords(m.start, m.end)}`;
    return m.context;
  }

  /** norm() of a mention's name and its words, made once per name (a name is mentioned again and again). */
  private nameKeyOf(name: string): { name: string; words: string[] } {
    let key = this.nameKeys.get(name);
    if (!key) {
      const normed = norm(name);
      this.nameKeys.set(name, (key = { name: normed, words: normed.split(' ') }));
    }
    return key;
  }

  /** norm() of a person's role, made once per role (each mention of a person has it). */
  private normRole(role: string): string {
    let key = this.roleKeys.get(role);
    if (key === undefined) this.roleKeys.set(role, (key = norm(role)));
    return key;
  }

  /**
   * Whether the role words of `m` hold the title `t`: its person's role alone often does
   * (an occurrence there reads the same in the whole context), and the words written
   * around the mention are read only when it does not.
   */
  private holdsTitle(m: Mention, t: string): boolean {
    return (m.role !== null && holdsTitle(this.normRole(m.role), t)) || holdsTitle(this.contextOf(m), t);
  }

  /** The role words written around a mention: the clause before it and an apposition after. */
  private roleWords(start: number, end: number): string {
    const text = this.doc.text;
    // Another person's words start at a conjunction or a form of address.
    let role = '';
    const m = opensApposition(text, end) ? ROLE_AFTER.exec(text.slice(end, end + 200)) : null;
    if (m) {
      const from = end + m[0].length - m[1].length;
      role = this.normTrimmed(from, from + untilAnotherPerson(m[1]));
    }
    let tail = start;
    while (tail > Math.max(0, start - 120) && !isClauseDelimiter(text.charCodeAt(tail - 1))) tail--;
    // norm() of the two parts joined by " | ", made part by part (the bar and its spaces
    // change nothing in either): trimmed, each is most often single-spaced already.
    const before = this.normTrimmed(tail + afterAnotherPerson(text.slice(tail, start)), start);
    return `${before ? `${before} ` : ''}|${role ? ` ${role}` : ''}`;
  }

  /** norm(doc.text.slice(start, end).trim()), its match key read from the document's. */
  private normTrimmed(start: number, end: number): string {
    const text = this.doc.text;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return start === end ? '' : normOf(text.slice(start, end), keyOf(this.doc, start, end));
  }

  /** The first mention that starts inside [start, end), if any. */
  firstWithin(start: number, end: number): Mention | undefined {
    const first = this.mentions[lastAtOrBefore(this.mentions, start - 1) + 1];
    return first && first.start < end ? first : undefined;
  }

  /** The last mention that starts inside [start, end), if any. */
  lastWithin(start: number, end: number): Mention | undefined {
    const last = this.mentions[lastAtOrBefore(this.mentions, end - 1)];
    return last && last.start >= start ? last : undefined;
  }

  /** Mentions that start inside [start, end) (a mention may run on past `end`). */
  within(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = lastAtOrBefore(this.mentions, start - 1) + 1; i < this.mentions.length && this.mentions[i].start < end; i++) {
      out.push(this.mentions[i]);
    }
    return out;
  }

  /**
   * The mention nearest before `at` satisfying `test`, else the first after it. Only a
   * window of mentions around `at` is searched: a title refers back to a recent name.
   */
  private nearest(at: number, test: (m: Mention) => boolean): Mention | undefined {
    const i = lastAtOrBefore(this.mentions, at - 1);
    for (let j = i; j >= Math.max(0, i - NEAREST_WINDOW); j--) if (test(this.mentions[j])) return this.mentions[j];
    for (let j = i + 1; j < Math.min(this.mentions.length, i + 1 + NEAREST_WINDOW); j++) if (test(this.mentions[j])) return this.mentions[j];
    return undefined;
  }

  /** A single name word ("Châu", "ông Thuận") to the full name mentioned before. */
  byShortName(word: string, at: number): string | null {
    const w = norm(word);
    const byLast = this.nearest(at, (m) => {
      const key = this.nameKeyOf(m.name);
      return key.words[key.words.length - 1] === w && key.name !== w;
    });
    // Names in other orders ("ông Kumeda" for Kumeda Masakuni).
    return (byLast ?? this.nearest(at, (m) => {
      const key = this.nameKeyOf(m.name);
      return key.words.includes(w) && key.name !== w;
    }))?.name ?? null;
  }

  /**
   * A title or role phrase ("Thứ trưởng", "Giám đốc Sở GD&ĐT") to the person holding it;
   * `t` is norm(title), when the caller has it.
   */
  byTitle(title: string, at: number, t = norm(title)): string | null {
    if (t.length < 3) return null;
    const holder = this.nearest(at, (m) => this.holdsTitle(m, t));
    if (holder) return holder.name;
    // "Phó Chủ tịch Tổng LĐLĐ" for a role written "Phó Chủ tịch Tổng Liên đoàn Lao động".
    const abbreviated = abbreviatedTitle(title, t);
    if (!abbreviated) return null;
    // The few mentions right before: reading the words around every mention of the window costs.
    const i = lastAtOrBefore(this.mentions, at - 1);
    for (let j = i; j >= Math.max(0, i - ABBREVIATED_TITLE_WINDOW); j--) {
      const m = this.mentions[j];
      // The role the people extractor found when there is one (the words around the mention cost a read).
      if (holdsAbbreviatedTitle((m.contextWords ??= roleWordList(m.role ? this.normRole(m.role) : this.contextOf(m))), abbreviated)) return m.name;
    }
    return null;
  }

  /** Whether a phrase (`normed`: its norm(), when the caller has it) is a pronoun. */
  isPronoun(phrase: string, normed = norm(phrase)): boolean {
    return PRONOUN_KEYS.has(normed);
  }

  /** The last person mentioned in the block of `at`, before it. */
  lastInBlock(at: number, blockStart: number): string | null {
    return this.within(blockStart, at).pop()?.name ?? null;
  }

  /** Whether `name` is a person's name found in the text. */
  isName(name: string): boolean {
    this.names ??= new Set(this.mentions.map((m) => m.name));
    return this.names.has(name);
  }

  /** Offset of the last mention of `name` before `at`, or -1. */
  lastMentionOf(name: string, at: number): number {
    const last = lastAtOrBefore(this.mentions, at - 1);
    for (let i = last; i >= Math.max(0, last - NEAREST_WINDOW); i--) if (this.mentions[i].name === name) return this.mentions[i].start;
    return -1;
  }

  /** The last person mentioned before `at`. */
  lastBefore(at: number): string | null {
    return this.mentions[lastAtOrBefore(this.mentions, at - 1)]?.name ?? null;
  }
}
