// The radix sort must put values in exactly the order of Float64Array.prototype.sort (ECMA-262 TypedArray
// SortCompare: numeric order, -0 before +0), which is the order every drift test was checked against scipy in.
import { describe, expect, it } from 'vitest';
import { createRng } from './random.js';
import { sortFloat64, sortedFinite } from './radix-sort.js';

function expectNativeOrder(values: Float64Array): void {
  const expected = Float64Array.from(values).sort();
  const actual = sortFloat64(Float64Array.from(values));
  expect(actual.length).toBe(expected.length);
  let mismatch = -1;
  for (let i = 0; i < expected.length && mismatch < 0; i++) if (!Object.is(actual[i], expected[i])) mismatch = i;
  expect(mismatch, mismatch >= 0 ? `first difference at ${mismatch}: ${actual[mismatch]} vs ${expected[mismatch]}` : '').toBe(-1);
}

describe('sortFloat64', () => {
  const rng = createRng(18);
  it('orders signed values of every magnitude, with ties, as the native sort', () => {
    const values = Float64Array.from({ length: 50_000 }, () => {
      const magnitude = 10 ** (rng.nextFloat() * 600 - 300);
      return (rng.nextFloat() < 0.5 ? -1 : 1) * (rng.nextFloat() < 0.3 ? Math.round(magnitude) : magnitude);
    });
    expectNativeOrder(values);
  });

  it('puts -0 before +0 and handles subnormals and infinities', () => {
    const special = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, -Number.MAX_VALUE, Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1, -1];
    expectNativeOrder(Float64Array.from({ length: 20_000 }, (_, i) => special[(i * 7919) % special.length]!));
  });

  it('orders values rounded to 4 decimals (the ties real data has), where high digits are shared', () => {
    // every value in [1, 2): the sign and exponent digits are the same on all, and those passes are skipped
    expectNativeOrder(Float64Array.from({ length: 30_000 }, () => 1 + Math.round(rng.nextFloat() * 1e4) / 1e4));
    expectNativeOrder(Float64Array.from({ length: 30_000 }, () => Math.round((rng.nextFloat() - 0.5) * 8e4) / 1e4));
  });

  it('orders large samples (from 131,072 values: most significant digit first) as the native sort', () => {
    const special = [0, -0, 5e-324, -5e-324, -Number.MAX_VALUE, Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    expectNativeOrder(Float64Array.from({ length: 200_000 }, (_, i) => (i % 97 === 0 ? special[i % special.length]! : (rng.nextFloat() < 0.5 ? -1 : 1) * 10 ** (rng.nextFloat() * 40 - 20))));
    expectNativeOrder(Float64Array.from({ length: 150_000 }, () => Math.round((rng.nextFloat() - 0.5) * 8e4) / 1e4));
    // every value in [1, 2): the top digit is shared and its pass skipped
    expectNativeOrder(Float64Array.from({ length: 140_000 }, () => 1 + rng.nextFloat()));
    expectNativeOrder(new Float64Array(131_072).fill(7.5));
  });

  it('orders large samples split from the most significant digit down: ties, narrow ranges, both signs', () => {
    // a narrow range: every value in one top-16-bit bucket, split again and again down to the last bits
    expectNativeOrder(Float64Array.from({ length: 140_000 }, () => 1000 + rng.nextFloat() * 1e-3));
    expectNativeOrder(Float64Array.from({ length: 140_000 }, () => -1000 - rng.nextFloat() * 1e-9));
    // long runs of one value (more than an insertion sort's group) beside single values, negative and positive
    expectNativeOrder(Float64Array.from({ length: 150_000 }, (_, i) => (i % 5 === 0 ? rng.nextFloat() - 0.5 : Math.round((rng.nextFloat() - 0.5) * 40) / 1e4)));
    // values one ulp apart, and ties of -0 and +0 with the smallest subnormals
    expectNativeOrder(Float64Array.from({ length: 140_000 }, (_, i) => [0, -0, 5e-324, -5e-324, 1, 1 + 2 ** -52, -1, -1 - 2 ** -52][i % 8]!));
    // values spread over every exponent, few of them in each bucket
    expectNativeOrder(Float64Array.from({ length: 140_000 }, () => (rng.nextFloat() < 0.5 ? -1 : 1) * 2 ** (rng.nextFloat() * 2000 - 1000)));
  });

  it('orders large samples of float32 values (scores of a model) as the native sort, and a sample that only starts like them', () => {
    const scores = Float64Array.from({ length: 300_000 }, () => Math.fround(1 / (1 + Math.exp(-(rng.nextFloat() * 12 - 6)))));
    expectNativeOrder(scores);
    expectNativeOrder(Float64Array.from(scores, (v, i) => (i % 5 === 0 ? -v : v)));
    // float32 values first, then doubles with full mantissas
    expectNativeOrder(Float64Array.from(scores, (v, i) => (i < 1000 ? v : v + rng.nextFloat() * 1e-9)));
  });

  it('sorts a constant column, an already sorted one, a reversed one, a subarray and short arrays', () => {
    expectNativeOrder(new Float64Array(5000).fill(-3.25));
    expectNativeOrder(Float64Array.from({ length: 5000 }, (_, i) => i - 2500.5));
    expectNativeOrder(Float64Array.from({ length: 5000 }, (_, i) => 2500.5 - i));
    expectNativeOrder(Float64Array.from({ length: 7 }, (_, i) => (i * 3) % 7));
    const backing = Float64Array.from({ length: 6000 }, () => rng.nextFloat() - 0.5);
    const view = backing.subarray(1000, 5000);
    const expected = Float64Array.from(view).sort();
    const before = backing.slice(0, 1000);
    expect(sortFloat64(view)).toBe(view);
    expect(Array.from(view)).toEqual(Array.from(expected));
    expect(Array.from(backing.subarray(0, 1000))).toEqual(Array.from(before));
  });

  it('sorts a large subarray (most significant digit first, in place) without touching the values around it', () => {
    const backing = Float64Array.from({ length: 400_000 }, () => Math.fround(rng.nextFloat()));
    const view = backing.subarray(100_000, 300_000);
    const expected = Float64Array.from(view).sort();
    const head = backing.slice(0, 100_000);
    const tail = backing.slice(300_000);
    expect(sortFloat64(view)).toBe(view);
    expect(Buffer.from(view.buffer, view.byteOffset, view.byteLength).equals(Buffer.from(expected.buffer))).toBe(true);
    expect(Buffer.from(backing.buffer, 0, 800_000).equals(Buffer.from(head.buffer))).toBe(true);
    expect(Buffer.from(backing.buffer, 2_400_000).equals(Buffer.from(tail.buffer))).toBe(true);
  });
});

describe('sortedFinite', () => {
  it('drops NaN and ±Infinity, sorts the rest as the native sort, and leaves the input alone', () => {
    const rng = createRng(7);
    for (const missingShare of [0, 0.01, 0.5, 0.999]) {
      const values = Float64Array.from({ length: 20_000 }, (_, i) => {
        if (rng.nextFloat() < missingShare) return [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY][i % 3]!;
        return Math.round((rng.nextFloat() - 0.3) * 1e5) / 100;
      });
      const copy = Float64Array.from(values);
      const expected = values.filter((v) => Number.isFinite(v)).sort();
      const actual = sortedFinite(values);
      expect(actual.length).toBe(expected.length);
      expect(Array.from(actual)).toEqual(Array.from(expected));
      expect(Array.from(values)).toEqual(Array.from(copy));
    }
    expect(Array.from(sortedFinite(new Float64Array(3000).fill(2)))).toEqual(new Array(3000).fill(2));
    // a large sample with missing values, read through the 16-bit histograms
    const large = Float64Array.from({ length: 300_000 }, (_, i) => (i % 10 === 0 ? Number.NaN : i % 13 === 0 ? Number.NEGATIVE_INFINITY : Math.round((rng.nextFloat() - 0.5) * 1e6) / 1e3));
    const expected = large.filter((v) => Number.isFinite(v)).sort();
    const actual = sortedFinite(large);
    expect(actual.length).toBe(expected.length);
    expect(actual.every((v, i) => Object.is(v, expected[i]))).toBe(true);
  });
});
