/**
 * Offset look-ups over a segmented document in logarithmic time (blocks, sentences and
 * quoted spans are sorted by offset), so that extractors stay linear on huge inputs.
 */
import type { Block, QuotedSpan, Sentence, Span, VnDocument } from '../core/document.js';

/** Index of the last item whose `start` is ≤ `offset` (items sorted by start), or -1. */
export function lastAtOrBefore(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** For each block, the [first, end) range of items (sorted by block) that belong to it. */
function rangesByBlock(blockCount: number, items: readonly { block: number }[]): Int32Array {
  const ranges = new Int32Array(blockCount * 2);
  for (let i = items.length - 1; i >= 0; i--) ranges[items[i].block * 2] = i;
  for (let i = 0; i < items.length; i++) ranges[items[i].block * 2 + 1] = i + 1;
  return ranges;
}

export class DocIndex {
  private readonly sentenceRanges: Int32Array;
  private readonly quoteRanges: Int32Array;
  /** Outermost quoted spans, sorted, for "is this offset inside a quotation?". */
  private readonly quoted: QuotedSpan[] = [];

  constructor(readonly doc: VnDocument) {
    this.sentenceRanges = rangesByBlock(doc.blocks.length, doc.sentences);
    this.quoteRanges = rangesByBlock(doc.blocks.length, doc.quotes);
    let reach = -1;
    for (const q of [...doc.quotes].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (q.end <= reach) continue;
      this.quoted.push(q);
      reach = q.end;
    }
  }

  blockAt(offset: number): Block | undefined {
    const i = lastAtOrBefore(this.doc.blocks, offset);
    const block = this.doc.blocks[i];
    return block && offset < block.end ? block : undefined;
  }

  sentencesOf(block: number): readonly Sentence[] {
    return this.doc.sentences.slice(this.sentenceRanges[block * 2], this.sentenceRanges[block * 2 + 1]);
  }

  sentenceAt(offset: number): Sentence | undefined {
    const sentence = this.doc.sentences[lastAtOrBefore(this.doc.sentences, offset)];
    return sentence && offset < sentence.end ? sentence : undefined;
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
