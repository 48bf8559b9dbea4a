/** Reading one input from disk or a stream, with the refusals every command shares. */
// Synchronous on purpose: articles are small, and the thread-pool round trips of
// fs/promises (stat, open, fstat, read, close) cost more than the reads themselves.
import { readFileSync, statSync } from 'node:fs';
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

export async function readInputFile(path: string, options: ReadOptions = {}): Promise<InputText> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(path, 'directory', 'is a directory');
    if (info.size > maxSize) throw new InputError(path, 'too-large', `file is larger than the limit (${info.size} > ${maxSize} bytes; see --max-size)`);
    return check(path, readFileSync(path), options, maxSize);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describe(path, error as NodeJS.ErrnoException);
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
