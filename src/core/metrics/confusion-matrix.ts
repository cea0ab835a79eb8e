// The binary confusion matrix: the one pass that accuracy, balanced accuracy, precision, recall and F1 share.
import { MetricError, badBinaryLabel } from './metric.js';

/** Counts of rows by (true class, predicted class); scikit-learn's `confusion_matrix(...).ravel()` order. */
export interface ConfusionMatrix {
  tn: number;
  fp: number;
  fn: number;
  tp: number;
}

// The matrices of the innermost withSharedConfusion call, by truth array.
let shared: Map<Uint8Array, { yPred: Uint8Array; counts: ConfusionMatrix }> | undefined;

/**
 * Runs `compute` with one confusion matrix per (truth, prediction) pair shared by every metric it computes
 * (computeMetrics: accuracy, balanced accuracy, precision, recall and F1 each counted the same million rows).
 * The arrays must not change while it runs (it is synchronous, so only `compute` itself could change them).
 */
export function withSharedConfusion<T>(compute: () => T): T {
  const outer = shared;
  shared = new Map();
  try {
    return compute();
  } finally {
    shared = outer;
  }
}

/**
 * One pass over the labels (within withSharedConfusion, once per pair of arrays); throws `MetricError`
 * (named after `metric`) on a label other than 0/1, no rows, or lengths that differ.
 */
export function confusionMatrix(yTrue: Uint8Array, yPred: Uint8Array, metric = 'confusion_matrix'): ConfusionMatrix {
  const known = shared?.get(yTrue);
  if (known !== undefined && known.yPred === yPred) return { ...known.counts };
  const counts = countConfusion(yTrue, yPred, metric);
  shared?.set(yTrue, { yPred, counts: { ...counts } });
  return counts;
}

function countConfusion(yTrue: Uint8Array, yPred: Uint8Array, metric: string): ConfusionMatrix {
  const rows = yTrue.length;
  if (rows === 0) throw new MetricError('invalid-input', metric, 'no rows to evaluate: the evaluation data is empty');
  if (yPred.length !== rows) throw new MetricError('invalid-input', metric, `yPred has ${yPred.length} rows, yTrue has ${rows}`);
  // counts[2 * truth + prediction]: tn, fp, fn, tp
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < rows; i++) {
    const truth = yTrue[i]!;
    const prediction = yPred[i]!;
    if (truth > 1) throw badBinaryLabel(metric, 'yTrue', i, truth);
    if (prediction > 1) throw badBinaryLabel(metric, 'yPred', i, prediction);
    counts[2 * truth + prediction]!++;
  }
  const [tn, fp, fn, tp] = counts as [number, number, number, number];
  return { tn, fp, fn, tp };
}
