// PSI against Evidently. Its published value: tests/multitest/metrics/data_drift.py (column_drift_metric_values)
// runs ColumnDriftMetric(stattest="psi") on reference [3, 2, 2] vs current [1, 2, 3] and expects a drift score of
// approx_result(2.93, absolute=0.01), drift detected at threshold 0.1. The full-precision values here come from a
// numpy transcription of Evidently's get_binned_data and _psi (numpy 2.4.6), on the same numbers.
import { describe, expect, it } from 'vitest';
import { categorical, minstd, numeric } from '../../../testing/drift-fixtures.js';
import { fillEmptyBins, psi } from './psi.js';

/** Evidently's fixed thresholds: these tests check parity with Evidently's decisions. */
const EVIDENTLY = { mode: 'fixed' } as const;

describe('population stability index', () => {
  it("gives Evidently's published 2.93 for [3, 2, 2] vs [1, 2, 3], as categories or as few numeric values", () => {
    // bins 1, 2, 3; reference 0, 2/3, 1/3 with the empty bin filled with 0.0001; current 1/3 each
    const asNumbers = psi.compute(numeric([3, 2, 2]), numeric([1, 2, 3]), undefined, EVIDENTLY);
    expect(Math.abs(asNumbers.score - 2.93)).toBeLessThanOrEqual(0.01);
    expect(asNumbers.score).toBeCloseTo(2.9341472484810085, 13);
    expect(asNumbers).toMatchObject({ method: 'psi', kind: 'distance', threshold: 0.1, drifted: true, detail: { binning: 'values', bins: 3 } });

    const { reference, current } = categorical(['3', '2', '2'], ['1', '2', '3']);
    expect(psi.compute(reference, current, undefined, EVIDENTLY).score).toBeCloseTo(2.9341472484810085, 13);
  });

  it('cuts numeric columns with more than 20 distinct values into Sturges bins over both samples', () => {
    // minstd(3000, 11) vs u * u * 0.3 + u * 0.7 with u = minstd(2000, 12): 14 bins, PSI 0.03845129361322502
    const u = minstd(2000, 12);
    const result = psi.compute(numeric(Array.from(minstd(3000, 11))), numeric(Array.from(u, (x) => x * x * 0.3 + x * 0.7)), undefined, EVIDENTLY);
    expect(result.score).toBeCloseTo(0.03845129361322502, 13);
    expect(result.detail).toEqual({ binning: 'sturges', bins: 14 });
    expect(result.drifted).toBe(false);
  });

  it('bins few-valued numeric columns by value, filling bins empty on one side', () => {
    // floor(minstd(500, 21) * 4) (values 0-3) vs floor(minstd(400, 22) * 4.4) (values 0-4): 0.8103419205961
    const result = psi.compute(numeric(Array.from(minstd(500, 21), (x) => Math.floor(x * 4))), numeric(Array.from(minstd(400, 22), (x) => Math.floor(x * 4.4))), undefined, EVIDENTLY);
    expect(result.score).toBeCloseTo(0.8103419205961, 12);
    expect(result.detail).toEqual({ binning: 'values', bins: 5 });
  });

  it("fills empty bins as Evidently's feel_zeroes: 0.0001, or a millionth of the smallest share below it", () => {
    expect(Array.from(fillEmptyBins(Float64Array.of(0, 0.5, 0.5)))).toEqual([0.0001, 0.5, 0.5]);
    expect(Array.from(fillEmptyBins(Float64Array.of(0, 0.00005, 0.99995)))).toEqual([0.00005 / 1e6, 0.00005, 0.99995]);
  });
});
