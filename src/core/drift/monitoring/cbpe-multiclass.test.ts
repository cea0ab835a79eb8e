import { describe, expect, it } from 'vitest';
import { createRng } from '../../stats/random.js';
import { estimateCbpe, fitCbpe } from './cbpe.js';
import { estimateMulticlassCbpe, fitMulticlassCbpe } from './cbpe-multiclass.js';

// Two classes are the binary case: one-vs-rest CBPE over [1 − p, p] must give the binary CBPE's accuracy, and
// macro F1 the mean of the binary F1 of class 1 and of class 0 (the binary CBPE on 1 − p with labels flipped).
describe('multiclass CBPE', () => {
  const rng = createRng(21);
  const n = 800;
  const score = Float64Array.from({ length: n }, () => {
    const p = rng.nextFloat();
    return p === 0.5 ? 0.51 : p;
  });
  const yTrue = Uint8Array.from(score, (p) => (rng.nextFloat() < p ? 1 : 0));
  const twoColumns = (p: Float64Array): Float64Array => {
    const out = new Float64Array(p.length * 2);
    for (let i = 0; i < p.length; i++) {
      out[2 * i] = 1 - p[i]!;
      out[2 * i + 1] = p[i]!;
    }
    return out;
  };
  const current = Float64Array.from({ length: 300 }, () => 0.2 + 0.6 * rng.nextFloat());

  it('reduces to binary CBPE with two classes (no calibration)', () => {
    const model = fitMulticlassCbpe({ yTrue: Int32Array.from(yTrue), probabilities: twoColumns(score), classCount: 2 }, { calibration: 'none' });
    const estimate = estimateMulticlassCbpe(model, twoColumns(current));
    const binary = estimateCbpe(fitCbpe({ yTrue, score }, { calibration: 'none' }), { score: current });
    const flipped = estimateCbpe(fitCbpe({ yTrue: Uint8Array.from(yTrue, (y) => 1 - y), score: Float64Array.from(score, (p) => 1 - p) }, { calibration: 'none', threshold: 0.5 }), {
      score: Float64Array.from(current, (p) => 1 - p),
      yPred: Uint8Array.from(current, (p) => (p >= 0.5 ? 0 : 1)),
    });
    const metric = (result: typeof binary, id: string) => result.metrics.find((m) => m.metric === id)!.estimate!;
    expect(estimate.accuracy).toBeCloseTo(metric(binary, 'accuracy'), 12);
    expect(estimate.macro_f1).toBeCloseTo((metric(binary, 'f1') + metric(flipped, 'f1')) / 2, 12);
  });

  it('calibrates each class and rejects bad input with the row', () => {
    const model = fitMulticlassCbpe({ yTrue: Int32Array.from(yTrue), probabilities: twoColumns(score), classCount: 2 });
    expect(model.calibrations).toHaveLength(2);
    expect(estimateMulticlassCbpe(model, new Float64Array())).toEqual({ accuracy: null, macro_f1: null });
    expect(() => estimateMulticlassCbpe(model, Float64Array.of(0.5, 1.5))).toThrow(/current probability value 1 is 1.5/);
    expect(() => fitMulticlassCbpe({ yTrue: Int32Array.of(0, 2), probabilities: Float64Array.of(0.5, 0.5, 0.5, 0.5), classCount: 2 })).toThrow(/reference yTrue\[1\] is 2; class indices are 0..1/);
  });
});
