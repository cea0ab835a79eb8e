// Mean of per-class F1 weighted by each class's support (scikit-learn's f1_score, average='weighted').
import { classCounts, classF1 } from './class-counts.js';
import { defineMetric } from './metric.js';

export const weightedF1 = defineMetric({
  id: 'weighted_f1',
  tasks: ['multiclass-classification'],
  direction: 'higher-is-better',
  description: 'support-weighted mean F1 over classes',
  needs: 'labels',
  compute(input) {
    const counts = classCounts('weighted_f1', input.yTrue, input.yPred, input.classCount);
    let total = 0;
    for (let k = 0; k < input.classCount; k++) total += counts.support[k]! * classF1(counts, k);
    return total / input.yTrue.length;
  },
});
