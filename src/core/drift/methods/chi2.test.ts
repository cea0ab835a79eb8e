// The chi-squared test against scipy 1.17.1: chi2_contingency (its docstring example and computed tables, with
// correction=False as the test uses), chi2.sf, and the chisquare docstring's p-values for the tail itself.
import { describe, expect, it } from 'vitest';
import { chi2, chiSquaredHomogeneity } from './chi2.js';
import { categorical, minstd, normals, numeric, repeat } from '../../../testing/drift-fixtures.js';
import { chiSquaredSf, regularizedGammaQ } from '../../stats/gamma.js';

function expectRelative(actual: number, expected: number, relative = 1e-10): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('chi-squared upper tail (regularized incomplete gamma)', () => {
  it('gives the p-values of the scipy.stats.chisquare docstring examples', () => {
    // chisquare([16, 18, 16, 14, 12, 12]) -> statistic 2.0, p 0.84914503608460956 (5 degrees of freedom);
    // with f_exp=[16, 16, 16, 16, 16, 8] -> statistic 3.5, p 0.62338762774958223
    expectRelative(chiSquaredSf(2, 5), 0.84914503608460956, 1e-13);
    expectRelative(chiSquaredSf(3.5, 5), 0.62338762774958223, 1e-13);
  });

  it.each([
    // scipy.stats.chi2.sf(x, k) at the 1e-30, 1e-6, 0.05 and 0.9 points of each distribution (chi2.isf)
    [3, 142.67798622346095, 9.999999999999962e-31],
    [4, 33.37684158171984, 1.0000000000000008e-6],
    [9, 16.91897760462045, 0.04999999999999995],
    [50, 37.68864839397849, 0.9],
    [1000, 1074.679448803441, 0.050000000000000225],
  ])('chi2.sf with %d degrees of freedom', (k, x, expected) => {
    expectRelative(chiSquaredSf(x, k), expected, 5e-12);
  });

  it('Q(a, x) on both sides of x = a + 1 (scipy.special.gammaincc)', () => {
    expectRelative(regularizedGammaQ(10, 9.99), 0.45918143870881534, 1e-12);
    expectRelative(regularizedGammaQ(10, 11.01), 0.3394263747134654, 1e-12);
    expect(regularizedGammaQ(3, 0)).toBe(1);
    expect(regularizedGammaQ(-1, 2)).toBeNaN();
  });
});

describe('chi-squared test of homogeneity', () => {
  it('matches scipy.stats.chi2_contingency (docstring example)', () => {
    // chi2_contingency([[10, 10, 20], [20, 20, 20]]) -> statistic 2.7777777777777777, p 0.24935220877729619, dof 2
    const result = chiSquaredHomogeneity(Float64Array.of(10, 10, 20), Float64Array.of(20, 20, 20));
    expect(result.statistic).toBeCloseTo(2.7777777777777777, 13);
    expect(result.degreesOfFreedom).toBe(2);
    expectRelative(result.pValue, 0.24935220877729619, 1e-13);
  });

  it('matches chi2_contingency(correction=False) on four categories', () => {
    // [[30, 12, 8, 50], [20, 25, 5, 40]] -> 7.866461333127999, p 0.048853692399674374, dof 3
    const result = chiSquaredHomogeneity(Float64Array.of(30, 12, 8, 50), Float64Array.of(20, 25, 5, 40));
    expectRelative(result.statistic, 7.866461333127999, 1e-13);
    expectRelative(result.pValue, 0.048853692399674374, 1e-12);
  });

  it('as a drift test on categorical columns, reports degrees of freedom and drifts below 0.05', () => {
    const { reference, current } = categorical(repeat(['a', 'b', 'c', 'd'], [30, 12, 8, 50]), repeat(['d', 'c', 'b', 'a', null], [40, 5, 25, 20, 9]));
    const result = chi2.compute(reference, current);
    expect(result).toMatchObject({ method: 'chi2', kind: 'p-value', threshold: 0.05, drifted: true, detail: { degreesOfFreedom: 3, categories: 4 } });
    expectRelative(result.pValue!, 0.048853692399674374, 1e-12);
  });

  it('compares a numeric column with few values value by value (Evidently binning), a value missing on one side included', () => {
    // numpy.floor(minstd(500, 21) * 4) vs numpy.floor(minstd(400, 22) * 4.4): counts of 0..4 are
    // [128, 120, 136, 116, 0] and [97, 74, 94, 90, 45]; chi2_contingency(correction=False) ->
    // 60.768564299173605, p 1.9997979799742773e-12, dof 4
    const reference = numeric(Array.from(minstd(500, 21), (u) => Math.floor(u * 4)));
    const current = numeric(Array.from(minstd(400, 22), (u) => Math.floor(u * 4.4)));
    const result = chi2.compute(reference, current);
    expectRelative(result.statistic, 60.768564299173605, 1e-13);
    expectRelative(result.pValue!, 1.9997979799742773e-12, 1e-10);
    expect(result.detail).toEqual({ degreesOfFreedom: 4, categories: 5, binning: 'values' });
  });

  it('is p = 1 when only one category is seen', () => {
    const { reference, current } = categorical(['a', 'a'], ['a', null]);
    expect(chi2.compute(reference, current)).toMatchObject({ statistic: 0, pValue: 1, drifted: false });
  });
});

describe('chi-squared forced on a continuous column', () => {
  it("bins it first (Evidently's Sturges bins), so a 0.3 sd shift is found instead of drowning in one category per value", () => {
    const reference = normals(2000, 71);
    const current = normals(2000, 72).map((x) => x + 0.3);
    const result = chi2.compute(numeric(Array.from(reference)), numeric(Array.from(current)));
    // Sturges over 4,000 values: ceil(log2(4000) + 1) = 13 bins (the range rounds it to 13 or 14)
    expect(result.detail).toMatchObject({ binning: 'sturges' });
    expect(result.detail['categories']).toBeLessThanOrEqual(14);
    // the tail bins are sparse, so the p-value is the permutation one (floor 1 / 1,000)
    expect(result.pValue!).toBeLessThan(0.005);
    expect(result.drifted).toBe(true);
  });
});
