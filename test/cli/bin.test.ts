import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/entry.js';
import { VERSION } from '../../src/cli/version.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const code = await main({ argv, stdin: Readable.from([]), stdout, stderr: new PassThrough(), cwd: process.cwd(), env: {} });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: text };
}

describe('the bin entry', () => {
  it('answers --version and -V by itself with the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n` });
    expect(await run(['-V'])).toEqual({ code: 0, stdout: `${VERSION}\n` });
  });

  it('hands every other command line to the full CLI', async () => {
    const r = await run(['parse', '--format', 'xml', '-']);
    expect(r.code).toBe(2);
  });
});

describe('command loading', () => {
  it('loads only the command the arguments name', async () => {
    const { commandsFor } = await import('../../src/cli/main.js');
    expect(await commandsFor(['parse', 'a.txt'])).toHaveLength(1);
  });

  it('loads every command for the help and for an unknown name', async () => {
    const { commandsFor } = await import('../../src/cli/main.js');
    const all = (await commandsFor(['--help'])).length;
    expect(all).toBeGreaterThan(1);
    expect(await commandsFor(['prase'])).toHaveLength(all);
  });
});

const BIN = fileURLToPath(new URL('../../dist/vnpress/bin.cjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../fixtures/khai-mac-hoi-sach.txt', import.meta.url));

/** The packages one command of the built CLI loaded (run in a child). */
function loadedBy(argv: string[]): string[] {
  const probe = `
    const { PassThrough, Readable } = require('node:stream');
    const cli = require(${JSON.stringify(BIN)}).loadCli(null);
    const sink = () => new PassThrough().resume();
    cli.exports.main({ argv: ${JSON.stringify(argv)}, stdin: Readable.from([]), stdout: sink(), stderr: sink(), cwd: process.cwd(), env: {} }).then(() => {
      const deps = new Set(Object.keys(require.cache).map((p) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(p)?.[1]).filter(Boolean));
      console.log(JSON.stringify({ deps: [...deps].sort() }));
    });`;
  const child = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return (JSON.parse(child.stdout) as { deps: string[] }).deps;
}

describe.skipIf(!existsSync(BIN))('libraries of the built CLI', () => {
  it('are not loaded for the help, which sets up every command', () => {
    expect(loadedBy(['--help'])).toEqual([]);
  });

  it('are loaded by the command that uses them', () => {
    expect(loadedBy(['render', '--to', 'html', FIXTURE])).toContain('marked');
    const out = mkdtempSync(join(tmpdir(), 'vnpress-bin-'));
    try {
      expect(loadedBy(['kit', '--zip', '--out', out, FIXTURE])).toEqual(expect.arrayContaining(['fflate', 'gray-matter', 'yaml']));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
