// Share of rows whose predicted class is the true class (scikit-learn's accuracy_score).
import { type ConfusionMatrix, confusionMatrix } from './confusion-matrix.js';
import { badClassIndex, defineMetric } from './metric.js';

export const accuracy = defineMetric({
  id: 'accuracy',
  tasks: ['binary-classification', 'multiclass-classification'],
  direction: 'higher-is-better',
  description: 'share of correct predictions',
  needs: 'labels',
  compute(input) {
    if (input.task === 'binary-classification') return accuracyFromCounts(confusionMatrix(input.yTrue, input.yPred, 'accuracy'));
    const { yTrue, yPred, classCount } = input;
    let correct = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i]!;
      const prediction = yPred[i]!;
      if (truth < 0 || truth >= classCount) throw badClassIndex('accuracy', 'yTrue', i, truth, classCount);
      if (prediction < 0 || prediction >= classCount) throw badClassIndex('accuracy', 'yPred', i, prediction, classCount);
      if (truth === prediction) correct++;
    }
    return correct / yTrue.length;
  },
});

/** Binary accuracy of a confusion matrix (also what a bootstrap resample's counts give, core/evaluation/resample.ts). */
export function accuracyFromCounts({ tn, fp, fn, tp }: ConfusionMatrix): number {
  return (tn + tp) / (tn + fp + fn + tp);
}
