// Mean of the recall of each class (scikit-learn's balanced_accuracy_score, adjusted=False).
import { type ConfusionMatrix, confusionMatrix } from './confusion-matrix.js';
import { defineMetric } from './metric.js';

export const balancedAccuracy = defineMetric({
  id: 'balanced_accuracy',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'mean of recall on each class',
  needs: 'labels',
  compute(input) {
    return balancedAccuracyFromCounts(confusionMatrix(input.yTrue, input.yPred, 'balanced_accuracy'));
  },
});

/** Balanced accuracy of a confusion matrix (also what a bootstrap resample's counts give, core/evaluation/resample.ts). */
export function balancedAccuracyFromCounts({ tn, fp, fn, tp }: ConfusionMatrix): number {
  const positives = tp + fn;
  const negatives = tn + fp;
  // Like scikit-learn, a class absent from yTrue has no recall and is left out of the mean.
  if (positives === 0) return tn / negatives;
  if (negatives === 0) return tp / positives;
  return (tp / positives + tn / negatives) / 2;
}
