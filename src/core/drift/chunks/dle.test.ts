import { describe, expect, it } from 'vitest';
import { createRng } from '../../stats/random.js';
import { estimateDle, fitDle } from './dle.js';

describe('direct loss estimation', () => {
  const rng = createRng(4);
  // the absolute error is exactly 0.5 + 0.25 x² (sign random), so the quadratic basis can learn it
  const rows = (n: number, shift: number) => {
    const x = Float64Array.from({ length: n }, () => rng.nextFloat() * 4 - 2 + shift);
    const prediction = Float64Array.from(x, (v) => 3 * v);
    const y = Float64Array.from(x, (v, i) => prediction[i]! + (rng.nextFloat() < 0.5 ? -1 : 1) * (0.5 + 0.25 * v * v));
    return { x, prediction, y };
  };

  it('recovers an error that is a quadratic function of a feature, on data shifted away from the reference', () => {
    const reference = rows(5000, 0);
    const model = fitDle({ prediction: reference.prediction, features: new Map([['x', reference.x]]) }, reference.y);
    const current = rows(2000, 1);
    const estimate = estimateDle(model, { prediction: current.prediction, features: new Map([['x', current.x]]) });
    const realisedMae = current.y.reduce((sum, y, i) => sum + Math.abs(y - current.prediction[i]!), 0) / current.y.length;
    // prediction = 3x is collinear with x: both enter the basis, the ridge penalty shares the weight
    expect(estimate.mae).toBeCloseTo(realisedMae, 2);
    expect(model.inputs).toEqual(['prediction', 'x']);
  });

  it('leaves out constant features and names them; needs the features it was fitted on', () => {
    const reference = rows(200, 0);
    const model = fitDle({ prediction: reference.prediction, features: new Map([['x', reference.x], ['flag', new Float64Array(200).fill(1)]]) }, reference.y);
    expect(model.ignored).toEqual([{ feature: 'flag', reason: 'constant (or missing) on the reference' }]);
    expect(() => estimateDle(model, { prediction: reference.prediction, features: new Map() })).toThrow(/needs the feature 'x'/);
    expect(() => fitDle({ prediction: Float64Array.of(1, Number.NaN), features: new Map() }, Float64Array.of(1, 2))).toThrow(/reference row 1: the label and the prediction must be finite/);
  });
});
