import { describe, expect, it } from 'vitest';
import { fitLogistic, linearPredictor, softplus, type SparseRows } from './logistic.js';

/** Dense rows as fixed-width sparse rows: slot 0 the intercept, slot k feature k. */
function dense(rows: number[][]): SparseRows {
  const width = rows[0]!.length + 1;
  const index = new Int32Array(rows.length * width);
  const value = new Float64Array(rows.length * width);
  rows.forEach((row, r) => {
    index[r * width] = 0;
    value[r * width] = 1;
    row.forEach((x, k) => {
      index[r * width + k + 1] = k + 1;
      value[r * width + k + 1] = x;
    });
  });
  return { rows: rows.length, width, features: width, index, value };
}

describe('fitLogistic', () => {
  // Reference values: scikit-learn 1.2.1 LogisticRegression(C=1.0, solver='newton-cholesky', tol=1e-14).fit(X, y)
  it('matches scikit-learn LogisticRegression(C=1) on a small dense problem', () => {
    const x = [[0.5, 1], [1.5, 0], [-0.3, 1], [2.0, 0], [0.1, 1], [-1.2, 0], [0.7, 1], [1.1, 0], [-0.8, 1], [0.0, 0], [1.9, 1], [-1.5, 0]];
    const y = Uint8Array.from([0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1]);
    const fit = fitLogistic(dense(x), y);
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(0.08401854, 7);
    expect(fit.coefficients[1]).toBeCloseTo(0.70857551, 7);
    expect(fit.coefficients[2]).toBeCloseTo(-0.60852951, 7);
  });

  it('stays finite and unique on a one-hot encoding collinear with the intercept (as scikit-learn)', () => {
    // levels a, a, a, b, b, b, c, c, c, c -> every level one-hot; c separates perfectly
    const levels = [0, 0, 0, 1, 1, 1, 2, 2, 2, 2];
    const x = levels.map((level) => [0, 1, 2].map((k) => (k === level ? 1 : 0)));
    const fit = fitLogistic(dense(x), Uint8Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]));
    expect(fit.converged).toBe(true);
    const sklearn = [-0.09961846, -0.84182599, -0.24445846, 1.08628445];
    sklearn.forEach((value, k) => expect(fit.coefficients[k]).toBeCloseTo(value, 7));
  });

  it('fits only the rows it is given', () => {
    const design = dense([[1], [2], [3], [100]]);
    const y = Uint8Array.from([0, 1, 0, 1]);
    const some = fitLogistic(design, y, Uint32Array.from([0, 1, 2]));
    const same = fitLogistic(dense([[1], [2], [3]]), y.subarray(0, 3));
    expect(Array.from(some.coefficients)).toEqual(Array.from(same.coefficients));
    expect(linearPredictor(design, 1, some.coefficients)).toBeCloseTo(some.coefficients[0]! + 2 * some.coefficients[1]!, 14);
  });

  it('computes softplus without overflow', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
  });
});
