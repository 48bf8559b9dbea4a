/**
 * `mkdir -p` that always returns. Node's own `mkdir(dir, { recursive: true })` never
 * returns (Node 20 on Linux, a spinning loop) when a folder exists but refuses a child with
 * ENOENT, as /proc and /sys do: it reads ENOENT as "the parent is missing", makes the parent
 * (which exists), and tries again. Here each missing folder is made on its own, from the
 * nearest existing one down, so a refusal is an error at once.
 */
import { dirname, resolve } from 'node:path';
import { fsPromises } from './lazy.js';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Whether `path` is a folder (following links); false when it cannot be read. */
async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await fsPromises().stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** An error as Node's mkdir gives it, for a file in the way of folder `path`. */
function fileInTheWay(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EEXIST: file already exists, mkdir '${path}'`), { code: 'EEXIST', syscall: 'mkdir', path });
}

/**
 * Make folder `dir` and the missing folders above it. Rejects as mkdir does: EEXIST when a
 * file (or a link to nothing) is in the way, ENOTDIR when one is above it, ENOENT when a
 * folder refuses to hold it, EACCES, EROFS and the like.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const { mkdir, stat } = fsPromises();
  const target = resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(at)).isDirectory();
    } catch (error) {
      if (codeOf(error) !== 'ENOENT' || dirname(at) === at) throw error;
      missing.push(at);
      continue;
    }
    // Something else is here: mkdir below it fails with ENOTDIR; the target itself is taken.
    if (!isFolder && at === target) throw fileInTheWay(target);
    break;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      await mkdir(missing[i]);
    } catch (error) {
      // Made meanwhile by somebody else: fine. A link to nothing: a file in the way.
      if (codeOf(error) !== 'EEXIST' || !(await isDirectory(missing[i]))) throw error;
    }
  }
}
