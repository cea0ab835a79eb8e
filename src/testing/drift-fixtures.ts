// Test fixtures for the drift tests: samples built from plain arrays, and data streams that Python reproduces
// bit for bit, so reference values computed with scipy/numpy apply to exactly the same numbers.
import { createRng } from '../core/stats/random.js';
import type { CategoricalColumn, NumericColumn } from '../core/data/table.js';
import type { CategoricalSample, NumericSample } from '../core/drift/definition.js';
import { categoricalSamples, numericSample } from '../core/drift/samples.js';

export function numeric(values: readonly number[]): NumericSample {
  return numericSample(Float64Array.from(values)).sample;
}

/** Reference and current categorical samples of the same column, from category labels per row (null = missing). */
export function categorical(reference: readonly (string | null)[], current: readonly (string | null)[]): { reference: CategoricalSample; current: CategoricalSample } {
  return categoricalSamples(categoricalColumn('c', reference), categoricalColumn('c', current));
}

export function numericColumn(name: string, values: readonly number[]): NumericColumn {
  return { name, kind: 'numeric', values: Float64Array.from(values) };
}

/** A dictionary-encoded column; categories in order of first appearance, null as code -1. */
export function categoricalColumn(name: string, labels: readonly (string | null)[]): CategoricalColumn {
  const categories: string[] = [];
  const codes = Int32Array.from(labels, (label) => {
    if (label === null) return -1;
    let code = categories.indexOf(label);
    if (code < 0) code = categories.push(label) - 1;
    return code;
  });
  return { name, kind: 'categorical', codes, categories };
}

/** `value` repeated counts[i] times for values[i] (pandas' Series(values).repeat(counts)). */
export function repeat<T>(values: readonly T[], counts: readonly number[]): T[] {
  return values.flatMap((value, i) => Array.from({ length: counts[i]! }, () => value));
}

/**
 * Park & Miller's MINSTD generator, x <- 16807 x mod (2^31 - 1), as u = x / (2^31 - 1). Every step is exact in
 * doubles, so Python's `x = (16807 * x) % 2147483647` yields the same values.
 */
export function minstd(count: number, seed: number): Float64Array {
  const out = new Float64Array(count);
  let x = seed;
  for (let i = 0; i < count; i++) {
    x = (16807 * x) % 2147483647;
    out[i] = x / 2147483647;
  }
  return out;
}

/** Standard normal draws by Box-Muller from the seeded xoshiro generator (simulations and test data only). */
export function normals(count: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - rng.nextFloat()));
    const angle = 2 * Math.PI * rng.nextFloat();
    out[i] = radius * Math.cos(angle);
    if (i + 1 < count) out[i + 1] = radius * Math.sin(angle);
  }
  return out;
}
