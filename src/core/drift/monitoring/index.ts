// Monitoring: multivariate drift by a domain classifier, and label-free performance estimation (CBPE).
// Pure functions: typed arrays and Tables in, plain objects out; every random choice seeded.
export {
  DEFAULT_ALPHA,
  DEFAULT_FOLDS,
  DEFAULT_PERMUTATIONS,
  DEFAULT_MAX_ROWS_PER_SIDE,
  DEFAULT_PERMUTATION_REPEATS,
  DEFAULT_TOP_CATEGORIES,
  DomainClassifierError,
  STANDARDISED_CLIP,
  domainClassifier,
} from './domain-classifier.js';
export type { DomainClassifierOptions, DomainClassifierResult, DomainFeatureImportance, EncodedFeature, SideRows, SkippedColumn } from './domain-classifier.js';
export {
  CBPE_METRICS,
  CbpeError,
  DEFAULT_REFERENCE_CHUNKS,
  SAMPLING_ERROR_RANGE,
  THRESHOLD_STD_MULTIPLIER,
  cbpe,
  estimateCbpe,
  estimateRocAuc,
  expectedConfusion,
  fitCbpe,
  samplingErrorComponents,
  standardErrors,
} from './cbpe.js';
export { MULTICLASS_CBPE_METRICS, estimateMulticlassCbpe, fitMulticlassCbpe } from './cbpe-multiclass.js';
export type { MulticlassCbpeMetricId, MulticlassCbpeModel, MulticlassCbpeReference } from './cbpe-multiclass.js';
export type { AlertThresholds, CbpeCurrent, CbpeMetricId, CbpeMetricResult, CbpeModel, CbpeOptions, CbpeReference, CbpeResult, ExpectedConfusionMatrix, SamplingErrorComponents } from './cbpe.js';
export {
  CalibrationError,
  DEFAULT_CALIBRATION_BINS,
  DEFAULT_CALIBRATION_SPLITS,
  DEFAULT_CALIBRATION_TEST_SHARE,
  NEAR_PERFECT_AUC,
  applyCalibration,
  equalCountEce,
  fitCalibration,
} from './calibration.js';
export type { Calibration, CalibrationDecision, CalibrationMode, CalibrationOptions, CalibrationReason } from './calibration.js';
export { IsotonicError, fitIsotonic, poolAdjacentViolators, predictIsotonic } from './isotonic.js';
export type { IsotonicModel } from './isotonic.js';
export { LogisticError, fitLogistic, linearPredictor, softplus } from './logistic.js';
export type { LogisticFit, LogisticOptions, SparseRows } from './logistic.js';
export { productionPromotion, staleness } from '../staleness.js';
export type { ProductionPromotion, Staleness, StalenessInput } from '../staleness.js';
export { MISSING_SHARE_ALPHA, MISSING_SHARE_MIN_CHANGE, analyseDrift, analyseProfileDrift, columnReport, missingSignal, severity } from '../analysis.js';
export type { DriftAnalysisInput, DriftGateSettings, FeatureSpec } from '../analysis.js';
export type * from '../report.js';
export { calibrateCbpe, calibrateDomainClassifier } from './calibration-suite.js';
export type { CbpeMetricCalibration, DomainCalibration } from './calibration-suite.js';
