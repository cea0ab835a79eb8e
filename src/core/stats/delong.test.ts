import { describe, expect, it } from 'vitest';
import { aucPlacements, delongAucInterval, delongTest } from './delong.js';
import { createRng } from './random.js';
import { ndka, outcomePoor, s100b, wfns } from '../../testing/asah.js';

const relativelyClose = (actual: number, expected: number, relative = 1e-12): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

/**
 * DeLong et al. (1988) written out directly, O(m n): psi(X, Y) = 1 if X > Y, 1/2 if equal, 0 if less;
 * V10(X_i) = mean over negatives of psi(X_i, Y_j), V01(Y_j) = mean over positives of psi(X_i, Y_j);
 * S10, S01 = sample covariance matrices of the components (divisors m - 1, n - 1);
 * var(AUC_A - AUC_B) = (S10_AA + S10_BB - 2 S10_AB) / m + (S01_AA + S01_BB - 2 S01_AB) / n.
 */
function bruteForceDeLong(labels: ArrayLike<number>, scoresA: ArrayLike<number>, scoresB: ArrayLike<number>) {
  const psi = (x: number, y: number): number => (x > y ? 1 : x === y ? 0.5 : 0);
  const positiveRows: number[] = [];
  const negativeRows: number[] = [];
  for (let i = 0; i < labels.length; i++) (labels[i] === 1 ? positiveRows : negativeRows).push(i);
  const m = positiveRows.length;
  const n = negativeRows.length;
  const components = (scores: ArrayLike<number>) => ({
    v10: positiveRows.map((i) => negativeRows.reduce((sum, j) => sum + psi(scores[i]!, scores[j]!), 0) / n),
    v01: negativeRows.map((j) => positiveRows.reduce((sum, i) => sum + psi(scores[i]!, scores[j]!), 0) / m),
  });
  const a = components(scoresA);
  const b = components(scoresB);
  const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const covariance = (x: number[], y: number[]): number => {
    const mx = mean(x);
    const my = mean(y);
    return x.reduce((sum, value, k) => sum + (value - mx) * (y[k]! - my), 0) / (x.length - 1);
  };
  const s10 = { aa: covariance(a.v10, a.v10), bb: covariance(b.v10, b.v10), ab: covariance(a.v10, b.v10) };
  const s01 = { aa: covariance(a.v01, a.v01), bb: covariance(b.v01, b.v01), ab: covariance(a.v01, b.v01) };
  const variance = (s10.aa + s10.bb - 2 * s10.ab) / m + (s01.aa + s01.bb - 2 * s01.ab) / n;
  const aucA = mean(a.v10);
  const aucB = mean(b.v10);
  return { aucA, aucB, variance, z: (aucA - aucB) / Math.sqrt(variance), varianceA: s10.aa / m + s01.aa / n, a, b };
}

/** Labels and two correlated, heavily tied score vectors from a seed. */
function tiedData(rows: number, seed: number) {
  const rng = createRng(seed);
  const labels = new Uint8Array(rows);
  const scoresA = new Float64Array(rows);
  const scoresB = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    labels[i] = rng.nextFloat() < 0.35 ? 1 : 0;
    const signal = labels[i]! * 0.3 + rng.nextFloat();
    // Rounded to one decimal (and B to a coarse grid of 5 values): many ties within and across classes.
    scoresA[i] = Math.round((signal + 0.4 * rng.nextFloat()) * 10) / 10;
    scoresB[i] = Math.round((signal + 0.6 * rng.nextFloat()) * 2);
  }
  labels[0] = 1;
  labels[1] = 1;
  labels[2] = 0;
  labels[3] = 0;
  return { labels, scoresA, scoresB };
}

describe('AUC placement values', () => {
  it('counts ties as half, by hand on five rows', () => {
    // Positives 0.9 and 0.4; negatives 0.4, 0.2, 0.1. V10: 0.9 beats all three -> 1; 0.4 beats two,
    // ties one -> 2.5 / 3. V01: 0.4 is below 0.9, tied with 0.4 -> 1.5 / 2; 0.2 and 0.1 -> 1.
    // AUC = (1 + 5/6) / 2 = 11/12.
    const result = aucPlacements([1, 1, 0, 0, 0], [0.9, 0.4, 0.4, 0.2, 0.1]);
    expect(Array.from(result.positivePlacements)).toEqual([1, 2.5 / 3]);
    expect(Array.from(result.negativePlacements)).toEqual([0.75, 1, 1]);
    expect(result.auc).toBeCloseTo(11 / 12, 15);
  });
});

describe("DeLong's test for two correlated AUCs", () => {
  it("reproduces pROC's roc.test on the aSAH data", () => {
    // Expected Z and p from pROC's own test suite (tests/testthat/test-roc.test.R, "roc.test statistic
    // and p are as expected with defaults"): roc.test(r.wfns, r.s100b), roc.test(r.wfns, r.ndka),
    // roc.test(r.ndka, r.s100b). AUCs and 95% intervals printed with sprintf("%.17g") from pROC 1.18.0
    // (Debian r-cran-proc): t$estimate, t$conf.int.
    const cases = [
      { a: wfns, b: s100b, z: 2.20898359144091, p: 0.0271757822291882, aucs: [0.82367886178861793, 0.73136856368563685], ci: [0.010406176956484617, 0.17421441924947756] },
      { a: wfns, b: ndka, z: 2.79777591868904, p: 0.00514557970691098, aucs: [0.82367886178861793, 0.61195799457994582], ci: [0.063401170933987644, 0.36004056348335656] },
      { a: ndka, b: s100b, z: -1.39077002573558, p: 0.164295175223054, aucs: [0.61195799457994582, 0.73136856368563685], ci: [-0.28769174463419145, 0.048870606422809354] },
    ];
    for (const { a, b, z, p, aucs, ci } of cases) {
      const result = delongTest(outcomePoor, a, b);
      expect(result).toMatchObject({ positives: 41, negatives: 72, level: 0.95 });
      relativelyClose(result.aucA, aucs[0]!);
      relativelyClose(result.aucB, aucs[1]!);
      relativelyClose(result.z, z);
      relativelyClose(result.pValue, p);
      relativelyClose(result.ciLower, ci[0]!);
      relativelyClose(result.ciUpper, ci[1]!);
    }
    // roc.test(r.wfns, r.s100b, conf.level = 0.9)$conf.int, pROC 1.18.0.
    const ninety = delongTest(outcomePoor, wfns, s100b, { level: 0.9 });
    relativelyClose(ninety.ciLower, 0.023574192851688741);
    relativelyClose(ninety.ciUpper, 0.16104640335427342);
  });

  it("reproduces pROC's DeLong variance and interval of a single AUC", () => {
    // pROC 1.18.0: var(roc(aSAH$outcome, aSAH$x)) and ci.auc(..., method = "delong").
    const cases = [
      { scores: wfns, variance: 0.0014699147088236264, ci: [0.74853488781945288, 0.89882283575778299] },
      { scores: s100b, variance: 0.0026686824571724378, ci: [0.63011821176162264, 0.83261891560965107] },
      { scores: ndka, variance: 0.0031908105493913021, ci: [0.50124499927170263, 0.72267098988818901] },
    ];
    for (const { scores, variance, ci } of cases) {
      const result = delongAucInterval(outcomePoor, scores);
      relativelyClose(result.variance, variance);
      relativelyClose(result.ciLower, ci[0]!);
      relativelyClose(result.ciUpper, ci[1]!);
    }
  });

  it('equals the O(n^2) structural-components computation on random data with ties', () => {
    for (const [rows, seed] of [
      [8, 1],
      [30, 2],
      [101, 3],
      [400, 4],
      [1000, 5],
    ] as const) {
      const { labels, scoresA, scoresB } = tiedData(rows, seed);
      const fast = delongTest(labels, scoresA, scoresB);
      const slow = bruteForceDeLong(labels, scoresA, scoresB);
      expect(Math.abs(fast.aucA - slow.aucA)).toBeLessThan(1e-12);
      expect(Math.abs(fast.aucB - slow.aucB)).toBeLessThan(1e-12);
      expect(Math.abs(fast.variance - slow.variance)).toBeLessThan(1e-12);
      expect(Math.abs(fast.z - slow.z)).toBeLessThan(1e-12 * Math.max(1, Math.abs(slow.z)));
      const placements = aucPlacements(labels, scoresA);
      placements.positivePlacements.forEach((value, k) => expect(Math.abs(value - slow.a.v10[k]!)).toBeLessThan(1e-15));
      placements.negativePlacements.forEach((value, k) => expect(Math.abs(value - slow.a.v01[k]!)).toBeLessThan(1e-15));
      expect(Math.abs(delongAucInterval(labels, scoresA).variance - slow.varianceA)).toBeLessThan(1e-12);
    }
  });

  it('reports z = 0 and p = 1 for identical models, as pROC does', () => {
    const result = delongTest(outcomePoor, wfns, wfns);
    expect(result).toMatchObject({ difference: 0, variance: 0, z: 0, pValue: 1, ciLower: 0, ciUpper: 0 });
  });

  it('negates z when the models swap, and ignores monotone rescaling of scores', () => {
    const forward = delongTest(outcomePoor, wfns, s100b);
    const backward = delongTest(outcomePoor, s100b, wfns);
    expect(backward.z).toBeCloseTo(-forward.z, 13);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 15);
    const rescaled = delongTest(outcomePoor, wfns.map((value) => Math.exp(value)), s100b.map((value) => 3 * value - 7));
    expect(rescaled.z).toBeCloseTo(forward.z, 13);
  });

  it('keeps its size under the null hypothesis (seeded simulation, deterministic)', () => {
    // Two exchangeable models: a shared signal plus independent noise of the same size, so their AUCs
    // are equal in expectation. Over 1000 data sets of 200 rows the 5% test should reject 50 +- 3 x 6.9
    // times, and half the p-values should fall below 0.5.
    const rng = createRng(77);
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
    const rows = 200;
    const labels = new Uint8Array(rows);
    const scoresA = new Float64Array(rows);
    const scoresB = new Float64Array(rows);
    let rejections = 0;
    let belowHalf = 0;
    const trials = 1000;
    for (let t = 0; t < trials; t++) {
      for (let i = 0; i < rows; i++) {
        labels[i] = i % 3 === 0 ? 1 : 0;
        const signal = labels[i]! * 0.8 + normal();
        scoresA[i] = signal + 0.5 * normal();
        scoresB[i] = signal + 0.5 * normal();
      }
      const { pValue } = delongTest(labels, scoresA, scoresB);
      if (pValue <= 0.05) rejections++;
      if (pValue <= 0.5) belowHalf++;
    }
    expect(rejections / trials).toBeGreaterThanOrEqual(0.029);
    expect(rejections / trials).toBeLessThanOrEqual(0.071);
    expect(belowHalf / trials).toBeGreaterThan(0.45);
    expect(belowHalf / trials).toBeLessThan(0.55);
  });

  it('explains inputs it cannot test', () => {
    expect(() => delongTest([1, 0, 1], [1, 2, 3], [1, 2])).toThrow(/same rows/);
    expect(() => delongTest([1, 0, 2, 0], [1, 2, 3, 4], [1, 2, 3, 4])).toThrow(/binary labels/);
    expect(() => delongTest([1, 0, 0, 0], [1, 2, 3, 4], [1, 2, 3, 4])).toThrow(/at least 2 positive/);
    expect(() => delongTest([1, 1, 0, 0], [1, Number.NaN, 3, 4], [1, 2, 3, 4])).toThrow(/row 1 is NaN/);
    expect(() => delongTest([1, 1, 0, 0], [1, 2, 3, 4], [1, 2, 3, 4], { level: 95 })).toThrow(/level/);
  });
});
