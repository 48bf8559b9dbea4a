/**
 * Soft line breaks. A hard-wrapped text (an e-mail, a "save as text" export, a Markdown
 * source filled to 80 columns) parts its paragraphs by blank lines and breaks each into lines
 * as full as a width allows, mid-sentence. The readers cut every text into one block per
 * line; in such a text this joins each paragraph's lines back into one block, the white
 * space around each inner line feed read as one space in the text every rule reads
 * (VnDocument.joinLines), while the evidence keeps the file's lines. Any other layout reads
 * as it always did.
 */
import { newBlock, type Block, type VnDocument } from '../core/document.js';
import { isDigitCode, isLetterOrDigitCode, isLowerCode, LIST_MARKS } from '../core/chars.js';
import { isSpace } from '../core/text.js';

/** Narrower lines are not prose filled to a width (a list, an address, verse). */
const NARROWEST_FILL = 40;
/** Wider lines are whole paragraphs, not a width anyone fills text to. */
const WIDEST_FILL = 200;
/**
 * How far short of the width a filled line may end, as a share of it: a tool that counts
 * bytes, or fills for even lines (fmt), ends lines a few columns shorter than one that
 * counts characters greedily.
 */
const FILL_SLACK = 1 / 8;
/** At least this share of the breaks in a hard-wrapped text fill the width. */
const FILLED_SHARE = 3 / 4;
/** At most this share of them come after a sentence's end (in wrapped prose, few do). */
const SENTENCE_END_SHARE = 1 / 4;
/** At least this share of them fall plainly inside a sentence (a list's lines do not). */
const INSIDE_SENTENCE_SHARE = 1 / 3;
/** Fewer breaks are too few to tell a layout by. */
const FEWEST_BREAKS = 2;

/** A line feed between two lines of one paragraph (no blank line between them). */
interface LineBreak {
  /** Offset of the line feed. */
  at: number;
  /** Index of the block (line) before it; the next block is the line after. */
  block: number;
  /** Columns of the line before, up to its last character (indentation included). */
  width: number;
  /** Length of the first word of the line after: it did not fit on the line before. */
  nextWord: number;
  /** The line before ends a sentence (".", "!", "?", "…", maybe then a closing mark). */
  afterSentenceEnd: boolean;
  /** Plainly inside a sentence: the line before ends with a comma or the line after starts in lower case. */
  continuesSentence: boolean;
  /**
   * Inside a sentence as prose is: continuesSentence, or the line before ends with a word in
   * lower case (a list of names or titles does not).
   */
  insideSentence: boolean;
  /**
   * The line before ends with a hyphen glued to a word ("Thừa Thiên-" / "Huế", a web
   * address): the hyphen joins the two lines, not a space.
   */
  afterHyphen: boolean;
  /**
   * The line after opens a list item ("-", "•", "+", "*", "1." or "1)") after another item or
   * after the end of a clause. (After a full line in mid-sentence, "- Ảnh: X" goes on.)
   */
  beforeListItem: boolean;
}

const SENTENCE_ENDS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));
const CLOSING_MARKS = new Set([...'"”»’)]'].map((c) => c.charCodeAt(0)));
const LIST_MARK_CODES = new Set([...LIST_MARKS].map((c) => c.charCodeAt(0)));

function endsSentence(text: string, end: number, start: number): boolean {
  let at = end - 1;
  while (at > start && CLOSING_MARKS.has(text.charCodeAt(at))) at--;
  return SENTENCE_ENDS.has(text.charCodeAt(at));
}

/** The line ends a sentence or a clause (":" or ";"), maybe before a closing mark. */
function endsClause(text: string, end: number, start: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === 0x3a || c === 0x3b || endsSentence(text, end, start);
}

function opensListItem(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (LIST_MARK_CODES.has(c)) return start + 1 === end || isSpace(text.charCodeAt(start + 1));
  let at = start;
  while (at < end && isDigitCode(text.charCodeAt(at))) at++;
  const mark = text.charCodeAt(at);
  return at > start && (mark === 0x2e || mark === 0x29) && (at + 1 === end || isSpace(text.charCodeAt(at + 1)));
}

function wordLength(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && !isSpace(text.charCodeAt(at))) at++;
  return at - start;
}

/** The line ends with a hyphen glued to a word, and the next starts with a word. */
function gluedHyphen(text: string, line: Block, next: Block): boolean {
  let at = line.end;
  while (at > line.start && text.charCodeAt(at - 1) === 0x2d) at--;
  return at < line.end && at > line.start && isLetterOrDigitCode(text.charCodeAt(at - 1)) && isLetterOrDigitCode(text.charCodeAt(next.start));
}

/** Between two blocks: a line feed alone (its offset), a blank line (BLANK_LINE), or anything else (-1). */
const BLANK_LINE = -2;

function gapBetween(text: string, from: number, to: number): number {
  let at = -1;
  let spaceOnly = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (at >= 0) return BLANK_LINE;
      at = i;
    } else if (!isSpace(c)) spaceOnly = false;
  }
  return spaceOnly ? at : -1;
}

/**
 * The breaks between `blocks` that may be soft (a line feed alone between two joinable
 * blocks), when a blank line parts two blocks somewhere and there are enough of them to
 * tell a layout by; else none. (Most articles, one paragraph a line, stop at the first test.)
 */
function lineBreaks(doc: VnDocument, blocks: readonly Block[], joinable: (block: Block) => boolean): LineBreak[] {
  const { text } = doc;
  let blankLine = false;
  let lineFeeds = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const at = gapBetween(text, blocks[i].end, blocks[i + 1].start);
    if (at === BLANK_LINE) blankLine = true;
    else if (at >= 0) lineFeeds++;
  }
  if (!blankLine || lineFeeds < FEWEST_BREAKS) return [];
  const breaks: LineBreak[] = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const line = blocks[i];
    const next = blocks[i + 1];
    const at = gapBetween(text, line.end, next.start);
    if (at < 0 || !joinable(line) || !joinable(next)) continue;
    const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
    const nextEnd = next.end;
    const nextWord = wordLength(text, next.start, nextEnd);
    const afterSentenceEnd = endsSentence(text, line.end, line.start);
    const continuesSentence = text.charCodeAt(line.end - 1) === 0x2c || isLowerCode(text.charCodeAt(next.start));
    const lastWord = text.lastIndexOf(' ', line.end - 1) + 1;
    breaks.push({
      at,
      block: i,
      width: line.end - lineStart,
      nextWord,
      afterSentenceEnd,
      continuesSentence,
      insideSentence: continuesSentence || (!afterSentenceEnd && lastWord >= line.start && isLowerCode(text.charCodeAt(lastWord))),
      beforeListItem: opensListItem(text, next.start, nextEnd) && (opensListItem(text, line.start, line.end) || endsClause(text, line.end, line.start)),
      afterHyphen: gluedHyphen(text, line, next),
    });
  }
  return breaks;
}

/** The break's line was full: the next line's first word would not have fit on it. */
const fills = (b: LineBreak, width: number) => b.width + 1 + b.nextWord > width - width * FILL_SLACK;

/**
 * The width the text is filled to, when `breaks` are those of a hard-wrapped text (see
 * lineBreaks): lines broken inside sentences, each as full as the width allows. 0 when they
 * are not (a list, short lines, paragraphs of one line each).
 */
function filledWidth(breaks: readonly LineBreak[]): number {
  let width = 0;
  for (const b of breaks) if (b.width > width) width = b.width;
  if (width < NARROWEST_FILL || width > WIDEST_FILL) return 0;
  // Counted over the running text: a break before a list item is no soft one anyway.
  let n = 0;
  let filled = 0;
  let afterSentenceEnd = 0;
  let insideSentence = 0;
  for (const b of breaks) {
    if (b.beforeListItem) continue;
    n++;
    if (fills(b, width)) filled++;
    if (b.afterSentenceEnd) afterSentenceEnd++;
    if (b.insideSentence) insideSentence++;
  }
  return n >= FEWEST_BREAKS && filled >= n * FILLED_SHARE && afterSentenceEnd <= n * SENTENCE_END_SHARE && insideSentence >= n * INSIDE_SENTENCE_SHARE ? width : 0;
}

/**
 * `blocks` (one per line, in order) with the lines of each paragraph joined where the line
 * feed between them is a soft break, read as a space in the document's text. Only in a
 * hard-wrapped text: there a break is soft where the line was full or the sentence plainly
 * goes on; a short line (a headline, a caption, a paragraph's last line) ends its block.
 * Elsewhere a line is a block, as it always was (one paragraph a line, with or without
 * blank lines between). `joinable` tells the blocks that may take part (in Markdown, a
 * paragraph's lines, not its headings or captions).
 */
export function joinSoftBreaks(doc: VnDocument, blocks: Block[], joinable: (block: Block) => boolean): Block[] {
  const breaks = lineBreaks(doc, blocks, joinable);
  if (breaks.length === 0) return blocks;
  const width = filledWidth(breaks);
  if (width === 0) return blocks;
  const soft = breaks.filter((b) => !b.beforeListItem && (b.continuesSentence || fills(b, width)));
  if (soft.length === 0) return blocks;
  const moved = doc.joinLines(soft.map((b) => ({ start: blocks[b.block].end, end: blocks[b.block + 1].start, space: !b.afterHyphen })));
  const { text } = doc;
  const joined: Block[] = [];
  let s = 0;
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    const start = moved(first.start);
    if (s === soft.length || soft[s].block !== i) {
      // (A Markdown heading's text may not be the document's: kept as it is.)
      joined.push(newBlock(joined.length, first.kind, start, moved(first.end), first.text));
      continue;
    }
    while (s < soft.length && soft[s].block === i) {
      i++;
      s++;
    }
    const end = moved(blocks[i].end);
    joined.push(newBlock(joined.length, first.kind, start, end, text.slice(start, end)));
  }
  return joined;
}
