import { describe, expect, it } from 'vitest';
import { adversarialCases, timeCases } from './adversarial.js';

// Generous on purpose (the bench has the exact figures and the 1 s target): linear code
// parses a megabyte in a second or two even on a busy machine; quadratic or exponential
// code takes minutes.
const LIMIT_MS = 10_000;

describe('adversarial inputs', () => {
  it(`parses every 1 MB backtracking bait in under ${LIMIT_MS / 1000} s`, async () => {
    const timings = await timeCases(adversarialCases(), LIMIT_MS);
    const slow = timings.filter((t) => t.ms === null).map((t) => t.name);
    expect(slow, 'cases stopped after the limit').toEqual([]);
  }, 600_000);
});
