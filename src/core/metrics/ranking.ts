// Scores split by true class and sorted: what roc_auc and pr_auc walk.
// Two radix sorts of the scores (drift/radix-sort.ts, the order of Float64Array.prototype.sort, O(n))
// instead of one index sort with a JS comparator: the same order information for a rank statistic, several
// times faster. Every ranking metric of one evaluation shares one split (issue 18: the same 1M scores were
// sorted once per metric): it is kept per score array, which metric inputs never modify after creation.
import { sortFloat64 } from '../drift/radix-sort.js';
import { badBinaryLabel, badNumber } from './metric.js';

export interface ScoresByClass {
  /** Scores of the rows whose true class is positive, ascending. */
  positives: Float64Array;
  /** Scores of the rows whose true class is negative, ascending. */
  negatives: Float64Array;
}

const splitsByScores = new WeakMap<Float64Array, { yTrue: Uint8Array; split: ScoresByClass }>();

/** The scores of each class, ascending; the same object for the same two arrays (computed once). */
export function scoresByClass(metric: string, yTrue: Uint8Array, score: Float64Array): ScoresByClass {
  const known = splitsByScores.get(score);
  if (known !== undefined && known.yTrue === yTrue) return known.split;
  const split = splitScores(metric, yTrue, score);
  splitsByScores.set(score, { yTrue, split });
  return split;
}

function splitScores(metric: string, yTrue: Uint8Array, score: Float64Array): ScoresByClass {
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
  return Object.freeze({ positives: sortFloat64(buffer.subarray(0, positiveCount)), negatives: sortFloat64(buffer.subarray(positiveCount)) });
}
