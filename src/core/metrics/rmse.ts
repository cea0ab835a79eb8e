// Root mean squared error (scikit-learn's root_mean_squared_error, formerly mean_squared_error(squared=False)).
import { badRegressionRow, defineMetric } from './metric.js';

export const rmse = defineMetric({
  id: 'rmse',
  tasks: ['regression'],
  direction: 'lower-is-better',
  description: 'root mean squared error',
  needs: 'predictions',
  compute({ yTrue, yPred }) {
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const error = yPred[i]! - yTrue[i]!;
      if (!Number.isFinite(error)) throw badRegressionRow('rmse', yTrue, yPred, i);
      total += error * error;
    }
    return Math.sqrt(total / yTrue.length);
  },
});
