// A metric of bootstrap resamples read through the drawn row indices, without a resampled copy of the data
// (issue 18: the PR gate's bootstraps gathered 1,000 copies of the rows per metric, checked every value again,
// and sorted the scores of each copy for the ranking metrics).
//
// Each statistic returns exactly what `metricOrNaN(id, gather(indices))` returns for the same indices, bit for
// bit: what the metric computes per row (e.g. (p - y)² for Brier) is computed once, and each resample adds those
// terms in the order the rows were drawn, as the metric's own loop adds them over the gathered copy; the label
// metrics count the resample's confusion matrix and apply the metric's own formula to it; ROC AUC and average
// precision count each resample's rows per distinct score (the scores are sorted once) and walk the distinct
// scores as the metrics walk a resample's sorted scores, with integer counts (exact), so the same floating-point
// operations in the same order. The values are checked once, on all rows: a metric that rejects a row of the data
// (or one this module does not cover: multiclass, macro and weighted F1) falls back to gathering the rows and
// calling the metric, so its errors (NaN in a resample) stay the metric's own.
import type { IndexStatistic } from '../stats/bootstrap.js';
import { accuracyFromCounts } from '../metrics/accuracy.js';
import { balancedAccuracyFromCounts } from '../metrics/balanced-accuracy.js';
import type { ConfusionMatrix } from '../metrics/confusion-matrix.js';
import { f1FromCounts } from '../metrics/f1.js';
import type { BinaryInput, MetricInput, RegressionInput } from '../metrics/metric.js';
import { precisionFromCounts } from '../metrics/precision.js';
import { ECE_BINS, clippedLog } from '../metrics/probability-sums.js';
import { recallFromCounts } from '../metrics/recall.js';
import { sortFloat64 } from '../stats/radix-sort.js';
import { gatherer, metricOrNaN } from './metrics.js';

/** `id` on the rows at `indices` (rows repeat), as `metricOrNaN(id, gatherer(input)(indices))`. */
export function resampledMetric(id: string, input: MetricInput): IndexStatistic {
  const direct = input.task === 'binary-classification' ? binaryStatistic(id, input) : input.task === 'regression' ? regressionStatistic(id, input) : undefined;
  if (direct !== undefined) return direct;
  const gather = gatherer(input);
  return (indices) => metricOrNaN(id, gather(indices));
}

/** NaN for what `defineMetric` rejects as a result (an infinite value), as metricOrNaN returns for its error. */
const finite = (value: number): number => (Number.isFinite(value) ? value : Number.NaN);

const FROM_COUNTS: Readonly<Record<string, (counts: ConfusionMatrix) => number>> = {
  accuracy: accuracyFromCounts,
  balanced_accuracy: balancedAccuracyFromCounts,
  precision: precisionFromCounts,
  recall: recallFromCounts,
  f1: f1FromCounts,
};

function binaryStatistic(id: string, input: BinaryInput): IndexStatistic | undefined {
  const { yTrue, yPred, score } = input;
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n || (score !== undefined && score.length !== n)) return undefined;
  for (let i = 0; i < n; i++) if (yTrue[i]! > 1) return undefined;
  const fromCounts = FROM_COUNTS[id];
  if (fromCounts !== undefined) return labelStatistic(yTrue, yPred, fromCounts);
  if (score === undefined) return undefined;
  if (id === 'roc_auc' || id === 'pr_auc') {
    for (let i = 0; i < n; i++) if (!Number.isFinite(score[i]!)) return undefined;
    return rankingStatistic(id, yTrue, score);
  }
  if (id === 'brier' || id === 'log_loss' || id === 'ece') {
    for (let i = 0; i < n; i++) {
      const p = score[i]!;
      if (!(p >= 0 && p <= 1)) return undefined;
    }
    return probabilityStatistic(id, yTrue, score);
  }
  return undefined;
}

/** A confusion-matrix metric: the resample's counts (code 2 · truth + prediction per row) through the metric's formula. */
function labelStatistic(yTrue: Uint8Array, yPred: Uint8Array, fromCounts: (counts: ConfusionMatrix) => number): IndexStatistic | undefined {
  const n = yTrue.length;
  const code = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const prediction = yPred[i]!;
    if (prediction > 1) return undefined;
    code[i] = 2 * yTrue[i]! + prediction;
  }
  const counts = new Float64Array(4);
  return (indices) => {
    countCodes(code, indices, counts);
    return finite(fromCounts({ tn: counts[0]!, fp: counts[1]!, fn: counts[2]!, tp: counts[3]! }));
  };
}

// The loops over a resample's rows are functions of their arrays, not closures over them: V8 optimises a closure
// for its own context, so each new statistic (the champion's, after the performance gate's) would warm up again;
// these stay optimised for every statistic of the process.

/** counts[code[row]] = how many of `indices` have that code (one function per array type: each stays monomorphic). */
function countCodes(code: Uint8Array, indices: Uint32Array, counts: Float64Array): void {
  counts.fill(0);
  for (let i = 0; i < indices.length; i++) counts[code[indices[i]!]!]!++;
}

/** countCodes for codes beyond 255 (a rank among the distinct scores). */
function countSlots(slot: Uint32Array, indices: Uint32Array, counts: Float64Array): void {
  counts.fill(0);
  for (let i = 0; i < indices.length; i++) counts[slot[indices[i]!]!]!++;
}

/** ECE's Σ over bins of |Σ (y − p)| of the rows at `indices` (each bin's sum in their order), as ece.ts. */
function sumOfBinGaps(bin: Uint8Array, term: Float64Array, indices: Uint32Array, gapSums: Float64Array): number {
  gapSums.fill(0);
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i]!;
    gapSums[bin[row]!]! += term[row]!;
  }
  let total = 0;
  for (const gap of gapSums) total += Math.abs(gap);
  return total;
}

/** Σ term[row] over `indices`, in their order. */
function sumTerms(term: Float64Array, indices: Uint32Array): number {
  let total = 0;
  for (let i = 0; i < indices.length; i++) total += term[indices[i]!]!;
  return total;
}

/** Brier, log loss and ECE: each row's term once, added in the order the rows were drawn (as the metrics' loops). */
function probabilityStatistic(id: 'brier' | 'log_loss' | 'ece', yTrue: Uint8Array, score: Float64Array): IndexStatistic {
  const n = yTrue.length;
  const term = new Float64Array(n);
  if (id === 'ece') {
    const bin = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const p = score[i]!;
      term[i] = yTrue[i]! - p;
      bin[i] = Math.min(Math.floor(p * ECE_BINS), ECE_BINS - 1);
    }
    const gapSums = new Float64Array(ECE_BINS);
    return (indices) => finite(sumOfBinGaps(bin, term, indices, gapSums) / indices.length);
  }
  if (id === 'brier') {
    for (let i = 0; i < n; i++) term[i] = (score[i]! - yTrue[i]!) ** 2;
    return (indices) => finite(sumTerms(term, indices) / indices.length);
  }
  // log loss subtracts each term (total -= ln p): the sum of the negated terms, the same operations
  for (let i = 0; i < n; i++) {
    const p = score[i]!;
    term[i] = -clippedLog(yTrue[i] === 1 ? p : 1 - p);
  }
  return (indices) => finite(sumTerms(term, indices) / indices.length);
}

/**
 * ROC AUC and average precision from the resample's count of positive and negative rows at each distinct score:
 * `slot[row]` = 2 · (rank of the row's score among the distinct scores) + truth, one count per slot per resample.
 */
function rankingStatistic(id: 'roc_auc' | 'pr_auc', yTrue: Uint8Array, score: Float64Array): IndexStatistic {
  const n = yTrue.length;
  // + 0 turns -0 into 0, which the metrics' split does too (the sort would order -0 before 0; === ties them)
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = score[i]! + 0;
  sortFloat64(sorted);
  let distinctCount = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[distinctCount - 1]) sorted[distinctCount++] = sorted[i]!;
  const distinct = sorted.subarray(0, distinctCount);
  const slot = new Uint32Array(n);
  for (let i = 0; i < n; i++) slot[i] = 2 * rankOf(distinct, score[i]! + 0) + yTrue[i]!;
  const counts = new Float64Array(2 * distinctCount);
  const count = (indices: Uint32Array): void => countSlots(slot, indices, counts);
  const walk = id === 'roc_auc' ? rocAucOfCounts : averagePrecisionOfCounts;
  return (indices) => {
    count(indices);
    return walk(counts);
  };
}

/** roc-auc.ts on per-score counts (negatives at 2g, positives at 2g + 1, scores ascending): for each distinct positive score, tiedPositives · (negatives below + tied negatives / 2). */
function rocAucOfCounts(counts: Float64Array): number {
  let pairsWon = 0;
  let below = 0;
  let positives = 0;
  for (let g = 0; g < counts.length; g += 2) {
    const tiedNegatives = counts[g]!;
    const tiedPositives = counts[g + 1]!;
    if (tiedPositives > 0) pairsWon += tiedPositives * (below + tiedNegatives / 2);
    below += tiedNegatives;
    positives += tiedPositives;
  }
  if (positives === 0 || below === 0) return Number.NaN;
  return finite(pairsWon / (positives * below));
}

/** pr-auc.ts on per-score counts: thresholds from the highest distinct score down, precision taken where recall rises. */
function averagePrecisionOfCounts(counts: Float64Array): number {
  let positiveCount = 0;
  for (let g = 1; g < counts.length; g += 2) positiveCount += counts[g]!;
  if (positiveCount === 0) return Number.NaN;
  let truePositives = 0;
  let falsePositives = 0;
  let averagePrecision = 0;
  for (let g = counts.length - 2; g >= 0 && truePositives < positiveCount; g -= 2) {
    const newTruePositives = counts[g + 1]!;
    falsePositives += counts[g]!;
    truePositives += newTruePositives;
    if (newTruePositives > 0) averagePrecision += (newTruePositives / positiveCount) * (truePositives / (truePositives + falsePositives));
  }
  return finite(averagePrecision);
}

/** r2.ts over the rows at `indices`, in their order: squared errors `squares`, SS_tot by Welford's update. */
function r2OfRows(yTrue: Float64Array, squares: Float64Array, indices: Uint32Array): number {
  let residualSquares = 0;
  let mean = 0;
  let totalSquares = 0;
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i]!;
    const truth = yTrue[row]!;
    residualSquares += squares[row]!;
    const delta = truth - mean;
    mean += delta / (i + 1);
    totalSquares += delta * (truth - mean);
  }
  if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
  return finite(1 - residualSquares / totalSquares);
}

/** Index of `value` in the ascending, distinct `values` (it is there). */
function rankOf(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function regressionStatistic(id: string, input: RegressionInput): IndexStatistic | undefined {
  const { yTrue, yPred } = input;
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n || !(id === 'mae' || id === 'rmse' || id === 'mape' || id === 'r2')) return undefined;
  const term = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const truth = yTrue[i]!;
    const error = yPred[i]! - truth;
    if (!Number.isFinite(error)) return undefined;
    // the metrics' own per-row expressions (mae.ts, rmse.ts, mape.ts, r2.ts)
    term[i] = id === 'mae' ? Math.abs(error) : id === 'mape' ? Math.abs(error) / Math.max(Math.abs(truth), Number.EPSILON) : error * error;
  }
  if (id === 'r2') return (indices) => r2OfRows(yTrue, term, indices);
  return (indices) => {
    const mean = sumTerms(term, indices) / indices.length;
    return finite(id === 'rmse' ? Math.sqrt(mean) : mean);
  };
}
