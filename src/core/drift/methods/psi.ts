// Population Stability Index, as Evidently's "psi" test (evidently/legacy/calculations/stattests/psi.py and
// utils.py get_binned_data): PSI = sum over bins (ref% - cur%) ln(ref% / cur%).
// Binning (not reference quantiles): a numeric column whose reference has more than 20 distinct values is cut
// into equal-width Sturges bins over reference and current together, numpy.histogram_bin_edges(concat,
// bins='sturges'); otherwise each value (or category) seen on either side is its own bin.
// Empty bins: on each side separately, a zero share becomes min(non-zero shares) / 1e6 when that minimum is at
// most 0.0001, else 0.0001 (get_binned_data's feel_zeroes). Drift when PSI >= threshold (default 0.1) in
// threshold_mode 'fixed'; calibrated, when the permutation p-value of PSI over the same bins is below alpha.
import { countLayout, total as sum } from '../cells.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { defineDriftTest } from '../definition.js';
import { evidentlyBins, shares } from '../samples.js';

/** Evidently's replacement for empty bins, in place. */
export function fillEmptyBins(percents: Float64Array): Float64Array {
  let smallest = Number.POSITIVE_INFINITY;
  for (const share of percents) if (share !== 0 && share < smallest) smallest = share;
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  for (let i = 0; i < percents.length; i++) if (percents[i] === 0) percents[i] = fill;
  return percents;
}

/** PSI of two share vectors (already free of zeros). */
export function populationStabilityIndex(referencePercents: Float64Array, currentPercents: Float64Array): number {
  let psi = 0;
  for (let i = 0; i < referencePercents.length; i++) {
    const r = referencePercents[i]!;
    const c = currentPercents[i]!;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}

export const psi = defineDriftTest({
  id: 'psi',
  name: 'PSI',
  description: "population stability index over Evidently's bins (Sturges bins for numeric columns with more than 20 values, else one bin per value)",
  appliesTo: ['numeric', 'categorical'],
  kind: 'distance',
  defaultThreshold: DEFAULT_THRESHOLDS.psi,
  compute(reference, current) {
    const binned = evidentlyBins(reference, current, 'psi');
    const referencePercents = fillEmptyBins(shares(binned.reference, total(binned.reference)));
    const currentPercents = fillEmptyBins(shares(binned.current, total(binned.current)));
    const value = populationStabilityIndex(referencePercents, currentPercents);
    return { statistic: value, score: value, detail: { binning: binned.binning, bins: binned.bins } };
  },
  layout(reference, current) {
    const binned = evidentlyBins(reference, current, 'psi');
    const m = sum(binned.reference);
    const n = sum(binned.current);
    return countLayout(binned.reference, binned.current, (a, b) => populationStabilityIndex(fillEmptyBins(shares(a, m)), fillEmptyBins(shares(b, n))));
  },
});

function total(counts: Float64Array): number {
  let sum = 0;
  for (const count of counts) sum += count;
  return sum;
}
