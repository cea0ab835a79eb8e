import { describe, expect, it } from 'vitest';
import { fitIsotonic, IsotonicError, poolAdjacentViolators, predictIsotonic } from './isotonic.js';

describe('poolAdjacentViolators', () => {
  it('pools each decreasing pair into its mean (worked by hand)', () => {
    // 1 | 3 2 -> 2.5 2.5 | 4 3 -> 3.5 3.5 | 5
    expect(Array.from(poolAdjacentViolators([1, 3, 2, 4, 3, 5]))).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
  });

  it('pools back across earlier blocks when a new value undercuts them', () => {
    // 4 3 -> 3.5; 3.5 3.5 2 -> 3; 3 3 3 1 -> 2.5
    expect(Array.from(poolAdjacentViolators([4, 3, 2, 1]))).toEqual([2.5, 2.5, 2.5, 2.5]);
    // 1, then 5 6 2: 6 2 -> 4, 5 4 4 -> 13/3
    const fitted = Array.from(poolAdjacentViolators([1, 5, 6, 2]));
    expect(fitted[0]).toBe(1);
    for (const value of fitted.slice(1)) expect(value).toBeCloseTo(13 / 3, 15);
  });

  it('weights the pooled mean', () => {
    // (3 * 1 + 1 * 3) / 4 = 1.5
    expect(Array.from(poolAdjacentViolators([3, 1], [1, 3]))).toEqual([1.5, 1.5]);
  });

  it('leaves a non-decreasing sequence unchanged', () => {
    expect(Array.from(poolAdjacentViolators([0, 0, 0.5, 1, 1]))).toEqual([0, 0, 0.5, 1, 1]);
  });

  it('rejects non-finite values and non-positive weights', () => {
    expect(() => poolAdjacentViolators([1, Number.NaN])).toThrow(IsotonicError);
    expect(() => poolAdjacentViolators([1, 2], [1, 0])).toThrow(/weights\[1\] is 0/);
  });
});

describe('fitIsotonic / predictIsotonic', () => {
  // Values from scikit-learn 1.2.1: IsotonicRegression(out_of_bounds='clip').fit(x, y).predict(...)
  it('matches scikit-learn on an unsorted-free example, interpolating between knots and clipping outside', () => {
    const model = fitIsotonic([1, 2, 3, 4, 5, 6], [1, 3, 2, 4, 3, 5]);
    expect(Array.from(model.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(model.y)).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
    expect(Array.from(predictIsotonic(model, [0, 1.5, 2.5, 3.25, 7]))).toEqual([1, 1.75, 2.5, 2.75, 5]);
  });

  it('merges tied x by weighted mean and keeps only the ends of constant runs, as scikit-learn', () => {
    // by hand: x=0.1 -> (1+0)/2 w2, 0.2 -> 0 w2, 0.3 -> (1*1 + 0*3)/4 = 0.25 w4, 0.4 -> 0 w1, 0.5 -> 1 w1;
    // PAV pools 0.1..0.4 into (1 + 0 + 1 + 0) / 9 = 2/9; knots 0.1, 0.4 (run ends) and 0.5
    const x = [0.3, 0.1, 0.5, 0.1, 0.2, 0.3, 0.4];
    const y = [1, 1, 1, 0, 0, 0, 0];
    const w = [1, 1, 1, 1, 2, 3, 1];
    const model = fitIsotonic(x, y, w);
    expect(Array.from(model.x)).toEqual([0.1, 0.4, 0.5]);
    expect(model.y[0]).toBeCloseTo(2 / 9, 15);
    expect(model.y[1]).toBeCloseTo(2 / 9, 15);
    expect(model.y[2]).toBe(1);
    const predicted = predictIsotonic(model, [0.05, 0.15, 0.25, 0.35, 0.45, 0.6]);
    const sklearn = [0.22222222, 0.22222222, 0.22222222, 0.22222222, 0.61111111, 1];
    sklearn.forEach((value, i) => expect(predicted[i]).toBeCloseTo(value, 8));
  });

  it('is non-decreasing in x for noisy data', () => {
    const x = Array.from({ length: 200 }, (_, i) => (i * 37) % 200);
    const y = x.map((v, i) => (v / 200 + ((i * 7919) % 13) / 13 > 0.9 ? 1 : 0));
    const model = fitIsotonic(x, y);
    const grid = predictIsotonic(
      model,
      Array.from({ length: 401 }, (_, i) => i / 2),
    );
    for (let i = 1; i < grid.length; i++) expect(grid[i]!).toBeGreaterThanOrEqual(grid[i - 1]!);
  });

  it('says what is wrong with bad input', () => {
    expect(() => fitIsotonic([], [])).toThrow(/no points/);
    expect(() => fitIsotonic([1, 2], [1])).toThrow(/y has 1 entries, x has 2/);
    expect(() => fitIsotonic([1, Number.POSITIVE_INFINITY], [0, 1])).toThrow(/x\[1\] is Infinity/);
  });
});
