import { describe, expect, it } from 'vitest';
import { createRng, createRngFromState, sampleIndices, splitMix64 } from './random.js';

const take = (count: number, draw: () => number): number[] => Array.from({ length: count }, draw);

describe('xoshiro128** generator', () => {
  it('reproduces the reference sequence from state (1, 2, 3, 4)', () => {
    // Outputs of Blackman & Vigna's xoshiro128starstar.c (v1.1), compiled unmodified with a harness that
    // sets s[] = {1, 2, 3, 4}; the same ten values are the test vector of the Rust crate rand_xoshiro
    // (Xoshiro128StarStar::from_seed([1,0,0,0, 2,0,0,0, 3,0,0,0, 4,0,0,0])).
    const rng = createRngFromState([1, 2, 3, 4]);
    expect(take(10, rng.nextUint32)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });

  it('seeds through SplitMix64 exactly as the reference C code does', () => {
    // splitmix64.c (Vigna) from x = 0: its well-known first outputs.
    expect(splitMix64(0n, 2)).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n]);
    // xoshiro128starstar.c seeded with the first two splitmix64.c outputs, low 32-bit word first
    // (C harness: s[0] = (uint32_t)a, s[1] = a >> 32, s[2] = (uint32_t)b, s[3] = b >> 32).
    expect(take(8, createRng(0).nextUint32)).toEqual([3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774, 3260698944, 2754151956]);
    expect(take(8, createRng(42).nextUint32)).toEqual([1776835114, 4165204688, 17111135, 2317295270, 2792088233, 2554630222, 2940343271, 2244566231]);
    expect(take(8, createRng(Number.MAX_SAFE_INTEGER).nextUint32)).toEqual([
      1233166643, 1287031142, 661813442, 2960669951, 2601079046, 1036114921, 2300589652, 2591400186,
    ]);
  });

  it('gives the same stream for the same seed and a different one for another seed', () => {
    expect(take(100, createRng(7).nextFloat)).toEqual(take(100, createRng(7).nextFloat));
    expect(take(100, createRng(7).nextFloat)).not.toEqual(take(100, createRng(8).nextFloat));
  });

  it('draws floats in [0, 1) with mean near 1/2', () => {
    const values = take(100_000, createRng(3).nextFloat);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    // Standard error of the mean is sqrt(1/12 / 1e5) ~ 0.0009; the seed is fixed, so this never flakes.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004);
  });

  it('draws bounded integers without bias', () => {
    const rng = createRng(11);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.nextBelow(10)]!++;
    const expected = 10_000;
    const chiSquared = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 27.877 is the 0.999 quantile of chi-squared with 9 d.f. (scipy.stats.chi2.ppf(0.999, 9)).
    expect(chiSquared).toBeLessThan(27.877);
    // A bound that rejects almost half the draws (2^31 + 1) still lands every value in range.
    for (let i = 0; i < 1000; i++) expect(rng.nextBelow(2 ** 31 + 1)).toBeLessThanOrEqual(2 ** 31);
    expect(rng.nextBelow(1)).toBe(0);
  });

  it('rejects seeds and bounds it cannot honour', () => {
    expect(() => createRng(-1)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(/integer/);
    expect(() => createRng(2 ** 53)).toThrow(RangeError);
    expect(() => createRngFromState([0, 0, 0, 0])).toThrow(/zero/);
    expect(() => createRng(1).nextBelow(0)).toThrow(RangeError);
    expect(() => createRng(1).nextBelow(2 ** 32 + 1)).toThrow(RangeError);
  });
});

describe('sampleIndices', () => {
  it('fills the buffer with indices in range, the same as successive bounded draws', () => {
    const out = new Uint32Array(1000);
    const returned = sampleIndices(37, createRng(5), out);
    expect(returned).toBe(out);
    const reference = createRng(5);
    expect(Array.from(out)).toEqual(take(1000, () => reference.nextBelow(37)));
    expect(Math.max(...out)).toBeLessThan(37);
  });

  it('draws what rejection sampling on nextUint32 with a plain % gives, for every kind of bound', () => {
    // the definition, from the raw stream: reject draws at or above the largest multiple of the bound below 2^32
    const reference = (seed: number, bound: number, count: number): number[] => {
      const rng = createRng(seed);
      const limit = 2 ** 32 - (2 ** 32 % bound);
      return take(count, () => {
        let draw = rng.nextUint32();
        while (draw >= limit) draw = rng.nextUint32();
        return draw % bound;
      });
    };
    for (const bound of [1, 2, 7, 200, 65_537, 2 ** 31 - 1, 2 ** 31 + 1, 3_000_000_000, 2 ** 32 - 1, 2 ** 32]) {
      const expected = reference(bound % 1000, bound, 500);
      expect(Array.from(sampleIndices(bound, createRng(bound % 1000), new Uint32Array(500)))).toEqual(expected);
      const rng = createRng(bound % 1000);
      expect(take(500, () => rng.nextBelow(bound))).toEqual(expected);
    }
    // the buffer fill and single draws share one stream
    const mixed = createRng(3);
    const drawn = [...mixed.fillBelow(10, new Uint32Array(5)), mixed.nextBelow(10), ...mixed.fillBelow(10, new Uint32Array(4))];
    expect(drawn).toEqual(reference(3, 10, 10));
    expect(() => createRng(1).fillBelow(0, new Uint32Array(1))).toThrow(RangeError);
  });

  it("draws Fisher-Yates' bounds as nextBelow does, in the same stream", () => {
    for (const n of [0, 1, 2, 7, 200, 65_537]) {
      const rng = createRng(n + 11);
      const expected = new Uint32Array(n);
      for (let i = n - 1; i > 0; i--) expected[i] = rng.nextBelow(i + 1);
      const after = rng.nextUint32();
      const fast = createRng(n + 11);
      expect(Array.from(fast.fillShuffle(new Uint32Array(n).fill(9)))).toEqual(Array.from(expected));
      expect(fast.nextUint32()).toBe(after);
    }
    // bounds up to 3M: about a thousand draws are rejected on the way (2^32 mod bound of 2^32 each)
    const n = 3_000_001;
    const rng = createRng(5);
    const expected = new Uint32Array(n);
    for (let i = n - 1; i > 0; i--) expected[i] = rng.nextBelow(i + 1);
    const fast = createRng(5).fillShuffle(new Uint32Array(n));
    let same = true;
    for (let i = 0; i < n; i++) if (fast[i] !== expected[i]) same = false;
    expect(same).toBe(true);
  });

  it('samples with replacement: about 1 - 1/e of rows appear in a resample of size n', () => {
    const n = 10_000;
    const seen = new Set(sampleIndices(n, createRng(9), new Uint32Array(n)));
    // E = n (1 - (1 - 1/n)^n) ~ 6321.4, sd ~ 30; fixed seed.
    expect(seen.size).toBeGreaterThan(6200);
    expect(seen.size).toBeLessThan(6450);
  });
});
