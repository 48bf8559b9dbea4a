/**
 * Unbalanced quotation marks: an opening mark never closed, or a closing mark that closes
 * nothing. The segmenter already joins a quotation that runs over several paragraphs (or
 * is split by a hard line break) into one span; a quotation that reopens each paragraph
 * and is closed only in the last (the press convention) is not a finding either.
 */
import type { CheckRule } from './context.js';

const CLOSERS = /[”»]/g;

export const unbalancedQuote: CheckRule = {
  id: 'check/unbalanced-quote',
  description: 'A quotation mark is opened and never closed, or closes nothing.',
  supersedes: ['segment/unbalanced-quote'],
  run({ doc }) {
    for (const quote of doc.quotes) {
      if (!quote.unclosed) continue;
      const next = doc.blocks[quote.block + 1];
      if (next?.text.startsWith(quote.open)) continue;
      doc.report('warning', this.id, `quotation mark ${quote.open} is never closed`, quote.start - 1);
    }
    // Every closing mark must close a span or sit inside one (a nested quotation). Marks
    // come in text order, so one sweep over the spans sorted by start decides (linear time).
    const spans = doc.quotes.map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
    let next = 0;
    let reach = -1; // furthest end of the spans that start at or before the mark
    for (const block of doc.blocks) {
      for (const m of block.text.matchAll(CLOSERS)) {
        const at = block.start + (m.index ?? 0);
        while (next < spans.length && spans[next][0] <= at) reach = Math.max(reach, spans[next++][1]);
        if (at <= reach) continue;
        doc.report('warning', this.id, `closing quotation mark ${m[0]} has no opening mark`, at);
      }
    }
  },
};
