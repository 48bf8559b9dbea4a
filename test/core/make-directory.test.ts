import { existsSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory } from '../../src/core/make-directory.js';
import { treesRemovedAfterEach } from '../support/tmp.js';

const tree = treesRemovedAfterEach();

describe('makeDirectory', () => {
  it('makes a folder and the missing ones above it, and accepts one that exists', async () => {
    const dir = tree();
    await makeDirectory(join(dir, 'a', 'b', 'c'));
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    await expect(makeDirectory(join(dir, 'a', 'b'))).resolves.toBeUndefined();
    await expect(makeDirectory(dir)).resolves.toBeUndefined();
  });

  it('rejects a file in the way, as the folder or above it', async () => {
    const dir = tree({ 'file.txt': 'x' });
    await expect(makeDirectory(join(dir, 'file.txt'))).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(makeDirectory(join(dir, 'file.txt', 'sub', 'more'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(existsSync(join(dir, 'file.txt', 'sub'))).toBe(false);
  });

  it('rejects a link to nothing in the way', async () => {
    const dir = tree();
    symlinkSync(join(dir, 'gone'), join(dir, 'dangling'));
    await expect(makeDirectory(join(dir, 'dangling', 'out'))).rejects.toMatchObject({ code: 'EEXIST' });
  });

  // Node's recursive mkdir spins forever here (Node 20 on Linux): the test times out if it is used.
  it.skipIf(!existsSync('/proc/self'))('rejects at once a folder that refuses children (/proc)', async () => {
    await expect(makeDirectory('/proc/vnpress-no-such-folder/out')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
