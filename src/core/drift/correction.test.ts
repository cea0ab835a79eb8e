// Multiple-testing corrections. Benjamini-Hochberg against scipy.stats.false_discovery_control(ps, method='bh')
// (scipy 1.17.1), which gives statsmodels' multipletests(method='fdr_bh') adjusted p-values; the 15 p-values are
// Benjamini & Hochberg's own example ("Controlling the false discovery rate", JRSS B 57(1), 1995, section 4), used in scipy's docstring.
import { describe, expect, it } from 'vitest';
import { adjustPValues } from './correction.js';

const BH_1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0];

function expectAll(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value, `entry ${i}`).toBeCloseTo(expected[i]!, 14));
}

describe('multiple-testing corrections', () => {
  it("Benjamini-Hochberg on the paper's example", () => {
    expectAll(adjustPValues(BH_1995, 'benjamini-hochberg'), [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286, 0.06385714285714286, 0.0645, 0.07650000000000001, 0.486, 0.5811818181818181,
      0.7148749999999999, 0.7532307692307693, 0.8132142857142857, 1.0,
    ]);
  });

  it('Benjamini-Hochberg keeps the input order and handles ties', () => {
    expectAll(adjustPValues([0.04, 0.01, 0.03, 0.04, 0.5, 0.005], 'benjamini-hochberg'), [0.048, 0.03, 0.048, 0.048, 0.5, 0.03]);
  });

  it('Bonferroni multiplies by the family size, capped at 1', () => {
    expectAll(adjustPValues([0.01, 0.2, 0.004], 'bonferroni'), [0.03, 0.6, 0.012]);
    expect(adjustPValues([0.5, 0.6], 'bonferroni')).toEqual([1, 1]);
  });

  it('none, and empty families, leave p-values as they are', () => {
    expect(adjustPValues([0.2, 0.01], 'none')).toEqual([0.2, 0.01]);
    expect(adjustPValues([], 'benjamini-hochberg')).toEqual([]);
    expect(() => adjustPValues([1.5], 'bonferroni')).toThrow(/\[0, 1\]/);
  });
});
