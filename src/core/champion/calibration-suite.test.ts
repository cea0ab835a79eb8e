// A small, seeded version of bench/calibration-champion.mjs: bands wide enough not to move with the seed
// (each at least 3 Monte-Carlo SE from the measured rate) and narrow enough to catch a broken rule, e.g.
// deciding on the point estimate (≈ 50% false fails on the line), an interval that ignores the pairing, or
// a PASS that is not shown.
import { describe, expect, it } from 'vitest';
import { binormalModel, calibrateChampion, calibratePerformance, trueAccuracy } from './calibration-suite.js';

const champion = { rocAuc: 0.85, accuracy: 0.78 };

describe('the simulation model', () => {
  it('has the stated true accuracy and refuses one the AUC cannot reach', () => {
    const model = binormalModel(champion, 0.3);
    expect(trueAccuracy(model, 0.3)).toBeCloseTo(0.78, 10);
    expect(() => binormalModel({ rocAuc: 0.8, accuracy: 0.78 }, 0.3)).toThrow(/at most accuracy 0.7691/);
  });
});

describe('champion gate calibration', () => {
  it('fails a challenger truly on the line (Δ = −tolerance) about alpha / 2 of the time, with intervals that cover', () => {
    const c = calibrateChampion({ rows: 200, challenger: { rocAuc: 0.84, accuracy: 0.77 }, champion }, 400, 5);
    for (const metric of ['roc_auc', 'accuracy'] as const) {
      expect(c[metric].fails.rate).toBeLessThanOrEqual(0.06);
      expect(c[metric].coverage.rate).toBeGreaterThanOrEqual(0.91);
      expect(c[metric].coverage.rate).toBeLessThanOrEqual(0.99);
    }
    expect(c.accuracy.method).toBe('newcombe-paired');
    expect(c.roc_auc.method).toBe('delong');
  });

  it('fails an equal challenger about alpha / 2 of the time at tolerance 0 (the default), not never', () => {
    const c = calibrateChampion({ rows: 100, challenger: champion, champion, tolerance: 0 }, 400, 6);
    for (const metric of ['roc_auc', 'accuracy'] as const) {
      expect(c[metric].fails.rate).toBeGreaterThan(0.003);
      expect(c[metric].fails.rate).toBeLessThanOrEqual(0.06);
    }
  });

  it('catches a true drop of 0.05 (tolerance 0.01) at 1,000 rows at least 80% of the time', () => {
    const c = calibrateChampion({ rows: 1000, challenger: { rocAuc: 0.8, accuracy: 0.73 }, champion }, 150, 7);
    expect(c.roc_auc.fails.rate).toBeGreaterThanOrEqual(0.8);
    expect(c.accuracy.fails.rate).toBeGreaterThanOrEqual(0.8);
  });
});

describe('performance gate calibration', () => {
  it('passes a model truly on its bound at most about alpha / 2 of the time, and warns instead of passing', () => {
    const c = calibratePerformance({ rows: 200, truth: champion, bounds: { roc_auc: { min: 0.85 }, accuracy: { min: 0.78 } } }, 400, 8);
    for (const metric of ['roc_auc', 'accuracy'] as const) {
      const point = c.rates[metric]['point-estimate'];
      expect(point.pass.rate).toBeLessThanOrEqual(0.06);
      expect(point.warn.rate).toBeGreaterThan(0.35);
      expect(point.fail.rate).toBeGreaterThan(0.35);
      expect(c.rates[metric]['shown-to-meet'].fail.rate).toBeGreaterThanOrEqual(0.94);
      expect(c.coverage[metric].rate).toBeGreaterThanOrEqual(0.91);
    }
  });

  it('passes a model truly 0.03 above its bound more often as rows grow', () => {
    const bounds = { roc_auc: { min: 0.82 }, accuracy: { min: 0.75 } };
    const small = calibratePerformance({ rows: 200, truth: champion, bounds }, 200, 9);
    const large = calibratePerformance({ rows: 1000, truth: champion, bounds }, 200, 10);
    for (const metric of ['roc_auc', 'accuracy'] as const) {
      expect(small.rates[metric]['point-estimate'].pass.rate).toBeLessThan(0.35);
      expect(large.rates[metric]['point-estimate'].pass.rate).toBeGreaterThan(0.45);
      expect(large.rates[metric]['point-estimate'].fail.rate).toBeLessThan(0.05);
    }
  });
});
