// Hellinger distance against Evidently's published values (tests/stattests/test_stattests.py:
// test_freq_obs_eq_freq_exp, test_freq_obs_not_eq_freq_exp, test_cat_feature_with_nans, test_num_features,
// test_hellinger_distance) and a numpy transcription of its _hellinger_distance (numpy 2.4.6) on the same numbers.
import { describe, expect, it } from 'vitest';
import { categorical, minstd, numeric, repeat } from '../../../testing/drift-fixtures.js';
import { hellinger } from './hellinger.js';

/** Evidently's fixed thresholds: these tests check parity with Evidently's decisions. */
const EVIDENTLY = { mode: 'fixed' } as const;

const SIX = ['1', '2', '3', '4', '5', '6'];

describe('Hellinger distance', () => {
  it("gives Evidently's 0.06812 on its six-category example, whatever the reference's size", () => {
    const current = repeat(SIX, [16, 16, 16, 16, 16, 8]);
    for (const scale of [1, 2]) {
      const pair = categorical(repeat(SIX, [16, 18, 16, 14, 12, 12].map((count) => count * scale)), current);
      const result = hellinger.compute(pair.reference, pair.current, undefined, EVIDENTLY);
      expect(Math.abs(result.score - 0.06812)).toBeLessThanOrEqual(1e-5);
      expect(result.score).toBeCloseTo(0.06812774370983345, 14);
      expect(result.drifted).toBe(false);
    }
  });

  it('is 0 for identical columns, missing values excluded (Evidently: categories with NaN, numbers with NaN, a constant)', () => {
    const withNaN = categorical(repeat(['a', 'b', null], [10, 10, 10]), repeat(['a', 'b', null], [10, 10, 10]));
    expect(hellinger.compute(withNaN.reference, withNaN.current, undefined, EVIDENTLY).score).toBe(0);
    const values = [38.7, 41.5, 43.8, 44.5, 45.5, 46.0, 47.7, 58.0, Number.NaN];
    expect(hellinger.compute(numeric(values), numeric(values), undefined, EVIDENTLY).score).toBeCloseTo(0, 7);
    expect(hellinger.compute(numeric(repeat([1], [50])), numeric(repeat([1], [50])), undefined, EVIDENTLY)).toMatchObject({ score: 0, detail: { binning: 'sturges', bins: 1 } });
  });

  it('bins numeric columns by Sturges over the distinct values, not the rows', () => {
    // 5000 distinct values -> 14 bins: 0.06926472409082401
    const u = minstd(2000, 12);
    const result = hellinger.compute(numeric(Array.from(minstd(3000, 11))), numeric(Array.from(u, (x) => x * x * 0.3 + x * 0.7)), undefined, EVIDENTLY);
    expect(result.score).toBeCloseTo(0.06926472409082401, 13);
    expect(result.detail).toEqual({ binning: 'sturges', bins: 14 });
    // 5 distinct values 0-4 -> 4 bins: 0.086503871722334
    const few = hellinger.compute(numeric(Array.from(minstd(500, 21), (x) => Math.floor(x * 4))), numeric(Array.from(minstd(400, 22), (x) => Math.floor(x * 4.4))), undefined, EVIDENTLY);
    expect(few.score).toBeCloseTo(0.086503871722334, 13);
    expect(few.detail).toEqual({ binning: 'sturges', bins: 4 });
  });
});
