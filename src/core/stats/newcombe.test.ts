import { describe, expect, it } from 'vitest';
import { newcombeDifference } from './newcombe.js';

const Z95 = 1.959963984540054;

describe('newcombeDifference', () => {
  it('matches statsmodels confint_proportions_2indep(compare="diff", method="newcomb")', () => {
    // statsmodels 0.13.5, alpha=0.05; parity, small groups, zero counts and a full group
    const cases: [number, number, number, number, number, number][] = [
      [12, 30, 12, 30, -0.23452471157790553, 0.23452471157790553],
      [24, 100, 40, 100, -0.28225042006919404, -0.030648810025945578],
      [0, 20, 5, 20, -0.4687008776187441, -0.03776544556663031],
      [5, 20, 0, 20, 0.03776544556663031, 0.4687008776187441],
      [30, 30, 28, 30, -0.05665215635044735, 0.21323458362616932],
      [7, 45, 19, 52, -0.36657167264994994, -0.03297760228028687],
      [400, 1000, 400, 1000, -0.04286525208472163, 0.04286525208472163],
    ];
    for (const [x1, n1, x2, n2, lower, upper] of cases) {
      const ci = newcombeDifference(x1, n1, x2, n2, Z95);
      expect(ci.lower).toBeCloseTo(lower, 12);
      expect(ci.upper).toBeCloseTo(upper, 12);
    }
  });

  it('is [-1, 1] when a group has no trials', () => {
    expect(newcombeDifference(0, 0, 3, 10, Z95)).toEqual({ lower: -1, upper: 1 });
  });
});
