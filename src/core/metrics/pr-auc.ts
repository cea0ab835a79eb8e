// Average precision, as scikit-learn's average_precision_score: AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the distinct
// scores taken as thresholds from the highest down, R₀ = 0. Step-wise, no interpolation, no trapezoids.
import { MetricError, defineMetric, requireScore } from './metric.js';
import { scoresByClass } from './ranking.js';

export const prAuc = defineMetric({
  id: 'pr_auc',
  tasks: ['binary-classification'],
  direction: 'higher-is-better',
  description: 'average precision (area under the precision-recall curve)',
  needs: 'scores',
  compute(input) {
    const { positives, negatives } = scoresByClass('pr_auc', input.yTrue, requireScore('pr_auc', input));
    const positiveCount = positives.length;
    if (positiveCount === 0) {
      throw new MetricError('undefined', 'pr_auc', `undefined without positive rows: all ${input.yTrue.length} rows are negative, so recall is 0/0; evaluate on data with positives`);
    }
    // Walk both ascending arrays from the top; rows tied on a score enter at the same threshold.
    let p = positiveCount - 1;
    let n = negatives.length - 1;
    let truePositives = 0;
    let falsePositives = 0;
    let averagePrecision = 0;
    while (p >= 0) {
      const threshold = n >= 0 ? Math.max(positives[p]!, negatives[n]!) : positives[p]!;
      let newTruePositives = 0;
      while (p >= 0 && positives[p] === threshold) {
        p--;
        newTruePositives++;
      }
      while (n >= 0 && negatives[n] === threshold) {
        n--;
        falsePositives++;
      }
      truePositives += newTruePositives;
      // recall rises by newTruePositives / positiveCount at this threshold; precision is taken there
      if (newTruePositives > 0) averagePrecision += (newTruePositives / positiveCount) * (truePositives / (truePositives + falsePositives));
    }
    return averagePrecision;
  },
});
