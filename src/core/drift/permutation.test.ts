import { describe, expect, it } from 'vitest';
import { createRng } from '../stats/random.js';
import { valueCells } from './cells.js';
import { numeric } from '../../testing/drift-fixtures.js';
import { ks } from './methods/ks.js';
import { LOG_FACTORIAL_TABLE_MAX, below, ensureLogFactorials, hypergeometric, logFactorial, permutationTest, stirlingLogFactorial } from './permutation.js';
import { wasserstein, wassersteinDistance } from './methods/wasserstein.js';

describe('permutation null', () => {
  it('ln(k!) matches scipy.special.gammaln(k + 1)', () => {
    // scipy 1.17: gammaln(101), gammaln(32), gammaln(12346), gammaln(1e6 + 1)
    expect(logFactorial(100)).toBeCloseTo(363.73937555556347, 11);
    expect(logFactorial(31)).toBeCloseTo(78.0922235533153, 12);
    expect(logFactorial(12345) / 103962.95347844966).toBeCloseTo(1, 14);
    expect(logFactorial(1_000_000) / 12815518.384658169).toBeCloseTo(1, 14);
    expect(logFactorial(0)).toBe(0);
  });

  it('keeps a table of ln(k!) with exactly the values of the series, so draws do not depend on it', () => {
    ensureLogFactorials(20_000);
    for (const k of [0, 1, 31, 32, 33, 100, 12345, 20_000]) expect(logFactorial(k)).toBe(stirlingLogFactorial(k));
    // scipy 1.17: gammaln(12346)
    expect(logFactorial(12345) / 103962.95347844966).toBeCloseTo(1, 14);
    // past the table's cap the series is computed
    expect(logFactorial(LOG_FACTORIAL_TABLE_MAX + 5)).toBe(stirlingLogFactorial(LOG_FACTORIAL_TABLE_MAX + 5));
  });

  it('draws hypergeometric counts with the distribution scipy.stats.hypergeom gives', () => {
    // hypergeom(M=40, n=12, N=15).pmf(k): mean N n / M = 4.5, variance 4.5 (28/40)(25/39) = 2.0192
    const rng = createRng(5);
    const draws = 40_000;
    const counts = new Float64Array(13);
    for (let i = 0; i < draws; i++) counts[hypergeometric(rng, 40, 12, 15)]!++;
    const mean = counts.reduce((s, c, k) => s + c * k, 0) / draws;
    const variance = counts.reduce((s, c, k) => s + c * (k - mean) ** 2, 0) / draws;
    // standard errors: sqrt(2.02 / 40,000) = 0.007 for the mean, about 0.015 for the variance
    expect(Math.abs(mean - 4.5)).toBeLessThan(0.03);
    expect(Math.abs(variance - 2.019230769)).toBeLessThan(0.07);
    // hypergeom.pmf(4, 40, 12, 15) = 0.26425426768127813; standard error of the share 0.0022
    expect(Math.abs(counts[4]! / draws - 0.26425426768127813)).toBeLessThan(0.007);
    // large counts (the path of a million rows a side)
    let sum = 0;
    for (let i = 0; i < 2000; i++) sum += hypergeometric(rng, 2_000_000, 90_000, 1_000_000);
    expect(Math.abs(sum / 2000 - 45_000)).toBeLessThan(4 * Math.sqrt(21_487 / 2000));
  });

  it('draws wide hypergeometric counts (ratio of uniforms) with the distribution scipy.stats.hypergeom gives', () => {
    // standard deviation 9.49, above the inversion's range: scipy 1.10 hypergeom(M, n, N) moments and tails
    const cases = [
      // hypergeom(2000, 500, 800): mean 200, var 90.04502251125562, cdf(190) 0.1583177485319989, sf(215) 0.05142236934218849
      { population: 2000, successes: 500, draws: 800, mean: 200, cdfAt: 190, cdf: 0.1583177485319989, sfAt: 215, sf: 0.05142236934218849 },
      // hypergeom(2000, 1500, 1200) (successes and draws both past half: both mirrors): cdf(895) 0.31812845393725636, sf(910) 0.13426907969245008
      { population: 2000, successes: 1500, draws: 1200, mean: 900, cdfAt: 895, cdf: 0.31812845393725636, sfAt: 910, sf: 0.13426907969245008 },
    ];
    const rng = createRng(11);
    const draws = 40_000;
    for (const c of cases) {
      let sum = 0;
      let squares = 0;
      let below = 0;
      let above = 0;
      for (let i = 0; i < draws; i++) {
        const x = hypergeometric(rng, c.population, c.successes, c.draws);
        expect(Number.isInteger(x)).toBe(true);
        sum += x;
        squares += x * x;
        if (x <= c.cdfAt) below++;
        if (x > c.sfAt) above++;
      }
      const mean = sum / draws;
      // standard errors: 0.047 for the mean, about 0.64 for the variance, at most 0.0023 for a share
      expect(Math.abs(mean - c.mean)).toBeLessThan(0.2);
      expect(Math.abs(squares / draws - mean * mean - 90.04502251125562)).toBeLessThan(2.6);
      expect(Math.abs(below / draws - c.cdf)).toBeLessThan(0.01);
      expect(Math.abs(above / draws - c.sf)).toBeLessThan(0.008);
    }
    // a million rows a side: hypergeom(2e6, 90000, 1e6).var() = 21487.51, cdf(44900) = 0.2486381879822684
    let below = 0;
    let squares = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = hypergeometric(rng, 2_000_000, 90_000, 1_000_000);
      squares += (x - 45_000) ** 2;
      if (x <= 44_900) below++;
    }
    expect(Math.abs(squares / 20_000 / 21487.51 - 1)).toBeLessThan(0.05);
    expect(Math.abs(below / 20_000 - 0.2486381879822684)).toBeLessThan(0.013);
  });

  it('draws bounded integers uniformly (Lemire)', () => {
    const rng = createRng(9);
    const counts = new Float64Array(7);
    for (let i = 0; i < 70_000; i++) counts[below(rng, 7)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('gives the exact conditional p-value of KS on tied data, where scipy assumes no ties', () => {
    // enumerating all C(15, 8) = 6,435 splits of the pooled values: P(D >= 0.5893) = 0.059052;
    // scipy.stats.ks_2samp(ref, cur).pvalue = 0.118104 (exact for continuous data, twice too large here)
    const reference = numeric([0, 0, 1, 1, 2, 2, 2, 3]);
    const current = numeric([1, 2, 3, 3, 3, 3, 3]);
    const result = ks.compute(reference, current);
    expect(result.statistic).toBeCloseTo(0.5892857142857143, 14);
    expect(result.detail).toMatchObject({ pValueMethod: 'permutation', ties: true });
    // Monte-Carlo standard error at 999 permutations: 0.0075
    expect(Math.abs(result.pValue! - 0.059052)).toBeLessThan(0.03);
    expect(ks.compute(reference, current, undefined, { mode: 'fixed' }).pValue).toBeCloseTo(0.11810411810411808, 12);
  });

  it('is reproducible: the same data gives the same permutations', () => {
    const values = Array.from({ length: 300 }, (_, i) => Math.sin(i) * 3);
    const a = wasserstein.compute(numeric(values.slice(0, 200)), numeric(values.slice(200)));
    const b = wasserstein.compute(numeric(values.slice(0, 200)), numeric(values.slice(200)));
    expect(a).toEqual(b);
  });

  it('permutes the exact W1 when the values fit the cells, and reports the critical distance', () => {
    const reference = Float64Array.from({ length: 300 }, (_, i) => Math.cos(i * 1.7)).sort();
    const current = Float64Array.from({ length: 120 }, (_, i) => Math.cos(i * 2.3) + 0.2).sort();
    const cells = valueCells(reference, current);
    expect(cells.grouped).toBe(false);
    const layout = wasserstein.compute(numeric(Array.from(reference)), numeric(Array.from(current)));
    expect(layout.detail).toMatchObject({ pValueMethod: 'permutation', cells: 420 });
    // the statistic over the cells is W1 itself
    const m = reference.length;
    const n = current.length;
    const permuted = permutationTest(
      {
        pooled: cells.pooled,
        reference: cells.reference,
        statistic: (a, b) => {
          let ca = 0;
          let cb = 0;
          let area = 0;
          for (let k = 0; k < a.length - 1; k++) {
            ca += a[k]!;
            cb += b[k]!;
            area += Math.abs(ca / m - cb / n) * (cells.positions[k + 1]! - cells.positions[k]!);
          }
          return area;
        },
      },
      { seed: 1, alpha: 0.05 },
    );
    expect(permuted.observed).toBeCloseTo(wassersteinDistance(reference, current), 12);
    expect(layout.drifted).toBe(layout.pValue! < 0.05);
    expect(layout.criticalValue).toBeGreaterThan(0);
  });

  it('stops after 199 permutations when the column is nowhere near drifting', () => {
    const values = Array.from({ length: 400 }, (_, i) => ((i * 7919) % 400) / 400);
    const result = wasserstein.compute(numeric(values.filter((_, i) => i % 2 === 0)), numeric(values.filter((_, i) => i % 2 === 1)));
    expect(result.detail).toMatchObject({ permutations: 199 });
    expect(result.drifted).toBe(false);
  });
});

describe('KS with ties below the permutation floor', () => {
  it("keeps scipy's (conservative) p-value when it is below 1 / 1,000, so strong drift survives Bonferroni", () => {
    // integers 0-9: 400 rows each side, the current shifted by 3; no permutation of 999 comes near D
    const reference = numeric(Array.from({ length: 400 }, (_, i) => i % 10));
    const current = numeric(Array.from({ length: 400 }, (_, i) => Math.min(9, (i % 10) + 3)));
    const result = ks.compute(reference, current);
    expect(result.detail).toMatchObject({ ties: true, belowPermutationFloor: true, permutations: 999 });
    expect(result.pValue!).toBeLessThan(1e-10);
    expect(result.pValue).toBe(ks.compute(reference, current, undefined, { mode: 'fixed' }).pValue);
  });
});
