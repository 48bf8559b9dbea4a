/**
 * `check`: the ordered rules run over a parsed and extracted article. Each reports into the
 * document's diagnostics (like every earlier phase), so the findings of a file are its
 * reading, parsing, extraction and check messages together, in reading order.
 */
import { byPosition, type Diagnostic } from '../core/diagnostics.js';
import type { VnDocument } from '../core/document.js';
import type { Article } from '../model/article.js';
import type { CheckOptions, CheckRule } from './context.js';
import { eventDate } from './dates.js';
import { messageCount } from './messages.js';
import { personRole } from './people.js';
import { unbalancedQuote } from './quotes.js';
import { requiredFields } from './required.js';

export type { CheckOptions, CheckRule } from './context.js';
export { DEFAULT_REQUIRED, REQUIRABLE_FIELDS } from './fields.js';

export const checkRules: readonly CheckRule[] = [requiredFields, eventDate, messageCount, personRole, unbalancedQuote];

const SUPERSEDED = new Set(checkRules.flatMap((rule) => rule.supersedes ?? []));

export function checkArticle(doc: VnDocument, article: Article, options: CheckOptions): Diagnostic[] {
  const ctx = { doc, article, options };
  for (const rule of checkRules) rule.run(ctx);
  return doc.diagnostics.filter((d) => !SUPERSEDED.has(d.ruleId)).sort(byPosition);
}
