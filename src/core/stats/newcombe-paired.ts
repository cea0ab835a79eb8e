// Newcombe's hybrid score ("square-and-add") interval for the difference of two paired proportions, such
// as the accuracies of two models on the same rows (R. G. Newcombe, "Improved confidence intervals for the
// difference between binomial proportions based on paired data", Statistics in Medicine 17, 1998,
// 2635-2650, method 10). From the Wilson intervals (l1, u1), (l2, u2) of p1 = (a + b) / N and
// p2 = (a + c) / N, with a = both right, b = only the first right, c = only the second right, d = neither:
//   lower = d̂ - sqrt((p1 - l1)² + (u2 - p2)² - 2 φ (p1 - l1)(u2 - p2))
//   upper = d̂ + sqrt((p2 - l2)² + (u1 - p1)² - 2 φ (p2 - l2)(u1 - p1)),   d̂ = p1 - p2 = (b - c) / N,
// where φ estimates the correlation of the two proportions, (ad - bc) / sqrt(product of the margins),
// with Newcombe's continuity correction (ad - bc - N/2 when ad - bc > N/2, 0 from 0 to N/2) and 0 when a
// margin is empty. Why this one: Fagerland, Lydersen & Laake ("Recommended tests and confidence intervals
// for paired binomial proportions", Statistics in Medicine 33, 2014) recommend it for the paired difference;
// it is closed form and keeps its coverage at small N and few discordant rows, where the percentile
// bootstrap of (b - c) / N is too narrow.
import { wilsonInterval, type ProportionInterval } from './wilson.js';

export interface PairedCounts {
  /** Rows both got right. */
  both: number;
  /** Rows only the first got right. */
  onlyFirst: number;
  /** Rows only the second got right. */
  onlySecond: number;
  /** Rows neither got right. */
  neither: number;
}

/** Newcombe's interval for p1 - p2 at two-sided critical value z; [-1, 1] when there are no rows. */
export function newcombePairedDifference(counts: PairedCounts, z: number): ProportionInterval {
  const { both: a, onlyFirst: b, onlySecond: c, neither: d } = counts;
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer count; got ${value}`);
  }
  const n = a + b + c + d;
  if (n === 0) return { lower: -1, upper: 1 };
  const first = a + b;
  const second = a + c;
  const p1 = first / n;
  const p2 = second / n;
  const w1 = wilsonInterval(first, n, z);
  const w2 = wilsonInterval(second, n, z);
  let phi = 0;
  if (first > 0 && first < n && second > 0 && second < n) {
    const cross = a * d - b * c;
    const margins = Math.sqrt(first) * Math.sqrt(n - first) * Math.sqrt(second) * Math.sqrt(n - second);
    phi = cross > n / 2 ? (cross - n / 2) / margins : cross >= 0 ? 0 : cross / margins;
  }
  const estimate = p1 - p2;
  const below = Math.sqrt(Math.max(0, (p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2 - 2 * phi * (p1 - w1.lower) * (w2.upper - p2)));
  const above = Math.sqrt(Math.max(0, (p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2 - 2 * phi * (p2 - w2.lower) * (w1.upper - p1)));
  return { lower: Math.max(-1, estimate - below), upper: Math.min(1, estimate + above) };
}
