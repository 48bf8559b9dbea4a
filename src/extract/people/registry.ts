/**
 * The people found so far, one entry per person in order of first mention. A later mention
 * adds its evidence and keeps the fullest role; short mentions ("ông Cương") resolve to the
 * person whose name ends with them, the most recently mentioned first.
 */
import { isMarkCode } from '../../core/chars.js';
import { derivedKey, type VnDocument } from '../../core/document.js';
import { countWords, matchKey, squash } from '../../core/text.js';
import type { Evidence, Person } from '../../model/article.js';
import { spacedPieces, spanText, type Token } from '../tokens.js';

// toLowerCase is toLocaleLowerCase('vi') (only az, el, lt and tr have rules of their own)
// without working out the locale on every call, which cost five times the lowering.
export const nameKey = (name: string) => matchKey(squash(name).normalize('NFC')).toLowerCase();

/**
 * nameKey of the text of tokens [from, to). For a run of name syllables (parted by spaces
 * only) it is their keys joined, which are already match keys of NFC text, lower-cased;
 * anything else, or text holding a combining mark (it may not be NFC: cleanText drops
 * invisible characters after composing), takes the long way.
 */
export function runNameKey(doc: VnDocument, tokens: readonly Token[], from: number, to: number): string {
  for (let k = from; k < to; k++) if (!tokens[k].nameSyllable) return nameKey(spanText(doc, tokens, from, to));
  for (let k = tokens[from].start; k < tokens[to - 1].end; k++) {
    if (isMarkCode(doc.text.charCodeAt(k))) return nameKey(spanText(doc, tokens, from, to));
  }
  // Parted by single spaces, the keys joined are the document key's span lower-cased: one
  // flat string, not a concatenation the registry's maps would flatten to hash.
  let single = to - from > 1;
  for (let k = from + 1; k < to && single; k++) single = tokens[k].start === tokens[k - 1].end + 1 && doc.key.charCodeAt(tokens[k - 1].end) === 0x20;
  if (single) return doc.key.slice(tokens[from].start, tokens[to - 1].end).toLowerCase();
  let key = tokens[from].key;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k].key}`;
  return key;
}

export interface Mention {
  name: string;
  /** nameKey(name). */
  key: string;
  honorific: string | null;
  role: string | null;
  organization: string | null;
  evidence: Evidence;
}

/** Of two roles for one person, the fuller: more words wins, the first seen on a tie. */
export function fullerRole(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  // b's words are counted only up to one more than a's.
  const words = spacedPieces(a);
  return spacedPieces(b, words + 1) > words ? b : a;
}

/** What the registry keeps of one person: the name key and where they were mentioned last. */
export interface Entry {
  readonly person: Person;
  readonly key: string;
  lastSeen: number;
}

/** Words of a full name shortened to its last syllables, as officials are named again ("Kim Tiến"). */
const SHORTENED_WORDS = 2;

/** The last word of a name key (the given name). */
const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

export class PeopleRegistry {
  /** By name key (most look-ups); by Person only for keyOf, built when first asked. */
  private readonly byKey = new Map<string, Entry>();
  /** People by the last syllable of their name, for short mentions. */
  private readonly byGivenName = new Map<string, Entry[]>();
  private readonly entries: Entry[] = [];
  private byPerson: Map<Person, Entry> | null = null;

  constructor(readonly people: Person[]) {
    for (const p of people) this.index(p, nameKey(p.name));
  }

  private index(person: Person, key: string, lastSeen = -1): void {
    const entry: Entry = { person, key, lastSeen };
    this.byKey.set(key, entry);
    this.entries.push(entry);
    this.byPerson?.set(person, entry);
    const last = lastWord(key);
    const namesakes = this.byGivenName.get(last);
    if (namesakes) namesakes.push(entry);
    else this.byGivenName.set(last, [entry]);
  }

  add(m: Mention): Person {
    const { key } = m;
    const entry = this.byKey.get(key);
    // Two syllables that end a full name read before are that person shortened ("Bộ trưởng Kim Tiến" after "… Nguyễn Thị Kim Tiến").
    const shortened = entry || countWords(key) !== SHORTENED_WORDS ? undefined : this.byShortName(key);
    if (shortened) {
      this.mention(shortened, m.evidence, m.role, m.organization);
      shortened.person.honorific ??= m.honorific;
      return shortened.person;
    }
    if (!entry) {
      const person: Person = { name: m.name, honorific: m.honorific, role: m.role, organization: m.organization, evidence: [m.evidence] };
      this.people.push(person);
      this.index(person, key, m.evidence.start);
      return person;
    }
    const { person } = entry;
    const role = fullerRole(person.role, m.role);
    if (role !== person.role) {
      person.role = role;
      person.organization = m.organization;
    }
    person.honorific ??= m.honorific;
    person.evidence.push(m.evidence);
    entry.lastSeen = m.evidence.start;
    return person;
  }

  /**
   * The person a short name ("Cương", "Thế Cương"; `tail` its nameKey) refers to: whose name
   * ends with it, the most recently mentioned first.
   */
  byShortName(tail: string): Entry | undefined {
    const namesakes = this.byGivenName.get(lastWord(tail));
    if (!namesakes) return undefined;
    let best: Entry | undefined;
    for (const entry of namesakes) {
      const { key } = entry;
      // Ends with " " + tail, or is tail.
      if (key !== tail && !(key.endsWith(tail) && key.charCodeAt(key.length - tail.length - 1) === 0x20)) continue;
      if (!best || entry.lastSeen > best.lastSeen) best = entry;
    }
    return best;
  }

  /** nameKey of the name of `person`, when this registry holds them. */
  keyOf(person: Person): string | undefined {
    if (!this.byPerson) this.byPerson = new Map(this.entries.map((e) => [e.person, e]));
    return this.byPerson.get(person)?.key;
  }

  /** Record a short mention of a known person (found by byShortName). */
  mention(entry: Entry, evidence: Evidence, role: string | null, organization: string | null): void {
    entry.person.evidence.push(evidence);
    entry.lastSeen = evidence.start;
    this.giveRole(entry.person, role, organization);
  }

  /** Give `person` a role (and its organisation) when it is fuller than theirs. */
  giveRole(person: Person, role: string | null, organization: string | null): void {
    const fuller = fullerRole(person.role, role);
    if (fuller !== person.role) {
      person.role = fuller;
      person.organization = organization;
    }
  }
}

const REGISTRY = derivedKey<PeopleRegistry>('people-registry');

/** Keep `registry` of `doc`, whose people later extractors look up (see peopleNameKeys). */
export function keepRegistry(doc: VnDocument, registry: PeopleRegistry): void {
  doc.keep(REGISTRY, registry);
}

/** nameKey of each name of `people`, found in `doc`: the registry that found them worked them out already. */
export function peopleNameKeys(doc: VnDocument, people: readonly Person[]): string[] {
  const kept = doc.kept(REGISTRY);
  const registry = kept?.people === people ? kept : null;
  return people.map((p) => registry?.keyOf(p) ?? nameKey(p.name));
}
