import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../data/table.js';
import { datasetDrift, detectDrift, type EvaluatedColumnDrift, type UnevaluatedColumnDrift } from './dataset.js';
import { categoricalColumn, minstd, numericColumn, repeat } from '../../testing/drift-fixtures.js';
import { prepareColumn } from './samples.js';

function table(...columns: Column[]): Table {
  return { rowCount: columns[0]!.kind === 'numeric' ? columns[0]!.values.length : columns[0]!.codes.length, columns: new Map(columns.map((c) => [c.name, c])) };
}

const uniform = (count: number, seed: number, shift = 0): number[] => Array.from(minstd(count, seed), (u) => u + shift);
const evaluated = (result: { evaluated: boolean }): EvaluatedColumnDrift => {
  expect(result.evaluated).toBe(true);
  return result as EvaluatedColumnDrift;
};

describe('dataset drift', () => {
  // 400 reference rows: every column gets a test (KS, chi-squared, z)
  const reference = table(
    numericColumn('stable', uniform(400, 1)),
    numericColumn('shifted', uniform(400, 2)),
    categoricalColumn('plan', repeat(['basic', 'pro', 'team'], [200, 150, 50])),
    categoricalColumn('churned', repeat(['no', 'yes'], [300, 100])),
  );
  const current = table(
    numericColumn('stable', [...uniform(290, 3), ...repeat([Number.NaN], [10])]),
    numericColumn('shifted', uniform(300, 4, 0.3)),
    categoricalColumn('plan', repeat(['team', 'pro', 'basic', null], [30, 110, 150, 10])),
    categoricalColumn('churned', repeat(['no', 'yes'], [150, 150])),
  );
  const columns = ['stable', 'shifted', 'plan', 'churned'];

  it("picks Evidently's default test per column and reports each decision", () => {
    const result = detectDrift(reference, current, columns);
    expect(result.columns.map((c) => [c.column, c.method, c.methodSource, c.threshold, c.thresholdSource])).toEqual([
      ['stable', 'ks', 'default', 0.05, 'default'],
      ['shifted', 'ks', 'default', 0.05, 'default'],
      ['plan', 'chi2', 'default', 0.05, 'default'],
      ['churned', 'z', 'default', 0.05, 'default'],
    ]);
    expect(result.columns.map((c) => c.drifted)).toEqual([false, true, false, true]);
    expect(result).toMatchObject({ evaluatedColumns: 4, driftedColumns: 2, share: 0.5, driftShare: 0.5, correction: 'none', pValueTests: 4 });
    // Evidently's get_dataset_drift: share >= drift_share
    expect(result.drifted).toBe(true);
    expect(evaluated(result.columns[0]!).test.detail).toMatchObject({ pValueMethod: 'exact' });
  });

  it('reports missing values of each side as their own signal', () => {
    const result = detectDrift(reference, current, columns);
    expect(result.columns[0]!.missing).toEqual({ reference: { rows: 400, missing: 0, share: 0 }, current: { rows: 300, missing: 10, share: 10 / 300 } });
    expect(result.columns[2]!.missing.current).toEqual({ rows: 300, missing: 10, share: 10 / 300 });
  });

  it('takes a larger drift share from the manifest', () => {
    expect(detectDrift(reference, current, columns, { drift_share: 0.75 })).toMatchObject({ share: 0.5, drifted: false });
  });

  it('adjusts p-values for multiple testing and decides on the adjusted value', () => {
    const plain = detectDrift(reference, current, columns);
    const bonferroni = detectDrift(reference, current, columns, { correction: 'bonferroni' });
    const bh = detectDrift(reference, current, columns, { correction: 'benjamini-hochberg' });
    for (const [index, column] of bonferroni.columns.entries()) {
      const raw = evaluated(plain.columns[index]!).pValue!;
      expect(evaluated(column).pValue).toBe(raw);
      expect(evaluated(column).adjustedPValue).toBeCloseTo(Math.min(1, raw * 4), 15);
      expect(column.drifted).toBe(Math.min(1, raw * 4) < 0.05);
    }
    expect(bh.correction).toBe('benjamini-hochberg');
    for (const column of bh.columns) expect(evaluated(column).adjustedPValue!).toBeGreaterThanOrEqual(evaluated(column).pValue!);
  });

  it('a p-value just under the threshold no longer drifts after Bonferroni', () => {
    // three columns: one p-value below 0.05 / 3, one between 0.05 / 3 and 0.05, one of 1 (same values)
    const prepared = [
      prepareColumn(numericColumn('a', uniform(200, 5)), numericColumn('a', uniform(200, 6, 0.5))),
      prepareColumn(categoricalColumn('b', repeat(['x', 'y'], [100, 100])), categoricalColumn('b', repeat(['x', 'y'], [80, 120]))),
      prepareColumn(numericColumn('c', uniform(200, 7)), numericColumn('c', uniform(200, 7).reverse())),
    ];
    const plain = datasetDrift(prepared);
    const p = evaluated(plain.columns[1]!).pValue!;
    expect(p).toBeGreaterThan(0.05 / 3);
    expect(p).toBeLessThan(0.05);
    expect(plain.columns.map((c) => c.drifted)).toEqual([true, true, false]);
    expect(datasetDrift(prepared, { correction: 'bonferroni' }).columns.map((c) => c.drifted)).toEqual([true, false, false]);
  });

  it('applies the manifest: dataset method and threshold, column overrides, a column back to auto', () => {
    const result = detectDrift(reference, current, columns, {
      threshold_mode: 'fixed',
      method: 'psi',
      threshold: 0.2,
      columns: { stable: { method: 'wasserstein' }, plan: { threshold: 0.01 }, churned: { method: 'auto' } },
    });
    expect(result.columns.map((c) => [c.column, c.method, c.methodSource, c.threshold, c.thresholdSource])).toEqual([
      ['stable', 'wasserstein', 'column', 0.2, 'dataset'],
      ['shifted', 'psi', 'dataset', 0.2, 'dataset'],
      ['plan', 'psi', 'dataset', 0.01, 'column'],
      ['churned', 'z', 'default', 0.2, 'dataset'],
    ]);
    // with Evidently's fixed thresholds, distances are not in the correction family
    expect(result.pValueTests).toBe(1);
    expect(result.thresholdMode).toBe('fixed');
  });

  it('calibrated (the default): every threshold is a false-alarm rate and every column is decided by a p-value', () => {
    const result = detectDrift(reference, current, columns, { method: 'psi', threshold: 0.01, columns: { churned: { method: 'auto' } } });
    expect(result.columns.map((c) => [c.column, c.method, c.threshold, c.thresholdMode])).toEqual([
      ['stable', 'psi', 0.01, 'calibrated'],
      ['shifted', 'psi', 0.01, 'calibrated'],
      ['plan', 'psi', 0.01, 'calibrated'],
      ['churned', 'z', 0.01, 'calibrated'],
    ]);
    for (const column of result.columns) expect(evaluated(column).test).toMatchObject({ decidedBy: 'p-value', falseAlarmRate: 0.01, falseAlarmRateEstimated: false });
    const psiColumns = result.columns.slice(0, 3).map((c) => evaluated(c).test);
    for (const test of psiColumns) expect(test.detail).toMatchObject({ pValueMethod: 'permutation' });
    // the 0.3 shift and the churn rate drift; the stable column and the plan shares (as chi-squared found) do not
    expect(result.columns.map((c) => c.drifted)).toEqual([false, true, false, true]);
    expect(result.pValueTests).toBe(4);
    expect(() => detectDrift(reference, current, columns, { method: 'psi', threshold: 0.2 * 5 })).toThrow(/false-alarm rate in \(0, 1\).*threshold_mode: fixed/);
  });

  it('reports columns that cannot be tested with the reason and counts them in the share as not drifted', () => {
    const result = detectDrift(
      table(...reference.columns.values(), numericColumn('empty', uniform(400, 9))),
      table(...current.columns.values(), numericColumn('empty', repeat([Number.NaN], [300]))),
      [...columns, 'empty'],
      { columns: { plan: { method: 'ks' } } },
    );
    const plan = result.columns[2] as UnevaluatedColumnDrift;
    expect(plan).toMatchObject({ evaluated: false, drifted: false, method: 'ks', error: { code: 'not-applicable' } });
    expect(plan.error.message).toMatch(/column 'plan': ks: applies to numeric columns, not categorical ones/);
    const empty = result.columns[4] as UnevaluatedColumnDrift;
    expect(empty).toMatchObject({ evaluated: false, error: { code: 'no-data' }, missing: { current: { missing: 300, share: 1 } } });
    expect(result).toMatchObject({ evaluatedColumns: 3, untestedColumns: 2, driftedColumns: 2, drifted: false });
    expect(result.share).toBeCloseTo(2 / 5, 15);
    // 2 drifted + 2 untested of 5 >= 0.5: the untested columns could have decided it
    expect(result.undecided).toBe(true);
  });

  it('with no column evaluated, the share is 0 and the dataset has not drifted', () => {
    const result = detectDrift(table(numericColumn('x', [Number.NaN])), table(numericColumn('x', [1])), ['x']);
    expect(result).toMatchObject({ evaluatedColumns: 0, driftedColumns: 0, share: 0, drifted: false });
  });

  it('rejects settings the schema would reject, naming the field', () => {
    // Values only an unvalidated caller can pass: the type has no room for them.
    expect(() => detectDrift(reference, current, columns, { method: 'anderson' as never })).toThrow(/gates\.drift\.method: unknown drift method 'anderson'/);
    expect(() => detectDrift(reference, current, columns, { correction: 'holm' as never })).toThrow(/gates\.drift\.correction/);
    expect(() => detectDrift(reference, current, columns, { drift_share: 0 })).toThrow(/drift_share/);
    expect(() => detectDrift(reference, current, columns, { columns: { plan: { threshold: -1 } } })).toThrow(/gates\.drift\.columns\.plan\.threshold/);
    expect(() => detectDrift(reference, current, ['nope'])).toThrow(/column 'nope' was not loaded/);
  });

  it('refuses a column loaded as numeric on one side and categorical on the other', () => {
    expect(() => prepareColumn(numericColumn('x', [1]), categoricalColumn('x', ['1']))).toThrow(/numeric in the reference but categorical/);
  });
});
