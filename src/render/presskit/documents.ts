/**
 * The kit's small documents a journalist copies from: fact sheet, key messages, quotes,
 * captions (Markdown) and the people list (CSV). Labels follow --lang; content is as parsed.
 */
import type { Article } from '../../model/article.js';
import { escapeMarkdown } from '../escape.js';
import type { Labels } from '../labels.js';
import { attribution, personLine } from '../markdown.js';
import { displayDate } from '../release.js';
import { toCsv } from './csv.js';

const md = escapeMarkdown;

function titled(heading: string, article: Article, body: string[]): string {
  const title = article.title ? [`*${md(article.title)}*`] : [];
  return `${[`# ${heading}`, ...title, ...body].join('\n\n')}\n`;
}

export function factSheet(article: Article, labels: Labels): string {
  const { event } = article;
  const date = [displayDate(event.date), displayDate(event.endDate)].filter(Boolean).join(' – ');
  const rows: [string, string | null][] = [
    [labels.event, event.name],
    [labels.eventType, event.type],
    [labels.theme, event.theme],
    [labels.date, date || null],
    [labels.time, event.time],
    [labels.location, event.location],
    [labels.organizers, article.organizers.map((o) => o.name).join('; ') || null],
  ];
  const facts = rows.filter(([, value]) => value).map(([label, value]) => `- **${label}:** ${md(value!)}`);
  const dignitaries = article.people.filter((p) => p.role).map((p) => `- ${personLine(p)}`);
  const body = [facts.join('\n')];
  if (dignitaries.length) body.push(`## ${labels.dignitaries}`, dignitaries.join('\n'));
  return titled(labels.factSheet, article, body.filter(Boolean));
}

export function keyMessages(article: Article, labels: Labels): string {
  return titled(labels.keyMessages, article, article.messages.length ? [article.messages.map((m) => `- “${md(m.text)}”`).join('\n')] : []);
}

export function quotesDocument(article: Article, labels: Labels): string {
  const quotes = article.quotes.map((q) => {
    const said = q.direct ? `“${md(q.text)}”` : md(q.text);
    return `> ${said}\n>\n> ${attribution(q, labels, false)}\n\n*${q.direct ? labels.direct : labels.reported}*`;
  });
  return titled(labels.quotes, article, quotes);
}

export function captionsDocument(article: Article, labels: Labels): string {
  return titled(labels.captions, article, article.captions.length ? [article.captions.map((c) => `- ${md(c.text)}`).join('\n')] : []);
}

export function peopleCsv(article: Article, labels: Labels): string {
  return toCsv(
    [labels.name, labels.honorific, labels.role, labels.organization],
    article.people.map((p) => [p.name, p.honorific, p.role, p.organization]),
  );
}
