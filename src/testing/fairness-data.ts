// Fixtures shared by the fairness tests (test-only module).
import type { CategoricalColumn, Column, NumericColumn } from '../core/data/table.js';
import type { BinaryInput, RegressionInput } from '../core/metrics/metric.js';

/** A categorical column from text values; null is a missing value. Categories in order of first appearance, as readers build them. */
export function categorical(name: string, values: readonly (string | null)[]): CategoricalColumn {
  const categories: string[] = [];
  const codes = Int32Array.from(values, (value) => {
    if (value === null) return -1;
    let code = categories.indexOf(value);
    if (code < 0) code = categories.push(value) - 1;
    return code;
  });
  return { name, kind: 'categorical', codes, categories };
}

export function numeric(name: string, values: readonly number[]): NumericColumn {
  return { name, kind: 'numeric', values: Float64Array.from(values) };
}

export function binary(yTrue: readonly number[], yPred: readonly number[]): BinaryInput {
  return { task: 'binary-classification', yTrue: Uint8Array.from(yTrue), yPred: Uint8Array.from(yPred) };
}

export function regression(yTrue: readonly number[], yPred: readonly number[]): RegressionInput {
  return { task: 'regression', yTrue: Float64Array.from(yTrue), yPred: Float64Array.from(yPred) };
}

export function columnsOf(...columns: Column[]): Map<string, Column> {
  return new Map(columns.map((c) => [c.name, c]));
}

/** `value` repeated `times` times. */
export function repeat<T>(value: T, times: number): T[] {
  return Array.from({ length: times }, () => value);
}

// Fairlearn's user-guide example: docs/user_guide/assessment/perform_fairness_assessment.rst (also
// common_fairness_metrics.rst, advanced_metricframe.rst, saving_loading_metricframe.rst) in fairlearn/fairlearn.
export const FAIRLEARN_Y_TRUE = [0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1];
export const FAIRLEARN_Y_PRED = [0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0];
export const FAIRLEARN_SF = ['b', 'b', 'a', 'b', 'b', 'c', 'c', 'c', 'a', 'a', 'c', 'a', 'b', 'c', 'c', 'b', 'c', 'c'];

// Aequitas' test fixture: tests/test_artifacts/test_bias_report/test_1.csv in dssg/aequitas
// (label_value, score, class); the score column holds the binary prediction.
export const AEQUITAS_ROWS: readonly [label: number, score: number, klass: string][] = [
  [1, 1, 'High'],
  [1, 0, 'Low'],
  [1, 0, 'High'],
  [1, 1, 'Low'],
  [1, 1, 'High'],
  [0, 1, 'Low'],
  [0, 0, 'High'],
  [0, 0, 'Low'],
  [0, 1, 'High'],
  [0, 1, 'Low'],
];

/** `count` rows of `group`: `positives` labelled 1, of which `selectedPositives` predicted 1, and `selectedNegatives` of the rest. */
export function rowsOf(group: string, count: number, positives: number, selectedPositives: number, selectedNegatives: number) {
  const yTrue = [...repeat(1, positives), ...repeat(0, count - positives)];
  const yPred = [...repeat(1, selectedPositives), ...repeat(0, positives - selectedPositives), ...repeat(1, selectedNegatives), ...repeat(0, count - positives - selectedNegatives)];
  return { groups: repeat(group, count), yTrue, yPred };
}

export function dataset(...parts: ReturnType<typeof rowsOf>[]): { yTrue: number[]; yPred: number[]; groups: string[] } {
  return { yTrue: parts.flatMap((p) => p.yTrue), yPred: parts.flatMap((p) => p.yPred), groups: parts.flatMap((p) => p.groups) };
}
