// Koopman's asymptotic score interval for the ratio of two independent binomial proportions, p1 / p2
// (P. A. R. Koopman, "Confidence intervals for the ratio of two binomial proportions", Biometrics 40, 1984;
// the score form of O. Miettinen & M. Nurminen, Statistics in Medicine 4, 1985, without their N/(N-1)
// variance factor). The interval is every θ the score test of p1 = θ p2 does not reject:
//   z(θ)² = (p̂1 - θ p̂2)² / (p̃1 (1 - p̃1) / n1 + θ² p̃2 (1 - p̃2) / n2) ≤ z²,
// with (p̃1, p̃2) = (θ p̃2, p̃2) the maximum-likelihood estimates under p1 = θ p2, the smaller root of
//   N θ p̃2² - (n1 θ + x1 + n2 + x2 θ) p̃2 + (x1 + x2) = 0,  N = n1 + n2.
// Why this one: unlike Katz's log interval it needs no 0.5 added to zero counts, it is defined when a
// count is 0 (lower end 0 when x1 = 0, upper end ∞ when x2 = 0), and its coverage stays near nominal at
// small n and at θ = 1 (Koopman 1984; Fagerland, Lydersen & Laake, "Recommended confidence intervals for
// two independent binomial proportions", Stat Methods Med Res 24, 2015, recommend it). statsmodels:
// confint_proportions_2indep(compare='ratio', method='score', correction=False). The ends are found by
// bisection on log θ; z(θ)² grows monotonically away from θ̂ = p̂1 / p̂2 on each side.
import type { ProportionInterval } from './wilson.js';

const LOG_LIMIT = Math.log(1e12);
const BISECTIONS = 100;

/** Score statistic z(θ)² of p1 = θ p2. */
export function koopmanScore(x1: number, n1: number, x2: number, n2: number, theta: number): number {
  const total = n1 + n2;
  const b = n1 * theta + x1 + n2 + x2 * theta;
  const a = total * theta;
  const c = x1 + x2;
  const discriminant = Math.max(0, b * b - 4 * a * c);
  // the smaller root, in the cancellation-free form 2c / (b + sqrt(b² - 4ac))
  const p2 = c === 0 ? 0 : (2 * c) / (b + Math.sqrt(discriminant));
  const p1 = theta * p2;
  const variance = (p1 * (1 - p1)) / n1 + (theta * theta * p2 * (1 - p2)) / n2;
  const difference = x1 / n1 - (theta * x2) / n2;
  if (variance <= 0) return difference === 0 ? 0 : Infinity;
  return (difference * difference) / variance;
}

/**
 * Koopman's interval for (x1/n1) / (x2/n2) at two-sided critical value z. [0, ∞] when a proportion has no
 * trials or both counts are 0 (the ratio is 0/0).
 */
export function koopmanRatio(x1: number, n1: number, x2: number, n2: number, z: number): ProportionInterval {
  if (!(n1 > 0 && n2 > 0) || (x1 === 0 && x2 === 0)) return { lower: 0, upper: Infinity };
  const critical = z * z;
  const rejects = (logTheta: number): boolean => koopmanScore(x1, n1, x2, n2, Math.exp(logTheta)) > critical;
  const estimate = x1 === 0 ? -LOG_LIMIT : x2 === 0 ? LOG_LIMIT : Math.log(x1 / n1 / (x2 / n2));
  const end = (direction: 1 | -1): number => {
    // walk out from the estimate in doubling steps until the score test rejects, then bisect
    let inside = estimate;
    let step = 0.125;
    let outside = estimate + direction * step;
    while (!rejects(outside)) {
      inside = outside;
      step *= 2;
      outside = estimate + direction * step;
      if (Math.abs(outside) > LOG_LIMIT) return direction === 1 ? Infinity : 0;
    }
    for (let i = 0; i < BISECTIONS && Math.abs(outside - inside) > 1e-12; i++) {
      const middle = (inside + outside) / 2;
      if (rejects(middle)) outside = middle;
      else inside = middle;
    }
    return Math.exp((inside + outside) / 2);
  };
  return { lower: x1 === 0 ? 0 : end(-1), upper: x2 === 0 ? Infinity : end(1) };
}
