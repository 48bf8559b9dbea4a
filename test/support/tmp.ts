/** Temporary folders of files for a test, removed afterwards. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

export type Files = Record<string, string | Uint8Array>;

/** A new folder (readable by every user, for tests that run a child as another user). */
export function makeTree(files: Files = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'vnpress-test-'));
  chmodSync(dir, 0o755);
  writeTree(dir, files);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeTree(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/**
 * `tree(files)`: a new folder of files per call, removed after the test that made it. Call
 * at a test file's top level (it registers an afterEach hook).
 */
export function treesRemovedAfterEach(): (files?: Files) => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return (files = {}) => {
    const { dir, cleanup } = makeTree(files);
    cleanups.push(cleanup);
    return dir;
  };
}
