import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeDrained } from '../../src/cli/drain.js';

/** A writable that takes one chunk per `release()` call. */
function slowSink() {
  const written: string[] = [];
  let pending: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _enc, callback) {
      pending.push(() => { written.push(chunk.toString()); callback(); });
    },
  });
  const release = () => { const p = pending; pending = []; p.forEach((f) => f()); };
  return { stream, written, release };
}

describe('writeDrained', () => {
  it('waits for a slow reader before the next write', async () => {
    const { stream, written, release } = slowSink();
    let resolved = false;
    const done = writeDrained(stream, 'một dòng dài hơn bốn byte\n').then(() => { resolved = true; });
    await new Promise((r) => setImmediate(r));
    expect(resolved).toBe(false);
    release();
    await done;
    expect(written).toEqual(['một dòng dài hơn bốn byte\n']);
  });

  it('returns at once while the reader keeps up', async () => {
    const { stream, written } = slowSink();
    await writeDrained(stream, 'ab');
    expect(written).toEqual([]); // accepted into the buffer, not yet consumed
  });

  it('does not hang when the reader goes away', async () => {
    const { stream } = slowSink();
    const done = writeDrained(stream, 'một dòng dài hơn bốn byte\n');
    stream.destroy();
    await expect(done).resolves.toBeUndefined();
  });
});
