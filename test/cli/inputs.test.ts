import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInputs } from '../../src/cli/inputs.js';
import { treesRemovedAfterEach } from '../support/tmp.js';

const tree = treesRemovedAfterEach();

const ARTICLES = { 'bai/a.txt': 'a', 'bai/b.md': 'b', 'bai/nhap/c.txt': 'c', 'bai/nhap/sau/d.txt': 'd', 'khac.txt': 'e' };
const shown = async (args: string[], cwd: string) => (await resolveInputs(args, cwd)).inputs.map((input) => input.display);

describe('resolveInputs: exclusions ("!" arguments)', () => {
  it('take out the files a glob, a folder or a file names, from directories and globs alike', async () => {
    const dir = tree(ARTICLES);
    expect(await shown(['bai'], dir)).toEqual(['bai/a.txt', 'bai/b.md', 'bai/nhap/c.txt', 'bai/nhap/sau/d.txt']);
    expect(await shown(['bai', '!bai/nhap/**'], dir)).toEqual(['bai/a.txt', 'bai/b.md']);
    expect(await shown(['bai/**/*.txt', '!bai/nhap'], dir)).toEqual(['bai/a.txt']);
    expect(await shown(['bai', 'khac.txt', '!**/*.md', '!khac.txt'], dir)).toEqual(['bai/a.txt', 'bai/nhap/c.txt', 'bai/nhap/sau/d.txt']);
    expect(await shown(['bai', `!${join(dir, 'bai', 'a.txt')}`], dir)).toEqual(['bai/b.md', 'bai/nhap/c.txt', 'bai/nhap/sau/d.txt']);
  });

  it('may match nothing, and then change nothing but the output form (a list)', async () => {
    const dir = tree(ARTICLES);
    const resolved = await resolveInputs(['khac.txt', '!**/khong-co/**'], dir);
    expect(resolved.inputs.map((input) => input.display)).toEqual(['khac.txt']);
    expect(resolved.errors).toEqual([]);
    expect(resolved.single).toBe(false);
    expect((await resolveInputs(['khac.txt'], dir)).single).toBe(true);
  });
});

describe('resolveInputs: links', () => {
  it('takes links to files, and does not follow links to folders, so a loop of them ends', async () => {
    const dir = tree({ 'bai/a.txt': 'a', 'khac/b.txt': 'b', 'khac/c.md': 'c' });
    symlinkSync('.', join(dir, 'bai', 'day'));
    symlinkSync('..', join(dir, 'bai', 'len'));
    symlinkSync('../khac/b.txt', join(dir, 'bai', 'lien-ket.txt'));
    symlinkSync('../khac', join(dir, 'bai', 'thu-muc'));
    // A link to a device is no article (and /dev/zero never ends).
    symlinkSync('/dev/zero', join(dir, 'bai', 'khong.txt'));
    expect(await shown(['bai'], dir)).toEqual(['bai/a.txt', 'bai/lien-ket.txt']);
    expect(await shown(['bai/**/*.txt'], dir)).toEqual(['bai/a.txt', 'bai/lien-ket.txt']);
    expect(await shown(['bai', '!bai/*.txt'], dir)).toEqual([]);
    // A linked folder named itself is read.
    expect(await shown(['bai/thu-muc'], dir)).toEqual(['bai/thu-muc/b.txt', 'bai/thu-muc/c.md']);
  });
});
