import { describe, expect, it } from 'vitest';
import { idsOf, joinLabels } from './labels.js';

describe('labels joined by id', () => {
  it('aligns labels with rows, the last of duplicate ids winning, and counts what did not match', () => {
    const joined = joinLabels({ ids: ['a', 'b', 'b', 'zz'], values: Float64Array.of(1, 0, 1, 0) }, ['b', undefined, 'a', 'c', 'b']);
    expect(Array.from(joined.values)).toEqual([1, Number.NaN, 1, Number.NaN, 1]);
    expect(joined).toMatchObject({ matched: 3, unmatched: 1, duplicateIds: 1, rowsWithoutId: 1 });
  });

  it('reads ids from numeric and categorical columns', () => {
    expect(idsOf({ name: 'id', kind: 'numeric', values: Float64Array.of(17, Number.NaN, 2.5) })).toEqual(['17', undefined, '2.5']);
    expect(idsOf({ name: 'id', kind: 'categorical', codes: Int32Array.of(1, -1, 0), categories: ['x', 'y'] })).toEqual(['y', undefined, 'x']);
    expect(() => joinLabels({ ids: ['a'], values: new Float64Array(2) }, [])).toThrow(/1 ids but 2 values/);
  });
});
