import { describe, expect, it } from 'vitest';
import { MCNEMAR_EXACT_BELOW, mcnemar, mcnemarFromCorrectness } from './mcnemar.js';
import { createRng } from './random.js';

describe("McNemar's test, exact binomial below 25 discordant rows", () => {
  it('computes 2 P(X <= min(b, c)) for X ~ Binomial(b + c, 1/2) exactly', () => {
    // b = 10, c = 2, n = 12: P(X <= 2) = (C(12,0) + C(12,1) + C(12,2)) / 2^12 = (1 + 12 + 66) / 4096
    // = 79 / 4096, so p = 158 / 4096 = 0.03857421875 (a dyadic fraction: exact in binary).
    expect(mcnemar(10, 2)).toEqual({ b: 10, c: 2, statistic: 2, pValue: 0.03857421875, method: 'exact' });
    // b = 11, c = 1: p = 2 (1 + 12) / 4096 = 26 / 4096 = 0.00634765625.
    expect(mcnemar(11, 1).pValue).toBe(0.00634765625);
    // Symmetric in b and c: b = 3, c = 9: 2 (1 + 12 + 66 + 220) / 4096 = 598 / 4096 = 0.14599609375.
    expect(mcnemar(3, 9).pValue).toBe(0.14599609375);
    // The largest exact case, b + c = 24 = 17 + 7: 2 (1 + 24 + 276 + 2024 + 10626 + 42504 + 134596
    // + 346104) / 2^24 = 1072310 / 16777216; scipy.stats.binomtest(7, 24).pvalue agrees.
    expect(mcnemar(17, 7)).toMatchObject({ pValue: 1072310 / 16777216, method: 'exact', statistic: 7 });
  });

  it('reports p = 1 when the models disagree equally often or never', () => {
    expect(mcnemar(6, 6)).toMatchObject({ pValue: 1, method: 'exact' });
    expect(mcnemar(0, 0)).toEqual({ b: 0, c: 0, statistic: 0, pValue: 1, method: 'exact' });
    expect(mcnemar(13, 12)).toMatchObject({ statistic: 0, pValue: 1, method: 'chi2-corrected' });
  });
});

describe("McNemar's test, continuity-corrected chi-squared from 25 discordant rows", () => {
  it('switches method exactly at the documented cut-off', () => {
    expect(MCNEMAR_EXACT_BELOW).toBe(25);
    expect(mcnemar(17, 7).method).toBe('exact');
    expect(mcnemar(18, 7).method).toBe('chi2-corrected');
  });

  it('reproduces published examples', () => {
    // SMART Cumulus chart-review documentation, "The McNemar Command" example (asymptotic test with
    // continuity correction; columns OL/OR are b/c): 61 vs 27 -> 12.375, p 4.35e-04; 20 vs 6 -> 6.5,
    // p 0.011; 25 vs 15 -> 2.025, p 0.155. Full-precision p-values: scipy.stats.chi2.sf(stat, 1).
    const cases: [number, number, number, number][] = [
      [61, 27, 12.375, 0.00043512080426363697],
      [20, 6, 6.5, 0.010787449254670376],
      [25, 15, 2.025, 0.15472892348537437],
      // G. Cardillo's MATLAB mcnemar (File Exchange 15472) example, off-diagonal cells 59 and 121:
      // "McNemar chi-square (with Yates'es correction) = 20.672222 p = 0.000005"; (62 - 1)^2 / 180.
      [59, 121, 3721 / 180, 5.450094825427117e-6],
    ];
    for (const [b, c, statistic, pValue] of cases) {
      const result = mcnemar(b, c);
      expect(result.method).toBe('chi2-corrected');
      expect(result.statistic).toBeCloseTo(statistic, 12);
      expect(Math.abs(result.pValue - pValue)).toBeLessThan(1e-13 * pValue);
    }
  });

  it('can be forced to either method', () => {
    // (|10 - 2| - 1)^2 / 12 = 49 / 12; scipy.stats.chi2.sf(49 / 12, 1) = 0.04330814281079206.
    const chi2 = mcnemar(10, 2, { method: 'chi2-corrected' });
    expect(chi2.statistic).toBe(49 / 12);
    expect(Math.abs(chi2.pValue - 0.04330814281079206)).toBeLessThan(1e-15);
    // scipy.stats.binomtest(20, 60, 0.5).pvalue = 0.01348929373119186.
    const exact = mcnemar(40, 20, { method: 'exact' });
    expect(exact.method).toBe('exact');
    expect(Math.abs(exact.pValue - 0.01348929373119186)).toBeLessThan(1e-15);
    expect(() => mcnemar(600, 500, { method: 'exact' })).toThrow(/chi2-corrected/);
  });

  it('rejects counts that are not counts', () => {
    expect(() => mcnemar(-1, 3)).toThrow(RangeError);
    expect(() => mcnemar(2.5, 3)).toThrow(/non-negative integer/);
  });
});

describe("McNemar's test from per-row correctness", () => {
  it('counts rows only one model got right', () => {
    const correctA = Uint8Array.from([1, 1, 1, 0, 0, 1, 0, 1]);
    const correctB = Uint8Array.from([1, 0, 0, 1, 0, 1, 0, 0]);
    expect(mcnemarFromCorrectness(correctA, correctB)).toMatchObject({ b: 3, c: 1 });
    expect(() => mcnemarFromCorrectness(correctA, correctB.subarray(1))).toThrow(/same rows/);
  });

  it('keeps its size under the null hypothesis (seeded simulation, deterministic)', () => {
    // Rows: both right 70%, both wrong 10%, only A 10%, only B 10%: the models are exchangeable, so
    // the null holds. 2000 data sets of 100 rows (mostly exact) and 2000 of 400 rows (chi-squared).
    const rng = createRng(2024);
    for (const rows of [100, 400]) {
      let rejections = 0;
      const trials = 2000;
      for (let t = 0; t < trials; t++) {
        let b = 0;
        let c = 0;
        for (let i = 0; i < rows; i++) {
          const u = rng.nextFloat();
          if (u < 0.1) b++;
          else if (u < 0.2) c++;
        }
        if (mcnemar(b, c).pValue <= 0.05) rejections++;
      }
      // Both versions are conservative; the size must not exceed 5% by more than Monte Carlo noise
      // (3 standard errors = 0.015), nor collapse to nothing.
      expect(rejections / trials).toBeLessThanOrEqual(0.065);
      expect(rejections / trials).toBeGreaterThan(0.01);
    }
  });
});
