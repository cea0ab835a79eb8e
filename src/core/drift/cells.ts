// The cells the permutation null of a drift statistic is computed over (permutation.ts), built once per
// column from the already sorted or counted samples.
import type { ScoredLayout } from './definition.js';

/**
 * At most this many cells per permutation. Numeric columns with more distinct values are cut into runs of
 * adjacent values holding about equal numbers of pooled rows (ties never split): the permutation test is
 * then of the statistic over those runs, still exact for that statistic, and at 1,000 runs within a
 * thousandth of the pooled distribution of the statistic over the raw values.
 */
export const MAX_PERMUTATION_CELLS = 1000;

/**
 * Above this many rows on the smaller side a permutation costs one hypergeometric draw per cell (about 1 us
 * each at a million rows), so distances over values use at most LARGE_SAMPLE_CELLS runs: 250 runs of 8,000+
 * rows each still resolve a shift far below what the test can detect at that size.
 */
export const LARGE_SAMPLE_ROWS = 10_000;
export const LARGE_SAMPLE_CELLS = 250;

/** The most cells a statistic over values gets at these sizes. */
export function cellBudget(referenceRows: number, currentRows: number): number {
  return Math.min(referenceRows, currentRows) > LARGE_SAMPLE_ROWS ? LARGE_SAMPLE_CELLS : MAX_PERMUTATION_CELLS;
}

export interface ValueCells {
  /** A position per cell: the value, or the pooled mean of a run of values. */
  positions: Float64Array;
  pooled: Float64Array;
  reference: Float64Array;
  /** Distinct values on both sides together. */
  distinct: number;
  /** Whether cells are runs of several values. */
  grouped: boolean;
  /**
   * max |i n - j m| over the distinct values, i and j the reference and current rows up to and including the
   * value (m and n the sizes): m n times the KS statistic, an exact integer below 2^53.
   */
  largestDifference: number;
  /** The sum of |i n - j m| times the gap to the next distinct value: m n times W1 (scipy's summation order). */
  area: number;
}

/**
 * W1 between two sides given as counts per cell (`a` of `m` rows, `b` of `n`), cells at `positions` in
 * ascending order: the area between the two empirical CDFs, the statistic each permutation recomputes.
 */
export function wassersteinOverCells(positions: ArrayLike<number>, m: number, n: number): (a: Float64Array, b: Float64Array) => number {
  return (a, b) => {
    let cumulativeA = 0;
    let cumulativeB = 0;
    let area = 0;
    for (let k = 0; k < positions.length - 1; k++) {
      cumulativeA += a[k]!;
      cumulativeB += b[k]!;
      area += Math.abs(cumulativeA / m - cumulativeB / n) * (positions[k + 1]! - positions[k]!);
    }
    return area;
  };
}

/**
 * Cells of a numeric column: one per distinct value, or at most `maxCells` runs of adjacent values. One merge
 * pass over the two sorted samples closes the runs as it goes (a million distinct values need no table of
 * them) and keeps the first `maxCells + 1` distinct values, which are the cells when there are no more.
 */
export function valueCells(reference: Float64Array, current: Float64Array, maxCells = MAX_PERMUTATION_CELLS): ValueCells {
  const a = reference;
  const b = current;
  const target = (a.length + b.length) / maxCells;
  const firstValues = new Float64Array(maxCells + 1);
  const firstA = new Float64Array(maxCells + 1);
  const firstB = new Float64Array(maxCells + 1);
  // the runs in typed arrays (at most maxCells + 1 close): growing JS arrays change their elements' kind on the
  // way, which throws the optimised loop away on every call and runs the rest of the merge unoptimised
  const positions = new Float64Array(maxCells + 2);
  const pooledRuns = new Float64Array(maxCells + 2);
  const referenceRuns = new Float64Array(maxCells + 2);
  let runs = 0;
  let distinct = 0;
  let rows = 0;
  let referenceRows = 0;
  let weighted = 0;
  let cumulative = 0;
  const m = a.length;
  const n = b.length;
  let largestDifference = 0;
  let area = 0;
  let previous = m > 0 && n > 0 ? Math.min(a[0]!, b[0]!) : 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    // |F_a - F_b| m n on [previous, value): the term scipy's merge adds (ties add terms of 0, which leave the sum)
    const before = i * n - j * m;
    area += (before < 0 ? -before : before) * (value - previous);
    previous = value;
    const startI = i;
    const startJ = j;
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    const after = i * n - j * m;
    if (after > largestDifference) largestDifference = after;
    else if (-after > largestDifference) largestDifference = -after;
    const countA = i - startI;
    const pooled = countA + (j - startJ);
    if (distinct <= maxCells) {
      firstValues[distinct] = value;
      firstA[distinct] = countA;
      firstB[distinct] = j - startJ;
    }
    distinct++;
    rows += pooled;
    referenceRows += countA;
    weighted += pooled * value;
    cumulative += pooled;
    // close the run when the cumulative count reaches the next multiple of the target (or at the last value)
    if (cumulative >= (runs + 1) * target || (i >= a.length && j >= b.length)) {
      positions[runs] = weighted / rows;
      pooledRuns[runs] = rows;
      referenceRuns[runs] = referenceRows;
      runs++;
      rows = 0;
      referenceRows = 0;
      weighted = 0;
    }
  }
  if (distinct <= maxCells) {
    const pooled = new Float64Array(distinct);
    for (let k = 0; k < distinct; k++) pooled[k] = firstA[k]! + firstB[k]!;
    return { positions: firstValues.slice(0, distinct), pooled, reference: firstA.slice(0, distinct), distinct, grouped: false, largestDifference, area };
  }
  return { positions: positions.slice(0, runs), pooled: pooledRuns.slice(0, runs), reference: referenceRuns.slice(0, runs), distinct, grouped: true, largestDifference, area };
}

/** The last merge per reference sample: KS, W1 and W1's permutation layout share one pass over a column. */
const merges = new WeakMap<Float64Array, { current: Float64Array; cells: ValueCells }>();

/**
 * valueCells(reference, current, cellBudget(...)) of two sorted samples, computed once per pair: the KS
 * statistic, the Wasserstein distance and its permutation cells come from the same merge. The samples must
 * not be modified afterwards (prepared samples are not).
 */
export function mergedCells(reference: Float64Array, current: Float64Array): ValueCells {
  const cached = merges.get(reference);
  if (cached !== undefined && cached.current === current) return cached.cells;
  const cells = valueCells(reference, current, cellBudget(reference.length, current.length));
  merges.set(reference, { current, cells });
  return cells;
}

/** A layout over count cells (bins or categories) with `statistic`. */
export function countLayout(
  reference: Float64Array,
  current: Float64Array,
  statistic: (referenceCounts: Float64Array, currentCounts: Float64Array) => number,
  detail: Record<string, string | number | boolean> = {},
): ScoredLayout {
  const pooled = new Float64Array(reference.length);
  for (let k = 0; k < reference.length; k++) pooled[k] = reference[k]! + current[k]!;
  return { pooled, reference: Float64Array.from(reference), statistic, toScore: 1, detail: { cells: reference.length, ...detail } };
}

/** Sum of an array. */
export function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]!;
  return sum;
}
