// Two-proportion z-test for a binary column, as Evidently's "z" test (evidently/legacy/calculations/stattests/
// z_stattest.py): the values are sorted, the share of rows holding the second value is compared between
// reference and current with the pooled standard error, z = (p_ref - p_cur) / sqrt(P (1 - P) (1/n_ref + 1/n_cur)),
// two-sided p-value. One value on both sides: nothing differs, p = 1. The tail is computed without 1 - Phi
// cancellation (normal.ts), so p-values below 1e-16 stay non-zero where Evidently's 2 (1 - Phi(|z|)) rounds to 0.
// Applies to columns with at most two distinct values (categorical, or numeric compared value by value).
import { normalTwoSidedPValue } from '../../stats/normal.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { DriftError, defineDriftTest } from '../definition.js';
import { categoryCounts } from '../samples.js';

export interface ProportionsZResult {
  z: number;
  pValue: number;
  /** Share of reference rows holding the compared value. */
  referenceShare: number;
  currentShare: number;
}

/** Pooled two-proportion z-test of `successesA` of `sizeA` against `successesB` of `sizeB`. */
export function proportionsZTest(successesA: number, sizeA: number, successesB: number, sizeB: number): ProportionsZResult {
  const referenceShare = successesA / sizeA;
  const currentShare = successesB / sizeB;
  const pooled = (successesA + successesB) / (sizeA + sizeB);
  const variance = pooled * (1 - pooled) * (1 / sizeA + 1 / sizeB);
  if (variance === 0) return { z: 0, pValue: 1, referenceShare, currentShare };
  const z = (referenceShare - currentShare) / Math.sqrt(variance);
  return { z, pValue: normalTwoSidedPValue(z), referenceShare, currentShare };
}

export const zTest = defineDriftTest({
  id: 'z',
  name: 'two-proportion z-test',
  description: 'two-proportion z-test of a binary column (pooled standard error, two-sided)',
  appliesTo: ['categorical', 'numeric'],
  kind: 'p-value',
  defaultThreshold: DEFAULT_THRESHOLDS.z,
  compute(reference, current) {
    const counts = categoryCounts(reference, current);
    const size = counts.labels.length;
    if (size > 2) throw new DriftError('not-applicable', 'z', `needs a binary column; found ${size} distinct values (use chi2)`);
    const referenceTotal = counts.reference.reduce((sum, count) => sum + count, 0);
    const currentTotal = counts.current.reduce((sum, count) => sum + count, 0);
    // Evidently compares the share of the value that sorts second (numeric columns are already in value order)
    let second = size - 1;
    if (size === 2 && reference.kind === 'categorical' && counts.labels[1]! < counts.labels[0]!) second = 0;
    const hits = (row: Float64Array): number => (size === 2 ? row[second]! : 0);
    const result = proportionsZTest(hits(counts.reference), referenceTotal, hits(counts.current), currentTotal);
    return {
      statistic: result.z,
      score: result.pValue,
      detail: { value: counts.labels[second]!, referenceShare: result.referenceShare, currentShare: result.currentShare },
    };
  },
});
