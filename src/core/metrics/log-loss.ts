// Mean negative log-likelihood of the true class (scikit-learn's log_loss, natural log).
// The probability of the true class is clipped to [eps, 1 - eps] with eps = 2⁻⁵² ≈ 2.22e-16
// (Number.EPSILON, numpy's finfo(float64).eps: scikit-learn's eps for float64 input since 1.2),
// so a confident miss costs −ln(eps) ≈ 36.04 instead of infinity.
import { MetricError, badBinaryLabel, badClassIndex, badProbability, defineMetric, requireProbabilities, requireScore } from './metric.js';
import { clippedLog, sharedProbabilitySums } from './probability-sums.js';

/** How far a probability row may sum from 1 (float32 model outputs drift by ~1e-7); beyond it the output is not probabilities. */
const ROW_SUM_TOLERANCE = 1e-3;

export const logLoss = defineMetric({
  id: 'log_loss',
  tasks: ['binary-classification', 'multiclass-classification'],
  direction: 'lower-is-better',
  description: 'cross-entropy of the predicted probabilities',
  needs: 'probabilities',
  compute(input) {
    let total = 0;
    if (input.task === 'binary-classification') {
      const { yTrue } = input;
      const score = requireScore('log_loss', input);
      const sums = sharedProbabilitySums(yTrue, score);
      if (sums !== undefined) return sums.logLoss / yTrue.length;
      for (let i = 0; i < yTrue.length; i++) {
        const p = score[i]!;
        if (!(p >= 0 && p <= 1)) throw badProbability('log_loss', 'score', i, p);
        const truth = yTrue[i]!;
        if (truth > 1) throw badBinaryLabel('log_loss', 'yTrue', i, truth);
        total -= clippedLog(truth === 1 ? p : 1 - p);
      }
      return total / yTrue.length;
    }
    const { yTrue, classCount } = input;
    const probabilities = requireProbabilities('log_loss', input);
    for (let i = 0; i < yTrue.length; i++) {
      const truth = yTrue[i]!;
      if (truth < 0 || truth >= classCount) throw badClassIndex('log_loss', 'yTrue', i, truth, classCount);
      const start = i * classCount;
      let rowSum = 0;
      for (let k = start; k < start + classCount; k++) {
        const p = probabilities[k]!;
        if (!(p >= 0 && p <= 1)) throw badProbability('log_loss', 'probabilities', k, p);
        rowSum += p;
      }
      // Rows are used as given, not renormalised (scikit-learn only warns); a row far from 1 is logits or scores, not probabilities.
      if (Math.abs(rowSum - 1) > ROW_SUM_TOLERANCE) {
        throw new MetricError('invalid-input', 'log_loss', `probabilities of row ${i} sum to ${rowSum}, not 1: is the score output a probability (softmax), not logits?`);
      }
      total -= clippedLog(probabilities[start + truth]!);
    }
    return total / yTrue.length;
  },
});
