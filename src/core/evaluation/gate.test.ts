import { describe, expect, it } from 'vitest';
import type { BinaryInput } from '../metrics/metric.js';
import { ndka, outcomePoor, wfns } from '../../testing/asah.js';
import { decideMetricBound, metricInterval, performanceChecks, performanceGate } from './gate.js';

const asah = (scores: ArrayLike<number>): BinaryInput => ({
  task: 'binary-classification',
  yTrue: Uint8Array.from(outcomePoor),
  score: Float64Array.from(scores),
  yPred: Uint8Array.from(scores, (s) => (s >= 3 ? 1 : 0)),
});

describe('performance metric intervals', () => {
  it("puts DeLong's variance on the logit scale for ROC AUC (aSAH data, pROC 1.18.0 variance)", () => {
    // pROC: auc(roc(aSAH$outcome, aSAH$wfns)) = 0.8236788617886179, var = 0.0014699147088236264; the
    // interval is expit(logit(auc) ± 1.959964 sqrt(var) / (auc (1 - auc))) (Pepe 2003, §5.2.3), computed
    // from those published numbers with Python's statistics.NormalDist.
    const wfnsCi = metricInterval('roc_auc', asah(wfns), 0.95, 0)!;
    expect(wfnsCi.method).toBe('DeLong, logit');
    expect(wfnsCi.ci.lower).toBeCloseTo(0.735764096647305, 12);
    expect(wfnsCi.ci.upper).toBeCloseTo(0.886841844332612, 12);
    const ndkaCi = metricInterval('roc_auc', asah(ndka), 0.95, 0)!.ci;
    expect(ndkaCi.lower).toBeCloseTo(0.4973305656210148, 12);
    expect(ndkaCi.upper).toBeCloseTo(0.7154042339403361, 12);
  });

  it("gives accuracy Wilson's score interval (Newcombe, Statistics in Medicine 17, 1998, 857-872, Table II, method 3)", () => {
    const right = (correct: number, rows: number) => {
      const yTrue = Uint8Array.from({ length: rows }, (_, i) => (i % 2 === 0 ? 1 : 0));
      const yPred = Uint8Array.from(yTrue, (y, i) => (i < rows - correct ? 1 - y : y));
      return metricInterval('accuracy', { task: 'binary-classification', yTrue, yPred }, 0.95, 0)!;
    };
    const a = right(81, 263);
    expect(a.method).toBe('Wilson');
    expect(a.ci.lower).toBeCloseTo(0.2553, 4);
    expect(a.ci.upper).toBeCloseTo(0.3662, 4);
    const b = right(15, 148).ci;
    expect(b.lower).toBeCloseTo(0.0624, 4);
    expect(b.upper).toBeCloseTo(0.1605, 4);
  });

  it('bootstraps the other metrics, reproducibly for a seed', () => {
    const a = metricInterval('f1', asah(wfns), 0.95, 3)!;
    expect(a.method).toMatch(/^bootstrap/);
    expect(a.ci.lower).toBeLessThan(a.ci.upper);
    expect(metricInterval('f1', asah(wfns), 0.95, 3)).toEqual(a);
  });
});

describe('performance metric bounds', () => {
  const interval = (lower: number, upper: number) => ({ ci: { lower, upper, level: 0.95 }, method: 'Wilson' });

  it('passes under point-estimate only when the whole interval meets the bound, else warns a measured pass', () => {
    expect(decideMetricBound('roc_auc', 0.8, { min: 0.72 }, interval(0.75, 0.85), 1000, 'point-estimate')).toMatchObject({ verdict: 'pass', rule: 'point-estimate', interval: { lower: 0.75 } });
    const warned = decideMetricBound('roc_auc', 0.75, { min: 0.72 }, interval(0.68, 0.82), 200, 'point-estimate');
    expect(warned.verdict).toBe('warn');
    expect(warned.message).toBe('0.75 meets the bound ≥ 0.72 as measured, but the 95% CI [0.68, 0.82] (Wilson) reaches outside it: not shown at 200 rows');
  });

  it('fails a value short of the bound under point-estimate, saying when noise could explain it', () => {
    expect(decideMetricBound('roc_auc', 0.7, { min: 0.72 }, interval(0.64, 0.76), 200, 'point-estimate')).toMatchObject({
      verdict: 'fail',
      message: '0.7 breaks the bound ≥ 0.72; 95% CI [0.64, 0.76] (Wilson): not shown either way at 200 rows',
    });
    expect(decideMetricBound('brier', 0.3, { max: 0.2 }, interval(0.25, 0.35), 200, 'point-estimate').message).toBe('0.3 breaks the bound ≤ 0.2; 95% CI [0.25, 0.35] (Wilson)');
  });

  it('fails anything not shown under shown-to-meet', () => {
    expect(decideMetricBound('roc_auc', 0.75, { min: 0.72 }, interval(0.68, 0.82), 200, 'shown-to-meet')).toMatchObject({ verdict: 'fail', rule: 'shown-to-meet' });
    expect(decideMetricBound('roc_auc', 0.8, { min: 0.72 }, interval(0.75, 0.85), 200, 'shown-to-meet').verdict).toBe('pass');
  });

  it('errors on a metric with no value and decides on the value when no interval can be formed', () => {
    const oneClass: BinaryInput = { task: 'binary-classification', yTrue: new Uint8Array(10).fill(1), score: new Float64Array(10).fill(0.9), yPred: new Uint8Array(10).fill(1) };
    expect(performanceChecks({ roc_auc: { min: 0.7 } }, oneClass, {}, { roc_auc: 'only one class' })[0]).toMatchObject({ verdict: 'error', message: 'only one class' });
    expect(decideMetricBound('x', 0.8, { min: 0.7 }, undefined, 10, 'point-estimate')).toMatchObject({ verdict: 'pass', message: '0.8 meets the bound ≥ 0.7 (no interval on this data: decided on the value)' });
  });
});

describe('performanceGate', () => {
  it("decides metric bounds under the manifest's rule, keeps each bound's manifest pointer, and names what is not shown", () => {
    const input = asah(wfns);
    const manifest = (rule?: 'shown-to-meet') => ({ gates: { performance: { metrics: { roc_auc: { min: 0.75 } }, ...(rule ? { rule } : {}) } } }) as unknown as Parameters<typeof performanceGate>[0];
    const evaluation = { dataset: 'd.csv', rows: input.yTrue.length, metrics: {} };
    const lenient = performanceGate(manifest(), evaluation, {}, true, input);
    // AUC 0.8237, logit-DeLong 95% CI [0.7358, 0.8868]: met as measured, not shown against 0.75
    expect(lenient).toMatchObject({ verdict: 'warn', summary: '0 of 1 checks passed; 1 not shown at its sample size: roc_auc' });
    expect(lenient.checks[0]).toMatchObject({ verdict: 'warn', rule: 'point-estimate', pointer: '/gates/performance/metrics/roc_auc' });
    expect(performanceGate(manifest('shown-to-meet'), evaluation, {}, true, input).checks[0]).toMatchObject({ verdict: 'fail', rule: 'shown-to-meet' });
  });
});
