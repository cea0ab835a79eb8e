// What the report says about drift (Evaluation.drift) and about a production model's monitoring
// (ModelResult.monitoring); schemas in src/core/report/schema.ts.
import type { LatestChunk, SeriesHistory } from './chunks/history.js';
import type { MonitoringSeries } from './chunks/series.js';

/** Rows and missing values of one column on one side. */
export interface DriftMissingSide {
  rows: number;
  missing: number;
  share: number;
}

/** Missing values of one column, reference against current, as their own signal. */
export interface DriftMissing {
  reference: DriftMissingSide;
  current: DriftMissingSide;
  /** Two-proportion z-test of the missing shares; null when neither side has a missing value. */
  pValue: number | null;
  /** The share changed: p < 0.05 and the shares differ by at least MISSING_SHARE_MIN_CHANGE. */
  changed: boolean;
}

/** One column's drift test. */
export interface DriftColumnReport {
  column: string;
  kind: 'numeric' | 'categorical';
  /** Test id (ks, chi2, z, psi, jensenshannon, wasserstein, hellinger). */
  method: string;
  methodSource: 'column' | 'dataset' | 'default';
  /** p-value: drift when (adjusted) p < threshold; distance: drift when distance >= threshold. */
  scoreKind?: 'p-value' | 'distance';
  statistic?: number;
  pValue?: number;
  /** After the dataset's multiple-testing correction. */
  adjustedPValue?: number;
  distance?: number;
  threshold: number;
  thresholdSource: 'column' | 'dataset' | 'default';
  /** calibrated: the threshold is a false-alarm rate for a p-value; fixed: Evidently's threshold on the score. */
  thresholdMode: 'calibrated' | 'fixed';
  /** What the threshold is compared with (evaluated columns). */
  decidedBy?: 'p-value' | 'distance';
  /** Share of columns without drift this threshold flags at these sizes (evaluated columns). */
  falseAlarmRate?: number;
  /** The false-alarm rate is a permutation estimate (a fixed distance threshold), not alpha itself. */
  falseAlarmRateEstimated?: boolean;
  /** Calibrated distances: the distance from which the column counts as drifted at these sizes. */
  criticalValue?: number;
  evaluated: boolean;
  drifted: boolean;
  /** Why the column was not evaluated. */
  error?: string;
  /** not-applicable: the method cannot test this column; no-data: a side has no value; invalid-input: unusable samples. */
  errorCode?: 'not-applicable' | 'no-data' | 'invalid-input';
  /** Test facts: pValueMethod (exact/asymptotic), binning, approximation ('binned' from profiles), ... */
  detail?: Record<string, string | number | boolean>;
  missing: DriftMissing;
}

export interface DriftFeatures {
  columns: DriftColumnReport[];
  evaluated: number;
  /** Columns that could not be tested (counted in the share as not drifted). */
  untested: number;
  drifted: number;
  /** drifted / all columns. */
  share: number;
  /** The dataset drifts when share >= driftShare. */
  driftShare: number;
  datasetDrifted: boolean;
  /** Not drifted, but the untested columns could have made it so. */
  undecided: boolean;
  thresholdMode: 'calibrated' | 'fixed';
  correction: string;
  /** Columns in the corrected family (p-value tests). */
  pValueTests: number;
}

export interface DriftPrediction extends DriftColumnReport {
  /** What was compared: P(positive) for binary classifiers, the predicted class for multiclass, the prediction for regression. */
  output: string;
}

export interface DomainClassifierReport {
  /** Cross-validated ROC AUC of telling current from reference rows. */
  auc: number;
  foldAucs: number[];
  /** Drift is an AUC above this: from the permutation null at these sizes, or the manifest's fixed auc_band max. */
  threshold: number;
  thresholdSource: 'permutation' | 'fixed';
  /** Share of no-drift samples of these sizes that would alarm at the threshold. */
  falseAlarmRate: number;
  /** Permutation p-value of the AUC. */
  pValue: number;
  permutations: number;
  drifted: boolean;
  /** The most discriminating columns (at most 5), by the drop in AUC when shuffled. */
  topFeatures: { column: string; aucDrop: number; coefficientNorm: number }[];
  rows: { reference: { total: number; used: number }; current: { total: number; used: number } };
  skippedColumns: { column: string; reason: string }[];
  model: string;
}

export interface PerformanceEstimateMetric {
  metric: string;
  estimate: number | null;
  standardError: number | null;
  /** estimate ± 3 standard errors, clipped to [0, 1]. */
  lower: number | null;
  upper: number | null;
  /** Realised on the current data, when it has labels. */
  realised: number | null;
  /** Realised on the reference. */
  reference: number | null;
  /** Alert thresholds from the reference's chunks (mean ± 3 std). */
  thresholds: { lower: number | null; upper: number | null };
  /** The estimate is below the lower alert threshold. */
  dropped: boolean;
}

export interface PerformanceEstimate {
  method: 'cbpe';
  rows: number;
  threshold: number;
  /** Whether (and why) the scores were calibrated on the reference. */
  calibration: { calibrated: boolean; reason: string };
  labelled: boolean;
  metrics: PerformanceEstimateMetric[];
}

/** Reference against current shares per bin of one numeric column, for a chart. */
export interface DriftHistogram {
  column: string;
  /** Bin labels, e.g. [20, 25). */
  bins: string[];
  /** Share of rows per bin (sums to 1 over the non-missing rows). */
  reference: number[];
  current: number[];
}

export interface DriftSkipped {
  part: 'features' | 'prediction' | 'domain-classifier' | 'performance';
  reason: string;
}

/** One input of the current data as it was read: a file (path or glob match), or a query run. */
export type CurrentSourceRecord =
  | { file: string; rows: number; bytes: number; sha256: string }
  | { query: string; engine: string; rows: number; sha256: string };

/** What the current data was, since it is not pinned: what was read, and the span of its timestamps. */
export interface CurrentRead {
  dataset: string;
  rows: number;
  sources?: CurrentSourceRecord[];
  /** The timestamp column (monitoring.current.timestamp) and its earliest and latest parseable values (ISO 8601). */
  timestamp?: { column: string; first?: string; last?: string };
}

export interface DriftEvaluation {
  reference: { dataset: string; rows: number };
  current: CurrentRead;
  /** data: computed from rows; profile: from two profiles (KS and Wasserstein are binned approximations). */
  source: 'data' | 'profile';
  features: DriftFeatures;
  prediction?: DriftPrediction;
  domainClassifier?: DomainClassifierReport;
  performance?: PerformanceEstimate;
  /** The most drifted numeric feature's distribution on both sides. */
  histogram?: DriftHistogram;
  /** Parts not computed, and why. */
  skipped: DriftSkipped[];
  /** How to read the numbers (approximations, defaults that applied). */
  notes: string[];
}

export interface RetrainingDecision {
  /** monitoring.retraining.trigger.type (none when absent). */
  trigger: 'workflow_dispatch' | 'repository_dispatch' | 'none';
  workflow?: string;
  eventType?: string;
  ref?: string;
  /** Dispatch retraining now: drifted or stale, a trigger is declared, and min_interval has passed. */
  dispatch: boolean;
  reason: string;
}

/** What `modelops drift` concluded for a production model; what the Action needs for issues and retraining. */
export interface ModelMonitoring {
  drifted: boolean;
  stale: boolean;
  staleness: Staleness;
  retraining: RetrainingDecision;
  alerting: { issue: boolean; mentions: string[] };
  /** Models with monitoring.chunks: the series over this run's chunks and the logged ones, and what its latest chunk says. */
  series?: MonitoringSeries;
  latest?: LatestChunk;
  history?: SeriesHistory & { branch: string; appended?: number; unchanged?: number; problem?: string };
}

/** The production version's age against its retraining bounds (computed in staleness.ts). */
export interface Staleness {
  /** The production tag the age is measured from. */
  tag?: string;
  /** When it was promoted (ISO 8601). */
  promotedAt?: string;
  /** Days since then (fractional). */
  ageDays?: number;
  minInterval?: string;
  maxInterval?: string;
  /** Older than max_interval. */
  stale: boolean;
  /** Younger than min_interval: retraining now would be sooner than the manifest allows. */
  tooSoonToRetrain: boolean;
  /** pass, fail (stale) or skipped (no dated production tag, or no max_interval). */
  verdict: 'pass' | 'fail' | 'skipped';
  message: string;
}
