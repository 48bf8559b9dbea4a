/** Segmentation of the blocks a reader produced: sentences and quoted spans. */
import type { Block, Sentence, VnDocument } from '../core/document.js';
import { findDocumentQuotes } from './quotes.js';
import { appendSentences } from './sentences.js';

export { splitSentences } from './sentences.js';
export { findQuotes, findDocumentQuotes } from './quotes.js';

/** `marks`: offsets of the characters of SENTENCE_MARKS in `doc.text`, when scanText found them. */
export function segment(doc: VnDocument, marks?: readonly number[]): VnDocument {
  const sentences: Sentence[] = [];
  // Marks serve a block whose text is the document's there: a plain-text block always is (a
  // Markdown heading's may not be).
  const isSlice = (block: Block) => doc.format === 'txt' || doc.text.slice(block.start, block.end) === block.text;
  for (const block of doc.blocks) appendSentences(block, sentences, marks && isSlice(block) ? marks : undefined);
  doc.sentences = sentences;
  doc.quotes = findDocumentQuotes(doc.blocks, doc.text);
  for (const quote of doc.quotes) {
    if (quote.unclosed) doc.report('warning', 'segment/unbalanced-quote', `quotation mark ${quote.open} is not closed in its paragraph`, quote.start - 1);
  }
  return doc;
}
