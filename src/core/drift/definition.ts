// What a univariate drift test is: the samples it compares, how it declares itself, how it decides, how it fails.
// Samples are prepared once per column (samples.ts): numeric values finite and sorted, categorical values
// counted per category, missing values removed and counted apart.
import type { DRIFT_METHODS } from '../metrics/known.js';

/** A test's manifest id (`gates.drift.method`), every DRIFT_METHODS entry but 'auto'. */
export type DriftTestId = Exclude<(typeof DRIFT_METHODS)[number], 'auto'>;

export type ColumnKind = 'numeric' | 'categorical';

/**
 * - 'p-value': the score is a p-value; the column drifted when p < threshold.
 * - 'distance': the score is a distance; the column drifted when distance >= threshold (Evidently's rule).
 */
export type DriftScoreKind = 'p-value' | 'distance';

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
  readonly method: DriftTestId;
  readonly kind: DriftScoreKind;
  /** The test statistic: KS D, chi-squared, z, PSI, or the distance itself. */
  readonly statistic: number;
  /** The number compared with the threshold: the p-value of a p-value test, the distance of a distance test. */
  readonly score: number;
  /** Present for p-value tests. */
  readonly pValue?: number;
  readonly threshold: number;
  readonly drifted: boolean;
  readonly detail: DriftDetail;
}

export interface DriftTestDefinition {
  /** Stable id, as written in manifests. */
  readonly id: DriftTestId;
  /** Name for reports. */
  readonly name: string;
  readonly description: string;
  readonly appliesTo: readonly ColumnKind[];
  readonly kind: DriftScoreKind;
  readonly defaultThreshold: number;
  /** Compares two prepared samples of one column; `threshold` defaults to `defaultThreshold`. Throws DriftError. */
  compute(reference: DriftSample, current: DriftSample, threshold?: number): DriftTestResult;
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

export interface DriftTestSpec {
  id: DriftTestId;
  name: string;
  description: string;
  appliesTo: readonly ColumnKind[];
  kind: DriftScoreKind;
  defaultThreshold: number;
  /** Called with two samples of one applicable kind, each with at least one value. */
  compute(reference: DriftSample, current: DriftSample): DriftComputation;
}

/** A registered test: `spec` behind the checks every test shares, and the one decision rule per score kind. */
export function defineDriftTest(spec: DriftTestSpec): DriftTestDefinition {
  return Object.freeze({
    id: spec.id,
    name: spec.name,
    description: spec.description,
    appliesTo: spec.appliesTo,
    kind: spec.kind,
    defaultThreshold: spec.defaultThreshold,
    compute(reference: DriftSample, current: DriftSample, threshold = spec.defaultThreshold): DriftTestResult {
      if (!(threshold > 0) || !Number.isFinite(threshold)) throw new DriftError('invalid-input', spec.id, `threshold must be a positive number; got ${threshold}`);
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
      const drifted = spec.kind === 'p-value' ? score < threshold : score >= threshold;
      return {
        method: spec.id,
        kind: spec.kind,
        statistic,
        score,
        ...(spec.kind === 'p-value' ? { pValue: score } : {}),
        threshold,
        drifted,
        detail,
      };
    },
  });
}

/** Non-missing values in a sample. */
export function sampleSize(sample: DriftSample): number {
  return sample.kind === 'numeric' ? sample.sorted.length : sample.total;
}
