// What a univariate drift test is: the samples it compares, how it declares itself, how it decides, how it fails.
// Samples are prepared once per column (samples.ts): numeric values finite and sorted, categorical values
// counted per category, missing values removed and counted apart.
import { permutationTest, type PermutationLayout } from './permutation.js';

export type ColumnKind = 'numeric' | 'categorical';

/**
 * - 'p-value': the score is a p-value; the column drifted when p < threshold.
 * - 'distance': the score is a distance; the column drifted when distance >= threshold (Evidently's rule).
 */
export type DriftScoreKind = 'p-value' | 'distance';

/**
 * How a column's threshold is read (gates.drift.threshold_mode):
 * - 'calibrated' (default): the threshold is a false-alarm rate alpha for every test: p-value tests compare
 *   their p-value; distances get a permutation p-value of the distance at these two sample sizes;
 * - 'fixed': Evidently's rule, p < threshold for p-value tests and distance >= threshold for distances,
 *   whatever the sizes (for teams migrating from Evidently; the report estimates the false-alarm rate).
 */
export type ThresholdMode = 'calibrated' | 'fixed';
export const THRESHOLD_MODES: readonly ThresholdMode[] = ['calibrated', 'fixed'];

export interface DriftDecisionOptions {
  mode?: ThresholdMode;
  /** Seed of the permutations (the column's, so a report is reproducible). */
  seed?: number;
}

/** One side of a numeric column: the finite values in ascending order. */
export interface NumericSample {
  readonly kind: 'numeric';
  readonly sorted: Float64Array;
}

/**
 * One side of a categorical column: rows per category. The reference and current samples of a column share
 * one `categories` array (the categories seen on either side), so counts[i] of both mean the same category.
 */
export interface CategoricalSample {
  readonly kind: 'categorical';
  readonly categories: readonly string[];
  readonly counts: Float64Array;
  /** Sum of `counts`: the non-missing rows. */
  readonly total: number;
}

export type DriftSample = NumericSample | CategoricalSample;

/** Test-specific facts for the report: which p-value method ran, how values were binned, and so on. */
export type DriftDetail = Readonly<Record<string, string | number | boolean>>;

export interface DriftTestResult {
  /** Id of the test (methods/registry.ts's DriftTestId). */
  readonly method: string;
  readonly kind: DriftScoreKind;
  /** The test statistic: KS D, chi-squared, z, PSI, or the distance itself. */
  readonly statistic: number;
  /** The number compared with the threshold: the p-value of a p-value test, the distance of a distance test. */
  readonly score: number;
  /** The p-value: a p-value test's own, or a distance's permutation p-value (calibrated mode). */
  readonly pValue?: number;
  readonly threshold: number;
  readonly mode: ThresholdMode;
  /** What the threshold is compared with: the p-value (drift below it) or the distance (drift at or above it). */
  readonly decidedBy: 'p-value' | 'distance';
  /**
   * The share of columns without drift that this threshold flags at these sizes: alpha for a p-value
   * decision; for a fixed distance threshold, the permutation estimate (falseAlarmRateEstimated).
   */
  readonly falseAlarmRate: number;
  readonly falseAlarmRateEstimated: boolean;
  /** Calibrated distances: the distance from which this column counts as drifted at these sizes. */
  readonly criticalValue?: number;
  readonly drifted: boolean;
  readonly detail: DriftDetail;
}

/** A test; its id (a literal, `'ks'`) is what methods/registry.ts's DriftTestId is made of. */
export interface DriftTestDefinition<Id extends string = string> {
  /** Stable id, as written in manifests. */
  readonly id: Id;
  /** Name for reports. */
  readonly name: string;
  readonly description: string;
  readonly appliesTo: readonly ColumnKind[];
  readonly kind: DriftScoreKind;
  /** Evidently's threshold, used by threshold_mode 'fixed'. */
  readonly defaultThreshold: number;
  /**
   * Compares two prepared samples of one column. `threshold` defaults to alpha 0.05 (calibrated) or
   * `defaultThreshold` (fixed). Throws DriftError.
   */
  compute(reference: DriftSample, current: DriftSample, threshold?: number, options?: DriftDecisionOptions): DriftTestResult;
}

/** The default false-alarm rate of a calibrated decision. */
export const DEFAULT_ALPHA = 0.05;

/** A permutation layout and how its statistic maps to the test's score (score = statistic x toScore). */
export interface ScoredLayout extends PermutationLayout {
  toScore: number;
  /** Facts for the report, e.g. cells: 1000, grouped: true. */
  detail: DriftDetail;
}

/**
 * - `not-applicable`: the test does not apply to the column (KS on a categorical column, z on three categories);
 * - `no-data`: a side has no non-missing value to compare;
 * - `invalid-input`: the samples or threshold cannot be used (mismatched categories, a threshold <= 0,
 *   a value range too narrow to bin).
 */
export type DriftErrorCode = 'not-applicable' | 'no-data' | 'invalid-input';

export class DriftError extends Error {
  override readonly name = 'DriftError';
  readonly code: DriftErrorCode;
  /** Id of the test that failed. */
  readonly method: string;

  constructor(code: DriftErrorCode, method: string, message: string) {
    super(`${method}: ${message}`);
    this.code = code;
    this.method = method;
  }
}

/** What a test's own code returns; `defineDriftTest` adds the decision. */
export interface DriftComputation {
  statistic: number;
  /** The p-value of a p-value test, the distance of a distance test. */
  score: number;
  detail: DriftDetail;
}

export interface DriftTestSpec<Id extends string = string> {
  id: Id;
  name: string;
  description: string;
  appliesTo: readonly ColumnKind[];
  kind: DriftScoreKind;
  defaultThreshold: number;
  /** Called with two samples of one applicable kind, each with at least one value. */
  compute(reference: DriftSample, current: DriftSample): DriftComputation;
  /**
   * The cells the statistic's permutation null is computed over. Distances must have one; a p-value test has
   * one when its own p-value is not valid for these samples (KS with ties, chi-squared with sparse cells),
   * and returns undefined otherwise.
   */
  layout?(reference: DriftSample, current: DriftSample): ScoredLayout | undefined;
  /**
   * The test's own p-value is conservative where the layout replaces it (KS with ties): below the
   * permutation p-value's floor, 1 / (B + 1), it is kept, so strong drift stays significant under a
   * Bonferroni correction over many columns (the rate rises by at most 1 / (B + 1)).
   */
  ownPValueConservative?: boolean;
}

/** A registered test: `spec` behind the checks every test shares, and the one decision rule per score kind. */
export function defineDriftTest<const Id extends string>(spec: DriftTestSpec<Id>): DriftTestDefinition<Id> {
  return Object.freeze({
    id: spec.id,
    name: spec.name,
    description: spec.description,
    appliesTo: spec.appliesTo,
    kind: spec.kind,
    defaultThreshold: spec.defaultThreshold,
    compute(reference: DriftSample, current: DriftSample, threshold?: number, options: DriftDecisionOptions = {}): DriftTestResult {
      const mode = options.mode ?? 'calibrated';
      const limit = threshold ?? (mode === 'calibrated' ? DEFAULT_ALPHA : spec.defaultThreshold);
      if (!(limit > 0) || !Number.isFinite(limit)) throw new DriftError('invalid-input', spec.id, `threshold must be a positive number; got ${limit}`);
      if (mode === 'calibrated' && !(limit < 1)) throw new DriftError('invalid-input', spec.id, `a calibrated threshold is a false-alarm rate in (0, 1); got ${limit} (threshold_mode: fixed reads it as Evidently's distance)`);
      if (reference.kind !== current.kind) throw new DriftError('invalid-input', spec.id, `reference is ${reference.kind} but current is ${current.kind}`);
      if (!spec.appliesTo.includes(reference.kind)) {
        throw new DriftError('not-applicable', spec.id, `applies to ${spec.appliesTo.join(' and ')} columns, not ${reference.kind} ones`);
      }
      if (reference.kind === 'categorical' && current.kind === 'categorical' && reference.counts.length !== current.counts.length) {
        throw new DriftError('invalid-input', spec.id, `reference has ${reference.counts.length} categories, current ${current.counts.length}: prepare both sides together (prepareColumn)`);
      }
      if (sampleSize(reference) === 0) throw new DriftError('no-data', spec.id, 'the reference has no non-missing value');
      if (sampleSize(current) === 0) throw new DriftError('no-data', spec.id, 'the current data has no non-missing value');
      const { statistic, score, detail } = spec.compute(reference, current);
      const seed = options.seed ?? 0;
      const base = { method: spec.id, kind: spec.kind, statistic, score, threshold: limit, mode };
      if (spec.kind === 'p-value') {
        const layout = mode === 'calibrated' ? spec.layout?.(reference, current) : undefined;
        let pValue = score;
        let facts: DriftDetail = detail;
        if (layout) {
          const permuted = permutationTest(layout, { seed, alpha: limit });
          const keepOwn = spec.ownPValueConservative === true && score < 1 / (permuted.permutations + 1) && score < permuted.pValue;
          pValue = keepOwn ? score : permuted.pValue;
          facts = keepOwn
            ? { ...detail, ...layout.detail, belowPermutationFloor: true, permutations: permuted.permutations }
            : { ...detail, ...layout.detail, pValueMethod: 'permutation', permutations: permuted.permutations };
        }
        return { ...base, pValue, decidedBy: 'p-value', falseAlarmRate: limit, falseAlarmRateEstimated: false, drifted: pValue < limit, detail: facts };
      }
      const layout = spec.layout?.(reference, current);
      if (!layout) throw new Error(`unreachable: distance test ${spec.id} has no permutation layout`);
      if (mode === 'fixed') {
        // how often this fixed distance threshold flags a column that did not drift, at these sizes
        const permuted = permutationTest(layout, { seed, alpha: DEFAULT_ALPHA, fixedThreshold: limit / layout.toScore, permutations: FIXED_ESTIMATE_PERMUTATIONS });
        return {
          ...base,
          decidedBy: 'distance',
          falseAlarmRate: permuted.fixedFalseAlarmRate!,
          falseAlarmRateEstimated: true,
          drifted: score >= limit,
          detail,
        };
      }
      const permuted = permutationTest(layout, { seed, alpha: limit });
      return {
        ...base,
        pValue: permuted.pValue,
        decidedBy: 'p-value',
        falseAlarmRate: limit,
        falseAlarmRateEstimated: false,
        criticalValue: permuted.critical * layout.toScore,
        drifted: permuted.pValue < limit,
        detail: { ...detail, ...layout.detail, pValueMethod: 'permutation', permutations: permuted.permutations },
      };
    },
  });
}

/** Permutations behind the false-alarm estimate of a fixed distance threshold. */
export const FIXED_ESTIMATE_PERMUTATIONS = 199;

/** Non-missing values in a sample. */
export function sampleSize(sample: DriftSample): number {
  return sample.kind === 'numeric' ? sample.sorted.length : sample.total;
}
