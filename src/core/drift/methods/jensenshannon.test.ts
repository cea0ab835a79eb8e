// Jensen-Shannon distance: scipy.spatial.distance.jensenshannon docstring examples (scipy 1.17.1), and the
// drift test against a numpy transcription of Evidently's _jensenshannon (get_binned_data without the empty-bin
// fill, scipy's jensenshannon with base=None, i.e. natural log) on the same numbers.
import { describe, expect, it } from 'vitest';
import { categorical, minstd, numeric, repeat } from '../../../testing/drift-fixtures.js';
import { jensenShannonDistance, jensenshannon } from './jensenshannon.js';

/** Evidently's fixed thresholds: these tests check parity with Evidently's decisions. */
const EVIDENTLY = { mode: 'fixed' } as const;

describe('Jensen-Shannon distance', () => {
  it('matches the scipy docstring', () => {
    // jensenshannon([1.0, 0.0, 0.0], [0.0, 1.0, 0.0], 2.0) -> 1.0
    expect(jensenShannonDistance([1, 0, 0], [0, 1, 0], 2)).toBeCloseTo(1, 15);
    // jensenshannon([1.0, 0.0], [0.5, 0.5]) -> 0.46450140402245893 (natural log)
    expect(jensenShannonDistance([1, 0], [0.5, 0.5])).toBeCloseTo(0.46450140402245893, 15);
    expect(jensenShannonDistance([1, 0, 0], [1, 0, 0])).toBe(0);
    // unnormalised inputs are normalised first
    expect(jensenShannonDistance([2, 0], [3, 3])).toBeCloseTo(0.46450140402245893, 15);
  });

  it('uses natural logarithms, as Evidently (base=None): at most sqrt(ln 2)', () => {
    const { reference, current } = categorical(['a', 'a'], ['b']);
    expect(jensenshannon.compute(reference, current, undefined, EVIDENTLY).score).toBeCloseTo(Math.sqrt(Math.LN2), 15);
  });

  it('on categories seen on either side', () => {
    // Evidently: reference a, a, b, c vs current a, b, b, d -> 0.464501404022459
    const { reference, current } = categorical(['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'd']);
    const result = jensenshannon.compute(reference, current, undefined, EVIDENTLY);
    expect(result.score).toBeCloseTo(0.464501404022459, 14);
    expect(result).toMatchObject({ kind: 'distance', threshold: 0.1, drifted: true, detail: { binning: 'values', bins: 4, logBase: 'e' } });
    const six = categorical(repeat(['1', '2', '3', '4', '5', '6'], [16, 18, 16, 14, 12, 12]), repeat(['1', '2', '3', '4', '5', '6'], [16, 16, 16, 16, 16, 8]));
    expect(jensenshannon.compute(six.reference, six.current, undefined, EVIDENTLY).score).toBeCloseTo(0.06804819617703867, 14);
  });

  it('on Sturges bins (numeric, more than 20 values) and on values (fewer)', () => {
    const u = minstd(2000, 12);
    const binned = jensenshannon.compute(numeric(Array.from(minstd(3000, 11))), numeric(Array.from(u, (x) => x * x * 0.3 + x * 0.7)), undefined, EVIDENTLY);
    expect(binned.score).toBeCloseTo(0.06920147057187111, 14);
    expect(binned.detail).toMatchObject({ binning: 'sturges', bins: 14 });
    const few = jensenshannon.compute(numeric(Array.from(minstd(500, 21), (x) => Math.floor(x * 4))), numeric(Array.from(minstd(400, 22), (x) => Math.floor(x * 4.4))), undefined, EVIDENTLY);
    expect(few.score).toBeCloseTo(0.20388184681899021, 14);
  });
});
