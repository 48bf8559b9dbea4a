/**
 * Front matter takes precedence over what the body says: run last, this puts every field
 * the front matter gives over what the extractors found, so a Markdown file written by
 * `render --to md` (or by hand) parses to exactly the data in its front matter. The
 * evidence of each value is its front-matter key.
 */
import type { Evidence } from '../model/article.js';
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { frontMatterSpan } from '../read/front-matter.js';

type Fields = Record<string, string | null>;

function keyEvidence(ctx: ExtractContext, key: string, rule: string): Evidence {
  const { start, end } = frontMatterSpan(ctx.doc, key);
  return ctx.doc.evidence(start, end, rule);
}

export function applyFrontMatter(ctx: ExtractContext): void {
  const { article, doc } = ctx;
  const fm = doc.frontMatter;
  const scalar = (key: string, path: string, set: (value: string) => void) => {
    const value = fm[key];
    if (typeof value !== 'string' || !value) return;
    set(value);
    traceField(ctx, path, keyEvidence(ctx, key, `${path.split('.')[0]}.front-matter`));
  };
  scalar('lead', 'lead', (v) => (article.lead = v));
  scalar('source', 'source.name', (v) => (article.source.name = v));
  scalar('author', 'source.author', (v) => (article.source.author = v));
  scalar('url', 'source.url', (v) => (article.source.url = v));
  scalar('location', 'event.location', (v) => (article.event.location = v));
  const event = fm.event as Fields | undefined;
  if (event) {
    const ev = keyEvidence(ctx, 'event', 'event.front-matter');
    for (const key of Object.keys(article.event) as (keyof typeof article.event)[]) {
      if (!(key in event)) continue; // a key written as null clears what the body suggested
      article.event[key] = event[key];
      traceField(ctx, `event.${key}`, ev);
    }
  }
  if (Array.isArray(fm.organizers)) {
    const ev = keyEvidence(ctx, 'organizers', 'organizers.front-matter');
    const found = new Map(article.organizers.map((o) => [o.name, o]));
    article.organizers = fm.organizers.map((name) => found.get(name) ?? { name, expanded: null, evidence: [ev] });
  }
  if (Array.isArray(fm.people)) {
    const ev = keyEvidence(ctx, 'people', 'people.front-matter');
    article.people = (fm.people as Fields[]).map((p) => ({
      name: p.name as string, honorific: p.honorific ?? null, role: p.role ?? null, organization: p.organization ?? null, evidence: [ev],
    }));
  }
  if (Array.isArray(fm.quotes)) {
    const ev = keyEvidence(ctx, 'quotes', 'quotes.front-matter');
    article.quotes = (fm.quotes as (Fields & { direct: boolean })[]).map((q) => ({
      speaker: q.speaker ?? null, role: q.role ?? null, text: q.text as string, direct: q.direct, evidence: [ev],
    }));
  }
  for (const field of ['messages', 'captions'] as const) {
    if (!Array.isArray(fm[field])) continue;
    const ev = keyEvidence(ctx, field, `${field}.front-matter`);
    article[field] = (fm[field] as string[]).map((text) => ({ text, evidence: [ev] }));
  }
}
