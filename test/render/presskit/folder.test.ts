import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removePendingTempFiles } from '../../../src/core/atomic-write.js';
import { writeKitFolder } from '../../../src/render/presskit/folder.js';
import { treesRemovedAfterEach } from '../../support/tmp.js';

const tree = treesRemovedAfterEach();
const FILES = new Map([['index.html', new TextEncoder().encode('<p>trang</p>')], ['data.json', new TextEncoder().encode('{}')]]);

describe('writeKitFolder', () => {
  it('writes the kit through a temporary folder renamed into place', async () => {
    const dir = tree();
    expect(await writeKitFolder(dir, 'hoi-sach', FILES, false)).toBe(join(dir, 'hoi-sach'));
    expect(readdirSync(dir)).toEqual(['hoi-sach']);
    expect(readdirSync(join(dir, 'hoi-sach')).sort()).toEqual(['data.json', 'index.html']);
  });

  it('has its temporary folder removed by an interrupt (removePendingTempFiles) from the moment it exists', async () => {
    const dir = tree();
    const writing = writeKitFolder(dir, 'hoi-sach', FILES, false);
    const temporary = () => readdirSync(dir).filter((f) => f.startsWith('.hoi-sach.tmp-'));
    for (let turn = 0; turn < 1000 && !temporary().length; turn++) await new Promise((r) => setImmediate(r));
    expect(temporary()).toHaveLength(1);
    removePendingTempFiles(); // what the signal handler does
    expect(temporary()).toEqual([]);
    await writing.catch(() => undefined); // the write fails or finishes; either way nothing is left half-made
    expect(readdirSync(dir).filter((f) => f !== 'hoi-sach')).toEqual([]);
    if (existsSync(join(dir, 'hoi-sach'))) expect(readdirSync(join(dir, 'hoi-sach')).sort()).toEqual(['data.json', 'index.html']);
  });
});
