/**
 * Output folders and files: a folder is checked once before any input is read (so a batch
 * does not parse a thousand articles only to fail a thousand writes), and every write is
 * atomic. Errors are one line that says what is wrong with which path.
 */
import { fsPromises } from '../core/lazy.js';
import { isAbsolute, join, relative } from 'node:path';
import type { Writable } from 'node:stream';
import { writeFileAtomic } from '../core/atomic-write.js';
import { makeDirectory } from '../core/make-directory.js';
import { EXIT } from './io.js';
import type { RunState } from './main.js';
import type { StatusLine } from './progress.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a file is in the way',
  EEXIST: 'a file is in the way',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'a folder is in the way',
  ENOENT: 'no such file or folder',
};

/** A path as the user would write it: relative to the working directory when inside it. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

export function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? code ?? (error as Error).message;
}

/** Create `dir` if needed and prove it takes files; report and return false if not. */
export async function prepareOutDir(state: RunState, dir: string): Promise<boolean> {
  const probe = join(dir, `.vnpress-probe-${process.pid}`);
  try {
    const { rm, writeFile } = fsPromises();
    await makeDirectory(dir);
    await writeFile(probe, '');
    await rm(probe, { force: true });
    return true;
  } catch (error) {
    state.io.stderr.write(`vnpress: ${shownPath(state.io.cwd, dir)}: output folder cannot be written (${writeReason(error)})\n`);
    state.raise(EXIT.failed);
    return false;
  }
}

/** Write `data` to `path` atomically; on failure report one line and return false. */
export async function writeOutput(state: RunState, path: string, data: string | Uint8Array, status?: StatusLine): Promise<boolean> {
  try {
    await writeFileAtomic(path, data);
    return true;
  } catch (error) {
    const line = `vnpress: ${shownPath(state.io.cwd, path)}: cannot write (${writeReason(error)})`;
    if (status) status.line(line);
    else state.io.stderr.write(`${line}\n`);
    state.raise(EXIT.failed);
    return false;
  }
}

/**
 * Write data to a stream and, when its buffer is full, wait until it drains (or closes),
 * so a streamed batch never piles up in memory behind a slow reader.
 */
export async function writeData(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}
