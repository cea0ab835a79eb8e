// Perturbed copies of a table for the robustness gate. Only the perturbed column is copied; the
// others are shared with the original.
import { MISSING_CODE, type Column, type NumericColumn, type Table } from '../data/table.js';

export type Uniform = () => number;

function replaceColumn(table: Table, column: Column): Table {
  const columns = new Map(table.columns);
  columns.set(column.name, column);
  return { rowCount: table.rowCount, columns };
}

/** The column set missing on every row (NaN or the missing code). */
export function withMissing(table: Table, name: string): Table {
  const column = table.columns.get(name)!;
  return replaceColumn(
    table,
    column.kind === 'numeric'
      ? { ...column, values: new Float64Array(table.rowCount).fill(Number.NaN) }
      : { ...column, codes: new Int32Array(table.rowCount).fill(MISSING_CODE) },
  );
}

/** A numeric column set to one value on every row. */
export function withConstant(table: Table, name: string, value: number): Table {
  const column = table.columns.get(name) as NumericColumn;
  return replaceColumn(table, { ...column, values: new Float64Array(table.rowCount).fill(value) });
}

/** Minimum and maximum of the finite values, or undefined when there are none. */
export function finiteRange(values: Float64Array): { min: number; max: number } | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : undefined;
}

/**
 * Values beyond the training range: `factor` times the range's width past its upper end (or, for the low
 * side, past its lower end). A zero-width range uses the magnitude of the value, or 1.
 */
export function extremeValues(range: { min: number; max: number }, factor: number): { low: number; high: number } {
  const width = range.max - range.min || Math.max(Math.abs(range.max), 1);
  return { low: range.min - factor * width, high: range.max + factor * width };
}

/** Standard deviation of the finite values (population). */
export function finiteStd(values: Float64Array): number {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    n++;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
  }
  return n > 0 ? Math.sqrt(m2 / n) : 0;
}

/** Standard normal draws from a uniform source (Box-Muller), reproducible for a seeded source. */
export function gaussian(uniform: Uniform): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** Every numeric column plus Gaussian noise of `level` times the column's standard deviation. */
export function withNoise(table: Table, names: readonly string[], level: number, uniform: Uniform): Table {
  const normal = gaussian(uniform);
  let noisy: Table = table;
  for (const name of names) {
    const column = table.columns.get(name) as NumericColumn;
    const sigma = level * finiteStd(column.values);
    const values = new Float64Array(column.values.length);
    for (let i = 0; i < values.length; i++) values[i] = column.values[i]! + sigma * normal();
    noisy = replaceColumn(noisy, { ...column, values });
  }
  return noisy;
}

/** Share of rows whose predicted label differs. */
export function flipRate(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let flips = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) flips++;
  return a.length === 0 ? 0 : flips / a.length;
}

/** Mean absolute difference of two score vectors. */
export function meanAbsoluteChange(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return a.length === 0 ? 0 : sum / a.length;
}

/** Rows whose value is NaN or infinite, and the first such row. */
export function nonFinite(values: ArrayLike<number>): { count: number; firstRow?: number } {
  let count = 0;
  let firstRow: number | undefined;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i]!)) continue;
    count++;
    firstRow ??= i;
  }
  return firstRow === undefined ? { count } : { count, firstRow };
}
