/** Binary searches over ascending arrays of offsets. */

/** Index of the first of `sorted` that is ≥ `value`; its length when none. */
export const firstAtOrAfter = (sorted: readonly number[], value: number): number => boundary(sorted, value, false);

/** Index of the first of `sorted` that is > `value`; its length when none. */
export const firstAfter = (sorted: readonly number[], value: number): number => boundary(sorted, value, true);

function boundary(sorted: readonly number[], value: number, after: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value || (after && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
