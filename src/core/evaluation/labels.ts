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

function missingLabelsError(column: Column, count: number, first: number): LabelError {
  return new LabelError(`label column '${column.name}' is missing on ${count} row(s), the first being data row ${first + 1}; every evaluation row needs a label`);
}

function rejectMissing(column: Column): void {
  const { count, first } = missingRows(column);
  if (count > 0) throw missingLabelsError(column, count, first);
}

/**
 * Binary truth: 1 where the label equals the positive class. The column must hold at most two values.
 * One pass over the column (issue 18: three passes, for missing labels, the distinct values and the truth,
 * were a fifth of the metrics' time on a million rows); the checks after it, in the order and with the
 * messages of one check per pass.
 */
export function binaryTruth(column: Column, positive: string | number): Uint8Array {
  const numeric = column.kind === 'numeric';
  const values = numeric ? column.values : column.codes;
  // a categorical column's positive class that is not among its categories is -1, which no code kept below equals
  const target = numeric ? Number(positive) : column.categories.indexOf(String(positive));
  const scan = scanBinary(values, numeric, target);
  if (scan.missing > 0) throw missingLabelsError(column, scan.missing, scan.firstMissing);
  if (column.kind === 'numeric') {
    const distinct = scan.distinct.length > 2 ? [...new Set(column.values)] : scan.distinct;
    if (distinct.length > 2) throw new LabelError(`label column '${column.name}' has ${distinct.length} distinct values; binary classification needs two`);
    if (!distinct.includes(target)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${distinct.join(', ')})`);
    return scan.truth;
  }
  const used = scan.distinct.length > 2 ? [...new Set(column.codes)] : scan.distinct;
  if (used.length > 2) {
    const values = used.map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.length} distinct values (${values.join(', ')}); binary classification needs two`);
  }
  if (target === -1 || !used.includes(target)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${used.map((c) => column.categories[c]).join(', ')})`);
  }
  return scan.truth;
}

/**
 * One pass: the missing rows (NaN, or the missing code), the distinct values of the others in order of first
 * appearance up to the third (so "more than two": a Set of a million rows costs more than the rest), and 1
 * where the value is `target`.
 */
function scanBinary(values: Float64Array | Int32Array, numeric: boolean, target: number): { missing: number; firstMissing: number; distinct: number[]; truth: Uint8Array } {
  const n = values.length;
  const truth = new Uint8Array(n);
  const distinct: number[] = [];
  let missing = 0;
  let firstMissing = -1;
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (numeric ? v !== v : v === MISSING_CODE) {
      if (missing++ === 0) firstMissing = i;
      continue;
    }
    if (v === target) truth[i] = 1;
    if (v === a || v === b || distinct.length > 2) continue;
    distinct.push(v);
    if (distinct.length === 1) a = v;
    else if (distinct.length === 2) b = v;
  }
  return { missing, firstMissing, distinct, truth };
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
