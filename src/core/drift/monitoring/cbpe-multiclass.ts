// CBPE for multiclass classifiers, one-vs-rest as NannyML does (nannyml/performance_estimation/
// confidence_based/metrics.py, the multiclass metrics; docs "How it works: CBPE", multiclass): each class's
// probability is calibrated on the reference as a binary problem (class k against the rest; calibration.ts's
// 'auto' decision per class), the calibrated probabilities of a row are normalised to sum to 1, and the
// predicted class is the argmax of the uncalibrated probabilities (the model's own prediction). Then
// - accuracy = Σ_i p_i,ŷ_i / n: the expected share of rows whose true class is the predicted one;
// - macro F1 = mean over the K classes of the binary CBPE F1 of class k: with p = p_·k and ŷ = [ŷ = k],
//   E[TP] = Σ_{ŷ=k} p, E[FP] = Σ_{ŷ=k} (1 − p), E[FN] = Σ_{ŷ≠k} p and F1_k = E[TP] / (E[TP] + (E[FP] + E[FN]) / 2).
// Only these two: they have realised counterparts in the metric registry (accuracy, macro_f1), which the
// series needs for its reference-chunk thresholds and its realised values. No standard errors here (the binary
// CBPE's delta-method bands are not extended to K classes). Departure: the registry's macro_f1 averages over
// the classes present in the labels or predictions; the estimate averages over all K classes, as NannyML's.
import { applyCalibration, fitCalibration, type Calibration, type CalibrationMode } from './calibration.js';
import { CbpeError, expectedConfusion } from './cbpe.js';

export interface MulticlassCbpeReference {
  /** True class index per row, 0..classCount−1. */
  yTrue: Int32Array;
  /** n × K row-major: probabilities[i * K + k] = P(class k | row i), as the model outputs it. */
  probabilities: Float64Array;
  classCount: number;
}

export interface MulticlassCbpeModel {
  classCount: number;
  /** One calibration per class, one-vs-rest. */
  calibrations: Calibration[];
}

export const MULTICLASS_CBPE_METRICS = [
  { id: 'accuracy', registry: 'accuracy' },
  { id: 'macro_f1', registry: 'macro_f1' },
] as const;
export type MulticlassCbpeMetricId = (typeof MULTICLASS_CBPE_METRICS)[number]['id'];

export function fitMulticlassCbpe(reference: MulticlassCbpeReference, options: { calibration?: CalibrationMode; seed?: number } = {}): MulticlassCbpeModel {
  const { yTrue, probabilities, classCount: k } = reference;
  if (!Number.isInteger(k) || k < 2) throw new CbpeError(`multiclass CBPE needs at least 2 classes; got ${k}`);
  const n = yTrue.length;
  if (n === 0) throw new CbpeError('the reference has no rows: CBPE learns from labelled reference data');
  if (probabilities.length !== n * k) throw new CbpeError(`reference probabilities have ${probabilities.length} values, expected ${n} rows × ${k} classes`);
  checkProbabilities('reference', probabilities);
  const calibrations: Calibration[] = [];
  for (let c = 0; c < k; c++) {
    const truth = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const label = yTrue[i]!;
      if (!(label >= 0 && label < k)) throw new CbpeError(`reference yTrue[${i}] is ${label}; class indices are 0..${k - 1}`);
      truth[i] = label === c ? 1 : 0;
    }
    calibrations.push(fitCalibration(truth, column(probabilities, k, c), { mode: options.calibration ?? 'auto', seed: (options.seed ?? 0) + c }));
  }
  return { classCount: k, calibrations };
}

/** Estimated accuracy and macro F1 of rows with these probabilities (n × K row-major); null without rows. */
export function estimateMulticlassCbpe(model: MulticlassCbpeModel, probabilities: Float64Array): Record<MulticlassCbpeMetricId, number | null> {
  const k = model.classCount;
  const n = probabilities.length / k;
  if (!Number.isInteger(n)) throw new CbpeError(`current probabilities have ${probabilities.length} values, not a multiple of ${k} classes`);
  if (n === 0) return { accuracy: null, macro_f1: null };
  checkProbabilities('current', probabilities);
  const calibrated = model.calibrations.map((calibration, c) => applyCalibration(calibration, column(probabilities, k, c)));
  const predicted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let total = 0;
    for (let c = 0; c < k; c++) {
      if (probabilities[i * k + c]! > probabilities[i * k + best]!) best = c;
      total += calibrated[c]![i]!;
    }
    predicted[i] = best;
    // normalise the calibrated row; a row calibrated to all zeros keeps the model's own probabilities
    for (let c = 0; c < k; c++) calibrated[c]![i] = total > 0 ? calibrated[c]![i]! / total : probabilities[i * k + c]!;
  }
  let correct = 0;
  for (let i = 0; i < n; i++) correct += calibrated[predicted[i]!]![i]!;
  let f1Sum = 0;
  for (let c = 0; c < k; c++) {
    const yPred = Uint8Array.from(predicted, (p) => (p === c ? 1 : 0));
    const { tp, fp, fn } = expectedConfusion(calibrated[c]!, yPred);
    const denominator = tp + (fp + fn) / 2;
    f1Sum += denominator > 0 ? tp / denominator : 0;
  }
  return { accuracy: correct / n, macro_f1: f1Sum / k };
}

function column(matrix: Float64Array, k: number, c: number): Float64Array {
  const n = matrix.length / k;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = matrix[i * k + c]!;
  return out;
}

function checkProbabilities(side: string, probabilities: Float64Array): void {
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    if (!(p >= 0 && p <= 1)) throw new CbpeError(`${side} probability value ${i} is ${p}; CBPE needs class probabilities in [0, 1]`);
  }
}
