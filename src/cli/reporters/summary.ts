/** Counting findings by severity, shared by the reporters that print totals. */
import type { FileResult } from './types.js';

export interface Totals {
  errors: number;
  warnings: number;
  notes: number;
  /** Files (read or not) with at least one finding. */
  filesWithFindings: number;
  failed: number;
  files: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, notes: 0, filesWithFindings: 0, failed: 0, files: results.length };
  for (const result of results) {
    if (result.failed) t.failed++;
    else if (result.findings.length) t.filesWithFindings++;
    if (result.failed) continue;
    for (const f of result.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.notes++;
    }
  }
  return t;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
