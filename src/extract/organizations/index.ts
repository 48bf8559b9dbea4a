/**
 * organizations: every organisation named in the text, once each in order of first
 * mention, as written (`name`) and with abbreviations expanded (`expanded`).
 */
import type { VnDocument } from '../../core/document.js';
import { matchKey } from '../../core/text.js';
import type { Organization } from '../../model/article.js';
import type { ExtractContext } from '../context.js';
import { blockTokens, spanText } from '../tokens.js';
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

export function extractOrganizations(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const byKey = new Map<string, Organization>();
  for (const block of doc.blocks) {
    const tokens = blockTokens(doc, block);
    for (const span of organizationsOf(doc, block)) {
      if (span.bare) continue;
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      let key = tokens[span.start].key;
      for (let k = span.start + 1; k < span.end; k++) key += ` ${tokens[k].key}`;
      const known = byKey.get(key);
      if (known) {
        known.evidence.push(doc.evidence(start, end, 'organizations.head-word'));
        continue;
      }
      const org = organization(doc, spanText(doc, tokens, span.start, span.end), start, end, 'organizations.head-word');
      byKey.set(key, org);
      article.organizations.push(org);
    }
  }
}
