// The exact samplers behind the count bootstrap. No library publishes draws from this generator, so the
// checks are distributional, against the binomial's exact moments and probability mass function
// (computed here in log space), with fixed seeds so the outcome never changes.
import { describe, expect, it } from 'vitest';
import { createRng } from '../stats/random.js';
import { binomialDraw, gammaDraw, multinomialDraw } from './multinomial.js';

function logChoose(n: number, k: number): number {
  let total = 0;
  for (let i = 1; i <= k; i++) total += Math.log(n - k + i) - Math.log(i);
  return total;
}

function binomialPmf(n: number, p: number, k: number): number {
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

function moments(draws: Float64Array): { mean: number; variance: number } {
  const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
  const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
  return { mean, variance };
}

/** Pearson's chi-squared of observed counts against the exact pmf, tail cells pooled until expected ≥ 5. */
function chiSquared(draws: Float64Array, n: number, p: number): { statistic: number; cells: number } {
  const observed = new Float64Array(n + 1);
  for (const d of draws) observed[d]!++;
  let statistic = 0;
  let cells = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (let k = 0; k <= n; k++) {
    pooledObserved += observed[k]!;
    pooledExpected += binomialPmf(n, p, k) * draws.length;
    if (pooledExpected >= 5 || k === n) {
      statistic += (pooledObserved - pooledExpected) ** 2 / Math.max(pooledExpected, 1e-12);
      cells++;
      pooledObserved = 0;
      pooledExpected = 0;
    }
  }
  return { statistic, cells };
}

describe('binomial draws', () => {
  // each regime exercises a different path: inversion, beta splitting, symmetry, tiny p with huge n
  const cases: [n: number, p: number][] = [
    [10, 0.3],
    [1, 0.5],
    [200, 0.2],
    [1000, 0.97],
    [1_000_000, 0.5],
    [1_000_000, 1e-5],
    [999_983, 0.123456],
  ];
  it.each(cases)('Binomial(%i, %f) has mean np and variance np(1-p)', (n, p) => {
    const rng = createRng(42);
    const draws = Float64Array.from({ length: 20_000 }, () => binomialDraw(n, p, rng));
    const { mean, variance } = moments(draws);
    const sd = Math.sqrt(n * p * (1 - p));
    // the sample mean is within 4.5 standard errors; the variance within 5% (its relative SE is about 1%)
    expect(Math.abs(mean - n * p)).toBeLessThan((4.5 * sd) / Math.sqrt(draws.length));
    expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.95);
    expect(variance / (n * p * (1 - p))).toBeLessThan(1.05);
    expect(draws.every((d) => Number.isInteger(d) && d >= 0 && d <= n)).toBe(true);
  });

  it.each([
    [20, 0.35],
    [100, 0.4],
    [300, 0.9],
  ])('Binomial(%i, %f) follows the exact probability mass function (chi-squared)', (n, p) => {
    const rng = createRng(7);
    const draws = Float64Array.from({ length: 50_000 }, () => binomialDraw(n, p, rng));
    const { statistic, cells } = chiSquared(draws, n, p);
    // the 99.99th percentile of chi-squared with df ≤ 60 is below 2 * df + 30
    expect(statistic).toBeLessThan(2 * (cells - 1) + 30);
  });

  it('handles the edges exactly', () => {
    const rng = createRng(1);
    expect(binomialDraw(0, 0.5, rng)).toBe(0);
    expect(binomialDraw(10, 0, rng)).toBe(0);
    expect(binomialDraw(10, 1, rng)).toBe(10);
  });

  it('draws Gamma(shape) with mean and variance equal to the shape', () => {
    const rng = createRng(3);
    for (const shape of [1, 2.5, 500_000]) {
      const { mean, variance } = moments(Float64Array.from({ length: 20_000 }, () => gammaDraw(shape, rng)));
      expect(Math.abs(mean - shape)).toBeLessThan((4.5 * Math.sqrt(shape)) / Math.sqrt(20_000));
      expect(variance / shape).toBeGreaterThan(0.95);
      expect(variance / shape).toBeLessThan(1.05);
    }
  });
});

describe('multinomial draws', () => {
  it('always sums to n, never draws an empty cell, and repeats with the seed', () => {
    const weights = [5, 0, 12, 3, 0, 80];
    const first = multinomialDraw(1000, weights, createRng(9), new Float64Array(6));
    const again = multinomialDraw(1000, weights, createRng(9), new Float64Array(6));
    expect(Array.from(again)).toEqual(Array.from(first));
    const rng = createRng(10);
    const out = new Float64Array(6);
    for (let r = 0; r < 200; r++) {
      multinomialDraw(1000, weights, rng, out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(1000);
      expect(out[1]).toBe(0);
      expect(out[4]).toBe(0);
    }
  });

  it('gives each cell its share of the draws on average', () => {
    const weights = [1, 2, 3, 994];
    const rng = createRng(11);
    const totals = new Float64Array(4);
    const out = new Float64Array(4);
    const repeats = 5000;
    for (let r = 0; r < repeats; r++) {
      multinomialDraw(100_000, weights, rng, out);
      for (let k = 0; k < 4; k++) totals[k]! += out[k]!;
    }
    weights.forEach((w, k) => {
      const p = w / 1000;
      const expected = 100_000 * p;
      const se = Math.sqrt((100_000 * p * (1 - p)) / repeats);
      expect(Math.abs(totals[k]! / repeats - expected)).toBeLessThan(4.5 * se);
    });
  });
});
