// TP / (TP + FP) at the decision threshold (scikit-learn's precision_score, average='binary').
import { type ConfusionMatrix, confusionMatrix } from './confusion-matrix.js';
import { defineMetric } from './metric.js';

export const precision = defineMetric({
  id: 'precision',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'TP / (TP + FP) at the threshold',
  needs: 'labels',
  compute(input) {
    return precisionFromCounts(confusionMatrix(input.yTrue, input.yPred, 'precision'));
  },
});

/** Precision of a confusion matrix (also what a bootstrap resample's counts give, core/evaluation/resample.ts). */
export function precisionFromCounts({ fp, tp }: ConfusionMatrix): number {
  // No predicted positives: 0, as scikit-learn's default zero_division ("warn", which returns 0).
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}
