/**
 * The loop every command shares: resolve the INPUT arguments, read, parse and extract each
 * input in a stable order, report its problems on stderr, and keep going past a bad one.
 */
import { InputError, formatDiagnostic } from '../core/diagnostics.js';
import type { ExtractOptions } from '../extract/index.js';
import { readInputStream } from '../read/file.js';
import { loadInOrder } from './concurrency.js';
import { loadArticle, type Loaded } from './load.js';
import { resolveInputs, type InputRef } from './inputs.js';
import { EXIT } from './io.js';
import type { RunState } from './main.js';

export interface BatchOptions extends ExtractOptions {
  maxSize?: number;
  /** Print only errors, not warnings. */
  quiet?: boolean;
  /** Worker threads (1: all on the main thread); unset: the cores for a large batch. */
  concurrency?: number;
}

export interface BatchItem extends Loaded {
  input: InputRef;
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

async function load(state: RunState, input: InputRef, options: BatchOptions): Promise<Loaded> {
  const text = input.path === null ? (await readInputStream(state.io.stdin, '-', options)).text : undefined;
  return loadArticle({ ...input, text }, options);
}

async function* items(state: RunState, inputs: InputRef[], options: BatchOptions): AsyncGenerator<BatchItem> {
  for await (const outcome of loadInOrder(inputs, options, (input) => load(state, input, options))) {
    if (!outcome.ok) {
      if (!(outcome.error instanceof InputError)) throw outcome.error;
      reportInputError(state, outcome.error);
      continue;
    }
    const item: BatchItem = { input: outcome.input, ...outcome.value };
    for (const d of item.diagnostics) {
      if (d.severity === 'error') state.raise(EXIT.findings);
      if (d.severity === 'error' || (d.severity === 'warning' && !options.quiet)) state.io.stderr.write(`${formatDiagnostic(d)}\n`);
    }
    yield item;
  }
}

export async function openBatch(state: RunState, args: readonly string[], options: BatchOptions): Promise<Batch> {
  const { inputs, errors, single } = await resolveInputs(args, state.io.cwd);
  for (const error of errors) reportInputError(state, error);
  return { single, items: items(state, inputs, options) };
}
