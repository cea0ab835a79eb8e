// Distributions of Kolmogorov-Smirnov statistics, as scipy computes them (scipy 1.17, scipy/stats/_ksstats.py,
// scipy/stats/_stats_py.py, scipy/stats/_stats_pythran.py and xsf's cephes/kolmogorov.h):
//
// - kstwoSf(n, d) = P(D_n >= d), the two-sided one-sample statistic for n values: scipy.stats.kstwo.sf(d, n).
//   Simard & L'Ecuyer, "Computing the Two-Sided Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11),
//   2011, choose per (n, d) between Ruben-Gambino's closed forms, Durbin's matrix (Marsaglia, Tsang & Wang,
//   J. Stat. Softw. 8(18), 2003), Pomeranz's recursion (CACM 17(12), 1974), the Pelz-Good expansion (JRSS B
//   38(2), 1976) and twice the one-sided tail; the cut-offs are scipy's `_kolmogn`. ks_2samp's asymptotic
//   p-value is kstwo.sf(d, round(m n / (m + n))), not the limiting Kolmogorov distribution: with 20,000
//   reference rows and 10 current rows (n = 10), where kstwo gives p = 0.050 the limit gives 0.070.
// - smirnovSf(n, d) = P(D+_n >= d), the one-sided tail (scipy.special.smirnov), by the Smirnov/Birnbaum-Tingey
//   sum whose terms are binomial probabilities; each term is evaluated with Loader's saddle-point binomial
//   ("Fast and accurate computation of binomial probabilities", 2000, as R's dbinom_raw), so no factorial
//   overflows and no term loses precision. xsf does the same sum in double-double arithmetic.
// - The exact two-sample tail P(D_{m,n} >= h / lcm(m, n)) under the null: for m = n, scipy's
//   `_compute_prob_outside_square` (the reflection formula, summed by Horner); otherwise
//   `_compute_outer_prob_inside_method`, Hodges' lattice-path count ("The significance probability of the
//   Smirnov two-sample test", Ark. Mat. 3, 1958) with Viehmann's recursion for 1 - p (arXiv:2102.08037),
//   which keeps every value in [0, 1].
const SCALE_EXPONENT = 128;
const SCALE = 2 ** SCALE_EXPONENT;
const INVERSE_SCALE = 2 ** -SCALE_EXPONENT;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const MIN_LOG = -708;
// log of the smallest normal double, as cephes' MINLOG
const CEPHES_MIN_LOG = -7.451332191019412076235e2;

const clip = (p: number): number => Math.min(1, Math.max(0, p));

/** x * 2^exponent without overflowing an intermediate power of two. */
function ldexp(x: number, exponent: number): number {
  let value = x;
  let remaining = exponent;
  while (remaining > 1000) {
    value *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    value *= 2 ** -1000;
    remaining += 1000;
  }
  return value * 2 ** remaining;
}

/** numpy.round: halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

// Stirling coefficients B_2j / (2j (2j - 1)) for j = 8..1, highest power first (scipy's _STIRLING_COEFFS).
const STIRLING_COEFFICIENTS = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
  7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
] as const;

/** log(n! / n^n), by Stirling's series with n log n removed up front (scipy's _log_nfactorial_div_n_pow_n). */
function logFactorialOverPower(n: number): number {
  const inverse = 1 / n;
  const x = inverse / n;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * x + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + inverse * series;
}

/** P(D_n >= d) for the two-sided one-sample Kolmogorov-Smirnov statistic of n values (scipy.stats.kstwo.sf). */
export function kstwoSf(n: number, d: number): number {
  if (Number.isNaN(d)) return Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer; got ${n}`);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    // Ruben-Gambino: P(D_n <= d) = n!/n^n (2t - 1)^n for 1/(2n) <= d <= 1/n
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - d) ** n);
  if (d >= 0.5) return clip(2 * smirnovSf(n, d));
  const nxSquared = t * d;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, d));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, d));
    return clip(2 * smirnovSf(n, d));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clip(1 - cdf);
}

/** P(D_n <= d) by Durbin's matrix, computed as Marsaglia, Tsang & Wang do (scipy's _kolmogn_DMTW). */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  // v[j] = (1 - h^(j+1)) / (j+1)!, w[j] = 1 / j!
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;
  let matrix: Float64Array = new Float64Array(m * m);
  for (let column = 1; column < m; column++) {
    for (let row = column - 1; row < m; row++) matrix[row * m + column] = w[row - column + 1]!;
  }
  for (let row = 0; row < m; row++) matrix[row * m] = v[row]!;
  for (let column = 0; column < m; column++) matrix[(m - 1) * m + column] = v[m - 1 - column]!;

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let exponent = 0;
  let matrixExponent = 0;
  const centre = (k - 1) * m + (k - 1);
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    if (remaining === 1) break;
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[centre]!) > SCALE) {
      for (let i = 0; i < matrix.length; i++) matrix[i]! /= SCALE;
      matrixExponent += SCALE_EXPONENT;
    }
  }
  let p = power[centre]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < INVERSE_SCALE) {
      p *= SCALE;
      exponent -= SCALE_EXPONENT;
    }
  }
  if (exponent !== 0) p = ldexp(p, exponent);
  return clip(p);
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/** Row bounds of Pomeranz's recursion (scipy's _pomeranz_compute_j1j2). */
function pomeranzBounds(i: number, n: number, ll: number, ceilF: number, roundF: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** P(D_n <= d) by Pomeranz's recursion (scipy's _kolmogn_Pomeranz); used for n <= 140. */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1-2g)/n)^m/m!: Poisson probabilities without their normalising factor
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powers; m++) {
    gPower[m] = (gPower[m - 1]! * (g / n)) / m;
    twoGPower[m] = (twoGPower[m - 1]! * ((2 * g) / n)) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let v0 = new Float64Array(powers);
  let v1 = new Float64Array(powers);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const span = j2 - k1 + 1;
    if (span > 0) {
      const from = k1 - v0Start;
      const previous = v0.subarray(Math.max(0, from), Math.min(powers, from + span));
      const convolution = convolve(previous, weights.subarray(0, span));
      const start = j1 - k1;
      const length = j2 - j1 + 1;
      let largest = 0;
      for (let c = 0; c < length; c++) {
        const value = convolution[start + c] ?? 0;
        v1[c] = value;
        if (value > largest) largest = value;
      }
      if (largest > 0 && largest < INVERSE_SCALE) {
        for (let c = 0; c < powers; c++) v1[c]! *= SCALE;
        exponent -= SCALE_EXPONENT;
      }
      v1Start = v0Start + j1 - k1;
    }
  }
  let answer = v1[n - v1Start]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > SCALE) {
      answer *= INVERSE_SCALE;
      exponent += SCALE_EXPONENT;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = ldexp(answer, exponent);
  return clip(answer);
}

/** numpy.convolve(a, b), mode 'full'. */
function convolve(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 0 || b.length === 0) return new Float64Array(0);
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i]!;
    if (ai === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j]! += ai * b[j]!;
  }
  return out;
}

/** P(D_n <= d) by the Pelz-Good expansion (scipy's _kolmogn_PelzGood): for large n and small d. */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI_SQUARED / 8 / z2;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Horner over k of sum c_k q^((2k-1)^2)
  for (let k = maxK; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    terms[0] = terms[0]! * qPower + 1;
    terms[1] = terms[1]! * qPower + (k1a + k1b * m2);
    terms[2] = terms[2]! * qPower + (k2a + k2b * m2 + k2c * m4);
    terms[3] = terms[3]! * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i]! * q * SQRT_2PI) / divisors[i]!;
  q = Math.exp(-PI_SQUARED / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxK; k >= 1; k--) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2Extra += k2 * qPower;
    k3Extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qPower;
  }
  terms[2] = terms[2]! + (k2Extra * PI_SQUARED * SQRT_2PI) / (-36 * z3);
  terms[3] = terms[3]! + (k3Extra * PI_SQUARED * SQRT_2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += terms[i]! / n ** (i / 2);
  return sum;
}

/**
 * P(D+_n >= d), the one-sided Smirnov tail (scipy.special.smirnov): d times the sum over v = 0..floor(n(1-d))
 * of C(n, v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v), i.e. of (d / p_v) * Binomial(v; n, p_v) with p_v = d + v/n.
 * Special cases as xsf's _smirnov.
 */
export function smirnovSf(n: number, d: number): number {
  if (Number.isNaN(d)) return Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer; got ${n}`);
  if (n === 1) return clip(1 - d);
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const nd = n * d;
  const ndFloor = Math.floor(nd);
  const alpha = nd - ndFloor;
  if (ndFloor === 0 || (ndFloor === 1 && alpha === 0)) return clip(1 - d * (1 + d) ** (n - 1));
  if (-2 * n * d * d < CEPHES_MIN_LOG) return 0;
  if (ndFloor >= n - 1) return clip((1 - d) ** n);
  if (n > 1_000_000) {
    // xsf's approximation for very large n: p ~ exp(-(6nd + 1)^2 / (18n))
    const logP = -((6 * nd + 1) ** 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : clip(1 + Math.expm1(logP));
  }
  // the last term has 1 - d - v/n = 0 when n(1 - d) is an integer: it is 0 and left out
  const lastTerm = n - ndFloor - (alpha === 0 ? 1 : 0);
  const term = (v: number): number => {
    const p = d + v / n;
    const q = (n - v) / n - d;
    return q > 0 ? (d / p) * binomialProbability(v, n, p, q) : 0;
  };
  // The terms rise to one peak, near v = n (1/2 - d), and fall on both sides. Summing outward from the peak
  // and stopping once the terms left cannot move the sum takes O(sqrt n) terms instead of O(n).
  let peak = Math.min(lastTerm, Math.max(0, Math.round(n * (0.5 - d))));
  let peakTerm = term(peak);
  // each step's term computed once (the climb can be tens of thousands of steps at n = 500,000)
  for (let next: number; peak > 0 && (next = term(peak - 1)) > peakTerm; peak--) peakTerm = next;
  for (let next: number; peak < lastTerm && (next = term(peak + 1)) > peakTerm; peak++) peakTerm = next;
  let sum = peakTerm;
  for (let v = peak + 1; v <= lastTerm; v++) {
    const value = term(v);
    sum += value;
    if (4 * (lastTerm - v) * value < Number.EPSILON * sum) break;
  }
  for (let v = peak - 1; v >= 0; v--) {
    const value = term(v);
    sum += value;
    if (4 * v * value < Number.EPSILON * sum) break;
  }
  return clip(sum);
}

// log(k!) - log(sqrt(2 pi k) (k/e)^k) for k = 0..15 (k = 0 unused), computed with mpmath at 40 digits; these are
// the integer entries of R's sferr_halves table.
const STIRLING_ERRORS = [
  0, 0.08106146679532725821967026, 0.04134069595540929409382208, 0.02767792568499833914878929, 0.02079067210376509311152277,
  0.01664469118982119216319487, 0.01387612882307074799874573, 0.01189670994589177009505572, 0.01041126526197209649747857,
  0.009255462182712732917728637, 0.008330563433362871256469319, 0.007573675487951840794972024, 0.006942840107209529865664153,
  0.006408994188004207068439631, 0.005951370112758847735624416, 0.00555473355196280137103869,
] as const;

/** Error of Stirling's formula for log(k!), integer k (Loader's stirlerr; R's stirlerr for k > 15). */
function stirlingError(k: number): number {
  if (k <= 15) return STIRLING_ERRORS[k]!;
  const k2 = k * k;
  if (k > 500) return (1 / 12 - 1 / 360 / k2) / k;
  if (k > 80) return (1 / 12 - (1 / 360 - 1 / 1260 / k2) / k2) / k;
  if (k > 35) return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / k2) / k2) / k2) / k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / k2) / k2) / k2) / k2) / k;
}

/** x log(x / np) + np - x without cancellation (Loader's bd0). */
function deviance(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    if (Math.abs(s) < Number.MIN_VALUE) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
  }
  return x * Math.log(x / np) + np - x;
}

/** P(X = k) for X ~ Binomial(n, p), q = 1 - p passed separately for precision (Loader; R's dbinom_raw). */
export function binomialProbability(k: number, n: number, p: number, q: number): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
  if (k === n) return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
  if (k < 0 || k > n) return 0;
  const logCore = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  const logScale = LOG_2PI + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(logCore - 0.5 * logScale);
}

/**
 * P(D_{n,n} >= h/n) for two samples of n values each: 2 sum_k (-1)^(k+1) C(2n, n - kh) / C(2n, n), each ratio
 * a product of h factors, summed from the innermost term out (scipy's _compute_prob_outside_square).
 */
export function ksEqualSizesSf(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * P(D_{m,n} >= h / lcm(m, n)) for samples of m and n values, gcd g: the share of lattice paths from (0, 0) to
 * (m, n) that touch |x/m - y/n| >= h/lcm, by Viehmann's recursion for 1 - p over a sliding window of one
 * column (scipy's _compute_outer_prob_inside_method).
 */
export function ksUnequalSizesSf(sizeA: number, sizeB: number, g: number, h: number): number {
  const m = Math.max(sizeA, sizeB);
  const n = Math.min(sizeA, sizeB);
  const mg = m / g;
  const ng = n / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const window = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1);
  window.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = (window[jj + minJ - lastMinJ]! * i + value * j) / (i + j);
      window[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) window.fill(1, currentLength, currentLength + (lastLength - currentLength));
  }
  return window[maxJ - minJ - 1]!;
}

/** Greatest common divisor of two positive integers. */
export function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
