import { PassThrough, Readable } from 'node:stream';
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
