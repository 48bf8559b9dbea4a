/** What every check rule receives, and the shape of a rule. */
import type { VnDocument } from '../core/document.js';
import type { Article } from '../model/article.js';

export interface CheckOptions {
  /** Fields that must have a value (see ./fields.ts). */
  require: readonly string[];
  /** Stands in for the article's own date (front matter) when it has none. */
  referenceDate?: string;
}

export interface CheckContext {
  doc: VnDocument;
  article: Article;
  options: CheckOptions;
}

export interface CheckRule {
  /** Rule id reported with each finding, `check/what`. */
  id: string;
  /** One line for help texts and SARIF. */
  description: string;
  /** Diagnostics of earlier phases this rule replaces with a more careful judgement. */
  supersedes?: readonly string[];
  /** Report findings with `ctx.doc.report(severity, id, message, offset)`. */
  run(ctx: CheckContext): void;
}

/** Offset of the first evidence of a scalar field, or of the body. */
export function fieldOffset(ctx: CheckContext, path: string): number {
  return ctx.article.evidence[path]?.[0]?.start ?? ctx.doc.bodyStart;
}
