import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../data/table.js';
import { categoricalColumn, normals, numericColumn } from '../../testing/drift-fixtures.js';
import { analyseDrift } from './analysis.js';
import { driftText } from './render.js';
import { driftChecks } from './gate.js';
import type { DriftTestId } from './methods/registry.js';

function table(...columns: Column[]): Table {
  return { rowCount: columns[0]!.kind === 'numeric' ? columns[0]!.values.length : columns[0]!.codes.length, columns: new Map(columns.map((c) => [c.name, c])) };
}

const plans = (count: number, offset: number): string[] => Array.from({ length: count }, (_, i) => ['basic', 'pro', 'team'][(i * 7 + offset) % 3]!);

describe('drift gate with a forced method', () => {
  const reference = table(numericColumn('income', Array.from(normals(300, 1))), categoricalColumn('plan', plans(300, 0)));
  const current = table(numericColumn('income', Array.from(normals(200, 2), (x) => x + 1)), categoricalColumn('plan', plans(200, 1)));
  const features = [
    { name: 'income', type: 'numeric' as const },
    { name: 'plan', type: 'categorical' as const },
  ];
  const analyse = (method: 'auto' | DriftTestId) =>
    analyseDrift({ features, reference, current, datasets: { reference: 'ref.csv', current: 'cur.csv' }, settings: { method, drift_share: 0.5 } });

  it('ks forced on a categorical column: the column is not tested, says why, and counts in the share', () => {
    const drift = analyse('ks');
    const plan = drift.features.columns.find((c) => c.column === 'plan')!;
    expect(plan).toMatchObject({ evaluated: false, errorCode: 'not-applicable', drifted: false });
    expect(drift.features).toMatchObject({ evaluated: 1, untested: 1, drifted: 1, share: 0.5, datasetDrifted: true });
    const check = driftChecks(drift).find((c) => c.name === 'feature drift')!;
    expect(check.verdict).toBe('fail');
    expect(check.message).toMatch(/1 of 2 columns drifted .*not tested: column 'plan': ks: applies to numeric columns, not categorical ones/);
    expect(driftText(drift).join('\n')).toMatch(/plan: not tested: column 'plan': ks: applies to numeric columns/);
  });

  it('z with no binary column: a finding per column and a warning, not a failed run', () => {
    const drift = analyse('z');
    expect(drift.features.columns.every((c) => !c.evaluated && c.errorCode === 'not-applicable')).toBe(true);
    const check = driftChecks(drift).find((c) => c.name === 'feature drift')!;
    expect(check.verdict).toBe('warn');
    expect(check.message).toMatch(/no column could be tested; not tested: column 'income': z: needs a binary column/);
  });

  it('warns when untested columns could have tipped the dataset decision', () => {
    const drift = analyseDrift({ features, reference, current, datasets: { reference: 'ref.csv', current: 'cur.csv' }, settings: { method: 'ks', drift_share: 0.75 } });
    expect(drift.features).toMatchObject({ drifted: 1, untested: 1, datasetDrifted: false, undecided: true });
    expect(driftChecks(drift).find((c) => c.name === 'feature drift')!.verdict).toBe('warn');
  });
});
