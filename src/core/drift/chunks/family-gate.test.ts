// The series' drift gate on noise (issue 15 + calibration): a stationary chunk of many signals, each banded at α
// per chunk, fails "any signal outside its band" far more often than α; Holm across the chunk's signals
// (history.ts, gateFailures: band t p-values and the drift signals' own test p-values) holds the family-wise false-fail rate at α. Simulated with the real band code
// (buildSignal); the p-values are checked against scipy.stats.t.sf, Holm against statsmodels' multipletests.
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../stats/normal.js';
import { createRng, type Rng } from '../../stats/random.js';
import { simulatedRate } from '../../stats/simulated-rate.js';
import { weeklySeries } from '../../../testing/series-fixtures.js';
import { gateFailures, seriesGate } from './history.js';
import { DRIFT_BAND, SHARE_BAND, buildSignal, type MonitoringSeries, type SeriesChunk, type SeriesSignal } from './series.js';
import { bandPValue, holmRejects, thresholdsFromReference } from './thresholds.js';

const ALPHA = 0.01;
const REFERENCE_CHUNKS = 10;
const CHUNKS = 14;
const FEATURES = 24;

const gaussian = (rng: Rng): number => normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, rng.nextFloat())));

/** A stationary series of 2 · FEATURES + 3 = 51 signals (drift and missing per feature, prediction drift, CBPE, realised), normal chunk values. */
function stationarySeries(rng: Rng, shiftFrom?: number): MonitoringSeries {
  const chunks: SeriesChunk[] = Array.from({ length: CHUNKS }, (_, index) => ({ index, key: `2026-W${36 + index}`, rows: 150, empty: false, insufficient: false }));
  const draw = (n: number, mean: number, sd: number, log: boolean): number[] => Array.from({ length: n }, () => (log ? Math.exp(Math.log(mean) + sd * gaussian(rng)) : mean + sd * gaussian(rng)));
  const signals: SeriesSignal[] = [];
  const add = (id: string, kind: SeriesSignal['kind'], mean: number, sd: number, log: boolean, shift = 0): void => {
    const values = draw(CHUNKS, mean, sd, log).map((v, i) => (shiftFrom !== undefined && i >= shiftFrom ? v + shift : v));
    // drift signals carry their chunk's own test p-value: uniform on stationary chunks, tiny after a shift
    const test = log ? { test: { method: 'ks' as const, alpha: 0.05, pValues: values.map((_, i) => (shift > 0 && shiftFrom !== undefined && i >= shiftFrom ? 1e-9 : rng.nextFloat())), drifted: values.map(() => null) } } : {};
    signals.push(buildSignal(id, kind, values, draw(REFERENCE_CHUNKS, mean, sd, log), { kind: 'calibrated', alpha: ALPHA }, log ? DRIFT_BAND : SHARE_BAND, chunks, test));
  };
  for (let f = 0; f < FEATURES; f++) {
    add(`drift.f${f}.statistic`, 'drift', 0.06, 0.15, true, f === 0 ? 0.25 : 0);
    add(`missing.f${f}`, 'missing', 0.02, 0.002, false);
  }
  add('prediction.drift.statistic', 'prediction-drift', 0.05, 0.15, true);
  add('cbpe.roc_auc', 'estimated', 0.84, 0.003, false);
  add('realised.roc_auc', 'realised', 0.84, 0.012, false);
  return {
    chunking: { by: 'size', size: 150, minRows: 30, rows: 150 * CHUNKS, invalidTimestamps: { count: 0, rows: [] } },
    reference: { rows: 1500, chunkRows: 150, chunks: REFERENCE_CHUNKS },
    thresholdRule: { kind: 'calibrated', alpha: ALPHA },
    chunks,
    signals,
    notOffered: [],
  };
}

describe('bandPValue', () => {
  it('is the t tail of the band: p < α exactly outside a calibrated band (scipy.stats.t.sf)', () => {
    const reference = [0.84, 0.843, 0.838, 0.845, 0.841, 0.839, 0.844, 0.842, 0.837, 0.846];
    const band = thresholdsFromReference(reference, { kind: 'calibrated', alpha: 0.01 }, SHARE_BAND);
    // at the band's edge the p-value is α
    expect(bandPValue(band.upper!, band)).toBeCloseTo(0.01, 10);
    expect(bandPValue(band.lower!, band)).toBeCloseTo(0.01, 10);
    // scipy 1.x: mean 0.8415, s = r.std(ddof=1) = 0.0030277, t = (0.85 − 0.8415) / (s · sqrt(1 + 1/10)) = 2.6768;
    // 2 * scipy.stats.t.sf(2.6768, 9) = 0.0253383
    expect(bandPValue(0.85, band)).toBeCloseTo(0.0253383, 6);
    const upper = thresholdsFromReference([0.052, 0.061, 0.047, 0.07, 0.058], { kind: 'calibrated', alpha: 0.05 }, DRIFT_BAND);
    expect(bandPValue(upper.upper!, upper)).toBeCloseTo(0.05, 10);
    expect(bandPValue(0.01, upper)!).toBeGreaterThan(0.95);
    expect(bandPValue(0.5, thresholdsFromReference([0.1, 0.2, 0.3], { kind: 'quantile' }))).toBeNull();
    // a column never missing on the reference: its band is [0, 0], and any missing share is certain evidence
    const never = thresholdsFromReference([0, 0, 0, 0], { kind: 'calibrated' }, SHARE_BAND);
    expect(bandPValue(0.3, never)).toBe(0);
    expect(bandPValue(0, never)).toBe(1);
  });
});

describe('holmRejects', () => {
  it("steps down by Holm's definition (statsmodels multipletests(method='holm'))", () => {
    // sorted 0.005 ≤ 0.05/4, 0.01 ≤ 0.05/3, 0.03 > 0.05/2: stop -> [True, False, False, True]
    expect(holmRejects([0.01, 0.04, 0.03, 0.005], 0.05)).toEqual([true, false, false, true]);
    // 0.001 ≤ 0.05/3, 0.012 ≤ 0.05/2, 0.02 ≤ 0.05: all rejected
    expect(holmRejects([0.001, 0.012, 0.02], 0.05)).toEqual([true, true, true]);
    expect(holmRejects([], 0.05)).toEqual([]);
  });
});

describe('the drift gate on a stationary series of 51 signals', () => {
  it('fails on noise with "any signal outside its band", holds α family-wise with Holm', () => {
    const trials = 1500;
    const rng = createRng(20261203);
    let anyOutside = 0;
    let familyFails = 0;
    for (let trial = 0; trial < trials; trial++) {
      const series = stationarySeries(rng);
      const at = CHUNKS - 1;
      if (series.signals.some((signal) => signal.alerts[at])) anyOutside++;
      if (gateFailures(series, at).failing.size > 0) familyFails++;
      if (trial === 0) expect(series.signals).toHaveLength(51);
    }
    const before = simulatedRate(anyOutside, trials);
    const after = simulatedRate(familyFails, trials);
    console.log(`stationary, 51 signals, α ${ALPHA}, ${trials} series: any signal outside its band ${(before.rate * 100).toFixed(1)}% ± ${(before.se * 100).toFixed(1)}; Holm family-wise ${(after.rate * 100).toFixed(2)}% ± ${(after.se * 100).toFixed(2)}`);
    // 1 − 0.99^51 = 40% if independent: the old rule fails a stationary chunk far more often than α
    expect(before.rate).toBeGreaterThan(0.3);
    expect(after.rate).toBeLessThanOrEqual(ALPHA + 3 * Math.sqrt((ALPHA * (1 - ALPHA)) / trials));
  });

  it('still fails a series shifted from chunk 9 on, from the shift', () => {
    const rng = createRng(7);
    let failsFromShift = 0;
    const trials = 50;
    for (let trial = 0; trial < trials; trial++) {
      const series = stationarySeries(rng, 8);
      const firstFail = series.chunks.findIndex((_, at) => gateFailures(series, at).failing.has('drift.f0.statistic'));
      if (firstFail === 8) failsFromShift++;
    }
    // the shift (log-scale +0.25 on a 0.06 statistic, about 10 reference sd) is found at its first chunk every time
    expect(failsFromShift).toBe(trials);
  });
});

describe('seriesGate on the weekly fixture', () => {
  it('fails the shifted series from 2026-W44 and passes the stationary one', () => {
    const shifted = seriesGate(weeklySeries({ shifted: true }), true);
    expect(shifted.verdict).toBe('fail');
    expect(shifted.summary).toContain('significant family-wise (Holm across');
    expect(shifted.summary).toContain('drifting since 2026-W44');
    expect(seriesGate(weeklySeries(), true).verdict).toBe('pass');
  });
});
