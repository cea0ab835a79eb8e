import { describe, expect, it } from 'vitest';
import { koopmanRatio, koopmanScore } from './koopman.js';

const Z95 = 1.959963984540054;
const Z99 = 2.5758293035489004;

describe('koopmanRatio', () => {
  it('matches statsmodels confint_proportions_2indep(compare="ratio", method="score", correction=False)', () => {
    // statsmodels 0.13.5, alpha=0.05 unless said; parity, small groups, zero counts
    const cases: [number, number, number, number, number, number, number][] = [
      [12, 30, 12, 30, Z95, 0.5376724936001339, 1.8598682504738528],
      [24, 100, 40, 100, Z95, 0.39127251702693194, 0.9086700993692723],
      [0, 20, 5, 20, Z95, 0, 0.6882700273174336],
      [5, 20, 0, 20, Z95, 1.4529181285106199, Infinity],
      [7, 45, 19, 52, Z95, 0.19691099955776056, 0.8822677923179182],
      [400, 1000, 400, 1000, Z95, 0.8981947895804396, 1.1133442451465518],
      [7, 45, 19, 52, Z99, 0.15630485922429782, 1.0865320390096103],
    ];
    for (const [x1, n1, x2, n2, z, lower, upper] of cases) {
      const ci = koopmanRatio(x1, n1, x2, n2, z);
      expect(ci.lower).toBeCloseTo(lower, 9);
      if (upper === Infinity) expect(ci.upper).toBe(Infinity);
      else expect(ci.upper).toBeCloseTo(upper, 9);
    }
  });

  it('keeps 1 inside when a group is all successes and the other nearly so', () => {
    // statsmodels' closed-form root gives [1.0345, 1.2710] for 30/30 against 28/30 (and warns of a division
    // by zero), yet its own score statistic at θ = 1 is 2.07 < 1.96²: θ = 1 is not rejected. Ours brackets
    // the score statistic's crossings instead; its upper end agrees with statsmodels'.
    const ci = koopmanRatio(30, 30, 28, 30, Z95);
    expect(koopmanScore(30, 30, 28, 30, 1)).toBeCloseTo(2.0689655172, 8);
    expect(ci.lower).toBeLessThan(1);
    expect(koopmanScore(30, 30, 28, 30, ci.lower)).toBeCloseTo(Z95 ** 2, 6);
    expect(ci.upper).toBeCloseTo(1.2710268895765218, 9);
  });

  it('is [0, ∞] when the ratio is 0/0 or a group has no trials', () => {
    expect(koopmanRatio(0, 10, 0, 12, Z95)).toEqual({ lower: 0, upper: Infinity });
    expect(koopmanRatio(3, 0, 2, 12, Z95)).toEqual({ lower: 0, upper: Infinity });
  });
});
