import { describe, expect, it } from 'vitest';
import { regularizedBeta, studentTQuantile, studentTSf } from './student-t.js';

// Reference values: scipy 1.17 (scipy.stats.t.sf / t.ppf, scipy.special.betainc), printed with repr(float(...)).
const close = (actual: number, expected: number, relative = 1e-11): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe("Student's t", () => {
  it('matches scipy.special.betainc', () => {
    close(regularizedBeta(0.3, 2.5, 0.5), 0.018927124071945658);
    close(regularizedBeta(0.45, 30, 40), 0.6447480085585666);
  });

  it('matches scipy.stats.t.sf', () => {
    close(studentTSf(2.5, 4.5), 0.029952843251100272);
    close(studentTSf(-1.2, 9), 0.8696134013047693);
    close(studentTSf(10, 3), 0.0010641995292070751);
    close(studentTSf(0.3, 1), 0.4072264209222577);
  });

  it('matches scipy.stats.t.ppf', () => {
    const cases: [number, number, number][] = [
      [0.975, 9, 2.262157162798205],
      [0.995, 9, 3.249835541592126],
      [0.999, 3, 10.214531852407383],
      [0.95, 1, 6.313751514675037],
      [0.9995, 19, 3.883405852592131],
      [0.975, 200, 1.9718962236339088],
    ];
    for (const [p, df, expected] of cases) {
      close(studentTQuantile(p, df), expected);
      close(studentTQuantile(1 - p, df), -expected, 1e-9);
    }
    expect(studentTQuantile(0.5, 4)).toBe(0);
    expect(studentTQuantile(1, 4)).toBeNaN();
  });
});
