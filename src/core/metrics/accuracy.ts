// Share of rows whose predicted class is the true class (scikit-learn's accuracy_score).
import { confusionMatrix } from './confusion-matrix.js';
import { badClassIndex, defineMetric } from './metric.js';

export const accuracy = defineMetric({
  id: 'accuracy',
  tasks: ['binary-classification', 'multiclass-classification'],
  direction: 'higher-is-better',
  description: 'share of correct predictions',
  needs: 'labels',
  compute(input) {
    if (input.task === 'binary-classification') {
      const { tn, tp } = confusionMatrix(input.yTrue, input.yPred, 'accuracy');
      return (tn + tp) / input.yTrue.length;
    }
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
