import * as childProcess from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The library build (test/global-setup.ts) compiles the stand-in to CommonJS.
const STAND_IN = join(ROOT, 'dist', 'cli', 'child-process-on-use.cjs');

describe.skipIf(!existsSync(STAND_IN))('the child_process stand-in of the CLI bundle', () => {
  it('hands out the real module on use', () => {
    const standIn = createRequire(import.meta.url)(STAND_IN) as typeof childProcess;
    expect(standIn.spawnSync).toBe(childProcess.spawnSync);
    expect(standIn.execFileSync(process.execPath, ['-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
  });

  it('stands in for commander\'s require in the bundle', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'vnpress', 'cli.cjs'), 'utf8');
    expect(bundle).toContain('src/cli/child-process-on-use.cts');
    expect(bundle).not.toMatch(/require\("node:child_process"\)/);
  });
});
