// KS and Wasserstein from binned distributions (profiles, profile.ts), where the raw values are not at hand.
// Both are approximations, and every result says so (detail.approximation = 'binned'):
// - KS: D is the largest |F_ref - F_cur| over the bin edges only, so it is at most the D of the raw values
//   (a lower bound: a difference inside a bin is not seen); the p-value is the asymptotic one,
//   kstwo.sf(D, round(m n / (m + n))), as ks_2samp uses for large samples.
// - Wasserstein: each bin's rows are placed at their mean (bin sum / bin count, per side), and W1 is
//   computed between those two discrete distributions; normalised by the reference's standard deviation
//   from its sum and sum of squares (population std), as the raw test (wasserstein.ts).
// Decisions as the raw tests (definition.ts): KS by its p-value (D at the edges only, so conservative);
// Wasserstein calibrated by the permutation p-value of W1 over the bins, each placed at its pooled mean.
import { DEFAULT_THRESHOLDS } from './defaults.js';
import { DEFAULT_ALPHA, type DriftDecisionOptions, type DriftTestResult } from './definition.js';
import { wassersteinOverCells } from './cells.js';
import { permutationTest } from './permutation.js';
import { kstwoSf, roundHalfEven } from '../stats/kolmogorov.js';
import { MIN_REFERENCE_STD } from './methods/wasserstein.js';

export interface BinnedSide {
  /** Rows per bin (any number of bins, the same bins on both sides, in ascending order of value). */
  counts: ArrayLike<number>;
  /** Sum of the values per bin (Wasserstein only). */
  sums?: ArrayLike<number>;
}

function total(counts: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i]!;
  return sum;
}

/** KS statistic and asymptotic p-value from bin counts; D is evaluated at the bin edges only. */
export function ksBinned(reference: ArrayLike<number>, current: ArrayLike<number>, threshold: number = DEFAULT_THRESHOLDS.ks, options: DriftDecisionOptions = {}): DriftTestResult {
  if (reference.length !== current.length) throw new RangeError(`ksBinned: ${reference.length} reference bins, ${current.length} current bins`);
  const m = total(reference);
  const n = total(current);
  if (m === 0 || n === 0) throw new RangeError('ksBinned needs at least one value on each side');
  let cumulativeReference = 0;
  let cumulativeCurrent = 0;
  let statistic = 0;
  for (let i = 0; i < reference.length; i++) {
    cumulativeReference += reference[i]!;
    cumulativeCurrent += current[i]!;
    const difference = Math.abs(cumulativeReference / m - cumulativeCurrent / n);
    if (difference > statistic) statistic = difference;
  }
  const effective = Math.max(1, roundHalfEven((Math.max(m, n) * Math.min(m, n)) / (m + n)));
  const pValue = statistic === 0 ? 1 : Math.min(1, Math.max(0, kstwoSf(effective, statistic)));
  return {
    method: 'ks',
    kind: 'p-value',
    statistic,
    score: pValue,
    pValue,
    threshold,
    mode: options.mode ?? 'calibrated',
    decidedBy: 'p-value',
    falseAlarmRate: threshold,
    falseAlarmRateEstimated: false,
    drifted: pValue < threshold,
    detail: { pValueMethod: 'asymptotic', approximation: 'binned', bins: reference.length, referenceValues: m, currentValues: n },
  };
}

/** W1 between two weighted point sets (positions ascending within each). */
function weightedWasserstein(positionsA: number[], weightsA: number[], positionsB: number[], weightsB: number[]): number {
  let i = 0;
  let j = 0;
  let cumulativeA = 0;
  let cumulativeB = 0;
  let previous = Math.min(positionsA[0] ?? Infinity, positionsB[0] ?? Infinity);
  let area = 0;
  while (i < positionsA.length || j < positionsB.length) {
    const fromA = j >= positionsB.length || (i < positionsA.length && positionsA[i]! <= positionsB[j]!);
    const position = fromA ? positionsA[i]! : positionsB[j]!;
    area += Math.abs(cumulativeA - cumulativeB) * (position - previous);
    previous = position;
    if (fromA) cumulativeA += weightsA[i++]!;
    else cumulativeB += weightsB[j++]!;
  }
  return area;
}

function atoms(side: BinnedSide): { positions: number[]; weights: number[] } {
  const n = total(side.counts);
  const positions: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < side.counts.length; i++) {
    const count = side.counts[i]!;
    if (count === 0) continue;
    positions.push(side.sums![i]! / count);
    weights.push(count / n);
  }
  // bin means are ascending when bins are; rounding in a sum could swap two equal-valued neighbours
  const order = positions.map((_, k) => k).sort((a, b) => positions[a]! - positions[b]!);
  return { positions: order.map((k) => positions[k]!), weights: order.map((k) => weights[k]!) };
}

/**
 * Normalised Wasserstein distance from bin counts and sums: W1 between the bin means (weighted by their rows),
 * divided by max(reference std, 0.001).
 */
export function wassersteinBinned(reference: BinnedSide, current: BinnedSide, referenceStd: number, threshold?: number, options: DriftDecisionOptions = {}): DriftTestResult {
  if (!reference.sums || !current.sums) throw new RangeError('wassersteinBinned needs the sum of the values per bin on both sides');
  if (total(reference.counts) === 0 || total(current.counts) === 0) throw new RangeError('wassersteinBinned needs at least one value on each side');
  const mode = options.mode ?? 'calibrated';
  const limit = threshold ?? (mode === 'calibrated' ? DEFAULT_ALPHA : DEFAULT_THRESHOLDS.wasserstein);
  const a = atoms(reference);
  const b = atoms(current);
  const distance = weightedWasserstein(a.positions, a.weights, b.positions, b.weights);
  const scale = Math.max(referenceStd, MIN_REFERENCE_STD);
  const normalised = distance / scale;
  const base = { method: 'wasserstein' as const, kind: 'distance' as const, statistic: normalised, score: normalised, threshold: limit, mode };
  const detail = { distance, referenceStd, approximation: 'binned', bins: reference.counts.length };
  const layout = binLayout(reference, current);
  if (mode === 'fixed') {
    const permuted = permutationTest(layout, { seed: options.seed ?? 0, alpha: DEFAULT_ALPHA, fixedThreshold: limit * scale, permutations: 199 });
    return { ...base, decidedBy: 'distance', falseAlarmRate: permuted.fixedFalseAlarmRate!, falseAlarmRateEstimated: true, drifted: normalised >= limit, detail };
  }
  const permuted = permutationTest(layout, { seed: options.seed ?? 0, alpha: limit });
  return {
    ...base,
    pValue: permuted.pValue,
    decidedBy: 'p-value',
    falseAlarmRate: limit,
    falseAlarmRateEstimated: false,
    criticalValue: permuted.critical / scale,
    drifted: permuted.pValue < limit,
    detail: { ...detail, pValueMethod: 'permutation', permutations: permuted.permutations, cells: layout.pooled.length },
  };
}

/** The non-empty bins as permutation cells, each at its pooled mean; the statistic is W1 between the sides. */
function binLayout(reference: BinnedSide, current: BinnedSide): { pooled: Float64Array; reference: Float64Array; statistic: (a: Float64Array, b: Float64Array) => number } {
  const positions: number[] = [];
  const pooled: number[] = [];
  const referenceCounts: number[] = [];
  for (let i = 0; i < reference.counts.length; i++) {
    const rows = reference.counts[i]! + current.counts[i]!;
    if (rows === 0) continue;
    positions.push((reference.sums![i]! + current.sums![i]!) / rows);
    pooled.push(rows);
    referenceCounts.push(reference.counts[i]!);
  }
  const m = total(reference.counts);
  const n = total(current.counts);
  const statistic = wassersteinOverCells(positions, m, n);
  return { pooled: Float64Array.from(pooled), reference: Float64Array.from(referenceCounts), statistic };
}
