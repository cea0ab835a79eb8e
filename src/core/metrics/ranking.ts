// Scores split by true class and sorted: what roc_auc and pr_auc walk, in O(n log n).
// Two native numeric sorts (Float64Array.prototype.sort without a comparator) instead of one index sort
// with a JS comparator: the same order information for a rank statistic, several times faster.
import { badBinaryLabel, badNumber } from './metric.js';

export interface ScoresByClass {
  /** Scores of the rows whose true class is positive, ascending. */
  positives: Float64Array;
  /** Scores of the rows whose true class is negative, ascending. */
  negatives: Float64Array;
}

export function scoresByClass(metric: string, yTrue: Uint8Array, score: Float64Array): ScoresByClass {
  const rows = yTrue.length;
  // positives fill the buffer from the front, negatives from the back
  const buffer = new Float64Array(rows);
  let positiveCount = 0;
  let negativeStart = rows;
  for (let i = 0; i < rows; i++) {
    const value = score[i]!;
    if (!Number.isFinite(value)) throw badNumber(metric, 'score', i, value);
    const truth = yTrue[i]!;
    // + 0 turns -0 into 0, which the sort would otherwise order before 0
    if (truth === 1) buffer[positiveCount++] = value + 0;
    else if (truth === 0) buffer[--negativeStart] = value + 0;
    else throw badBinaryLabel(metric, 'yTrue', i, truth);
  }
  return { positives: buffer.subarray(0, positiveCount).sort(), negatives: buffer.subarray(positiveCount).sort() };
}
