// Pearson's chi-squared test of homogeneity on the 2 x k table of category counts (reference row, current
// row): X^2 = sum (O - E)^2 / E with E = row total x category total / N, k - 1 degrees of freedom. Same value
// as scipy.stats.chi2_contingency(table, correction=False); for two categories it equals the z-test squared.
//
// Deliberately not Evidently's "chisquare" test, which is scipy.stats.chisquare(current counts, expected =
// reference counts scaled to the current total): that treats the reference proportions as exact, so with
// samples of similar size its statistic is about twice a chi-squared variable under no drift and it alarms far
// more often than its threshold says (about 22% at alpha 0.05 for three categories and equal sizes; see the
// calibration test). With a reference much larger than the current sample the two agree.
//
// Numeric columns are binned first, as Evidently's get_binned_data: one bin per value up to 20 distinct
// reference values, else Sturges bins over both samples (so a continuous column forced to chi2 is not read
// as thousands of one-row categories, df ~ n, with no power).
//
// Sparse tables: the chi-squared distribution of X^2 needs expected counts of about 5 or more (Cochran); in
// threshold_mode 'calibrated', a table with an expected count below 5 gets the permutation p-value of X^2
// over the same cells instead (the exact conditional null, by Monte Carlo; permutation.ts).
import { countLayout } from '../cells.js';
import { DEFAULT_THRESHOLDS } from '../defaults.js';
import { defineDriftTest, type DriftSample } from '../definition.js';
import { chiSquaredSf } from '../../stats/gamma.js';
import { evidentlyBins } from '../samples.js';

/** Below this expected count the chi-squared approximation is not trusted (Cochran 1954). */
export const MIN_EXPECTED_COUNT = 5;

function chi2Cells(reference: DriftSample, current: DriftSample): { reference: Float64Array; current: Float64Array; binning: string; bins: number } {
  const binned = evidentlyBins(reference, current, 'chi2');
  return { reference: binned.reference, current: binned.current, binning: binned.binning, bins: binned.bins };
}

export interface ChiSquaredResult {
  statistic: number;
  degreesOfFreedom: number;
  pValue: number;
}

/** Chi-squared test of homogeneity of two rows of counts over the same categories (every category seen in at least one row). */
export function chiSquaredHomogeneity(referenceCounts: Float64Array, currentCounts: Float64Array): ChiSquaredResult {
  let referenceTotal = 0;
  let currentTotal = 0;
  let categories = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    referenceTotal += referenceCounts[i]!;
    currentTotal += currentCounts[i]!;
    if (referenceCounts[i]! + currentCounts[i]! > 0) categories++;
  }
  const total = referenceTotal + currentTotal;
  let statistic = 0;
  for (let i = 0; i < referenceCounts.length; i++) {
    const categoryTotal = referenceCounts[i]! + currentCounts[i]!;
    if (categoryTotal === 0) continue;
    const expectedReference = (referenceTotal * categoryTotal) / total;
    const expectedCurrent = (currentTotal * categoryTotal) / total;
    statistic += (referenceCounts[i]! - expectedReference) ** 2 / expectedReference + (currentCounts[i]! - expectedCurrent) ** 2 / expectedCurrent;
  }
  const degreesOfFreedom = categories - 1;
  // one category: nothing can differ (scipy reports statistic 0, p-value 1)
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
  return { statistic, degreesOfFreedom, pValue: chiSquaredSf(statistic, degreesOfFreedom) };
}

export const chi2 = defineDriftTest({
  id: 'chi2',
  name: 'chi-squared',
  description: "Pearson's chi-squared test of homogeneity of the category counts (k - 1 degrees of freedom)",
  appliesTo: ['categorical', 'numeric'],
  kind: 'p-value',
  defaultThreshold: DEFAULT_THRESHOLDS.chi2,
  compute(reference, current) {
    const cells = chi2Cells(reference, current);
    const result = chiSquaredHomogeneity(cells.reference, cells.current);
    return {
      statistic: result.statistic,
      score: result.pValue,
      detail: { degreesOfFreedom: result.degreesOfFreedom, categories: cells.bins, ...(reference.kind === 'numeric' ? { binning: cells.binning } : {}) },
    };
  },
  layout(reference, current) {
    const cells = chi2Cells(reference, current);
    let m = 0;
    let n = 0;
    for (let k = 0; k < cells.reference.length; k++) {
      m += cells.reference[k]!;
      n += cells.current[k]!;
    }
    let smallest = Number.POSITIVE_INFINITY;
    for (let k = 0; k < cells.reference.length; k++) {
      const pooled = cells.reference[k]! + cells.current[k]!;
      if (pooled > 0) smallest = Math.min(smallest, (pooled * Math.min(m, n)) / (m + n));
    }
    if (smallest >= MIN_EXPECTED_COUNT) return undefined;
    return countLayout(cells.reference, cells.current, (a, b) => chiSquaredHomogeneity(a, b).statistic, { sparse: true });
  },
});
