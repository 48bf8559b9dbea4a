import { describe, expect, it } from 'vitest';
import { CHECK_EVERY, HEADROOM_BYTES, createHeapPacer, majorCollector } from '../../src/cli/heap-pacing.js';

/** A pacer over a heap the test sets, counting collections and heap reads. */
function pacerOver(collectorAvailable = true) {
  const heap = { used: 20e6, reads: 0, collections: 0, collectorsMade: 0 };
  const documentDone = createHeapPacer({
    heapUsed: () => {
      heap.reads++;
      return heap.used;
    },
    collector: () => {
      heap.collectorsMade++;
      return collectorAvailable
        ? () => {
            heap.collections++;
            heap.used = 25e6;
          }
        : null;
    },
  });
  const documents = (n: number) => {
    for (let i = 0; i < n; i++) documentDone();
  };
  return { heap, documents };
}

describe('heap pacing in long batches', () => {
  it('looks at the heap once every CHECK_EVERY documents, and collects nothing while the garbage is under the headroom', () => {
    const { heap, documents } = pacerOver();
    const readsAtStart = heap.reads;
    documents(CHECK_EVERY - 1);
    expect(heap.reads).toBe(readsAtStart);
    heap.used = 20e6 + HEADROOM_BYTES - 1;
    documents(1);
    expect(heap.reads).toBe(readsAtStart + 1);
    documents(10 * CHECK_EVERY);
    expect(heap.collections).toBe(0);
    expect(heap.collectorsMade).toBe(0);
  });

  it('collects once the heap holds the headroom above what the last collection left, then waits for as much again', () => {
    const { heap, documents } = pacerOver();
    heap.used = 20e6 + HEADROOM_BYTES;
    documents(CHECK_EVERY);
    expect(heap.collections).toBe(1);
    // The collection left 25 MB: the next one waits for 25 MB plus the headroom.
    heap.used = 25e6 + HEADROOM_BYTES - 1;
    documents(5 * CHECK_EVERY);
    expect(heap.collections).toBe(1);
    heap.used = 25e6 + HEADROOM_BYTES;
    documents(CHECK_EVERY);
    expect(heap.collections).toBe(2);
    expect(heap.collectorsMade).toBe(1);
  });

  it('gives up, without looking at the heap again, where no collection can be asked for', () => {
    const { heap, documents } = pacerOver(false);
    heap.used = 1e9;
    documents(CHECK_EVERY);
    const reads = heap.reads;
    documents(10 * CHECK_EVERY);
    expect(heap.reads).toBe(reads);
    expect(heap.collectorsMade).toBe(1);
  });

  it("V8's own collector is reached from inside the process, and collects what nothing holds", async () => {
    const collect = majorCollector();
    expect(collect).toBeTypeOf('function');
    const unreachable = (() => new WeakRef({ payload: new Array(1000).fill('x') }))();
    // A WeakRef's target stays alive until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect!();
    expect(unreachable.deref()).toBeUndefined();
  });
});
