// Harmonic mean of precision and recall (scikit-learn's f1_score, average='binary').
import { type ConfusionMatrix, confusionMatrix } from './confusion-matrix.js';
import { defineMetric } from './metric.js';

export const f1 = defineMetric({
  id: 'f1',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'harmonic mean of precision and recall',
  needs: 'labels',
  compute(input) {
    return f1FromCounts(confusionMatrix(input.yTrue, input.yPred, 'f1'));
  },
});

/** F1 of a confusion matrix (also what a bootstrap resample's counts give, core/evaluation/resample.ts). */
export function f1FromCounts({ fp, fn, tp }: ConfusionMatrix): number {
  // 2PR / (P + R) written with counts, so it stays defined when P or R is 0/0; 0 when TP = FP = FN = 0 (zero_division).
  const denominator = 2 * tp + fp + fn;
  return denominator === 0 ? 0 : (2 * tp) / denominator;
}
