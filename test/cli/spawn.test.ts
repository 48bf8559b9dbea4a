/** The real binary, spawned: the same answers as main(io) in-process. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runCli } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'vnpress.js');
const spawn = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('bin/vnpress.js (spawned)', () => {
  it.each([
    [['parse', join(FIXTURES, 'khai-mac-hoi-sach.txt')]],
    [['parse', '--format', 'yaml', join(FIXTURES, 'hoi-nghi-tong-ket.md')]],
    [['parse', 'khong-co-tep.txt']],
    [['schema']],
    [['--version']],
  ])('%j gives the same exit code, stdout and stderr as in-process', async (args) => {
    const spawned = spawn(args);
    const inProcess = await runCli(args);
    expect(spawned.status).toBe(inProcess.code);
    expect(spawned.stdout).toBe(inProcess.stdout);
    expect(spawned.stderr).toBe(inProcess.stderr);
  });

  it('extracts from every fixture what the library extracts (the bundle carries build-time lexicon patterns)', async () => {
    const files = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(FIXTURES, f));
    const args = ['parse', ...files, '--format', 'ndjson', '--evidence'];
    const spawned = spawn(args);
    const inProcess = await runCli(args);
    expect(spawned.status).toBe(0);
    expect(spawned.stdout.split('\n').length).toBeGreaterThan(files.length);
    expect(spawned.stdout).toBe(inProcess.stdout);
  });

  it('reads standard input given as -', () => {
    const r = spawn(['parse', '-'], 'Tiêu đề\nSáng 3/4, lễ ra quân diễn ra.\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('Tiêu đề');
  });
});
