/**
 * event: the main event the article reports. Its day comes from the dates found before
 * (event-date.ts); its name, type and theme from event-name.ts; its place from location.ts.
 * Front matter `date` and `location` take precedence over what the body says.
 */
import type { ExtractContext } from './context.js';
import { traceField } from './context.js';
import { chooseEventDay } from './event-date.js';

export function extractEvent(ctx: ExtractContext): void {
  const { doc, article } = ctx;
  const day = chooseEventDay(doc, article.dates);
  if (day) {
    article.event.date = day.mention.date;
    article.event.endDate = day.endDate;
    article.event.time = day.mention.time ?? day.mention.partOfDay;
    traceField(ctx, 'event.date', { ...day.mention.evidence[0], rule: 'event.date' });
  } else {
    doc.report('warning', 'event/no-date', 'no event date found');
  }
}
