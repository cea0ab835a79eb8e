// Area under the ROC curve as the Mann-Whitney statistic: the probability that a random positive row
// scores above a random negative one, a tie counting one half. Equal to scikit-learn's roc_auc_score
// (trapezoids over the ROC curve, which puts tied scores on one diagonal step, i.e. average ranks).
import { MetricError, defineMetric, requireScore } from './metric.js';
import { scoresByClass } from './ranking.js';

export const rocAuc = defineMetric({
  id: 'roc_auc',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'area under the ROC curve',
  needs: 'scores',
  compute(input) {
    const { positives, negatives } = scoresByClass('roc_auc', input.yTrue, requireScore('roc_auc', input));
    if (positives.length === 0 || negatives.length === 0) {
      const present = positives.length === 0 ? 'negative' : 'positive';
      throw new MetricError('undefined', 'roc_auc', `undefined when only one class is present: all ${input.yTrue.length} rows are ${present}; evaluate on data with both classes`);
    }
    // Merge walk over both ascending arrays: for each group of tied positive scores, count the negatives below and tied.
    let pairsWon = 0;
    let below = 0;
    for (let i = 0; i < positives.length; ) {
      const value = positives[i]!;
      let tiedPositives = 0;
      while (i < positives.length && positives[i] === value) {
        i++;
        tiedPositives++;
      }
      while (below < negatives.length && negatives[below]! < value) below++;
      let tiedNegatives = 0;
      while (below + tiedNegatives < negatives.length && negatives[below + tiedNegatives] === value) tiedNegatives++;
      pairsWon += tiedPositives * (below + tiedNegatives / 2);
    }
    return pairsWon / (positives.length * negatives.length);
  },
});
