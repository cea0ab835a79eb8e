// Confidence intervals for the fairness aggregates and disparities of binary classifiers, from each
// group's confusion counts. Every aggregate is a min or max over group comparisons, so its interval is
// built from simultaneous intervals of the elementary comparisons:
// - one comparison of two independent binomial proportions (group i against group j, or a group against
//   the rows outside it) gets Koopman's score interval for a ratio (stats/koopman.ts) or Newcombe's hybrid
//   score interval for a difference (stats/newcombe.ts);
// - Bonferroni: with M elementary comparisons in an aggregate (every pair of compared groups for
//   between_groups, every compared group for to_overall, times the rates of equalized odds), each is taken
//   at level 1 − α/M, so all of them hold together with probability ≥ 1 − α;
// - when they all hold, the aggregate lies between the same min/max taken over the lower ends and over the
//   upper ends (min and max are monotone), so that pair of numbers is an interval at level ≥ 1 − α. With
//   two groups (M = 1) it is the elementary interval itself, so the coverage is the method's, also at
//   parity (ratio 1, difference 0) and on small groups, where the percentile bootstrap of min/max covers
//   almost never: its replicates are all ≤ 1 for a ratio and ≥ 0 for a difference.
// Why Bonferroni rather than a max-|z| (Šidák, studentised range) adjustment: it needs no joint model of
// comparisons that share a group, it is valid whatever their correlation, and with few groups (the usual
// 2–6) it is barely wider.
//
// to_overall compares group g with all rows, which include g. With w the share of g in the rate's
// denominator (rows for selection rate, positives for TPR, negatives for FPR) and r_rest the rate on the
// other rows, r_all = w r_g + (1 − w) r_rest exactly, so
//   r_g − r_all = (1 − w)(r_g − r_rest),   r_g / r_all = ρ / (w ρ + 1 − w),  ρ = r_g / r_rest,
// both increasing in the comparison of two independent proportions (g against the rest); the interval of
// that comparison maps to an interval of the to_overall value. The denominators are taken as fixed (the
// intervals are conditional on the group sizes and label counts, as the rates are).
//
// Aequitas' disparity r_g / r_ref is one ratio (Koopman), Bonferroni over the groups compared with the
// reference. PPR (the group's share of all predicted positives) has PPR_g / PPR_ref = PP_g / PP_ref, a
// ratio of two counts: given PP_g + PP_ref = m, PP_g is Binomial(m, π) with π / (1 − π) the ratio, so the
// Wilson interval of π maps to it.
import { koopmanRatio } from '../stats/koopman.js';
import { newcombeDifference } from '../stats/newcombe.js';
import { normalQuantile } from '../stats/normal.js';
import type { ProportionInterval } from '../stats/wilson.js';
import { wilsonInterval } from '../stats/wilson.js';
import type { AggregateSpec } from './aggregates.js';
import { CELLS, FN, FP, TN, TP, type BinaryRate } from './group-metrics.js';

export const BINARY_INTERVAL_METHOD =
  "score intervals from each group's counts: Koopman (ratio) and Newcombe hybrid score (difference) per pair of groups, Bonferroni-adjusted over the pairs and rates an aggregate compares";

/** Successes and trials of `rate` in counts at offset `o` (4 cells); ppr is not a per-group proportion. */
export function rateCounts(rate: Exclude<BinaryRate, 'ppr'>, counts: ArrayLike<number>, o: number): { x: number; n: number } {
  const tn = counts[o + TN]!;
  const fp = counts[o + FP]!;
  const fn = counts[o + FN]!;
  const tp = counts[o + TP]!;
  switch (rate) {
    case 'base_rate':
      return { x: fn + tp, n: tn + fp + fn + tp };
    case 'selection_rate':
      return { x: fp + tp, n: tn + fp + fn + tp };
    case 'accuracy':
      return { x: tp + tn, n: tn + fp + fn + tp };
    case 'tpr':
      return { x: tp, n: tp + fn };
    case 'fnr':
      return { x: fn, n: tp + fn };
    case 'fpr':
      return { x: fp, n: fp + tn };
    case 'tnr':
      return { x: tn, n: fp + tn };
    case 'precision':
      return { x: tp, n: tp + fp };
    case 'fdr':
      return { x: fp, n: tp + fp };
    case 'npv':
      return { x: tn, n: tn + fn };
    case 'for':
      return { x: fn, n: tn + fn };
  }
}

/** Two-sided critical value of each of `comparisons` simultaneous intervals at family level `level`. */
export function bonferroniZ(level: number, comparisons: number): number {
  return normalQuantile(1 - (1 - level) / (2 * Math.max(1, comparisons)));
}

interface Interval {
  lower: number;
  upper: number;
}

/** Interval of min(x, 1/x) from an interval of x > 0 (Fairlearn forces to_overall ratios below 1). */
function forcedBelowOne({ lower, upper }: Interval): Interval {
  if (upper <= 1) return { lower, upper };
  if (lower >= 1) return { lower: 1 / upper, upper: 1 / lower };
  return { lower: Math.min(lower, 1 / upper), upper: 1 };
}

/** Interval of |x| from an interval of x. */
function absolute({ lower, upper }: Interval): Interval {
  if (lower >= 0) return { lower, upper };
  if (upper <= 0) return { lower: -upper, upper: -lower };
  return { lower: 0, upper: Math.max(-lower, upper) };
}

/** Interval of one component (one rate) of an aggregate, each comparison at critical value z. */
function componentInterval(spec: AggregateSpec, rate: Exclude<BinaryRate, 'ppr'>, counts: ArrayLike<number>, total: ArrayLike<number>, who: Int32Array, z: number): Interval {
  const of = (g: number) => rateCounts(rate, counts, g * CELLS);
  if (spec.method === 'between_groups') {
    // min over ordered pairs of r_i / r_j, or max over ordered pairs of r_i − r_j
    let lower = spec.comparison === 'ratio' ? Infinity : -Infinity;
    let upper = lower;
    for (let i = 0; i < who.length; i++) {
      for (let j = i + 1; j < who.length; j++) {
        const a = of(who[i]!);
        const b = of(who[j]!);
        if (spec.comparison === 'ratio') {
          const r = koopmanRatio(a.x, a.n, b.x, b.n, z);
          lower = Math.min(lower, r.lower, 1 / r.upper);
          upper = Math.min(upper, r.upper, r.lower === 0 ? Infinity : 1 / r.lower);
        } else {
          const d = newcombeDifference(a.x, a.n, b.x, b.n, z);
          lower = Math.max(lower, d.lower, -d.upper);
          upper = Math.max(upper, d.upper, -d.lower);
        }
      }
    }
    return spec.comparison === 'ratio' ? { lower: Math.max(0, lower), upper: Math.min(1, upper) } : { lower: Math.max(0, lower), upper: Math.min(1, upper) };
  }
  const all = rateCounts(rate, total, 0);
  let lower = spec.comparison === 'ratio' ? Infinity : -Infinity;
  let upper = lower;
  for (let i = 0; i < who.length; i++) {
    const g = of(who[i]!);
    const rest = { x: all.x - g.x, n: all.n - g.n };
    const w = g.n / all.n;
    let value: Interval;
    if (rest.n === 0) value = spec.comparison === 'ratio' ? { lower: 1, upper: 1 } : { lower: 0, upper: 0 };
    else if (spec.comparison === 'ratio') {
      const r = koopmanRatio(g.x, g.n, rest.x, rest.n, z);
      const toOverall = (rho: number): number => (rho === Infinity ? 1 / w : rho / (w * rho + 1 - w));
      value = forcedBelowOne({ lower: toOverall(r.lower), upper: toOverall(r.upper) });
    } else {
      const d = newcombeDifference(g.x, g.n, rest.x, rest.n, z);
      value = absolute({ lower: (1 - w) * d.lower, upper: (1 - w) * d.upper });
    }
    if (spec.comparison === 'ratio') {
      lower = Math.min(lower, value.lower);
      upper = Math.min(upper, value.upper);
    } else {
      lower = Math.max(lower, value.lower);
      upper = Math.max(upper, value.upper);
    }
  }
  return { lower, upper };
}

/** Elementary comparisons of one component: pairs for between_groups, groups for to_overall. */
function comparisonsOf(spec: AggregateSpec, groups: number): number {
  return spec.method === 'between_groups' ? (groups * (groups - 1)) / 2 : groups;
}

/**
 * The interval of an aggregate at family level `level`, `participants[k]` the groups component k compares
 * (as aggregateValue takes them), `counts` every group's confusion counts (excluded groups too: they are
 * part of "all rows").
 */
export function aggregateInterval(spec: AggregateSpec, counts: ArrayLike<number>, participants: readonly Int32Array[], level: number): Interval {
  const total = new Float64Array(CELLS);
  for (let i = 0; i < counts.length; i++) total[i % CELLS]! += counts[i]!;
  const comparisons = spec.rates.reduce((sum, _, k) => sum + comparisonsOf(spec, participants[k]!.length), 0);
  const z = bonferroniZ(level, comparisons);
  const components = spec.rates.map((rate, k) => componentInterval(spec, rate as Exclude<BinaryRate, 'ppr'>, counts, total, participants[k]!, z));
  if (components.length === 1) return components[0]!;
  if (spec.agg === 'mean') {
    return { lower: components.reduce((s, c) => s + c.lower, 0) / components.length, upper: components.reduce((s, c) => s + c.upper, 0) / components.length };
  }
  const pick = spec.comparison === 'difference' ? Math.max : Math.min;
  return { lower: pick(...components.map((c) => c.lower)), upper: pick(...components.map((c) => c.upper)) };
}

/** Interval of the disparity r_g / r_ref, one of `family` disparities of the same rate judged together. */
export function disparityInterval(rate: BinaryRate, counts: ArrayLike<number>, g: number, reference: number, level: number, family: number): ProportionInterval {
  const z = bonferroniZ(level, family);
  if (rate === 'ppr') {
    const predicted = (h: number) => counts[h * CELLS + FP]! + counts[h * CELLS + TP]!;
    const x = predicted(g);
    const m = x + predicted(reference);
    const share = wilsonInterval(x, m, z);
    const odds = (p: number): number => (p >= 1 ? Infinity : p / (1 - p));
    return { lower: odds(share.lower), upper: odds(share.upper) };
  }
  const a = rateCounts(rate, counts, g * CELLS);
  const b = rateCounts(rate, counts, reference * CELLS);
  return koopmanRatio(a.x, a.n, b.x, b.n, z);
}
