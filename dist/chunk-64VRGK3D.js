import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MISSING_CODE
} from "./chunk-VNFW3NFW.js";

// src/core/evaluation/labels.ts
var LabelError = class extends Error {
};
function missingRows(column) {
  let count = 0;
  let first = -1;
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  for (let i = 0; i < n; i++) {
    const missing = column.kind === "numeric" ? Number.isNaN(column.values[i]) : column.codes[i] === MISSING_CODE;
    if (!missing) continue;
    count++;
    if (first === -1) first = i;
  }
  return { count, first };
}
function missingLabelsError(column, count, first) {
  return new LabelError(`label column '${column.name}' is missing on ${count} row(s), the first being data row ${first + 1}; every evaluation row needs a label`);
}
function rejectMissing(column) {
  const { count, first } = missingRows(column);
  if (count > 0) throw missingLabelsError(column, count, first);
}
function binaryTruth(column, positive) {
  const numeric = column.kind === "numeric";
  const values = numeric ? column.values : column.codes;
  const target = numeric ? Number(positive) : column.categories.indexOf(String(positive));
  const scan = scanBinary(values, numeric, target);
  if (scan.missing > 0) throw missingLabelsError(column, scan.missing, scan.firstMissing);
  if (column.kind === "numeric") {
    const distinct = scan.distinct.length > 2 ? [...new Set(column.values)] : scan.distinct;
    if (distinct.length > 2) throw new LabelError(`label column '${column.name}' has ${distinct.length} distinct values; binary classification needs two`);
    if (!distinct.includes(target)) throw new LabelError(`positive class ${String(positive)} never occurs in label column '${column.name}' (values: ${distinct.join(", ")})`);
    return scan.truth;
  }
  const used = scan.distinct.length > 2 ? [...new Set(column.codes)] : scan.distinct;
  if (used.length > 2) {
    const values2 = used.map((code) => column.categories[code]).slice(0, 10);
    throw new LabelError(`label column '${column.name}' has ${used.length} distinct values (${values2.join(", ")}); binary classification needs two`);
  }
  if (target === -1 || !used.includes(target)) {
    throw new LabelError(`positive class '${String(positive)}' never occurs in label column '${column.name}' (values: ${used.map((c) => column.categories[c]).join(", ")})`);
  }
  return scan.truth;
}
function scanBinary(values, numeric, target) {
  const n = values.length;
  const truth = new Uint8Array(n);
  const distinct = [];
  let missing = 0;
  let firstMissing = -1;
  let a = Number.NaN;
  let b = Number.NaN;
  for (let i = 0; i < n; i++) {
    const v = values[i];
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
function multiclassTruth(column, classes) {
  rejectMissing(column);
  const index = new Map(classes.map((c, i) => [String(c), i]));
  const text = (row) => column.kind === "numeric" ? String(column.values[row]) : column.categories[column.codes[row]];
  const n = column.kind === "numeric" ? column.values.length : column.codes.length;
  const truth = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    const k = index.get(text(row));
    if (k === void 0) throw new LabelError(`label '${text(row)}' on data row ${row + 1} is not one of data.label.classes (${classes.join(", ")})`);
    truth[row] = k;
  }
  return truth;
}
function regressionTruth(column) {
  if (column.kind !== "numeric") throw new LabelError(`label column '${column.name}' must be numeric for regression`);
  rejectMissing(column);
  return column.values;
}

export {
  LabelError,
  binaryTruth,
  multiclassTruth,
  regressionTruth
};
