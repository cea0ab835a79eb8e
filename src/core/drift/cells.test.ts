import { describe, expect, it } from 'vitest';
import { createRng } from '../stats/random.js';
import { valueCells } from './cells.js';
import { valueCounts } from './samples.js';

/**
 * The cells written the plain way: every distinct value counted first (valueCounts), then grouped into
 * runs, each closed at the first value whose cumulative pooled count reaches the next multiple of the
 * target (the last run at the last value), and each run summed.
 */
function cellsFromCounts(reference: Float64Array, current: Float64Array, maxCells: number) {
  const counts = valueCounts(reference, current);
  const distinct = counts.values.length;
  const pooled = counts.a.map((a, k) => a + counts.b[k]!);
  // m n (F_a - F_b) after each distinct value, from cumulative counts; its largest size and its area
  const m = reference.length;
  const n = current.length;
  let i = 0;
  let j = 0;
  const differences = Array.from(counts.values, (_, k) => Math.abs((i += counts.a[k]!) * n - (j += counts.b[k]!) * m));
  const largestDifference = Math.max(0, ...differences);
  let area = 0;
  for (let k = 0; k + 1 < distinct; k++) area += differences[k]! * (counts.values[k + 1]! - counts.values[k]!);
  const merge = { largestDifference, area };
  if (distinct <= maxCells) return { positions: counts.values, pooled, reference: counts.a, distinct, grouped: false, ...merge };
  const target = (reference.length + current.length) / maxCells;
  const groups: number[][] = [[]];
  let cumulative = 0;
  counts.values.forEach((_, k) => {
    cumulative += pooled[k]!;
    groups.at(-1)!.push(k);
    if (cumulative >= groups.length * target && k < distinct - 1) groups.push([]);
  });
  const sum = (run: number[], of: (k: number) => number) => run.reduce((s, k) => s + of(k), 0);
  const rows = (run: number[]) => sum(run, (k) => pooled[k]!);
  return {
    positions: Float64Array.from(groups, (run) => sum(run, (k) => pooled[k]! * counts.values[k]!) / rows(run)),
    pooled: Float64Array.from(groups, rows),
    reference: Float64Array.from(groups, (run) => sum(run, (k) => counts.a[k]!)),
    distinct,
    grouped: true,
    ...merge,
  };
}

const sortedSample = (size: number, decimals: number, shift: number, seed: number): Float64Array => {
  const rng = createRng(seed);
  const scale = 10 ** decimals;
  return Float64Array.from({ length: size }, () => Math.round((rng.nextFloat() * 4 - 2 + shift) * scale) / scale).sort();
};

describe('valueCells', () => {
  it.each([
    ['few distinct values: one cell each', 300, 400, 1, 1000],
    ['exactly the cell budget', 2000, 2000, 2, 401],
    ['many ties, grouped into runs', 5000, 3000, 2, 250],
    ['all distinct, grouped', 20_000, 15_000, 9, 250],
    ['one side empty of a value range', 1000, 50, 3, 1000],
  ])('gives the cells of the two-pass construction: %s', (_, m, n, decimals, maxCells) => {
    const reference = sortedSample(m, decimals, 0, m);
    const current = sortedSample(n, decimals, 0.3, n);
    expect(valueCells(reference, current, maxCells)).toStrictEqual(cellsFromCounts(reference, current, maxCells));
  });

  it('handles empty samples', () => {
    expect(valueCells(new Float64Array(0), new Float64Array(0))).toStrictEqual(cellsFromCounts(new Float64Array(0), new Float64Array(0), 1000));
  });
});
