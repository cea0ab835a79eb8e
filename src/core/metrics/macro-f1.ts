// Unweighted mean of per-class F1 (scikit-learn's f1_score, average='macro').
import { classCounts, classF1 } from './class-counts.js';
import { defineMetric } from './metric.js';

export const macroF1 = defineMetric({
  id: 'macro_f1',
  tasks: ['multiclass-classification'],
  direction: 'higher-is-better',
  description: 'unweighted mean F1 over classes',
  needs: 'labels',
  compute(input) {
    const counts = classCounts('macro_f1', input.yTrue, input.yPred, input.classCount);
    // Like scikit-learn (labels = those in yTrue or yPred), a class neither present nor predicted is left out.
    let total = 0;
    let classes = 0;
    for (let k = 0; k < input.classCount; k++) {
      if (counts.support[k] === 0 && counts.predicted[k] === 0) continue;
      total += classF1(counts, k);
      classes++;
    }
    return total / classes;
  },
});
