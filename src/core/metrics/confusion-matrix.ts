// The binary confusion matrix: the one pass that accuracy, balanced accuracy, precision, recall and F1 share.
import { MetricError, badBinaryLabel } from './metric.js';

/** Counts of rows by (true class, predicted class); scikit-learn's `confusion_matrix(...).ravel()` order. */
export interface ConfusionMatrix {
  tn: number;
  fp: number;
  fn: number;
  tp: number;
}

/** One pass over the labels; throws `MetricError` (named after `metric`) on a label other than 0/1, no rows, or lengths that differ. */
export function confusionMatrix(yTrue: Uint8Array, yPred: Uint8Array, metric = 'confusion_matrix'): ConfusionMatrix {
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
