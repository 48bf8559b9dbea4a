/**
 * The people found so far, one entry per person in order of first mention. A later mention
 * adds its evidence and keeps the fullest role; short mentions ("ông Cương") resolve to the
 * person whose name ends with them, the most recently mentioned first.
 */
import { isMarkCode } from '../../core/chars.js';
import type { VnDocument } from '../../core/document.js';
import { matchKey, squash } from '../../core/text.js';
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

export class PeopleRegistry {
  private readonly lastSeen = new Map<Person, number>();
  private readonly byKey = new Map<string, Person>();
  /** Each person's name key, worked out once. */
  private readonly keys = new Map<Person, string>();
  /** People by the last syllable of their name, for short mentions. */
  private readonly byGivenName = new Map<string, Person[]>();

  constructor(readonly people: Person[]) {
    for (const p of people) this.index(p);
  }

  private index(p: Person, key = nameKey(p.name)): void {
    this.byKey.set(key, p);
    this.keys.set(p, key);
    const given = key.slice(key.lastIndexOf(' ') + 1);
    const namesakes = this.byGivenName.get(given);
    if (namesakes) namesakes.push(p);
    else this.byGivenName.set(given, [p]);
  }

  add(m: Mention): Person {
    const { key } = m;
    let person = this.byKey.get(key);
    if (!person) {
      person = { name: m.name, honorific: m.honorific, role: m.role, organization: m.organization, evidence: [] };
      this.people.push(person);
      this.index(person, key);
    } else {
      const role = fullerRole(person.role, m.role);
      if (role !== person.role) {
        person.role = role;
        person.organization = m.organization;
      }
      person.honorific ??= m.honorific;
    }
    person.evidence.push(m.evidence);
    this.lastSeen.set(person, m.evidence.start);
    return person;
  }

  /** The person a short name ("Cương", "Thế Cương"; `tail` its nameKey) refers to: name ends with it. */
  byShortName(tail: string): Person | undefined {
    let best: Person | undefined;
    for (const p of this.byGivenName.get(tail.slice(tail.lastIndexOf(' ') + 1)) ?? []) {
      const key = this.keys.get(p) as string;
      if (key !== tail && !key.endsWith(` ${tail}`)) continue;
      if (!best || (this.lastSeen.get(p) ?? -1) > (this.lastSeen.get(best) ?? -1)) best = p;
    }
    return best;
  }

  /** nameKey of the name of `person`, when this registry holds them. */
  keyOf(person: Person): string | undefined {
    return this.keys.get(person);
  }

  /** Record a short mention of a known person. */
  mention(person: Person, evidence: Evidence, role: string | null, organization: string | null): void {
    person.evidence.push(evidence);
    this.lastSeen.set(person, evidence.start);
    this.giveRole(person, role, organization);
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

/** The registry of the people extracted last (documents are extracted one at a time). */
let latest: PeopleRegistry | null = null;

/** Keep `registry`, whose people later extractors look up (see peopleNameKeys). */
export function keepRegistry(registry: PeopleRegistry): void {
  latest = registry;
}

/** nameKey of each name of `people`: the registry that found them worked them out already. */
export function peopleNameKeys(people: readonly Person[]): string[] {
  const registry = latest?.people === people ? latest : null;
  return people.map((p) => registry?.keyOf(p) ?? nameKey(p.name));
}
