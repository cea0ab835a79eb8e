// Exact binomial and multinomial draws from the seeded generator (stats/random.ts), for the count bootstrap.
//
// Why: every binary-classification fairness statistic is a function of a few counts per group (the
// confusion matrix of each group). Drawing n rows with replacement and counting them gives the counts
// of a Multinomial(n, observed cell shares) draw, exactly. Drawing the counts directly costs a few
// hundred random numbers per resample whatever n is, where drawing rows costs n: 1,000 resamples of a
// million rows take milliseconds instead of seconds.
//
// Binomial(n, p), exact up to floating-point rounding:
// - n·p < 30 (after taking p ≤ 1/2 by symmetry): inversion, a sequential search of the CDF from
//   P(0) = (1 - p)^n (Devroye, "Non-Uniform Random Variate Generation", 1986, X.4.3); it costs about
//   n·p + 1 steps;
// - otherwise Knuth's beta splitting (TAOCP vol. 2, 3rd ed., 3.4.1 F): the a-th smallest of n uniforms,
//   a = 1 + ⌊n/2⌋, is Beta(a, n + 1 - a); if it lies at or above p, the count below p is
//   Binomial(a - 1, p / X), else a + Binomial(n - a, (p - X) / (1 - X)). Each step halves n.
// Beta(a, b) = G_a / (G_a + G_b) with Gamma draws by Marsaglia & Tsang (ACM TOMS 26(3), 2000), shapes ≥ 1
// here; normal draws by Box-Muller.
import type { Rng } from '../stats/random.js';

/** Below this mean, inversion is cheaper than another beta split. */
const INVERSION_MEAN = 30;

function standardNormal(rng: Rng): number {
  const radius = Math.sqrt(-2 * Math.log(1 - rng.nextFloat()));
  return radius * Math.cos(2 * Math.PI * rng.nextFloat());
}

/** Gamma(shape, 1) for shape ≥ 1 (Marsaglia & Tsang). */
export function gammaDraw(shape: number, rng: Rng): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.nextFloat();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

function betaDraw(a: number, b: number, rng: Rng): number {
  const x = gammaDraw(a, rng);
  return x / (x + gammaDraw(b, rng));
}

function inversion(n: number, p: number, rng: Rng): number {
  const odds = p / (1 - p);
  let probability = Math.exp(n * Math.log1p(-p));
  let cumulative = probability;
  const u = rng.nextFloat();
  let x = 0;
  while (u >= cumulative && x < n) {
    x++;
    probability *= (odds * (n - x + 1)) / x;
    cumulative += probability;
  }
  return x;
}

/** One Binomial(n, p) draw; n a non-negative integer, p in [0, 1]. */
export function binomialDraw(n: number, p: number, rng: Rng): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomialDraw(n, 1 - p, rng);
  if (n * p < INVERSION_MEAN) return inversion(n, p, rng);
  const a = 1 + Math.floor(n / 2);
  const x = betaDraw(a, n + 1 - a, rng);
  return x >= p ? binomialDraw(a - 1, p / x, rng) : a + binomialDraw(n - a, (p - x) / (1 - x), rng);
}

/**
 * Counts of `n` draws with replacement from cells holding `weights` (non-negative integers, e.g. observed
 * counts), written into `out`: a Multinomial(n, weights / sum) draw, as conditional binomials.
 */
export function multinomialDraw(n: number, weights: ArrayLike<number>, rng: Rng, out: Float64Array): Float64Array {
  let remainingWeight = 0;
  for (let k = 0; k < weights.length; k++) remainingWeight += weights[k]!;
  let remaining = n;
  for (let k = 0; k < weights.length; k++) {
    const weight = weights[k]!;
    let draw = 0;
    if (remaining > 0 && weight > 0) draw = weight >= remainingWeight ? remaining : binomialDraw(remaining, weight / remainingWeight, rng);
    out[k] = draw;
    remaining -= draw;
    remainingWeight -= weight;
  }
  return out;
}
