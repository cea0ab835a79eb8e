// Metrics of each group. Binary classification: everything follows from the group's confusion counts,
// kept as a flat array (4 cells per group) so the bootstrap can redraw counts and recompute rates cheaply.
// A rate whose denominator is 0 has no value: it is null, and `undefinedRates` says why.
import type { BinaryInput, RegressionInput } from '../metrics/metric.js';
import type { Grouping } from './groups.js';

/** Cell of a row in a group's confusion counts: yTrue * 2 + yPred. */
export const TN = 0;
export const FP = 1;
export const FN = 2;
export const TP = 3;
export const CELLS = 4;

/**
 * Rates per group, with Fairlearn's and Aequitas' names:
 * base_rate P(y=1); selection_rate P(ŷ=1) (Aequitas' PPREV); tpr = recall; fpr; fnr; tnr; precision (PPV);
 * fdr = FP / predicted positives; for = FN / predicted negatives; npv; accuracy;
 * ppr = the group's share of all predicted positives in the data (Aequitas' PPR).
 */
export const BINARY_RATES = ['base_rate', 'selection_rate', 'tpr', 'fpr', 'fnr', 'tnr', 'precision', 'fdr', 'for', 'npv', 'accuracy', 'ppr'] as const;
export type BinaryRate = (typeof BINARY_RATES)[number];

export const REGRESSION_MEASURES = ['mae', 'rmse', 'mean_prediction', 'mean_label'] as const;
export type RegressionMeasure = (typeof REGRESSION_MEASURES)[number];

export interface ConfusionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface BinaryGroupMetrics extends ConfusionCounts {
  group: string;
  /** Value per attribute (one entry, or one per component of an intersection). */
  values: Record<string, string>;
  missing: boolean;
  count: number;
  /** count / all evaluation rows. */
  share: number;
  positives: number;
  negatives: number;
  predictedPositives: number;
  predictedNegatives: number;
  rates: Record<BinaryRate, number | null>;
  /** Why a rate is null. */
  undefinedRates: Partial<Record<BinaryRate, string>>;
  /** Wilson interval of the selection rate at the result's level (for charts; the gate uses the aggregates' intervals). */
  selectionRateInterval?: { lower: number; upper: number; level: number };
}

export interface RegressionGroupMetrics {
  group: string;
  values: Record<string, string>;
  missing: boolean;
  count: number;
  share: number;
  measures: Record<RegressionMeasure, number>;
}

/** Confusion counts per group: counts[g * 4 + yTrue * 2 + yPred]. */
export function confusionByGroup(input: BinaryInput, grouping: Grouping): Float64Array {
  const counts = new Float64Array(grouping.groups.length * CELLS);
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) counts[codes[i]! * CELLS + yTrue[i]! * 2 + yPred[i]!]!++;
  return counts;
}

/** Sum of the groups' counts: the whole data's confusion counts. */
export function overallCounts(counts: ArrayLike<number>): Float64Array {
  const total = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total[i % CELLS]! += counts[i]!;
  return total;
}

/** Rate `rate` of group `g` from flat counts; NaN when the denominator is 0. */
export function rateOf(rate: BinaryRate, counts: ArrayLike<number>, g: number, totalPredictedPositives: number): number {
  const o = g * CELLS;
  const tn = counts[o + TN]!;
  const fp = counts[o + FP]!;
  const fn = counts[o + FN]!;
  const tp = counts[o + TP]!;
  const n = tn + fp + fn + tp;
  switch (rate) {
    case 'base_rate':
      return (fn + tp) / n;
    case 'selection_rate':
      return (fp + tp) / n;
    case 'tpr':
      return tp / (tp + fn);
    case 'fnr':
      return fn / (tp + fn);
    case 'fpr':
      return fp / (fp + tn);
    case 'tnr':
      return tn / (fp + tn);
    case 'precision':
      return tp / (tp + fp);
    case 'fdr':
      return fp / (tp + fp);
    case 'npv':
      return tn / (tn + fn);
    case 'for':
      return fn / (tn + fn);
    case 'accuracy':
      return (tp + tn) / n;
    case 'ppr':
      return (tp + fp) / totalPredictedPositives;
  }
}

/** Why `rate` is undefined for counts (tp, fp, tn, fn), in words. */
export function undefinedRateReason(rate: BinaryRate, c: ConfusionCounts, totalPredictedPositives: number): string | undefined {
  const n = c.tp + c.fp + c.tn + c.fn;
  if (n === 0) return 'no rows';
  switch (rate) {
    case 'tpr':
    case 'fnr':
      return c.tp + c.fn === 0 ? `no positive labels, so ${rate.toUpperCase()} is 0/0` : undefined;
    case 'fpr':
    case 'tnr':
      return c.fp + c.tn === 0 ? `no negative labels, so ${rate.toUpperCase()} is 0/0` : undefined;
    case 'precision':
    case 'fdr':
      return c.tp + c.fp === 0 ? `no positive predictions, so ${rate === 'fdr' ? 'FDR' : 'precision'} is 0/0` : undefined;
    case 'npv':
    case 'for':
      return c.tn + c.fn === 0 ? `no negative predictions, so ${rate.toUpperCase()} is 0/0` : undefined;
    case 'ppr':
      return totalPredictedPositives === 0 ? 'the model predicts no positives at all, so the share of positive predictions is 0/0' : undefined;
    default:
      return undefined;
  }
}

export function countsOf(counts: ArrayLike<number>, g: number): ConfusionCounts {
  const o = g * CELLS;
  return { tn: counts[o + TN]!, fp: counts[o + FP]!, fn: counts[o + FN]!, tp: counts[o + TP]! };
}

function binaryMetricsOf(counts: ArrayLike<number>, g: number, rows: number, totalPredictedPositives: number): Omit<BinaryGroupMetrics, 'group' | 'values' | 'missing'> {
  const c = countsOf(counts, g);
  const count = c.tp + c.fp + c.tn + c.fn;
  const rates = {} as Record<BinaryRate, number | null>;
  const undefinedRates: Partial<Record<BinaryRate, string>> = {};
  for (const rate of BINARY_RATES) {
    const why = undefinedRateReason(rate, c, totalPredictedPositives);
    if (why) undefinedRates[rate] = why;
    rates[rate] = why ? null : rateOf(rate, counts, g, totalPredictedPositives);
  }
  return {
    ...c,
    count,
    share: count / rows,
    positives: c.tp + c.fn,
    negatives: c.tn + c.fp,
    predictedPositives: c.tp + c.fp,
    predictedNegatives: c.tn + c.fn,
    rates,
    undefinedRates,
  };
}

/** Metrics of every group and of all rows together. */
export function binaryGroupMetrics(counts: Float64Array, grouping: Grouping): { groups: BinaryGroupMetrics[]; overall: BinaryGroupMetrics } {
  const total = overallCounts(counts);
  const rows = total[TN]! + total[FP]! + total[FN]! + total[TP]!;
  const predictedPositives = total[FP]! + total[TP]!;
  const groups = grouping.groups.map((info, g) => ({ group: info.label, values: info.values, missing: info.missing, ...binaryMetricsOf(counts, g, rows, predictedPositives) }));
  const overall = { group: 'overall', values: {}, missing: false, ...binaryMetricsOf(total, 0, rows, predictedPositives) };
  return { groups, overall };
}

/** Per-group sums for regression: [count, Σ|e|, Σe², Σŷ, Σy] per group, e = ŷ - y. */
export const REGRESSION_SUMS = 5;

export function regressionSumsByGroup(input: RegressionInput, grouping: Grouping): Float64Array {
  const sums = new Float64Array(grouping.groups.length * REGRESSION_SUMS);
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) addRegressionRow(sums, codes[i]! * REGRESSION_SUMS, yPred[i]!, yTrue[i]!);
  return sums;
}

/**
 * The same sums over the rows at `indices` (a bootstrap resample), written into `sums`. Rows are counted
 * first and then read in order: one scattered array instead of four keeps a million-row resample in cache.
 */
export function regressionSumsOfRows(input: RegressionInput, grouping: Grouping, indices: Uint32Array, sums: Float64Array, multiplicity: Uint32Array): Float64Array {
  sums.fill(0);
  multiplicity.fill(0);
  for (let k = 0; k < indices.length; k++) multiplicity[indices[k]!]!++;
  const { yTrue, yPred } = input;
  const codes = grouping.codes;
  for (let i = 0; i < multiplicity.length; i++) {
    const times = multiplicity[i]!;
    if (times === 0) continue;
    const o = codes[i]! * REGRESSION_SUMS;
    const error = yPred[i]! - yTrue[i]!;
    sums[o]! += times;
    sums[o + 1]! += times * Math.abs(error);
    sums[o + 2]! += times * error * error;
    sums[o + 3]! += times * yPred[i]!;
    sums[o + 4]! += times * yTrue[i]!;
  }
  return sums;
}

function addRegressionRow(sums: Float64Array, o: number, prediction: number, truth: number): void {
  const error = prediction - truth;
  sums[o]! += 1;
  sums[o + 1]! += Math.abs(error);
  sums[o + 2]! += error * error;
  sums[o + 3]! += prediction;
  sums[o + 4]! += truth;
}

/** A regression measure of group `g` from its sums; NaN for an empty group. */
export function regressionMeasureOf(measure: RegressionMeasure, sums: ArrayLike<number>, g: number): number {
  const o = g * REGRESSION_SUMS;
  const n = sums[o]!;
  switch (measure) {
    case 'mae':
      return sums[o + 1]! / n;
    case 'rmse':
      return Math.sqrt(sums[o + 2]! / n);
    case 'mean_prediction':
      return sums[o + 3]! / n;
    case 'mean_label':
      return sums[o + 4]! / n;
  }
}

export function regressionGroupMetrics(sums: Float64Array, grouping: Grouping): { groups: RegressionGroupMetrics[]; overall: RegressionGroupMetrics } {
  const total = new Float64Array(REGRESSION_SUMS);
  for (let i = 0; i < sums.length; i++) total[i % REGRESSION_SUMS]! += sums[i]!;
  const rows = total[0]!;
  const measuresOf = (s: ArrayLike<number>, g: number) => Object.fromEntries(REGRESSION_MEASURES.map((m) => [m, regressionMeasureOf(m, s, g)])) as Record<RegressionMeasure, number>;
  const groups = grouping.groups.map((info, g) => ({
    group: info.label,
    values: info.values,
    missing: info.missing,
    count: sums[g * REGRESSION_SUMS]!,
    share: sums[g * REGRESSION_SUMS]! / rows,
    measures: measuresOf(sums, g),
  }));
  return { groups, overall: { group: 'overall', values: {}, missing: false, count: rows, share: 1, measures: measuresOf(total, 0) } };
}
