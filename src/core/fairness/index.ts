// Group fairness: groups of sensitive attributes, per-group metrics, Fairlearn aggregates, Aequitas
// disparities, score intervals (Koopman, Newcombe, Bonferroni), and the fairness gate decided on
// them. Pure functions: typed arrays in, plain objects out.
export {
  BINARY_AGGREGATES,
  DEFAULT_DISPARITY_BAND,
  DISPARITIES,
  EQUALIZED_ODDS_AGGS,
  FAIRLEARN_METHODS,
  aggregateKey,
  combineComponents,
  compareGroups,
} from './aggregates.js';
export type { AggregateSpec, Comparison, EqualizedOddsAgg, FairlearnMethod } from './aggregates.js';
export { DEFAULT_MIN_GROUP_SIZE, evaluateFairness, sensitiveAttributesFor } from './evaluate.js';
export type {
  AggregateComponent,
  AggregateStatus,
  AttributeFairness,
  ExcludedGroup,
  FairnessAggregate,
  FairnessDisparity,
  FairnessInterval,
  FairnessOptions,
  FairnessResult,
  GroupMetrics,
  GroupValue,
} from './evaluate.js';
export { FAIRNESS_RULES, fairnessGate } from './gate.js';
export type { FairnessGateConfig, FairnessRule } from './gate.js';
export { aggregateInterval, BINARY_INTERVAL_METHOD, disparityInterval } from './intervals.js';
export { calibrateFairness } from './calibration-suite.js';
export type { FairnessCalibration, FairnessScenario, SimulatedRate } from './calibration-suite.js';
export { BINARY_RATES, REGRESSION_MEASURES } from './group-metrics.js';
export type { BinaryGroupMetrics, BinaryRate, RegressionGroupMetrics, RegressionMeasure } from './group-metrics.js';
export { FairnessInputError, MISSING_LABEL, binLabels, bucketOf, groupsFromColumn, intersectGroupings } from './groups.js';
export type { GroupInfo, Grouping } from './groups.js';
export { binomialDraw, multinomialDraw } from './multinomial.js';
