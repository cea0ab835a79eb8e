// Scores split by true class and sorted: what roc_auc and pr_auc walk.
// Two radix sorts of the scores (drift/radix-sort.ts, the order of Float64Array.prototype.sort, O(n))
// instead of one index sort with a JS comparator: the same order information for a rank statistic, several
// times faster. Within withSharedRanking (computeMetrics: every metric of one input, synchronously), the
// ranking metrics share one split (issue 18: the same 1M scores were sorted once per metric). Outside it
// nothing is kept: callers reuse and refill their arrays (bootstrap buffers, label draws), so a split kept
// by array identity would go stale.
import { sortFloat64 } from '../stats/radix-sort.js';
import { badBinaryLabel, badNumber } from './metric.js';

export interface ScoresByClass {
  /** Scores of the rows whose true class is positive, ascending. */
  positives: Float64Array;
  /** Scores of the rows whose true class is negative, ascending. */
  negatives: Float64Array;
}

/**
 * A split made elsewhere (partitionScores, then each part sorted with sortFloat64, maybe on another thread)
 * for withSharedRanking to start from: the split splitScores would make of (yTrue, score).
 */
export interface KnownSplit extends ScoresByClass {
  yTrue: Uint8Array;
  score: Float64Array;
}

// The splits of the innermost withSharedRanking call, by score array.
let sharedSplits: Map<Float64Array, { yTrue: Uint8Array; split: ScoresByClass }> | undefined;

/**
 * Runs `compute` with one split per (labels, scores) pair shared by every ranking metric it computes. The
 * arrays must not change while it runs (it is synchronous, so only `compute` itself could change them).
 */
export function withSharedRanking<T>(compute: () => T, known?: KnownSplit): T {
  const outer = sharedSplits;
  sharedSplits = new Map();
  if (known !== undefined) sharedSplits.set(known.score, { yTrue: known.yTrue, split: Object.freeze({ positives: known.positives, negatives: known.negatives }) });
  try {
    return compute();
  } finally {
    sharedSplits = outer;
  }
}

/** The scores of each class, ascending; within withSharedRanking, computed once per pair of arrays. */
export function scoresByClass(metric: string, yTrue: Uint8Array, score: Float64Array): ScoresByClass {
  const known = sharedSplits?.get(score);
  if (known !== undefined && known.yTrue === yTrue) return known.split;
  const split = splitScores(metric, yTrue, score);
  sharedSplits?.set(score, { yTrue, split });
  return split;
}

/**
 * The scores of positive rows to the front of `buffer` (in row order) and those of negative rows to its back (in
 * reverse row order), as splitScores writes them before sorting; returns the number of positive rows, or -1 when
 * a row has a non-finite score or a label other than 0/1 (each ranking metric then reports its own error). Both
 * parts sorted with sortFloat64 are splitScores's split, bit for bit.
 */
export function partitionScores(yTrue: Uint8Array, score: Float64Array, buffer: Float64Array): number {
  const rows = yTrue.length;
  if (score.length !== rows || buffer.length !== rows) return -1;
  let positiveCount = 0;
  let negativeStart = rows;
  for (let i = 0; i < rows; i++) {
    const value = score[i]!;
    if (!Number.isFinite(value)) return -1;
    const truth = yTrue[i]!;
    if (truth === 1) buffer[positiveCount++] = value + 0;
    else if (truth === 0) buffer[--negativeStart] = value + 0;
    else return -1;
  }
  return positiveCount;
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
