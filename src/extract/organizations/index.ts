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

/** Organisations met with the same first token key; `byKey` once there are many. */
interface Bucket {
  found: Found[];
  byKey: Map<string, Organization> | null;
}

/** Most organisations sharing a first key that are compared token by token. */
const MAX_COMPARED = 8;

/** Do tokens [a, a + n) and [b, b + n) have the same keys? */
function sameKeys(x: readonly Token[], a: number, y: readonly Token[], b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (x[a + k].key !== y[b + k].key) return false;
  return true;
}

/** The keys of tokens [from, to) joined by spaces. */
function wholeKey(tokens: readonly Token[], from: number, to: number): string {
  let key = tokens[from].key;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k].key}`;
  return key;
}

/**
 * The organisations found so far: one whose tokens have the same keys throughout is the same
 * organisation. A few sharing a first key are compared token by token (no key of the whole
 * name is built); past MAX_COMPARED (a long list of "Sở …") by their whole key, which keeps
 * the look-up linear.
 */
class OrganizationIndex {
  private readonly byFirstKey = new Map<string, Bucket>();

  find(tokens: readonly Token[], from: number, to: number): Organization | undefined {
    const bucket = this.byFirstKey.get(tokens[from].key);
    if (!bucket) return undefined;
    if (bucket.byKey) return bucket.byKey.get(wholeKey(tokens, from, to));
    const n = to - from;
    return bucket.found.find((f) => f.end - f.start === n && sameKeys(f.tokens, f.start, tokens, from, n))?.org;
  }

  add(org: Organization, tokens: readonly Token[], from: number, to: number): void {
    const first = tokens[from].key;
    let bucket = this.byFirstKey.get(first);
    if (!bucket) this.byFirstKey.set(first, (bucket = { found: [], byKey: null }));
    if (bucket.byKey) {
      bucket.byKey.set(wholeKey(tokens, from, to), org);
      return;
    }
    bucket.found.push({ org, tokens, start: from, end: to });
    if (bucket.found.length > MAX_COMPARED) bucket.byKey = new Map(bucket.found.map((f) => [wholeKey(f.tokens, f.start, f.end), f.org]));
  }
}

export function extractOrganizations(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const known = new OrganizationIndex();
  for (const block of doc.blocks) {
    // A credit line ("theo báo X", marked by the source rules, which run first) names the
    // outlet the article came from, not an organisation it reports on.
    if (block.kind === 'credit') continue;
    const tokens = blockTokens(doc, block);
    for (const span of organizationsOf(doc, block)) {
      if (span.bare) continue;
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      const same = known.find(tokens, span.start, span.end);
      if (same) {
        same.evidence.push(doc.evidence(start, end, 'organizations.head-word'));
        continue;
      }
      const org = organization(doc, spanText(doc, tokens, span.start, span.end), start, end, 'organizations.head-word');
      known.add(org, tokens, span.start, span.end);
      article.organizations.push(org);
    }
  }
}
