// The label column of the evaluation data -> the typed truth the metrics read.
import { MISSING_CODE, type Column } from '../data/table.js';

export class LabelError extends Error {}

function missingRows(column: Column): { count: number; first: number } {
  let count = 0;
  let first = -1;
  const n = column.kind === 'numeric' ? column.values.length : column.codes.length;
  for (let i = 0; i < n; i++) {
    const missing = column.kind === 'numeric' ? Number.isNaN(column.values[i]!) : column.codes[i] === MISSING_CODE;
    if (!missing) continue;
    count++;
    if (first === -1) first = i;
  }
  return { count, first };
}

function rejectMissing(column: Column): void {
  const { count, first } = missingRows(column);
  if (count > 0) throw new LabelError(`label column '${column.name}' is missing on ${count} row(s), the first being data row ${first + 1}; every evaluation row needs a label`);
}

/** Binary truth: 1 where the label equals the positive class. The column must hold at most two values. */
export function binaryTruth(column: Column, positive: string | number): Uint8Array {
  rejectMissing(column);
  if (column.kind === 'numeric') {
    const value = Number(positive);
    const seen = firstDistinct(column.values);
    const distinct = seen.length > 2 ? [...new Set(column.values)] : seen;
    if (distinct.length > 2) throw new LabelError(`label column '${column.name}' has ${distinct.length} distinct values; binary classification needs two`);
    if (!distinct.includes(value)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${distinct.join(', ')})`);
    return truthWhere(column.values, value);
  }
  const seen = firstDistinct(column.codes);
  const used = seen.length > 2 ? [...new Set(column.codes)] : seen;
  if (used.length > 2) {
    const values = used.map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.length} distinct values (${values.join(', ')}); binary classification needs two`);
  }
  const positiveCode = column.categories.indexOf(String(positive));
  if (positiveCode === -1 || !used.includes(positiveCode)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${used.map((c) => column.categories[c]).join(', ')})`);
  }
  return truthWhere(column.codes, positiveCode);
}

/**
 * The distinct values in order of first appearance, stopping at the third (so "more than two"): a
 * Set built from a million rows costs more than the rest of the labels' work.
 */
function firstDistinct(values: Float64Array | Int32Array): number[] {
  const seen: number[] = [];
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === a || v === b) continue;
    seen.push(v);
    if (seen.length === 1) a = v;
    else if (seen.length === 2) b = v;
    else break;
  }
  return seen;
}

/** 1 where the value is `target`, else 0. A plain loop: Uint8Array.from with a mapper is ~15x slower on a million rows. */
function truthWhere(values: Float64Array | Int32Array, target: number): Uint8Array {
  const truth = new Uint8Array(values.length);
  for (let i = 0; i < truth.length; i++) truth[i] = values[i] === target ? 1 : 0;
  return truth;
}

/** Multiclass truth: the index of each row's class in `classes` (the score columns' order). */
export function multiclassTruth(column: Column, classes: readonly (string | number)[]): Int32Array {
  rejectMissing(column);
  const index = new Map(classes.map((c, i) => [String(c), i]));
  const text = (row: number) => (column.kind === 'numeric' ? String(column.values[row]) : column.categories[column.codes[row]!]!);
  const n = column.kind === 'numeric' ? column.values.length : column.codes.length;
  const truth = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const k = index.get(text(row));
    if (k === undefined) throw new LabelError(`label '${text(row)}' on data row ${row + 1} is not one of data.label.classes (${classes.join(', ')})`);
    truth[row] = k;
  }
  return truth;
}

/** Regression truth: the numeric label column itself. */
export function regressionTruth(column: Column): Float64Array {
  if (column.kind !== 'numeric') throw new LabelError(`label column '${column.name}' must be numeric for regression`);
  rejectMissing(column);
  return column.values;
}
