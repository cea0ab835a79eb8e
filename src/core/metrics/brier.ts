// Mean squared difference between P(positive) and the outcome (scikit-learn's brier_score_loss).
import { badBinaryLabel, badProbability, defineMetric, requireScore } from './metric.js';
import { sharedProbabilitySums } from './probability-sums.js';

export const brier = defineMetric({
  id: 'brier',
  tasks: ['binary-classification'],
  direction: 'lower-is-better',
  description: 'mean squared error of the predicted probability',
  needs: 'probabilities',
  compute(input) {
    const { yTrue } = input;
    const score = requireScore('brier', input);
    const sums = sharedProbabilitySums(yTrue, score);
    if (sums !== undefined) return sums.brier / yTrue.length;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const p = score[i]!;
      if (!(p >= 0 && p <= 1)) throw badProbability('brier', 'score', i, p);
      const truth = yTrue[i]!;
      if (truth > 1) throw badBinaryLabel('brier', 'yTrue', i, truth);
      total += (p - truth) ** 2;
    }
    return total / yTrue.length;
  },
});
