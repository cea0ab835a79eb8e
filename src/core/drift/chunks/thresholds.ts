// Alert thresholds of a per-chunk signal from the spread of the same signal over reference chunks (NannyML's
// approach, nannyml/thresholds.py), and the alerts they raise.
//
// The reference is cut into chunks of the size the current chunks have (series.ts), the signal is computed on
// each, and its m values give the band. Three rules:
// - 'calibrated' (default): the band is a Student-t prediction interval for one more chunk's value,
//   mean ± t_{m−1}(1 − α/2) · s · sqrt(1 + 1/m) (s the sample std, ddof 1; one-sided signals use t(1 − α)).
//   When chunk values are independent and normal, a stationary chunk falls outside with probability exactly α,
//   whatever m: a false alert at α means α, as the drift gate's decisions (definition.ts, permutation.ts,
//   calibration.ts) hold their α at the sizes they see. Chunk means, shares and most metrics are close to
//   normal at the sizes chunks have; drift distances are skewed (KS D, Jensen-Shannon), so for those the rate
//   is approximate, and each chunk's own calibrated test decision (its p-value against α, from the drift
//   machinery) is reported beside the band (series.ts).
// - 'std': NannyML's StandardDeviationThreshold, mean ± k · std (numpy's nanstd, ddof 0), k = 3. Offered for
//   teams used to NannyML. Its false-alert rate is not the 0.27% of ±3σ: the mean and std are estimated from
//   m chunks, and the rate under the same normal model is 2 · P(T_{m−1} > k · sqrt((m − 1) / m) / sqrt(1 + 1/m))
//   — 7.0% with 5 reference chunks, 2.4% with 10 (NannyML's default), 1.0% with 20 (scipy.stats.t.sf);
//   `nominalRate` reports it.
// - 'quantile': the lower and upper quantiles of the reference chunks' values (numpy's default, linear).
// Bands are clipped to the signal's range (a share to [0, 1]), as NannyML's value limits. Drift statistics are
// positive and skewed to the right, so their band is computed on the log scale (`scale: 'log'`): measured on
// KS D of 100-row chunks against a 1000-row reference (200 stationary series x 10 chunks, calibrated α = 0.05,
// upper side), the false-alert rate is 7.8% on the linear scale and 5.8% on the log scale.
//
// A chunk alerts when its value is outside the band, it has a value, and it is neither empty nor
// insufficient (chunking.ts). "Drifting since" is the first chunk of the latest run of consecutive alerts
// that reaches the last chunk with a value; chunks without a value (empty, insufficient, undefined) neither
// break nor extend a run — they are no evidence either way.
import { studentTQuantile, studentTSf } from '../../stats/student-t.js';
import { ChunkingError } from './time.js';

export type ThresholdRule = { kind: 'calibrated'; alpha?: number } | { kind: 'std'; k?: number } | { kind: 'quantile'; lower?: number; upper?: number };
export type ThresholdKind = ThresholdRule['kind'];

/** Which way a signal can go wrong: distances only up, performance and shares both ways. */
export type ThresholdSide = 'both' | 'upper' | 'lower';

/** Per-chunk false-alert rate of the calibrated rule when the manifest says nothing. */
export const DEFAULT_SERIES_ALPHA = 0.01;
/** NannyML's std_lower_multiplier / std_upper_multiplier. */
export const DEFAULT_STD_MULTIPLIER = 3;
export const DEFAULT_QUANTILES = { lower: 0.005, upper: 0.995 } as const;
/** Reference chunk values a band needs (a std of one value means nothing). */
export const MIN_REFERENCE_CHUNKS = 2;

export interface SignalThresholds {
  rule: ThresholdKind;
  side: ThresholdSide;
  /** null: no lower (upper) bound, either by side or because too few reference chunks had a value. */
  lower: number | null;
  upper: number | null;
  /** Reference chunks whose value entered the band. */
  referenceChunks: number;
  /** The band was computed on log(value): mean and std are of the logarithms, lower and upper in the signal's units. */
  scale?: 'log';
  /** Mean and population std (ddof 0) of those values; null with none. */
  mean: number | null;
  std: number | null;
  /** 'calibrated' and 'std': the multiplier of the population std. */
  multiplier?: number;
  /**
   * 'calibrated' and 'std': the per-chunk false-alert rate of this band for a stationary, normally distributed
   * signal (α itself for 'calibrated').
   */
  nominalRate?: number;
}

export interface ThresholdOptions {
  side?: ThresholdSide;
  /**
   * 'log': the band is computed on log(value) and mapped back (alerts are the same as on the log scale). For
   * positive, right-skewed statistics (drift statistics and distances), whose logarithm is much closer to
   * normal. Non-positive values are left out of the band.
   */
  scale?: 'linear' | 'log';
  /** The signal's range: the band is clipped to it. */
  min?: number;
  max?: number;
}

export function checkRule(rule: ThresholdRule): void {
  if (rule.kind === 'calibrated') {
    const alpha = rule.alpha ?? DEFAULT_SERIES_ALPHA;
    if (!(alpha > 0 && alpha < 1)) throw new ChunkingError(`a calibrated threshold's alpha is a false-alert rate in (0, 1); got ${alpha}`);
  } else if (rule.kind === 'std') {
    const k = rule.k ?? DEFAULT_STD_MULTIPLIER;
    if (!(k > 0) || !Number.isFinite(k)) throw new ChunkingError(`the std multiplier must be a positive number; got ${k}`);
  } else if (rule.kind === 'quantile') {
    const lower = rule.lower ?? DEFAULT_QUANTILES.lower;
    const upper = rule.upper ?? DEFAULT_QUANTILES.upper;
    if (!(lower >= 0 && lower < upper && upper <= 1)) throw new ChunkingError(`quantiles must satisfy 0 <= lower < upper <= 1; got ${lower} and ${upper}`);
  } else throw new ChunkingError(`a threshold rule is 'calibrated', 'std' or 'quantile'; got '${(rule as { kind: unknown }).kind}'`);
}

/** The band of one signal from its values on the reference chunks (null values are left out). */
export function thresholdsFromReference(values: readonly (number | null)[], rule: ThresholdRule = { kind: 'calibrated' }, options: ThresholdOptions = {}): SignalThresholds {
  checkRule(rule);
  const side = options.side ?? 'both';
  const log = options.scale === 'log';
  const kept = values.filter((value): value is number => value !== null && Number.isFinite(value) && (!log || value > 0)).map((value) => (log ? Math.log(value) : value));
  const m = kept.length;
  const mean = m === 0 ? null : kept.reduce((sum, value) => sum + value, 0) / m;
  const std = mean === null ? null : Math.sqrt(kept.reduce((sum, value) => sum + (value - mean) ** 2, 0) / m);
  const base = { rule: rule.kind, side, ...(log ? { scale: 'log' as const } : {}), referenceChunks: m, mean, std };
  if (m < MIN_REFERENCE_CHUNKS || mean === null || std === null) return { ...base, lower: null, upper: null };
  let lower: number;
  let upper: number;
  let facts: Pick<SignalThresholds, 'multiplier' | 'nominalRate'> = {};
  if (rule.kind === 'quantile') {
    const sorted = [...kept].sort((a, b) => a - b);
    lower = quantile(sorted, rule.lower ?? DEFAULT_QUANTILES.lower);
    upper = quantile(sorted, rule.upper ?? DEFAULT_QUANTILES.upper);
  } else {
    const tails = side === 'both' ? 2 : 1;
    // a new value's standardised distance from the mean, in population std, is t_{m−1} · sqrt(1 + 1/m) · sqrt(m / (m − 1))
    const scale = Math.sqrt(1 + 1 / m) * Math.sqrt(m / (m - 1));
    let multiplier: number;
    let nominalRate: number;
    if (rule.kind === 'calibrated') {
      nominalRate = rule.alpha ?? DEFAULT_SERIES_ALPHA;
      multiplier = studentTQuantile(1 - nominalRate / tails, m - 1) * scale;
    } else {
      multiplier = rule.k ?? DEFAULT_STD_MULTIPLIER;
      nominalRate = tails * studentTSf(multiplier / scale, m - 1);
    }
    lower = mean - multiplier * std;
    upper = mean + multiplier * std;
    facts = { multiplier, nominalRate };
  }
  const clip = (value: number): number => Math.min(options.max ?? Infinity, Math.max(options.min ?? -Infinity, log ? Math.exp(value) : value));
  return { ...base, lower: side === 'upper' ? null : clip(lower), upper: side === 'lower' ? null : clip(upper), ...facts };
}

/** numpy.quantile(sorted, q) with the default 'linear' method. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (position - below) * (sorted[above]! - sorted[below]!);
}

/**
 * The p-value of a chunk's value under the reference distribution its band is built from ('calibrated' and
 * 'std'): t = (value − mean) / (std · sqrt(1 + 1/m) · sqrt(m / (m − 1))) on the band's scale, Student-t with
 * m − 1 degrees of freedom, one tail for one-sided bands, two for 'both'. For 'calibrated', p < α exactly when
 * the value is outside the band. A band of zero std gives 0 outside it and 1 inside. Null for 'quantile' bands,
 * without a band, or for a non-positive value on the log scale.
 */
export function bandPValue(value: number, thresholds: SignalThresholds): number | null {
  const { mean, std, referenceChunks: m, side } = thresholds;
  if (thresholds.rule === 'quantile' || mean === null || std === null || m < MIN_REFERENCE_CHUNKS || !Number.isFinite(value)) return null;
  if (thresholds.lower === null && thresholds.upper === null) return null;
  // a band of zero width (every reference chunk the same, e.g. no missing value ever): outside it is certain
  if (!(std > 0)) return outside(value, thresholds) ? 0 : 1;
  if (thresholds.scale === 'log' && !(value > 0)) return null;
  const x = thresholds.scale === 'log' ? Math.log(value) : value;
  const t = (x - mean) / (std * Math.sqrt(1 + 1 / m) * Math.sqrt(m / (m - 1)));
  if (side === 'upper') return studentTSf(t, m - 1);
  if (side === 'lower') return studentTSf(-t, m - 1);
  return Math.min(1, 2 * studentTSf(Math.abs(t), m - 1));
}

/**
 * Holm's step-down procedure (Holm 1979; statsmodels.stats.multitest.multipletests(method='holm')): which of
 * the p-values are rejected with the family-wise error rate at most α, in the order given.
 */
export function holmRejects(pValues: readonly number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const rejected = pValues.map(() => false);
  const k = pValues.length;
  for (const [rank, { p, i }] of order.entries()) {
    if (!(p <= alpha / (k - rank))) break;
    rejected[i] = true;
  }
  return rejected;
}

export function outside(value: number, thresholds: Pick<SignalThresholds, 'lower' | 'upper'>): boolean {
  return (thresholds.lower !== null && value < thresholds.lower) || (thresholds.upper !== null && value > thresholds.upper);
}

/** What alerts needs of a chunk. */
export interface AlertableChunk {
  key: string;
  empty: boolean;
  insufficient: boolean;
}

export interface SignalAlerts {
  /** Per chunk: its value is outside the band (never on an empty or insufficient chunk or without a value). */
  alerts: boolean[];
  alertCount: number;
  /** Key of the first chunk of the run of consecutive alerts that is still going; null when the last chunk with a value is fine. */
  driftingSince: string | null;
}

export function alertsFor(values: readonly (number | null)[], thresholds: Pick<SignalThresholds, 'lower' | 'upper'>, chunks: readonly AlertableChunk[]): SignalAlerts {
  if (values.length !== chunks.length) throw new ChunkingError(`${values.length} values for ${chunks.length} chunks`);
  let runStart: string | null = null;
  let alertCount = 0;
  const alerts = chunks.map((chunk, i) => {
    const value = values[i];
    if (chunk.empty || chunk.insufficient || value === null || value === undefined || !Number.isFinite(value)) return false;
    const alert = outside(value, thresholds);
    if (alert) {
      alertCount++;
      runStart ??= chunk.key;
    } else runStart = null;
    return alert;
  });
  return { alerts, alertCount, driftingSince: runStart };
}
