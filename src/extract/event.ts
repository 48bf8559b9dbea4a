/**
 * event: the main event the article reports. Its day comes from the dates found before
 * (event-date.ts); its name, type and theme from event-name.ts; its place from location.ts.
 * Front matter `date` is the article's (publication) date: it gives the year of "Chiều 2/10"
 * (years.ts) and is the event date only when the body names no event day. Front matter
 * `location`, and a structured `event:` map (front-matter.ts), take precedence over the body.
 */
import type { DateMention, Organization } from '../model/article.js';
import type { VnDocument } from '../core/document.js';
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { chooseEventDay } from './event-date.js';
import { findEventName, findTheme } from './event-name.js';
import { findLocation } from './location.js';
import { squash } from '../core/text.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const FRONT_MATTER_LINE = { date: /^date\s*:/m, location: /^location\s*:/m };

/** The `key:` line of the front matter, for evidence. */
function frontMatterEvidence(ctx: ExtractContext, key: keyof typeof FRONT_MATTER_LINE, rule: string) {
  const at = ctx.doc.text.slice(0, ctx.doc.bodyStart).search(FRONT_MATTER_LINE[key]);
  const start = Math.max(0, at);
  const end = ctx.doc.text.indexOf('\n', start);
  return ctx.doc.evidence(start, end < 0 ? start : end, rule);
}

/** The starts of the mentions, sorted (the dates extractor gives them in text order). */
function mentionStarts(dates: readonly DateMention[]): number[] {
  const starts = dates.map((d) => d.evidence[0].start);
  for (let i = 1; i < starts.length; i++) if (starts[i] < starts[i - 1]) return starts.sort((a, b) => a - b);
  return starts;
}

export function extractEvent(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const { event } = article;

  const day = chooseEventDay(doc, article.dates);
  const fmDate = typeof doc.frontMatter.date === 'string' ? doc.frontMatter.date.slice(0, 10) : '';
  if (day?.mention.date) {
    event.date = day.mention.date;
    traceField(ctx, 'event.date', { ...day.mention.evidence[0], rule: 'event.date' });
  } else if (fmDate.length === 10 && ISO_DAY.test(fmDate)) {
    event.date = fmDate;
    traceField(ctx, 'event.date', frontMatterEvidence(ctx, 'date', 'event.date-front-matter'));
  }
  if (day) {
    event.endDate = day.endDate;
    // A clock time ("8 giờ 30") says more than a part of day ("Sáng").
    event.time = day.mention.time ?? day.time ?? day.mention.partOfDay;
  }
  if (!event.date) doc.report('warning', 'event/no-date', 'no event date found');

  // Where the date mentions start, in order: names and places end before them.
  const dateStarts = mentionStarts(article.dates);
  // The organisations' mentions: a head right after one that opens the sentence is its verb.
  const name = findEventName(doc, day?.mention ?? null, dateStarts, article.organizations);
  if (name) {
    event.name = name.name;
    event.type = name.type;
    traceField(ctx, 'event.name', doc.evidence(name.start, name.end, name.rule));
  }
  const theme = findTheme(doc, name?.sentence);
  if (theme) {
    event.theme = theme.text;
    traceField(ctx, 'event.theme', doc.evidence(theme.start, theme.end, 'event.theme'));
  }

  const fmLocation = doc.frontMatter.location;
  if (typeof fmLocation === 'string' && fmLocation.trim()) {
    event.location = squash(fmLocation);
    traceField(ctx, 'event.location', frontMatterEvidence(ctx, 'location', 'event.location-front-matter'));
    return;
  }
  const daySentence = day ? doc.sentenceAt(day.mention.evidence[0].start) : undefined;
  // Named by the headline and given no day, the event is told by the sentence its organiser
  // acts in ("Hội X vừa tổ chức bàn giao nhà … ở thôn Y"), which says where too.
  const headline = doc.blocks.find((b) => b.kind === 'headline');
  const namedByHeadline = name !== null && headline !== undefined && name.start >= headline.start && name.start < headline.end;
  const organizerSentence = !daySentence && namedByHeadline ? organizerSentenceOf(doc, article.organizers) : undefined;
  const sentences = [name?.sentence, daySentence, organizerSentence].filter((s): s is NonNullable<typeof s> => Boolean(s));
  const place = findLocation(doc, {
    sentences,
    name: name ? { start: name.start, end: name.end } : null,
    organizers: article.organizers,
    people: article.people,
    dates: dateStarts,
    headlineVerb: name?.rule === 'event.name-headline-verb' ? name.type : null,
  });
  if (place) {
    event.location = place.text;
    traceField(ctx, 'event.location', doc.evidence(place.start, place.end, place.rule));
  }
}

/** The sentence the first organiser was read in (most often the lead's), if any. */
function organizerSentenceOf(doc: VnDocument, organizers: readonly Organization[]) {
  const at = organizers[0]?.evidence[0]?.start;
  return at === undefined ? undefined : doc.sentenceAt(at);
}
