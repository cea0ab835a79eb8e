// The Kolmogorov-Smirnov distributions against scipy 1.17.1 (numpy 2.4.6): every value below was printed by
// scipy.stats.kstwo.sf(d, n) or scipy.special.smirnov(n, d). One point per branch of scipy's _kolmogn.
import { describe, expect, it } from 'vitest';
import { binomialProbability, ksEqualSizesSf, ksUnequalSizesSf, kstwoSf, roundHalfEven, smirnovSf } from './kolmogorov.js';

function expectRelative(actual: number, expected: number, relative = 1e-10): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('two-sided one-sample distribution (scipy.stats.kstwo.sf)', () => {
  it.each([
    [10, 0.07, 0.9999999619492741, 'Ruben-Gambino, d <= 1/n'],
    [500, 0.0015, 1.0, 'Ruben-Gambino, n > 140'],
    [10, 0.92, 2.1474836479999892e-11, 'd >= 1 - 1/n'],
    [10, 0.55, 0.0022805103214843725, 'd >= 0.5: twice the one-sided tail'],
    [50, 0.1, 0.6623112704658186, 'Durbin matrix'],
    [50, 0.2, 0.03143877776953241, 'Pomeranz'],
    [50, 0.35, 5.573523514803185e-6, 'n <= 140, n d^2 > 4: twice the one-sided tail'],
    [1000, 0.03, 0.3226902143914636, 'Pelz-Good'],
    [1000, 0.012, 0.9984464668620097, 'Durbin matrix, n > 140'],
    [1000, 0.06, 0.001428597887952891, 'n d^2 >= 2.2: twice the one-sided tail'],
    [200000, 0.002, 0.39995085369038097, 'Pelz-Good, n > 100000'],
    [2000000, 0.0012, 0.006297183259583361, "one-sided tail beyond xsf's 1e6 cut-off"],
  ])('kstwo.sf(%d, %f) (%s)', (n, d, expected) => {
    expectRelative(kstwoSf(n, d), expected);
  });

  it('is 1 at d <= 0, 0 at d >= 1, and 0 where n d^2 >= 370', () => {
    expect(kstwoSf(5, 0)).toBe(1);
    expect(kstwoSf(5, 1)).toBe(0);
    expect(kstwoSf(1000, 0.7)).toBe(0);
    expect(kstwoSf(200000, 0.05)).toBe(0);
    expect(() => kstwoSf(0, 0.5)).toThrow(/positive integer/);
  });
});

describe('one-sided distribution (scipy.special.smirnov)', () => {
  it.each([
    [1, 0.3, 0.7],
    [5, 0.1, 0.85359],
    [5, 0.5, 0.056],
    [20, 0.9, 1.0003433227539019e-20],
    [100, 0.05, 0.5871453380805337],
    [1000, 0.05, 0.006506037390545166],
    [100000, 0.004, 0.04065347569406545],
    [2000000, 0.0012, 0.0031485916297916807],
  ])('smirnov(%d, %f)', (n, d, expected) => {
    expectRelative(smirnovSf(n, d), expected);
  });

  it('agrees with the full Birnbaum-Tingey sum, so summing outward from the peak loses nothing', () => {
    // d sum_v C(n,v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v), every term, for n small enough to write it out
    const direct = (n: number, d: number): number => {
      let sum = 0;
      let binomial = 1;
      for (let v = 0; v <= Math.floor(n * (1 - d)); v++) {
        sum += binomial * (d + v / n) ** (v - 1) * (1 - d - v / n) ** (n - v);
        binomial = (binomial * (n - v)) / (v + 1);
      }
      return d * sum;
    };
    for (const [n, d] of [[30, 0.07], [30, 0.3], [120, 0.02], [120, 0.15], [400, 0.05]] as const) expectRelative(smirnovSf(n, d), direct(n, d), 1e-11);
  });
});

describe('binomial probabilities (Loader)', () => {
  it('match exact binomial probabilities, including far tails', () => {
    // C(10, 3) 0.3^3 0.7^7 and C(60, 1) 0.01 0.99^59, worked out by hand
    expectRelative(binomialProbability(3, 10, 0.3, 0.7), 120 * 0.3 ** 3 * 0.7 ** 7, 1e-14);
    expectRelative(binomialProbability(1, 60, 0.01, 0.99), 60 * 0.01 * 0.99 ** 59, 1e-13);
    expectRelative(binomialProbability(0, 40, 0.2, 0.8), 0.8 ** 40, 1e-14);
    expect(binomialProbability(5, 4, 0.5, 0.5)).toBe(0);
  });
});

describe('exact two-sample tails', () => {
  it('equal sizes: the reflection formula', () => {
    // n = 8, h = 5: D = 0.625 on Evidently's Anderson-Darling test data; scipy ks_2samp p = 0.08702408702408701
    expectRelative(ksEqualSizesSf(8, 5), 0.08702408702408701, 1e-13);
    expect(ksEqualSizesSf(8, 8)).toBeCloseTo(2 / 12870, 15); // both extreme orderings of C(16, 8) paths
  });

  it('unequal sizes: the lattice-path recursion agrees with the equal-size formula where both apply', () => {
    for (let h = 1; h <= 12; h++) expectRelative(ksUnequalSizesSf(12, 12, 12, h), ksEqualSizesSf(12, h), 1e-12);
  });
});

it('rounds halves to even, as numpy.round', () => {
  expect([0.5, 1.5, 2.5, 2.4, 2.6, 7].map(roundHalfEven)).toEqual([0, 2, 2, 2, 3, 7]);
});
