/**
 * Markdown articles: gray-matter front matter, then the body read with marked's lexer.
 * Offsets stay those of the whole file, front matter lines included.
 */
import type { Token, Tokens } from 'marked';
import { InputError } from '../core/diagnostics.js';
import type { Block, FrontMatter, VnDocument } from '../core/document.js';
import { lineBlocks } from './txt.js';
import { readFrontMatter } from './front-matter.js';
import { lazyRequire } from '../core/lazy.js';

const grayMatter = lazyRequire<typeof import('gray-matter')>('gray-matter');
const marked = lazyRequire<typeof import('marked')>('marked');
const jsYaml = lazyRequire<typeof import('js-yaml')>('js-yaml');

// js-yaml 4 with the YAML 1.2 core schema: dates stay strings (no timestamp type), "14:30"
// stays a string (js-yaml 3, gray-matter's own, reads it as a base-60 number), and errors
// carry a line. Not the `yaml` package that writes YAML output: on front matter it was
// 3-4 times slower, cold and warm, and a batch of Markdown files reads one per file.
const engines = {
  yaml: (source: string): object => (jsYaml().load(source, { schema: jsYaml().CORE_SCHEMA }) as object | null) ?? {},
};

const IMAGE_LINE = /^!\[([^\]]*)\]\([^)]*\)$/;
const EMPHASIS_LINE = /^([*_]{1,2})([^*_].*?)\1$/;

function parseFrontMatter(doc: VnDocument): { data: Record<string, unknown>; content: string } {
  try {
    const file = grayMatter()(doc.text, { engines });
    return { data: file.data as Record<string, unknown>, content: file.content };
  } catch (error) {
    const yamlError = error as { mark?: { line: number }; reason?: string; message?: string };
    // The YAML starts right after the opening "---" (its line 1 is the rest of that line);
    // js-yaml counts lines from 0.
    const line = yamlError.mark ? yamlError.mark.line + 1 : 1;
    // The reason alone: js-yaml's message adds "(line:column)" counted from the YAML.
    const reason = yamlError.reason ?? String(yamlError.message ?? error).split('\n')[0];
    throw new InputError(doc.path, 'front-matter', `broken front matter: ${reason}`, line);
  }
}

/** A paragraph token that is only an image or only emphasis is a caption. */
function classify(doc: VnDocument, block: Block): Block {
  const image = IMAGE_LINE.exec(block.text);
  const emphasis = image ? null : EMPHASIS_LINE.exec(block.text);
  const inner = image?.[1] ?? emphasis?.[2];
  if (inner === undefined || !inner.trim()) return block;
  const start = block.start + block.text.indexOf(inner);
  return { ...block, kind: 'caption', start, end: start + inner.length, text: inner };
}

function tokenBlocks(doc: VnDocument, token: Token, start: number, blocks: Block[]): void {
  const end = start + token.raw.length;
  if (token.type === 'heading') {
    const heading = token as Tokens.Heading;
    const textStart = doc.text.indexOf(heading.text, start);
    const s = textStart >= 0 && textStart < end ? textStart : start;
    blocks.push({ index: blocks.length, kind: 'heading', start: s, end: s + heading.text.length, text: heading.text });
    return;
  }
  if (token.type === 'paragraph' || token.type === 'text' || token.type === 'blockquote') {
    for (const block of lineBlocks(doc, start, end, false)) {
      const text = block.text.replace(/^>\s?/, '');
      const shifted = { ...block, start: block.end - text.length, text };
      blocks.push(classify(doc, { ...shifted, index: blocks.length }));
    }
    return;
  }
  if (token.type === 'list') {
    for (const block of lineBlocks(doc, start, end, false)) {
      const text = block.text.replace(/^(?:[-*+]|\d+[.)])\s+/, '');
      blocks.push({ ...block, index: blocks.length, start: block.end - text.length, text });
    }
  }
}

export function readMarkdown(doc: VnDocument): void {
  const { data, content } = parseFrontMatter(doc);
  doc.bodyStart = doc.text.endsWith(content) ? doc.text.length - content.length : 0;
  doc.frontMatter = readFrontMatter(doc, data as FrontMatter);
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
  const headline = doc.frontMatter.title ? -1 : blocks.findIndex((b) => b.kind === 'heading' || b.kind === 'paragraph');
  if (headline >= 0) blocks[headline].kind = 'headline';
  doc.blocks = blocks.map((b, index) => ({ ...b, index }));
}
