/** Segmentation of the blocks a reader produced: sentences and quoted spans. */
import type { Sentence, VnDocument } from '../core/document.js';
import { findDocumentQuotes } from './quotes.js';
import { appendSentences } from './sentences.js';

export { splitSentences } from './sentences.js';
export { findQuotes, findDocumentQuotes } from './quotes.js';

export function segment(doc: VnDocument): VnDocument {
  const sentences: Sentence[] = [];
  for (const block of doc.blocks) appendSentences(block, sentences);
  doc.sentences = sentences;
  doc.quotes = findDocumentQuotes(doc.blocks, doc.text);
  for (const quote of doc.quotes) {
    if (quote.unclosed) doc.report('warning', 'segment/unbalanced-quote', `quotation mark ${quote.open} is not closed in its paragraph`, quote.start - 1);
  }
  return doc;
}
