// Per-class counts for multiclass labels in one pass: what macro and weighted F1 need.
import { badClassIndex } from './metric.js';

export interface ClassCounts {
  /** Rows of class k predicted as k. */
  truePositives: Float64Array;
  /** Rows whose true class is k. */
  support: Float64Array;
  /** Rows predicted as k. */
  predicted: Float64Array;
}

export function classCounts(metric: string, yTrue: Int32Array, yPred: Int32Array, classCount: number): ClassCounts {
  const truePositives = new Float64Array(classCount);
  const support = new Float64Array(classCount);
  const predicted = new Float64Array(classCount);
  for (let i = 0; i < yTrue.length; i++) {
    const truth = yTrue[i]!;
    const prediction = yPred[i]!;
    if (truth < 0 || truth >= classCount) throw badClassIndex(metric, 'yTrue', i, truth, classCount);
    if (prediction < 0 || prediction >= classCount) throw badClassIndex(metric, 'yPred', i, prediction, classCount);
    support[truth]!++;
    predicted[prediction]!++;
    if (truth === prediction) truePositives[truth]!++;
  }
  return { truePositives, support, predicted };
}

/** F1 of class k: 2·TP / (2·TP + FP + FN) = 2·TP / (support + predicted); 0 when the class is neither present nor predicted. */
export function classF1(counts: ClassCounts, k: number): number {
  const denominator = counts.support[k]! + counts.predicted[k]!;
  return denominator === 0 ? 0 : (2 * counts.truePositives[k]!) / denominator;
}
