// Expected calibration error of P(positive), 10 equal-width bins:
//   ECE = Σ_b (n_b / N) · |mean(y in b) − mean(p in b)| = (1/N) · Σ_b |Σ_{i in b} (y_i − p_i)|
// Bin b (0..9) holds p in [b/10, (b+1)/10), the last bin also p = 1; empty bins add nothing.
// The gap is between the predicted P(positive) and the observed positive rate (the reliability diagram
// of sklearn.calibration.calibration_curve), not the "top-label" variant that uses max(p, 1 − p).
import { badBinaryLabel, badProbability, defineMetric, requireScore } from './metric.js';
import { ECE_BINS as BINS, sharedProbabilitySums } from './probability-sums.js';

export const ece = defineMetric({
  id: 'ece',
  tasks: ['binary-classification'],
  direction: 'lower-is-better',
  description: 'expected calibration error',
  needs: 'probabilities',
  compute(input) {
    const { yTrue } = input;
    const score = requireScore('ece', input);
    const gapSums = sharedProbabilitySums(yTrue, score)?.eceGaps ?? sumGaps(yTrue, score);
    let total = 0;
    for (const gap of gapSums) total += Math.abs(gap);
    return total / yTrue.length;
  },
});

/** Per bin, Σ (y − p), checking every row. */
function sumGaps(yTrue: Uint8Array, score: Float64Array): Float64Array {
  const gapSums = new Float64Array(BINS);
  for (let i = 0; i < yTrue.length; i++) {
    const p = score[i]!;
    if (!(p >= 0 && p <= 1)) throw badProbability('ece', 'score', i, p);
    const truth = yTrue[i]!;
    if (truth > 1) throw badBinaryLabel('ece', 'yTrue', i, truth);
    // floor(p * 10) puts each boundary k/10 (as a double) in bin k: 0.3 * 10 = 3.0000000000000004, 0.7 * 10 = 7.000000000000001
    gapSums[Math.min(Math.floor(p * BINS), BINS - 1)]! += truth - p;
  }
  return gapSums;
}
