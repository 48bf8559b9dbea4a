/**
 * The floor: the least work any parser of these articles must do (read each file, decode
 * UTF-8, NFC, split into lines and sentences). ./floor-process.ts runs it as a process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface Throughput {
  articles: number;
  bytes: number;
  ms: number;
}

/** Every .txt/.md file below the directories, sorted (the order the CLI uses). */
export function articleFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => ['.txt', '.md'].includes(extname(f)))
    .sort()
    .map((f) => join(dir, f)));
}

const SENTENCE_END = /[.!?…]\s+/;

export function floor(files: readonly string[]): Throughput {
  const t0 = performance.now();
  let bytes = 0;
  let pieces = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const file of files) {
    const data = readFileSync(file);
    bytes += data.length;
    for (const line of decoder.decode(data).normalize('NFC').split('\n')) pieces += line.split(SENTENCE_END).length;
  }
  // Printing the count keeps the work observable, so no engine can skip it.
  if (process.env.VNPRESS_FLOOR_VERBOSE) process.stderr.write(`${pieces} sentences\n`);
  return { articles: files.length, bytes, ms: performance.now() - t0 };
}
