/**
 * Writes that never leave a half-written file: write a temporary sibling, then rename.
 * Temporary files and folders still in progress when the process is interrupted are
 * listed, each with how to undo it, so the signal handler of the CLI can (the targets are
 * untouched either way).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { makeDirectory } from './make-directory.js';

let counter = 0;
/** Paths in progress, and what undoes each (synchronously: it runs in a signal handler). */
const pending = new Map<string, () => void>();
let beforeFirst: (() => void) | null = null;

/**
 * Run `hook` once, right before the first temporary file is made. The CLI installs its
 * signal handlers then: a run that writes no file (parse to stdout) needs none, and
 * installing them costs a one-article run half a millisecond.
 */
export function beforeFirstTempFile(hook: () => void): void {
  beforeFirst = hook;
}

/**
 * Mark `path` (a temporary file or folder) as in progress until the returned function is
 * called: if the process is interrupted meanwhile, `undo` runs (by default, `path` is
 * removed, folder and all).
 */
export function inProgress(path: string, undo = () => rmSync(path, { recursive: true, force: true })): () => void {
  const hook = beforeFirst;
  beforeFirst = null;
  hook?.();
  pending.set(path, undo);
  return () => pending.delete(path);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await makeDirectory(dirname(path));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const done = inProgress(temp);
  // Synchronous: an interrupt is handled between two calls, never while the file is being
  // created in the background, which could make it after the handler removed it.
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    done();
  }
}

/** Undo the writes in progress (synchronously: for signal handlers). */
export function removePendingTempFiles(): void {
  for (const undo of pending.values()) {
    try {
      undo();
    } catch {
      // Best effort: the signal still ends the process, and the other paths are still undone.
    }
  }
  pending.clear();
}
