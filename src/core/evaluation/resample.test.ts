import { describe, expect, it } from 'vitest';
import type { MetricInput } from '../metrics/metric.js';
import { METRICS } from '../metrics/registry.js';
import { bootstrapCI, bootstrapCIs, pairedBootstrap, pairedBootstraps } from '../stats/bootstrap.js';
import { createRng, sampleIndices, type Rng } from '../stats/random.js';
import { gatherer, metricOrNaN } from './metrics.js';
import { resampledMetric } from './resample.js';

/** Binary rows whose scores tie often (a few distinct values, -0 among them) or never. */
function binary(rng: Rng, n: number, options: { ties: boolean; positiveRate: number; labelsOnly?: boolean }): MetricInput {
  const yTrue = new Uint8Array(n);
  const yPred = new Uint8Array(n);
  const score = new Float64Array(n);
  const levels = [-0, 0, 0.1, 0.3, 0.3000000000000001, 0.5, 0.7, 1];
  for (let i = 0; i < n; i++) {
    yTrue[i] = rng.nextFloat() < options.positiveRate ? 1 : 0;
    const p = options.ties ? levels[rng.nextBelow(levels.length)]! : Math.min(1, Math.max(0, 0.35 + (yTrue[i] ? 0.2 : -0.1) + (rng.nextFloat() - 0.5) * 0.7));
    score[i] = p;
    yPred[i] = p >= 0.45 ? 1 : 0;
  }
  return options.labelsOnly ? { task: 'binary-classification', yTrue, yPred } : { task: 'binary-classification', yTrue, yPred, score };
}

function regression(rng: Rng, n: number, constant = false): MetricInput {
  const yTrue = new Float64Array(n);
  const yPred = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    yTrue[i] = constant ? 2.5 : i % 7 === 0 ? 0 : (rng.nextFloat() - 0.3) * 100;
    yPred[i] = yTrue[i]! + (rng.nextFloat() - 0.5) * 20;
  }
  return { task: 'regression', yTrue, yPred };
}

/** Resamples with replacement, leave-one-out sets (the jackknife's) and tiny resamples (one class, one row). */
function indexSets(rng: Rng, n: number): Uint32Array[] {
  const sets: Uint32Array[] = [];
  for (let r = 0; r < 60; r++) sets.push(sampleIndices(n, rng, new Uint32Array(n)).slice());
  for (const left of [0, 1, n - 1]) sets.push(Uint32Array.from({ length: n - 1 }, (_, i) => (i < left ? i : i + 1)));
  for (const size of [1, 2, 3]) for (let r = 0; r < 10; r++) sets.push(sampleIndices(n, rng, new Uint32Array(size)).slice());
  return sets;
}

/** The rows at `indices`, copied (what gatherer's buffers hold, from no shared code). */
function copyRows(input: MetricInput, indices: Uint32Array): MetricInput {
  const rows = Array.from(indices);
  if (input.task === 'binary-classification') {
    const copied = { task: input.task, yTrue: Uint8Array.from(rows, (r) => input.yTrue[r]!), yPred: Uint8Array.from(rows, (r) => input.yPred[r]!) };
    return input.score ? { ...copied, score: Float64Array.from(rows, (r) => input.score![r]!) } : copied;
  }
  if (input.task === 'multiclass-classification') return { task: input.task, classCount: input.classCount, yTrue: Int32Array.from(rows, (r) => input.yTrue[r]!), yPred: Int32Array.from(rows, (r) => input.yPred[r]!) };
  return { task: input.task, yTrue: Float64Array.from(rows, (r) => input.yTrue[r]!), yPred: Float64Array.from(rows, (r) => input.yPred[r]!) };
}

/** Every metric of the task, the resampled statistic against the metric on the rows copied, bit for bit (Object.is); gatherer's too. */
function expectSameAsGathered(input: MetricInput, rng: Rng): void {
  const gather = gatherer(input);
  const n = input.yTrue.length;
  for (const metric of METRICS.filter((m) => m.tasks.includes(input.task))) {
    const statistic = resampledMetric(metric.id, input);
    for (const indices of indexSets(rng, n)) {
      const expected = metricOrNaN(metric.id, copyRows(input, indices));
      expect(Object.is(metricOrNaN(metric.id, gather(indices)), expected)).toBe(true);
      const actual = statistic(indices);
      if (!Object.is(actual, expected)) expect({ metric: metric.id, indices: Array.from(indices), actual }).toEqual({ metric: metric.id, indices: Array.from(indices), actual: expected });
    }
  }
}

describe('resampledMetric', () => {
  it('gives every binary metric of a resample bit for bit as the metric of the gathered rows', () => {
    const rng = createRng(1);
    for (const n of [5, 37, 200]) {
      expectSameAsGathered(binary(rng, n, { ties: false, positiveRate: 0.3 }), rng);
      expectSameAsGathered(binary(rng, n, { ties: true, positiveRate: 0.4 }), rng);
      // rare positives: many resamples with none (ROC AUC and average precision NaN, F1's zero division)
      expectSameAsGathered(binary(rng, n, { ties: true, positiveRate: 0.03 }), rng);
      expectSameAsGathered(binary(rng, n, { ties: false, positiveRate: 0.5, labelsOnly: true }), rng);
    }
  });

  it('gives every regression metric of a resample bit for bit as the metric of the gathered rows', () => {
    const rng = createRng(2);
    for (const n of [4, 50, 300]) expectSameAsGathered(regression(rng, n), rng);
    expectSameAsGathered(regression(rng, 30, true), rng);
  });

  it('leaves data a metric rejects to the metric (its error is NaN in every resample)', () => {
    const rng = createRng(3);
    const outOfRange = binary(rng, 40, { ties: false, positiveRate: 0.3 }) as Extract<MetricInput, { task: 'binary-classification' }>;
    outOfRange.score![7] = 1.5;
    expectSameAsGathered(outOfRange, rng);
    const badLabel = binary(rng, 40, { ties: true, positiveRate: 0.3 }) as Extract<MetricInput, { task: 'binary-classification' }>;
    badLabel.yPred[3] = 2;
    expectSameAsGathered(badLabel, rng);
    const infinite = binary(rng, 40, { ties: false, positiveRate: 0.3 }) as Extract<MetricInput, { task: 'binary-classification' }>;
    infinite.score![0] = Number.POSITIVE_INFINITY;
    expectSameAsGathered(infinite, rng);
    const multiclass: MetricInput = { task: 'multiclass-classification', classCount: 3, yTrue: Int32Array.from([0, 1, 2, 1, 0, 2]), yPred: Int32Array.from([0, 2, 2, 1, 0, 1]) };
    expectSameAsGathered(multiclass, rng);
    const overflowing = regression(rng, 20) as Extract<MetricInput, { task: 'regression' }>;
    overflowing.yPred[4] = 1e308;
    overflowing.yTrue[4] = -1e308;
    expectSameAsGathered(overflowing, rng);
  });
});

describe('bootstrapCIs', () => {
  it('gives each statistic the interval bootstrapCI gives it alone, percentile and BCa', () => {
    const input = binary(createRng(4), 120, { ties: false, positiveRate: 0.35 });
    const statistics = ['f1', 'brier', 'pr_auc', 'log_loss'].map((id) => resampledMetric(id, input));
    for (const method of ['percentile', 'bca'] as const) {
      const together = bootstrapCIs({ n: 120, resamples: 300, seed: 9, method, statistics });
      expect(together).toEqual(statistics.map((statistic) => bootstrapCI({ n: 120, resamples: 300, seed: 9, method, statistic })));
    }
  });

  it('pairedBootstraps gives each pair the interval pairedBootstrap gives it alone', () => {
    const rng = createRng(5);
    const [a, b] = [binary(rng, 90, { ties: true, positiveRate: 0.3 }), binary(rng, 90, { ties: false, positiveRate: 0.3 })];
    const statistics = ['f1', 'brier', 'roc_auc'].map((id) => {
      const [ofA, ofB] = [resampledMetric(id, a), resampledMetric(id, b)];
      return (indices: Uint32Array) => [ofA(indices), ofB(indices)] as const;
    });
    const together = pairedBootstraps({ n: 90, resamples: 250, seed: 2, statistics });
    expect(together).toEqual(statistics.map((statistic) => pairedBootstrap({ n: 90, resamples: 250, seed: 2, statistic })));
    expect(together[0]!.estimateA).toBe(metricOrNaN('f1', a));
  });
});
