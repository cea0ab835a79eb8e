// TP / (TP + FN) at the decision threshold (scikit-learn's recall_score, average='binary').
import { type ConfusionMatrix, confusionMatrix } from './confusion-matrix.js';
import { defineMetric } from './metric.js';

export const recall = defineMetric({
  id: 'recall',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'TP / (TP + FN) at the threshold',
  needs: 'labels',
  compute(input) {
    return recallFromCounts(confusionMatrix(input.yTrue, input.yPred, 'recall'));
  },
});

/** Recall of a confusion matrix (also what a bootstrap resample's counts give, core/evaluation/resample.ts). */
export function recallFromCounts({ fn, tp }: ConfusionMatrix): number {
  // No positive rows: 0, as scikit-learn's default zero_division.
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}
