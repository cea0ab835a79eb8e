// Groups of sensitive attributes. Expected values worked out by hand from the inputs beside each test.
import { describe, expect, it } from 'vitest';
import { FairnessInputError, MISSING_LABEL, binLabels, bucketOf, groupsFromColumn, intersectGroupings, type Grouping } from './groups.js';
import { categorical, numeric } from '../../testing/fairness-data.js';

const labelsOf = (grouping: Grouping): string[] => grouping.groups.map((g) => g.label);
const rowsAs = (grouping: Grouping): string[] => Array.from(grouping.codes, (code) => grouping.groups[code]!.label);

describe('categorical attributes', () => {
  it('makes one group per category, sorted by label whatever the row order', () => {
    const grouping = groupsFromColumn({ name: 'sex', column: 'sex' }, categorical('sex', ['male', 'female', 'male', 'diverse']));
    expect(labelsOf(grouping)).toEqual(['diverse', 'female', 'male']);
    expect(rowsAs(grouping)).toEqual(['male', 'female', 'male', 'diverse']);
    expect(grouping.groups[1]).toEqual({ label: 'female', missing: false, values: { sex: 'female' } });
  });

  it('reports missing values as their own "(missing)" group, listed last', () => {
    const grouping = groupsFromColumn({ name: 'sex', column: 'sex' }, categorical('sex', [null, 'male', 'female', null]));
    expect(labelsOf(grouping)).toEqual(['female', 'male', MISSING_LABEL]);
    expect(grouping.groups[2]!.missing).toBe(true);
    expect(rowsAs(grouping)).toEqual([MISSING_LABEL, 'male', 'female', MISSING_LABEL]);
  });

  it('skips categories of the dictionary that no row has', () => {
    const column = { ...categorical('sex', ['male', 'male']), categories: ['male', 'female'] };
    expect(labelsOf(groupsFromColumn({ name: 'sex', column: 'sex' }, column))).toEqual(['male']);
  });

  it('reads a numeric column without bins as categories, ordered by value', () => {
    const grouping = groupsFromColumn({ name: 'sex', column: 'sex_code' }, numeric('sex_code', [10, 2, 1, Number.NaN, 2]));
    expect(labelsOf(grouping)).toEqual(['1', '2', '10', MISSING_LABEL]);
    expect(rowsAs(grouping)).toEqual(['10', '2', '1', MISSING_LABEL, '2']);
  });
});

describe('numeric attributes bucketed by bins', () => {
  it('labels buckets "< a", "a–b", "≥ b"', () => {
    expect(binLabels([25, 60])).toEqual(['< 25', '25–60', '≥ 60']);
    expect(binLabels([25])).toEqual(['< 25', '≥ 25']);
    expect(binLabels([18, 25, 40, 60])).toEqual(['< 18', '18–25', '25–40', '40–60', '≥ 60']);
  });

  it('puts a value equal to an edge in the bucket that starts there', () => {
    expect([24.999, 25, 59.9, 60, -Infinity, Infinity].map((v) => bucketOf(v, [25, 60]))).toEqual([0, 1, 1, 2, 0, 2]);
  });

  it('groups ages into ordered buckets and missing ages into "(missing)"', () => {
    const attribute = { name: 'age_group', column: 'age', type: 'numeric' as const, bins: [25, 60] };
    const grouping = groupsFromColumn(attribute, numeric('age', [19, 25, 61, 60, 59, Number.NaN, 30]));
    expect(labelsOf(grouping)).toEqual(['< 25', '25–60', '≥ 60', MISSING_LABEL]);
    expect(rowsAs(grouping)).toEqual(['< 25', '25–60', '≥ 60', '≥ 60', '25–60', MISSING_LABEL, '25–60']);
    expect(grouping.groups[0]!.values).toEqual({ age_group: '< 25' });
  });

  it('leaves out buckets no row falls in, keeping bucket order', () => {
    const grouping = groupsFromColumn({ name: 'age_group', column: 'age', bins: [25, 60] }, numeric('age', [70, 20]));
    expect(labelsOf(grouping)).toEqual(['< 25', '≥ 60']);
  });

  it('rejects bins that cannot bucket the column, saying what to change', () => {
    const age = numeric('age', [30]);
    expect(() => groupsFromColumn({ name: 'age_group', column: 'age', bins: [60, 25] }, age)).toThrow(/bins must be strictly ascending; got \[60, 25\]/);
    expect(() => groupsFromColumn({ name: 'age_group', column: 'age', bins: [25, 25] }, age)).toThrow(FairnessInputError);
    expect(() => groupsFromColumn({ name: 'age_group', column: 'age', bins: [] }, age)).toThrow(/bins is empty/);
    expect(() => groupsFromColumn({ name: 'age_group', column: 'age', type: 'numeric' }, age)).toThrow(/numeric but declares no bins; add bins/);
    expect(() => groupsFromColumn({ name: 'sex', column: 'sex', bins: [1] }, categorical('sex', ['f']))).toThrow(/bins apply to numeric columns/);
  });
});

describe('intersections', () => {
  const sex = groupsFromColumn({ name: 'sex', column: 'sex' }, categorical('sex', ['f', 'm', 'f', 'm', null, 'f']));
  const age = groupsFromColumn({ name: 'age_group', column: 'age', bins: [25] }, numeric('age', [20, 30, 40, 50, 22, Number.NaN]));

  it('keeps only the combinations that occur (empty cells skipped), missing combinations last', () => {
    const both = intersectGroupings([sex, age]);
    expect(both.name).toBe('sex × age_group');
    expect(both.attributes).toEqual(['sex', 'age_group']);
    // f,<25 (row 0); f,≥25 (row 2); m,≥25 (rows 1, 3); (missing),<25 (row 4); f,(missing) (row 5); m,<25 is empty
    expect(labelsOf(both)).toEqual(['f, < 25', 'f, ≥ 25', 'm, ≥ 25', `f, ${MISSING_LABEL}`, `${MISSING_LABEL}, < 25`]);
    expect(both.groups.map((g) => g.missing)).toEqual([false, false, false, true, true]);
    expect(rowsAs(both)).toEqual(['f, < 25', 'm, ≥ 25', 'f, ≥ 25', 'm, ≥ 25', `${MISSING_LABEL}, < 25`, `f, ${MISSING_LABEL}`]);
    expect(both.groups[1]!.values).toEqual({ sex: 'f', age_group: '≥ 25' });
  });

  it('needs two attributes over the same rows', () => {
    expect(() => intersectGroupings([sex])).toThrow(/at least two/);
    const short = groupsFromColumn({ name: 'x', column: 'x' }, categorical('x', ['a']));
    expect(() => intersectGroupings([sex, short])).toThrow(/has 1 rows/);
  });
});
