// Every drift default in one place: each test's threshold, which test a column gets when the manifest says
// 'auto' (or nothing), the dataset's drift share and the multiple-testing correction.
//
// threshold_mode 'calibrated' (the default, issue 11): every column is decided at a false-alarm rate alpha
// (default 0.05) that holds at the sizes seen, so 'auto' needs no switch on the reference's size: numeric
// columns with more than 5 distinct values get KS (exact p-values up to 10,000 rows, asymptotic above; a
// permutation p-value when ties leave at most 1,000 distinct values), columns with 3-5 values or 3+ categories
// chi-squared, binary columns the z-test, at every size. KS, not a distance, because its p-value is exact
// or asymptotically exact without resampling and its power grows with both sizes.
//
// threshold_mode 'fixed' keeps Evidently's defaults, for teams migrating from it. They are Evidently's (evidently/legacy/calculations/stattests/registry.py `_get_default_stattest`, the
// `default_threshold` of each StatTest, and data_drift.py `get_dataset_drift`):
// - reference with at most 1000 non-missing values: numeric columns with more than 5 distinct values get KS;
//   columns with 3-5 values (numeric) or 3+ categories get chi-squared; 2 values or fewer, the z-test;
// - a larger reference: numeric columns with more than 5 distinct values get the normalised Wasserstein
//   distance, everything else the Jensen-Shannon distance;
// - distinct values are counted over reference and current together, missing values excluded;
// - p-value tests drift at p < 0.05; distances at >= 0.1; the dataset drifts when the share of drifted
//   columns is >= 0.5.
import type { ColumnKind, ThresholdMode } from './definition.js';

/** gates.drift.threshold_mode when the manifest says nothing. */
export const DEFAULT_THRESHOLD_MODE: ThresholdMode = 'calibrated';

/** Evidently's threshold of each test, by id (methods/registry.test.ts checks every registered test has one). */
export const DEFAULT_THRESHOLDS = Object.freeze({
  ks: 0.05,
  chi2: 0.05,
  z: 0.05,
  psi: 0.1,
  jensenshannon: 0.1,
  wasserstein: 0.1,
  hellinger: 0.1,
});

/** A reference with at most this many non-missing values gets statistical tests; a larger one, distances. */
export const SMALL_REFERENCE_MAX_VALUES = 1000;

/** Numeric columns with at most this many distinct values are compared as categories. */
export const FEW_VALUES_MAX = 5;

/** At most this many distinct values: a binary column, for the two-proportion z-test. */
export const BINARY_VALUES_MAX = 2;

/** The dataset has drifted when drifted columns / evaluated columns >= this share. */
export const DEFAULT_DRIFT_SHARE = 0.5;

export const CORRECTIONS = ['none', 'bonferroni', 'benjamini-hochberg'] as const;
export type Correction = (typeof CORRECTIONS)[number];

export const DEFAULT_CORRECTION: Correction = 'none';

/**
 * The test a column gets under 'auto': in 'calibrated' mode by kind and distinct values alone; in 'fixed' mode
 * the test Evidently would pick: by kind, the reference's non-missing values and the distinct
 * values of both sides together.
 */
export function defaultMethod(kind: ColumnKind, referenceValues: number, distinctValues: number, mode: ThresholdMode = 'fixed'): keyof typeof DEFAULT_THRESHOLDS {
  const fewValues = kind === 'categorical' || distinctValues <= FEW_VALUES_MAX;
  if (mode === 'calibrated' || referenceValues <= SMALL_REFERENCE_MAX_VALUES) {
    if (!fewValues) return 'ks';
    return distinctValues > BINARY_VALUES_MAX ? 'chi2' : 'z';
  }
  return fewValues ? 'jensenshannon' : 'wasserstein';
}
