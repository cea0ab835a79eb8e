// Bootstrap confidence intervals for a metric, and for the difference of a metric between two models
// scored on the same rows (paired: each resample draws rows, and both models are evaluated on exactly
// those rows, so their correlation is kept).
//
// The caller supplies the metric as a function of row indices; rows are drawn with replacement from
// [0, n) by a seeded xoshiro128** (random.ts), so the same seed gives the same interval on any machine.
//
// Intervals (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993):
// - 'percentile' (default, ch. 13): the (1 - level)/2 and (1 + level)/2 quantiles of the bootstrap
//   replicates. Quantiles interpolate linearly between order statistics (Hyndman & Fan type 7), as
//   numpy's default and scipy.stats.bootstrap(method='percentile') do, via simple-statistics'
//   `quantileSorted`.
// - 'bca' (bias-corrected and accelerated, Efron 1987, JASA 82:171-185; ch. 14.3): the same replicates
//   read at adjusted quantiles. Bias z0 = Phi^-1((#{replicates < estimate} + #{= estimate}/2) / B), ties
//   counted half as scipy does; acceleration from the jackknife (eq. 14.15). It costs n extra metric
//   evaluations (leave-one-out), so prefer 'percentile' for slow metrics on many rows. When z0 is
//   infinite (every replicate on one side of the estimate) or the adjustment is undefined, the result
//   falls back to 'percentile' and says so in `method`.
//
// Replicates for which the metric is NaN (e.g. ROC AUC of a resample with one class) are skipped and
// counted in `resamplesSkipped`; the interval is read from the others. A gate should check that enough
// were used. `standardError` is the sample standard deviation (n - 1) of the used replicates.
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { normalCdf, normalQuantile } from './normal.js';
import { createRng, sampleIndices } from './random.js';

export type BootstrapMethod = 'percentile' | 'bca';

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_LEVEL = 0.95;
export const DEFAULT_SEED = 0;

export interface BootstrapOptions {
  /** Number of rows; resamples draw indices from [0, n). */
  n: number;
  /** Bootstrap resamples to draw (default 1000). */
  resamples?: number;
  /** Confidence level of the two-sided interval (default 0.95). */
  level?: number;
  /** Seed of the generator, an integer in [0, 2^53) (default 0: results never change between runs). */
  seed?: number;
  /** How the interval is read from the replicates (default 'percentile'). */
  method?: BootstrapMethod;
}

/**
 * A metric of the rows at `indices` (rows repeat in a resample). The array is a reused buffer:
 * read it during the call, do not keep it.
 */
export type IndexStatistic = (indices: Uint32Array) => number;

/** Metrics of model A and model B on the rows at `indices`; the interval is for A - B. */
export type PairedIndexStatistic = (indices: Uint32Array) => readonly [a: number, b: number];

export interface BootstrapInterval {
  /** The metric on all rows. */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  /** Standard deviation of the used bootstrap replicates. */
  standardError: number;
  /** The method actually applied ('bca' can fall back to 'percentile'). */
  method: BootstrapMethod;
  /** Resamples drawn. */
  resamples: number;
  /** Resamples whose metric was a number. */
  resamplesUsed: number;
  /** Resamples whose metric was NaN, left out of the interval. */
  resamplesSkipped: number;
  seed: number;
}

export interface PairedBootstrapInterval extends BootstrapInterval {
  /** Model A's metric on all rows. */
  estimateA: number;
  /** Model B's metric on all rows. */
  estimateB: number;
}

/** Bootstrap confidence interval of one metric. */
export function bootstrapCI(options: BootstrapOptions & { statistic: IndexStatistic }): BootstrapInterval {
  const settings = resolve(options);
  const all = identityIndices(settings.n);
  return run(settings, [options.statistic], [options.statistic(all)])[0]!;
}

/**
 * Bootstrap confidence intervals of several metrics of the same rows, each the interval `bootstrapCI` gives it
 * with these options: every statistic is evaluated on each resample as it is drawn, so the rows are drawn once
 * for all of them (with one seed, each would draw the same resamples).
 */
export function bootstrapCIs(options: BootstrapOptions & { statistics: readonly IndexStatistic[] }): BootstrapInterval[] {
  const settings = resolve(options);
  const all = identityIndices(settings.n);
  return run(settings, options.statistics, options.statistics.map((statistic) => statistic(all)));
}

/**
 * Paired bootstrap confidence interval of the difference A - B of a metric between two models on the
 * same rows. Pass [challenger, champion] to read "challenger minus champion".
 */
export function pairedBootstrap(options: BootstrapOptions & { statistic: PairedIndexStatistic }): PairedBootstrapInterval {
  return pairedBootstraps({ ...options, statistics: [options.statistic] })[0]!;
}

/**
 * Paired bootstrap intervals of several metrics' differences on the same rows, each the interval
 * `pairedBootstrap` gives it with these options, from one set of resamples drawn for all (as bootstrapCIs).
 */
export function pairedBootstraps(options: BootstrapOptions & { statistics: readonly PairedIndexStatistic[] }): PairedBootstrapInterval[] {
  const settings = resolve(options);
  const all = identityIndices(settings.n);
  const estimates = options.statistics.map((statistic) => statistic(all));
  const differences = options.statistics.map((statistic): IndexStatistic => (indices) => {
    const [a, b] = statistic(indices);
    return a - b;
  });
  return run(settings, differences, estimates.map(([a, b]) => a - b)).map((interval, s) => ({ ...interval, estimateA: estimates[s]![0], estimateB: estimates[s]![1] }));
}

interface Settings {
  n: number;
  resamples: number;
  level: number;
  seed: number;
  method: BootstrapMethod;
}

function resolve(options: BootstrapOptions): Settings {
  const { n, resamples = DEFAULT_RESAMPLES, level = DEFAULT_LEVEL, seed = DEFAULT_SEED, method = 'percentile' } = options;
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) throw new RangeError(`n must be a positive integer number of rows; got ${n}`);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer; got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be strictly between 0 and 1; got ${level}`);
  if (method !== 'percentile' && method !== 'bca') throw new RangeError(`method must be 'percentile' or 'bca'; got ${String(method)}`);
  return { n, resamples, level, seed, method };
}

function run(settings: Settings, statistics: readonly IndexStatistic[], estimates: readonly number[]): BootstrapInterval[] {
  const { n, resamples } = settings;
  const rng = createRng(settings.seed);
  const indices = new Uint32Array(n);
  const replicates = statistics.map(() => new Float64Array(resamples));
  const used = statistics.map(() => 0);
  for (let r = 0; r < resamples; r++) {
    sampleIndices(n, rng, indices);
    for (let s = 0; s < statistics.length; s++) {
      const value = statistics[s]!(indices);
      if (!Number.isNaN(value)) replicates[s]![used[s]!++] = value;
    }
  }
  return statistics.map((statistic, s) => interval(settings, statistic, estimates[s]!, replicates[s]!.subarray(0, used[s]!)));
}

/** The interval read from the used replicates of `statistic`. */
function interval(settings: Settings, statistic: IndexStatistic, estimate: number, replicates: Float64Array): BootstrapInterval {
  const { n, resamples, level, seed } = settings;
  const used = replicates.length;
  const sorted = Array.from(replicates.sort());
  const base = { estimate, level, resamples, resamplesUsed: used, resamplesSkipped: resamples - used, seed };
  if (used === 0) {
    return { ...base, lower: Number.NaN, upper: Number.NaN, standardError: Number.NaN, method: settings.method };
  }
  const standardError = used > 1 ? sampleStandardDeviation(sorted) : Number.NaN;
  const tail = (1 - level) / 2;
  const adjusted = settings.method === 'bca' ? bcaProbabilities(sorted, estimate, tail, n, statistic) : undefined;
  const [lowerP, upperP] = adjusted ?? [tail, 1 - tail];
  return {
    ...base,
    lower: quantileSorted(sorted, lowerP),
    upper: quantileSorted(sorted, upperP),
    standardError,
    method: adjusted ? 'bca' : 'percentile',
  };
}

/** BCa-adjusted quantile probabilities, or undefined when they cannot be formed. */
function bcaProbabilities(sorted: readonly number[], estimate: number, tail: number, n: number, statistic: IndexStatistic): [number, number] | undefined {
  if (Number.isNaN(estimate)) return undefined;
  let below = 0;
  let equal = 0;
  for (const value of sorted) {
    if (value < estimate) below++;
    else if (value === estimate) equal++;
  }
  const bias = normalQuantile((below + equal / 2) / sorted.length);
  if (!Number.isFinite(bias)) return undefined;
  const acceleration = jackknifeAcceleration(n, statistic);
  const adjust = (z: number): number => {
    const shifted = bias + z;
    const denominator = 1 - acceleration * shifted;
    return denominator > 0 ? normalCdf(bias + shifted / denominator) : Number.NaN;
  };
  const lower = adjust(normalQuantile(tail));
  const upper = adjust(normalQuantile(1 - tail));
  if (!(lower >= 0 && upper <= 1 && lower <= upper)) return undefined;
  return [lower, upper];
}

/** Efron's acceleration from leave-one-out values: sum d^3 / (6 (sum d^2)^1.5), d = mean - value. */
function jackknifeAcceleration(n: number, statistic: IndexStatistic): number {
  if (n < 3) return 0;
  // Leave-one-out index sets share one buffer: leaving out i holds [0..i-1, i+1..n-1], and moving to
  // i + 1 only changes position i (from i + 1 to i).
  const indices = new Uint32Array(n - 1);
  for (let i = 0; i < n - 1; i++) indices[i] = i + 1;
  const values = new Float64Array(n);
  let count = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0) indices[i - 1] = i - 1;
    const value = statistic(indices);
    if (!Number.isNaN(value)) {
      values[count++] = value;
      total += value;
    }
  }
  const mean = total / count;
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < count; i++) {
    const d = mean - values[i]!;
    squares += d * d;
    cubes += d * d * d;
  }
  return squares > 0 ? cubes / (6 * squares ** 1.5) : 0;
}

function identityIndices(n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}
