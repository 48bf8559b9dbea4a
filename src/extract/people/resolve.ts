/**
 * Resolving a mention back to a person already found, for other extractors (the quotes
 * extractor resolves speakers with it):
 *   resolvePerson(article, doc, 'ông Cương')                    → the Person named "… Cương"
 *   resolvePerson(article, doc, 'Trần Thế Cương')               → that Person
 *   resolvePerson(article, doc, 'Giám đốc Sở GD&ĐT Hà Nội', at) → the Person with that role
 *   resolvePerson(article, doc, 'Thứ trưởng Trần Thế Cương')    → the Person so named
 * `before` (a document offset) prefers, among several candidates, the one mentioned last
 * before it. Returns undefined when nobody fits.
 */
import { isWordCode } from '../../core/chars.js';
import type { VnDocument } from '../../core/document.js';
import { matchKey } from '../../core/text.js';
import type { Article, Person } from '../../model/article.js';
import { expandAbbreviations } from '../organizations/expand.js';
import { nameKey, peopleNameKeys } from './registry.js';
import { ACADEMIC_SET, HONORIFIC_SET, NAMESAKE_SET, PLACE_WORD_SET, RANK_SET } from '../phrases.js';
import { matchPosition } from './roles.js';
import { isNameSyllable } from './names.js';
import { tokenize, type Token } from '../tokens.js';

/** The runs of letters, marks and digits of `text`. */
function wordRuns(text: string): string[] {
  const runs: string[] = [];
  for (let k = 0; k < text.length; k++) {
    if (!isWordCode(text.charCodeAt(k))) continue;
    const start = k;
    while (k < text.length && isWordCode(text.charCodeAt(k))) k++;
    runs.push(text.slice(start, k));
  }
  return runs;
}

/** The words of `text` with abbreviations expanded, as match keys, lower case (see nameKey). */
const words = (text: string) => wordRuns(matchKey(expandAbbreviations(text)).toLowerCase());

const startsWithWords = (seg: string[], head: string[]) => head.every((w, k) => seg[k] === w);

/** A person's role as `words` of each comma or semicolon segment, and of the whole (when asked). */
interface RoleWords {
  role: string;
  segments: string[][];
  words?: Set<string>;
}

/**
 * The role words of the people resolved against last (one document is extracted at a time):
 * each speaker phrase is compared with every role, worked out once per person (and again
 * only when their role has changed).
 */
let roleWordsKnown: { people: readonly Person[]; byPerson: Map<Person, RoleWords> } | null = null;

function roleWords(people: readonly Person[], person: Person, role: string): RoleWords {
  if (roleWordsKnown?.people !== people) roleWordsKnown = { people, byPerson: new Map() };
  let known = roleWordsKnown.byPerson.get(person);
  if (known?.role !== role) {
    known = { role, segments: role.split(/[,;]/).map(words) };
    roleWordsKnown.byPerson.set(person, known);
  }
  return known;
}

/** Skip forms of address, academic prefixes and ranks at the head of a mention. */
function skipPrefix(tokens: readonly Token[]): number {
  let i = 0;
  for (;;) {
    const n = HONORIFIC_SET.match(tokens, i) || ACADEMIC_SET.match(tokens, i) || RANK_SET.match(tokens, i);
    if (n) i += n;
    else if (tokens[i] && !tokens[i].word) i++;
    else return i;
  }
}

/** The last evidence offset of `p` before `before` (or its first mention when none). */
function lastMentionBefore(p: Person, before: number): number {
  let best = -1;
  for (const e of p.evidence) if (e.start < before && e.start > best) best = e.start;
  return best;
}

function pick(candidates: Person[], before: number | undefined): Person | undefined {
  if (candidates.length <= 1 || before === undefined) return candidates[0];
  return candidates.reduce((a, b) => (lastMentionBefore(b, before) > lastMentionBefore(a, before) ? b : a));
}

export function resolvePerson(article: Article, doc: VnDocument, mention: string, before?: number): Person | undefined {
  const { people } = article;
  if (!people.length) return undefined;
  const text = mention.normalize('NFC').trim();
  const local = { text, key: matchKey(text) };
  const tokens = tokenize(local, 0, local.text.length);
  const from = skipPrefix(tokens);
  // A name, full or short, alone or after a title ("Thứ trưởng Lê A"): the person whose
  // name is it or ends with it.
  let run = tokens.length;
  while (run > from && isNameSyllable(tokens[run - 1]) && !matchPosition(tokens, run - 1, true)) run--;
  const keyFrom = (k: number) => nameKey(tokens.slice(k).map((t) => t.text).join(' '));
  let keys: string[] | undefined;
  const personKeys = () => (keys ??= peopleNameKeys(doc, people));
  // A name after a place word or a namesake word ("TP Hồ Chí Minh", "Trường THCS Chu Văn
  // An") names a place or a school inside a role, not the person.
  const namesake = (k: number) => k > from && (PLACE_WORD_SET.endsBefore(tokens, k) || NAMESAKE_SET.endsBefore(tokens, k));
  for (let k = run; k <= tokens.length - 2; k++) {
    if (namesake(k)) continue;
    const exact = personKeys().indexOf(keyFrom(k));
    if (exact >= 0) return people[exact];
  }
  if (run === from && run < tokens.length) {
    const key = keyFrom(run);
    const exact = personKeys().indexOf(key);
    if (exact >= 0) return people[exact];
    return pick(people.filter((_, i) => personKeys()[i].endsWith(` ${key}`)), before);
  }
  // A title: a role segment starting with the same position, most of the rest in the role.
  const position = matchPosition(tokens, from, true);
  if (!position) return undefined;
  const head = words(local.text.slice(tokens[from].start, tokens[from + position - 1].end));
  const rest = words(local.text.slice(tokens[from + position - 1].end));
  let best = 0;
  let fits: Person[] = [];
  for (const p of people) {
    if (!p.role) continue;
    const role = roleWords(people, p, p.role);
    if (!role.segments.some((segment) => startsWithWords(segment, head))) continue;
    const have = (role.words ??= new Set(words(p.role)));
    const score = rest.length ? rest.filter((w) => have.has(w)).length / rest.length : 1;
    if (score > best) [best, fits] = [score, [p]];
    else if (score === best) fits.push(p);
  }
  return best >= 0.5 ? pick(fits, before) : undefined;
}
