/**
 * Markdown articles: YAML front matter, then the body read with marked's lexer.
 * Offsets stay those of the whole file, front matter lines included.
 */
import type { Token, Tokens } from 'marked';
import { InputError } from '../core/diagnostics.js';
import { newBlock, type Block, type FrontMatter, type VnDocument } from '../core/document.js';
import { lineBlocks } from './txt.js';
import { readFrontMatter } from './front-matter.js';
import { lazyRequire } from '../core/lazy.js';
import { isSpace } from '../core/text.js';
import { joinSoftBreaks } from './soft-breaks.js';

const marked = lazyRequire<typeof import('marked')>('marked');
const jsYaml = lazyRequire<typeof import('js-yaml')>('js-yaml');

const IMAGE_LINE = /^!\[([^\]]*)\]\([^)]*\)$/;
const EMPHASIS_LINE = /^([*_]{1,2})([^*_].*?)\1$/;

/** Names a front matter block may give its language by ("---yaml"); none means YAML. */
const YAML_NAMES = new Set(['', 'yaml', 'yml']);

export interface FrontMatterBlock {
  /** The block's text: the rest of the opening line, then its lines (line 1 is the file's). */
  yaml: string;
  /** The language named after the opening "---", trimmed ('' when none). */
  language: string;
  /** Where the body starts: the line after the closing delimiter (the file's end without one). */
  bodyStart: number;
}

/**
 * The front matter block, delimited as gray-matter delimits it (so files read the same as in
 * the tools that use it): the file opens with "---" (not "----"), maybe followed by a language
 * name; the block ends at the next line that starts with "---", or at the end of the file.
 * Null when the file does not open with one. gray-matter's own parse is not used: it also
 * runs a "---js" block as JavaScript, and an article must never run code.
 */
export function frontMatterBlock(text: string): FrontMatterBlock | null {
  if (!text.startsWith('---') || text[3] === '-') return null;
  const afterOpen = 3;
  const lineEnd = text.slice(afterOpen).search(/\r?\n/);
  // No line end: gray-matter takes all but the last character as the language name.
  const raw = text.slice(afterOpen, lineEnd >= 0 ? afterOpen + lineEnd : -1);
  const language = raw.trim();
  const yamlStart = language ? afterOpen + raw.length : afterOpen;
  const close = text.indexOf('\n---', yamlStart);
  if (close < 0) return { yaml: text.slice(yamlStart), language, bodyStart: text.length };
  let bodyStart = close + 4;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  return { yaml: text.slice(yamlStart, close), language, bodyStart };
}

/**
 * Most values front matter may hold once its aliases are expanded: nine aliases of nine
 * aliases, nine levels deep, are a few lines of YAML and a billion values ("billion
 * laughs"), which took 12 s and 2.5 GB before failing. Real front matter holds dozens.
 */
const MAX_FRONT_MATTER_VALUES = 10_000;

/** Whether `data` holds more than `limit` values, an alias counted each time it is used. */
export function holdsMoreValues(data: unknown, limit: number): boolean {
  let count = 1;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (!value || typeof value !== 'object') continue;
    // Counted when met, before walking them: the walk is as long as the limit at most.
    const children = Array.isArray(value) ? value : Object.values(value);
    count += children.length;
    if (count > limit) return true;
    for (const child of children) stack.push(child);
  }
  return false;
}

/**
 * The front matter's data (YAML 1.2 core schema: dates and times such as "14:30" stay text)
 * and where the body starts. js-yaml 4, not the `yaml` package that writes YAML output: on
 * front matter it was 3-4 times slower, and a batch of Markdown files reads one per file.
 */
function parseFrontMatter(doc: VnDocument): { data: Record<string, unknown>; bodyStart: number } {
  const block = frontMatterBlock(doc.text);
  if (!block) return { data: {}, bodyStart: 0 };
  if (!YAML_NAMES.has(block.language.toLowerCase())) {
    throw new InputError(doc.path, 'front-matter', `front matter in "${block.language}" is not supported (only YAML is)`, 1);
  }
  let data: unknown;
  try {
    data = jsYaml().load(block.yaml, { schema: jsYaml().CORE_SCHEMA }) ?? {};
  } catch (error) {
    const yamlError = error as { mark?: { line: number }; reason?: string; message?: string };
    // The block's line 1 is the file's (the rest of the opening line); js-yaml counts from 0.
    const line = yamlError.mark ? yamlError.mark.line + 1 : 1;
    // The reason alone: js-yaml's message adds "(line:column)" counted from the block.
    const reason = yamlError.reason ?? String(yamlError.message ?? error).split('\n')[0];
    throw new InputError(doc.path, 'front-matter', `broken front matter: ${reason}`, line);
  }
  if (holdsMoreValues(data, MAX_FRONT_MATTER_VALUES)) {
    throw new InputError(doc.path, 'front-matter', `front matter holds more than ${MAX_FRONT_MATTER_VALUES.toLocaleString('en')} values once its aliases are expanded`, 1);
  }
  if (typeof data === 'object' && !Array.isArray(data)) return { data: data as Record<string, unknown>, bodyStart: block.bodyStart };
  doc.report('warning', 'front-matter/fields', 'front matter is not a list of "key: value" fields; ignored', 0);
  return { data: {}, bodyStart: block.bodyStart };
}

/**
 * Deepest nesting of block quotes and list items read with marked. Its time grows with the
 * cube of the depth (a thousand list items, each indented two columns more than the one
 * before, took 7 s; a megabyte of them cycling through 32 levels, 0.8 s) and its recursion
 * overflows the stack a few thousand levels down. No article nests this deep: a body that
 * may is read as plain text.
 */
export const MAX_NESTING = 32;

const isBlank = (c: number) => c === 0x20 || c === 0x09;

/**
 * The deepest nesting a line of `body` may open, at most, and where that line starts: on a
 * line with block-quote or list markers, their number, and half its columns of indentation
 * and spacing (a nested list item sits at least two columns right of its parent's). A line
 * with no marker opens nothing. Counting stops at the first line past `limit`.
 */
export function nestingDepth(body: string, limit = MAX_NESTING): { depth: number; line: number } {
  let deepest = 0;
  let line = 0;
  for (let p = 0; p < body.length && deepest <= limit;) {
    const lineStart = p;
    let markers = 0;
    let columns = 0;
    for (;;) {
      for (let c = body.charCodeAt(p); isBlank(c); c = body.charCodeAt(++p)) columns += c === 0x09 ? 4 : 1;
      const c = body.charCodeAt(p);
      let after = c === 0x3e ? p + 1 : (c === 0x2d || c === 0x2a || c === 0x2b) && isBlank(body.charCodeAt(p + 1)) ? p + 1 : -1;
      if (after < 0) {
        let q = p;
        while (q - p < 9 && body.charCodeAt(q) >= 0x30 && body.charCodeAt(q) <= 0x39) q++;
        const mark = body.charCodeAt(q);
        if (q > p && (mark === 0x2e || mark === 0x29) && isBlank(body.charCodeAt(q + 1))) after = q + 1;
      }
      if (after < 0) break;
      markers++;
      p = after;
    }
    if (markers && markers + (columns >> 1) > deepest) {
      deepest = markers + (columns >> 1);
      line = lineStart;
    }
    const lineEnd = body.indexOf('\n', p);
    if (lineEnd < 0) break;
    p = lineEnd + 1;
  }
  return { depth: deepest, line };
}

/**
 * A paragraph token that is only an image or only emphasis is a caption. An image without
 * alt text holds no text (null): read as a paragraph, it stood between a photo's caption and
 * the text around it, which tells a caption from a subheading.
 */
function classify(doc: VnDocument, block: Block): Block | null {
  const image = IMAGE_LINE.exec(block.text);
  if (image && !image[1].trim()) return null;
  const emphasis = image ? null : EMPHASIS_LINE.exec(block.text);
  const inner = image?.[1] ?? emphasis?.[2];
  if (inner === undefined || !inner.trim()) return block;
  const start = block.start + block.text.indexOf(inner);
  return newBlock(block.index, 'caption', start, start + inner.length, inner);
}

function tokenBlocks(doc: VnDocument, token: Token, start: number, blocks: Block[]): void {
  const end = start + token.raw.length;
  if (token.type === 'heading') {
    const heading = token as Tokens.Heading;
    const textStart = doc.text.indexOf(heading.text, start);
    const s = textStart >= 0 && textStart < end ? textStart : start;
    blocks.push(newBlock(blocks.length, 'heading', s, s + heading.text.length, heading.text));
    return;
  }
  if (token.type === 'paragraph' || token.type === 'text' || token.type === 'blockquote') {
    for (const block of lineBlocks(doc, start, end, false)) pushLine(blocks, quoteOrParagraphLine(doc, block, blocks.length));
    return;
  }
  if (token.type === 'list') {
    for (const block of lineBlocks(doc, start, end, false)) blocks.push(listLine(block, blocks.length));
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Characters that open a block construct at a line start (fence, HTML, table, definition, setext line). */
const OPENS_BLOCK = new Set([...'`~<|[:='].map((c) => c.charCodeAt(0)));
/** List markers, which also make thematic breaks (with "_"). */
const MARKERS = new Set([...'-*+_'].map((c) => c.charCodeAt(0)));

const PLAIN = 0;
const HEADING = 1;
const QUOTE = 2;
const BULLET = 3;
const OTHER = 4;

/**
 * What the line text[p, lineEnd) (p at its first character) opens, as far as plainMarkdownBlocks
 * reads it: a paragraph line, an ATX heading without closing hashes, a block quote, a bullet
 * list item ("- ", "* " or "+ " and a plain line), or OTHER (anything else, or unsure).
 */
function lineKind(text: string, p: number, lineEnd: number, inItem = false): number {
  const c = text.charCodeAt(p);
  if (c === 0x3e) return QUOTE;
  // (White space of any kind: Markdown and the trimming of lines disagree on which is blank.)
  if (OPENS_BLOCK.has(c) || isSpace(c)) return OTHER;
  if (MARKERS.has(c)) {
    if (p + 1 === lineEnd) return OTHER;
    if (isSpace(text.charCodeAt(p + 1))) {
      // One space, then a plain line: an item of a list of paragraph lines (an item in an
      // item is not read here: a line of a million "- " is not a million calls deep).
      return !inItem && c !== 0x5f && text.charCodeAt(p + 1) === 0x20 && p + 2 < lineEnd && lineKind(text, p + 2, lineEnd, true) === PLAIN ? BULLET : OTHER;
    }
    let q = p;
    while (q < lineEnd && (MARKERS.has(text.charCodeAt(q)) || text.charCodeAt(q) === 0x20)) q++;
    return q === lineEnd ? OTHER : PLAIN;
  }
  if (isDigit(c)) {
    let q = p;
    while (q < lineEnd && isDigit(text.charCodeAt(q))) q++;
    return text.charCodeAt(q) === 0x2e || text.charCodeAt(q) === 0x29 ? OTHER : PLAIN;
  }
  if (c === 0x23) {
    let q = p;
    while (q < lineEnd && text.charCodeAt(q) === 0x23) q++;
    if (q - p <= 6 && (q === lineEnd || isSpace(text.charCodeAt(q)))) {
      const heading = text.slice(q, lineEnd).trim();
      return !heading || heading.endsWith('#') ? OTHER : HEADING;
    }
  }
  return PLAIN;
}

/**
 * The blocks of a body made of paragraph lines, block quotes, ATX headings without closing
 * hashes and bullet items of one such line, as `markdownBlocks` gives them; null when a
 * line may open anything else (an ordered list, code, a table, HTML, a setext underline, a
 * definition, indentation) or goes on with a list item. Such a body, most articles written
 * in Markdown, is read line by line 15 times faster than by marked's lexer.
 */
export function plainMarkdownBlocks(doc: VnDocument, from: number): Block[] | null {
  const { text } = doc;
  const blocks: Block[] = [];
  // The line before was a list item's.
  let inItem = false;
  for (let lineStart = from; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let p = lineStart;
    while (p < lineEnd && text.charCodeAt(p) === 0x20) p++;
    if (p === lineEnd) inItem = false;
    else {
      if (p > lineStart) return null;
      const kind = lineKind(text, p, lineEnd);
      if (kind === OTHER) return null;
      if (kind === HEADING) {
        let q = p;
        while (text.charCodeAt(q) === 0x23) q++;
        const heading = text.slice(q, lineEnd).trim();
        const start = text.indexOf(heading, lineStart);
        blocks.push(newBlock(blocks.length, 'heading', start, start + heading.length, heading));
        inItem = false;
      } else {
        // A line that goes on with a list item (no blank line between): which lines marked
        // takes into the item depends on the item's indentation and the lines before.
        if (kind === PLAIN && inItem) return null;
        inItem = kind === BULLET;
        for (const block of lineBlocks(doc, lineStart, lineEnd, false)) pushLine(blocks, inItem ? listLine(block, blocks.length) : quoteOrParagraphLine(doc, block, blocks.length));
      }
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** `block` added to `blocks`, unless there is none (an image without alt text). */
function pushLine(blocks: Block[], block: Block | null): void {
  if (block) blocks.push(block);
}

/** A line of a paragraph or block quote: its text without the quote marker, a caption when only an image or emphasis. */
function quoteOrParagraphLine(doc: VnDocument, line: Block, index: number): Block | null {
  const text = line.text.replace(/^>\s?/, '');
  return classify(doc, newBlock(index, line.kind, line.end - text.length, line.end, text));
}

/** A line of a list: its text without the item marker. */
function listLine(line: Block, index: number): Block {
  const text = line.text.replace(/^(?:[-*+]|\d+[.)])\s+/, '');
  return newBlock(index, line.kind, line.end - text.length, line.end, text);
}

/** The body's blocks as marked's lexer finds them. */
export function markdownBlocks(doc: VnDocument, content: string): Block[] {
  const blocks: Block[] = [];
  let cursor = doc.bodyStart;
  // Block tokens only: the inline pass is never read here, and it is quadratic on long
  // runs of emphasis markers.
  for (const token of new (marked().Lexer)().blockTokens(content)) {
    // Top-level raws concatenate to the body; search only if a token was normalised.
    const at = doc.text.startsWith(token.raw, cursor) ? cursor : doc.text.indexOf(token.raw, cursor);
    const start = at >= 0 ? at : cursor;
    tokenBlocks(doc, token, start, blocks);
    cursor = start + token.raw.length;
  }
  return blocks;
}

/** The body's lines as blocks, as in a plain-text article: for a body nested too deep to read as Markdown (first at offset `deep`). */
function plainBlocks(doc: VnDocument, deep: number): Block[] {
  doc.report('warning', 'read/markdown-nesting', `block quotes or lists nested more than ${MAX_NESTING} deep: the body is read as plain text`, deep);
  return lineBlocks(doc, doc.bodyStart, doc.text.length, false);
}

const isParagraphLine = (block: Block) => block.kind === 'paragraph';

export function readMarkdown(doc: VnDocument): void {
  const { data, bodyStart } = parseFrontMatter(doc);
  doc.bodyStart = bodyStart;
  doc.frontMatter = readFrontMatter(doc, data as FrontMatter);
  let blocks = plainMarkdownBlocks(doc, bodyStart);
  if (!blocks) {
    const content = doc.text.slice(bodyStart);
    const nesting = nestingDepth(content);
    blocks = nesting.depth > MAX_NESTING ? plainBlocks(doc, bodyStart + nesting.line) : markdownBlocks(doc, content);
  }
  // A paragraph's lines are read one block each (a caption in emphasis may stand on the line
  // under a paragraph's); those a soft line break parts are joined back.
  blocks = joinSoftBreaks(doc, blocks, isParagraphLine);
  const headline = doc.frontMatter.title ? -1 : blocks.findIndex((b) => b.kind === 'heading' || b.kind === 'paragraph');
  if (headline >= 0) blocks[headline].kind = 'headline';
  blocks.forEach((b, index) => (b.index = index));
  doc.blocks = blocks;
}
