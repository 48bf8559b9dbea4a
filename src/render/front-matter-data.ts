/**
 * The front matter a rendered Markdown file carries: the article's structured data under
 * the keys src/read/front-matter.ts reads back, so `parse(render(x))` gives the same data.
 * Scalars that are null are left out; the event (with its nulls) and the lists (even empty)
 * are always written, so what the body might suggest never fills a gap on the way back.
 */
import { fullIsoDate, type RenderInput } from './release.js';

type Data = Record<string, unknown>;

function withoutNulls(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
}

export function frontMatterData(input: RenderInput): Data {
  const { article } = input;
  return {
    ...withoutNulls({
      title: article.title,
      date: fullIsoDate(article.event.date), // XXXX-MM-DD is not a front-matter date; `event.date` keeps it
      location: article.event.location,
    }),
    organizers: article.organizers.map((o) => o.name),
    ...withoutNulls({ source: article.source.name, author: article.source.author, url: article.source.url }),
    event: { ...article.event },
    ...withoutNulls({ lead: article.lead }),
    people: article.people.map((p) => withoutNulls({ name: p.name, honorific: p.honorific, role: p.role, organization: p.organization })),
    quotes: article.quotes.map((q) => withoutNulls({ speaker: q.speaker, role: q.role, text: q.text, direct: q.direct })),
    messages: article.messages.map((m) => m.text),
    captions: article.captions.map((c) => c.text),
    ...withoutNulls({ contact: input.contact, about: input.about }),
  };
}
