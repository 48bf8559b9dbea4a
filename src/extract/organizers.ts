/**
 * organizers: the organisations that organised the main event, from the first source that
 * gives any:
 *   1. front matter `organizers` (the author said so);
 *   2. the first sentence whose subject is a chain of organisations ending in an organising
 *      verb: "X tổ chức", "X phối hợp với Y, Z và W tổ chức", "do X tổ chức", "X đã chủ trì",
 *      "X đăng cai" (a person named after the organisation may stand between: "UBND tỉnh
 *      Lê Văn A chủ trì"); attendees ("Dự lễ có …") never match: no organising verb;
 *   3. "do X [phối hợp với Y]" without a verb ("Ngày hội do X kết hợp với Y nhằm …");
 *   4. the first organisation the headline names ("Giải việt dã Công đoàn X năm 2025").
 */
import type { VnDocument } from '../core/document.js';
import type { Person } from '../model/article.js';
import type { ExtractContext } from './context.js';
import { findOrganizations, organization, type TokenSpan } from './organizations/index.js';
import { nameKey } from './people/registry.js';
import { COORGANIZER_LINK_SET, ORGANIZED_BY_SET, ORGANIZING_ADVERB_SET, ORGANIZING_VERB_SET } from './phrases.js';
import { spanText, tokenize, type Token } from './tokens.js';

/** Most tokens of a "tại …" place skipped between the organisers and the verb. */
const MAX_PLACE_TOKENS = 10;

interface Sentence {
  tokens: Token[];
  spans: TokenSpan[];
}

function skipAdverbs(tokens: readonly Token[], j: number): number {
  for (let n = ORGANIZING_ADVERB_SET.match(tokens, j); n; n = ORGANIZING_ADVERB_SET.match(tokens, j)) j += n;
  return j;
}

/** Skip a known person's name at `j` (the organisation is in that person's role). */
function skipPerson(doc: VnDocument, tokens: readonly Token[], j: number, people: readonly Person[]): number {
  for (const p of people) {
    const n = p.name.split(/\s+/).length;
    if (j + n <= tokens.length && nameKey(spanText(doc, tokens, j, j + n)) === nameKey(p.name)) return j + n;
  }
  return j;
}

/** Skip "tại <place>" when the organising verb follows it closely. */
function skipPlace(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.key !== 'tại') return j;
  for (let k = j + 1; k < tokens.length && k - j <= MAX_PLACE_TOKENS; k++) {
    if (!tokens[k].word) return j;
    if (ORGANIZING_VERB_SET.has(tokens, k)) return k;
  }
  return j;
}

/**
 * The organisations of a subject chain starting at `spans[first]`: those joined by commas
 * and links, ended by an organising verb (or by anything when `verbless`). null if none.
 */
function readChain(doc: VnDocument, { tokens, spans }: Sentence, first: number, people: readonly Person[], verbless: boolean): TokenSpan[] | null {
  const chain = [{ ...spans[first] }];
  let linked = false;
  let j = spans[first].end;
  for (;;) {
    // "X của Y" (a body of Y) is one organiser.
    const owner = tokens[j]?.key === 'của' ? spans.find((s) => s.start === j + 1) : undefined;
    if (owner) {
      chain[chain.length - 1].end = j = owner.end;
      continue;
    }
    j = skipPlace(tokens, skipAdverbs(tokens, skipPerson(doc, tokens, j, people)));
    if (ORGANIZING_VERB_SET.has(tokens, j)) break;
    let moved = false;
    for (;;) {
      const link = tokens[j]?.text === ',' ? 1 : COORGANIZER_LINK_SET.match(tokens, j);
      if (!link) break;
      linked ||= tokens[j].text !== ',';
      j = skipAdverbs(tokens, j + link);
      moved = true;
    }
    const next = moved ? spans.find((s) => s.start === j) : undefined;
    if (!next) {
      if (verbless && chain.some((s) => !s.bare)) break;
      return null;
    }
    chain.push({ ...next });
    j = next.end;
  }
  // "Bệnh viện X, Bộ Y tổ chức": two names joined by a comma alone are one organisation.
  if (chain.length === 2 && !linked && !verbless) return [{ start: chain[0].start, end: chain[1].end, bare: false }];
  return chain.filter((s) => !s.bare);
}

/** Rule 2: the first verb-ended subject chain of the article. */
function subjectOfVerb(doc: VnDocument, sentences: Sentence[], people: readonly Person[]) {
  for (const sentence of sentences) {
    for (let s = 0; s < sentence.spans.length; s++) {
      if (sentence.spans[s].bare) continue;
      const chain = readChain(doc, sentence, s, people, false);
      if (chain?.length) return { sentence, chain, rule: 'organizers.subject-verb' };
    }
  }
  return null;
}

/** Rule 3: the first "do X …" chain. */
function organizedBy(doc: VnDocument, sentences: Sentence[], people: readonly Person[]) {
  for (const sentence of sentences) {
    for (let s = 0; s < sentence.spans.length; s++) {
      const at = sentence.spans[s].start;
      if (sentence.spans[s].bare || !ORGANIZED_BY_SET.has(sentence.tokens, at - 1)) continue;
      const chain = readChain(doc, sentence, s, people, true);
      if (chain?.length) return { sentence, chain, rule: 'organizers.organized-by' };
    }
  }
  return null;
}

/** Rule 4: the first organisation named in the headline. */
function inHeadline(sentences: Sentence[], headlineEnd: number) {
  const sentence = sentences[0];
  const span = sentence?.spans.find((s) => !s.bare && sentence.tokens[s.start].start < headlineEnd);
  return span ? { sentence, chain: [span], rule: 'organizers.headline' } : null;
}

export function extractOrganizers(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const given = doc.frontMatter.organizers;
  if (Array.isArray(given) && given.length) {
    for (const name of given.map(String)) {
      const at = Math.max(doc.text.indexOf(name), 0);
      article.organizers.push(organization(doc, name, at, at + name.length, 'organizers.front-matter'));
    }
    return;
  }
  const sentences = doc.sentences.map((s) => {
    const tokens = tokenize(doc, s.start, s.end);
    return { tokens, spans: findOrganizations(tokens) };
  });
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const found =
    subjectOfVerb(doc, sentences, article.people) ??
    organizedBy(doc, sentences, article.people) ??
    (headline ? inHeadline(sentences, headline.end) : null);
  if (!found) return;
  const { tokens } = found.sentence;
  for (const span of found.chain) {
    const name = spanText(doc, tokens, span.start, span.end);
    article.organizers.push(organization(doc, name, tokens[span.start].start, tokens[span.end - 1].end, found.rule));
  }
}
