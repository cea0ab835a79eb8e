import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../stats/random.js';
import { alertsFor, quantile, thresholdsFromReference, type ThresholdRule } from './thresholds.js';

const normal = (rng: Rng): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
const chunksNamed = (count: number, flags: Partial<Record<number, 'empty' | 'insufficient'>> = {}) =>
  Array.from({ length: count }, (_, i) => ({ key: `2026-W${String(i + 1).padStart(2, '0')}`, empty: flags[i] === 'empty', insufficient: flags[i] !== undefined }));

/** Share of stationary chunks that alert: `series` series, each with its own reference band from `referenceChunks` values. */
function falseAlertRate(rule: ThresholdRule, referenceChunks: number, series: number, chunks: number, seed: number): number {
  let alerts = 0;
  for (let s = 0; s < series; s++) {
    const rng = createRng(seed + s);
    const band = thresholdsFromReference(
      Array.from({ length: referenceChunks }, () => normal(rng)),
      rule,
    );
    const values = Array.from({ length: chunks }, () => normal(rng));
    alerts += alertsFor(values, band, chunksNamed(chunks)).alertCount;
  }
  return alerts / (series * chunks);
}

describe('thresholds from reference chunks', () => {
  it("computes NannyML's StandardDeviationThreshold: mean ± 3 · nanstd (ddof 0), clipped to the signal's range", () => {
    // nannyml/thresholds.py docstring: StandardDeviationThreshold on range(10) gives -4.116843969807043, 13.116843969807043
    const band = thresholdsFromReference([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { kind: 'std' });
    expect(band.lower).toBeCloseTo(-4.116843969807043, 12);
    expect(band.upper).toBeCloseTo(13.116843969807043, 12);
    expect(band.multiplier).toBe(3);
    expect(thresholdsFromReference([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { kind: 'std' }, { min: 0, max: 10 })).toMatchObject({ lower: 0, upper: 10 });
    expect(thresholdsFromReference([0.1, 0.2, null, 0.3], { kind: 'std' }, { side: 'upper' })).toMatchObject({ lower: null, referenceChunks: 3 });
  });

  it("states the std rule's real false-alert rate (scipy: 2 * t.sf(3 * sqrt(9/10) / sqrt(1.1), 9) = 0.02385638454012207)", () => {
    const band = thresholdsFromReference([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { kind: 'std' });
    expect(band.nominalRate).toBeCloseTo(0.02385638454012207, 10);
    // 5 and 20 reference chunks: 0.07048399691021992, 0.010162572120690645
    expect(thresholdsFromReference([1, 2, 3, 4, 5], { kind: 'std' }).nominalRate).toBeCloseTo(0.07048399691021992, 10);
    expect(thresholdsFromReference(Array.from({ length: 20 }, (_, i) => i), { kind: 'std' }).nominalRate).toBeCloseTo(0.010162572120690645, 10);
  });

  it('makes the calibrated band a Student-t prediction interval (scipy t.ppf(0.975, 9) = 2.262157162798205)', () => {
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const mean = 3.9;
    const sampleStd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / 9);
    const band = thresholdsFromReference(values, { kind: 'calibrated', alpha: 0.05 });
    expect(band.upper).toBeCloseTo(mean + 2.262157162798205 * sampleStd * Math.sqrt(1.1), 10);
    expect(band.lower).toBeCloseTo(mean - 2.262157162798205 * sampleStd * Math.sqrt(1.1), 10);
    expect(band.nominalRate).toBe(0.05);
  });

  it('takes numpy linear quantiles', () => {
    // numpy.quantile([1, 2, 3, 4, 10], [0.1, 0.95]) = [1.4, 8.8]
    expect(quantile([1, 2, 3, 4, 10], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile([1, 2, 3, 4, 10], 0.95)).toBeCloseTo(8.8, 12);
    expect(thresholdsFromReference([4, 1, 10, 3, 2], { kind: 'quantile', lower: 0.1, upper: 0.95 })).toMatchObject({ lower: 1.4, upper: expect.closeTo(8.8, 12) });
  });

  it('computes the band of a skewed positive statistic on the log scale and maps it back', () => {
    const values = [0.05, 0.08, 0.11, 0.07, 0.2, 0.06];
    const logs = thresholdsFromReference(values.map(Math.log), { kind: 'std' });
    const band = thresholdsFromReference([...values, 0, null], { kind: 'std' }, { side: 'upper', scale: 'log' });
    expect(band).toMatchObject({ scale: 'log', referenceChunks: 6, lower: null, mean: logs.mean, std: logs.std });
    expect(band.upper).toBeCloseTo(Math.exp(logs.upper!), 12);
  });

  it('gives no band from fewer than two reference values', () => {
    expect(thresholdsFromReference([0.5, null], { kind: 'std' })).toMatchObject({ lower: null, upper: null, referenceChunks: 1 });
    expect(() => thresholdsFromReference([1, 2], { kind: 'calibrated', alpha: 1 })).toThrow(/alpha is a false-alert rate in \(0, 1\); got 1/);
    expect(() => thresholdsFromReference([1, 2], { kind: 'quantile', lower: 0.9, upper: 0.1 })).toThrow(/0 <= lower < upper <= 1/);
  });
});

describe('false alerts on stationary series (200 series x 20 chunks, 10 reference chunks each)', () => {
  // Measured (seeds as below): 0.0518 (SE 0.0050) at alpha 0.05, 0.0105 (SE 0.0020) at 0.01, 0.0235 (SE 0.0031)
  // for std k = 3; SE from the spread of the 200 series' own rates (chunks of one series share a band).
  it('alerts at alpha with the calibrated rule', () => {
    expect(falseAlertRate({ kind: 'calibrated', alpha: 0.05 }, 10, 200, 20, 1)).toBeGreaterThan(0.04);
    expect(falseAlertRate({ kind: 'calibrated', alpha: 0.05 }, 10, 200, 20, 1)).toBeLessThan(0.06);
    const rate = falseAlertRate({ kind: 'calibrated', alpha: 0.01 }, 10, 200, 20, 2);
    expect(Math.abs(rate - 0.01)).toBeLessThan(0.005);
  });

  it("alerts at the std rule's stated rate, not at 0.27%", () => {
    const rate = falseAlertRate({ kind: 'std' }, 10, 200, 20, 3);
    expect(Math.abs(rate - 0.02385638454012207)).toBeLessThan(0.008);
    expect(rate).toBeGreaterThan(0.0027 * 3);
  });
});

describe('alerts', () => {
  it('alerts from the shift week and says drifting since then', () => {
    const rng = createRng(7);
    const reference = Array.from({ length: 10 }, () => normal(rng));
    const band = thresholdsFromReference(reference, { kind: 'calibrated', alpha: 0.01 });
    const values = Array.from({ length: 12 }, (_, i) => normal(rng) * 0.2 + (i >= 8 ? 6 : 0));
    const result = alertsFor(values, band, chunksNamed(12));
    expect(result.alerts).toEqual([...Array(8).fill(false), ...Array(4).fill(true)]);
    expect(result.driftingSince).toBe('2026-W09');
  });

  it('never alerts on empty or insufficient chunks, which neither break nor extend a run', () => {
    const band = { lower: 0, upper: 1 };
    const values = [0.5, 2, null, 3, 4, 0.5, 2];
    const result = alertsFor(values, band, chunksNamed(7, { 2: 'empty', 3: 'insufficient' }));
    expect(result.alerts).toEqual([false, true, false, false, true, false, true]);
    expect(result.driftingSince).toBe('2026-W07');
    // the run 2 → (empty) → (insufficient, 3) → 4 is one run from W02
    expect(alertsFor(values.slice(0, 5), band, chunksNamed(5, { 2: 'empty', 3: 'insufficient' })).driftingSince).toBe('2026-W02');
    expect(alertsFor([0.5, 0.7], band, chunksNamed(2)).driftingSince).toBeNull();
  });
});
