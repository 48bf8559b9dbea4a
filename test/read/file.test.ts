import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/read/file.js';

const dir = mkdtempSync(join(tmpdir(), 'vnpress-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputFile', () => {
  it('reads a file whole, and names what is wrong with one it cannot take', async () => {
    const article = join(dir, 'bai.txt');
    writeFileSync(article, 'Sáng 2/10, hội chợ sách khai mạc tại Huế.\n');
    expect((await readInputFile(article)).text).toBe('Sáng 2/10, hội chợ sách khai mạc tại Huế.\n');
    await expect(readInputFile(dir)).rejects.toMatchObject({ code: 'directory' });
    await expect(readInputFile(join(dir, 'khong-co.txt'))).rejects.toMatchObject({ code: 'missing' });
    await expect(readInputFile(article, { maxSize: 10 })).rejects.toMatchObject({ code: 'too-large' });
  });

  // Files that report no size (pipes, /proc) are read to their end, not taken as empty.
  it.skipIf(!existsSync('/proc/self/status'))('reads a file that reports size 0 to its end', async () => {
    const { text } = await readInputFile('/proc/self/status');
    expect(text).toMatch(/^Name:/);
  });

  // /dev/zero reports size 0 and never ends: reading stops at the limit.
  it.skipIf(!existsSync('/dev/zero'))('refuses an input without a size once it passes the limit', async () => {
    await expect(readInputFile('/dev/zero', { maxSize: 100_000 })).rejects.toMatchObject({ code: 'too-large', message: 'input is larger than the limit (100000 bytes; see --max-size)' });
  });
});
