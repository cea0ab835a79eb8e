// Permutation null of a drift statistic at the sample sizes seen, so a decision "drifted at alpha" alarms at
// rate alpha on data that did not drift, whatever the two sizes (issue 11). Every statistic that drift
// compares is a function of counts per cell of the pooled sample (a bin, a category, a distinct value or a
// run of adjacent values), so a permutation of the pooled rows is a draw of the smaller side's counts from the
// pooled counts, a multivariate hypergeometric draw: O(cells) per permutation, not O(rows). That is the exact
// permutation distribution of the statistic given the cells (the cells depend only on the pooled sample).
//
// Monte-Carlo p-value, seeded and deterministic: 199 permutations first; when (g + 1) / 200 (g: permutations
// at least as extreme as the data) is already above twice the threshold, the column cannot drift and we stop;
// otherwise 800 more, p = (g + 1) / 1000. Rejecting at p < alpha is a subset of rejecting with all 999, whose
// (g + 1) / (B + 1) is a valid p-value (Davison & Hinkley 1997, eq. 4.11), so the false-alarm rate stays at
// alpha; the two stages only save work on columns that are nowhere near drifting.
//
// Discrete statistics (KS on 6 distinct values, chi-squared on sparse cells) tie with the data's value in
// many permutations; counting every tie as "at least as extreme" makes the test conservative (2-3% false
// alarms at alpha 0.05 for KS on 6 values). Ties are broken at random instead, p = (g_> + U (g_= + 1)) /
// (B + 1) with U uniform from the same seeded stream: the randomised permutation p-value, exactly uniform
// under no drift (Lehmann & Romano, Testing Statistical Hypotheses, sec. 17.2), so the rate is alpha.
import type { Rng } from '../stats/random.js';
import { createRng } from '../stats/random.js';

/** Permutations before the early stop, and in all. */
export const FIRST_STAGE_PERMUTATIONS = 199;
export const MAX_PERMUTATIONS = 999;

/** The cells a statistic is computed over, and the statistic as a function of the counts of both sides. */
export interface PermutationLayout {
  /** Rows per cell, reference and current together (integers). */
  pooled: Float64Array;
  /** The reference's rows per cell in the data. */
  reference: Float64Array;
  /** The statistic from both sides' counts per cell; larger means more different. */
  statistic(referenceCounts: Float64Array, currentCounts: Float64Array): number;
}

export interface PermutationOptions {
  seed: number;
  /** Decision threshold on the p-value; decides the early stop. */
  alpha: number;
  /** Also estimate P(statistic >= this) under no drift (the false-alarm rate of a fixed threshold). */
  fixedThreshold?: number;
  /** Run exactly this many permutations (no early stop). */
  permutations?: number;
}

export interface PermutationResult {
  /** The statistic on the data (over the layout's cells). */
  observed: number;
  /** (g_> + U (g_= + 1)) / (B + 1): permutations above the data's statistic, ties broken at random. */
  pValue: number;
  permutations: number;
  /** The (1 - alpha) quantile of the permutation statistics: the statistic from which a column drifts. */
  critical: number;
  /** Share of permutations with statistic >= fixedThreshold (when asked). */
  fixedFalseAlarmRate?: number;
}

// Values within a relative 1e-12 of the observed statistic count as ties with it (summation order differs).
const TIE_TOLERANCE = 1e-12;

/** The permutation p-value of `layout`'s statistic. */
export function permutationTest(layout: PermutationLayout, options: PermutationOptions): PermutationResult {
  const cells = layout.pooled.length;
  const m = sum(layout.reference);
  const n = sum(layout.pooled) - m;
  const current = new Float64Array(cells);
  for (let k = 0; k < cells; k++) current[k] = layout.pooled[k]! - layout.reference[k]!;
  const observed = layout.statistic(layout.reference, current);
  const bar = observed - TIE_TOLERANCE * Math.max(1, Math.abs(observed));
  const top = observed + TIE_TOLERANCE * Math.max(1, Math.abs(observed));

  ensureLogFactorials(m + n);
  const rng = createRng(dataSeed(options.seed, layout.reference));
  const sampler = countSampler(layout.pooled, Math.min(m, n), rng);
  const state: NullState = { nulls: new Float64Array(MAX_PERMUTATIONS), count: 0, exceed: 0, ties: 0, fixedHits: 0 };
  const run = (count: number): void => permute(layout, sampler, m <= n, bar, top, options.fixedThreshold ?? Number.POSITIVE_INFINITY, count, state);
  const tieBreak = rng.nextFloat();
  // no difference at all (a statistic of 0, the smallest there is) is p = 1, not a coin flip among ties
  const identical = Math.abs(observed) <= TIE_TOLERANCE;
  const pValueNow = (): number => (identical ? 1 : (state.exceed + tieBreak * (state.ties + 1)) / (state.count + 1));
  if (options.permutations !== undefined) {
    state.nulls = new Float64Array(options.permutations);
    run(options.permutations);
  } else {
    run(FIRST_STAGE_PERMUTATIONS);
    if (pValueNow() <= 2 * options.alpha) run(MAX_PERMUTATIONS - FIRST_STAGE_PERMUTATIONS);
  }
  const { fixedHits } = state;
  const nulls = state.nulls.subarray(0, state.count);
  const sorted = Float64Array.from(nulls).sort();
  const critical = sorted[Math.min(sorted.length - 1, Math.ceil((1 - options.alpha) * (sorted.length + 1)) - 1)]!;
  return {
    observed,
    pValue: pValueNow(),
    permutations: nulls.length,
    critical,
    ...(options.fixedThreshold !== undefined ? { fixedFalseAlarmRate: fixedHits / nulls.length } : {}),
  };
}

interface NullState {
  nulls: Float64Array;
  count: number;
  /** Permutations strictly above the data's statistic, and tied with it. */
  exceed: number;
  ties: number;
  fixedHits: number;
}

/** `count` permutations: the smaller side's counts drawn, the other side's the rest. */
function permute(layout: PermutationLayout, sampler: (out: Float64Array) => void, drawReference: boolean, bar: number, top: number, fixed: number, count: number, state: NullState): void {
  const pooled = layout.pooled;
  const cells = pooled.length;
  const a = new Float64Array(cells);
  const b = new Float64Array(cells);
  const drawn = drawReference ? a : b;
  const rest = drawReference ? b : a;
  const { nulls } = state;
  let exceed = 0;
  let ties = 0;
  let fixedHits = 0;
  let at = state.count;
  for (let i = 0; i < count; i++) {
    sampler(drawn);
    for (let k = 0; k < cells; k++) rest[k] = pooled[k]! - drawn[k]!;
    const value = layout.statistic(a, b);
    nulls[at++] = value;
    if (value > top) exceed++;
    else if (value >= bar) ties++;
    if (value >= fixed) fixedHits++;
  }
  state.count = at;
  state.exceed += exceed;
  state.ties += ties;
  state.fixedHits += fixedHits;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k]!;
  return total;
}

/**
 * A sampler of `draws` rows without replacement from the pooled cells, as counts per cell. Few draws: pick
 * rows one by one (a partial shuffle); many: one hypergeometric draw per cell.
 */
function countSampler(pooled: Float64Array, draws: number, rng: Rng): (out: Float64Array) => void {
  const cells = pooled.length;
  const total = sum(pooled);
  if (draws <= 8 * cells || draws <= 2000) {
    const cellOfRow = new Uint32Array(total);
    let row = 0;
    for (let k = 0; k < cells; k++) for (let c = 0; c < pooled[k]!; c++) cellOfRow[row++] = k;
    // a partial Fisher-Yates shuffle: the first `draws` rows of a uniformly shuffled order (the array
    // stays a permutation between calls, so no reset is needed)
    return (out) => {
      out.fill(0);
      for (let i = 0; i < draws; i++) {
        const j = i + below(rng, total - i);
        const cell = cellOfRow[j]!;
        cellOfRow[j] = cellOfRow[i]!;
        cellOfRow[i] = cell;
        out[cell]!++;
      }
    };
  }
  return (out) => {
    let remaining = total;
    let left = draws;
    for (let k = 0; k < cells; k++) {
      const size = pooled[k]!;
      const x = left === 0 ? 0 : left === remaining ? size : hypergeometric(rng, remaining, size, left);
      out[k] = x;
      left -= x;
      remaining -= size;
    }
  };
}

const TWO_POW_32 = 4294967296;

/**
 * An integer uniform on [0, bound) by Lemire's multiply-and-reject ("Fast random integer generation in an
 * interval", ACM TOMACS 29(1), 2019): exact for bound <= 2^21, where the 53-bit product cannot round, and
 * without the floating-point modulo that makes Rng.nextBelow slow; larger bounds use nextBelow.
 */
export function below(rng: Rng, bound: number): number {
  if (bound > 2097152) return rng.nextBelow(bound);
  for (;;) {
    const product = rng.nextUint32() * bound;
    const high = Math.floor(product / TWO_POW_32);
    const low = product - high * TWO_POW_32;
    if (low >= bound || low >= (TWO_POW_32 - bound) % bound) return high;
  }
}

/**
 * One draw of the number of successes in `draws` rows taken without replacement from `population` rows of
 * which `successes` are successes. Narrow distributions: exact inversion, searching outward from the mode
 * (pmf ratios), expected work about one standard deviation. Wide ones (a standard deviation above
 * RATIO_OF_UNIFORMS_MIN_SD, e.g. the cells of a million-row permutation): ratio of uniforms, constant work.
 */
export function hypergeometric(rng: Rng, population: number, successes: number, draws: number): number {
  const low = Math.max(0, draws - (population - successes));
  const high = Math.min(draws, successes);
  if (low === high) return low;
  const variance = (draws * successes * (population - successes) * (population - draws)) / (population * population * (population - 1));
  if (variance > RATIO_OF_UNIFORMS_MIN_SD * RATIO_OF_UNIFORMS_MIN_SD) return hypergeometricRatioOfUniforms(rng, population, successes, draws);
  const mode = Math.min(high, Math.max(low, Math.floor(((draws + 1) * (successes + 1)) / (population + 2))));
  const failures = population - successes;
  const logAtMode =
    logFactorial(successes) - logFactorial(mode) - logFactorial(successes - mode) + logFactorial(failures) - logFactorial(draws - mode) - logFactorial(failures - draws + mode) -
    (logFactorial(population) - logFactorial(draws) - logFactorial(population - draws));
  const atMode = Math.exp(logAtMode);
  let u = rng.nextFloat() - atMode;
  if (u < 0) return mode;
  // p(x + 1) / p(x) = (K - x)(n - x) / ((x + 1)(N - K - n + x + 1))
  let up = mode;
  let down = mode;
  let pUp = atMode;
  let pDown = atMode;
  for (;;) {
    if (up < high) {
      pUp *= ((successes - up) * (draws - up)) / ((up + 1) * (failures - draws + up + 1));
      up++;
      u -= pUp;
      if (u < 0) return up;
    }
    if (down > low) {
      pDown *= (down * (failures - draws + down)) / ((successes - down + 1) * (draws - down + 1));
      down--;
      u -= pDown;
      if (u < 0) return down;
    }
    // rounding left a sliver of probability unassigned: start again (probability ~1e-15)
    if (up >= high && down <= low) return hypergeometric(rng, population, successes, draws);
  }
}

/** Above this standard deviation the ratio-of-uniforms sampler (about 1.3 candidates) beats inversion. */
const RATIO_OF_UNIFORMS_MIN_SD = 8;
// Stadlober's constants: 2 sqrt(2 / e) and 3 - 2 sqrt(3 / e)
const HRUA_D1 = 1.7155277699214135;
const HRUA_D2 = 0.8989161620588988;

/**
 * Hypergeometric by Stadlober's ratio of uniforms with a table-mountain hat, "HRUA" (E. Stadlober, "Sampling
 * from Poisson, binomial and hypergeometric distributions: ratio of uniforms as a simple and fast
 * alternative", 1989; the algorithm of numpy's Generator.hypergeometric): an exact rejection sampler. It works
 * on the smaller of successes/failures and of draws/non-draws, and maps the draw back. Candidates are cut at
 * 16 standard deviations past the mean, as numpy does (the mass there is below 1e-50).
 */
function hypergeometricRatioOfUniforms(rng: Rng, population: number, successes: number, draws: number): number {
  const sample = Math.min(draws, population - draws);
  const fewer = Math.min(successes, population - successes);
  const more = population - fewer;
  const p = fewer / population;
  const q = more / population;
  const a = sample * p + 0.5;
  const c = Math.sqrt(((population - sample) * sample * p * q) / (population - 1) + 0.5);
  const h = HRUA_D1 * c + HRUA_D2;
  const mode = Math.floor(((sample + 1) * (fewer + 1)) / (population + 2));
  const atMode = logFactorial(mode) + logFactorial(fewer - mode) + stirlingLogFactorial(sample - mode) + stirlingLogFactorial(more - sample + mode);
  const table = logFactorials;
  const bound = Math.min(Math.min(sample, fewer) + 1, Math.floor(a + 16 * c));
  let k: number;
  for (;;) {
    const u = rng.nextFloat();
    const v = rng.nextFloat();
    if (u === 0) continue;
    const x = a + (h * (v - 0.5)) / u;
    if (x < 0 || x >= bound) continue;
    k = Math.floor(x);
    // k and fewer - k are small and their table entries stay in cache; sample - k and more - sample + k are
    // near the population's size, a different stretch of the 16 MiB table for each cell, where a cache miss
    // costs more than Stirling's series (the same value: the table holds stirlingLogFactorial's)
    const t =
      atMode -
      (fewer < table.length
        ? table[k]! + table[fewer - k]! + stirlingLogFactorial(sample - k) + stirlingLogFactorial(more - sample + k)
        : logFactorial(k) + logFactorial(fewer - k) + logFactorial(sample - k) + logFactorial(more - sample + k));
    // squeezes: accept below 4u - u^2 - 3 <= ln(u^2), reject above u (u - t) >= 1; the exact test otherwise
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * Math.log(u) <= t) break;
  }
  if (successes > population - successes) k = sample - k;
  if (sample < draws) k = successes - k;
  return k;
}

const SMALL_LOG_FACTORIALS = (() => {
  const table = new Float64Array(32);
  for (let k = 2; k < table.length; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();

/** ln(k!) for an integer k >= 0: from the table of ln(k!) when filled that far (ensureLogFactorials), else stirlingLogFactorial. */
export function logFactorial(k: number): number {
  return k < logFactorials.length ? logFactorials[k]! : stirlingLogFactorial(k);
}

/** ln(k!) for an integer k >= 0: a table below 32, Stirling's series above (error below 1e-15 relative). */
export function stirlingLogFactorial(k: number): number {
  if (k < SMALL_LOG_FACTORIALS.length) return SMALL_LOG_FACTORIALS[k]!;
  const n = k + 1;
  const inverse = 1 / n;
  const inverse2 = inverse * inverse;
  return (n - 0.5) * Math.log(n) - n + 0.9189385332046728 + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680)));
}

/** The table of ln(k!) grows no further than this (32 MiB): above, each value is computed. */
export const LOG_FACTORIAL_TABLE_MAX = 1 << 22;
// the same values stirlingLogFactorial gives, so a draw does not depend on whether the table was filled
let logFactorials = new Float64Array(0);

/**
 * Fills the table of ln(k!) up to k = `upTo` (at most LOG_FACTORIAL_TABLE_MAX): each hypergeometric draw
 * takes 4-9 of them, a million-row permutation test ~1.3 million, so one Math.log each is most of its cost.
 */
export function ensureLogFactorials(upTo: number): void {
  const size = Math.min(LOG_FACTORIAL_TABLE_MAX, upTo + 1);
  if (size <= logFactorials.length) return;
  const grown = new Float64Array(Math.min(LOG_FACTORIAL_TABLE_MAX, Math.max(size, 2 * logFactorials.length)));
  grown.set(logFactorials);
  for (let k = logFactorials.length; k < grown.length; k++) grown[k] = stirlingLogFactorial(k);
  logFactorials = grown;
}

/**
 * The permutations' seed: the caller's (the column's) mixed with the reference's counts per cell. The same data
 * always gets the same permutations (a report is reproducible), and each new sample gets fresh ones: with one
 * fixed set of 199 permutations for every run, a rank statistic such as KS would compare every run with the
 * same estimated critical value, and the false-alarm rate over runs would be that estimate's, off by up to
 * +-0.03 at alpha 0.05, instead of alpha.
 */
function dataSeed(seed: number, counts: Float64Array): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let k = 0; k < counts.length; k++) {
    hash ^= counts[k]! + k;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash + (Math.floor(seed / 2 ** 32) % 2 ** 20) * 2 ** 32;
}

/** A seed for a column's permutations: FNV-1a of its name, so a report is reproducible. */
export function columnSeed(name: string, salt = 0): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash + salt * 2 ** 32;
}
