/**
 * Kits as zip files (fflate), byte-identical for identical kits: entries in sorted order,
 * one fixed timestamp, Unix permissions rw-r--r--, maximum compression.
 */
import type { Zippable } from 'fflate';
import { lazyRequire } from '../../core/lazy.js';

// Loaded when a kit is zipped, not by every command that loads this module (`--help` does).
const fflate = lazyRequire<typeof import('fflate')>('fflate');

// fflate reads the time with local-time getters: build it in local time so every time
// zone writes the same DOS timestamp.
const FIXED_TIME = new Date(2000, 0, 1, 0, 0, 0);
const UNIX = 3;
const FILE_MODE = 0o100644 << 16;

/** A zip holding `files` under the folder `root/`. */
export function zipKit(root: string, files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    entries[`${root}/${path}`] = [files.get(path)!, { level: 9, mtime: FIXED_TIME, os: UNIX, attrs: FILE_MODE }];
  }
  return fflate().zipSync(entries);
}
