// Turning a column into what the drift tests compare, once per column, and the binning the tests share.
//
// Missing values are excluded from every test and reported on their own (share missing in reference vs
// current). A numeric value counts as missing when it is NaN or infinite: Evidently drops both before its
// tests (get_one_column_drift: `replace([-inf, inf], nan).dropna()`), and a sorted sample has no place for them.
//
// Numeric samples are copied and sorted once (a radix sort, radix-sort.ts); KS, Wasserstein and every
// binning then walk the sorted arrays in one pass. Categorical samples are counts per category, aligned
// between reference and current by category text (the two tables' dictionaries need not agree).
import type { CategoricalColumn, Column } from '../data/table.js';
import { sortedFinite } from '../stats/radix-sort.js';
import { DriftError, type CategoricalSample, type ColumnKind, type DriftSample, type NumericSample } from './definition.js';

export interface MissingShare {
  /** Rows in the column. */
  rows: number;
  /** Rows without a usable value (NaN, ±Infinity, or a missing category). */
  missing: number;
  /** missing / rows (0 for an empty column). */
  share: number;
}

export interface MissingValues {
  reference: MissingShare;
  current: MissingShare;
}

/** One column of reference and current data, ready for any drift test. */
export interface PreparedColumn {
  name: string;
  kind: ColumnKind;
  reference: DriftSample;
  current: DriftSample;
  missing: MissingValues;
}

/** Prepares the reference and current sides of one column (both of the same kind). */
export function prepareColumn(reference: Column, current: Column): PreparedColumn {
  checkSameKind(reference, current);
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const referenceSide = numericSample(reference.values);
    const currentSide = numericSample(current.values);
    return {
      name: reference.name,
      kind: 'numeric',
      reference: referenceSide.sample,
      current: currentSide.sample,
      missing: { reference: referenceSide.missing, current: currentSide.missing },
    };
  }
  const pair = categoricalSamples(reference as CategoricalColumn, current as CategoricalColumn);
  return { name: reference.name, kind: 'categorical', ...pair };
}

/** Throws prepareColumn's error when the two sides of a column are not of the same kind. */
export function checkSameKind(reference: Column, current: Column): void {
  if (reference.kind !== current.kind) {
    throw new RangeError(`column '${reference.name}' is ${reference.kind} in the reference but ${current.kind} in the current data: load it as the same kind on both sides`);
  }
}

/** The finite values of `values`, sorted, and how many were missing. `values` is not modified. */
export function numericSample(values: Float64Array): { sample: NumericSample; missing: MissingShare } {
  const sorted = sortedFinite(values);
  return { sample: { kind: 'numeric', sorted }, missing: missingShare(values.length, values.length - sorted.length) };
}

/** Category counts of both sides over the categories seen on either side (reference order first). */
export function categoricalSamples(reference: CategoricalColumn, current: CategoricalColumn): { reference: CategoricalSample; current: CategoricalSample; missing: MissingValues } {
  const referenceCounts = countCodes(reference);
  const currentCounts = countCodes(current);
  const index = new Map<string, number>();
  const categories: string[] = [];
  const place = (column: CategoricalColumn, counts: Float64Array): Int32Array => {
    const target = new Int32Array(counts.length).fill(-1);
    for (let code = 0; code < counts.length; code++) {
      if (counts[code] === 0) continue;
      const category = column.categories[code]!;
      let at = index.get(category);
      if (at === undefined) {
        at = categories.length;
        index.set(category, at);
        categories.push(category);
      }
      target[code] = at;
    }
    return target;
  };
  const referenceTarget = place(reference, referenceCounts.counts);
  const currentTarget = place(current, currentCounts.counts);
  const align = (counts: Float64Array, target: Int32Array): Float64Array => {
    const aligned = new Float64Array(categories.length);
    for (let code = 0; code < counts.length; code++) if (target[code]! >= 0) aligned[target[code]!] = counts[code]!;
    return aligned;
  };
  const frozen = Object.freeze(categories);
  return {
    reference: { kind: 'categorical', categories: frozen, counts: align(referenceCounts.counts, referenceTarget), total: referenceCounts.total },
    current: { kind: 'categorical', categories: frozen, counts: align(currentCounts.counts, currentTarget), total: currentCounts.total },
    missing: {
      reference: missingShare(reference.codes.length, reference.codes.length - referenceCounts.total),
      current: missingShare(current.codes.length, current.codes.length - currentCounts.total),
    },
  };
}

function countCodes(column: CategoricalColumn): { counts: Float64Array; total: number } {
  const size = column.categories.length;
  const counts = new Float64Array(size);
  const { codes } = column;
  let total = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code < 0) continue;
    if (code >= size) throw new RangeError(`column '${column.name}': row ${i} has category code ${code}, but the column has ${size} categories`);
    counts[code]!++;
    total++;
  }
  return { counts, total };
}

function missingShare(rows: number, missing: number): MissingShare {
  return { rows, missing, share: rows === 0 ? 0 : missing / rows };
}

// ---- Shared walks over sorted samples ----

/** Distinct values in one sorted array, counting no further than `cap`. */
export function distinctCount(sorted: Float64Array, cap = Number.POSITIVE_INFINITY): number {
  if (sorted.length === 0) return 0;
  let count = 1;
  for (let i = 1; i < sorted.length && count < cap; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Distinct values in the union of two sorted arrays, counting no further than `cap`. */
export function distinctUnionCount(a: Float64Array, b: Float64Array, cap = Number.POSITIVE_INFINITY): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while ((i < a.length || j < b.length) && count < cap) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    count++;
  }
  return count;
}

/** Distinct non-missing values of a column, on both sides together (pandas' nunique of the concatenation). */
export function distinctValues(reference: DriftSample, current: DriftSample, cap = Number.POSITIVE_INFINITY): number {
  if (reference.kind === 'numeric' && current.kind === 'numeric') return distinctUnionCount(reference.sorted, current.sorted, cap);
  const ref = reference as CategoricalSample;
  const cur = current as CategoricalSample;
  let count = 0;
  for (let i = 0; i < ref.counts.length; i++) if (ref.counts[i]! > 0 || cur.counts[i]! > 0) count++;
  return count;
}

export interface ValueCounts {
  values: Float64Array;
  a: Float64Array;
  b: Float64Array;
}

/** Rows per distinct value of two sorted numeric samples, over the union of their values, ascending. */
export function valueCounts(a: Float64Array, b: Float64Array): ValueCounts {
  const size = distinctUnionCount(a, b);
  const values = new Float64Array(size);
  const countsA = new Float64Array(size);
  const countsB = new Float64Array(size);
  let i = 0;
  let j = 0;
  for (let k = 0; k < size; k++) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    const startI = i;
    const startJ = j;
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    values[k] = value;
    countsA[k] = i - startI;
    countsB[k] = j - startJ;
  }
  return { values, a: countsA, b: countsB };
}

/**
 * numpy.histogram_bin_edges(data, bins='sturges') for data spanning [min, max] with `size` values: bin width
 * ptp / (log2(size) + 1), ceil(range / width) bins, edges from numpy.linspace (start + i * step, last = stop);
 * an empty range widens to [min - 0.5, max + 0.5] with one bin.
 */
export function sturgesEdges(min: number, max: number, size: number, method: string): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const bins = width > 0 ? Math.ceil((last - first) / width) : 1;
  const edges = new Float64Array(bins + 1);
  const delta = last - first;
  const step = delta / bins;
  for (let i = 0; i < bins; i++) edges[i] = (step === 0 ? (i / bins) * delta : i * step) + first;
  edges[bins] = last;
  for (let i = 0; i < bins; i++) {
    if (!(edges[i]! < edges[i + 1]!)) throw new DriftError('invalid-input', method, `cannot make ${bins} bins of positive width over [${min}, ${max}]`);
  }
  return edges;
}

/**
 * numpy.histogram(sorted, edges) of sorted data: bin i holds edges[i] <= x < edges[i + 1], the last bin also
 * x == edges[last]; values outside the edges are not counted.
 */
export function histogramSorted(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  // each bin's end found by bisection: a few dozen reads per edge instead of a pass over the sample
  let at = firstNotBelow(sorted, edges[0]!, 0, false);
  for (let bin = 0; bin < bins; bin++) {
    const start = at;
    at = firstNotBelow(sorted, edges[bin + 1]!, at, bin === bins - 1);
    counts[bin] = at - start;
  }
  return counts;
}

/** The first index from `from` whose value is >= `bound` (> `bound` when `inclusive`), or the length. */
function firstNotBelow(sorted: Float64Array, bound: number, from: number, inclusive: boolean): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (inclusive ? sorted[mid]! <= bound : sorted[mid]! < bound) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface BinnedCounts {
  reference: Float64Array;
  current: Float64Array;
  /** 'values': one bin per distinct value or category; 'sturges': equal-width bins over both samples. */
  binning: 'values' | 'sturges';
  bins: number;
}

/** Above this many distinct reference values, numeric columns are binned (Evidently's get_binned_data). */
export const MAX_VALUES_UNBINNED = 20;

/**
 * Evidently's get_binned_data (evidently/legacy/calculations/stattests/utils.py), as counts: a numeric column
 * whose reference has more than 20 distinct values is cut into Sturges bins over reference and current together
 * (numpy.histogram_bin_edges(concat, bins='sturges')); any other column gets one bin per value seen on either side.
 */
export function evidentlyBins(reference: DriftSample, current: DriftSample, method: string): BinnedCounts {
  // A test bins a column twice (its statistic, then its permutation layout): the second time is a look-up.
  const last = lastBinned.get(reference);
  if (last && last.current === current && last.method === method) return last.binned;
  const binned = computeEvidentlyBins(reference, current, method);
  lastBinned.set(reference, { current, method, binned });
  return binned;
}

/** The last binning of each reference sample (samples are never modified once prepared). */
const lastBinned = new WeakMap<DriftSample, { current: DriftSample; method: string; binned: BinnedCounts }>();

function computeEvidentlyBins(reference: DriftSample, current: DriftSample, method: string): BinnedCounts {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const ref = reference.sorted;
    const cur = current.sorted;
    if (distinctCount(ref, MAX_VALUES_UNBINNED + 1) > MAX_VALUES_UNBINNED) {
      const edges = sturgesEdges(Math.min(ref[0]!, cur[0]!), Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!), ref.length + cur.length, method);
      return { reference: histogramSorted(ref, edges), current: histogramSorted(cur, edges), binning: 'sturges', bins: edges.length - 1 };
    }
    const counts = valueCounts(ref, cur);
    return { reference: counts.a, current: counts.b, binning: 'values', bins: counts.values.length };
  }
  const ref = reference as CategoricalSample;
  const cur = current as CategoricalSample;
  return { reference: ref.counts, current: cur.counts, binning: 'values', bins: ref.counts.length };
}

/** counts / total, as a new array. */
export function shares(counts: Float64Array, total: number): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i]! / total;
  return out;
}

/** Rows per category of a categorical sample, or per distinct value of a numeric one, with labels for reports. */
export function categoryCounts(reference: DriftSample, current: DriftSample): { labels: readonly string[]; reference: Float64Array; current: Float64Array } {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const counts = valueCounts(reference.sorted, current.sorted);
    return { labels: Array.from(counts.values, String), reference: counts.a, current: counts.b };
  }
  const ref = reference as CategoricalSample;
  return { labels: ref.categories, reference: ref.counts, current: (current as CategoricalSample).counts };
}
