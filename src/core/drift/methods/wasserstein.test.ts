// Normalised Wasserstein distance: scipy.stats.wasserstein_distance's docstring example and values computed by
// scipy 1.17.1 / numpy 2.4.6 on the same numbers, divided by numpy.std(reference) as Evidently does.
import { describe, expect, it } from 'vitest';
import { DriftError } from '../definition.js';
import { categorical, minstd, numeric } from '../../../testing/drift-fixtures.js';
import { standardDeviation, wasserstein, wassersteinDistance } from './wasserstein.js';

/** Evidently's fixed thresholds: these tests check parity with Evidently's decisions. */
const EVIDENTLY = { mode: 'fixed' } as const;

const sorted = (values: ArrayLike<number>): Float64Array => Float64Array.from(values).sort();

describe('Wasserstein distance', () => {
  it('matches the scipy docstring: wasserstein_distance([0, 1, 3], [5, 6, 8]) = 5.0', () => {
    expect(wassersteinDistance(sorted([0, 1, 3]), sorted([5, 6, 8]))).toBe(5);
    // normalised by std([0, 1, 3]) = sqrt(14/9)
    expect(wasserstein.compute(numeric([0, 1, 3]), numeric([5, 6, 8]), undefined, EVIDENTLY).score).toBeCloseTo(5 / Math.sqrt(14 / 9), 14);
  });

  it('matches scipy on samples of different sizes, with and without ties', () => {
    // minstd(3000, 11) vs u * u * 0.3 + u * 0.7, u = minstd(2000, 12): 0.04605235560153111; std 0.28644890967719494
    const u = minstd(2000, 12);
    const a = minstd(3000, 11);
    const b = u.map((x) => x * x * 0.3 + x * 0.7);
    expect(wassersteinDistance(sorted(a), sorted(b))).toBeCloseTo(0.04605235560153111, 15);
    expect(standardDeviation(a)).toBeCloseTo(0.28644890967719494, 15);
    const result = wasserstein.compute(numeric(Array.from(a)), numeric(Array.from(b)), undefined, EVIDENTLY);
    expect(result.score).toBeCloseTo(0.16076987569416284, 14);
    expect(result).toMatchObject({ method: 'wasserstein', kind: 'distance', threshold: 0.1, drifted: true });
    // ties: numpy.floor(x * 20) / 20 of both -> 0.04560833333333334
    const coarse = (x: number): number => Math.floor(x * 20) / 20;
    expect(wassersteinDistance(sorted(Array.from(a, coarse)), sorted(Array.from(b, coarse)))).toBeCloseTo(0.04560833333333334, 15);
  });

  it('floors the reference standard deviation at 0.001', () => {
    const result = wasserstein.compute(numeric([2, 2, 2]), numeric([2, 2, 2.5]), undefined, EVIDENTLY);
    expect(result.detail).toMatchObject({ referenceStd: 0 });
    expect(result.score).toBeCloseTo(0.5 / 3 / 0.001, 9);
  });

  it('refuses categorical columns', () => {
    const { reference, current } = categorical(['a'], ['b']);
    expect(() => wasserstein.compute(reference, current, undefined, EVIDENTLY)).toThrow(DriftError);
  });
});
