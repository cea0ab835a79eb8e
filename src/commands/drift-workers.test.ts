// Drift's features tested on worker threads give the evaluation one thread gives, bit for bit: every
// statistic, p-value, distance, decision and permutation count, and the sorted samples the histogram reads.
import { afterAll, describe, expect, it } from 'vitest';
import type { Column, NumericColumn, Table } from '../core/data/table.js';
import { analyseDrift, featureSides, testFeature, type DriftAnalysisInput } from '../core/drift/analysis.js';
import { categoricalColumn, normals, repeat } from '../testing/drift-fixtures.js';
import { detached } from './drift-worker-protocol.js';
import { loadavg } from 'node:os';
import { DRIFT_WORKER_MIN_VALUES, DriftWorkers, analyseDriftSpread, driftThreadsFor } from './drift-workers.js';

/** `columns` numeric columns of `rows` rows as views into one buffer (as a reader's block), each with its own shape. */
function side(rows: number, seed: number, shift: number): Table {
  const block = new Float64Array(rows * 6);
  const z = normals(rows * 6, seed);
  const columns: NumericColumn[] = [];
  for (let j = 0; j < 6; j++) {
    const values = block.subarray(j * rows, (j + 1) * rows);
    for (let i = 0; i < rows; i++) {
      const x = z[j * rows + i]! + shift * j;
      // ties (4 decimals), a skewed column, missing values, a constant column, a column never present
      values[i] = j === 2 ? Math.round(Math.exp(x) * 1e4) / 1e4 : j === 3 ? (i % 97 === 0 ? Number.NaN : i % 89 === 0 ? Number.POSITIVE_INFINITY : x) : j === 4 ? 1.5 : Math.round(x * 1e4) / 1e4;
    }
    columns.push({ name: `f${j}`, kind: 'numeric', values });
  }
  columns[5] = { name: 'f5', kind: 'numeric', values: seed === 1 ? columns[5]!.values : new Float64Array(rows).fill(Number.NaN) };
  const plan = categoricalColumn('plan', repeat(['basic', 'pro', 'team', null], seed === 1 ? [rows / 2, rows / 4, rows / 8, rows / 8] : [rows / 4, rows / 2, rows / 8, rows / 8]));
  return { rowCount: rows, columns: new Map([...columns, plan].map((c) => [c.name, c])) };
}

const reference = side(24_000, 1, 0);
const current = side(16_000, 2, 0.01);
const features = [...['f0', 'f1', 'f2', 'f3', 'f4', 'f5'].map((name) => ({ name, type: 'numeric' as const })), { name: 'plan', type: 'categorical' as const }];
const input = (settings?: DriftAnalysisInput['settings']): DriftAnalysisInput => ({
  features,
  reference,
  current,
  datasets: { reference: 'reference.csv', current: 'current.csv' },
  ...(settings ? { settings } : {}),
  seed: 3,
});

const pool = new DriftWorkers(2);
afterAll(() => pool.close());

describe('drift on worker threads', () => {
  it('tests every feature as the main thread does, whichever thread takes it', async () => {
    const pairs = features.map((f) => featureSides(input(), f.name));
    const also = [{ method: 'psi' }, { method: 'wasserstein', threshold_mode: 'fixed' }] as const;
    const alone = pairs.map((p) => testFeature(p.reference, p.current, {}, also));
    const spread = await pool.testFeatures(pairs, {}, also);
    expect(spread[0]!.also!.map((r) => r.method)).toEqual(['psi', 'wasserstein']);
    // toStrictEqual compares numbers with Object.is (-0, NaN) and typed arrays element by element
    expect(spread).toStrictEqual(alone);
    // KS on the values (Wasserstein's permutations with fixed settings below), z on the constant column, f5 untested (no value in the current data)
    expect(spread.map((t) => [t.result.method, t.result.evaluated])).toEqual([['ks', true], ['ks', true], ['ks', true], ['ks', true], ['z', true], ['ks', false], ['chi2', true]]);
  });

  // Each setting on its own (the calibrated one runs permutation nulls three times over 40k rows: ~5-10 s on a
  // quiet core, several times that on a shared machine), with room for a loaded runner.
  it.each([
    ['calibrated', undefined],
    ['fixed Wasserstein, Bonferroni', { method: 'wasserstein', threshold_mode: 'fixed', correction: 'bonferroni' }],
    ['per-column methods', { columns: { f1: { method: 'psi' }, f2: { method: 'jensenshannon' } } }],
  ] as [string, DriftAnalysisInput['settings']][])('gives analyseDrift\'s evaluation (%s), feature by feature and as a whole analysis on a worker', async (_label, settings) => {
    const alone = analyseDrift(input(settings));
    expect(await pool.analyseDrift(input(settings))).toStrictEqual(alone);
    expect(await pool.analyseDriftOnWorker(input(settings))).toStrictEqual(alone);
    // the input's columns are copied for the workers, never taken from the caller
    expect((reference.columns.get('f0') as NumericColumn).values.length).toBe(24_000);
  }, 120_000);

  it('throws the errors the main thread throws, before any work', async () => {
    const bad = input({ correction: 'nope' } as never);
    expect(() => analyseDrift(bad)).toThrow(RangeError);
    await expect(pool.analyseDrift(bad)).rejects.toThrow(/gates.drift.correction: unknown correction 'nope'/);
    await expect(pool.analyseDriftOnWorker(bad)).rejects.toThrow(RangeError);
    const mixed = { ...input(), features: [{ name: 'plan', type: 'numeric' as const }], current: { rowCount: 1, columns: new Map([['plan', { name: 'plan', kind: 'numeric', values: new Float64Array(1) } as Column]]) } };
    await expect(pool.analyseDrift(mixed)).rejects.toThrow(/column 'plan' is categorical in the reference but numeric in the current data/);
    // a column's error and bad settings: one thread prepares the columns first, so the column's error is the one
    const plan = { name: 'plan', kind: 'categorical', codes: new Int32Array([0, 9]), categories: ['basic'] } as unknown as Column;
    const both = { ...input({ correction: 'nope' } as never), features: [{ name: 'plan', type: 'categorical' as const }], current: { rowCount: 2, columns: new Map([['plan', plan]]) } };
    expect(() => analyseDrift(both)).toThrow(/column 'plan': row 1 has category code 9, but the column has 1 categories/);
    await expect(pool.analyseDrift(both)).rejects.toThrow(/column 'plan': row 1 has category code 9, but the column has 1 categories/);
  });

  it('spreads through MODELOPS_DRIFT_THREADS, and not at all with 0', async () => {
    const alone = analyseDrift(input());
    expect(await analyseDriftSpread(input(), { MODELOPS_DRIFT_THREADS: '1' })).toStrictEqual(alone);
    expect(await analyseDriftSpread(input(), { MODELOPS_DRIFT_THREADS: '0' })).toStrictEqual(alone);
   }, 120_000);
});

describe('driftThreadsFor', () => {
  it('uses a worker per core left idle beside the main thread, for enough values and features', () => {
    const many = 2 * DRIFT_WORKER_MIN_VALUES;
    expect(driftThreadsFor(many, 20, {}, 2, 0.2)).toBe(1);
    expect(driftThreadsFor(many, 20, {}, 2, 0.8)).toBe(0);
    expect(driftThreadsFor(many, 20, {}, 8, 1.2)).toBe(6);
    expect(driftThreadsFor(many, 3, {}, 8, 0)).toBe(2);
    expect(driftThreadsFor(many, 1, {}, 8, 0)).toBe(0);
    expect(driftThreadsFor(DRIFT_WORKER_MIN_VALUES - 1, 20, {}, 8, 0)).toBe(0);
  });

  it('does what MODELOPS_DRIFT_THREADS says, up to one worker per feature beside the main thread', () => {
    expect(driftThreadsFor(10, 20, { MODELOPS_DRIFT_THREADS: '3' }, 2, 5)).toBe(3);
    expect(driftThreadsFor(10, 2, { MODELOPS_DRIFT_THREADS: '3' }, 2, 5)).toBe(1);
    expect(driftThreadsFor(1e9, 20, { MODELOPS_DRIFT_THREADS: '0' }, 64, 0)).toBe(0);
  });
});

describe('detached', () => {
  it('copies each view\'s own bytes and lists their buffers once', () => {
    const block = new Float64Array([1, 2, 3, 4]);
    const transfer: ArrayBuffer[] = [];
    const out = detached({ a: block.subarray(1, 3), b: [block.subarray(0, 1)], c: new Map([['x', { v: block }]]), n: 5 }, transfer);
    expect(Array.from(out.a)).toEqual([2, 3]);
    expect(out.a.buffer.byteLength).toBe(16);
    expect(out.c.get('x')!.v).not.toBe(block);
    expect(transfer).toHaveLength(3);
    const owned: ArrayBuffer[] = [];
    const whole = new Float64Array(2);
    const both = detached({ whole, again: whole, part: whole.subarray(1) }, owned, true);
    expect(both.whole).toBe(whole);
    expect(both.again).toBe(whole);
    expect(both.part).not.toBe(whole);
    expect(owned).toHaveLength(2);
    expect(owned[0]).toBe(whole.buffer);
  });
});
