/**
 * The front matter a rendered Markdown file carries: the article's structured data under
 * the keys src/read/front-matter.ts reads back, so `parse(render(x))` gives the same data.
 * Null values and empty lists are left out.
 */
import type { RenderInput } from './release.js';

type Data = Record<string, unknown>;

function compact(data: Data): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = compact(value as Data);
      if (Object.keys(inner).length) out[key] = inner;
    } else out[key] = value;
  }
  return out;
}

export function frontMatterData(input: RenderInput): Data {
  const { article } = input;
  return compact({
    title: article.title,
    date: article.event.date,
    location: article.event.location,
    organizers: article.organizers.map((o) => o.name),
    source: article.source.name,
    author: article.source.author,
    url: article.source.url,
    event: { ...article.event },
    lead: article.lead,
    people: article.people.map((p) => compact({ name: p.name, honorific: p.honorific, role: p.role, organization: p.organization })),
    quotes: article.quotes.map((q) => compact({ speaker: q.speaker, role: q.role, text: q.text, direct: q.direct })),
    messages: article.messages.map((m) => m.text),
    captions: article.captions.map((c) => c.text),
    contact: input.contact,
    about: input.about,
  });
}
