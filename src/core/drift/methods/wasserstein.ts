// Normalised Wasserstein distance, as Evidently's "wasserstein" test (evidently/legacy/calculations/stattests/
// wasserstein_distance_norm.py): scipy.stats.wasserstein_distance(reference, current) / max(std(reference), 0.001),
// std with ddof 0, so the distance is in units of the reference's standard deviation. Drift when it is >= the
// threshold (default 0.1: the distributions are a tenth of a standard deviation apart) in threshold_mode
// 'fixed'. Calibrated: the permutation p-value of W1 over the pooled values (runs of adjacent values above
// 1,000 distinct ones, 250 above 10,000 rows a side, cells.ts); W1 is permuted unnormalised, so the test is exact for that statistic, and
// the critical value is reported in units of the reference's standard deviation.
import { mergedCells, wassersteinOverCells } from '../cells.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { defineDriftTest } from '../definition.js';

/** Evidently's floor on the reference's standard deviation, so a constant reference does not divide by 0. */
export const MIN_REFERENCE_STD = 0.001;

/**
 * scipy.stats.wasserstein_distance(a, b) of two sorted samples: the integral of |F_a(x) - F_b(x)| dx, summed
 * between consecutive values, from the merge pass shared with KS and the permutation cells (mergedCells).
 */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('wasserstein_distance needs at least one value in each sample');
  // |i * n2 - j * n1| / (n1 n2) is |F_a - F_b| between consecutive distinct values (cells.ts)
  const weighted = mergedCells(a, b).area;
  return weighted / n1 / n2;
}

/** Population standard deviation (ddof 0), numpy.std, by two passes. */
export function standardDeviation(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

/** The reference's standard deviation, once per sample: the statistic and the permutation layout both divide by it. */
const referenceStds = new WeakMap<Float64Array, number>();
function referenceStandardDeviation(sorted: Float64Array): number {
  let std = referenceStds.get(sorted);
  if (std === undefined) referenceStds.set(sorted, (std = standardDeviation(sorted)));
  return std;
}

export const wasserstein = defineDriftTest({
  id: 'wasserstein',
  name: 'Wasserstein distance (normalised)',
  description: "first Wasserstein distance divided by the reference's standard deviation",
  appliesTo: ['numeric'],
  kind: 'distance',
  defaultThreshold: DEFAULT_THRESHOLDS.wasserstein,
  compute(reference, current) {
    if (reference.kind !== 'numeric' || current.kind !== 'numeric') throw new Error('unreachable: wasserstein applies to numeric samples');
    const distance = wassersteinDistance(reference.sorted, current.sorted);
    const referenceStd = referenceStandardDeviation(reference.sorted);
    const normalised = distance / Math.max(referenceStd, MIN_REFERENCE_STD);
    return { statistic: normalised, score: normalised, detail: { distance, referenceStd } };
  },
  layout(reference, current) {
    if (reference.kind !== 'numeric' || current.kind !== 'numeric') throw new Error('unreachable: wasserstein applies to numeric samples');
    const cells = mergedCells(reference.sorted, current.sorted);
    const m = reference.sorted.length;
    const n = current.sorted.length;
    const { positions } = cells;
    const statistic = wassersteinOverCells(positions, m, n);
    return {
      pooled: cells.pooled,
      reference: cells.reference,
      statistic,
      toScore: 1 / Math.max(referenceStandardDeviation(reference.sorted), MIN_REFERENCE_STD),
      detail: { cells: cells.pooled.length, ...(cells.grouped ? { grouped: true } : {}) },
    };
  },
});
