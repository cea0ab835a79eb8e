import { describe, expect, it } from 'vitest';
import { bootstrapCI, pairedBootstrap, type IndexStatistic } from './bootstrap.js';
import { aucPlacements, delongTest } from './delong.js';
import { outcomePoor, s100b, wfns } from '../../testing/asah.js';
import { normals } from '../../testing/drift-fixtures.js';

// 30 draws from an exponential with mean 2, rounded to 3 decimals
// (numpy.random.default_rng(12345).exponential(2.0, 30)): skewed, so percentile and BCa differ.
const SKEWED = [
  0.368, 1.29, 9.38, 0.837, 1.022, 2.646, 2.909, 0.399, 3.768, 3.123, 0.265, 5.895, 2.13, 0.201, 3.34, 1.097, 4.145, 1.649, 0.154, 0.081,
  0.439, 1.987, 1.485, 0.744, 1.62, 1.007, 0.669, 0.627, 0.698, 0.325,
];

const meanOf = (values: readonly number[]): IndexStatistic => (indices) => {
  let total = 0;
  for (const index of indices) total += values[index]!;
  return total / indices.length;
};

describe('bootstrap confidence interval of one metric', () => {
  it('agrees with scipy.stats.bootstrap on the mean of skewed data (percentile and BCa)', () => {
    // scipy 1.17.1: stats.bootstrap((x,), np.mean, n_resamples=100000, method=..., rng=default_rng(1)):
    //   percentile (1.1756991666666665, 2.576600833333333), BCa (1.2738796161761408, 2.7904270245681695),
    //   standard_error 0.35866016445177146. Over seeds 1-3 scipy's own endpoints move by up to 0.025,
    //   so the generators differing, the tolerance is 0.03 (2% of the interval's width).
    const statistic = meanOf(SKEWED);
    const percentile = bootstrapCI({ n: SKEWED.length, statistic, resamples: 100_000, seed: 1 });
    expect(percentile.estimate).toBeCloseTo(1.81, 12);
    expect(percentile.method).toBe('percentile');
    expect(Math.abs(percentile.lower - 1.1756991666666665)).toBeLessThan(0.03);
    expect(Math.abs(percentile.upper - 2.576600833333333)).toBeLessThan(0.03);
    expect(Math.abs(percentile.standardError - 0.35866016445177146)).toBeLessThan(0.01);

    const bca = bootstrapCI({ n: SKEWED.length, statistic, resamples: 100_000, seed: 1, method: 'bca' });
    expect(bca.method).toBe('bca');
    expect(Math.abs(bca.lower - 1.2738796161761408)).toBeLessThan(0.03);
    expect(Math.abs(bca.upper - 2.7904270245681695)).toBeLessThan(0.03);
    // Same replicates, so the same standard error; BCa shifts right for right-skewed data.
    expect(bca.standardError).toBe(percentile.standardError);
    expect(bca.lower).toBeGreaterThan(percentile.lower);
  });

  it("estimates the mean's ideal bootstrap standard error sqrt(sum (x - mean)^2) / n", () => {
    // Efron & Tibshirani (1993), eq. 6.10: the ideal bootstrap SE of the mean is the plug-in
    // estimate. For SKEWED it is 0.35975209056608226; 20 000 resamples estimate it within ~1%.
    const result = bootstrapCI({ n: SKEWED.length, statistic: meanOf(SKEWED), resamples: 20_000, seed: 5 });
    expect(Math.abs(result.standardError / 0.35975209056608226 - 1)).toBeLessThan(0.03);
  });

  it('is reproducible from its seed', () => {
    const run = (seed: number) => bootstrapCI({ n: SKEWED.length, statistic: meanOf(SKEWED), resamples: 500, seed });
    expect(run(3)).toEqual(run(3));
    expect(run(3).lower).not.toBe(run(4).lower);
    expect(bootstrapCI({ n: SKEWED.length, statistic: meanOf(SKEWED), resamples: 500 })).toEqual(run(0));
  });

  it('skips and counts resamples whose metric is NaN', () => {
    // NaN whenever row 0 is missing from the resample: probability (1 - 1/20)^20 = 0.3585, so about
    // 717 of 2000 (sd 21) are skipped; the bounds are 4.5 sd wide and the seed is fixed (seed 1 skips 659).
    const n = 20;
    const statistic: IndexStatistic = (indices) => (indices.includes(0) ? indices.length : Number.NaN);
    const result = bootstrapCI({ n, statistic, resamples: 2000, seed: 1 });
    expect(result.resamplesUsed + result.resamplesSkipped).toBe(2000);
    expect(result.resamplesSkipped).toBeGreaterThan(620);
    expect(result.resamplesSkipped).toBeLessThan(815);
    expect(result.lower).toBe(20);
    expect(result.upper).toBe(20);

    const never = bootstrapCI({ n, statistic: () => Number.NaN, resamples: 10 });
    expect(never).toMatchObject({ resamplesUsed: 0, resamplesSkipped: 10 });
    expect(never.lower).toBeNaN();
  });

  it('reuses one index buffer for every resample', () => {
    const buffers = new Set<Uint32Array>();
    bootstrapCI({ n: 50, resamples: 200, statistic: (indices) => (buffers.add(indices), indices[0]!) });
    // One identity array for the estimate on all rows, one buffer for all 200 resamples.
    expect(buffers.size).toBe(2);
  });

  it('falls back to the percentile interval when BCa is undefined', () => {
    // Distinct rows in a resample: n on all rows, fewer in almost every resample, so every replicate
    // lies below the estimate and the bias correction z0 = Phi^-1(0) is infinite.
    const statistic: IndexStatistic = (indices) => new Set(indices).size;
    const result = bootstrapCI({ n: 40, statistic, resamples: 300, method: 'bca' });
    expect(result.method).toBe('percentile');
    expect(result.upper).toBeLessThan(40);
  });

  it('rejects settings it cannot honour', () => {
    const statistic = meanOf(SKEWED);
    expect(() => bootstrapCI({ n: 0, statistic })).toThrow(/n must be/);
    expect(() => bootstrapCI({ n: 30, statistic, resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrapCI({ n: 30, statistic, level: 1 })).toThrow(/level/);
    expect(() => bootstrapCI({ n: 30, statistic, seed: -3 })).toThrow(/seed/);
  });
});

describe('paired bootstrap of a metric difference', () => {
  it('reports both models on all rows and the interval of A - B', () => {
    const scoresA = SKEWED;
    const scoresB = SKEWED.map((value) => value * 0.5);
    const result = pairedBootstrap({
      n: SKEWED.length,
      statistic: (indices) => [meanOf(scoresA)(indices), meanOf(scoresB)(indices)],
      resamples: 2000,
      seed: 2,
    });
    expect(result.estimateA).toBeCloseTo(1.81, 12);
    expect(result.estimateB).toBeCloseTo(0.905, 12);
    expect(result.estimate).toBeCloseTo(0.905, 12);
    // A - B = mean(x) / 2 on every resample: the interval is half the one-sample interval, same seed.
    const single = bootstrapCI({ n: SKEWED.length, statistic: meanOf(SKEWED), resamples: 2000, seed: 2 });
    expect(result.lower).toBeCloseTo(single.lower / 2, 12);
    expect(result.upper).toBeCloseTo(single.upper / 2, 12);
  });

  it('gives a zero-width interval at 0 for two identical models', () => {
    const statistic = meanOf(SKEWED);
    const result = pairedBootstrap({ n: SKEWED.length, statistic: (indices) => [statistic(indices), statistic(indices)] });
    expect(result).toMatchObject({ estimate: 0, lower: 0, upper: 0, standardError: 0, resamplesUsed: 1000 });
  });

  it("covers the true difference about 95% of the time (seeded simulation, deterministic)", () => {
    // 200 data sets of 100 paired rows: shared signal z plus independent noise, model B better by 0.1
    // on average. A 95% interval should cover 0.1 in 190 +- 3 x 3.1 of them.
    const rows = 100;
    let covered = 0;
    for (let trial = 0; trial < 200; trial++) {
      const noise = normals(3 * rows, 1000 + trial);
      const errorA = noise.subarray(0, rows).map((z, i) => z + 0.5 * noise[rows + i]!);
      const errorB = noise.subarray(0, rows).map((z, i) => z + 0.5 * noise[2 * rows + i]! + 0.1);
      const result = pairedBootstrap({
        n: rows,
        statistic: (indices) => {
          let a = 0;
          let b = 0;
          for (const index of indices) {
            a += errorA[index]!;
            b += errorB[index]!;
          }
          return [b / indices.length, a / indices.length];
        },
        resamples: 500,
        seed: trial,
      });
      if (result.lower <= 0.1 && 0.1 <= result.upper) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(180);
    expect(covered).toBeLessThanOrEqual(199);
  });

  it("estimates the same standard error of an AUC difference as DeLong's test (aSAH data)", () => {
    // Bootstrap and DeLong standard errors estimate the same quantity; on pROC's aSAH data DeLong's
    // is 0.04178858 (roc.test(wfns, s100b)). 2000 paired resamples agree within 10%.
    const labels = outcomePoor;
    const auc = (scores: readonly number[], indices: Uint32Array): number => {
      const pickedLabels = Array.from(indices, (i) => labels[i]!);
      const pickedScores = Array.from(indices, (i) => scores[i]!);
      return aucPlacements(pickedLabels, pickedScores).auc;
    };
    const result = pairedBootstrap({
      n: labels.length,
      statistic: (indices) => [auc(wfns, indices), auc(s100b, indices)],
      resamples: 2000,
      seed: 7,
    });
    const delong = delongTest(labels, wfns, s100b);
    expect(result.estimate).toBeCloseTo(delong.difference, 14);
    expect(Math.abs(result.standardError / delong.standardError - 1)).toBeLessThan(0.1);
  });
});
