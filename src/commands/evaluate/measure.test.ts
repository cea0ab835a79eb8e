// Permutation importance from the distinct shuffled rows, stacked, against the plain definition: each shuffle's
// whole table predicted alone (the same draws), on real ONNX models: a float tensor and one input per column,
// with strings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeRows, withShuffledColumn, type Table } from '../../core/data/table.js';
import { metricOrNaN } from '../../core/evaluation/metrics.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';
import type { FeatureImportance } from '../../core/report/model.js';
import { createRng } from '../../core/stats/random.js';
import { openModel, OnnxModelError, type ModelRunner, type Prediction } from '../../io/onnx/index.js';
import { categorical, featureTable, fixture, numeric, randomRows, tableOf, tensorSpec } from '../../io/onnx/test-support.js';
import { STACK_ROWS, changedRows } from './batch.js';
import { permutationImportance } from './measure.js';

/** The definition: every shuffle in feature order, then repeat, its whole table predicted on its own. */
async function plainImportance(runner: ModelRunner, table: Table, features: string[], metric: string, toInput: (p: Prediction) => MetricInput, repeats: number, seed: number): Promise<FeatureImportance[]> {
  const reference = metricOrNaN(metric, toInput(await runner.predict(table)));
  const rng = createRng(seed);
  const result: FeatureImportance[] = [];
  for (const feature of features) {
    const drops: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const shuffled = withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound));
      drops.push(reference - metricOrNaN(metric, toInput(await runner.predict(shuffled))));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
}

const truth = (rows: number) => Uint8Array.from({ length: rows }, (_, i) => (i * 7919) % 3 === 0 ? 1 : 0);
const binaryInput = (yTrue: Uint8Array) => (prediction: Prediction): MetricInput => {
  if (prediction.task !== 'binary-classification') throw new Error('not binary');
  return { task: 'binary-classification', yTrue, score: prediction.score, yPred: prediction.yPred };
};

describe('permutationImportance', () => {
  let logreg: ModelRunner;
  let columns: ModelRunner;
  const columnsSpec: RunnerSpec = {
    task: 'binary-classification',
    layout: 'columns',
    columns: [
      { name: 'age', kind: 'numeric' },
      { name: 'income', kind: 'numeric' },
      { name: 'city', kind: 'categorical' },
      { name: 'tier', kind: 'categorical' },
    ],
    inputNames: { city: 'city_code' },
    outputs: {},
    threshold: 0.5,
  };
  beforeAll(async () => {
    logreg = await openModel(fixture('logreg.onnx'), tensorSpec('binary-classification', 3));
    columns = await openModel(fixture('columns.onnx'), columnsSpec);
  });
  afterAll(async () => {
    await logreg.release();
    await columns.release();
  });

  it('is the plain definition on a float tensor, with coarse columns (rows drawn back, repeats alike)', async () => {
    // f0 of five values, -0 beside 0 and NaN among them, f1 continuous, f2 of two values
    const rows = randomRows(11, 300, 3).map(([a, b, c], i) => [i % 97 === 5 ? -0 : Math.round(a!), b!, c! > 0 ? 1 : 0]);
    const table = featureTable(rows, 3);
    const yTrue = truth(300);
    for (const metric of ['roc_auc', 'accuracy', 'brier']) {
      const fast = await permutationImportance(logreg, table, ['f0', 'f1', 'f2'], metric, binaryInput(yTrue), { repeats: 4, seed: 3 });
      expect(fast).toEqual(await plainImportance(logreg, table, ['f0', 'f1', 'f2'], metric, binaryInput(yTrue), 4, 3));
      expect(fast.some((f) => f.importance !== 0)).toBe(true);
    }
  });

  it('is the plain definition with string inputs, missing categories and a given baseline', async () => {
    const n = 240;
    const cities = ['oslo', 'paris', 'rome', undefined];
    const tiers = ['gold', 'silver', 'bronze', 'tin'];
    const table = tableOf(
      numeric('age', Array.from({ length: n }, (_, i) => 20 + ((i * 37) % 45))),
      numeric('income', Array.from({ length: n }, (_, i) => ((i * 53) % 17) / 4)),
      categorical('city', Array.from({ length: n }, (_, i) => cities[(i * 5) % 7 % 4])),
      categorical('tier', Array.from({ length: n }, (_, i) => tiers[(i * 3) % 4])),
      numeric('label', Array.from({ length: n }, (_, i) => i % 2)),
    );
    const yTrue = truth(n);
    const features = ['age', 'income', 'city', 'tier'];
    const baseline = await columns.predict(table);
    const fast = await permutationImportance(columns, table, features, 'roc_auc', binaryInput(yTrue), { repeats: 3, seed: 9, baseline });
    expect(fast).toEqual(await plainImportance(columns, table, features, 'roc_auc', binaryInput(yTrue), 3, 9));
  });

  it('is the plain definition past one stacked table', async () => {
    const repeats = Math.ceil(STACK_ROWS / 1000) + 2;
    const table = featureTable(randomRows(12, 1000, 3), 3);
    const yTrue = truth(1000);
    const fast = await permutationImportance(logreg, table, ['f2'], 'roc_auc', binaryInput(yTrue), { repeats, seed: 5 });
    expect(fast).toEqual(await plainImportance(logreg, table, ['f2'], 'roc_auc', binaryInput(yTrue), repeats, 5));
  });

  it('raises the error of the first shuffle whose output is rejected, as one shuffle at a time does', async () => {
    // a NaN in f1 makes the score NaN wherever the shuffle moves it; the baseline given is of the table without it
    const rows = randomRows(13, 200, 3);
    const clean = featureTable(rows, 3);
    const broken = featureTable(rows.map((row, i) => (i === 17 ? [row[0]!, Number.NaN, row[2]!] : row)), 3);
    const baseline = await logreg.predict(clean);
    const failure = await permutationImportance(logreg, broken, ['f0', 'f1', 'f2'], 'roc_auc', binaryInput(truth(200)), { repeats: 2, seed: 1, baseline }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(OnnxModelError);
    expect((failure as OnnxModelError).code).toBe('non-finite-output');
    // one shuffle at a time, each predicting the rows it changed: the first error, message and all
    const rng = createRng(1);
    let first: unknown;
    for (const feature of ['f0', 'f1', 'f2']) {
      for (let r = 0; r < 2 && first === undefined; r++) {
        const shuffled = withShuffledColumn(broken, feature, (bound) => rng.nextBelow(bound));
        await logreg.predict(takeRows(shuffled, changedRows(broken, shuffled, feature))).catch((error: unknown) => {
          first = error;
        });
      }
    }
    expect(first).toBeInstanceOf(OnnxModelError);
    expect((failure as OnnxModelError).message).toBe((first as OnnxModelError).message);
  });
});
