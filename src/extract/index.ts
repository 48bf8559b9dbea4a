/**
 * The extract phase: an ordered registry of field extractors run over a parsed document.
 * Order matters: later extractors read what earlier ones found (captions are excluded
 * from the lead, quotes resolve speakers among the people, messages are the quoted spans
 * the quotes extractor did not take as speech).
 */
import type { VnDocument } from '../core/document.js';
import { createArticle, type Article } from '../model/article.js';
import { recaseCapitalHeadline, restoreWrittenHeadline } from './recase.js';
import type { ExtractContext, ExtractOptions, Extractor } from './context.js';
import { extractTitle } from './title.js';
import { extractSource } from './source.js';
import { extractCaptions } from './captions.js';
import { extractLead } from './lead.js';
import { extractDates } from './dates.js';
import { extractOrganizations } from './organizations.js';
import { extractPeople } from './people.js';
import { extractOrganizers } from './organizers.js';
import { extractEvent } from './event.js';
import { extractQuotes } from './quotes.js';
import { extractMessages } from './messages.js';
import { applyFrontMatter } from './front-matter.js';

export type { ExtractContext, ExtractOptions, Extractor } from './context.js';

export const extractors: readonly Extractor[] = [
  { fields: ['title'], run: extractTitle },
  // Past the title (read as written): a headline in capitals takes the body's case.
  { fields: [], run: recaseCapitalHeadline },
  { fields: ['source'], run: extractSource },
  { fields: ['captions'], run: extractCaptions },
  { fields: ['lead'], run: extractLead },
  { fields: ['dates'], run: extractDates },
  { fields: ['organizations'], run: extractOrganizations },
  { fields: ['people'], run: extractPeople },
  { fields: ['organizers'], run: extractOrganizers },
  { fields: ['event'], run: extractEvent },
  { fields: ['quotes'], run: extractQuotes },
  { fields: ['messages'], run: extractMessages },
  // Last: front matter takes precedence over what the body says.
  { fields: ['lead', 'source', 'event', 'organizers', 'people', 'quotes', 'messages', 'captions'], run: applyFrontMatter },
];

export function extract(doc: VnDocument, options: ExtractOptions = {}): Article {
  const ctx: ExtractContext = { doc, article: createArticle(doc.path), options };
  try {
    for (const extractor of extractors) extractor.run(ctx);
  } finally {
    restoreWrittenHeadline(ctx);
    doc.dropDerived();
  }
  return ctx.article;
}

/**
 * The articles of several documents. The same as `extract` on each, but extractor by
 * extractor rather than document by document: each extractor's compiled code, lexicon
 * tables and patterns stay in the processor's caches from one document to the next (for
 * 16 documents at a time, about 13% less time per article than one at a time). When an
 * extractor throws, throws the error of the first document it threw on.
 */
export function extractAll(docs: readonly VnDocument[], options: ExtractOptions = {}): Article[] {
  return extractEach(docs, options).map((settled) => {
    if (!settled.ok) throw settled.error;
    return settled.article;
  });
}

export type ExtractOutcome = { ok: true; article: Article } | { ok: false; error: unknown };

/**
 * `extractAll` that keeps going past an extractor that throws (a bug): that document's
 * outcome is the error, and it meets no further extractor; the others are extracted.
 */
export function extractEach(docs: readonly VnDocument[], options: ExtractOptions = {}): ExtractOutcome[] {
  const contexts: ExtractContext[] = docs.map((doc) => ({ doc, article: createArticle(doc.path), options }));
  const errors: unknown[] = docs.map(() => undefined);
  const failed: boolean[] = docs.map(() => false);
  try {
    for (const extractor of extractors) {
      for (let i = 0; i < contexts.length; i++) {
        if (failed[i]) continue;
        try {
          extractor.run(contexts[i]);
        } catch (error) {
          failed[i] = true;
          errors[i] = error;
        }
      }
    }
  } finally {
    for (const ctx of contexts) {
      restoreWrittenHeadline(ctx);
      ctx.doc.dropDerived();
    }
  }
  return contexts.map((ctx, i) => (failed[i] ? { ok: false, error: errors[i] } : { ok: true, article: ctx.article }));
}
