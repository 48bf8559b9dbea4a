/**
 * `parse --explain`: every extracted value with the sentence it came from, the span marked,
 * and the rule that fired, so a reader can check a value in seconds.
 */
import type { ChalkInstance } from 'chalk';
import type { VnDocument } from '../core/document.js';
import type { Article, Evidence } from '../model/article.js';

export interface ExplainOptions {
  /** Colours on a TTY; without them the span is marked with ⟦ ⟧. */
  chalk?: ChalkInstance;
  /** Characters of context on each side of the span. */
  context?: number;
}

interface Entry {
  field: string;
  value: string;
  evidence: Evidence[];
}

function entries(article: Article): Entry[] {
  const out: Entry[] = [];
  for (const [field, evidence] of Object.entries(article.evidence)) {
    const value = field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], article);
    out.push({ field, value: String(value), evidence });
  }
  const list = <T extends { evidence: Evidence[] }>(field: string, items: T[], show: (t: T) => string) =>
    items.forEach((item, i) => out.push({ field: `${field}[${i}]`, value: show(item), evidence: item.evidence }));
  list('organizers', article.organizers, (o) => o.name);
  list('organizations', article.organizations, (o) => o.name);
  list('people', article.people, (p) => [p.honorific, p.name].filter(Boolean).join(' ') + (p.role ? ` — ${p.role}` : ''));
  list('quotes', article.quotes, (q) => `${q.speaker ?? '?'} (${q.direct ? 'direct' : 'reported'}): ${q.text}`);
  list('messages', article.messages, (m) => m.text);
  list('captions', article.captions, (c) => c.text);
  list('dates', article.dates, (d) => [d.date, d.endDate && `→ ${d.endDate}`, d.time].filter(Boolean).join(' '));
  return out;
}

function excerpt(doc: VnDocument, e: Evidence, options: ExplainOptions): string {
  const context = options.context ?? 60;
  const sentence = doc.sentenceAt(e.start) ?? doc.blockAt(e.start) ?? { start: e.start, end: e.end };
  const from = Math.max(sentence.start, e.start - context);
  const to = Math.min(Math.max(sentence.end, e.end), e.end + context);
  const before = (from > sentence.start ? '…' : '') + doc.text.slice(from, e.start);
  const span = doc.text.slice(e.start, Math.min(e.end, to));
  const after = doc.text.slice(Math.min(e.end, to), to) + (to < sentence.end ? '…' : '');
  const mark = options.chalk ? options.chalk.bold.underline(span) : `⟦${span}⟧`;
  return `${before}${mark}${after}`.replace(/\n/g, ' ');
}

export function renderExplain(doc: VnDocument, article: Article, options: ExplainOptions = {}): string {
  const c = options.chalk;
  const lines = [`${c ? c.bold(doc.path) : doc.path}`];
  for (const entry of entries(article)) {
    lines.push(`  ${c ? c.cyan(entry.field) : entry.field} = ${entry.value}`);
    for (const e of entry.evidence) {
      const where = `${e.line}:${e.column}`;
      lines.push(`      ${c ? c.dim(where) : where} ${c ? c.yellow(e.rule) : e.rule}`);
      lines.push(`      ${excerpt(doc, e, options)}`);
    }
  }
  for (const field of ['title', 'event.name', 'event.date', 'event.location', 'source.name']) {
    if (!article.evidence[field]) lines.push(`  ${c ? c.cyan(field) : field} = (not found)`);
  }
  return `${lines.join('\n')}\n`;
}
