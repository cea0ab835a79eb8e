// concatTables: the files of a glob source as one table.
import { describe, expect, it } from 'vitest';
import { categoryOf, concatTables, type CategoricalColumn, type NumericColumn, type Table } from './table.js';

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
