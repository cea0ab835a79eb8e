// The chi-squared upper tail through the regularized upper incomplete gamma function Q(a, x) = Gamma(a, x) / Gamma(a).
//
// Q is computed as Numerical Recipes (Press et al., 3rd ed., 2007, §6.2) and cephes' igamc do: below x = a + 1
// the series for P = 1 - Q (whose terms are all positive, and P is not close to 1 there, so 1 - P keeps its
// precision); above, Legendre's continued fraction for Q itself, by the modified Lentz method, so small tails
// keep full relative precision. log Gamma(a) is simple-statistics' `gammaln` (Lanczos, g = 607/128, 15 terms,
// about 1e-15). One degree of freedom goes through the normal tail (normal.ts), which is exact to the last digit.
import { gammaln } from 'simple-statistics';
import { chiSquared1Sf } from './normal.js';

const MAX_ITERATIONS = 100_000;
const TINY = 1e-300;

/** Q(a, x) = Gamma(a, x) / Gamma(a), the regularized upper incomplete gamma function, for a > 0 and x >= 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  // log of x^a e^-x / Gamma(a), the factor both expansions share
  const logPrefactor = a * Math.log(x) - x - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * Number.EPSILON) break;
    }
    return Math.min(1, Math.max(0, 1 - sum * Math.exp(logPrefactor)));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < Number.EPSILON) break;
  }
  return Math.min(1, Math.max(0, Math.exp(logPrefactor) * fraction));
}

/** P(X > statistic) for X chi-squared with `degreesOfFreedom` (a positive integer): scipy.stats.chi2.sf. */
export function chiSquaredSf(statistic: number, degreesOfFreedom: number): number {
  if (Number.isNaN(statistic)) return Number.NaN;
  if (!Number.isSafeInteger(degreesOfFreedom) || degreesOfFreedom < 1) throw new RangeError(`degrees of freedom must be a positive integer; got ${degreesOfFreedom}`);
  if (statistic <= 0) return 1;
  if (degreesOfFreedom === 1) return chiSquared1Sf(statistic);
  if (degreesOfFreedom === 2) return Math.exp(-statistic / 2);
  return regularizedGammaQ(degreesOfFreedom / 2, statistic / 2);
}
