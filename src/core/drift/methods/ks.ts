// Two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp(reference, current) (scipy 1.17,
// method='auto'): D = max |F_ref(x) - F_cur(x)| over all values; the p-value is exact when both samples have at
// most 10,000 values (scipy's MAX_AUTO_N), else asymptotic: kstwo.sf(D, round(m n / (m + n))). An exact
// computation that cannot be carried out falls back to the asymptotic one, as scipy does, and says so.
// The result names the method used in `detail.pValueMethod`. Evidently's "ks" test is this p-value.
//
// Ties: scipy's p-values assume no value occurs twice. On a column with few distinct values D can only be
// measured at those values, so its null distribution is smaller and scipy's p-value too large (0.3-1.7%
// false alarms at alpha 0.05 for 6-20 values, issue 11). In threshold_mode 'calibrated', a column with ties
// and at most 1,000 distinct values gets the permutation p-value of D given the tied values instead (the exact
// conditional null, by Monte Carlo; permutation.ts); with more distinct values ties barely move D's null and
// scipy's p-value stands. ('auto' sends columns with at most 5 values to chi-squared or z, as Evidently.)
// Below the permutation floor (1 / 1,000) scipy's p-value, conservative with ties, is kept.
import { MAX_PERMUTATION_CELLS, mergedCells, valueCells } from '../cells.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { defineDriftTest } from '../definition.js';
import { distinctUnionCount } from '../samples.js';
import { gcd, kstwoSf, ksEqualSizesSf, ksUnequalSizesSf, roundHalfEven } from '../../stats/kolmogorov.js';

/** Largest sample for which method 'auto' computes the exact p-value (scipy's MAX_AUTO_N). */
export const KS_EXACT_MAX_SIZE = 10_000;

export type KsPValueMethod = 'exact' | 'asymptotic';

export interface KsTwoSampleResult {
  /** D, the largest distance between the two empirical distribution functions. */
  statistic: number;
  pValue: number;
  method: KsPValueMethod;
  /** The exact method was asked for (or chosen) but could not be computed: the p-value is asymptotic. */
  exactFailed: boolean;
}

/**
 * scipy.stats.ks_2samp(a, b, alternative='two-sided', method) on two samples already sorted ascending, without
 * missing values. D comes from the merge pass shared with the Wasserstein distance (mergedCells), kept exact as
 * h / lcm(m, n).
 */
export function ksTwoSample(a: Float64Array, b: Float64Array, method: 'auto' | KsPValueMethod = 'auto'): KsTwoSampleResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks_2samp needs at least one value in each sample');
  // n1 n2 (F_a - F_b) at each distinct value, an exact integer below 2^53 for n1 n2 < 2^53 (cells.ts)
  const largest = mergedCells(a, b).largestDifference;
  const g = gcd(n1, n2);
  const h = largest / g;
  const lcm = (n1 / g) * n2;
  const statistic = h / lcm;

  let mode: KsPValueMethod = method === 'auto' ? (Math.max(n1, n2) <= KS_EXACT_MAX_SIZE ? 'exact' : 'asymptotic') : method;
  // scipy switches an explicit 'exact' to 'asymp' when lcm would overflow a 32-bit integer
  if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g)) mode = 'asymptotic';
  let exactFailed = false;
  if (mode === 'exact') {
    const pValue = h === 0 ? 1 : n1 === n2 ? ksEqualSizesSf(n1, h) : ksUnequalSizesSf(n1, n2, g, h);
    if (pValue >= 0 && pValue <= 1) return { statistic, pValue, method: 'exact', exactFailed: false };
    exactFailed = true;
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const effective = Math.max(1, roundHalfEven((m * n) / (m + n)));
  const pValue = Math.min(1, Math.max(0, kstwoSf(effective, statistic)));
  return { statistic, pValue, method: 'asymptotic', exactFailed };
}

export const ks = defineDriftTest({
  id: 'ks',
  name: 'Kolmogorov-Smirnov',
  description: 'two-sample Kolmogorov-Smirnov test (two-sided): exact p-value up to 10,000 values per sample, asymptotic above',
  appliesTo: ['numeric'],
  kind: 'p-value',
  defaultThreshold: DEFAULT_THRESHOLDS.ks,
  ownPValueConservative: true,
  compute(reference, current) {
    if (reference.kind !== 'numeric' || current.kind !== 'numeric') throw new Error('unreachable: ks applies to numeric samples');
    const result = ksTwoSample(reference.sorted, current.sorted);
    return {
      statistic: result.statistic,
      score: result.pValue,
      detail: {
        pValueMethod: result.method,
        ...(result.exactFailed ? { exactFailed: true } : {}),
        referenceValues: reference.sorted.length,
        currentValues: current.sorted.length,
      },
    };
  },
  layout(reference, current) {
    if (reference.kind !== 'numeric' || current.kind !== 'numeric') throw new Error('unreachable: ks applies to numeric samples');
    const m = reference.sorted.length;
    const n = current.sorted.length;
    // No layout with more distinct values than cells (grouped) or without ties: count before building cells.
    const distinct = distinctUnionCount(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS + 1);
    if (distinct > MAX_PERMUTATION_CELLS || distinct === m + n) return undefined;
    const cells = valueCells(reference.sorted, current.sorted, MAX_PERMUTATION_CELLS);
    const statistic = (a: Float64Array, b: Float64Array): number => {
      let cumulativeA = 0;
      let cumulativeB = 0;
      let largest = 0;
      for (let k = 0; k < a.length; k++) {
        cumulativeA += a[k]!;
        cumulativeB += b[k]!;
        const difference = Math.abs(cumulativeA / m - cumulativeB / n);
        if (difference > largest) largest = difference;
      }
      return largest;
    };
    return { pooled: cells.pooled, reference: cells.reference, statistic, toScore: 1, detail: { ties: true, cells: cells.distinct } };
  },
});
