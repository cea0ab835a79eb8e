// Helpers for the runner's tests: fixture paths, their weight sidecars, hand-built tables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MISSING_CODE, type CategoricalColumn, type Column, type NumericColumn, type Table } from '../../core/data/table.js';
import type { RunnerSpec } from '../../core/manifest/runner-spec.js';

export function fixture(name: string): string {
  return fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
}

export function sidecar<T>(model: string): T {
  return JSON.parse(readFileSync(fixture(`${model}.json`), 'utf8')) as T;
}

export function numeric(name: string, values: readonly number[]): NumericColumn {
  return { name, kind: 'numeric', values: Float64Array.from(values) };
}

/** undefined marks a missing value. */
export function categorical(name: string, values: readonly (string | undefined)[]): CategoricalColumn {
  const categories: string[] = [];
  const codes = Int32Array.from(values, (value) => {
    if (value === undefined) return MISSING_CODE;
    let code = categories.indexOf(value);
    if (code === -1) code = categories.push(value) - 1;
    return code;
  });
  return { name, kind: 'categorical', codes, categories };
}

export function tableOf(...columns: Column[]): Table {
  const rowCount = columns[0]?.kind === 'numeric' ? columns[0].values.length : (columns[0]?.codes.length ?? 0);
  return { rowCount, columns: new Map(columns.map((column) => [column.name, column])) };
}

/** A table of numeric columns f0 … f{k-1} from rows. */
export function featureTable(rows: readonly (readonly number[])[], k: number): Table {
  return tableOf(...Array.from({ length: k }, (_, j) => numeric(`f${j}`, rows.map((row) => row[j]!))));
}

/** Deterministic rows in [-scale, scale) (mulberry32). */
export function randomRows(seed: number, count: number, k: number, scale = 2): number[][] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Array.from({ length: k }, () => (next() * 2 - 1) * scale));
}

/** A tensor-layout spec over numeric features f0 … f{k-1}. */
export function tensorSpec(task: RunnerSpec['task'], k: number, extra: Partial<RunnerSpec> = {}): RunnerSpec {
  return {
    task,
    layout: 'tensor',
    columns: Array.from({ length: k }, (_, j) => ({ name: `f${j}`, kind: 'numeric' as const })),
    outputs: {},
    threshold: 0.5,
    ...extra,
  };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** What the model computes on: float32 inputs. */
export const f32 = Math.fround;
