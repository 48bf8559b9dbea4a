/**
 * organizations: every organisation named in the text, once each in order of first
 * mention, as written (`name`) and with abbreviations expanded (`expanded`).
 */
import type { VnDocument } from '../../core/document.js';
import { matchKey } from '../../core/text.js';
import type { Organization } from '../../model/article.js';
import type { ExtractContext } from '../context.js';
import { blockTokens, spanText, type Token } from '../tokens.js';
import { expandedName } from './expand.js';
import { organizationsOf } from './spans.js';

export { expandAbbreviations, expandedName } from './expand.js';
export { findOrganizations, organizationsOf, type TokenSpan } from './spans.js';

/** Lower case as toLocaleLowerCase('vi') gives it (see nameKey), white space squashed. */
export const organizationKey = (name: string) => matchKey(name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ');

/** A new Organization for `name` found at [start, end) by `rule`. */
export function organization(doc: VnDocument, name: string, start: number, end: number, rule: string): Organization {
  return { name, expanded: expandedName(name), evidence: [doc.evidence(start, end, rule)] };
}

/** An organisation found, with the tokens of its first mention (to compare later ones with). */
interface Found {
  org: Organization;
  tokens: readonly Token[];
  start: number;
  end: number;
}

/** Do tokens [a, a + n) and [b, b + n) have the same keys? */
function sameKeys(x: readonly Token[], a: number, y: readonly Token[], b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (x[a + k].key !== y[b + k].key) return false;
  return true;
}

export function extractOrganizations(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  // Organisations by the key of their first token: one with the same keys throughout is
  // the same organisation (compared token by token, no key of the whole name is built).
  const byFirstKey = new Map<string, Found[]>();
  for (const block of doc.blocks) {
    const tokens = blockTokens(doc, block);
    for (const span of organizationsOf(doc, block)) {
      if (span.bare) continue;
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      const n = span.end - span.start;
      const first = tokens[span.start].key;
      const same = byFirstKey.get(first);
      const known = same?.find((f) => f.end - f.start === n && sameKeys(f.tokens, f.start, tokens, span.start, n));
      if (known) {
        known.org.evidence.push(doc.evidence(start, end, 'organizations.head-word'));
        continue;
      }
      const org = organization(doc, spanText(doc, tokens, span.start, span.end), start, end, 'organizations.head-word');
      const found = { org, tokens, start: span.start, end: span.end };
      if (same) same.push(found);
      else byFirstKey.set(first, [found]);
      article.organizations.push(org);
    }
  }
}
