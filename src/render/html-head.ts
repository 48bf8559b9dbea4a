/**
 * Machine-readable head of a page: Open Graph and description meta, and schema.org JSON-LD
 * (NewsArticle about an Event with organizer, startDate and location). Event times are
 * taken as Vietnam time (UTC+07:00), which is where the articles' events happen.
 */
import type { Article } from '../model/article.js';
import { escapeHtml, jsonForScript, safeUrl } from './escape.js';
import { clockTime, fullIsoDate } from './release.js';

export const EVENT_UTC_OFFSET = '+07:00';

/** "2023-10-02" or "2023-10-02T14:30:00+07:00" when the time is a clock time. */
function eventStart(article: Article): string | null {
  const date = fullIsoDate(article.event.date);
  const time = clockTime(article.event.time);
  if (!date) return null;
  return time ? `${date}T${time}:00${EVENT_UTC_OFFSET}` : date;
}

function organisation(name: string) {
  return { '@type': 'Organization', name };
}

function jsonLd(article: Article): Record<string, unknown> {
  const url = safeUrl(article.source.url);
  const start = eventStart(article);
  const hasEvent = Boolean(article.event.name || start);
  const news: Record<string, unknown> = {
    '@type': 'NewsArticle',
    headline: article.title ?? '',
    inLanguage: 'vi', // the content is Vietnamese whatever language the labels are in
    ...(article.lead ? { description: article.lead } : {}),
    ...(article.source.author ? { author: { '@type': 'Person', name: article.source.author } } : {}),
    ...(article.source.name ? { publisher: organisation(article.source.name) } : {}),
    ...(url ? { url } : {}),
    ...(article.people.length ? { mentions: article.people.map((p) => ({ '@type': 'Person', name: p.name, ...(p.role ? { jobTitle: p.role } : {}) })) } : {}),
    ...(hasEvent ? { about: { '@id': '#event' } } : {}),
  };
  const graph: Record<string, unknown>[] = [news];
  if (hasEvent) {
    const end = fullIsoDate(article.event.endDate);
    graph.push({
      '@type': 'Event',
      '@id': '#event',
      name: article.event.name ?? article.title ?? '',
      ...(start ? { startDate: start } : {}),
      ...(end ? { endDate: end } : {}),
      ...(article.event.location ? { location: { '@type': 'Place', name: article.event.location, address: article.event.location } } : {}),
      ...(article.organizers.length ? { organizer: article.organizers.map((o) => organisation(o.name)) } : {}),
      ...(article.event.theme ? { description: article.event.theme } : {}),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

export function jsonLdScript(article: Article): string {
  return `<script type="application/ld+json">\n${jsonForScript(jsonLd(article))}\n</script>`;
}

export function metaTags(article: Article, title: string, type: 'article' | 'website' = 'article'): string {
  const url = safeUrl(article.source.url);
  const tags: [string, string, string][] = [
    ['property', 'og:type', type],
    ['property', 'og:title', title],
    ['property', 'og:locale', 'vi_VN'],
  ];
  if (article.lead) tags.push(['name', 'description', article.lead], ['property', 'og:description', article.lead]);
  if (article.source.name) tags.push(['property', 'og:site_name', article.source.name]);
  if (url) tags.push(['property', 'og:url', url]);
  return tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeHtml(value)}">`).join('\n');
}
