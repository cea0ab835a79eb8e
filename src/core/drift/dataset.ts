// Drift of a whole dataset: one test per column (the manifest's choice, or Evidently's default), an optional
// multiple-testing correction over the p-value tests, and the share of drifted columns against `drift_share`.
//
// Decisions:
// - Threshold mode: gates.drift.threshold_mode, 'calibrated' (default) or 'fixed' (Evidently's thresholds);
//   see definition.ts. Calibrated, every threshold is a false-alarm rate (default 0.05) and every column is
//   decided by a p-value (a distance's is its permutation p-value at these sizes), so one dataset-wide
//   threshold means the same for every test.
// - Method: gates.drift.columns.<name>.method, else gates.drift.method, else 'auto' (defaults.ts). Threshold:
//   the column's, else gates.drift.threshold, else the default (alpha 0.05, or the test's Evidently threshold
//   in 'fixed' mode); `thresholdSource` says where each came from.
// - Correction: the family is every evaluated column decided by a p-value (calibrated: all of them); a column
//   drifted when its adjusted p-value < its threshold. In 'fixed' mode distances are not corrected.
// - The dataset drifted when drifted columns / all columns >= drift_share (Evidently's get_dataset_drift
//   compares with >=). A column that cannot be tested (no value on a side, a forced test that does not apply
//   to it) is reported as not tested, with its reason, and counted as a column that did not drift; when the
//   untested columns could have tipped the decision, the result says so (`undecided`).
import { requireColumn, type Table } from '../data/table.js';
import type { Manifest } from '../manifest/manifest.js';
import { adjustPValues } from './correction.js';
import { CORRECTIONS, DEFAULT_CORRECTION, DEFAULT_DRIFT_SHARE, DEFAULT_THRESHOLD_MODE, DEFAULT_THRESHOLDS, FEW_VALUES_MAX, defaultMethod, type Correction } from './defaults.js';
import { DEFAULT_ALPHA, DriftError, THRESHOLD_MODES, sampleSize, type ColumnKind, type DriftErrorCode, type DriftTestResult, type ThresholdMode } from './definition.js';
import { columnSeed } from './permutation.js';
import { DRIFT_TEST_IDS, driftTestById, type DriftTestId } from './methods/registry.js';
import { distinctValues, prepareColumn, type MissingValues, type PreparedColumn } from './samples.js';

/** The manifest's gates.drift section (only the fields univariate drift reads). */
export type DriftSettings = Pick<NonNullable<NonNullable<Manifest['gates']>['drift']>, 'method' | 'threshold' | 'threshold_mode' | 'drift_share' | 'correction' | 'columns'>;

/** Where a column's method or threshold came from. */
export type SettingSource = 'column' | 'dataset' | 'default';

export interface ColumnDriftBase {
  column: string;
  kind: ColumnKind;
  method: DriftTestId;
  methodSource: SettingSource;
  threshold: number;
  thresholdSource: SettingSource;
  thresholdMode: ThresholdMode;
  missing: MissingValues;
}

export interface EvaluatedColumnDrift extends ColumnDriftBase {
  evaluated: true;
  /** The test's own result, before any correction. */
  test: DriftTestResult;
  /** Raw p-value (columns decided by a p-value). */
  pValue?: number;
  /** p-value after the dataset's correction; equals `pValue` without one. */
  adjustedPValue?: number;
  /** The decision: adjusted p-value < threshold, or (fixed mode) distance >= threshold. */
  drifted: boolean;
}

export interface UnevaluatedColumnDrift extends ColumnDriftBase {
  evaluated: false;
  drifted: false;
  error: { code: DriftErrorCode; message: string };
}

export type ColumnDrift = EvaluatedColumnDrift | UnevaluatedColumnDrift;

export interface DatasetDrift {
  columns: ColumnDrift[];
  evaluatedColumns: number;
  /** Columns that could not be tested (counted in the share as not drifted). */
  untestedColumns: number;
  driftedColumns: number;
  /** drifted / all columns (0 when none was evaluated). */
  share: number;
  /** The share at or above which the dataset counts as drifted. */
  driftShare: number;
  drifted: boolean;
  /** Not drifted, but the untested columns could have made it so. */
  undecided: boolean;
  correction: Correction;
  thresholdMode: ThresholdMode;
  /** Size of the corrected family: evaluated columns decided by a p-value. */
  pValueTests: number;
}

/** Drift of `columns` between two tables (each column loaded in both, of the same kind). */
export function detectDrift(reference: Table, current: Table, columns: readonly string[], settings: DriftSettings = {}): DatasetDrift {
  return datasetDrift(
    columns.map((name) => prepareColumn(requireColumn(reference, name), requireColumn(current, name))),
    settings,
  );
}

/** Drift of columns already prepared (prepareColumn), e.g. to reuse a prepared reference. */
export function datasetDrift(columns: readonly PreparedColumn[], settings: DriftSettings = {}): DatasetDrift {
  checkDriftSettings(settings);
  return decideDataset(
    columns.map((column) => testColumn(column, settings)),
    settings,
  );
}

/**
 * The dataset's decision over per-column results (testColumn's, or any other that follow its rules, e.g. from
 * profiles): the correction over the p-value tests, then the share of drifted columns against drift_share.
 */
export function decideDataset(results: ColumnDrift[], settings: DriftSettings = {}): DatasetDrift {
  const correction = checkDriftSettings(settings);
  const driftShare = settings.drift_share ?? DEFAULT_DRIFT_SHARE;

  const family = results.filter((result): result is EvaluatedColumnDrift => result.evaluated && result.test.decidedBy === 'p-value');
  const adjusted = adjustPValues(
    family.map((result) => result.test.pValue!),
    correction,
  );
  family.forEach((result, index) => {
    result.adjustedPValue = adjusted[index]!;
    result.drifted = adjusted[index]! < result.threshold;
  });

  const evaluatedColumns = results.filter((result) => result.evaluated).length;
  const untestedColumns = results.length - evaluatedColumns;
  const driftedColumns = results.filter((result) => result.drifted).length;
  const share = evaluatedColumns === 0 ? 0 : driftedColumns / results.length;
  const drifted = evaluatedColumns > 0 && share >= driftShare;
  return {
    columns: results,
    evaluatedColumns,
    untestedColumns,
    driftedColumns,
    share,
    driftShare,
    drifted,
    undecided: !drifted && untestedColumns > 0 && (driftedColumns + untestedColumns) / results.length >= driftShare,
    correction,
    thresholdMode: thresholdModeOf(settings),
    pValueTests: family.length,
  };
}

/** The method and threshold a column gets under the settings, and where each came from. */
export function resolveColumnMethod(
  name: string,
  kind: ColumnKind,
  referenceValues: number,
  distinct: () => number,
  settings: DriftSettings = {},
): { method: DriftTestId; methodSource: SettingSource; threshold: number; thresholdSource: SettingSource; thresholdMode: ThresholdMode } {
  const override = settings.columns?.[name];
  const requested = requestedMethod(name, settings);
  const thresholdMode = thresholdModeOf(settings);
  const method: DriftTestId = requested ? checkMethod(requested.id, requested.field) : defaultMethod(kind, referenceValues, distinct(), thresholdMode);
  return {
    method,
    methodSource: requested?.source ?? 'default',
    threshold: override?.threshold ?? settings.threshold ?? (thresholdMode === 'calibrated' ? DEFAULT_ALPHA : DEFAULT_THRESHOLDS[method]),
    thresholdSource: override?.threshold !== undefined ? 'column' : settings.threshold !== undefined ? 'dataset' : 'default',
    thresholdMode,
  };
}

/** gates.drift.threshold_mode, or the default. */
export function thresholdModeOf(settings: DriftSettings): ThresholdMode {
  return (settings.threshold_mode ?? DEFAULT_THRESHOLD_MODE) as ThresholdMode;
}

/** One column's test under the settings, before any correction. */
export function testColumn(column: PreparedColumn, settings: DriftSettings = {}): ColumnDrift {
  const resolved = resolveColumnMethod(column.name, column.kind, sampleSize(column.reference), () => distinctValues(column.reference, column.current, FEW_VALUES_MAX + 1), settings);
  const { method, threshold } = resolved;
  const base: ColumnDriftBase = { column: column.name, kind: column.kind, ...resolved, missing: column.missing };
  try {
    const test = driftTestById(method)!.compute(column.reference, column.current, threshold, { mode: resolved.thresholdMode, seed: columnSeed(column.name) });
    return evaluatedColumn(base, test);
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${column.name}': ${error.message}` } };
  }
}

/** A test result as a column's evaluated result (before the dataset's correction). */
export function evaluatedColumn(base: ColumnDriftBase, test: DriftTestResult): EvaluatedColumnDrift {
  return { ...base, evaluated: true, test, ...(test.pValue !== undefined ? { pValue: test.pValue, adjustedPValue: test.pValue } : {}), drifted: test.drifted };
}

/** The method the manifest names for a column ('auto' names none); a column's 'auto' overrides the dataset's method. */
function requestedMethod(name: string, settings: DriftSettings): { id: string; source: 'column' | 'dataset'; field: string } | undefined {
  const columnMethod = settings.columns?.[name]?.method;
  if (columnMethod !== undefined) return columnMethod === 'auto' ? undefined : { id: columnMethod, source: 'column', field: `gates.drift.columns.${name}.method` };
  if (settings.method !== undefined && settings.method !== 'auto') return { id: settings.method, source: 'dataset', field: 'gates.drift.method' };
  return undefined;
}

function checkMethod(id: string, field: string): DriftTestId {
  if (!driftTestById(id)) throw new RangeError(`${field}: unknown drift method '${id}'; use auto, ${DRIFT_TEST_IDS.join(', ')}`);
  return id as DriftTestId;
}

/**
 * Throws the RangeError datasetDrift throws for settings it cannot apply (unknown correction, mode or method, a
 * threshold out of range); the correction otherwise. After it, testColumn throws no error of the settings'.
 */
export function checkDriftSettings(settings: DriftSettings): Correction {
  const correction = (settings.correction ?? DEFAULT_CORRECTION) as Correction;
  if (!CORRECTIONS.includes(correction)) throw new RangeError(`gates.drift.correction: unknown correction '${settings.correction}'; use ${CORRECTIONS.join(', ')}`);
  const mode = thresholdModeOf(settings);
  if (!THRESHOLD_MODES.includes(mode)) throw new RangeError(`gates.drift.threshold_mode: unknown mode '${settings.threshold_mode}'; use ${THRESHOLD_MODES.join(', ')}`);
  const share = settings.drift_share;
  if (share !== undefined && !(share > 0 && share <= 1)) throw new RangeError(`gates.drift.drift_share must be in (0, 1]; got ${share}`);
  const positive = (value: number | undefined, field: string): void => {
    if (value !== undefined && !(value > 0 && Number.isFinite(value))) throw new RangeError(`${field} must be a positive number; got ${value}`);
    if (value !== undefined && mode === 'calibrated' && !(value < 1)) {
      throw new RangeError(`${field} ${value}: with threshold_mode calibrated (the default) a threshold is a false-alarm rate in (0, 1), e.g. 0.05; set gates.drift.threshold_mode: fixed to use Evidently's distance thresholds`);
    }
  };
  positive(settings.threshold, 'gates.drift.threshold');
  if (settings.method !== undefined && settings.method !== 'auto') checkMethod(settings.method, 'gates.drift.method');
  for (const [name, override] of Object.entries(settings.columns ?? {})) {
    positive(override.threshold, `gates.drift.columns.${name}.threshold`);
    if (override.method !== undefined && override.method !== 'auto') checkMethod(override.method, `gates.drift.columns.${name}.method`);
  }
  return correction;
}
