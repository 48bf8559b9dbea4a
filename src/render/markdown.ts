/**
 * Markdown: YAML front matter with the structured data (written with gray-matter), then the
 * article as clean Markdown: headline, dateline and lead, body, key messages, statements,
 * attendees, captions, contact, boilerplate and the credit line.
 */
import { lazyRequire } from '../core/lazy.js';
import type { Article, Quote } from '../model/article.js';
import { escapeMarkdown } from './escape.js';
import { frontMatterData } from './front-matter-data.js';
import { LABELS, type Labels, type Lang } from './labels.js';
import { datelinePlace, displayDate, type RenderInput } from './release.js';

export interface MarkdownOptions {
  lang?: Lang;
}

// Strings a YAML 1.1 reader (Jekyll, js-yaml 3) would take for a date, a number or a boolean
// are quoted, so the front matter reads back the same in any YAML reader, vnpress's own
// (js-yaml 4, YAML 1.2 core schema) included. gray-matter asks an engine for both directions.
const engines = {
  yaml: {
    parse: (source: string): object => (yaml().parse(source) as object | null) ?? {},
    stringify: (data: object): string => yaml().stringify(data, { version: '1.1', lineWidth: 0 }),
  },
};

// Loaded when a Markdown page is rendered, not by every command that loads this module.
const matter = lazyRequire<typeof import('gray-matter')>('gray-matter');
const yaml = lazyRequire<typeof import('yaml')>('yaml');

/** "HÀ NỘI, 2/10/2023" (either part may be missing). */
export function dateline(article: Article): string | null {
  const parts = [datelinePlace(article.event.location), displayDate(article.event.date)].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** "— **Name**, role" under a statement; reported speech is marked as such unless `markKind` is off. */
export function attribution(quote: Quote, labels: Labels, markKind = true): string {
  const who = [quote.speaker ? `**${escapeMarkdown(quote.speaker)}**` : null, quote.role ? escapeMarkdown(quote.role) : null]
    .filter(Boolean)
    .join(', ');
  const kind = quote.direct || !markKind ? '' : ` (${labels.reported})`;
  return `— ${who || '…'}${kind}`;
}

function quoteText(quote: Quote): string {
  const text = escapeMarkdown(quote.text);
  return quote.direct ? `“${text}”` : text;
}

export function personLine(person: Article['people'][number]): string {
  const name = `**${escapeMarkdown(person.name)}**`;
  const honorific = person.honorific ? ` (${escapeMarkdown(person.honorific)})` : '';
  return `${name}${honorific}${person.role ? ` – ${escapeMarkdown(person.role)}` : ''}`;
}

function creditLine(article: Article, labels: Labels): string | null {
  const parts = [
    article.source.name ? `${labels.source}: ${escapeMarkdown(article.source.name)}` : null,
    article.source.author ? `${labels.author}: ${escapeMarkdown(article.source.author)}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** The Markdown body (no front matter). */
function markdownBody(input: RenderInput, labels: Labels): string {
  const { article } = input;
  const out: string[] = article.title ? [`# ${escapeMarkdown(article.title)}`] : [];
  const place = dateline(article);
  const lead = article.lead ? escapeMarkdown(article.lead) : null;
  if (place || lead) out.push([place ? `**${escapeMarkdown(place)}** –` : null, lead].filter(Boolean).join(' '));
  for (const block of input.body) out.push(block.heading ? `### ${block.markdown}` : block.markdown);
  if (article.messages.length) {
    out.push(`## ${labels.keyMessages}`, article.messages.map((m) => `- “${escapeMarkdown(m.text)}”`).join('\n'));
  }
  if (article.quotes.length) {
    out.push(`## ${labels.statements}`);
    for (const q of article.quotes) out.push(`> ${quoteText(q)}\n>\n> ${attribution(q, labels)}`);
  }
  if (article.people.length) out.push(`## ${labels.attendees}`, article.people.map((p) => `- ${personLine(p)}`).join('\n'));
  if (article.captions.length) {
    out.push(`## ${labels.captions}`, article.captions.map((c) => `- ${escapeMarkdown(c.text)}`).join('\n'));
  }
  if (input.contact) out.push(`## ${labels.contact}`, escapeMarkdown(input.contact));
  if (input.about) out.push(`## ${labels.about}`, escapeMarkdown(input.about));
  const credit = creditLine(article, labels);
  if (credit) out.push('---', `*${credit}*`);
  return `${out.join('\n\n')}\n`;
}

export function renderMarkdown(input: RenderInput, options: MarkdownOptions = {}): string {
  const labels = LABELS[options.lang ?? 'vi'];
  return matter().stringify(markdownBody(input, labels), frontMatterData(input), { engines });
}
