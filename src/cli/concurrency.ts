/**
 * Batches on several cores with a stable output order. Inputs go to worker threads (or
 * stay on the main thread for small batches and standard input); results come back in
 * input order through a bounded window, so the first result streams out as soon as it is
 * ready and memory stays flat however long the batch is.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { lazyRequire } from '../core/lazy.js';
import { InputError } from '../core/diagnostics.js';
import { loadEvery, type LoadJob, type Loaded, type LoadOptions } from './load.js';

/** Below this many inputs, starting workers costs more than it saves. */
export const AUTO_MIN_INPUTS = 64;
/** Groups of inputs waiting for their turn (or in flight), per thread. */
const GROUPS_PER_THREAD = 2;

// Loaded only when a batch starts workers (most runs never do).
const workerThreads = lazyRequire<typeof import('node:worker_threads')>('node:worker_threads');

/** Worker threads asked for: a count, or 'auto' (the cores, for a large batch). */
export type Concurrency = number | 'auto';

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** What a worker posts back for one input; errors travel as plain data. */
export type LoadReply =
  | { ok: true; value: Loaded }
  | { ok: false; error: { input: true; file: string; code: string; message: string; line?: number } | { input: false; message: string; stack?: string } };

/** What a worker posts back (as JSON text) for a group of inputs: one reply each, in order. */
export interface WorkerReply {
  id: number;
  replies: LoadReply[];
}

/**
 * Map `items` through `fn` with at most `limit` calls in flight, yielding each outcome in
 * input order. A failure is yielded as an outcome, so one bad input never stops the rest.
 */
export async function* orderedMap<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<Settled<R>> {
  const window: Promise<Settled<R>>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && window.length < Math.max(1, limit)) {
      window.push(fn(items[next++]).then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })));
    }
  };
  fill();
  while (window.length) {
    const outcome = await window.shift()!;
    fill();
    yield outcome;
  }
}

/**
 * The number of threads for `count` inputs: none unless asked; 'auto' uses the cores for a
 * large batch. On two cores or fewer 'auto' stays on the main thread: V8's optimizing
 * compiler already keeps the second core busy through a batch's first thousands of files,
 * and every worker compiles the same functions again. On the 2-vCPU development machine,
 * 10,000 articles took 6.4 s on one thread and 6.3 s on two workers, for 45% more CPU.
 */
export function threadsFor(count: number, requested?: Concurrency, cores = availableParallelism()): number {
  if (requested === undefined) return 1;
  if (requested === 'auto') return count >= AUTO_MIN_INPUTS && cores > 2 ? Math.min(cores, 8) : 1;
  return Math.max(1, Math.min(requested, count));
}

/** Worker threads running ./worker.js, each group of inputs sent to the least busy one. */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { resolve: (value: Settled<Loaded>[]) => void; reject: (error: unknown) => void }>();
  private nextId = 0;

  constructor(script: URL, size: number, options: LoadOptions) {
    for (let i = 0; i < size; i++) {
      const worker = new (workerThreads().Worker)(script, { workerData: options });
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: string) => {
        slot.busy--;
        this.settle(JSON.parse(reply) as WorkerReply);
      });
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(slot);
    }
  }

  /** Load a group of inputs in one worker (extracted together there): one outcome each, in order. */
  run(jobs: readonly LoadJob[]): Promise<Settled<Loaded>[]> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, jobs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private settle(reply: WorkerReply): void {
    const waiter = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    waiter?.resolve(reply.replies.map(settled));
  }

  private failAll(error: unknown): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

/** A worker's reply for one input as an outcome, its error an InputError or an Error again. */
function settled(reply: LoadReply): Settled<Loaded> {
  if (reply.ok) return reply;
  const e = reply.error;
  if (e.input) return { ok: false, error: new InputError(e.file, e.code, e.message, e.line) };
  const error = new Error(e.message);
  if (e.stack) error.stack = e.stack;
  return { ok: false, error };
}

/** ./worker.js beside this module, or null when running from sources (tests) with no build. */
function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * Inputs loaded together on the main thread: their documents are extracted extractor by
 * extractor (extractEach), which keeps each extractor's code and tables in the processor's
 * caches; 16 take about 13% less time per article than one at a time, and hold well under
 * a megabyte.
 */
export const MAIN_THREAD_GROUP = 16;

/**
 * Load every input, yielding results in input order. Files go to worker threads when there
 * is more than one thread (`remote` turns what a worker sent back into a result); standard
 * input and small batches use `local`, which loads a group from the inputs it is given: the
 * results of the first ones, at least one (fewer than given when their text reaches
 * GROUP_CHARS in ./load.ts), in order, a failure as a result (it never rejects).
 */
export async function* loadInOrder<I extends LoadJob, R>(
  inputs: readonly I[],
  options: LoadOptions & { concurrency?: Concurrency },
  local: (inputs: readonly I[]) => Promise<R[]>,
  remote: (input: I, loaded: Settled<Loaded>) => R,
): AsyncGenerator<R> {
  const threads = threadsFor(inputs.length, options.concurrency);
  const script = threads > 1 ? workerScript() : null;
  if (!script) {
    for (let i = 0; i < inputs.length;) {
      const results = await local(inputs.slice(i, i + MAIN_THREAD_GROUP));
      i += results.length;
      yield* results;
    }
    return;
  }
  const { concurrency: _, ...loadOptions } = options;
  const pool = new WorkerPool(script, threads, loadOptions);
  // Groups as on the main thread, smaller: a batch of a few hundred still reaches every thread.
  const size = Math.max(1, Math.min(MAIN_THREAD_GROUP, Math.ceil(inputs.length / (threads * GROUPS_PER_THREAD))));
  const groups: I[][] = [];
  for (let i = 0; i < inputs.length; i += size) groups.push(inputs.slice(i, i + size));
  const run = async (group: I[]): Promise<R[]> => {
    // Standard input is read here (a worker has none).
    if (group.some((input) => input.path === null)) return loadEvery(group, local);
    try {
      const loaded = await pool.run(group.map((input) => ({ display: input.display, path: input.path })));
      return group.map((input, i) => remote(input, loaded[i]));
    } catch (error) {
      return group.map((input) => remote(input, { ok: false, error }));
    }
  };
  try {
    for await (const outcome of orderedMap(groups, threads * GROUPS_PER_THREAD, run)) {
      if (!outcome.ok) throw outcome.error;
      yield* outcome.value;
    }
  } finally {
    await pool.close();
  }
}
