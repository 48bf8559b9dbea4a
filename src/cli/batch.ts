/**
 * The loop every command shares: resolve the INPUT arguments, take this run's shard, read,
 * parse and extract each input in a stable order, report its problems on stderr, and keep
 * going past a bad one (even past a bug in an extractor). Loading an input is a pure step
 * that returns an outcome; reporting outcomes happens in input order, so that inputs can
 * later be loaded concurrently without changing what is printed.
 */
import type { Article } from '../model/article.js';
import { VnDocument } from '../core/document.js';
import { InputError, byPosition, formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import { isDataPath, readArticleData } from '../read/article-data.js';
import { readInputFile, readInputStream } from '../read/file.js';
import { loadInOrder, type Concurrency, type Settled } from './concurrency.js';
import { loadDocument, loadGroup, type Loaded, type LoadOptions } from './load.js';
import { resolveInputs, type InputRef } from './inputs.js';
import { EXIT, type CliIO } from './io.js';
import type { RunState } from './main.js';
import type { Shard } from './options.js';
import { createStatusLine, type StatusLine } from './progress.js';
import { createHeapPacer } from './heap-pacing.js';

export interface BatchOptions extends LoadOptions {
  /** Print only errors, not warnings, no progress bar and no summary. */
  quiet?: boolean;
  /** Take only every N-th input (stable order). */
  shard?: Shard;
  /** Show stack traces of internal errors. */
  debug?: boolean;
  /** Also take parsed data (.json/.yaml as `parse` writes it): each article in it is an item. */
  acceptData?: boolean;
  /**
   * Worker threads: a count or 'auto' (the cores, for a large batch). Unset: the main
   * thread only. Items parsed in a worker come with a stand-in document (no text).
   */
  concurrency?: Concurrency;
}

export interface BatchHooks {
  /** Print each document's diagnostics on stderr (default), or leave them to the command. */
  printDiagnostics?: boolean;
  /** Called, in input order, for each input that could not be read or parsed. */
  onFailure?(input: InputRef, error: InputError): void;
}

export interface BatchItem {
  input: InputRef;
  doc: VnDocument;
  article: Article;
}

export interface BatchCounts {
  /** Inputs of this shard, plus arguments that named nothing readable. */
  inputs: number;
  parsed: number;
  /** Parsed with at least one warning or error. */
  withWarnings: number;
  failed: number;
}

export interface Batch {
  /** True when the arguments named exactly one file: print one object, not a list. */
  single: boolean;
  items: AsyncGenerator<BatchItem>;
  /** Filled in while `items` runs. */
  counts: BatchCounts;
  /** Print diagnostics here (it keeps the progress bar intact). */
  status: StatusLine;
}

type Outcome =
  | { input: InputRef; doc: VnDocument; items: BatchItem[] }
  | { input: InputRef; error: InputError }
  | { input: InputRef; bug: Error };

export function reportInputError(state: RunState, error: InputError, status?: StatusLine): void {
  const line = `vnpress: ${error.oneLine}`;
  if (status) status.line(line);
  else state.io.stderr.write(`${line}\n`);
  state.raise(EXIT.failed);
}

export function isDebug(io: CliIO, options: { debug?: boolean }): boolean {
  return Boolean(options.debug) || io.env.VNPRESS_DEBUG === '1';
}

/** Diagnostics in reading order (a read warning on line 1 comes before the body's). */
export function sortedDiagnostics(doc: VnDocument): Diagnostic[] {
  return [...doc.diagnostics].sort(byPosition);
}

function failure(input: InputRef, error: unknown): Outcome {
  if (error instanceof InputError) {
    // Name the input as the user gave it, not its absolute path.
    return { input, error: new InputError(input.display, error.code, error.message, error.line) };
  }
  return { input, bug: error instanceof Error ? error : new Error(String(error)) };
}

/** Read and parse one input, or read its parsed data (then it is all loaded). */
async function read(io: CliIO, input: InputRef, options: BatchOptions): Promise<VnDocument | Outcome> {
  if (options.acceptData && isDataPath(input.display)) {
    const read = input.path === null
      ? await readInputStream(io.stdin, '-', options)
      : await readInputFile(input.path, options);
    // Parsed data has no article text: an empty document stands in for it.
    const doc = new VnDocument(input.display, '', 'txt');
    return { input, doc, items: readArticleData(read.text, input.display).map((article) => ({ input, doc, article })) };
  }
  const text = input.path === null ? await readInputStream(io.stdin, '-', options) : undefined;
  return loadDocument({ ...input, read: text }, options);
}

/** Read, parse and extract a group of inputs (see loadGroup); every failure is an outcome. */
const loadInputs = (io: CliIO, inputs: readonly InputRef[], options: BatchOptions): Promise<Outcome[]> => loadGroup(inputs, options, {
  read: (input) => read(io, input, options),
  extracted: (input, doc, article) => ({ input, doc, items: [{ input, doc, article }] }),
  failed: failure,
});

/** An article parsed in a worker thread: its document stands in with the diagnostics only. */
function fromWorker(input: InputRef, loaded: Settled<Loaded>): Outcome {
  if (!loaded.ok) return failure(input, loaded.error);
  const doc = new VnDocument(input.display, '', 'txt');
  // One at a time: a spread of a huge list of diagnostics overflows the call stack.
  for (const diagnostic of loaded.value.diagnostics) doc.diagnostics.push(diagnostic);
  return { input, doc, items: [{ input, doc, article: loaded.value.article }] };
}

async function* items(state: RunState, batch: Batch, inputs: InputRef[], options: BatchOptions, hooks: BatchHooks): AsyncGenerator<BatchItem> {
  const { counts, status } = batch;
  const documentDone = createHeapPacer();
  try {
    // Parsed data is read on the main thread (only text articles go to workers).
    const threads = { ...options, concurrency: options.acceptData ? undefined : options.concurrency };
    for await (const outcome of loadInOrder(inputs, threads, (group) => loadInputs(state.io, group, options), fromWorker)) {
      // Leaving the loop stops the reading (and the worker threads).
      if (state.outputClosed) break;
      const { input } = outcome;
      status.tick(input.display);
      if ('error' in outcome) {
        counts.failed++;
        reportInputError(state, outcome.error, status);
        hooks.onFailure?.(input, outcome.error);
        continue;
      }
      if ('bug' in outcome) {
        counts.failed++;
        const { bug } = outcome;
        status.line(`vnpress: ${input.display}: internal error: ${bug.message}`);
        status.line(isDebug(state.io, options) ? String(bug.stack) : 'vnpress: set VNPRESS_DEBUG=1 for the stack trace, and please report it');
        state.raise(EXIT.failed);
        hooks.onFailure?.(input, new InputError(input.display, 'internal', `internal error: ${bug.message}`));
        continue;
      }
      const { doc } = outcome;
      counts.parsed++;
      documentDone();
      if (doc.diagnostics.some((d) => d.severity !== 'info')) counts.withWarnings++;
      if (hooks.printDiagnostics !== false) {
        for (const d of sortedDiagnostics(doc)) {
          if (d.severity === 'error') state.raise(EXIT.findings);
          if (d.severity === 'error' || (d.severity === 'warning' && !options.quiet)) status.line(formatDiagnostic(d));
        }
      }
      yield* outcome.items;
    }
  } finally {
    status.done();
  }
}

function takeShard<T>(inputs: T[], shard: Shard | undefined): T[] {
  return shard ? inputs.filter((_, i) => i % shard.count === shard.index - 1) : inputs;
}

export async function openBatch(state: RunState, args: readonly string[], options: BatchOptions, hooks: BatchHooks = {}): Promise<Batch> {
  const resolved = await resolveInputs(args, state.io.cwd);
  for (const error of resolved.errors) {
    reportInputError(state, error);
    hooks.onFailure?.({ display: error.file, path: null }, error);
  }
  const inputs = takeShard(resolved.inputs, options.shard);
  const counts: BatchCounts = { inputs: inputs.length + resolved.errors.length, parsed: 0, withWarnings: 0, failed: resolved.errors.length };
  const batch = {
    single: resolved.single && !options.shard,
    counts,
    status: createStatusLine(state.io, { total: inputs.length, quiet: options.quiet }),
  } as Batch;
  batch.items = items(state, batch, inputs, options, hooks);
  return batch;
}

/**
 * `vnpress: 12 inputs: 10 parsed (3 with warnings), 2 failed` on stderr, for batches; none
 * when the batch stopped because standard output closed (its counts are of a part).
 */
export function printSummary(state: RunState, batch: Batch, options: BatchOptions, verb = 'parsed'): void {
  if (batch.single || options.quiet || state.outputClosed) return;
  const { inputs, parsed, withWarnings, failed } = batch.counts;
  state.io.stderr.write(`vnpress: ${inputs} input${inputs === 1 ? '' : 's'}: ${parsed} ${verb} (${withWarnings} with warnings), ${failed} failed\n`);
}
