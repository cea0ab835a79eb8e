// Two-sample KS against scipy.stats.ks_2samp, scipy 1.17.1 / numpy 2.4.6 (values printed by scipy on the same
// numbers; the streams below are reproduced in Python bit for bit: see fixtures.ts).
import { describe, expect, it } from 'vitest';
import { DriftError } from '../definition.js';
import { categorical, minstd, numeric } from '../../../testing/drift-fixtures.js';
import { ks, ksTwoSample } from './ks.js';

const sorted = (values: ArrayLike<number>): Float64Array => Float64Array.from(values).sort();
/** frac(i * golden ratio) and a bent frac(j * sqrt(1/2)), i, j = 1..n: two different, deterministic distributions. */
const seqA = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => ((i + 1) * 0.6180339887498949) % 1);
const seqB = (n: number): Float64Array =>
  Float64Array.from({ length: n }, (_, j) => {
    const f = ((j + 1) * 0.7071067811865476) % 1;
    return f * f * 0.5 + f * 0.55;
  });
/** numpy.floor(x * 20) / 20: ties within and across samples. */
const coarse = (values: Float64Array): Float64Array => values.map((x) => Math.floor(x * 20) / 20);

function expectKs(a: ArrayLike<number>, b: ArrayLike<number>, method: 'auto' | 'exact' | 'asymptotic', statistic: number, pValue: number, used: 'exact' | 'asymptotic', relative = 1e-9): void {
  const result = ksTwoSample(sorted(a), sorted(b), method);
  expect(result.method).toBe(used);
  expect(Math.abs(result.statistic - statistic)).toBeLessThanOrEqual(1e-15);
  expect(Math.abs(result.pValue - pValue), `p ${result.pValue} vs ${pValue}`).toBeLessThanOrEqual(relative * pValue);
}

// Evidently's test data for its Anderson-Darling test (tests/stattests/test_stattests.py)
const EVIDENTLY_REFERENCE = [38.7, 41.5, 43.8, 44.5, 45.5, 46.0, 47.7, 58.0];
const EVIDENTLY_CURRENT = [39.2, 39.3, 39.7, 41.4, 41.8, 42.9, 43.3, 45.8];
const THIRTEEN = [39.2, 39.3, 39.7, 41.4, 41.8, 42.9, 43.3, 45.8, 41.5, 44.5, 50.1, 52.0, 38.0];

describe('ks_2samp exact p-values (both samples <= 10,000 values)', () => {
  it('equal sizes', () => {
    expectKs(EVIDENTLY_REFERENCE, EVIDENTLY_CURRENT, 'auto', 0.625, 0.08702408702408701, 'exact', 1e-13);
    expectKs(seqA(300), seqB(300), 'auto', 0.10666666666666667, 0.06580849821915531, 'exact');
    expectKs(minstd(5000, 1), minstd(5000, 2), 'auto', 0.0114, 0.901388591127366, 'exact');
  });

  it('unequal sizes, with ties within and across samples', () => {
    expectKs(EVIDENTLY_REFERENCE, THIRTEEN, 'auto', 0.4423076923076923, 0.2163546120202467, 'exact');
    expectKs(seqA(600), seqB(450), 'auto', 0.10555555555555556, 0.0060717376901751425, 'exact');
    expectKs(coarse(seqA(600)), coarse(seqB(450)), 'auto', 0.10388888888888889, 0.0072764150078703385, 'exact');
    expectKs(minstd(700, 1), minstd(500, 2), 'auto', 0.04342857142857143, 0.624487104195666, 'exact');
    expectKs(minstd(9000, 1), minstd(7000, 2).map((x) => x * 1.01), 'auto', 0.01426984126984127, 0.3949839757720742, 'exact');
    expectKs(seqA(10000), seqB(3000), 'auto', 0.10166666666666667, 3.290345979108544e-21, 'exact');
  });

  it('is 1 for identical distributions up to one value', () => {
    const result = ksTwoSample(seqA(299).sort(), seqA(300).sort());
    expect(result.pValue).toBe(1);
    expect(result.statistic).toBeCloseTo(0.001973244147157191, 15);
  });
});

describe('ks_2samp asymptotic p-values (a sample above 10,000 values, or asked for)', () => {
  it('above 10,000 values: kstwo.sf(D, round(m n / (m + n)))', () => {
    expectKs(minstd(15000, 1), minstd(12000, 2), 'auto', 0.0105, 0.4511870253786765, 'asymptotic');
    expectKs(minstd(12001, 1), minstd(700, 2), 'auto', 0.050319854297856126, 0.06797348695105287, 'asymptotic');
    expectKs(seqA(12000), seqB(800), 'auto', 0.1025, 2.5883304133195884e-7, 'asymptotic');
    expectKs(coarse(seqA(15000)), coarse(seqB(15000)), 'auto', 0.10126666666666667, 2.0681589319138865e-67, 'asymptotic');
    expectKs(minstd(200000, 5), minstd(150000, 6).map((x) => x * 1.005), 'auto', 0.005581666666666707, 0.009547872646556288, 'asymptotic');
  });

  it('a huge reference against a handful of current rows is judged on the small sample (n_eff = 10, 40)', () => {
    // the limiting Kolmogorov distribution (scipy.stats.kstwobign) would say 0.8777 here instead of 0.8169
    expectKs(seqA(20000), seqB(10), 'auto', 0.18645, 0.8168978647619292, 'asymptotic');
    expectKs(minstd(30000, 3), minstd(40, 4), 'auto', 0.1394333333333333, 0.3828417101275221, 'asymptotic');
  });

  it("method='asymp' on small samples", () => {
    expectKs(EVIDENTLY_REFERENCE, EVIDENTLY_CURRENT, 'asymptotic', 0.625, 0.04931640625, 'asymptotic');
    expectKs(EVIDENTLY_REFERENCE, THIRTEEN, 'asymptotic', 0.4423076923076923, 0.20949751114685677, 'asymptotic');
    expectKs(minstd(700, 1), minstd(500, 2), 'asymptotic', 0.04342857142857143, 0.6244507532140131, 'asymptotic');
  });
});

describe('the ks drift test', () => {
  it('reports the p-value, the method used, and drifts below the threshold', () => {
    const result = ks.compute(numeric(EVIDENTLY_REFERENCE), numeric(EVIDENTLY_CURRENT));
    expect(result).toMatchObject({ method: 'ks', kind: 'p-value', statistic: 0.625, threshold: 0.05, drifted: false });
    expect(result.pValue).toBeCloseTo(0.08702408702408701, 14);
    expect(result.score).toBe(result.pValue);
    expect(result.detail).toEqual({ pValueMethod: 'exact', referenceValues: 8, currentValues: 8 });
    expect(ks.compute(numeric(EVIDENTLY_REFERENCE), numeric(EVIDENTLY_CURRENT), 0.1).drifted).toBe(true);
  });

  it('excludes missing and infinite values from the test', () => {
    const withMissing = numeric([...EVIDENTLY_REFERENCE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    expect(ks.compute(withMissing, numeric(EVIDENTLY_CURRENT)).pValue).toBeCloseTo(0.08702408702408701, 14);
  });

  it('refuses categorical columns and empty samples', () => {
    const { reference, current } = categorical(['a', 'b'], ['a', 'a']);
    expect(() => ks.compute(reference, current)).toThrow(DriftError);
    expect(() => ks.compute(numeric([Number.NaN]), numeric([1]))).toThrow(/no non-missing value/);
  });
});
