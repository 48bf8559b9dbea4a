/** Reading one input from disk or a stream, with the refusals every command shares. */
// Synchronous on purpose: articles are small, and the thread-pool round trips of
// fs/promises (stat, open, fstat, read, close) cost more than the reads themselves.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from '../core/diagnostics.js';
import { decode, type EncodingName } from './decode.js';

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

export interface ReadOptions {
  maxSize?: number;
  /** Decode as this encoding instead of detecting it. */
  encoding?: EncodingName;
}

export interface InputText {
  path: string;
  text: string;
  encoding: EncodingName;
  /** A conversion the user should know about (legacy encoding, replaced bytes). */
  warning?: string;
}

// Whitespace includes the invisible characters cleanText removes.
const BLANK = /^[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]*$/;

function check(path: string, bytes: Uint8Array, options: ReadOptions, maxSize: number): InputText {
  if (bytes.length > maxSize) throw new InputError(path, 'too-large', `file is larger than the limit (${bytes.length} > ${maxSize} bytes; see --max-size)`);
  if (!bytes.length) throw new InputError(path, 'empty', 'file is empty');
  const { text, encoding, warning } = decode(bytes, path, options.encoding);
  if (BLANK.test(text)) throw new InputError(path, 'empty', 'file has only whitespace');
  return { path, text, encoding, warning };
}

function describe(path: string, error: NodeJS.ErrnoException): InputError {
  switch (error.code) {
    case 'ENOENT': return new InputError(path, 'missing', 'no such file');
    case 'EACCES': case 'EPERM': return new InputError(path, 'unreadable', 'permission denied');
    case 'EISDIR': return new InputError(path, 'directory', 'is a directory');
    default: return new InputError(path, 'unreadable', `cannot read (${error.code ?? error.message})`);
  }
}

/**
 * The whole file behind `fd`, of `size` bytes by fstat. A pipe, a device or a /proc file
 * reports no size: it is read to its end, but never past `maxSize` (/dev/zero has none).
 */
function readWhole(path: string, fd: number, size: number, maxSize: number): Buffer {
  if (size === 0) return readUnsized(path, fd, maxSize);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled < size ? bytes.subarray(0, filled) : bytes;
}

/** What `fd` holds, read in chunks; refused once it passes `maxSize`. */
function readUnsized(path: string, fd: number, maxSize: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > maxSize) throw new InputError(path, 'too-large', `input is larger than the limit (${maxSize} bytes; see --max-size)`);
    chunks.push(n < chunk.length ? chunk.subarray(0, n) : chunk);
  }
}

export async function readInputFile(path: string, options: ReadOptions = {}): Promise<InputText> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  let fd: number | null = null;
  try {
    // Open, then fstat the open file: a stat of the path first costs one more system call
    // per file (several microseconds each here), which a batch of thousands notices.
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError(path, 'directory', 'is a directory');
    if (info.size > maxSize) throw new InputError(path, 'too-large', `file is larger than the limit (${info.size} > ${maxSize} bytes; see --max-size)`);
    return check(path, readWhole(path, fd, info.size, maxSize), options, maxSize);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describe(path, error as NodeJS.ErrnoException);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export async function readInputStream(stream: Readable, path = '-', options: ReadOptions = {}): Promise<InputText> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > maxSize) throw new InputError(path, 'too-large', `input is larger than the limit (${maxSize} bytes; see --max-size)`);
    chunks.push(buffer);
  }
  return check(path, Buffer.concat(chunks), options, maxSize);
}
