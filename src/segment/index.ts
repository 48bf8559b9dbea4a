/** Segmentation of the blocks a reader produced: sentences and quoted spans. */
import type { Block, Sentence, VnDocument } from '../core/document.js';
import { findDocumentQuotes } from './quotes.js';
import { appendSentences } from './sentences.js';

export { splitSentences } from './sentences.js';
export { findQuotes, findDocumentQuotes } from './quotes.js';

/** `marks`: offsets of the characters scanText lists as marks in `doc.text`, when it found them. */
export function segment(doc: VnDocument, marks?: readonly number[]): VnDocument {
  const sentences: Sentence[] = [];
  // Marks serve a block whose text is the document's there: a plain-text block always is (a
  // Markdown heading's may not be).
  const isSlice = (block: Block) => doc.format === 'txt' || doc.text.slice(block.start, block.end) === block.text;
  const marksOf = marks ? doc.blocks.map((block) => (isSlice(block) ? marks : undefined)) : undefined;
  doc.blocks.forEach((block, b) => appendSentences(block, sentences, marksOf?.[b]));
  doc.sentences = sentences;
  doc.quotes = findDocumentQuotes(doc.blocks, doc.text, marksOf);
  for (const quote of doc.quotes) {
    if (quote.unclosed) doc.report('warning', 'segment/unbalanced-quote', `quotation mark ${quote.open} is not closed in its paragraph`, quote.start - 1);
  }
  return doc;
}
