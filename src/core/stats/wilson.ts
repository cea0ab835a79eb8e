// Wilson's score interval for one binomial proportion (E. B. Wilson, "Probable inference, the law of
// succession, and statistical inference", JASA 22, 1927): the p whose score test |x/n - p| / sqrt(p(1-p)/n)
// stays below z. Unlike the Wald interval it keeps its coverage near p = 0 or 1 and on small n, and it is
// the building block of Newcombe's interval for a difference (newcombe.ts).
export interface ProportionInterval {
  lower: number;
  upper: number;
}

/** Wilson interval for x successes out of n at two-sided critical value z; [0, 1] when n is 0. */
export function wilsonInterval(x: number, n: number, z: number): ProportionInterval {
  if (!(n > 0)) return { lower: 0, upper: 1 };
  if (!(x >= 0 && x <= n)) throw new RangeError(`successes must be in [0, ${n}]; got ${x}`);
  const p = x / n;
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt(n * p * (1 - p) + z2 / 4)) / (n + z2);
  // exact ends at x = 0 and x = n (the formula gives them up to rounding)
  return { lower: x === 0 ? 0 : Math.max(0, centre - half), upper: x === n ? 1 : Math.min(1, centre + half) };
}
