/** Binary searches over ascending arrays of offsets, and the merge of two sorted lists. */

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

/**
 * The items of `a` and `b`, each sorted by `order`, in one list sorted by it, `a`'s first
 * on a tie: what a stable sort of their concatenation gives, in one pass.
 */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (item: T) => number): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(order(a[i]) <= order(b[j]) ? a[i++] : b[j++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}
