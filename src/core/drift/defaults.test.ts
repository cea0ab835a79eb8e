// The default test per column, against Evidently's rule (evidently/legacy/calculations/stattests/registry.py,
// _get_default_stattest) and its StatTest default thresholds.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRIFT_SHARE, DEFAULT_THRESHOLDS, defaultMethod } from './defaults.js';

describe("Evidently's default drift test", () => {
  it('small reference (<= 1000 values): KS for numeric columns with more than 5 values, else chi-squared, or z for binary', () => {
    expect(defaultMethod('numeric', 1000, 6)).toBe('ks');
    expect(defaultMethod('numeric', 10, 5)).toBe('chi2');
    expect(defaultMethod('numeric', 10, 3)).toBe('chi2');
    expect(defaultMethod('numeric', 10, 2)).toBe('z');
    expect(defaultMethod('categorical', 1000, 40)).toBe('chi2');
    expect(defaultMethod('categorical', 1000, 2)).toBe('z');
    expect(defaultMethod('categorical', 5, 1)).toBe('z');
  });

  it('larger reference: normalised Wasserstein for numeric columns with more than 5 values, else Jensen-Shannon', () => {
    expect(defaultMethod('numeric', 1001, 6)).toBe('wasserstein');
    expect(defaultMethod('numeric', 1001, 5)).toBe('jensenshannon');
    expect(defaultMethod('categorical', 1_000_000, 2)).toBe('jensenshannon');
  });

  it("uses Evidently's thresholds: 0.05 for p-values, 0.1 for distances, and a drift share of 0.5", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ ks: 0.05, chi2: 0.05, z: 0.05, psi: 0.1, jensenshannon: 0.1, wasserstein: 0.1, hellinger: 0.1 });
    expect(DEFAULT_DRIFT_SHARE).toBe(0.5);
  });
});
