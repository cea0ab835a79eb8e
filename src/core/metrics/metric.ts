// What a performance metric is: the inputs it reads, how it declares itself, how it fails.
// Inputs are columnar (typed arrays, one entry per evaluation row), as the engine holds data.
import type { Task } from '../manifest/manifest.js';

export type Direction = 'higher-is-better' | 'lower-is-better';

/**
 * What a metric reads from the model's output: `labels` (predicted classes), `scores` (any ranking
 * of P(positive)), `probabilities` (calibrated values in [0, 1]), `predictions` (regression values).
 * A model that declares only a label output can feed `labels` metrics, not `scores` ones.
 */
export type MetricNeeds = 'labels' | 'scores' | 'probabilities' | 'predictions';

export interface BinaryInput {
  task: 'binary-classification';
  /** True class per row: 1 = positive, 0 = negative. */
  yTrue: Uint8Array;
  /** P(positive) per row. Absent when the model outputs only labels; metrics that need it then throw `missing-input`. */
  score?: Float64Array;
  /** Predicted class per row (0/1), at the decision threshold. */
  yPred: Uint8Array;
}

export interface MulticlassInput {
  task: 'multiclass-classification';
  /** True class index per row, in 0..classCount-1. */
  yTrue: Int32Array;
  /** N×K row-major: probabilities[i * classCount + k] = P(class k | row i). Absent when the model outputs only labels. */
  probabilities?: Float64Array;
  classCount: number;
  /** Predicted class index per row. */
  yPred: Int32Array;
}

export interface RegressionInput {
  task: 'regression';
  yTrue: Float64Array;
  yPred: Float64Array;
}

export type MetricInput = BinaryInput | MulticlassInput | RegressionInput;

/** The input type a task takes: `InputFor<'regression'>` is `RegressionInput`. */
export type InputFor<T extends Task> = Extract<MetricInput, { task: T }>;

export interface MetricDefinition {
  /** Stable id, as written in manifests (`gates.performance.metrics.<id>`). */
  readonly id: string;
  readonly tasks: readonly Task[];
  readonly direction: Direction;
  readonly description: string;
  readonly needs: MetricNeeds;
  /** The metric's value: a finite number, or a `MetricError` (never NaN). See registry.ts for the policy. */
  compute(input: MetricInput): number;
}

/**
 * - `invalid-input`: the data cannot be evaluated (no rows, lengths differ, a label outside its range,
 *   a non-finite value, a probability outside [0, 1]) or the metric does not apply to the task;
 * - `missing-input`: the model does not produce what the metric needs (no score output);
 * - `undefined`: the input is valid but the metric has no value on it (ROC AUC with one class present).
 */
export type MetricErrorCode = 'invalid-input' | 'missing-input' | 'undefined';

export class MetricError extends Error {
  override readonly name = 'MetricError';
  readonly code: MetricErrorCode;
  /** Id of the metric that failed. */
  readonly metric: string;

  constructor(code: MetricErrorCode, metric: string, message: string) {
    super(`${metric}: ${message}`);
    this.code = code;
    this.metric = metric;
  }
}

export interface MetricSpec<T extends Task> {
  id: string;
  tasks: readonly T[];
  direction: Direction;
  description: string;
  needs: MetricNeeds;
  /** Called only with an input of one of `tasks`, with at least one row and consistent lengths. */
  compute(input: InputFor<T>): number;
}

/** A registered metric: `spec` behind the checks every metric shares (task, rows, lengths). */
export function defineMetric<T extends Task>(spec: MetricSpec<T>): MetricDefinition {
  const tasks: readonly Task[] = spec.tasks;
  return Object.freeze({
    id: spec.id,
    tasks,
    direction: spec.direction,
    description: spec.description,
    needs: spec.needs,
    compute(input: MetricInput): number {
      if (!tasks.includes(input.task)) {
        throw new MetricError('invalid-input', spec.id, `applies to ${tasks.join(', ')}, not ${input.task}`);
      }
      checkShape(spec.id, input);
      const value = spec.compute(input as InputFor<T>);
      // the policy's guarantee, kept here once: squares of values beyond ~1e154 overflow to Infinity
      if (!Number.isFinite(value)) throw new MetricError('invalid-input', spec.id, `the result is ${value}: the values are too large to evaluate in double precision`);
      return value;
    },
  });
}

/** O(1) checks of an input's shape; values are checked in each metric's own pass over the data. */
export function checkShape(metric: string, input: MetricInput): void {
  const rows = input.yTrue.length;
  if (rows === 0) throw new MetricError('invalid-input', metric, 'no rows to evaluate: the evaluation data is empty');
  if (input.yPred.length !== rows) throw new MetricError('invalid-input', metric, `yPred has ${input.yPred.length} rows, yTrue has ${rows}`);
  if (input.task === 'binary-classification' && input.score && input.score.length !== rows) {
    throw new MetricError('invalid-input', metric, `score has ${input.score.length} rows, yTrue has ${rows}`);
  }
  if (input.task === 'multiclass-classification') {
    const { classCount, probabilities } = input;
    if (!Number.isInteger(classCount) || classCount < 2) throw new MetricError('invalid-input', metric, `classCount must be an integer of at least 2, got ${classCount}`);
    if (probabilities && probabilities.length !== rows * classCount) {
      throw new MetricError('invalid-input', metric, `probabilities has ${probabilities.length} values; ${rows} rows × ${classCount} classes needs ${rows * classCount}`);
    }
  }
}

export function requireScore(metric: string, input: BinaryInput): Float64Array {
  if (!input.score) throw new MetricError('missing-input', metric, 'needs the predicted probability of the positive class; the model provides only labels (declare artifact.outputs.score)');
  return input.score;
}

export function requireProbabilities(metric: string, input: MulticlassInput): Float64Array {
  if (!input.probabilities) throw new MetricError('missing-input', metric, 'needs class probabilities; the model provides only labels (declare artifact.outputs.score)');
  return input.probabilities;
}

export function badBinaryLabel(metric: string, column: 'yTrue' | 'yPred', row: number, value: number): MetricError {
  return new MetricError('invalid-input', metric, `${column}[${row}] is ${value}; binary labels must be 0 (negative) or 1 (positive)`);
}

export function badClassIndex(metric: string, column: 'yTrue' | 'yPred', row: number, value: number, classCount: number): MetricError {
  return new MetricError('invalid-input', metric, `${column}[${row}] is ${value}; class indices must be in 0..${classCount - 1} (classCount ${classCount})`);
}

export function badNumber(metric: string, column: string, row: number, value: number): MetricError {
  return new MetricError('invalid-input', metric, `${column}[${row}] is ${value}; expected a finite number`);
}

export function badProbability(metric: string, column: string, row: number, value: number): MetricError {
  return new MetricError('invalid-input', metric, `${column}[${row}] is ${value}; expected a probability in [0, 1]`);
}

/** The error for a regression row whose difference yPred − yTrue is not finite, naming the culprit. */
export function badRegressionRow(metric: string, yTrue: Float64Array, yPred: Float64Array, row: number): MetricError {
  const truth = yTrue[row]!;
  const prediction = yPred[row]!;
  if (!Number.isFinite(truth)) return badNumber(metric, 'yTrue', row, truth);
  if (!Number.isFinite(prediction)) return badNumber(metric, 'yPred', row, prediction);
  return new MetricError('invalid-input', metric, `yPred[${row}] − yTrue[${row}] overflows (${prediction} − ${truth})`);
}
