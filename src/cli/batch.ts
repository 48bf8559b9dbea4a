/**
 * The loop every command shares: resolve the INPUT arguments, read, parse and extract each
 * input in a stable order, report its problems on stderr, and keep going past a bad one.
 */
import type { Article } from '../model/article.js';
import { VnDocument } from '../core/document.js';
import { InputError, formatDiagnostic } from '../core/diagnostics.js';
import { extract, type ExtractOptions } from '../extract/index.js';
import { parse } from '../read/index.js';
import { isDataPath, readArticleData } from '../read/article-data.js';
import { readInputFile, readInputStream } from '../read/file.js';
import { resolveInputs, type InputRef } from './inputs.js';
import { EXIT } from './io.js';
import type { RunState } from './main.js';

export interface BatchOptions extends ExtractOptions {
  maxSize?: number;
  /** Print only errors, not warnings. */
  quiet?: boolean;
  /** Also take parsed data (.json/.yaml as `parse` writes it): each article in it is an item. */
  acceptData?: boolean;
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

async function load(state: RunState, input: InputRef, options: BatchOptions): Promise<BatchItem[]> {
  const read = input.path === null
    ? await readInputStream(state.io.stdin, '-', options)
    : await readInputFile(input.path, options);
  if (options.acceptData && isDataPath(input.display)) {
    // Parsed data has no article text: an empty document stands in for it.
    const doc = new VnDocument(input.display, '', 'txt');
    return readArticleData(read.text, input.display).map((article) => ({ input, doc, article }));
  }
  const doc = parse(read.text, { path: input.display });
  return [{ input, doc, article: extract(doc, options) }];
}

async function* items(state: RunState, inputs: InputRef[], options: BatchOptions): AsyncGenerator<BatchItem> {
  for (const input of inputs) {
    let loaded: BatchItem[];
    try {
      loaded = await load(state, input, options);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reportInputError(state, error);
      continue;
    }
    for (const d of loaded[0].doc.diagnostics) {
      if (d.severity === 'error') state.raise(EXIT.findings);
      if (d.severity === 'error' || (d.severity === 'warning' && !options.quiet)) state.io.stderr.write(`${formatDiagnostic(d)}\n`);
    }
    yield* loaded;
  }
}

export async function openBatch(state: RunState, args: readonly string[], options: BatchOptions): Promise<Batch> {
  const { inputs, errors, single } = await resolveInputs(args, state.io.cwd);
  for (const error of errors) reportInputError(state, error);
  return { single, items: items(state, inputs, options) };
}
