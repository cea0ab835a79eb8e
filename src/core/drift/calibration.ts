// Calibration simulations of the drift decisions (issue 11): seeded Monte-Carlo estimates of how often a
// decision flags data that did not drift (reference and current from one distribution) and how often it
// flags a stated shift. Shared by bench/calibration-drift.mjs (the full table) and calibration.test.ts (a
// small version in npm test), so both measure the code that decides in reports.
import { createRng, type Rng } from '../stats/random.js';
import { datasetDrift, testColumn, type DriftSettings } from './dataset.js';
import type { ColumnKind } from './definition.js';
import { categoricalSamples, numericSample, type PreparedColumn } from './samples.js';

/** How a simulated column's values are drawn. */
export type ColumnShape =
  /** Standard normal (plus `shift` on the current side). */
  | { kind: 'normal' }
  /** Normal rounded to `values` equally spaced distinct values over [-2.5, 2.5] (ties). */
  | { kind: 'tied'; values: number }
  /** Categories with these shares. */
  | { kind: 'categorical'; shares: readonly number[] };

export interface Scenario {
  shape: ColumnShape;
  referenceRows: number;
  currentRows: number;
  /** Mean shift of the current side in standard deviations (numeric shapes); 0: no drift. */
  shift?: number;
  settings?: DriftSettings;
}

export interface Rate {
  rate: number;
  /** Monte-Carlo standard error, sqrt(rate (1 - rate) / trials). */
  se: number;
  trials: number;
}

export const rate = (hits: number, trials: number): Rate => {
  const r = hits / trials;
  return { rate: r, se: Math.sqrt((r * (1 - r)) / trials), trials };
};

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
}

function numericValues(rng: Rng, rows: number, shape: ColumnShape, shift: number): Float64Array {
  const out = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const x = normal(rng) + shift;
    if (shape.kind === 'tied') {
      const step = 5 / (shape.values - 1);
      out[i] = Math.min(shape.values - 1, Math.max(0, Math.round((x + 2.5) / step)));
    } else out[i] = x;
  }
  return out;
}

function categoryCodes(rng: Rng, rows: number, shares: readonly number[]): Int32Array {
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let u = rng.nextFloat();
    let k = 0;
    while (k < shares.length - 1 && u >= shares[k]!) u -= shares[k++]!;
    codes[i] = k;
  }
  return codes;
}

/** One simulated column, both sides, drawn from `rng`. */
export function simulateColumn(rng: Rng, name: string, scenario: Scenario): PreparedColumn {
  const { shape } = scenario;
  if (shape.kind === 'categorical') {
    const categories = shape.shares.map((_, k) => `c${k}`);
    const pair = categoricalSamples(
      { name, kind: 'categorical', codes: categoryCodes(rng, scenario.referenceRows, shape.shares), categories },
      { name, kind: 'categorical', codes: categoryCodes(rng, scenario.currentRows, shape.shares), categories },
    );
    return { name, kind: 'categorical', ...pair };
  }
  const reference = numericSample(numericValues(rng, scenario.referenceRows, shape, 0));
  const current = numericSample(numericValues(rng, scenario.currentRows, shape, scenario.shift ?? 0));
  const kind: ColumnKind = 'numeric';
  return { name, kind, reference: reference.sample, current: current.sample, missing: { reference: reference.missing, current: current.missing } };
}

/** Share of trials in which one column is flagged as drifted. */
export function columnAlarmRate(scenario: Scenario, trials: number, seed: number): Rate {
  let hits = 0;
  for (let trial = 0; trial < trials; trial++) {
    const rng = createRng(seed * 1_000_003 + trial);
    if (testColumn(simulateColumn(rng, 'x', scenario), scenario.settings ?? {}).drifted) hits++;
  }
  return rate(hits, trials);
}

/** Share of trials in which a dataset of null columns (no drift anywhere) is called drifted. */
export function datasetAlarmRate(columns: readonly Omit<Scenario, 'settings' | 'shift'>[], settings: DriftSettings, trials: number, seed: number): Rate {
  let hits = 0;
  for (let trial = 0; trial < trials; trial++) {
    const rng = createRng(seed * 1_000_003 + trial);
    const prepared = columns.map((scenario, j) => simulateColumn(rng, `f${j}`, scenario));
    if (datasetDrift(prepared, settings).drifted) hits++;
  }
  return rate(hits, trials);
}

/** The issue's dataset: 10 numeric and 1 categorical column, reference and current sizes as given. */
export function issueDataset(referenceRows: number, currentRows: number): Omit<Scenario, 'settings' | 'shift'>[] {
  return [
    ...Array.from({ length: 10 }, () => ({ shape: { kind: 'normal' } as const, referenceRows, currentRows })),
    { shape: { kind: 'categorical', shares: [0.5, 0.3, 0.2] } as const, referenceRows, currentRows },
  ];
}
