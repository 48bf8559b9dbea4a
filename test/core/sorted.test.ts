import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAfter, firstAtOrAfter, mergeSorted } from '../../src/core/sorted.js';

describe('binary searches over sorted offsets', () => {
  it('find the first offset at or after, and after, a value, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scan = (test: (x: number) => boolean) => { const i = sorted.findIndex(test); return i < 0 ? sorted.length : i; };
        expect(firstAtOrAfter(sorted, value)).toBe(scan((x) => x >= value));
        expect(firstAfter(sorted, value)).toBe(scan((x) => x > value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mergeSorted', () => {
  it('gives what a stable sort of the two lists together gives, the first list first on a tie', () => {
    const sortedPairs = fc.array(fc.integer({ min: 0, max: 20 })).map((keys) => keys.sort((x, y) => x - y));
    fc.assert(fc.property(sortedPairs, sortedPairs, (a, b) => {
      const first = a.map((key, i) => ({ key, from: `a${i}` }));
      const second = b.map((key, i) => ({ key, from: `b${i}` }));
      const stable = [...first, ...second].sort((x, y) => x.key - y.key);
      expect(mergeSorted(first, second, (item) => item.key)).toEqual(stable);
    }), { numRuns: 500 });
  });
});
