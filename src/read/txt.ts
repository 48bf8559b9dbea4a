/**
 * Plain-text articles: the first non-empty line is the headline, every further non-empty
 * line is a block (a paragraph, or a caption the captions extractor recognises). A
 * hard-wrapped text (paragraphs parted by blank lines, filled to a width) has a block per
 * paragraph instead: see ./soft-breaks.ts.
 */
import { newBlock, type Block, type VnDocument } from '../core/document.js';
import { isSpace } from '../core/text.js';
import { joinSoftBreaks } from './soft-breaks.js';

const anyBlock = () => true;

/** Split `[from, to)` of the document into one block per non-empty line, trimmed. */
export function lineBlocks(doc: VnDocument, from: number, to: number, firstIsHeadline: boolean): Block[] {
  const blocks: Block[] = [];
  const text = doc.text;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const kind = firstIsHeadline && blocks.length === 0 ? 'headline' : 'paragraph';
      blocks.push(newBlock(blocks.length, kind, start, end, text.slice(start, end)));
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

export function readTxt(doc: VnDocument): void {
  doc.bodyStart = 0;
  // (A wrapped headline joins too: it stays the headline.)
  doc.blocks = joinSoftBreaks(doc, lineBlocks(doc, 0, doc.text.length, true), anyBlock);
}
