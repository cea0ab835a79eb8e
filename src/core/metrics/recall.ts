// TP / (TP + FN) at the decision threshold (scikit-learn's recall_score, average='binary').
import { confusionMatrix } from './confusion-matrix.js';
import { defineMetric } from './metric.js';

export const recall = defineMetric({
  id: 'recall',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'TP / (TP + FN) at the threshold',
  needs: 'labels',
  compute(input) {
    const { fn, tp } = confusionMatrix(input.yTrue, input.yPred, 'recall');
    // No positive rows: 0, as scikit-learn's default zero_division.
    return tp + fn === 0 ? 0 : tp / (tp + fn);
  },
});
