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
import type { VnDocument } from '../../core/document.js';
import { matchKey } from '../../core/text.js';
import type { Article, Person } from '../../model/article.js';
import { expandAbbreviations } from '../organizations/expand.js';
import { nameKey } from './registry.js';
import { ACADEMIC_SET, HONORIFIC_SET, NAMESAKE_SET, PLACE_WORD_SET, RANK_SET } from '../phrases.js';
import { matchPosition } from './roles.js';
import { isNameSyllable } from './names.js';
import { tokenize, type Token } from '../tokens.js';
import { DIGIT, LETTER, MARK } from '../../core/chars.js';

const NON_WORD = new RegExp(`[^${LETTER}${MARK}${DIGIT}]+`, 'u');

const words = (text: string) =>
  matchKey(expandAbbreviations(text)).toLocaleLowerCase('vi').split(NON_WORD).filter(Boolean);

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

export function resolvePerson(article: Article, _doc: VnDocument, mention: string, before?: number): Person | undefined {
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
  // A name after a place word or a namesake word ("TP Hồ Chí Minh", "Trường THCS Chu Văn
  // An") names a place or a school inside a role, not the person.
  const namesake = (k: number) => k > from && (PLACE_WORD_SET.endsBefore(tokens, k) || NAMESAKE_SET.endsBefore(tokens, k));
  for (let k = run; k <= tokens.length - 2; k++) {
    const exact = !namesake(k) && people.find((p) => nameKey(p.name) === keyFrom(k));
    if (exact) return exact;
  }
  if (run === from && run < tokens.length) {
    const key = keyFrom(run);
    return people.find((p) => nameKey(p.name) === key) ?? pick(people.filter((p) => nameKey(p.name).endsWith(` ${key}`)), before);
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
    const segments = p.role.split(/[,;]/).map(words);
    if (!segments.some((seg) => head.every((w, k) => seg[k] === w))) continue;
    const have = new Set(words(p.role));
    const score = rest.length ? rest.filter((w) => have.has(w)).length / rest.length : 1;
    if (score > best) [best, fits] = [score, [p]];
    else if (score === best) fits.push(p);
  }
  return best >= 0.5 ? pick(fits, before) : undefined;
}
