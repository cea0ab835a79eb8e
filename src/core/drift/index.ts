// Univariate data drift: pure functions from prepared columns to test results and a dataset decision.
export { adjustPValues } from './correction.js';
export { datasetDrift, decideDataset, detectDrift, resolveColumnMethod, testColumn } from './dataset.js';
export type { ColumnDrift, DatasetDrift, DriftSettings, EvaluatedColumnDrift, SettingSource, UnevaluatedColumnDrift } from './dataset.js';
export {
  BINARY_VALUES_MAX,
  CORRECTIONS,
  DEFAULT_CORRECTION,
  DEFAULT_DRIFT_SHARE,
  DEFAULT_THRESHOLDS,
  FEW_VALUES_MAX,
  SMALL_REFERENCE_MAX_VALUES,
  defaultMethod,
} from './defaults.js';
export type { Correction } from './defaults.js';
export { DriftError, defineDriftTest, sampleSize } from './definition.js';
export type {
  CategoricalSample,
  ColumnKind,
  DriftDetail,
  DriftErrorCode,
  DriftSample,
  DriftScoreKind,
  DriftTestDefinition,
  DriftTestResult,
  NumericSample,
} from './definition.js';
export { chiSquaredSf, regularizedGammaQ } from '../stats/gamma.js';
export { kstwoSf, smirnovSf } from '../stats/kolmogorov.js';
export { KS_EXACT_MAX_SIZE, ksTwoSample } from './methods/ks.js';
export type { KsPValueMethod, KsTwoSampleResult } from './methods/ks.js';
export { jensenShannonDistance } from './methods/jensenshannon.js';
export { DRIFT_TESTS, DRIFT_TEST_IDS, driftTestById, requireDriftTest } from './methods/registry.js';
export type { DriftTestId } from './methods/registry.js';
export { categoricalSamples, distinctValues, numericSample, prepareColumn } from './samples.js';
export type { MissingShare, MissingValues, PreparedColumn } from './samples.js';
export { wassersteinDistance } from './methods/wasserstein.js';
export { ksBinned, wassersteinBinned } from './binned.js';
export type { BinnedSide } from './binned.js';
export {
  DEFAULT_PROFILE_BINS,
  MAX_PROFILE_BINS,
  ProfileError,
  binIndex,
  binLabel,
  equalWidthEdges,
  groupBins,
  profileDrift,
  profileTable,
  referenceEdges,
  sturgesBins,
} from './profile.js';
export { parseProfile } from './profile-json.js';
export { PROFILE_API_VERSION, PROFILE_SCHEMA } from './profile-schema.js';
export type { CategoricalProfileColumn, CategoryCount, NumericProfileColumn, Profile, ProfileColumn, ProfileColumnSpec, ProfileOptions } from './profile.js';
export { SQL_DIALECTS, profileColumns, profileFromRows, profileSql } from './profile-sql.js';
export type { ProfileSqlOptions, ProfileSqlRow, SqlDialect } from './profile-sql.js';
export { DEFAULT_ALPHA, THRESHOLD_MODES } from './definition.js';
export type { DriftDecisionOptions, ThresholdMode } from './definition.js';
export { DEFAULT_THRESHOLD_MODE } from './defaults.js';
export { thresholdModeOf } from './dataset.js';
export { FIRST_STAGE_PERMUTATIONS, MAX_PERMUTATIONS, permutationTest } from './permutation.js';
export type { PermutationLayout, PermutationResult } from './permutation.js';
