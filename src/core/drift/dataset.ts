// Drift of a whole dataset: one test per column (the manifest's choice, or Evidently's default), an optional
// multiple-testing correction over the p-value tests, and the share of drifted columns against `drift_share`.
//
// Decisions:
// - Method: gates.drift.columns.<name>.method, else gates.drift.method, else 'auto' (defaults.ts). Threshold:
//   the column's, else gates.drift.threshold, else the test's default. As in Evidently, a dataset-wide threshold
//   applies to whatever test each column gets, so with 'auto' it is read as a p-value by KS and as a distance by
//   Wasserstein; `thresholdSource` says where each came from.
// - Correction: the family is every evaluated column with a p-value test; a column drifted when its adjusted
//   p-value < its threshold. Distances are not corrected.
// - The dataset drifted when drifted columns / evaluated columns >= drift_share (Evidently's get_dataset_drift
//   compares with >=). A column that cannot be evaluated (no value on a side, a test that does not apply to it)
//   is reported with its reason and left out of the share; its missing values are still reported.
import { requireColumn, type Table } from '../data/table.js';
import type { Manifest } from '../manifest.js';
import { adjustPValues } from './correction.js';
import { CORRECTIONS, DEFAULT_CORRECTION, DEFAULT_DRIFT_SHARE, DEFAULT_THRESHOLDS, FEW_VALUES_MAX, defaultMethod, type Correction } from './defaults.js';
import { DriftError, sampleSize, type ColumnKind, type DriftErrorCode, type DriftTestId, type DriftTestResult } from './definition.js';
import { driftTestById } from './registry.js';
import { distinctValues, prepareColumn, type MissingValues, type PreparedColumn } from './samples.js';

/** The manifest's gates.drift section (only the fields univariate drift reads). */
export type DriftSettings = Pick<NonNullable<NonNullable<Manifest['gates']>['drift']>, 'method' | 'threshold' | 'drift_share' | 'correction' | 'columns'>;

/** Where a column's method or threshold came from. */
export type SettingSource = 'column' | 'dataset' | 'default';

interface ColumnDriftBase {
  column: string;
  kind: ColumnKind;
  method: DriftTestId;
  methodSource: SettingSource;
  threshold: number;
  thresholdSource: SettingSource;
  missing: MissingValues;
}

export interface EvaluatedColumnDrift extends ColumnDriftBase {
  evaluated: true;
  /** The test's own result, before any correction. */
  test: DriftTestResult;
  /** Raw p-value (p-value tests only). */
  pValue?: number;
  /** p-value after the dataset's correction; equals `pValue` without one (p-value tests only). */
  adjustedPValue?: number;
  /** The decision: adjusted p-value < threshold, or distance >= threshold. */
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
  driftedColumns: number;
  /** drifted / evaluated columns (0 when none was evaluated). */
  share: number;
  /** The share at or above which the dataset counts as drifted. */
  driftShare: number;
  drifted: boolean;
  correction: Correction;
  /** Size of the corrected family: evaluated columns with a p-value test. */
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
  checkSettings(settings);
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
  const correction = checkSettings(settings);
  const driftShare = settings.drift_share ?? DEFAULT_DRIFT_SHARE;

  const family = results.filter((result): result is EvaluatedColumnDrift => result.evaluated && result.test.kind === 'p-value');
  const adjusted = adjustPValues(
    family.map((result) => result.test.score),
    correction,
  );
  family.forEach((result, index) => {
    result.adjustedPValue = adjusted[index]!;
    result.drifted = adjusted[index]! < result.threshold;
  });

  const evaluatedColumns = results.filter((result) => result.evaluated).length;
  const driftedColumns = results.filter((result) => result.drifted).length;
  const share = evaluatedColumns === 0 ? 0 : driftedColumns / evaluatedColumns;
  return {
    columns: results,
    evaluatedColumns,
    driftedColumns,
    share,
    driftShare,
    drifted: evaluatedColumns > 0 && share >= driftShare,
    correction,
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
): { method: DriftTestId; methodSource: SettingSource; threshold: number; thresholdSource: SettingSource } {
  const override = settings.columns?.[name];
  const requested = requestedMethod(name, settings);
  const method: DriftTestId = requested ? checkMethod(requested.id, requested.field) : defaultMethod(kind, referenceValues, distinct());
  return {
    method,
    methodSource: requested?.source ?? 'default',
    threshold: override?.threshold ?? settings.threshold ?? DEFAULT_THRESHOLDS[method],
    thresholdSource: override?.threshold !== undefined ? 'column' : settings.threshold !== undefined ? 'dataset' : 'default',
  };
}

/** One column's test under the settings, before any correction. */
export function testColumn(column: PreparedColumn, settings: DriftSettings = {}): ColumnDrift {
  const resolved = resolveColumnMethod(column.name, column.kind, sampleSize(column.reference), () => distinctValues(column.reference, column.current, FEW_VALUES_MAX + 1), settings);
  const { method, threshold } = resolved;
  const base: ColumnDriftBase = { column: column.name, kind: column.kind, ...resolved, missing: column.missing };
  try {
    const test = driftTestById(method)!.compute(column.reference, column.current, threshold);
    return {
      ...base,
      evaluated: true,
      test,
      ...(test.kind === 'p-value' ? { pValue: test.score, adjustedPValue: test.score } : {}),
      drifted: test.drifted,
    };
  } catch (error) {
    if (!(error instanceof DriftError)) throw error;
    return { ...base, evaluated: false, drifted: false, error: { code: error.code, message: `column '${column.name}': ${error.message}` } };
  }
}

/** The method the manifest names for a column ('auto' names none); a column's 'auto' overrides the dataset's method. */
function requestedMethod(name: string, settings: DriftSettings): { id: string; source: 'column' | 'dataset'; field: string } | undefined {
  const columnMethod = settings.columns?.[name]?.method;
  if (columnMethod !== undefined) return columnMethod === 'auto' ? undefined : { id: columnMethod, source: 'column', field: `gates.drift.columns.${name}.method` };
  if (settings.method !== undefined && settings.method !== 'auto') return { id: settings.method, source: 'dataset', field: 'gates.drift.method' };
  return undefined;
}

function checkMethod(id: string, field: string): DriftTestId {
  if (!driftTestById(id)) throw new RangeError(`${field}: unknown drift method '${id}'; use auto, ${Object.keys(DEFAULT_THRESHOLDS).join(', ')}`);
  return id as DriftTestId;
}

function checkSettings(settings: DriftSettings): Correction {
  const correction = (settings.correction ?? DEFAULT_CORRECTION) as Correction;
  if (!CORRECTIONS.includes(correction)) throw new RangeError(`gates.drift.correction: unknown correction '${settings.correction}'; use ${CORRECTIONS.join(', ')}`);
  const share = settings.drift_share;
  if (share !== undefined && !(share > 0 && share <= 1)) throw new RangeError(`gates.drift.drift_share must be in (0, 1]; got ${share}`);
  const positive = (value: number | undefined, field: string): void => {
    if (value !== undefined && !(value > 0 && Number.isFinite(value))) throw new RangeError(`${field} must be a positive number; got ${value}`);
  };
  positive(settings.threshold, 'gates.drift.threshold');
  if (settings.method !== undefined && settings.method !== 'auto') checkMethod(settings.method, 'gates.drift.method');
  for (const [name, override] of Object.entries(settings.columns ?? {})) {
    positive(override.threshold, `gates.drift.columns.${name}.threshold`);
    if (override.method !== undefined && override.method !== 'auto') checkMethod(override.method, `gates.drift.columns.${name}.method`);
  }
  return correction;
}
