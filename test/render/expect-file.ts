/**
 * Snapshot files reviewed as diffs: compare with fixtures/render/expected/NAME, or write it
 * when UPDATE=1 (`npm run test:update`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { HtmlValidate } from 'html-validate';

export const EXPECTED = join(FIXTURES, 'render', 'expected');

export function expectFile(actual: string | Uint8Array, name: string): void {
  const path = join(EXPECTED, name);
  const bytes = typeof actual === 'string' ? Buffer.from(actual) : Buffer.from(actual);
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing snapshot ${name}: run npm run test:update and review it`);
  expect(bytes.toString('utf8')).toBe(readFileSync(path, 'utf8'));
}

// Recommended rules; long-title is off because Vietnamese headlines often exceed 70 characters.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

/** html-validate's messages for a page (empty when valid). */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
