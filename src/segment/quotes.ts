/**
 * Quoted spans: “…”, «…», „…“, ‘…’, straight "…" and '…' pairs, with offsets of the inner
 * text. Quotes nest (a slogan quoted inside a speech gives two spans). Some outlets mix the
 * marks of a pair (“…" or "…”): a straight mark that can only close (after a word, before
 * no word) closes an open curly one (the last one of its block also an open straight one
 * around it), and a curly closer closes an open straight one. A straight single mark is a
 * quotation mark only where an apostrophe cannot be (not between letters), and one left
 * open is dropped (a stray apostrophe, "mùa '90"). A quote left open at the end of a
 * paragraph continues into the following paragraphs when one of them holds a closing mark
 * with no opening mark before it (a quotation several paragraphs long; a straight mark
 * closes there when it follows a word and precedes none); otherwise it is kept and marked
 * `unclosed`.
 */
import type { Block, QuotedSpan } from '../core/document.js';
import { hasLetter, isWordCode } from '../core/chars.js';
import { isSpace } from '../core/text.js';
import { firstAtOrAfter } from '../core/sorted.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"', "'": "'" };
const CURLY_CLOSERS = new Set(['”', '»', '’']);
/** Straight marks: the same character opens and closes. */
const STRAIGHT = new Set(['"', "'"]);

/** " ' « » and U+2018–U+201E (‘ ’ “ ” „, and ‚ ‛, which open and close nothing). */
function isMarkCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e);
}

/** How many following blocks a quotation may run on for. */
const MAX_CONTINUATION_BLOCKS = 12;
/** Deeper nesting is not writing but noise; marks beyond it are read as plain text. */
const MAX_DEPTH = 6;
/**
 * More quotations than this in one paragraph is not writing but noise (real ones hold a
 * handful): the rest of the block is read as plain text, so a line of a million marks
 * does not make a million spans for every later rule to walk.
 */
const MAX_QUOTES_PER_BLOCK = 100;

/** A ‘, ’ or ' between letters is an apostrophe, not a quotation mark. */
function isApostrophe(text: string, i: number): boolean {
  return hasLetter(text[i - 1] ?? '') && hasLetter(text[i + 1] ?? '');
}

/**
 * A mark right after a word or a closing mark and before no word, or with nothing but white
 * space after it in its paragraph ("… kinh nghiệm. \""): it can only close.
 */
function canOnlyClose(text: string, i: number): boolean {
  if (i > 0 && !isSpace(text.charCodeAt(i - 1)) && !isWordCode(text.charCodeAt(i + 1))) return true;
  let after = i + 1;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  return i > 0 && after === text.length;
}

/** A mark at the start or after white space or "(", and before no white space: it can open. */
function canOpen(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return (i === 0 || isSpace(before) || before === 0x28) && i + 1 < text.length && !isSpace(text.charCodeAt(i + 1));
}

/** The index of the innermost open quotation that `close` closes, or -1. */
function innermostClosedBy(stack: readonly { close: string }[], close: string): number {
  let i = stack.length - 1;
  while (i >= 0 && stack[i].close !== close) i--;
  return i;
}

/** Keep the closer at `at` unless one of the same mark came first (a line of them is one entry, not a million). */
function addOrphanCloser(closers: BlockScan['orphanClosers'], at: number, mark: string): void {
  if (!closers.some((c) => c.mark === mark)) closers.push({ at, mark });
}

interface BlockScan {
  spans: QuotedSpan[];
  /**
   * Absolute offsets of closing marks that close nothing opened in the block: the first of
   * each mark, the only one a quotation from an earlier paragraph can end at.
   */
  orphanClosers: { at: number; mark: string }[];
}

/**
 * `marks`: the offsets in the document of its quotation marks among others (see scanText),
 * for a block whose text is a slice of it; without them every character is read.
 */
function scanBlock(block: Block, marks?: readonly number[]): BlockScan {
  const text = block.text;
  const spans: QuotedSpan[] = [];
  const orphanClosers: BlockScan['orphanClosers'] = [];
  const stack: { open: string; close: string; at: number }[] = [];
  const emit = (open: string, close: string, from: number, to: number, unclosed: boolean) => {
    if (to > from) {
      spans.push({ block: block.index, open, close, unclosed, start: block.start + from, end: block.start + to, text: text.slice(from, to) });
    }
  };
  // A loop over the characters, not a pattern run from mark to mark, and no callbacks: each
  // run and call has a fixed cost, which a text of nothing but marks pays a million times.
  let m = marks ? firstAtOrAfter(marks, block.start) : 0;
  for (let i = 0; i < text.length && spans.length < MAX_QUOTES_PER_BLOCK; i++) {
    if (marks) {
      if (m === marks.length || marks[m] - block.start >= text.length) break;
      i = marks[m++] - block.start;
    }
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i];
    if ((ch === '‘' || ch === '’' || ch === "'") && isApostrophe(text, i)) continue;
    const inner = stack[stack.length - 1];
    // A mixed pair: “…" closed by a straight mark, "…” by a curly one. The last straight mark
    // of a block inside a straight quotation ends it and the curly ones opened inside it
    // ("… là: “A; B"): no other mark is left to close it.
    if (inner && ch === '"' && inner.close === '”' && canOnlyClose(text, i)) {
      // indexOf stops at the next straight mark: each is passed over once.
      const straight = text.indexOf('"', i + 1) < 0 ? innermostClosedBy(stack, '"') : -1;
      do {
        const entry = stack.pop()!;
        emit(entry.open, ch, entry.at + 1, i, false);
      } while (straight >= 0 && stack.length > straight);
      continue;
    }
    if (inner && ch === '”' && inner.close === '"' && innermostClosedBy(stack, '”') < 0) {
      stack.pop();
      emit(inner.open, ch, inner.at + 1, i, false);
      continue;
    }
    const depth = innermostClosedBy(stack, ch);
    // A straight quote closes only the innermost straight quote (a single one only after
    // no white space, a double one only where it cannot open: "A "B" C" nests B in A);
    // elsewhere it opens one.
    if (depth >= 0 && !(STRAIGHT.has(ch) && depth !== stack.length - 1) && !(ch === "'" && isSpace(text.charCodeAt(i - 1)))
      && !(ch === '"' && canOpen(text, i))) {
      while (stack.length > depth + 1) {
        const dropped = stack.pop()!;
        if (dropped.open !== "'") emit(dropped.open, dropped.close, dropped.at + 1, i, true);
      }
      const entry = stack.pop()!;
      emit(entry.open, entry.close, entry.at + 1, i, false);
      continue;
    }
    if (ch === "'" && !canOpen(text, i)) continue;
    // A straight mark that can only close, with nothing open: it closes a quotation that
    // an earlier paragraph opened.
    if (ch === '"' && !stack.length && canOnlyClose(text, i)) {
      addOrphanCloser(orphanClosers, block.start + i, ch);
      continue;
    }
    if (PAIRS[ch]) {
      if (stack.length < MAX_DEPTH) stack.push({ open: ch, close: PAIRS[ch], at: i });
    }
    else if (CURLY_CLOSERS.has(ch) && !stack.length) addOrphanCloser(orphanClosers, block.start + i, ch);
  }
  for (const entry of stack) if (entry.open !== "'") emit(entry.open, entry.close, entry.at + 1, text.length, true);
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { spans, orphanClosers };
}

/** Quoted spans of one block, nested ones included. */
export function findQuotes(block: Block): QuotedSpan[] {
  return scanBlock(block).spans;
}

/**
 * Quoted spans of a whole document: those of each block, with quotations that run over
 * several paragraphs joined into one span from the opening to the closing mark.
 * `marksOf[b]`, when given, is what scanText found marks at for block b (see scanBlock).
 */
export function findDocumentQuotes(blocks: readonly Block[], text: string, marksOf?: readonly (readonly number[] | undefined)[]): QuotedSpan[] {
  const scans = blocks.map((block, b) => scanBlock(block, marksOf?.[b]));
  const dropped = new Set<QuotedSpan>();
  for (let b = 0; b < scans.length; b++) {
    for (const span of scans[b].spans) {
      if (!span.unclosed || dropped.has(span) || !(CURLY_CLOSERS.has(span.close) || span.close === '"')) continue;
      const absorbed: QuotedSpan[] = [];
      for (let n = b + 1; n < Math.min(scans.length, b + 1 + MAX_CONTINUATION_BLOCKS); n++) {
        const closer = scans[n].orphanClosers.find((c) => c.mark === span.close);
        if (closer) {
          span.end = closer.at;
          span.text = text.slice(span.start, span.end);
          span.unclosed = false;
          for (const a of absorbed) dropped.add(a);
          break;
        }
        // Some outlets reopen the quotation at the start of each continued paragraph.
        const reopened = scans[n].spans.find((s) => s.unclosed && s.open === span.open);
        if (reopened && reopened.start !== blocks[n].start + 1) break;
        if (reopened) absorbed.push(reopened);
      }
    }
  }
  // A loop rather than flatMap and filter, which took most of this function's time.
  const quotes: QuotedSpan[] = [];
  for (const scan of scans) for (const span of scan.spans) if (!dropped.has(span)) quotes.push(span);
  return quotes;
}
