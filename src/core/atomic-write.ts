/**
 * Writes that never leave a half-written file: write a temporary sibling, then rename.
 * Temporary files still open when the process is interrupted are listed, so the signal
 * handler of the CLI can remove them (the targets are untouched either way).
 */
import { rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { fsPromises } from './lazy.js';

let counter = 0;
const pending = new Set<string>();

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const { mkdir, rename, rm, writeFile } = fsPromises();
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
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
