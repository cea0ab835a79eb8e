// Runs the fixture models (scripts/build-test-models.py) with onnxruntime-node and compares every
// prediction with one computed here from the weights in the fixture's JSON sidecar.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';
import { OnnxModelError, openModel, type ModelRunner, type Prediction } from './index.js';
import { categorical, f32, featureTable, fixture, numeric, randomRows, sidecar, sigmoid, tableOf, tensorSpec } from './test-support.js';

const FLOAT32_TOLERANCE = 1e-6;

const opened: ModelRunner[] = [];
async function open(model: string, spec: RunnerSpec): Promise<ModelRunner> {
  const runner = await openModel(fixture(`${model}.onnx`), spec);
  opened.push(runner);
  return runner;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((runner) => runner.release()));
});

function binary(prediction: Prediction) {
  if (prediction.task !== 'binary-classification') throw new Error(`expected a binary prediction, got ${prediction.task}`);
  return prediction;
}

interface Linear {
  weights: number[];
  bias: number;
}
const dot = (row: readonly number[], weights: readonly number[], toModel = f32): number => row.reduce((sum, x, j) => sum + toModel(x) * weights[j]!, 0);

describe('tensor layout', () => {
  it('computes a logistic regression: P = sigmoid(x.w + b) from one [N, 3] tensor, labels from the threshold', async () => {
    const { weights, bias } = sidecar<Linear>('logreg');
    const rows = randomRows(1, 500, 3);
    const runner = await open('logreg', tensorSpec('binary-classification', 3));
    expect(runner.inputs).toEqual([{ name: 'features', isTensor: true, type: 'float32', dims: ['N', 3] }]);
    expect(runner.predictionOutput).toBe('probabilities');

    const prediction = binary(await runner.predict(featureTable(rows, 3)));
    expect(prediction.rowCount).toBe(500);
    rows.forEach((row, i) => {
      const expected = sigmoid(dot(row, weights) + bias);
      expect(Math.abs(prediction.score[i]! - expected), `row ${i}`).toBeLessThan(FLOAT32_TOLERANCE);
      expect(prediction.yPred[i]).toBe(prediction.score[i]! >= 0.5 ? 1 : 0);
    });
    expect(new Set(prediction.yPred).size).toBe(2);
  });

  it('gives the same predictions whatever the batch size, including a short last batch', async () => {
    const rows = randomRows(2, 103, 3);
    const runner = await open('logreg', tensorSpec('binary-classification', 3, { threshold: 0.7 }));
    const whole = binary(await runner.predict(featureTable(rows, 3)));
    for (const batchSize of [1, 10, 64, 103, 1000]) {
      const batched = binary(await runner.predict(featureTable(rows, 3), { batchSize }));
      expect(batched.score, `batch size ${batchSize}`).toEqual(whole.score);
      expect(batched.yPred, `batch size ${batchSize}`).toEqual(whole.yPred);
    }
    expect(whole.threshold).toBe(0.7);
    expect(whole.yPred.every((label, i) => label === (whole.score[i]! >= 0.7 ? 1 : 0))).toBe(true);
  });

  it('feeds the columns in the declared order, not the table order', async () => {
    const { weights, bias } = sidecar<Linear>('logreg');
    const table = tableOf(numeric('c', [3]), numeric('a', [1]), numeric('b', [2]));
    const spec: RunnerSpec = { ...tensorSpec('binary-classification', 3), columns: ['a', 'b', 'c'].map((name) => ({ name, kind: 'numeric' })) };
    const prediction = binary(await (await open('logreg', spec)).predict(table));
    expect(prediction.score[0]).toBeCloseTo(sigmoid(dot([1, 2, 3], weights) + bias), 6);
  });

  it('runs a model with a fixed batch dimension ([1, 3]) one row at a time', async () => {
    const rows = randomRows(3, 7, 3);
    const dynamic = binary(await (await open('logreg', tensorSpec('binary-classification', 3))).predict(featureTable(rows, 3)));
    const fixed = binary(await (await open('logreg-batch1', tensorSpec('binary-classification', 3))).predict(featureTable(rows, 3), { batchSize: 4 }));
    expect(fixed.score).toEqual(dynamic.score);
  });

  it('computes a tree ensemble by traversing its trees, and ignores its label output', async () => {
    type TreeNode = { id: number; feature: number; threshold: number; true: number; false: number } | { id: number; leaf: [number, number] };
    const { trees } = sidecar<{ trees: TreeNode[][] }>('tree-ensemble');
    const leafOf = (tree: TreeNode[], row: readonly number[]): [number, number] => {
      let node = tree.find((n) => n.id === 0)!;
      while (!('leaf' in node)) {
        const branch: { feature: number; threshold: number; true: number; false: number } = node;
        node = tree.find((n) => n.id === (f32(row[branch.feature]!) <= branch.threshold ? branch.true : branch.false))!;
      }
      return node.leaf;
    };
    const rows = [[0, 0, 0], [1, 0, 2], [2, 2, 2], [0.25, -1, -1], ...randomRows(4, 200, 3)];
    // output_label is int64, so the runner picks the only float tensor, `probabilities`, and never asks for the ZipMap.
    const runner = await open('tree-ensemble', tensorSpec('binary-classification', 3));
    expect(runner.predictionOutput).toBe('probabilities');
    expect(runner.outputs.find((o) => o.name === 'output_probability')).toEqual({ name: 'output_probability', isTensor: false });

    const prediction = binary(await runner.predict(featureTable(rows, 3)));
    rows.forEach((row, i) => {
      const expected = trees.reduce((sum, tree) => sum + leafOf(tree, row)[1], 0) / trees.length;
      expect(Math.abs(prediction.score[i]! - expected), `row ${i}`).toBeLessThan(FLOAT32_TOLERANCE);
    });
    // Row 0 scores 0.375; onnxruntime's binary TreeEnsembleClassifier labels it 1 all the same.
    expect(prediction.score[0]).toBe(0.375);
    expect(prediction.yPred[0]).toBe(0);
  });

  it('computes an MLP (two Gemm, Relu, Softmax): per-class probabilities and argmax labels', async () => {
    const { w1, b1, w2, b2 } = sidecar<{ w1: number[][]; b1: number[]; w2: number[][]; b2: number[] }>('mlp');
    const forward = (row: readonly number[]): number[] => {
      const hidden = b1.map((b, h) => Math.max(0, row.reduce((sum, x, j) => sum + f32(x) * w1[j]![h]!, b)));
      const logits = b2.map((b, c) => hidden.reduce((sum, x, h) => sum + x * w2[h]![c]!, b));
      const top = Math.max(...logits);
      const exps = logits.map((z) => Math.exp(z - top));
      const total = exps.reduce((a, b) => a + b, 0);
      return exps.map((e) => e / total);
    };
    const rows = randomRows(5, 300, 4);
    const runner = await open('mlp', tensorSpec('multiclass-classification', 4, { classCount: 3 }));
    const prediction = await runner.predict(featureTable(rows, 4), { batchSize: 128 });
    if (prediction.task !== 'multiclass-classification') throw new Error(prediction.task);
    expect(prediction.classCount).toBe(3);
    expect(prediction.probabilities).toHaveLength(900);
    rows.forEach((row, i) => {
      const expected = forward(row);
      expected.forEach((p, c) => expect(Math.abs(prediction.probabilities[i * 3 + c]! - p), `row ${i} class ${c}`).toBeLessThan(FLOAT32_TOLERANCE));
      const got = [0, 1, 2].map((c) => prediction.probabilities[i * 3 + c]!);
      expect(prediction.yPred[i]).toBe(got.indexOf(Math.max(...got)));
    });
    expect(new Set(prediction.yPred).size).toBeGreaterThan(1);
  });

  it('computes an ai.onnx.ml LinearRegressor whose output `variable` is [N, 1]', async () => {
    const { weights, bias } = sidecar<Linear>('linear-regressor');
    const rows = randomRows(6, 100, 3, 10);
    const prediction = await (await open('linear-regressor', tensorSpec('regression', 3, { outputs: { prediction: 'variable' } }))).predict(featureTable(rows, 3));
    if (prediction.task !== 'regression') throw new Error(prediction.task);
    rows.forEach((row, i) => {
      const expected = dot(row, weights) + bias;
      expect(Math.abs(prediction.prediction[i]! - expected), `row ${i}`).toBeLessThan(FLOAT32_TOLERANCE * Math.max(1, Math.abs(expected)));
    });
  });

  it('feeds a float64 tensor to a double-precision model', async () => {
    const { weights, bias } = sidecar<Linear>('regression-f64');
    const rows = randomRows(7, 50, 3, 10);
    const runner = await open('regression-f64', tensorSpec('regression', 3, { dtype: 'float64' }));
    const prediction = await runner.predict(featureTable(rows, 3));
    if (prediction.task !== 'regression') throw new Error(prediction.task);
    rows.forEach((row, i) => expect(prediction.prediction[i]).toBeCloseTo(dot(row, weights, (x) => x) + bias, 12));
  });
});

describe('columns layout', () => {
  interface ColumnsModel extends Linear {
    cities: string[];
    tiers: Record<string, number>;
    tier_default: number;
  }

  it('feeds one input per column: floats as [N, 1] or [N] as declared, categories as strings, missing as the empty string', async () => {
    const model = sidecar<ColumnsModel>('columns');
    const age = [0.5, -1.25, 2, 0, 1.5, -0.75];
    const income = [1, 0.25, -2, 3, 1.75, 0.5];
    const city = ['oslo', 'paris', 'rome', undefined, 'lima', 'paris'];
    const tier = ['gold', 'bronze', undefined, 'silver', 'gold', 'platinum'];
    const spec: RunnerSpec = {
      task: 'binary-classification',
      layout: 'columns',
      columns: [
        { name: 'tier', kind: 'categorical' },
        { name: 'age', kind: 'numeric' },
        { name: 'city', kind: 'categorical' },
        { name: 'income', kind: 'numeric' },
      ],
      inputNames: { city: 'city_code' },
      outputs: { score: 'probabilities', scoreColumn: 1, label: 'label' },
      threshold: 0.5,
    };
    const runner = await open('columns', spec);
    const table = tableOf(numeric('age', age), numeric('income', income), categorical('city', city), categorical('tier', tier), numeric('unused', [9, 9, 9, 9, 9, 9]));
    const prediction = binary(await runner.predict(table, { batchSize: 4 }));
    age.forEach((_, i) => {
      const oneHot = model.cities.map((c) => (city[i] === c ? 1 : 0));
      const tierValue = tier[i] !== undefined && tier[i]! in model.tiers ? model.tiers[tier[i]!]! : model.tier_default;
      const encoded = [f32(age[i]!), f32(income[i]!), ...oneHot, tierValue];
      const expected = sigmoid(dot(encoded, model.weights, (x) => x) + model.bias);
      expect(Math.abs(prediction.score[i]! - expected), `row ${i}`).toBeLessThan(FLOAT32_TOLERANCE);
    });
  });
});

describe('skl2onnx-style outputs', () => {
  it('reads the probabilities tensor beside a ZipMap and never requests the ZipMap', async () => {
    const { weights, bias } = sidecar<Linear>('zipmap-with-tensor');
    const rows = randomRows(8, 40, 3);
    const spec = tensorSpec('binary-classification', 3, { outputs: { label: 'output_label' } });
    const runner = await open('zipmap-with-tensor', spec);
    expect(runner.predictionOutput).toBe('probabilities');
    const prediction = binary(await runner.predict(featureTable(rows, 3)));
    rows.forEach((row, i) => expect(Math.abs(prediction.score[i]! - sigmoid(dot(row, weights) + bias))).toBeLessThan(FLOAT32_TOLERANCE));
  });
});

describe('running', () => {
  it('returns an empty prediction for an empty table without running the model', async () => {
    const prediction = binary(await (await open('logreg', tensorSpec('binary-classification', 3))).predict(featureTable([], 3)));
    expect(prediction.rowCount).toBe(0);
    expect(prediction.score).toHaveLength(0);
  });

  it('prepares feeds for single rows and runs them raw, for latency measurement', async () => {
    const runner = await open('logreg', tensorSpec('binary-classification', 3));
    const table = featureTable(randomRows(9, 5, 3), 3);
    const prepared = runner.prepare(table, 2, 3);
    expect(prepared.rowCount).toBe(1);
    await expect(runner.runRaw(prepared)).resolves.toBeUndefined();
    expect(() => runner.prepare(table, 3, 3)).toThrow(RangeError);
    const fixed = await open('logreg-batch1', tensorSpec('binary-classification', 3));
    await expect(fixed.runRaw(fixed.prepare(table, 0, 1))).resolves.toBeUndefined();
    expect(() => fixed.prepare(table, 0, 2)).toThrow(/runs exactly 1 row at a time/);
  });

  it('reports NaN outputs with their count and the first row, for a model that does not handle missing values', async () => {
    const rows = randomRows(10, 20, 3);
    rows[7]![1] = Number.NaN;
    rows[12]![0] = Number.NaN;
    const runner = await open('logreg', tensorSpec('binary-classification', 3));
    const error = await runner.predict(featureTable(rows, 3), { batchSize: 8 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnnxModelError);
    expect((error as OnnxModelError).code).toBe('non-finite-output');
    expect((error as OnnxModelError).badRows).toEqual({ output: 'probabilities', count: 2, firstRow: 7, firstValue: Number.NaN });
    expect((error as Error).message).toBe(
      `${fixture('logreg.onnx')}: output 'probabilities' has NaN or infinite values in 2 of 20 rows (first: row 7, value NaN); if the data has missing values, the model must handle them (e.g. an imputer inside the graph)`,
    );
  });

  it('can be released twice, and refuses to run after release', async () => {
    const runner = await openModel(fixture('logreg.onnx'), tensorSpec('binary-classification', 3));
    await runner.release();
    await runner.release();
    await expect(runner.predict(featureTable([[1, 2, 3]], 3))).rejects.toMatchObject({ code: 'released' });
  });
});
