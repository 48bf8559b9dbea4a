/**
 * Standard output when it is a file (`vnpress parse a.txt > a.json`, or /dev/null): each
 * write goes straight to the descriptor, as Node's own stream for a file does (it writes
 * synchronously too). Creating `process.stdout` loads Node's stream modules, about 8 M
 * instructions (1 ms) of a one-article run; terminals and pipes keep the real stream.
 */
import { EventEmitter } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** A writer for descriptor `fd` when it is a regular file or a device such as /dev/null (null otherwise). */
export function fileOutput(fd: number): Writable | null {
  let isFile: boolean;
  try {
    const stat = fstatSync(fd);
    // A character device may be a terminal: only /dev/null-like devices qualify (no isatty here: it loads tty).
    isFile = stat.isFile() || (stat.isCharacterDevice() && stat.rdev === NULL_DEVICE);
  } catch {
    return null;
  }
  return isFile ? (new FileOutput(fd) as unknown as Writable) : null;
}

/** Linux's /dev/null (major 1, minor 3), the sink a benchmark or a script sends output to. */
const NULL_DEVICE = (1 << 8) | 3;

class FileOutput extends EventEmitter {
  readonly isTTY = false;
  readonly writable = true;

  constructor(private readonly fd: number) {
    super();
  }

  /** Writes all of `chunk` now; a failure is emitted as 'error' (as a stream does), not thrown. */
  write(chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void): boolean {
    const done = typeof encoding === 'function' ? encoding : callback;
    try {
      if (typeof chunk === 'string') {
        // A string goes to the descriptor as it is (Node encodes it in native memory): no
        // Buffer per write, which cost twice the write itself. The rest of a partial write
        // goes as bytes.
        const as = typeof encoding === 'string' ? encoding : 'utf8';
        const written = writeSync(this.fd, chunk, null, as);
        if (written < Buffer.byteLength(chunk, as)) this.writeAll(Buffer.from(chunk, as).subarray(written));
      } else this.writeAll(chunk);
    } catch (error) {
      process.nextTick(() => {
        done?.(error as Error);
        this.emit('error', error);
      });
      return false;
    }
    if (done) process.nextTick(done);
    return true;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written, bytes.length - written);
  }

  end(chunk?: string | Uint8Array, callback?: () => void): this {
    if (chunk !== undefined) this.write(chunk);
    if (callback) process.nextTick(callback);
    return this;
  }
}
