// The two-proportion z-test. Its square is Pearson's chi-squared on the 2 x 2 table, so scipy 1.17.1's
// chi2_contingency(table, correction=False) gives the reference p-value; Evidently's own cases
// (tests/stattests/test_stattests.py, test_z_stat_test_cat_feature) give the no-drift value 1.
import { describe, expect, it } from 'vitest';
import { DriftError } from '../definition.js';
import { categorical, numeric, repeat } from '../../../testing/drift-fixtures.js';
import { proportionsZTest, zTest } from './z.js';

describe('two-proportion z-test', () => {
  it('squares to chi2_contingency([[36, 64], [50, 70]], correction=False): 0.7356242045586034, p 0.39106621720453416', () => {
    const result = proportionsZTest(36, 100, 50, 120);
    expect(result.z ** 2).toBeCloseTo(0.7356242045586034, 13);
    expect(result.pValue).toBeCloseTo(0.39106621720453416, 13);
  });

  it('compares the share of the value that sorts second, as Evidently does', () => {
    const { reference, current } = categorical(repeat(['yes', 'no'], [36, 64]), repeat(['no', 'yes', null], [70, 50, 7]));
    const result = zTest.compute(reference, current);
    expect(result.detail).toEqual({ value: 'yes', referenceShare: 0.36, currentShare: 50 / 120 });
    expect(result.statistic).toBeLessThan(0);
    expect(result.pValue).toBeCloseTo(0.39106621720453416, 13);
    expect(result.drifted).toBe(false);
  });

  it("is p = 1 with no difference (Evidently: ['a', 'b'] * 10 twice) and with one value on both sides", () => {
    const same = categorical(repeat(['a', 'b'], [10, 10]), repeat(['a', 'b'], [10, 10]));
    expect(zTest.compute(same.reference, same.current).pValue).toBe(1);
    expect(zTest.compute(numeric([1, 1, 1]), numeric([1, 1])).pValue).toBe(1);
  });

  it('keeps tiny p-values instead of rounding them to 0', () => {
    const result = zTest.compute(numeric(repeat([0, 1], [900, 100])), numeric(repeat([0, 1], [100, 900])));
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThan(1e-200);
    expect(result.drifted).toBe(true);
  });

  it('refuses columns with more than two values', () => {
    const { reference, current } = categorical(['a', 'b', 'c'], ['a']);
    expect(() => zTest.compute(reference, current)).toThrow(DriftError);
    expect(() => zTest.compute(reference, current)).toThrow(/binary column; found 3/);
  });
});
