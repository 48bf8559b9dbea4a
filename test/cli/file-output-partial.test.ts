/** A write the system takes only in part (a signal, a quota) is finished, in order. */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { treesRemovedAfterEach } from '../support/tmp.js';

/** Bytes each write of a string may take: the first takes 5, the rest all. */
let partial = true;
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof data === 'string' && partial) {
      partial = false;
      return fs.writeSync(fd, Buffer.from(data, 'utf8').subarray(0, 5));
    }
    return (fs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync;
  return { ...fs, writeSync, default: { ...fs, writeSync } };
});

const { fileOutput } = await import('../../src/cli/file-output.js');
const tree = treesRemovedAfterEach();

describe('fileOutput after a partial write', () => {
  it('writes the rest of the string, then what follows', () => {
    const file = join(tree(), 'out.json');
    const fd = openSync(file, 'w');
    const out = fileOutput(fd)!;
    expect(out.write('Hà Nội “trích dẫn”\n')).toBe(true);
    expect(out.write('dòng hai\n')).toBe(true);
    closeSync(fd);
    expect(partial).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('Hà Nội “trích dẫn”\ndòng hai\n');
  });
});
