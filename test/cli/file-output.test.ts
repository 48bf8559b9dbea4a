import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileOutput } from '../../src/cli/file-output.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { treesRemovedAfterEach } from '../support/tmp.js';

const tree = treesRemovedAfterEach();

describe('fileOutput', () => {
  it('writes to a regular file in order, whole, strings and bytes alike', () => {
    const file = join(tree(), 'out.json');
    const fd = openSync(file, 'w');
    const out = fileOutput(fd)!;
    expect(out).not.toBeNull();
    expect(out.write('Hà Nội ')).toBe(true);
    expect(out.write(Buffer.from('“trích dẫn”'))).toBe(true);
    out.write('x'.repeat(200_000));
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`Hà Nội “trích dẫn”${'x'.repeat(200_000)}`);
  });

  it.skipIf(process.platform !== 'linux')('takes /dev/null, but not a pipe or a terminal (those keep the real stream)', () => {
    const fd = openSync('/dev/null', 'w');
    expect(fileOutput(fd)).not.toBeNull();
    closeSync(fd);
    // The spawned child's descriptor 1 is a pipe here.
    const probe = `import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'file-output.js'))}).then((m) => process.stderr.write(String(m.fileOutput(1) === null)))`;
    expect(spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).stderr).toBe('true');
  });

  it('reports a failed write as an error event, not a throw', async () => {
    const fd = openSync(join(tree(), 'closed.txt'), 'w');
    const out = fileOutput(fd)!;
    closeSync(fd);
    const failed = new Promise<NodeJS.ErrnoException>((resolve) => out.on('error', resolve));
    expect(out.write('lost')).toBe(false);
    expect((await failed).code).toBe('EBADF');
  });
});

describe('vnpress parse with standard output redirected to a file', () => {
  it.skipIf(!existsSync('/dev/full'))('fails with exit code 2 and one line when the output cannot be written (a full disk)', () => {
    const fd = openSync('/dev/full', 'w');
    const full = spawnSync(process.execPath, [join(ROOT, 'bin', 'vnpress.js'), 'parse', join(FIXTURES, 'khai-mac-hoi-sach.txt')], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(/^vnpress: cannot write output: ENOSPC[^\n]*\n$/);
  });

  it('writes the same bytes as to a pipe', () => {
    const args = [join(ROOT, 'bin', 'vnpress.js'), 'parse', join(FIXTURES, 'khai-mac-hoi-sach.txt')];
    const piped = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const file = join(tree(), 'redirected.json');
    const fd = openSync(file, 'w');
    const redirected = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(redirected.status).toBe(0);
    expect(redirected.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
    expect(piped.stdout).toContain('"title"');
  });
});
