/**
 * The HTML sections shared by the rendered article and the kit's landing page. Every
 * string from an article goes through escapeMarkdown + marked (inline.ts) or escapeHtml.
 */
import type { Article } from '../model/article.js';
import { escapeHtml, escapeMarkdown, safeUrl } from './escape.js';
import { inlineHtml } from './inline.js';
import type { Labels } from './labels.js';
import { dateline, personLine } from './markdown.js';
import { displayDate, fullIsoDate, type RenderInput } from './release.js';

const text = (value: string): string => inlineHtml(escapeMarkdown(value));

/** The page's headline: the title, else the event's name, else the generic label. */
export function headlineOf(article: Article, labels: Labels): string {
  return article.title || article.event.name || labels.pressRelease;
}

function section(id: string, heading: string, body: string): string {
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

/** A date as <time datetime> when it is a full date, else as text. */
function timeElement(iso: string | null): string {
  const shown = displayDate(iso);
  if (!shown) return '';
  const full = fullIsoDate(iso);
  return full ? `<time datetime="${full}">${shown}</time>` : escapeHtml(shown);
}

/** "HÀ NỘI, <time>2/10/2023</time>" for the lead's dateline. */
function datelineHtml(article: Article): string | null {
  const line = dateline(article);
  if (!line) return null;
  const shown = displayDate(article.event.date);
  if (!shown || !line.endsWith(shown)) return escapeHtml(line);
  return `${escapeHtml(line.slice(0, line.length - shown.length))}${timeElement(article.event.date)}`;
}

/** The lead paragraph, opened by the dateline ("HÀ NỘI, 2/10/2023 –"). */
export function leadParagraph(article: Article): string {
  const line = datelineHtml(article);
  const lead = article.lead ? text(article.lead) : null;
  if (!line && !lead) return '';
  return `<p class="lead">${line ? `<span class="dateline">${line} –</span> ` : ''}${lead ?? ''}</p>`;
}

export function messagesSection(article: Article, labels: Labels): string {
  if (!article.messages.length) return '';
  const items = article.messages.map((m) => `<li>“${text(m.text)}”</li>`).join('\n');
  return section('thong-diep', labels.keyMessages, `<ul>\n${items}\n</ul>`);
}

export function statementsSection(article: Article, labels: Labels): string {
  if (!article.quotes.length) return '';
  const quotes = article.quotes.map((q) => {
    const said = q.direct ? `“${text(q.text)}”` : text(q.text);
    const who = [q.speaker ? `<cite>${text(q.speaker)}</cite>` : null, q.role ? text(q.role) : null].filter(Boolean).join(', ');
    const kind = q.direct ? '' : ` (${escapeHtml(labels.reported)})`;
    return `<blockquote>\n<p>${said}</p>\n<footer>— ${who || '…'}${kind}</footer>\n</blockquote>`;
  });
  return section('phat-bieu', labels.statements, quotes.join('\n'));
}

export function peopleSection(article: Article, labels: Labels): string {
  if (!article.people.length) return '';
  const items = article.people.map((p) => `<li>${inlineHtml(personLine(p))}</li>`).join('\n');
  return section('tham-du', labels.attendees, `<ul>\n${items}\n</ul>`);
}

export function captionsSection(article: Article, labels: Labels): string {
  if (!article.captions.length) return '';
  const figures = article.captions.map((c) => `<figure>\n<figcaption>${text(c.text)}</figcaption>\n</figure>`).join('\n');
  return section('chu-thich', labels.captions, figures);
}

export function contactSections(input: RenderInput, labels: Labels): string {
  return [
    input.contact ? section('lien-he', labels.contact, `<p>${text(input.contact)}</p>`) : '',
    input.about ? section('gioi-thieu', labels.about, `<p>${text(input.about)}</p>`) : '',
  ].filter(Boolean).join('\n');
}

function sourceName(article: Article): string {
  const url = safeUrl(article.source.url);
  const name = text(article.source.name ?? '');
  return url ? `<a href="${escapeHtml(url)}">${name}</a>` : name;
}

export function creditFooter(article: Article, labels: Labels): string {
  const parts = [
    article.source.name ? `${escapeHtml(labels.source)}: ${sourceName(article)}` : null,
    article.source.author ? `${escapeHtml(labels.author)}: ${text(article.source.author)}` : null,
  ].filter(Boolean);
  return parts.length ? `<footer class="credit">${parts.join(' · ')}</footer>` : '';
}

/** The fact box: event, type, theme, date and time, location, organisers. */
export function factBox(article: Article, labels: Labels): string {
  const { event } = article;
  const rows: [string, string][] = [];
  const add = (label: string, html: string | null) => {
    if (html) rows.push([label, html]);
  };
  add(labels.event, event.name ? text(event.name) : null);
  add(labels.eventType, event.type ? text(event.type) : null);
  add(labels.theme, event.theme ? text(event.theme) : null);
  const end = event.endDate ? ` – ${timeElement(event.endDate)}` : '';
  add(labels.date, event.date ? `${timeElement(event.date)}${end}` : null);
  add(labels.time, event.time ? text(event.time) : null);
  add(labels.location, event.location ? text(event.location) : null);
  add(labels.organizers, article.organizers.length ? article.organizers.map((o) => text(o.name)).join('; ') : null);
  if (!rows.length) return '';
  const body = rows.map(([dt, dd]) => `<dt>${escapeHtml(dt)}</dt><dd>${dd}</dd>`).join('\n');
  return section('su-kien', labels.factSheet, `<dl class="facts">\n${body}\n</dl>`);
}
