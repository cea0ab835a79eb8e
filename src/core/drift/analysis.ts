// Everything drift says about one model, reference against current, as the report's `drift` section:
// per-feature tests and the dataset decision (src/core/drift), missing values as their own signal, the same
// tests on the model's outputs (prediction drift), the domain classifier, and CBPE's label-free performance
// estimate. Pure: tables, columns and scores in (the commands read the data and run the model), plain data out.
//
// Decisions:
// - Missing values: per column, the two-proportion z-test of the missing shares; the share "changed" when
//   p < 0.05 and the shares differ by at least one percentage point (so a large sample does not flag a change
//   nobody would act on). Not part of the corrected family or of the drift share: its own check.
// - Prediction drift: one column, so no correction; method and threshold from gates.drift.prediction, else
//   'auto' (the default test for the output's kind and the reference size).
// - The histogram is of the most drifted numeric feature: the largest -log10(adjusted p) / -log10(threshold)
//   for p-value tests, distance / threshold for distances; one bar per value up to 20 distinct values, else
//   10 equal-width bins over both sides' range (profiles: the profile's bins, merged to about 12 groups).
import type { Column, Table } from '../data/table.js';
import { requireColumn } from '../data/table.js';
import type { Manifest } from '../manifest/manifest.js';
import { datasetDrift, decideDataset, testColumn, type ColumnDrift, type DatasetDrift } from './dataset.js';

export { featureSides, testFeature, type TestedFeature } from './features.js';
import { groupBins, profileDrift, type NumericProfileColumn, type Profile } from './profile.js';
import { MAX_VALUES_UNBINNED, distinctUnionCount, histogramSorted, prepareColumn, valueCounts, type PreparedColumn } from './samples.js';
import type { TestedFeature } from './features.js';
import { proportionsZTest } from './methods/z.js';
import { cbpe, CbpeError, type CbpeCurrent, type CbpeReference } from './monitoring/cbpe.js';
import { domainClassifier, DomainClassifierError } from './monitoring/domain-classifier.js';
import type { DomainClassifierReport, DriftColumnReport, DriftEvaluation, DriftFeatures, DriftHistogram, DriftMissing, DriftSkipped, PerformanceEstimate } from './report.js';

export type DriftGateSettings = NonNullable<NonNullable<Manifest['gates']>['drift']>;

/** A missing share changed only when it moved by at least this much (and significantly). */
export const MISSING_SHARE_MIN_CHANGE = 0.01;
export const MISSING_SHARE_ALPHA = 0.05;
const HISTOGRAM_BINS = 10;
const HISTOGRAM_MAX_GROUPS = 12;
const TOP_DOMAIN_FEATURES = 5;

export interface FeatureSpec {
  name: string;
  type: 'numeric' | 'categorical';
}

export interface DriftAnalysisInput {
  features: readonly FeatureSpec[];
  /** Tables holding the features (each column loaded as its type on both sides). */
  reference: Table;
  current: Table;
  datasets: { reference: string; current: string };
  settings?: DriftGateSettings;
  /** The model's output on both sides, as one column each. */
  prediction?: { output: string; reference: Column; current: Column };
  /** Binary classifiers: labelled reference scores, current scores (and labels when they exist). */
  performance?: { reference: CbpeReference; current: CbpeCurrent; threshold: number };
  /** Why a part was not computed (e.g. the model was not run), reported as skipped. */
  skipped?: DriftSkipped[];
  seed?: number;
  /**
   * The features already prepared and tested (testFeature on each, in `features` order), e.g. on worker
   * threads (commands/drift-workers.ts): the analysis then only decides the dataset from their results.
   */
  tested?: readonly TestedFeature[];
}

/** Missing values of a column as their own signal. */
export function missingSignal(missing: ColumnDrift['missing']): DriftMissing {
  const { reference, current } = missing;
  if (reference.missing + current.missing === 0 || reference.rows === 0 || current.rows === 0) return { reference, current, pValue: null, changed: false };
  const { pValue } = proportionsZTest(reference.missing, reference.rows, current.missing, current.rows);
  return { reference, current, pValue, changed: pValue < MISSING_SHARE_ALPHA && Math.abs(current.share - reference.share) >= MISSING_SHARE_MIN_CHANGE };
}

/** A column's result as the report has it. */
export function columnReport(result: ColumnDrift): DriftColumnReport {
  const out: DriftColumnReport = {
    column: result.column,
    kind: result.kind,
    method: result.method,
    methodSource: result.methodSource,
    threshold: result.threshold,
    thresholdSource: result.thresholdSource,
    thresholdMode: result.thresholdMode,
    evaluated: result.evaluated,
    drifted: result.drifted,
    missing: missingSignal(result.missing),
  };
  if (result.evaluated) {
    const test = result.test;
    out.scoreKind = test.kind;
    out.decidedBy = test.decidedBy;
    out.falseAlarmRate = test.falseAlarmRate;
    out.falseAlarmRateEstimated = test.falseAlarmRateEstimated;
    if (test.criticalValue !== undefined) out.criticalValue = test.criticalValue;
    out.statistic = test.statistic;
    if (result.pValue !== undefined) {
      out.pValue = result.pValue;
      out.adjustedPValue = result.adjustedPValue!;
    }
    if (test.kind === 'distance') out.distance = test.score;
    if (Object.keys(result.test.detail).length > 0) out.detail = { ...result.test.detail };
  } else {
    out.error = result.error.message;
    out.errorCode = result.error.code;
  }
  return out;
}

function featuresReport(drift: DatasetDrift): DriftFeatures {
  return {
    columns: drift.columns.map(columnReport),
    evaluated: drift.evaluatedColumns,
    untested: drift.untestedColumns,
    drifted: drift.driftedColumns,
    share: drift.share,
    driftShare: drift.driftShare,
    datasetDrifted: drift.drifted,
    undecided: drift.undecided,
    thresholdMode: drift.thresholdMode,
    correction: drift.correction,
    pValueTests: drift.pValueTests,
  };
}

/** How far past its threshold a column is (> 1: drifted); NaN when not evaluated. */
export function severity(column: DriftColumnReport): number {
  if (!column.evaluated) return Number.NaN;
  if (column.decidedBy === 'p-value' || (column.decidedBy === undefined && column.scoreKind === 'p-value')) {
    const p = Math.max(column.adjustedPValue ?? column.pValue ?? 1, 1e-300);
    return -Math.log10(p) / -Math.log10(column.threshold);
  }
  return (column.distance ?? 0) / column.threshold;
}

function mostDrifted(columns: readonly DriftColumnReport[]): DriftColumnReport | undefined {
  let best: DriftColumnReport | undefined;
  for (const column of columns) {
    if (column.kind !== 'numeric' || !column.evaluated) continue;
    if (!best || severity(column) > severity(best)) best = column;
  }
  return best;
}

const formatEdge = (value: number): string => String(Number(value.toPrecision(4)));

function rawHistogram(column: PreparedColumn): DriftHistogram | undefined {
  if (column.reference.kind !== 'numeric' || column.current.kind !== 'numeric') return undefined;
  const ref = column.reference.sorted;
  const cur = column.current.sorted;
  if (ref.length === 0 || cur.length === 0) return undefined;
  const share = (counts: Float64Array, n: number): number[] => Array.from(counts, (c) => c / n);
  if (distinctUnionCount(ref, cur, MAX_VALUES_UNBINNED + 1) <= MAX_VALUES_UNBINNED) {
    const counts = valueCounts(ref, cur);
    return { column: column.name, bins: Array.from(counts.values, formatEdge), reference: share(counts.a, ref.length), current: share(counts.b, cur.length) };
  }
  const min = Math.min(ref[0]!, cur[0]!);
  const max = Math.max(ref[ref.length - 1]!, cur[cur.length - 1]!);
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const edges = new Float64Array(bins + 1);
  for (let k = 0; k < bins; k++) edges[k] = min + ((max - min) * k) / bins;
  edges[bins] = max === min ? max + 1 : max;
  return {
    column: column.name,
    bins: Array.from({ length: bins }, (_, k) => `[${formatEdge(edges[k]!)}, ${formatEdge(edges[k + 1]!)}${k === bins - 1 ? ']' : ')'}`),
    reference: share(histogramSorted(ref, edges), ref.length),
    current: share(histogramSorted(cur, edges), cur.length),
  };
}

function profileHistogram(reference: NumericProfileColumn, current: NumericProfileColumn): DriftHistogram | undefined {
  if (reference.count === 0 || current.count === 0) return undefined;
  // inner bins merged to at most 10 groups, plus the values below and above the reference's range
  const reduce = groupBins(reference.edges, reference.counts, current.counts, HISTOGRAM_MAX_GROUPS - 2);
  return {
    column: reference.name,
    bins: reduce.labels,
    reference: Array.from(reduce.reference, (c) => c / reference.count),
    current: Array.from(reduce.current, (c) => c / current.count),
  };
}

function domainReport(reference: Table, current: Table, features: readonly FeatureSpec[], settings: DriftGateSettings | undefined, seed: number): DomainClassifierReport | DriftSkipped {
  try {
    const result = domainClassifier(reference, current, {
      columns: features.map((f) => f.name),
      ...(settings?.domain_classifier?.auc_band ? { aucBand: settings.domain_classifier.auc_band } : {}),
      ...(settings?.domain_classifier?.alpha !== undefined ? { alpha: settings.domain_classifier.alpha } : {}),
      ...(settings?.domain_classifier?.permutations !== undefined ? { permutations: settings.domain_classifier.permutations } : {}),
      seed,
    });
    return {
      auc: result.auc,
      foldAucs: result.foldAucs,
      threshold: result.threshold,
      thresholdSource: result.thresholdSource,
      falseAlarmRate: result.falseAlarmRate,
      pValue: result.pValue,
      permutations: result.permutations,
      drifted: result.drifted,
      topFeatures: result.features.slice(0, TOP_DOMAIN_FEATURES).map((f) => ({ column: f.column, aucDrop: f.aucDrop, coefficientNorm: f.coefficientNorm })),
      rows: result.rows,
      skippedColumns: result.skippedColumns,
      model: `L2 logistic regression (C = ${result.model.c}; folds fitted by one Newton step from zero), ${result.model.folds}-fold cross-validation, ${result.permutations} label permutations, seed ${result.model.seed}${result.model.converged ? '' : ' (the full fit did not converge)'}`,
    };
  } catch (error) {
    if (error instanceof DomainClassifierError) return { part: 'domain-classifier', reason: error.message };
    throw error;
  }
}

function performanceReport(input: NonNullable<DriftAnalysisInput['performance']>, seed: number): PerformanceEstimate | DriftSkipped {
  try {
    const result = cbpe(input.reference, input.current, { threshold: input.threshold, seed });
    return {
      method: 'cbpe',
      rows: result.rows,
      threshold: result.threshold,
      calibration: { calibrated: result.calibration.applied, reason: result.calibration.reason },
      labelled: result.labelled,
      metrics: result.metrics.map((m) => ({
        metric: m.metric,
        estimate: m.estimate,
        standardError: m.standardError,
        lower: m.lower,
        upper: m.upper,
        realised: m.realised,
        reference: m.reference,
        thresholds: { lower: m.thresholds.lower, upper: m.thresholds.upper },
        dropped: m.estimate !== null && m.thresholds.lower !== null && m.estimate < m.thresholds.lower,
      })),
    };
  } catch (error) {
    if (error instanceof CbpeError) return { part: 'performance', reason: error.message };
    throw error;
  }
}

const isSkipped = (value: object): value is DriftSkipped => 'part' in value && 'reason' in value;

function commonNotes(settings: DriftGateSettings | undefined, features: DriftFeatures): string[] {
  const notes: string[] = [];
  if (features.thresholdMode === 'calibrated') {
    notes.push('thresholds are false-alarm rates at these sample sizes: every column is decided by a p-value, a distance by its permutation p-value (threshold_mode: fixed restores Evidently\'s fixed thresholds)');
  } else {
    notes.push('threshold_mode fixed: Evidently\'s thresholds, whatever the sample sizes; each distance column\'s false-alarm rate at these sizes is a permutation estimate');
  }
  if (features.correction !== 'none' && features.pValueTests > 0) {
    notes.push(`p-values are adjusted by ${features.correction} over the ${features.pValueTests} column(s) decided by a p-value${features.thresholdMode === 'fixed' ? '; distances are not corrected' : ''}`);
  }
  if (settings?.threshold !== undefined && (settings.method ?? 'auto') === 'auto' && features.thresholdMode === 'fixed') {
    notes.push(`gates.drift.threshold ${settings.threshold} applies to every column's test: a p-value for KS, chi-squared and z, a distance for the others`);
  }
  notes.push(`missing values are their own signal: a column's missing share changed when the two-proportion z-test gives p < ${MISSING_SHARE_ALPHA} and the shares differ by at least ${MISSING_SHARE_MIN_CHANGE * 100} percentage point`);
  return notes;
}

/** Drift of one model's data and outputs, reference against current, from rows. */
export function analyseDrift(input: DriftAnalysisInput): DriftEvaluation {
  const seed = input.seed ?? 0;
  const skipped: DriftSkipped[] = [...(input.skipped ?? [])];
  const tested = input.tested;
  if (tested && tested.length !== input.features.length) throw new RangeError(`analyseDrift: ${tested.length} tested features for ${input.features.length} features`);
  const prepared = tested ? tested.map((t) => t.prepared) : input.features.map((f) => prepareColumn(requireColumn(input.reference, f.name), requireColumn(input.current, f.name)));
  const features = featuresReport(
    tested
      ? decideDataset(
          tested.map((t) => t.result),
          input.settings ?? {},
        )
      : datasetDrift(prepared, input.settings ?? {}),
  );
  const out: DriftEvaluation = {
    reference: { dataset: input.datasets.reference, rows: input.reference.rowCount },
    current: { dataset: input.datasets.current, rows: input.current.rowCount },
    source: 'data',
    features,
    skipped,
    notes: commonNotes(input.settings, features),
  };
  if (input.prediction) {
    const { output, reference, current } = input.prediction;
    const settings = input.settings?.prediction ?? {};
    const column = prepareColumn(reference, current);
    out.prediction = {
      output,
      ...columnReport(
        testColumn(column, {
          ...(settings.method ? { method: settings.method } : {}),
          ...(settings.threshold !== undefined ? { threshold: settings.threshold } : {}),
          ...(input.settings?.threshold_mode ? { threshold_mode: input.settings.threshold_mode } : {}),
        }),
      ),
    };
  }
  const domain = domainReport(input.reference, input.current, input.features, input.settings, seed);
  if (isSkipped(domain)) skipped.push(domain);
  else out.domainClassifier = domain;
  if (input.performance) {
    const performance = performanceReport(input.performance, seed);
    if (isSkipped(performance)) skipped.push(performance);
    else out.performance = performance;
  }
  const worst = mostDrifted(features.columns);
  const histogram = worst ? rawHistogram(prepared.find((p) => p.name === worst.column)!) : undefined;
  if (histogram) out.histogram = histogram;
  return out;
}

/** Drift of one model's features from two profiles (no rows: no prediction drift, domain classifier or CBPE). */
export function analyseProfileDrift(input: {
  features: readonly FeatureSpec[];
  reference: Profile;
  current: Profile;
  datasets: { reference: string; current: string };
  settings?: DriftGateSettings;
}): DriftEvaluation {
  const names = input.features.map((f) => f.name);
  const features = featuresReport(profileDrift(input.reference, input.current, names, input.settings ?? {}));
  const reason = 'computed from profiles, which hold no rows';
  const out: DriftEvaluation = {
    reference: { dataset: input.datasets.reference, rows: input.reference.rows },
    current: { dataset: input.datasets.current, rows: input.current.rows },
    source: 'profile',
    features,
    skipped: [
      { part: 'prediction', reason: `${reason}: the model cannot run on them (profile its scores as a column to compare them)` },
      { part: 'domain-classifier', reason },
      { part: 'performance', reason },
    ],
    notes: [
      'from profiles: KS is evaluated at the bin edges only (a lower bound of the raw D, asymptotic p-value) and Wasserstein places each bin\'s rows at their mean — binned approximations of the tests on raw values',
      'from profiles: PSI, Jensen-Shannon, Hellinger, chi-squared and z compare the reference\'s bins (merged to Sturges\' number of groups above 20 non-empty bins), not Evidently\'s bins over both samples',
      ...commonNotes(input.settings, features),
    ],
  };
  const worst = mostDrifted(features.columns);
  if (worst) {
    const ref = input.reference.columns.find((c) => c.name === worst.column) as NumericProfileColumn;
    const cur = input.current.columns.find((c) => c.name === worst.column) as NumericProfileColumn;
    const histogram = profileHistogram(ref, cur);
    if (histogram) out.histogram = histogram;
  }
  return out;
}
