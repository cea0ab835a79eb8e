// Fairness aggregates over groups, generated from a spec table (as Fairlearn derives its variants).
//
// Fairlearn (fairlearn/metrics/_fairness_metrics.py and MetricFrame.difference()/ratio(), implemented in
// _disaggregated_result.py), for one metric m with values m_g per group and m_all on all rows:
// - difference, method 'between_groups': max_g m_g - min_g m_g
// - difference, method 'to_overall':     max_g |m_g - m_all|
// - ratio,      method 'between_groups': min_g m_g / max_g m_g
// - ratio,      method 'to_overall':     min_g r_g, r_g = m_g / m_all, taken as 1 / r_g when r_g > 1
//   (every group's ratio is "forced to be less than unity"); groups whose r_g is 0/0 are skipped.
// demographic_parity_* use the selection rate P(ŷ=1), equal_opportunity_* the true positive rate, and
// equalized_odds_* both the TPR and the FPR: with agg 'worst_case' (the default) the larger of the two
// differences / the smaller of the two ratios, with agg 'mean' their mean (Fairlearn 0.10, PR #960).
// The regression aggregate mae_difference is the same difference over each group's mean absolute error.
//
// Where modelops is stricter than Fairlearn, and why:
// - Fairlearn skips groups whose metric is NaN (pandas' skipna). modelops leaves them out too, but says
//   so per aggregate ("b: no positive labels, so TPR is 0/0"), and needs at least two groups with a value:
//   one group alone is not a comparison, so the aggregate is null with the reason instead of 0 or 1.
// - Fairlearn's worst_case takes Python's max() over [tpr, fpr], whose result with a NaN depends on the
//   order; here a component without a value makes equalized odds null.
//
// Aequitas (dssg/aequitas src/aequitas/bias.py, group.py, fairness.py): the disparity of rate m for group g
// is m_g / m_ref against a reference group (Bias.get_disparity_major_group: the largest group; or one the
// user names). Rates: FPR = FP / label negatives, FNR = FN / label positives, FDR = FP / predicted
// positives, FOR = FN / predicted negatives, PPR = the group's predicted positives / all predicted positives
// in the data, PPREV = predicted positives / group size (the selection rate). A group is fair on a rate when
// tau ≤ disparity ≤ 1/tau, tau = 0.8 by default (Fairness.fair_eval): the band [0.8, 1.25], inclusive.
// Aequitas writes x/0 as 10 (fill_divbyzero) and 0/0 as NaN; modelops gives no value for either, with the
// reason, because a capped 10 reads like a measurement.
import type { Bound } from '../manifest/manifest.js';
import { BINARY_RATES, CELLS, FP, TP, rateOf, type BinaryRate } from './group-metrics.js';

export const FAIRLEARN_METHODS = ['between_groups', 'to_overall'] as const;
export type FairlearnMethod = (typeof FAIRLEARN_METHODS)[number];

export const EQUALIZED_ODDS_AGGS = ['worst_case', 'mean'] as const;
export type EqualizedOddsAgg = (typeof EQUALIZED_ODDS_AGGS)[number];

export type Comparison = 'difference' | 'ratio';

export const DEFAULT_DISPARITY_BAND: Required<Bound> = { min: 0.8, max: 1.25 };

/** Fairlearn's fairness metrics: the rates each compares. */
const FAIRLEARN_BASES: readonly { base: string; rates: readonly BinaryRate[] }[] = [
  { base: 'demographic_parity', rates: ['selection_rate'] },
  { base: 'equal_opportunity', rates: ['tpr'] },
  { base: 'equalized_odds', rates: ['tpr', 'fpr'] },
];

export interface AggregateSpec {
  /** Manifest id (`gates.fairness.metrics.<id>`). */
  id: string;
  comparison: Comparison;
  method: FairlearnMethod;
  /** How the components combine; only for more than one rate (equalized odds). */
  agg?: EqualizedOddsAgg;
  rates: readonly BinaryRate[];
}

/** Every binary aggregate: 3 bases × difference/ratio × 2 methods, × 2 aggs for equalized odds (16). */
export const BINARY_AGGREGATES: readonly AggregateSpec[] = FAIRLEARN_BASES.flatMap(({ base, rates }) =>
  (['difference', 'ratio'] as const).flatMap((comparison) =>
    FAIRLEARN_METHODS.flatMap((method) =>
      rates.length > 1
        ? EQUALIZED_ODDS_AGGS.map((agg): AggregateSpec => ({ id: `${base}_${comparison}`, comparison, method, agg, rates }))
        : [{ id: `${base}_${comparison}`, comparison, method, rates }],
    ),
  ),
);

/** The regression aggregate: the largest gap in mean absolute error between groups (evaluate.ts). */
export const MAE_DIFFERENCE = 'mae_difference';

/** The rates Aequitas compares, by its names (pprev, its predicted prevalence, is the selection rate). */
const AEQUITAS_RATES: Record<string, BinaryRate> = { fpr: 'fpr', fnr: 'fnr', fdr: 'fdr', for: 'for', ppr: 'ppr', pprev: 'selection_rate' };

/** Aequitas' disparities: manifest id (Aequitas' `<rate>_disparity`) and the rate compared with the reference group's. */
export const DISPARITIES: readonly { id: string; rate: BinaryRate }[] = Object.entries(AEQUITAS_RATES).map(([name, rate]) => ({ id: `${name}_disparity`, rate }));

export const RATE_NAMES: Record<BinaryRate, string> = {
  base_rate: 'base rate',
  selection_rate: 'selection rate',
  tpr: 'TPR',
  fpr: 'FPR',
  fnr: 'FNR',
  tnr: 'TNR',
  precision: 'precision',
  fdr: 'FDR',
  for: 'FOR',
  npv: 'NPV',
  accuracy: 'accuracy',
  ppr: 'PPR',
};

/**
 * Fairlearn's difference or ratio of one metric over `values` (the compared groups), `overall` its value on
 * all rows. NaN when it has no value (a NaN among the values, 0/0, every to_overall ratio 0/0).
 */
export function compareGroups(comparison: Comparison, method: FairlearnMethod, values: ArrayLike<number>, overall: number): number {
  if (values.length === 0) return Number.NaN;
  let min = Infinity;
  let max = -Infinity;
  let farthest = -Infinity;
  let smallestRatio = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) return Number.NaN;
    if (v < min) min = v;
    if (v > max) max = v;
    if (method === 'to_overall') {
      farthest = Math.max(farthest, Math.abs(v - overall));
      const r = v / overall;
      if (!Number.isNaN(r)) smallestRatio = Math.min(smallestRatio, r > 1 ? 1 / r : r);
    }
  }
  if (comparison === 'difference') return method === 'between_groups' ? max - min : Number.isNaN(overall) ? Number.NaN : farthest;
  if (method === 'between_groups') return min / max;
  return Number.isNaN(overall) || smallestRatio === Infinity ? Number.NaN : smallestRatio;
}

/** Combine the components of a multi-rate aggregate (equalized odds). */
export function combineComponents(comparison: Comparison, agg: EqualizedOddsAgg | undefined, components: readonly number[]): number {
  if (components.some(Number.isNaN)) return Number.NaN;
  if (agg === 'mean') return components.reduce((a, b) => a + b, 0) / components.length;
  return comparison === 'difference' ? Math.max(...components) : Math.min(...components);
}

/** Every binary rate of every group, rates[r * groups + g], and on all rows, overall[r]; NaN = undefined. */
export interface RateTable {
  groups: number;
  rates: Float64Array;
  overall: Float64Array;
}

export const RATE_INDEX = Object.fromEntries(BINARY_RATES.map((r, i) => [r, i])) as Record<BinaryRate, number>;

/** The rate table of flat confusion counts (4 cells per group). `into` is reused across resamples. */
export function rateTable(counts: ArrayLike<number>, groups: number, into?: RateTable): RateTable {
  const table = into ?? { groups, rates: new Float64Array(BINARY_RATES.length * groups), overall: new Float64Array(BINARY_RATES.length) };
  const total = new Float64Array(CELLS);
  for (let i = 0; i < groups * CELLS; i++) total[i % CELLS]! += counts[i]!;
  const predictedPositives = total[FP]! + total[TP]!;
  BINARY_RATES.forEach((rate, r) => {
    for (let g = 0; g < groups; g++) table.rates[r * groups + g] = rateOf(rate, counts, g, predictedPositives);
    table.overall[r] = rateOf(rate, total, 0, predictedPositives);
  });
  return table;
}

/** Value of `spec` from a rate table, comparing `participants[k]` (group indices) for component k. */
export function aggregateValue(spec: AggregateSpec, table: RateTable, participants: readonly Int32Array[], scratch = new Float64Array(table.groups)): number {
  const components = spec.rates.map((rate, k) => {
    const r = RATE_INDEX[rate];
    const who = participants[k]!;
    for (let i = 0; i < who.length; i++) scratch[i] = table.rates[r * table.groups + who[i]!]!;
    return compareGroups(spec.comparison, spec.method, scratch.subarray(0, who.length), table.overall[r]!);
  });
  return combineComponents(spec.comparison, spec.agg, components);
}

/** Disparity of `rate` for group `g` against group `reference`: m_g / m_ref, NaN when either is undefined or m_ref is 0. */
export function disparityValue(rate: BinaryRate, table: RateTable, g: number, reference: number): number {
  const r = RATE_INDEX[rate] * table.groups;
  const denominator = table.rates[r + reference]!;
  if (denominator === 0) return Number.NaN;
  return table.rates[r + g]! / denominator;
}

export function withinBand(value: number, band: Bound): boolean {
  return (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max);
}

/** Stable key of an aggregate variant, e.g. `equalized_odds_ratio/to_overall/mean`. */
export function aggregateKey(spec: Pick<AggregateSpec, 'id' | 'method' | 'agg'>): string {
  return spec.agg ? `${spec.id}/${spec.method}/${spec.agg}` : `${spec.id}/${spec.method}`;
}
