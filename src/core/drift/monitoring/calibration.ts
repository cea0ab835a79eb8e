// Whether to calibrate a binary model's scores before CBPE, and the isotonic calibrator itself.
//
// The decision follows NannyML's `needs_calibration` (nannyml/calibration.py, used by CBPE's binary fit):
// - no calibration when the reference has one class, or when its ROC AUC exceeds 0.999 (nothing to learn);
// - otherwise, over 10 stratified shuffle splits of the labelled reference (10% held out each), an isotonic
//   calibrator is fitted on the 90% and applied to the held-out 10%; the held-out rows of all splits are
//   pooled, and the expected calibration error (ECE) of the raw and of the calibrated scores is computed on
//   them with 10 equal-count bins (rows sorted by the score being assessed, NannyML's
//   `_get_bin_index_edges` + `_calculate_expected_calibration_error`);
// - calibration is applied when it lowers that held-out ECE (before > after), and the calibrator used on
//   current data is then fitted on the whole reference.
// Differences from NannyML: the splits come from our seeded xoshiro128** (random.ts), not numpy's
// random_state=42, so the chosen held-out rows differ; rows with equal scores are binned in row order (a
// stable sort) instead of numpy's unstable argsort.
import { rocAuc } from '../../metrics/roc-auc.js';
import { createRng, type Rng } from '../../stats/random.js';
import { fitIsotonic, predictIsotonic, type IsotonicModel } from './isotonic.js';

/** 'auto': calibrate when it lowers held-out ECE (NannyML); 'isotonic': always; 'none': never. */
export type CalibrationMode = 'auto' | 'isotonic' | 'none';

export const DEFAULT_CALIBRATION_SPLITS = 10;
export const DEFAULT_CALIBRATION_TEST_SHARE = 0.1;
export const DEFAULT_CALIBRATION_BINS = 10;
/** Above this reference ROC AUC the scores are not calibrated (NannyML's cut-off). */
export const NEAR_PERFECT_AUC = 0.999;

export interface CalibrationOptions {
  mode?: CalibrationMode;
  /** Seed of the shuffle splits (default 0). */
  seed?: number;
  /** Number of stratified shuffle splits (default 10). */
  splits?: number;
  /** Share of the reference held out per split (default 0.1). */
  testShare?: number;
  /** Equal-count bins of the ECE (default 10). */
  bins?: number;
}

export type CalibrationReason =
  | 'forced'
  | 'disabled'
  | 'one-class'
  | 'near-perfect-ranking'
  | 'too-few-rows'
  | 'lowers-ece'
  | 'does-not-lower-ece';

export interface CalibrationDecision {
  mode: CalibrationMode;
  /** Whether current scores are calibrated before estimation. */
  applied: boolean;
  reason: CalibrationReason;
  /** Held-out ECE of the raw scores (pooled over the splits); absent when no comparison ran. */
  eceBefore?: number;
  /** Held-out ECE of the isotonic-calibrated scores. */
  eceAfter?: number;
  splits: number;
  testShare: number;
  bins: number;
  seed: number;
}

export interface Calibration {
  decision: CalibrationDecision;
  /** Fitted on the whole reference; null when calibration is not applied. */
  model: IsotonicModel | null;
}

export class CalibrationError extends Error {
  override readonly name = 'CalibrationError';
}

/** Decides whether to calibrate (see the top of this file) and fits the calibrator when it does. */
export function fitCalibration(yTrue: Uint8Array, score: Float64Array, options: CalibrationOptions = {}): Calibration {
  const { mode = 'auto', seed = 0, splits = DEFAULT_CALIBRATION_SPLITS, testShare = DEFAULT_CALIBRATION_TEST_SHARE, bins = DEFAULT_CALIBRATION_BINS } = options;
  if (mode !== 'auto' && mode !== 'isotonic' && mode !== 'none') throw new CalibrationError(`calibration must be 'auto', 'isotonic' or 'none'; got '${String(mode)}'`);
  if (!Number.isInteger(splits) || splits < 1) throw new CalibrationError(`calibration splits must be a positive integer; got ${splits}`);
  if (!(testShare > 0 && testShare < 1)) throw new CalibrationError(`calibration test share must be strictly between 0 and 1; got ${testShare}`);
  if (!Number.isInteger(bins) || bins < 1) throw new CalibrationError(`calibration bins must be a positive integer; got ${bins}`);
  if (yTrue.length !== score.length) throw new CalibrationError(`score has ${score.length} rows, yTrue has ${yTrue.length}`);
  const base = { mode, splits, testShare, bins, seed };

  if (mode === 'none') return { decision: { ...base, applied: false, reason: 'disabled' }, model: null };
  if (mode === 'isotonic') return { decision: { ...base, applied: true, reason: 'forced' }, model: fitIsotonic(score, yTrue) };

  const positives = countPositives(yTrue);
  if (positives === 0 || positives === yTrue.length) return { decision: { ...base, applied: false, reason: 'one-class' }, model: null };
  const auc = rocAuc.compute({ task: 'binary-classification', yTrue, score, yPred: new Uint8Array(yTrue.length) });
  if (auc > NEAR_PERFECT_AUC) return { decision: { ...base, applied: false, reason: 'near-perfect-ranking' }, model: null };
  // each split must hold out and keep at least one row of each class
  if (positives < 2 || yTrue.length - positives < 2) return { decision: { ...base, applied: false, reason: 'too-few-rows' }, model: null };

  const { eceBefore, eceAfter } = heldOutEce(yTrue, score, splits, testShare, bins, createRng(seed));
  const applied = eceBefore > eceAfter;
  return {
    decision: { ...base, applied, reason: applied ? 'lowers-ece' : 'does-not-lower-ece', eceBefore, eceAfter },
    model: applied ? fitIsotonic(score, yTrue) : null,
  };
}

/** The scores CBPE estimates from: calibrated when a calibrator was fitted, else the scores themselves. */
export function applyCalibration(calibration: Calibration, score: Float64Array): Float64Array {
  return calibration.model ? predictIsotonic(calibration.model, score) : score;
}

/**
 * ECE with equal-count bins, as NannyML computes it: rows sorted by `probability`, cut into bins of
 * floor(n / bins) rows (the last bin takes the remainder; fewer bins when n <= 2 * bins), then
 * Σ_b (n_b / n) · |mean(p in b) − mean(y in b)|.
 */
export function equalCountEce(yTrue: ArrayLike<number>, probability: ArrayLike<number>, bins: number = DEFAULT_CALIBRATION_BINS): number {
  const n = probability.length;
  if (yTrue.length !== n) throw new CalibrationError(`probability has ${n} rows, yTrue has ${yTrue.length}`);
  const edges = binEdges(n, bins);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a]! - probability[b]! || a - b);
  let total = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const start = edges[b]!;
    const end = edges[b + 1]!;
    let gap = 0;
    for (let k = start; k < end; k++) gap += probability[order[k]!]! - yTrue[order[k]!]!;
    // (n_b / n) · |Σ gap / n_b|
    total += Math.abs(gap) / n;
  }
  return total;
}

/** NannyML's `_get_bin_index_edges`: steps of floor(n / bins) from 0, the last edge moved to n. */
function binEdges(n: number, bins: number): number[] {
  let count = bins;
  if (n <= 2 * count) {
    count = Math.floor(n / 2);
    if (count < 2) throw new CalibrationError(`cannot split ${n} rows into at least 2 bins of 2 rows for the calibration error; the reference needs more rows`);
  }
  const width = Math.floor(n / count);
  const edges: number[] = [];
  for (let edge = 0; edge <= n; edge += width) edges.push(edge);
  edges[edges.length - 1] = n;
  return edges;
}

function heldOutEce(yTrue: Uint8Array, score: Float64Array, splits: number, testShare: number, bins: number, rng: Rng): { eceBefore: number; eceAfter: number } {
  const byClass: [number[], number[]] = [[], []];
  for (let i = 0; i < yTrue.length; i++) byClass[yTrue[i]!]!.push(i);
  const testTruth: number[] = [];
  const testRaw: number[] = [];
  const testCalibrated: number[] = [];
  const isTest = new Uint8Array(yTrue.length);
  for (let split = 0; split < splits; split++) {
    isTest.fill(0);
    for (const members of byClass) {
      shuffle(members, rng);
      // at least one row of the class held out and one kept
      const held = Math.min(members.length - 1, Math.max(1, Math.round(testShare * members.length)));
      for (let k = 0; k < held; k++) isTest[members[k]!] = 1;
    }
    const trainScore: number[] = [];
    const trainTruth: number[] = [];
    const splitTest: number[] = [];
    for (let i = 0; i < yTrue.length; i++) {
      if (isTest[i]) splitTest.push(i);
      else {
        trainScore.push(score[i]!);
        trainTruth.push(yTrue[i]!);
      }
    }
    const calibrator = fitIsotonic(trainScore, trainTruth);
    const calibrated = predictIsotonic(
      calibrator,
      splitTest.map((i) => score[i]!),
    );
    splitTest.forEach((row, k) => {
      testTruth.push(yTrue[row]!);
      testRaw.push(score[row]!);
      testCalibrated.push(calibrated[k]!);
    });
  }
  return { eceBefore: equalCountEce(testTruth, testRaw, bins), eceAfter: equalCountEce(testTruth, testCalibrated, bins) };
}

function shuffle(values: number[], rng: Rng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.nextBelow(i + 1);
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
}

function countPositives(yTrue: Uint8Array): number {
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const truth = yTrue[i]!;
    if (truth > 1) throw new CalibrationError(`yTrue[${i}] is ${truth}; binary labels must be 0 (negative) or 1 (positive)`);
    positives += truth;
  }
  return positives;
}
