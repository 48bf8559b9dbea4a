/**
 * Writing to stdout with back-pressure: when the reader is slower than the batch (a pipe
 * into gzip, a network upload), wait for it instead of buffering the whole output in memory.
 */
import type { Writable } from 'node:stream';

export async function writeDrained(stream: Writable, text: string): Promise<void> {
  if (stream.write(text) || stream.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}
