/**
 * organizers: the organisations that organised the main event, in this order of sources:
 *   1. front matter `organizers` (the author said so);
 *   2. the first sentence whose subject is a chain of organisations ending in an organising
 *      verb: "X tổ chức", "X phối hợp với Y, Z và W tổ chức", "do X tổ chức", "X đã chủ trì",
 *      "X đăng cai" (a person named after the organisation may stand between: "UBND tỉnh
 *      Lê Văn A chủ trì"). Attendees ("Dự lễ có …") never match: no organising verb.
 */
import type { VnDocument } from '../core/document.js';
import type { Person } from '../model/article.js';
import type { ExtractContext } from './context.js';
import { findOrganizations, organization, type TokenSpan } from './organizations/index.js';
import { nameKey } from './people/registry.js';
import { COORGANIZER_LINK_SET, ORGANIZING_ADVERB_SET, ORGANIZING_VERB_SET } from './phrases.js';
import { spanText, tokenize, type Token } from './tokens.js';

/** Most tokens of a "tại …" place skipped between the organisers and the verb. */
const MAX_PLACE_TOKENS = 10;

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

/** The organisations of a subject chain starting at `spans[first]`, or null if no verb ends it. */
function readChain(doc: VnDocument, tokens: readonly Token[], spans: readonly TokenSpan[], first: number, people: readonly Person[]): TokenSpan[] | null {
  const chain = [spans[first]];
  let linked = false;
  let j = spans[first].end;
  for (;;) {
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
    if (!next) return null;
    chain.push(next);
    j = next.end;
  }
  // "Bệnh viện X, Bộ Y tổ chức": two names joined by a comma alone are one organisation.
  if (chain.length === 2 && !linked) return [{ start: chain[0].start, end: chain[1].end, bare: false }];
  return chain.filter((s) => !s.bare);
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
  for (const sentence of doc.sentences) {
    const tokens = tokenize(doc, sentence.start, sentence.end);
    const spans = findOrganizations(tokens);
    for (let s = 0; s < spans.length; s++) {
      if (spans[s].bare) continue;
      const chain = readChain(doc, tokens, spans, s, article.people);
      if (!chain?.length) continue;
      for (const span of chain) {
        const name = spanText(doc, tokens, span.start, span.end);
        article.organizers.push(organization(doc, name, tokens[span.start].start, tokens[span.end - 1].end, 'organizers.subject-verb'));
      }
      return;
    }
  }
}
