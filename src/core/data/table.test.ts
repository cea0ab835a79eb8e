// concatTables: the files of a glob source as one table; takeRows: the rows of a sample.
import { describe, expect, it } from 'vitest';
import { categoryOf, concatTables, takeRows, type CategoricalColumn, type NumericColumn, type Table } from './table.js';

const table = (values: number[], texts: (string | undefined)[]): Table => {
  const categories = [...new Set(texts.filter((t): t is string => t !== undefined))];
  return {
    rowCount: values.length,
    columns: new Map<string, NumericColumn | CategoricalColumn>([
      ['x', { name: 'x', kind: 'numeric', values: Float64Array.from(values) }],
      ['c', { name: 'c', kind: 'categorical', codes: Int32Array.from(texts.map((t) => (t === undefined ? -1 : categories.indexOf(t)))), categories }],
    ]),
  };
};

describe('concatTables', () => {
  it('keeps rows in order, missing values missing, and re-codes categories onto one dictionary', () => {
    const joined = concatTables([table([1, NaN], ['b', 'a']), table([3], [undefined]), table([4, 5], ['a', 'c'])]);
    expect(joined.rowCount).toBe(5);
    expect([...(joined.columns.get('x') as NumericColumn).values]).toEqual([1, NaN, 3, 4, 5]);
    const c = joined.columns.get('c') as CategoricalColumn;
    expect(c.categories).toEqual(['b', 'a', 'c']);
    expect([0, 1, 2, 3, 4].map((row) => categoryOf(c, row))).toEqual(['b', 'a', undefined, 'a', 'c']);
  });

  it('refuses tables whose columns differ', () => {
    const other: Table = { rowCount: 1, columns: new Map([['x', { name: 'x', kind: 'categorical', codes: Int32Array.of(0), categories: ['1'] }]]) };
    expect(() => concatTables([table([1], ['a']), other])).toThrow(/column 'x' is not numeric in every table/);
  });
});

describe('takeRows', () => {
  it('copies the rows at the indices, in their order, missing values missing, the dictionary shared', () => {
    const source = table([1, Number.NaN, 3, -0], ['a', undefined, 'b', 'a']);
    const taken = takeRows(source, Uint32Array.from([3, 1, 1, 0]));
    expect(taken.rowCount).toBe(4);
    const x = taken.columns.get('x') as NumericColumn;
    expect(Array.from(x.values)).toEqual([-0, Number.NaN, Number.NaN, 1]);
    expect(Object.is(x.values[0], -0)).toBe(true);
    const c = taken.columns.get('c') as CategoricalColumn;
    expect(Array.from({ length: 4 }, (_, row) => categoryOf(c, row))).toEqual(['a', undefined, undefined, 'a']);
    expect(c.categories).toBe((source.columns.get('c') as CategoricalColumn).categories);
    // a copy, not a view: the source is untouched by writes to it
    x.values[3] = 99;
    expect((source.columns.get('x') as NumericColumn).values[0]).toBe(1);
    expect(takeRows(source, []).rowCount).toBe(0);
  });
});
