import { describe, expect, it } from 'vitest';
import { chiSquared1Sf, normalCdf, normalQuantile, normalSf, normalTwoSidedPValue } from './normal.js';

// Reference values: scipy 1.17.1, printed with repr(float(...)) (scipy.stats.norm.cdf / norm.ppf /
// chi2.sf, which use Cephes' ndtr, ndtri and the chi-squared survival function). Tolerance: relative
// 1e-13, looser (3e-13) beyond |x| = 20 where exp(-x^2 / 2) turns the rounding of x^2 / 2 (~ x^2 eps)
// into relative error in either implementation.
const closeTo = (actual: number, expected: number, relative = 1e-13): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('normal distribution', () => {
  it('matches scipy.stats.norm.cdf, far tails included', () => {
    closeTo(normalCdf(-37), 5.7255712225239266e-300, 3e-13);
    const cases: [number, number][] = [
      [-20, 2.7536241186061556e-89],
      [-8, 6.22096057427174e-16],
      [-3, 0.0013498980316300933],
      [-1, 0.15865525393145707],
      [-0.5, 0.3085375387259869],
      [0.3, 0.6179114221889526],
      [1.5, 0.9331927987311419],
      [5, 0.9999997133484281],
    ];
    for (const [x, expected] of cases) closeTo(normalCdf(x), expected);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(8.5)).toBe(1);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });

  it('computes the upper tail without cancellation', () => {
    closeTo(normalSf(8), 6.22096057427174e-16);
    closeTo(normalSf(20), 2.7536241186061556e-89);
    for (let x = -6; x <= 6; x += 0.37) closeTo(normalCdf(x) + normalSf(x), 1, 1e-15);
  });

  it('matches scipy.stats.norm.ppf and inverts the CDF', () => {
    const cases: [number, number][] = [
      [1e-300, -37.0470962993612],
      [1e-10, -6.361340902404056],
      [0.025, -1.9599639845400545],
      [0.3, -0.5244005127080409],
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004],
      [1 - 1e-10, 6.361340889697422],
    ];
    for (const [p, expected] of cases) closeTo(normalQuantile(p), expected);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    // Round trip where Phi(z) is representable with full relative precision (above z ~ 1, p = 1 - tail
    // loses the tail's digits before the quantile sees it).
    for (let z = -8; z <= 1; z += 0.25) expect(Math.abs(normalQuantile(normalCdf(z)) - z)).toBeLessThan(1e-14 * Math.max(1, Math.abs(z)));
  });

  it('gives two-sided p-values of a z statistic', () => {
    closeTo(normalTwoSidedPValue(1.959963984540054), 0.05, 1e-14);
    closeTo(normalTwoSidedPValue(-2.5758293035489004), 0.01, 1e-14);
    expect(normalTwoSidedPValue(0)).toBe(1);
  });
});

describe('chi-squared survival function with 1 d.f.', () => {
  it('matches scipy.stats.chi2.sf(x, 1) at the usual critical values and beyond', () => {
    // 3.841458820694124 = chi2.ppf(0.95, 1), 6.6348966010212145 = chi2.ppf(0.99, 1),
    // 10.827566170662733 = chi2.ppf(0.999, 1).
    const cases: [number, number][] = [
      [0.5, 0.47950012218695337],
      [3.841458820694124, 0.04999999999999989],
      [6.6348966010212145, 0.009999999999999972],
      [10.827566170662733, 0.0010000000000000007],
      [20.672222222222222, 5.450094825427117e-6],
      [100, 1.5239706048320995e-23],
      [1000, 1.7958327848007363e-219],
    ];
    for (const [x, expected] of cases) closeTo(chiSquared1Sf(x), expected);
    expect(chiSquared1Sf(0)).toBe(1);
    expect(chiSquared1Sf(-1)).toBe(1);
    expect(chiSquared1Sf(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
