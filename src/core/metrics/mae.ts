// Mean absolute error (scikit-learn's mean_absolute_error).
import { badRegressionRow, defineMetric } from './metric.js';

export const mae = defineMetric({
  id: 'mae',
  tasks: ['regression'],
  direction: 'lower-is-better',
  description: 'mean absolute error',
  needs: 'predictions',
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const error = Math.abs(yPred[i]! - yTrue[i]!);
      if (!Number.isFinite(error)) throw badRegressionRow('mae', yTrue, yPred, i);
      total += error;
    }
    return total / yTrue.length;
  },
});
