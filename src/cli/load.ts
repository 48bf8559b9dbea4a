/**
 * One input to one article: read (file or given text), parse, extract. The same function
 * runs on the main thread and in the worker threads of `--concurrency`.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { VnDocument } from '../core/document.js';
import { extract, type ExtractOptions } from '../extract/index.js';
import type { Article } from '../model/article.js';
import { readInputFile, type ReadOptions } from '../read/file.js';
import { parse } from '../read/index.js';

export type LoadOptions = ReadOptions & ExtractOptions;

export interface LoadJob {
  /** The name shown to the user (and stored in `article.file`). */
  display: string;
  /** Absolute path to read, or null when `text` holds the input (standard input). */
  path: string | null;
  text?: string;
}

export interface Loaded {
  article: Article;
  diagnostics: Diagnostic[];
  /** The parsed document; absent when the input was parsed in a worker thread. */
  doc?: VnDocument;
}

export async function loadArticle(job: LoadJob, options: LoadOptions): Promise<Loaded> {
  const text = job.path === null ? job.text ?? '' : (await readInputFile(job.path, options)).text;
  const doc = parse(text, { path: job.display });
  return { doc, article: extract(doc, options), diagnostics: doc.diagnostics };
}
