// Column preparation and the binning shared by PSI, Jensen-Shannon and Hellinger. Bin edges and counts are
// numpy 2.4.6's histogram_bin_edges(data, bins='sturges') and histogram(data, edges) on the same data.
import { describe, expect, it } from 'vitest';
import { categoricalColumn, numericColumn } from '../../testing/drift-fixtures.js';
import { distinctUnionCount, evidentlyBins, histogramSorted, prepareColumn, sturgesEdges, valueCounts } from './samples.js';

const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort();

describe('preparing a column', () => {
  it('sorts the finite numeric values and counts NaN and infinities as missing', () => {
    const prepared = prepareColumn(numericColumn('x', [3, Number.NaN, -1, Number.POSITIVE_INFINITY, 2]), numericColumn('x', [0, Number.NEGATIVE_INFINITY]));
    expect(prepared.kind).toBe('numeric');
    expect(prepared.reference.kind === 'numeric' && Array.from(prepared.reference.sorted)).toEqual([-1, 2, 3]);
    expect(prepared.missing).toEqual({ reference: { rows: 5, missing: 2, share: 0.4 }, current: { rows: 2, missing: 1, share: 0.5 } });
  });

  it('aligns categories by text, whatever each table’s dictionary order', () => {
    const reference = categoricalColumn('plan', ['pro', 'basic', 'pro', null]);
    const current = categoricalColumn('plan', ['team', 'basic', 'basic', 'pro']);
    // a category in the dictionary but in no row is left out
    current.categories.push('unused');
    const prepared = prepareColumn(reference, current);
    if (prepared.reference.kind !== 'categorical' || prepared.current.kind !== 'categorical') throw new Error('categorical expected');
    expect(prepared.reference.categories).toEqual(['pro', 'basic', 'team']);
    expect(prepared.current.categories).toBe(prepared.reference.categories);
    expect(Array.from(prepared.reference.counts)).toEqual([2, 1, 0]);
    expect(Array.from(prepared.current.counts)).toEqual([1, 2, 1]);
    expect(prepared.reference.total).toBe(3);
    expect(prepared.missing.reference).toEqual({ rows: 4, missing: 1, share: 0.25 });
  });

  it('rejects category codes outside the dictionary', () => {
    const broken = { name: 'c', kind: 'categorical' as const, codes: Int32Array.of(0, 3), categories: ['a'] };
    expect(() => prepareColumn(broken, categoricalColumn('c', ['a']))).toThrow(/row 1 has category code 3/);
  });
});

describe('binning', () => {
  it("computes numpy's Sturges edges", () => {
    expect(Array.from(sturgesEdges(0, 10, 4, 'test'))).toEqual([0, 3.3333333333333335, 6.666666666666667, 10]);
    expect(Array.from(sturgesEdges(5, 5, 7, 'test'))).toEqual([4.5, 5.5]);
    const data = Array.from({ length: 37 }, (_, i) => 0.1 * (i + 1));
    const edges = sturgesEdges(data[0]!, data[36]!, 37, 'test');
    expect(Array.from(edges)).toEqual([0.1, 0.6142857142857143, 1.1285714285714288, 1.6428571428571432, 2.1571428571428575, 2.6714285714285717, 3.1857142857142864, 3.7]);
    expect(Array.from(histogramSorted(sorted(data), edges))).toEqual([6, 5, 5, 5, 5, 5, 6]);
  });

  it('counts like numpy.histogram: bins closed on the left, the last one closed on both sides', () => {
    const edges = Float64Array.of(0, 1, 2, 3);
    expect(Array.from(histogramSorted(sorted([-1, 0, 0.5, 1, 2, 2.5, 3, 4]), edges))).toEqual([2, 1, 3]);
  });

  it('counts distinct values and rows per value over two sorted samples', () => {
    const a = sorted([1, 1, 2, 5]);
    const b = sorted([2, 3, 3, 5, 7]);
    expect(distinctUnionCount(a, b)).toBe(5);
    expect(distinctUnionCount(a, b, 3)).toBe(3);
    const counts = valueCounts(a, b);
    expect(Array.from(counts.values)).toEqual([1, 2, 3, 5, 7]);
    expect(Array.from(counts.a)).toEqual([2, 1, 0, 1, 0]);
    expect(Array.from(counts.b)).toEqual([0, 1, 2, 1, 1]);
  });

  it("switches to Sturges bins above 20 distinct reference values (Evidently's get_binned_data)", () => {
    const twenty = prepareColumn(numericColumn('x', Array.from({ length: 40 }, (_, i) => i % 20)), numericColumn('x', [0, 25]));
    expect(evidentlyBins(twenty.reference, twenty.current, 'test')).toMatchObject({ binning: 'values', bins: 21 });
    const many = prepareColumn(numericColumn('x', Array.from({ length: 40 }, (_, i) => i % 21)), numericColumn('x', [0, 25]));
    // 42 values in all: ceil(log2(42) + 1) = 7 bins
    expect(evidentlyBins(many.reference, many.current, 'test')).toMatchObject({ binning: 'sturges', bins: 7 });
  });
});
