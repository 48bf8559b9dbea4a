/**
 * The people found so far, one entry per person in order of first mention. A later mention
 * adds its evidence and keeps the fullest role; short mentions ("ông Cương") resolve to the
 * person whose name ends with them, the most recently mentioned first.
 */
import { matchKey, squash } from '../../core/text.js';
import type { Evidence, Person } from '../../model/article.js';

export const nameKey = (name: string) => matchKey(squash(name).normalize('NFC')).toLocaleLowerCase('vi');

export interface Mention {
  name: string;
  honorific: string | null;
  role: string | null;
  organization: string | null;
  evidence: Evidence;
}

/** Of two roles for one person, the fuller: more words wins, the first seen on a tie. */
export function fullerRole(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.split(/\s+/).length > a.split(/\s+/).length ? b : a;
}

export class PeopleRegistry {
  private readonly lastSeen = new Map<Person, number>();
  private readonly byKey = new Map<string, Person>();
  /** People by the last syllable of their name, for short mentions. */
  private readonly byGivenName = new Map<string, Person[]>();

  constructor(readonly people: Person[]) {
    for (const p of people) this.index(p);
  }

  private index(p: Person): void {
    const key = nameKey(p.name);
    this.byKey.set(key, p);
    const given = key.split(' ').pop() ?? key;
    this.byGivenName.set(given, [...(this.byGivenName.get(given) ?? []), p]);
  }

  find(name: string): Person | undefined {
    return this.byKey.get(nameKey(name));
  }

  add(m: Mention): Person {
    let person = this.find(m.name);
    if (!person) {
      person = { name: m.name, honorific: m.honorific, role: m.role, organization: m.organization, evidence: [] };
      this.people.push(person);
      this.index(person);
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

  /** The person a short name ("Cương", "Thế Cương") refers to: name ends with it. */
  byShortName(short: string): Person | undefined {
    const tail = nameKey(short);
    let best: Person | undefined;
    for (const p of this.byGivenName.get(tail.split(' ').pop() ?? tail) ?? []) {
      const key = nameKey(p.name);
      if (key !== tail && !key.endsWith(` ${tail}`)) continue;
      if (!best || (this.lastSeen.get(p) ?? -1) > (this.lastSeen.get(best) ?? -1)) best = p;
    }
    return best;
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
