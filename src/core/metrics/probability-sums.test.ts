// The pass shared by log loss, Brier and ECE gives exactly what each metric's own loop gives, and leaves
// the errors of invalid rows to each metric.
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../evaluation/metrics.js';
import { brier } from './brier.js';
import { ece } from './ece.js';
import { logLoss } from './log-loss.js';
import { MetricError, type MetricInput } from './metric.js';
import { sharedProbabilitySums, withSharedProbabilitySums } from './probability-sums.js';

const SHARED = [logLoss, brier, ece];

/** Seeded rows, with scores on the ECE bin boundaries, at 0 and 1, and float32-rounded ones. */
function rows(n: number): { yTrue: Uint8Array; score: Float64Array } {
  let state = 12345;
  const next = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const yTrue = new Uint8Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = next();
    score[i] = i % 7 === 0 ? (i % 11) / 10 : i % 5 === 0 ? Math.fround(r) : r;
    yTrue[i] = next() < score[i]! ? 1 : 0;
  }
  score[1] = 0;
  score[2] = 1;
  yTrue[2] = 0;
  return { yTrue, score };
}

function alone(input: MetricInput, metric: (typeof SHARED)[number]): number | string {
  try {
    return metric.compute(input);
  } catch (error) {
    if (error instanceof MetricError) return error.message;
    throw error;
  }
}

describe('shared probability sums', () => {
  it('computeMetrics gives each metric bit for bit what it computes alone', () => {
    const { yTrue, score } = rows(20_001);
    const input: MetricInput = { task: 'binary-classification', yTrue, score, yPred: yTrue };
    const { values } = computeMetrics(input);
    for (const metric of SHARED) {
      const own = alone(input, metric);
      expect(typeof own).toBe('number');
      expect(Object.is(values[metric.id], own)).toBe(true);
    }
  });

  it.each([
    ['a score above 1', (score: Float64Array, _yTrue: Uint8Array) => (score[500] = 1.5)],
    ['a NaN score', (score: Float64Array, _yTrue: Uint8Array) => (score[9] = Number.NaN)],
    ['a label 2', (_score: Float64Array, yTrue: Uint8Array) => (yTrue[700] = 2)],
  ])('with %s each metric reports its own error', (_name, spoil) => {
    const { yTrue, score } = rows(1000);
    spoil(score, yTrue);
    const input: MetricInput = { task: 'binary-classification', yTrue, score, yPred: new Uint8Array(1000) };
    const { values, problems } = computeMetrics(input);
    for (const metric of SHARED) {
      expect(values[metric.id]).toBeNull();
      expect(problems[metric.id]).toBe(alone(input, metric));
      expect(problems[metric.id]).toContain(metric.id);
    }
  });

  it('keeps nothing outside withSharedProbabilitySums, and one pass per pair inside', () => {
    const { yTrue, score } = rows(100);
    expect(sharedProbabilitySums(yTrue, score)).toBeUndefined();
    withSharedProbabilitySums(() => {
      const first = sharedProbabilitySums(yTrue, score);
      expect(first).toBeDefined();
      expect(sharedProbabilitySums(yTrue, score)).toBe(first);
      expect(sharedProbabilitySums(yTrue.slice(), score)).not.toBe(first);
    });
  });
});
