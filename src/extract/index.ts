/**
 * The extract phase: an ordered registry of field extractors run over a parsed document.
 * Order matters: later extractors read what earlier ones found (captions are excluded
 * from the lead, quotes resolve speakers among the people, messages are the quoted spans
 * the quotes extractor did not take as speech).
 */
import type { VnDocument } from '../core/document.js';
import { createArticle, type Article } from '../model/article.js';
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
  for (const extractor of extractors) extractor.run(ctx);
  return ctx.article;
}
