/**
 * Inputs to articles: read (a file, or text already read) and parse each; the main thread
 * and the worker threads of `--concurrency` then extract a group of them together (see
 * extractEach in ../extract/index.ts).
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { VnDocument } from '../core/document.js';
import type { ExtractOptions } from '../extract/index.js';
import type { Article } from '../model/article.js';
import { readInputFile, type ReadOptions } from '../read/file.js';
import { parse } from '../read/index.js';

export type LoadOptions = ReadOptions & ExtractOptions;

export interface LoadJob {
  /** The name shown to the user (and stored in `article.file`). */
  display: string;
  /** Absolute path to read, or null when `read` holds the input (standard input). */
  path: string | null;
  read?: { text: string; warning?: string };
}

export interface Loaded {
  article: Article;
  diagnostics: Diagnostic[];
}

/** Read and parse one input: its document, to extract with others (extractEach). */
export async function loadDocument(job: LoadJob, options: ReadOptions): Promise<VnDocument> {
  const read = job.read ?? (await readInputFile(job.path ?? '-', options));
  const doc = parse(read.text, { path: job.display });
  if (read.warning) doc.report('warning', 'read/encoding', read.warning, 0);
  return doc;
}
