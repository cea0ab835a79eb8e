// Confidence-based performance estimation (CBPE) for binary classifiers, as NannyML implements it
// (nannyml/performance_estimation/confidence_based/{cbpe,metrics}.py, nannyml/sampling_error/
// binary_classification.py, nannyml/thresholds.py; docs: "How it works: Confidence-based Performance
// Estimation" and "Estimation of Standard Error"): performance on unlabelled current data, estimated from the
// model's own calibrated probabilities.
//
// Fit (labelled reference): decide whether to calibrate and fit an isotonic calibrator (calibration.ts);
// record, per metric, the sampling-error components and the alert thresholds; record realised reference
// performance.
//
// Estimate (current data, labels optional). With p_i the calibrated probability of row i and ŷ_i its
// predicted class (from the *uncalibrated* score at the decision threshold), the expected confusion matrix is
//   E[TP] = Σ_{ŷ=1} p_i, E[FP] = Σ_{ŷ=1} (1 − p_i), E[FN] = Σ_{ŷ=0} p_i, E[TN] = Σ_{ŷ=0} (1 − p_i),
// and accuracy = (E[TP] + E[TN]) / n, precision = E[TP] / (E[TP] + E[FP]), recall = E[TP] / (E[TP] + E[FN]),
// F1 = E[TP] / (E[TP] + (E[FP] + E[FN]) / 2) (NannyML's estimate_* functions).
// ROC AUC (NannyML's `estimate_roc_auc`): rows sorted by the uncalibrated score, descending; walking down,
// the expected true positives are the running sum of p and the expected false positives the running sum of
// 1 − p; TPR and FPR are those over their totals, and the AUC is the trapezoid area under (FPR, TPR).
// Departure: rows with equal uncalibrated scores are taken as one step (a diagonal segment), as
// scikit-learn's roc_curve does with ties, so the result does not depend on sort order; NannyML walks tied
// rows one at a time in argsort order, and rounds the running sums to 5 decimals, which we do not.
//
// Standard error. The band answers "where will the realised metric of these rows fall, once their labels
// arrive?", so the SE is the spread of the realised metric around the estimate given the current rows'
// calibrated probabilities: labels y_i ~ Bernoulli(p_i), independent, and the delta method —
// - accuracy: Σ p(1 − p) / n²; precision: Σ_{ŷ=1} p(1 − p) / m², m predicted positives;
// - recall = A / (A + B), A = E[TP], B = E[FN], with variances v_A = Σ_{ŷ=1} p(1 − p), v_B = Σ_{ŷ=0} p(1 − p)
//   (TP and FN are independent): (B² v_A + A² v_B) / (A + B)⁴;
// - F1 = 2A / (A + B + m): (2(B + m))² v_A + (2A)² v_B, over (A + B + m)⁴;
// - ROC AUC: its influence of each row's label, DeLong's two placement terms on the expected labels
//   (DeLong, DeLong & Clarke-Pearson, Biometrics 44, 1988; Hanley & McNeil, Radiology 143, 1982): with
//   V10(i) the expected share of negatives ranked below row i (as a positive) and V01(i) the expected share
//   of positives ranked above it (as a negative), ties one half, P = Σp, N = Σ(1 − p) and A the estimate,
//   ∂AUC/∂y_i = (V10(i) − A) / P − (V01(i) − A) / N, and Var = Σ p(1 − p) (∂AUC/∂y_i)².
// - plus the calibration's own uncertainty: the probabilities were learnt (or, uncalibrated, vouched for)
//   on a finite labelled reference, which cannot pin them closer than the metric's sampling error there,
//   so the same conditional SE computed on the reference's rows is added in quadrature:
//   SE² = SE_current² + SE_reference². It vanishes as the reference grows; on a small reference (the
//   example repository's 200 rows) it keeps the band honest about a model whose scores are off.
// Departure from NannyML, and why: NannyML's sampling error σ / sqrt(n · f) takes σ from the reference's
// realised labels (an unconditional binomial spread) and, for ROC AUC, only the positives' placement
// term. Measured on calibrated simulations (bench/calibration-monitoring.mjs) its recall and F1 SEs were
// 1.3–2.4× the realised spread around the estimate and its ROC AUC SE ~30% short (±3 SE bands covering
// 93.5–96%); the SEs above match the spread within 10% and their bands cover 99.4–99.9%. NannyML's components are
// still computed by samplingErrorComponents (below) for comparison:
// - accuracy: σ = std of "correct" over all rows, f = 1;
// - precision: σ = std of "correct" over predicted positives, f = share of predicted positives;
// - recall: σ = std of "correct" over actual positives, f = share of actual positives;
// - F1: over the TP, FP and FN rows, values TP = c and FP = FN = 0 with c = count / (TP + (FP + FN) / 2),
//   f = (TP + FP + FN) / n;
// - ROC AUC: the classes are swapped (labels and 1 − score) when positives are the majority; σ = std of each
//   positive's placement (share of negatives scoring below it), f = share of positives. Departure: a tie
//   between a positive and a negative counts one half (as our roc_auc), where NannyML ranks ties in argsort
//   order and drops a positive that sorts first.
// All std are population std (numpy's default ddof=0). The band shown is estimate ± 3 SE (NannyML's
// SAMPLING_ERROR_RANGE = 3), clipped to [0, 1].
//
// Alert thresholds (NannyML's default StandardDeviationThreshold): the reference is cut, in its row order,
// into 10 chunks of floor(n / 10) rows, the remainder joining the last (NannyML's DefaultChunker); the
// realised metric of each chunk gives mean ± 3 · std (ddof 0), clipped to [0, 1]; an estimate outside
// [lower, upper] is an alert. Chunks on which a metric is undefined (ROC AUC with one class) are left out.
//
// Realised metrics (current labels given) use the registry's metrics on the uncalibrated scores and the
// predicted classes, as NannyML does (its issue #98).
import { accuracy } from '../../metrics/accuracy.js';
import { f1 } from '../../metrics/f1.js';
import { MetricError, type MetricDefinition } from '../../metrics/metric.js';
import { precision } from '../../metrics/precision.js';
import { recall } from '../../metrics/recall.js';
import { rocAuc } from '../../metrics/roc-auc.js';
import { applyCalibration, fitCalibration, type Calibration, type CalibrationDecision, type CalibrationMode } from './calibration.js';

export const CBPE_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'] as const;
export type CbpeMetricId = (typeof CBPE_METRICS)[number];

/** NannyML's SAMPLING_ERROR_RANGE: the band is estimate ± 3 standard errors. */
export const SAMPLING_ERROR_RANGE = 3;
/** Reference chunks for the alert thresholds (NannyML's DefaultChunker). */
export const DEFAULT_REFERENCE_CHUNKS = 10;
/** Multiplier of the std of the reference chunks' metric (NannyML's StandardDeviationThreshold). */
export const THRESHOLD_STD_MULTIPLIER = 3;

const DEFINITIONS: Readonly<Record<CbpeMetricId, MetricDefinition>> = { accuracy, precision, recall, f1, roc_auc: rocAuc };

export interface CbpeReference {
  /** True class per row (0/1). */
  yTrue: Uint8Array;
  /** The model's P(positive) per row, as it outputs it (uncalibrated), in [0, 1]. */
  score: Float64Array;
  /** Predicted class per row; default score >= threshold. */
  yPred?: Uint8Array;
}

export interface CbpeCurrent {
  score: Float64Array;
  yPred?: Uint8Array;
  /** True classes when they have arrived: realised metrics are then reported beside the estimates. */
  yTrue?: Uint8Array;
}

export interface CbpeOptions {
  /** Decision threshold used when yPred is not given: positive when score >= threshold (default 0.5). */
  threshold?: number;
  /** 'auto' (default): isotonic calibration when it lowers the reference's held-out ECE, as NannyML. */
  calibration?: CalibrationMode;
  /** Seed of the calibration decision's shuffle splits (default 0). */
  seed?: number;
  /** Reference chunks for the alert thresholds (default 10). */
  referenceChunks?: number;
}

/** NannyML's sampling-error components: SE = std / sqrt(n · share). */
export interface SamplingErrorComponents {
  std: number;
  share: number;
}

export interface AlertThresholds {
  /** null when fewer than two reference chunks had a value. */
  lower: number | null;
  upper: number | null;
  /** Reference chunks whose realised metric entered the thresholds. */
  chunksUsed: number;
}

/** What fitting on the reference learnt: plain data, so it can be stored and reused. */
export interface CbpeModel {
  threshold: number;
  referenceRows: number;
  calibration: Calibration;
  /** The conditional standard error of each metric on the reference's own rows: how closely it pins the calibration. */
  referenceStandardError: Record<CbpeMetricId, number | null>;
  alertThresholds: Record<CbpeMetricId, AlertThresholds>;
  /** Realised metrics on the whole reference (null where undefined). */
  referenceRealised: Record<CbpeMetricId, number | null>;
}

export interface ExpectedConfusionMatrix {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface CbpeMetricResult {
  metric: CbpeMetricId;
  /** Estimated value; null when undefined (no expected positives, one expected class). */
  estimate: number | null;
  /** Spread of the realised metric around the estimate given the current rows' calibrated probabilities. */
  standardError: number | null;
  /** estimate ± 3 SE, clipped to [0, 1]. */
  lower: number | null;
  upper: number | null;
  /** Realised value when current labels were given and the metric is defined on them. */
  realised: number | null;
  /** Realised value on the reference. */
  reference: number | null;
  thresholds: AlertThresholds;
  /** The estimate is outside the alert thresholds. */
  alert: boolean;
}

export interface CbpeResult {
  rows: number;
  threshold: number;
  calibration: CalibrationDecision;
  expectedConfusion: ExpectedConfusionMatrix;
  /** In CBPE_METRICS order. */
  metrics: CbpeMetricResult[];
  /** Whether current labels were given (realised values present). */
  labelled: boolean;
}

export class CbpeError extends Error {
  override readonly name = 'CbpeError';
}

/** Learns calibration, sampling-error components and alert thresholds from the labelled reference. */
export function fitCbpe(reference: CbpeReference, options: CbpeOptions = {}): CbpeModel {
  const { threshold = 0.5, calibration = 'auto', seed = 0, referenceChunks = DEFAULT_REFERENCE_CHUNKS } = options;
  if (!(threshold >= 0 && threshold <= 1)) throw new CbpeError(`threshold must be in [0, 1]; got ${threshold}`);
  if (!Number.isInteger(referenceChunks) || referenceChunks < 1) throw new CbpeError(`referenceChunks must be a positive integer; got ${referenceChunks}`);
  const rows = reference.score.length;
  if (rows === 0) throw new CbpeError('the reference has no rows: CBPE learns from labelled reference data');
  checkScores('reference', reference.score);
  checkLabels('reference', 'yTrue', reference.yTrue, rows);
  const yPred = predictedClasses('reference', reference.score, reference.yPred, threshold);

  const alertThresholds = {} as Record<CbpeMetricId, AlertThresholds>;
  const referenceRealised = {} as Record<CbpeMetricId, number | null>;
  for (const metric of CBPE_METRICS) {
    alertThresholds[metric] = chunkThresholds(metric, reference.yTrue, yPred, reference.score, referenceChunks);
    referenceRealised[metric] = realised(metric, reference.yTrue, yPred, reference.score);
  }
  const fitted = fitCalibration(reference.yTrue, reference.score, { mode: calibration, seed });
  const referenceProbability = applyCalibration(fitted, reference.score);
  const referenceStandardError = standardErrors(referenceProbability, yPred, reference.score, estimateRocAuc(referenceProbability, reference.score));
  return {
    threshold,
    referenceRows: rows,
    calibration: fitted,
    referenceStandardError,
    alertThresholds,
    referenceRealised,
  };
}

/** Estimates performance on current data from its scores (and reports realised metrics when labels are given). */
export function estimateCbpe(model: CbpeModel, current: CbpeCurrent): CbpeResult {
  const rows = current.score.length;
  if (rows === 0) throw new CbpeError('the current data has no rows: nothing to estimate');
  checkScores('current', current.score);
  const yPred = predictedClasses('current', current.score, current.yPred, model.threshold);
  if (current.yTrue) checkLabels('current', 'yTrue', current.yTrue, rows);
  const probability = applyCalibration(model.calibration, current.score);

  const confusion = expectedConfusion(probability, yPred);
  const estimates: Record<CbpeMetricId, number | null> = {
    accuracy: (confusion.tp + confusion.tn) / rows,
    precision: ratio(confusion.tp, confusion.tp + confusion.fp),
    recall: ratio(confusion.tp, confusion.tp + confusion.fn),
    f1: ratio(confusion.tp, confusion.tp + (confusion.fp + confusion.fn) / 2),
    roc_auc: estimateRocAuc(probability, current.score),
  };
  const errors = standardErrors(probability, yPred, current.score, estimates.roc_auc);
  const metrics = CBPE_METRICS.map((metric): CbpeMetricResult => {
    const estimate = estimates[metric];
    const fromCurrent = errors[metric];
    const fromReference = model.referenceStandardError[metric];
    const standardError = estimate === null || fromCurrent === null ? null : Math.hypot(fromCurrent, fromReference ?? 0);
    const band = estimate !== null && standardError !== null;
    const thresholds = model.alertThresholds[metric];
    return {
      metric,
      estimate,
      standardError,
      lower: band ? Math.max(0, estimate - SAMPLING_ERROR_RANGE * standardError) : null,
      upper: band ? Math.min(1, estimate + SAMPLING_ERROR_RANGE * standardError) : null,
      realised: current.yTrue ? realised(metric, current.yTrue, yPred, current.score) : null,
      reference: model.referenceRealised[metric],
      thresholds,
      alert: estimate !== null && ((thresholds.lower !== null && estimate < thresholds.lower) || (thresholds.upper !== null && estimate > thresholds.upper)),
    };
  });
  return { rows, threshold: model.threshold, calibration: model.calibration.decision, expectedConfusion: confusion, metrics, labelled: current.yTrue !== undefined };
}

/** fitCbpe on the reference, then estimateCbpe on the current data. */
export function cbpe(reference: CbpeReference, current: CbpeCurrent, options: CbpeOptions = {}): CbpeResult {
  return estimateCbpe(fitCbpe(reference, options), current);
}

/** The expected confusion matrix from calibrated probabilities and predicted classes. */
export function expectedConfusion(probability: Float64Array, yPred: Uint8Array): ExpectedConfusionMatrix {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < probability.length; i++) {
    const p = probability[i]!;
    if (yPred[i] === 1) {
      tp += p;
      fp += 1 - p;
    } else {
      fn += p;
      tn += 1 - p;
    }
  }
  return { tp, fp, fn, tn };
}

/**
 * Estimated ROC AUC: the ROC curve of `rankingScore` (descending) where each row counts p as a positive and
 * 1 − p as a negative; tied ranking scores form one step. null when Σp or Σ(1 − p) is 0.
 */
export function estimateRocAuc(probability: Float64Array, rankingScore: Float64Array): number | null {
  const n = probability.length;
  let totalPositive = 0;
  for (let i = 0; i < n; i++) totalPositive += probability[i]!;
  const totalNegative = n - totalPositive;
  if (!(totalPositive > 0 && totalNegative > 0)) return null;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rankingScore[b]! - rankingScore[a]! || a - b);
  let area = 0;
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < n; ) {
    const value = rankingScore[order[k]!]!;
    let stepPositive = 0;
    let stepNegative = 0;
    while (k < n && rankingScore[order[k]!] === value) {
      const p = probability[order[k]!]!;
      stepPositive += p;
      stepNegative += 1 - p;
      k++;
    }
    // trapezoid: width in FP, mean height in TP
    area += stepNegative * (tp + stepPositive / 2);
    tp += stepPositive;
    fp += stepNegative;
  }
  return area / (totalPositive * totalNegative);
}

/**
 * Standard error of each estimate: the spread of the realised metric around it when the labels are
 * Bernoulli(calibrated probability), by the delta method (see the header). null where undefined.
 */
export function standardErrors(probability: Float64Array, yPred: Uint8Array, rankingScore: Float64Array, auc: number | null): Record<CbpeMetricId, number | null> {
  const n = probability.length;
  let a = 0;
  let b = 0;
  let vA = 0;
  let vB = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const p = probability[i]!;
    if (yPred[i] === 1) {
      m++;
      a += p;
      vA += p * (1 - p);
    } else {
      b += p;
      vB += p * (1 - p);
    }
  }
  const root = (variance: number): number | null => (Number.isFinite(variance) && variance >= 0 ? Math.sqrt(variance) : null);
  const f1Denominator = a + b + m;
  return {
    accuracy: root((vA + vB) / (n * n)),
    precision: m > 0 ? root(vA / (m * m)) : null,
    recall: a + b > 0 ? root((b * b * vA + a * a * vB) / (a + b) ** 4) : null,
    f1: f1Denominator > 0 ? root(((2 * (b + m)) ** 2 * vA + (2 * a) ** 2 * vB) / f1Denominator ** 4) : null,
    roc_auc: auc === null ? null : root(aucVariance(probability, rankingScore, auc)),
  };
}

/** Σ p(1 − p) (∂AUC/∂y_i)²: DeLong's placements on the expected labels (ties one half, a row not paired with itself). */
function aucVariance(probability: Float64Array, rankingScore: Float64Array, auc: number): number {
  const n = probability.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += probability[i]!;
  const negatives = n - positives;
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => rankingScore[x]! - rankingScore[y]! || x - y);
  let negativesBelow = 0;
  let positivesBelow = 0;
  let variance = 0;
  for (let k = 0; k < n; ) {
    let end = k;
    let tiedPositive = 0;
    let tiedNegative = 0;
    while (end < n && rankingScore[order[end]!] === rankingScore[order[k]!]) {
      tiedPositive += probability[order[end]!]!;
      tiedNegative += 1 - probability[order[end]!]!;
      end++;
    }
    for (let t = k; t < end; t++) {
      const p = probability[order[t]!]!;
      const v10 = (negativesBelow + (tiedNegative - (1 - p)) / 2) / negatives;
      const v01 = (positives - positivesBelow - tiedPositive + (tiedPositive - p) / 2) / positives;
      const influence = (v10 - auc) / positives - (v01 - auc) / negatives;
      variance += p * (1 - p) * influence * influence;
    }
    negativesBelow += tiedNegative;
    positivesBelow += tiedPositive;
    k = end;
  }
  return variance;
}

/** NannyML's sampling-error components of every CBPE metric, from the labelled reference (for comparison; the band uses standardErrors). */
export function samplingErrorComponents(yTrue: Uint8Array, yPred: Uint8Array, score: Float64Array): Record<CbpeMetricId, SamplingErrorComponents> {
  const n = yTrue.length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    if (yPred[i] === 1) {
      if (yTrue[i] === 1) tp++;
      else fp++;
    } else if (yTrue[i] === 1) fn++;
  }
  const tn = n - tp - fp - fn;
  // std of a 0/1 variable with `ones` ones out of `count`
  const binaryStd = (ones: number, count: number): number => (count > 0 ? Math.sqrt((ones / count) * (1 - ones / count)) : Number.NaN);
  const relevant = tp + fp + fn;
  const correction = relevant / (tp + (fp + fn) / 2);
  return {
    accuracy: { std: binaryStd(tp + tn, n), share: 1 },
    precision: { std: binaryStd(tp, tp + fp), share: (tp + fp) / n },
    recall: { std: binaryStd(tp, tp + fn), share: (tp + fn) / n },
    f1: { std: relevant > 0 && tp > 0 ? correction * binaryStd(tp, relevant) : Number.NaN, share: relevant / n },
    roc_auc: aucComponents(yTrue, score),
  };
}

function aucComponents(yTrue: Uint8Array, score: Float64Array): SamplingErrorComponents {
  const n = yTrue.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += yTrue[i]!;
  // the minority class plays "positive" (NannyML flips labels and scores when positives are the majority)
  const flip = positives / n > 0.5;
  const minority: number[] = [];
  const majority: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = flip ? 1 - score[i]! : score[i]!;
    if ((yTrue[i] === 1) !== flip) minority.push(value);
    else majority.push(value);
  }
  if (minority.length === 0 || majority.length === 0) return { std: Number.NaN, share: minority.length / n };
  const sortedMajority = Float64Array.from(majority).sort();
  // placement of each minority row: share of majority rows scoring below it, ties one half
  const placements = minority.map((value) => (lowerBound(sortedMajority, value) + upperBound(sortedMajority, value)) / 2 / sortedMajority.length);
  return { std: populationStd(placements), share: minority.length / n };
}

function chunkThresholds(metric: CbpeMetricId, yTrue: Uint8Array, yPred: Uint8Array, score: Float64Array, chunks: number): AlertThresholds {
  const n = yTrue.length;
  const size = Math.floor(n / chunks);
  if (size === 0) return { lower: null, upper: null, chunksUsed: 0 };
  const values: number[] = [];
  for (let c = 0; c < chunks; c++) {
    const start = c * size;
    const end = c === chunks - 1 ? n : start + size;
    const value = realised(metric, yTrue.subarray(start, end), yPred.subarray(start, end), score.subarray(start, end));
    if (value !== null) values.push(value);
  }
  if (values.length < 2) return { lower: null, upper: null, chunksUsed: values.length };
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const spread = THRESHOLD_STD_MULTIPLIER * populationStd(values);
  return { lower: Math.max(0, mean - spread), upper: Math.min(1, mean + spread), chunksUsed: values.length };
}

/** The registry's metric on labelled rows; null when it is undefined there (e.g. ROC AUC with one class). */
function realised(metric: CbpeMetricId, yTrue: Uint8Array, yPred: Uint8Array, score: Float64Array): number | null {
  try {
    return DEFINITIONS[metric].compute({ task: 'binary-classification', yTrue, yPred, score });
  } catch (error) {
    if (error instanceof MetricError && error.code === 'undefined') return null;
    throw error;
  }
}

function predictedClasses(side: string, score: Float64Array, yPred: Uint8Array | undefined, threshold: number): Uint8Array {
  if (yPred) {
    checkLabels(side, 'yPred', yPred, score.length);
    return yPred;
  }
  const derived = new Uint8Array(score.length);
  for (let i = 0; i < score.length; i++) derived[i] = score[i]! >= threshold ? 1 : 0;
  return derived;
}

function checkScores(side: string, score: Float64Array): void {
  for (let i = 0; i < score.length; i++) {
    const p = score[i]!;
    if (!(p >= 0 && p <= 1)) throw new CbpeError(`${side} score[${i}] is ${p}; CBPE needs the model's probability of the positive class, in [0, 1]`);
  }
}

function checkLabels(side: string, column: 'yTrue' | 'yPred', labels: Uint8Array, rows: number): void {
  if (labels.length !== rows) throw new CbpeError(`${side} ${column} has ${labels.length} rows, score has ${rows}`);
  for (let i = 0; i < rows; i++) {
    if (labels[i]! > 1) throw new CbpeError(`${side} ${column}[${i}] is ${labels[i]}; binary labels must be 0 (negative) or 1 (positive)`);
  }
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function populationStd(values: ArrayLike<number>): number {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / n);
}

/** Number of entries < value in an ascending array. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Number of entries <= value in an ascending array. */
function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
