/** What every field extractor receives: the document, the article so far, the options. */
import type { VnDocument } from '../core/document.js';
import type { Article, Evidence } from '../model/article.js';

export interface ExtractOptions {
  /** Resolves relative dates and supplies the year when nothing in the article does. */
  referenceDate?: string;
}

export interface ExtractContext {
  doc: VnDocument;
  article: Article;
  options: ExtractOptions;
}

/** One field (or a group of tightly bound fields) and the function that fills it. */
export interface Extractor {
  /** The fields it fills, for docs and --explain. */
  fields: readonly string[];
  run(ctx: ExtractContext): void;
}

/** Record the evidence of a scalar field (`title`, `event.date` …). */
export function traceField(ctx: ExtractContext, path: string, evidence: Evidence | Evidence[]): void {
  ctx.article.evidence[path] = Array.isArray(evidence) ? evidence : [evidence];
}
