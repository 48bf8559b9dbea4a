/**
 * Unbalanced quotation marks: an opening mark never closed, or a closing mark that closes
 * nothing. A quotation may run over several paragraphs: either each paragraph opens again
 * and only the last closes (the press convention), or a hard line break splits it and the
 * next line closes it. Neither is a finding.
 */
import type { QuotedSpan } from '../core/document.js';
import type { CheckRule } from './context.js';

const CLOSERS = /[”»]/g;
const OPENERS = /[“«„]/;

interface Stray {
  at: number;
  mark: string;
}

/** Closing marks of a block that neither close a span of the block nor sit inside one. */
function strayClosers(text: string, start: number, spans: QuotedSpan[]): Stray[] {
  const strays: Stray[] = [];
  for (const m of text.matchAll(CLOSERS)) {
    const at = start + (m.index ?? 0);
    if (!spans.some((q) => q.start <= at && at <= q.end)) strays.push({ at, mark: m[0] });
  }
  return strays;
}

export const unbalancedQuote: CheckRule = {
  id: 'check/unbalanced-quote',
  description: 'A quotation mark is opened and never closed, or closes nothing.',
  supersedes: ['segment/unbalanced-quote'],
  run({ doc }) {
    const strays = doc.blocks.map((b) => strayClosers(b.text, b.start, doc.quotes.filter((q) => q.block === b.index)));
    for (const quote of doc.quotes) {
      if (!quote.unclosed) continue;
      const next = doc.blocks[quote.block + 1];
      if (next?.text.startsWith(quote.open)) continue;
      const closer = strays[quote.block + 1]?.[0];
      if (next && closer?.mark === quote.close && !OPENERS.test(doc.text.slice(next.start, closer.at))) {
        strays[quote.block + 1].shift(); // the next line closes this quotation
        continue;
      }
      doc.report('warning', this.id, `quotation mark ${quote.open} is never closed`, quote.start - 1);
    }
    for (const stray of strays.flat()) doc.report('warning', this.id, `closing quotation mark ${stray.mark} has no opening mark`, stray.at);
  },
};
