// Stacked predictions against one prediction per table, on a real ONNX model (the runner's logistic
// regression fixture): the same numbers, and each variant's own error when a stacked run is rejected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeRows, withShuffledColumn, type CategoricalColumn, type Column, type Table } from '../../core/data/table.js';
import { createRng } from '../../core/stats/random.js';
import { openModel, type ModelRunner } from '../../io/onnx/index.js';
import { featureTable, fixture, randomRows, tensorSpec } from '../../io/onnx/test-support.js';
import { STACK_ROWS, changedRows, concatPredictions, pairTable, predictEach, shufflePairs, slicePrediction, withRows } from './batch.js';

describe('predictEach', () => {
  let runner: ModelRunner;
  beforeAll(async () => {
    runner = await openModel(fixture('logreg.onnx'), tensorSpec('binary-classification', 3));
  });
  afterAll(async () => {
    await runner.release();
  });

  const base = featureTable(randomRows(3, 300, 3), 3);
  const rng = createRng(4);
  const variants: Table[] = ['f0', 'f1', 'f2', 'f0'].map((feature) => withShuffledColumn(base, feature, (bound) => rng.nextBelow(bound)));

  it('gives each table the prediction it gets alone', async () => {
    const outcomes = await predictEach(runner, variants);
    expect(outcomes).toHaveLength(variants.length);
    for (const [i, table] of variants.entries()) {
      const alone = await runner.predict(table);
      const outcome = outcomes[i]!;
      if (!('prediction' in outcome)) throw new Error(`variant ${i} failed`);
      expect(outcome.prediction.task).toBe('binary-classification');
      if (outcome.prediction.task !== 'binary-classification' || alone.task !== 'binary-classification') continue;
      expect(outcome.prediction.rowCount).toBe(300);
      expect(Array.from(outcome.prediction.score)).toEqual(Array.from(alone.score));
      expect(Array.from(outcome.prediction.yPred)).toEqual(Array.from(alone.yPred));
    }
  });

  it("gives a variant whose output is rejected its own error, and the others their predictions", async () => {
    // a NaN feature makes the score NaN: the runner rejects that output (non-finite-output)
    const broken = featureTable(randomRows(5, 300, 3).map((row, i) => (i === 17 ? [Number.NaN, row[1]!, row[2]!] : row)), 3);
    const outcomes = await predictEach(runner, [variants[0]!, broken, variants[1]!]);
    expect('prediction' in outcomes[0]! && 'prediction' in outcomes[2]!).toBe(true);
    const failed = outcomes[1]!;
    expect('error' in failed && failed.error.code).toBe('non-finite-output');
    const alone = await runner.predict(variants[1]!);
    if ('prediction' in outcomes[2]! && outcomes[2].prediction.task === 'binary-classification' && alone.task === 'binary-classification') {
      expect(Array.from(outcomes[2].prediction.score)).toEqual(Array.from(alone.score));
    }
  });

  it('cuts predictions into row ranges of every task', () => {
    const multiclass = { task: 'multiclass-classification' as const, rowCount: 3, classCount: 2, probabilities: Float64Array.from([0.1, 0.9, 0.6, 0.4, 0.3, 0.7]), yPred: Int32Array.from([1, 0, 1]) };
    expect(slicePrediction(multiclass, 1, 3)).toEqual({ ...multiclass, rowCount: 2, probabilities: Float64Array.from([0.6, 0.4, 0.3, 0.7]), yPred: Int32Array.from([0, 1]) });
    const regression = { task: 'regression' as const, rowCount: 3, prediction: Float64Array.from([1, 2, 3]) };
    expect(slicePrediction(regression, 0, 1)).toEqual({ ...regression, rowCount: 1, prediction: Float64Array.from([1]) });
    expect(STACK_ROWS).toBeGreaterThan(300 * 4);
  });

  it('reruns only the rows a shuffle changed: the same prediction as the whole shuffled table', async () => {
    // a column of few values: many rows draw their own value back
    const coarse = featureTable(randomRows(6, 300, 3).map(([a, b, c]) => [Math.round(a! * 2) / 2, b!, c!]), 3);
    const shuffled = withShuffledColumn(coarse, 'f0', (bound) => rng.nextBelow(bound));
    const rows = changedRows(coarse, shuffled, 'f0');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(300);
    const [outcome] = await predictEach(runner, [takeRows(shuffled, rows)]);
    if (!outcome || !('prediction' in outcome)) throw new Error('the changed rows failed');
    const merged = withRows(await runner.predict(coarse), rows, outcome.prediction);
    const whole = await runner.predict(shuffled);
    if (merged.task !== 'binary-classification' || whole.task !== 'binary-classification') throw new Error('not binary');
    expect(Array.from(merged.score)).toEqual(Array.from(whole.score));
    expect(Array.from(merged.yPred)).toEqual(Array.from(whole.yPred));
  });

  it('compares cells as inputs: NaN is NaN, -0 is not 0, categories by code', () => {
    const numeric = (values: number[]): Table => ({ rowCount: values.length, columns: new Map([['x', { name: 'x', kind: 'numeric', values: Float64Array.from(values) }]]) });
    expect(Array.from(changedRows(numeric([Number.NaN, 0, 1, 2]), numeric([Number.NaN, -0, 1, 3]), 'x'))).toEqual([1, 3]);
    const categories = ['a', 'b'];
    const categorical = (codes: number[]): Table => ({ rowCount: codes.length, columns: new Map([['c', { name: 'c', kind: 'categorical', codes: Int32Array.from(codes), categories } as CategoricalColumn]]) });
    expect(Array.from(changedRows(categorical([0, 1, -1]), categorical([1, 1, -1]), 'c'))).toEqual([0]);
  });

  it('writes the rerun rows into a copy of the prediction of every task', () => {
    const multiclass = { task: 'multiclass-classification' as const, rowCount: 3, classCount: 2, probabilities: Float64Array.from([0.1, 0.9, 0.6, 0.4, 0.3, 0.7]), yPred: Int32Array.from([1, 0, 1]) };
    const update = { ...multiclass, rowCount: 1, probabilities: Float64Array.from([0.8, 0.2]), yPred: Int32Array.from([0]) };
    expect(withRows(multiclass, Uint32Array.from([2]), update)).toEqual({ ...multiclass, probabilities: Float64Array.from([0.1, 0.9, 0.6, 0.4, 0.8, 0.2]), yPred: Int32Array.from([1, 0, 0]) });
    expect(multiclass.yPred[2]).toBe(1);
    const regression = { task: 'regression' as const, rowCount: 3, prediction: Float64Array.from([1, 2, 3]) };
    expect(withRows(regression, Uint32Array.from([0, 2]), { ...regression, rowCount: 2, prediction: Float64Array.from([7, 9]) })).toEqual({ ...regression, prediction: Float64Array.from([7, 2, 9]) });
  });

  it('makes each shuffle its changed rows, as withShuffledColumn and changedRows do, with each distinct input once', () => {
    const values = [Number.NaN, 0, -0, 1, 1, 2, Number.NaN, 0, 3, -0];
    const codes = [0, 1, -1, 1, 0, 2, 2, -1, 0, 1];
    const table: Table = {
      rowCount: 10,
      columns: new Map<string, Column>([
        ['x', { name: 'x', kind: 'numeric', values: Float64Array.from(values) }],
        ['c', { name: 'c', kind: 'categorical', codes: Int32Array.from(codes), categories: ['a', 'b', 'c'] }],
        ['y', { name: 'y', kind: 'numeric', values: Float64Array.from(values, (_, i) => i) }],
      ]),
    };
    const features = ['x', 'c'];
    const repeats = 6;
    const draws = createRng(21);
    const pairs = shufflePairs(table, features, repeats, draws);
    const stacked = pairTable(table, features, pairs, 0, pairs.row.length);
    const twice = pairTable(table, features, pairs, 3, pairs.row.length);
    expect(twice.rowCount).toBe(pairs.row.length - 3);
    const cell = (t: Table, name: string, row: number) => {
      const column = t.columns.get(name)!;
      return column.kind === 'numeric' ? column.values[row] : column.codes[row];
    };
    const again = createRng(21);
    let rerun = 0;
    for (const [f, feature] of features.entries()) {
      for (let r = 0; r < repeats; r++) {
        const shuffled = withShuffledColumn(table, feature, (bound) => again.nextBelow(bound));
        const variant = pairs.variants[f * repeats + r]!;
        expect(Array.from(variant.rows)).toEqual(Array.from(changedRows(table, shuffled, feature)));
        rerun += variant.rows.length;
        variant.rows.forEach((row, i) => {
          const at = variant.at[i]!;
          expect(at >= pairs.start[f]! && at < pairs.start[f + 1]!).toBe(true);
          for (const name of ['x', 'c', 'y']) {
            expect(Object.is(cell(stacked, name, at), cell(shuffled, name, row))).toBe(true);
            if (at >= 3) expect(Object.is(cell(twice, name, at - 3), cell(shuffled, name, row))).toBe(true);
          }
        });
      }
    }
    // distinct inputs: no two pairs of one feature are the same row with the same value
    const keys = new Set(Array.from(pairs.row, (row, k) => `${k < pairs.start[1]! ? 'x' : 'c'} ${row} ${Object.is(cell(stacked, 'x', k), -0) ? '-0' : cell(stacked, 'x', k)} ${cell(stacked, 'c', k)}`));
    expect(keys.size).toBe(pairs.row.length);
    expect(pairs.row.length).toBeLessThan(rerun);
  });

  it('joins predictions of every task', () => {
    const binary = { task: 'binary-classification' as const, rowCount: 3, threshold: 0.5, score: Float64Array.from([0.1, 0.7, 0.4]), yPred: Uint8Array.from([0, 1, 0]) };
    expect(concatPredictions([slicePrediction(binary, 0, 1), slicePrediction(binary, 1, 3)])).toEqual(binary);
    const multiclass = { task: 'multiclass-classification' as const, rowCount: 3, classCount: 2, probabilities: Float64Array.from([0.1, 0.9, 0.6, 0.4, 0.3, 0.7]), yPred: Int32Array.from([1, 0, 1]) };
    expect(concatPredictions([slicePrediction(multiclass, 0, 2), slicePrediction(multiclass, 2, 3)])).toEqual(multiclass);
    const regression = { task: 'regression' as const, rowCount: 3, prediction: Float64Array.from([1, 2, 3]) };
    expect(concatPredictions([slicePrediction(regression, 0, 2), slicePrediction(regression, 2, 3)])).toEqual(regression);
    // rows taken from the update's rows `at`
    expect(withRows(regression, Uint32Array.from([0, 2]), { ...regression, rowCount: 2, prediction: Float64Array.from([7, 9]) }, Uint32Array.from([1, 1]))).toEqual({ ...regression, prediction: Float64Array.from([9, 2, 9]) });
  });
});
