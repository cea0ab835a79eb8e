// Coefficient of determination, 1 − SS_res / SS_tot (scikit-learn's r2_score).
// One pass: SS_tot by Welford's update, which needs no mean beforehand and does not cancel catastrophically.
import { badRegressionRow, defineMetric } from './metric.js';

export const r2 = defineMetric({
  id: 'r2',
  tasks: ['regression'],
  direction: 'higher-is-better',
  description: 'coefficient of determination',
  needs: 'predictions',
  compute({ yTrue, yPred }) {
    let residualSquares = 0;
    let mean = 0;
    let totalSquares = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i]!;
      const error = yPred[i]! - truth;
      if (!Number.isFinite(error)) throw badRegressionRow('r2', yTrue, yPred, i);
      residualSquares += error * error;
      const delta = truth - mean;
      mean += delta / (i + 1);
      totalSquares += delta * (truth - mean);
    }
    // Constant yTrue leaves SS_tot = 0: scikit-learn's default (force_finite=True) gives 1 for a perfect fit, else 0.
    if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
    return 1 - residualSquares / totalSquares;
  },
});
