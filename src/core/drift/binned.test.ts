import { describe, expect, it } from 'vitest';
import { createRng } from '../stats/random.js';
import { ksBinned, wassersteinBinned } from './binned.js';
import { ksTwoSample } from './methods/ks.js';
import { valueCounts } from './samples.js';
import { standardDeviation, wassersteinDistance } from './methods/wasserstein.js';

/** Integer samples: one bin per value makes the binned tests exact, which pins their arithmetic. */
function integers(seed: number, n: number, offset: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 30) + offset).sort();
}

describe('binned KS and Wasserstein', () => {
  const a = integers(1, 4000, 0);
  const b = integers(2, 3000, 2);
  const counts = valueCounts(a, b);
  const sums = (side: Float64Array) => Array.from(side, (c, i) => c * counts.values[i]!);

  it('KS from one bin per value has the D and the asymptotic p-value of ks_2samp on the values', () => {
    const raw = ksTwoSample(a, b, 'asymptotic');
    const binned = ksBinned(counts.a, counts.b);
    expect(binned.statistic).toBeCloseTo(raw.statistic, 12);
    expect(binned.pValue).toBeCloseTo(raw.pValue, 12);
    expect(binned.detail).toMatchObject({ approximation: 'binned', pValueMethod: 'asymptotic' });
  });

  it('KS over coarser bins sees D only at the edges: a lower bound of the raw D', () => {
    const pairs = (x: Float64Array) => Array.from({ length: 15 }, (_, k) => x[2 * k]! + x[2 * k + 1]!);
    expect(ksBinned(pairs(counts.a), pairs(counts.b)).statistic).toBeLessThanOrEqual(ksTwoSample(a, b).statistic + 1e-12);
  });

  it('Wasserstein from bin means equals the raw distance when each bin holds one value', () => {
    const binned = wassersteinBinned({ counts: counts.a, sums: sums(counts.a) }, { counts: counts.b, sums: sums(counts.b) }, standardDeviation(a));
    expect(binned.detail['distance']).toBeCloseTo(wassersteinDistance(a, b), 10);
    expect(binned.statistic).toBeCloseTo(wassersteinDistance(a, b) / standardDeviation(a), 10);
    expect(binned.drifted).toBe(true);
  });
});
