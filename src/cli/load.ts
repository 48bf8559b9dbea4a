/**
 * Inputs to articles: read (a file, or text already read) and parse each; the main thread
 * and the worker threads of `--concurrency` then extract a group of them together (see
 * extractEach in ../extract/index.ts).
 */
import type { Diagnostic } from '../core/diagnostics.js';
import { VnDocument } from '../core/document.js';
import { extractEach, type ExtractOptions } from '../extract/index.js';
import type { Article } from '../model/article.js';
import { readInputFile, type ReadOptions } from '../read/file.js';
import { parse } from '../read/index.js';

export type LoadOptions = ReadOptions & ExtractOptions & {
  /**
   * The command prints no evidence: a worker thread sends each article back without it
   * (see dropEvidence), which halves what it serialises and the main thread parses.
   */
  dropEvidence?: boolean;
};

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

/**
 * Characters of text a group holds at most, the last input aside: all of a group's
 * documents and what is derived from them are alive until it is extracted, so a batch of
 * huge files takes them one or a few at a time (16 articles hold about 50,000).
 */
export const GROUP_CHARS = 1 << 18;

/** How loadGroup turns each job into its result. */
export interface GroupSteps<J, R> {
  /** The job's document, or its result when there is nothing to extract; throws on bad input. */
  read(job: J): Promise<VnDocument | R>;
  extracted(job: J, doc: VnDocument, article: Article): R;
  failed(job: J, error: unknown): R;
}

/**
 * Read and parse the first of `jobs`, as many as GROUP_CHARS of text allows (at least one),
 * and extract their documents together (extractEach): one result each, in order. Never
 * throws: a failure is a result.
 */
export async function loadGroup<J, R>(jobs: readonly J[], options: ExtractOptions, steps: GroupSteps<J, R>): Promise<R[]> {
  const loaded: (VnDocument | R)[] = [];
  let chars = 0;
  for (const job of jobs) {
    if (chars >= GROUP_CHARS) break;
    try {
      const one = await steps.read(job);
      if (one instanceof VnDocument) chars += one.text.length;
      loaded.push(one);
    } catch (error) {
      loaded.push(steps.failed(job, error));
    }
  }
  const extracted = extractEach(loaded.filter((one): one is VnDocument => one instanceof VnDocument), options);
  let k = 0;
  return loaded.map((one, i) => {
    if (!(one instanceof VnDocument)) return one;
    const result = extracted[k++];
    return result.ok ? steps.extracted(jobs[i], one, result.article) : steps.failed(jobs[i], result.error);
  });
}

/** `load` over all of `jobs`, called again on the rest while it takes fewer than given (as loadGroup may). */
export async function loadEvery<J, R>(jobs: readonly J[], load: (jobs: readonly J[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  while (results.length < jobs.length) for (const result of await load(jobs.slice(results.length))) results.push(result);
  return results;
}
