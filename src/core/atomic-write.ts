/**
 * Writes that never leave a half-written file: write a temporary sibling, then rename.
 * Temporary files still open when the process is interrupted are listed, so the signal
 * handler of the CLI can remove them (the targets are untouched either way).
 */
import { rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { fsPromises } from './lazy.js';
import { makeDirectory } from './make-directory.js';

let counter = 0;
const pending = new Set<string>();
let beforeFirst: (() => void) | null = null;

/**
 * Run `hook` once, right before the first temporary file is made. The CLI installs its
 * signal handlers then: a run that writes no file (parse to stdout) needs none, and
 * installing them costs a one-article run half a millisecond.
 */
export function beforeFirstTempFile(hook: () => void): void {
  beforeFirst = hook;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const { rename, rm, writeFile } = fsPromises();
  await makeDirectory(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const hook = beforeFirst;
  beforeFirst = null;
  hook?.();
  pending.add(temp);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** Remove the temporary files of writes in progress (synchronously: for signal handlers). */
export function removePendingTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}
