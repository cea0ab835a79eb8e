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
// Numeric columns are compared value by value (the default picks this test only for 3-5 distinct values).
import { DEFAULT_THRESHOLDS } from './defaults.js';
import { defineDriftTest } from './definition.js';
import { chiSquaredSf } from './gamma.js';
import { categoryCounts } from './samples.js';

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
    const counts = categoryCounts(reference, current);
    const result = chiSquaredHomogeneity(counts.reference, counts.current);
    return { statistic: result.statistic, score: result.pValue, detail: { degreesOfFreedom: result.degreesOfFreedom, categories: counts.labels.length } };
  },
});
