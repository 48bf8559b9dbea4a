/**
 * Major garbage collections paced by the batch. A long batch's live heap is flat (some 20
 * MB), but each group of documents outlives two scavenges and is promoted, and V8 lets the
 * old space grow to four or five times its live size before it collects it: the peak RSS
 * of a 10,000-article batch then read 136 to 230 MB by where that collection fell. Asking
 * for a major collection once the heap holds a fixed amount of garbage above what the last
 * one left keeps the peak flat, for one collection of 10–20 ms every two to three thousand
 * articles.
 */
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

/** Documents between two looks at the heap (a look, `process.memoryUsage()`, costs some 15 µs). */
export const CHECK_EVERY = 64;
/** Garbage let to pile up above the heap the last collection left, before the next one. */
export const HEADROOM_BYTES = 40 * 2 ** 20;

export interface HeapPacerHooks {
  /** Bytes of the JavaScript heap in use. */
  heapUsed?: () => number;
  /** A major collection, or null where none can be asked for. Made on first need. */
  collector?: () => (() => void) | null;
}

/** Call the returned function once per document; it collects when the garbage calls for it. */
export function createHeapPacer(hooks: HeapPacerHooks = {}): () => void {
  const heapUsed = hooks.heapUsed ?? (() => process.memoryUsage().heapUsed);
  const makeCollector = hooks.collector ?? majorCollector;
  let collect: (() => void) | null | undefined;
  let floor = heapUsed();
  let documents = 0;
  return () => {
    if (++documents % CHECK_EVERY !== 0 || collect === null) return;
    if (heapUsed() < floor + HEADROOM_BYTES) return;
    collect ??= makeCollector();
    if (collect === null) return;
    collect();
    // What survives is live (the window of results not yet written, a huge article): the
    // next collection waits for as much garbage again above it, so a large live heap is
    // not collected over and over.
    floor = heapUsed();
  };
}

/**
 * V8's `gc()`, which Node exposes only under `--expose-gc`, a flag an npm `bin` cannot pass.
 * Set from inside the process it applies to contexts made after it (Jest's leak detector
 * does the same). Asked for only when a batch is long enough to need it, so a short run
 * (such as the build's run that saves the code cache) changes no flag.
 */
export function majorCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    // Loaded here, not at start: importing node:v8 took 5.6 M instructions, 1% of a
    // one-article run, which never gets here.
    const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
