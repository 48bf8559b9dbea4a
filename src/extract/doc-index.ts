/**
 * Quoted-span look-ups over a segmented document in logarithmic time, so that extractors
 * stay linear on huge inputs (blocks and sentences are looked up on the document itself).
 */
import { lastAtOrBefore, rangesByBlock, type QuotedSpan, type VnDocument } from '../core/document.js';

export class DocIndex {
  private readonly quoteRanges: Int32Array;
  /** Outermost quoted spans, sorted, for "is this offset inside a quotation?". */
  private readonly quoted: QuotedSpan[] = [];

  constructor(readonly doc: VnDocument) {
    this.quoteRanges = rangesByBlock(doc.blocks.length, doc.quotes);
    let reach = -1;
    for (const q of [...doc.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (q.end <= reach) continue;
      this.quoted.push(q);
      reach = q.end;
    }
  }

  /** Quoted spans that open in `block`. */
  quotesIn(block: number): readonly QuotedSpan[] {
    return this.doc.quotes.slice(this.quoteRanges[block * 2], this.quoteRanges[block * 2 + 1]);
  }

  /** Whether no other quoted span contains `span`. */
  isOutermost(span: QuotedSpan): boolean {
    const q = this.quoted[lastAtOrBefore(this.quoted, span.start)];
    return q === span || !q || q.end <= span.start || (q.start === span.start && q.end === span.end);
  }

  /** Whether `offset` lies inside quotation marks. */
  isQuoted(offset: number): boolean {
    const q = this.quoted[lastAtOrBefore(this.quoted, offset)];
    return !!q && offset < q.end;
  }
}
