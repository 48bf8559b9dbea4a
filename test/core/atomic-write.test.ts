import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProgress, removePendingTempFiles, writeFileAtomic } from '../../src/core/atomic-write.js';
import { treesRemovedAfterEach } from '../support/tmp.js';

const tree = treesRemovedAfterEach();

describe('writeFileAtomic', () => {
  it('writes the whole file through a temporary sibling, making missing folders', async () => {
    const dir = tree();
    await writeFileAtomic(join(dir, 'a', 'b.json'), '{}\n');
    expect(readFileSync(join(dir, 'a', 'b.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.json']);
  });
});

describe('paths in progress, undone on an interrupt (removePendingTempFiles)', () => {
  it('removes a temporary folder whole, runs a custom undo, and goes on past one that throws', () => {
    const dir = tree({ 'tam/a.txt': 'a', 'tam/b/c.txt': 'c' });
    mkdirSync(join(dir, 'cu'));
    const undone: string[] = [];
    inProgress(join(dir, 'tam'));
    inProgress(join(dir, 'hong'), () => {
      throw new Error('cannot');
    });
    inProgress(join(dir, 'cu'), () => undone.push('cu'));
    const finished = inProgress(join(dir, 'xong'), () => undone.push('xong'));
    finished();
    removePendingTempFiles();
    expect(existsSync(join(dir, 'tam'))).toBe(false);
    expect(undone).toEqual(['cu']);
    // Nothing is left to undo a second time.
    writeFileSync(join(dir, 'tam'), 'new');
    removePendingTempFiles();
    expect(existsSync(join(dir, 'tam'))).toBe(true);
  });
});
