/** manifest.json: every file of a kit with its size and sha256, the version, the input's hash. */
import { lazyRequire } from '../../core/lazy.js';

// node:crypto takes milliseconds to load: only when a kit is made, not for `--help`.
const crypto = lazyRequire<typeof import('node:crypto')>('node:crypto');

export function sha256(data: string | Uint8Array): string {
  return crypto().createHash('sha256').update(data).digest('hex');
}

export interface Manifest {
  vnpress: string;
  input: { file: string; sha256: string };
  files: { path: string; size: number; sha256: string }[];
}

export function buildManifest(files: ReadonlyMap<string, Uint8Array>, version: string, input: Manifest['input']): Manifest {
  const paths = [...files.keys()].sort();
  return {
    vnpress: version,
    input,
    files: paths.map((path) => ({ path, size: files.get(path)!.length, sha256: sha256(files.get(path)!) })),
  };
}
