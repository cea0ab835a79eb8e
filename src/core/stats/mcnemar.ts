// McNemar's test on paired correctness: did model A and model B make different numbers of mistakes on
// the same rows? Only the discordant rows count: b = rows only A got right, c = rows only B got right.
// Under the null, each discordant row is A's or B's with probability 1/2 (McNemar, Psychometrika 12,
// 1947).
//
// Method, when not forced:
// - b + c < 25: exact two-sided binomial test, p = min(1, 2 P(X <= min(b, c))), X ~ Binomial(b + c, 1/2).
//   This is what statsmodels' `mcnemar(table, exact=True)` and mlxtend's `mcnemar(ary, exact=True)`
//   compute. The cut-off is mlxtend's documented advice ("highly recommended to use exact=True for
//   sample sizes < 25", docstring of `mlxtend.evaluate.mcnemar`). The p-value is exact: the binomial
//   coefficients are integers below 2^53 and the divisor is a power of two. Both versions are
//   conservative (Fagerland, Lydersen & Laake, BMC Med. Res. Methodol. 13:91, 2013), which for a gate
//   means "no significant regression" is slightly easier to pass than the nominal level suggests.
// - b + c >= 25: chi-squared with Edwards' continuity correction, (|b - c| - 1)^2 / (b + c) on 1 d.f.,
//   as statsmodels' `mcnemar(table, exact=False, correction=True)`. One deliberate difference: when
//   b = c the corrected difference is clamped at 0 (statistic 0, p = 1); statsmodels and mlxtend would
//   square the -1 and report 1 / (b + c).
import { chiSquared1Sf } from './normal.js';

export type McNemarMethod = 'exact' | 'chi2-corrected';

export interface McNemarResult {
  /** Rows only model A got right. */
  b: number;
  /** Rows only model B got right. */
  c: number;
  /** min(b, c) for the exact test (statsmodels' convention); the corrected chi-squared otherwise. */
  statistic: number;
  /** Two-sided p-value of the null hypothesis that both models are equally often right. */
  pValue: number;
  method: McNemarMethod;
}

/** Below this many discordant rows the exact binomial test is used. */
export const MCNEMAR_EXACT_BELOW = 25;

// Binomial coefficients for n up to this many trials stay finite in doubles (C(1000, 500) ~ 2.7e299).
const MAX_EXACT_TRIALS = 1000;

export interface McNemarOptions {
  /** 'auto' (default) picks by MCNEMAR_EXACT_BELOW; the others force one method. */
  method?: 'auto' | McNemarMethod;
}

export function mcnemar(b: number, c: number, options: McNemarOptions = {}): McNemarResult {
  for (const [name, value] of [['b', b], ['c', c]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const discordant = b + c;
  const requested = options.method ?? 'auto';
  const method: McNemarMethod = requested === 'auto' ? (discordant < MCNEMAR_EXACT_BELOW ? 'exact' : 'chi2-corrected') : requested;

  if (method === 'exact') {
    const smaller = Math.min(b, c);
    return { b, c, statistic: smaller, pValue: exactTwoSidedHalfBinomial(smaller, discordant), method };
  }
  if (discordant === 0) return { b, c, statistic: 0, pValue: 1, method };
  const corrected = Math.max(0, Math.abs(b - c) - 1);
  const statistic = (corrected * corrected) / discordant;
  return { b, c, statistic, pValue: chiSquared1Sf(statistic), method };
}

/**
 * McNemar's test from per-row correctness of two models on the same rows (non-zero = correct).
 * Counts b (only A right) and c (only B right), then applies `mcnemar`.
 */
export function mcnemarFromCorrectness(correctA: ArrayLike<number>, correctB: ArrayLike<number>, options: McNemarOptions = {}): McNemarResult {
  if (correctA.length !== correctB.length) {
    throw new RangeError(`both models must be scored on the same rows; got ${correctA.length} and ${correctB.length} rows`);
  }
  let b = 0;
  let c = 0;
  for (let i = 0; i < correctA.length; i++) {
    const aRight = correctA[i] !== 0;
    const bRight = correctB[i] !== 0;
    if (aRight && !bRight) b++;
    else if (bRight && !aRight) c++;
  }
  return mcnemar(b, c, options);
}

/** min(1, 2 P(X <= k)) for X ~ Binomial(n, 1/2). */
function exactTwoSidedHalfBinomial(k: number, n: number): number {
  if (n > MAX_EXACT_TRIALS) {
    throw new RangeError(`the exact McNemar test supports at most ${MAX_EXACT_TRIALS} discordant rows; got ${n}: use 'chi2-corrected'`);
  }
  if (2 * k >= n) return 1;
  // C(n, i) by the integer recurrence C(n, i) = C(n, i - 1) (n - i + 1) / i: exact while below 2^53.
  let coefficient = 1;
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    coefficient = (coefficient * (n - i + 1)) / i;
    sum += coefficient;
  }
  // 2 * sum / 2^n; 2^(1 - n) is a power of two, so the scaling adds no rounding.
  return Math.min(1, sum * 2 ** (1 - n));
}
