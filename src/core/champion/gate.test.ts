import { describe, expect, it } from 'vitest';
import type { BinaryInput } from '../metrics/metric.js';
import { createRng } from '../stats/random.js';
import { compareWithChampion, resamplesFor } from './gate.js';

/** Seeded labels and scores whose quality grows with `signal`. */
function model(yTrue: Uint8Array, signal: number, seed: number): BinaryInput {
  const rng = createRng(seed);
  const score = Float64Array.from(yTrue, (y) => 1 / (1 + Math.exp(-(signal * (y - 0.5) * 4 + (rng.nextFloat() - 0.5) * 4))));
  return { task: 'binary-classification', yTrue, score, yPred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) };
}

const rng = createRng(1);
const yTrue = Uint8Array.from({ length: 600 }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
const options = { metrics: ['roc_auc', 'accuracy', 'log_loss'], tolerance: 0.01, alpha: 0.05, seed: 7 };

describe('champion comparison', () => {
  it('finds no regression when the challenger is the champion', () => {
    const same = model(yTrue, 1, 3);
    const result = compareWithChampion(same, same, options);
    expect(result.checks.map((c) => c.verdict)).toEqual(['pass', 'pass', 'pass']);
    expect(result.comparisons.every((c) => c.delta === 0)).toBe(true);
    expect(result.mcnemar).toMatchObject({ onlyChallengerCorrect: 0, onlyChampionCorrect: 0, pValue: 1 });
  });

  it('fails on a significantly worse challenger and says by how much', () => {
    const result = compareWithChampion(model(yTrue, 0.2, 3), model(yTrue, 1.5, 4), options);
    const auc = result.comparisons.find((c) => c.metric === 'roc_auc')!;
    expect(auc.method).toBe('delong');
    expect(auc.delta!).toBeLessThan(-0.1);
    expect(auc.ci!.upper).toBeLessThan(-0.01);
    expect(auc.regression).toBe(true);
    expect(result.checks.find((c) => c.name === 'roc_auc')).toMatchObject({ verdict: 'fail' });
    // log loss is lower-is-better: a worse challenger has a higher one.
    expect(result.comparisons.find((c) => c.metric === 'log_loss')).toMatchObject({ regression: true });
    expect(result.comparisons.find((c) => c.metric === 'accuracy')!.method).toBe('newcombe-paired');
    expect(result.comparisons.find((c) => c.metric === 'log_loss')!.method).toMatch(/^paired-bootstrap/);
    expect(result.mcnemar!.pValue).toBeLessThan(0.05);
  });

  it('passes a better challenger', () => {
    const result = compareWithChampion(model(yTrue, 1.5, 4), model(yTrue, 0.2, 3), options);
    expect(result.checks.every((c) => c.verdict === 'pass')).toBe(true);
  });

  it('is reproducible for a seed', () => {
    const a = compareWithChampion(model(yTrue, 1, 3), model(yTrue, 1.1, 4), options);
    const b = compareWithChampion(model(yTrue, 1, 3), model(yTrue, 1.1, 4), options);
    expect(a.comparisons).toEqual(b.comparisons);
  });

  it('draws fewer resamples on large data', () => {
    expect(resamplesFor(600)).toBe(1000);
    expect(resamplesFor(1_000_000)).toBe(200);
    expect(resamplesFor(50_000)).toBe(400);
  });
});
