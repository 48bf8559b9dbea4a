/**
 * The loop every command shares: resolve the INPUT arguments, read, parse and extract each
 * input in a stable order, report its problems on stderr, and keep going past a bad one.
 */
import type { Article } from '../model/article.js';
import { VnDocument } from '../core/document.js';
import { InputError, formatDiagnostic } from '../core/diagnostics.js';
import type { ExtractOptions } from '../extract/index.js';
import { isDataPath, readArticleData } from '../read/article-data.js';
import { readInputFile, readInputStream } from '../read/file.js';
import { loadInOrder, type Concurrency } from './concurrency.js';
import { loadArticle, type Loaded } from './load.js';
import { resolveInputs, type InputRef } from './inputs.js';
import { EXIT } from './io.js';
import type { RunState } from './main.js';

export interface BatchOptions extends ExtractOptions {
  maxSize?: number;
  /** Print only errors, not warnings. */
  quiet?: boolean;
  /** Also take parsed data (.json/.yaml as `parse` writes it): each article in it is an item. */
  acceptData?: boolean;
  /**
   * Worker threads: a count or 'auto' (the cores, for a large batch). Unset: the main
   * thread only. Items parsed in a worker come with a stand-in document (no text).
   */
  concurrency?: Concurrency;
}

export interface BatchItem {
  input: InputRef;
  doc: VnDocument;
  article: Article;
}

export interface Batch {
  /** True when the arguments named exactly one file: print one object, not a list. */
  single: boolean;
  items: AsyncGenerator<BatchItem>;
}

export function reportInputError(state: RunState, error: InputError): void {
  state.io.stderr.write(`vnpress: ${error.oneLine}\n`);
  state.raise(EXIT.failed);
}

async function load(state: RunState, input: InputRef, options: BatchOptions): Promise<Loaded[]> {
  if (options.acceptData && isDataPath(input.display)) {
    const read = input.path === null
      ? await readInputStream(state.io.stdin, '-', options)
      : await readInputFile(input.path, options);
    // Parsed data has no article text: an empty document stands in for it.
    const doc = new VnDocument(input.display, '', 'txt');
    return readArticleData(read.text, input.display).map((article) => ({ doc, article, diagnostics: doc.diagnostics }));
  }
  const text = input.path === null ? (await readInputStream(state.io.stdin, '-', options)).text : undefined;
  return [await loadArticle({ ...input, text }, options)];
}

/** The document of an article parsed in a worker: no text, only the diagnostics. */
function standIn(input: InputRef, loaded: Loaded): VnDocument {
  const doc = new VnDocument(input.display, '', 'txt');
  doc.diagnostics.push(...loaded.diagnostics);
  return doc;
}

async function* items(state: RunState, inputs: InputRef[], options: BatchOptions): AsyncGenerator<BatchItem> {
  for await (const outcome of loadInOrder(inputs, options, (input) => load(state, input, options))) {
    if (!outcome.ok) {
      if (!(outcome.error instanceof InputError)) throw outcome.error;
      reportInputError(state, outcome.error);
      continue;
    }
    const { input, value: loaded } = outcome;
    for (const d of loaded[0]?.diagnostics ?? []) {
      if (d.severity === 'error') state.raise(EXIT.findings);
      if (d.severity === 'error' || (d.severity === 'warning' && !options.quiet)) state.io.stderr.write(`${formatDiagnostic(d)}\n`);
    }
    for (const item of loaded) yield { input, doc: item.doc ?? standIn(input, item), article: item.article };
  }
}

export async function openBatch(state: RunState, args: readonly string[], options: BatchOptions): Promise<Batch> {
  const { inputs, errors, single } = await resolveInputs(args, state.io.cwd);
  for (const error of errors) reportInputError(state, error);
  return { single, items: items(state, inputs, options) };
}
