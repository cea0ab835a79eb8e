import { describe, expect, it } from 'vitest';
import type { Table } from '../data/table.js';
import { extremeValues, finiteRange, finiteStd, flipRate, gaussian, meanAbsoluteChange, nonFinite, withConstant, withMissing, withNoise } from './perturb.js';

const table: Table = {
  rowCount: 4,
  columns: new Map([
    ['x', { name: 'x', kind: 'numeric', values: new Float64Array([1, 2, 3, 4]) }],
    ['c', { name: 'c', kind: 'categorical', codes: new Int32Array([0, 1, 0, 1]), categories: ['a', 'b'] }],
  ]),
};

describe('perturbations', () => {
  it('sets one column missing and leaves the original untouched', () => {
    const numeric = withMissing(table, 'x').columns.get('x');
    expect(numeric?.kind === 'numeric' && [...numeric.values].every(Number.isNaN)).toBe(true);
    const categorical = withMissing(table, 'c').columns.get('c');
    expect(categorical?.kind === 'categorical' && [...categorical.codes]).toEqual([-1, -1, -1, -1]);
    expect(table.columns.get('x')?.kind === 'numeric' && [...(table.columns.get('x') as { values: Float64Array }).values]).toEqual([1, 2, 3, 4]);
    expect(withMissing(table, 'x').columns.get('c')).toBe(table.columns.get('c'));
  });

  it('pushes values a factor of the range beyond it', () => {
    expect(finiteRange(new Float64Array([3, Number.NaN, -1, 5]))).toEqual({ min: -1, max: 5 });
    expect(extremeValues({ min: 0, max: 10 }, 10)).toEqual({ low: -100, high: 110 });
    expect(extremeValues({ min: 7, max: 7 }, 10)).toEqual({ low: -63, high: 77 });
    const constant = withConstant(table, 'x', 0).columns.get('x') as { values: Float64Array };
    expect([...constant.values]).toEqual([0, 0, 0, 0]);
  });

  it('adds noise scaled to each column and reproducible for a seeded source', () => {
    // Population std of [1, 2, 3, 4] is sqrt(1.25).
    expect(finiteStd(new Float64Array([1, 2, 3, 4]))).toBeCloseTo(Math.sqrt(1.25), 12);
    let state = 42;
    const lcg = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31;
    const noisy = withNoise(table, ['x'], 0.01, lcg).columns.get('x') as { values: Float64Array };
    for (let i = 0; i < 4; i++) expect(Math.abs(noisy.values[i]! - (i + 1))).toBeLessThan(0.1);
    state = 42;
    expect([...(withNoise(table, ['x'], 0.01, lcg).columns.get('x') as { values: Float64Array }).values]).toEqual([...noisy.values]);
  });

  it('draws standard normals with mean 0 and variance 1', () => {
    let state = 7;
    const normal = gaussian(() => ((state = (state * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31);
    const draws = Float64Array.from({ length: 20000 }, normal);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(finiteStd(draws)).toBeGreaterThan(0.97);
    expect(finiteStd(draws)).toBeLessThan(1.03);
  });

  it('measures label flips, score changes and non-finite outputs', () => {
    expect(flipRate([0, 1, 1, 0], [0, 0, 1, 1])).toBe(0.5);
    expect(meanAbsoluteChange([0.1, 0.5], [0.2, 0.3])).toBeCloseTo(0.15, 12);
    expect(nonFinite([0.1, Number.NaN, Number.POSITIVE_INFINITY])).toEqual({ count: 2, firstRow: 1 });
    expect(nonFinite([0.1])).toEqual({ count: 0 });
  });
});
