/**
 * The parse phase: text → VnDocument (normalised text, front matter, blocks, sentences,
 * quoted spans). Reading bytes from disk lives in ./file.ts so the library works on strings.
 */
import { VnDocument, type DocumentFormat } from '../core/document.js';
import { cleanFor, keyOfScanned, scanText } from '../core/text.js';
import { segment } from '../segment/index.js';
import { readMarkdown } from './markdown.js';
import { readTxt } from './txt.js';
import { looksVietnamese } from './vietnamese.js';

export interface ParseOptions {
  /** Path shown in diagnostics and output; "-" for standard input. */
  path?: string;
  /** Defaults from the path's extension; text that opens with front matter is Markdown. */
  format?: DocumentFormat;
}

export function formatOf(path: string, text: string): DocumentFormat {
  if (/\.(md|markdown)$/i.test(path)) return 'md';
  if (/\.txt$/i.test(path)) return 'txt';
  return /^\ufeff?---\r?\n/.test(text) ? 'md' : 'txt';
}

export function parse(text: string, options: ParseOptions = {}): VnDocument {
  const path = options.path ?? '-';
  // One pass tells what cleaning, the match key and the language check need. A text that
  // needed cleaning (CRLF, NFD, a double space …) is new: one more pass over it gives them
  // its own offsets, and it almost always needs nothing more.
  let scan = scanText(text);
  let clean = text;
  if (scan.needs !== 0) {
    clean = cleanFor(text, scan.needs);
    scan = scanText(clean);
  }
  const asScanned = scan.needs === 0;
  const doc = new VnDocument(path, clean, options.format ?? formatOf(path, clean), asScanned ? keyOfScanned(clean, scan.tonePairs) : undefined);
  doc.singleSpaced = asScanned && scan.singleSpaced;
  if (doc.format === 'md') readMarkdown(doc);
  else readTxt(doc);
  if (!looksVietnamese(clean.slice(doc.bodyStart), asScanned && doc.bodyStart === 0 ? scan.words : undefined)) {
    doc.report('warning', 'read/not-vietnamese', 'text does not look Vietnamese (few words carry Vietnamese diacritics); results may be poor');
  }
  // (Offsets the scan found are the text's as cleaned: joining a hard-wrapped paragraph's lines moves them.)
  return segment(doc, asScanned && doc.text === clean ? scan.marks : undefined);
}
