// Mean absolute percentage error as a fraction, not ×100 (scikit-learn's mean_absolute_percentage_error):
//   mean(|y − ŷ| / max(|y|, eps)), eps = Number.EPSILON = 2⁻⁵² (numpy's finfo(float64).eps).
// A true value of 0 therefore yields a huge but finite error, as in scikit-learn.
import { badRegressionRow, defineMetric } from './metric.js';

export const mape = defineMetric({
  id: 'mape',
  tasks: ['regression'],
  direction: 'lower-is-better',
  description: 'mean absolute percentage error',
  needs: 'predictions',
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i]!;
      const error = Math.abs(yPred[i]! - truth);
      if (!Number.isFinite(error)) throw badRegressionRow('mape', yTrue, yPred, i);
      total += error / Math.max(Math.abs(truth), Number.EPSILON);
    }
    return total / yTrue.length;
  },
});
