// Many small predictions as few large ones (issue 18): robustness and permutation importance each predict
// one variant of the same sample per feature (about 100 session.run calls of 200 rows on the example, ~1.2 ms
// each, mostly per-call overhead). The variants are stacked into tables of up to STACK_ROWS rows, predicted
// in one call each, and the prediction is cut back into one per variant. A model's output on a row does not
// depend on the other rows of its batch, so the predictions are the same as one call per variant.
import { requireColumn, type Column, type Table } from '../../core/data/table.js';
import { OnnxModelError, type ModelRunner, type Prediction } from '../../io/onnx/index.js';

/** Rows per stacked prediction at most (the runner still cuts it into its own batches). */
export const STACK_ROWS = 65_536;

/** A variant's prediction, or the error its output raised (NaN, infinite or out-of-range outputs). */
export type VariantOutcome = { prediction: Prediction } | { error: OnnxModelError };

/** Output errors a perturbation may cause: measured by the gate, not a crash. */
export function isOutputError(error: unknown): error is OnnxModelError {
  return error instanceof OnnxModelError && (error.code === 'non-finite-output' || error.code === 'score-out-of-range');
}

/**
 * The prediction of each table (all with the same columns), stacked into few runs. When a stacked run's
 * output is rejected (a NaN, an infinite value, a probability outside [0, 1]), its tables are predicted one
 * by one, so each variant gets its own outcome and error.
 */
export async function predictEach(runner: ModelRunner, tables: readonly Table[]): Promise<VariantOutcome[]> {
  const outcomes: VariantOutcome[] = [];
  let start = 0;
  while (start < tables.length) {
    let end = start + 1;
    let rows = tables[start]!.rowCount;
    while (end < tables.length && rows + tables[end]!.rowCount <= STACK_ROWS && stackable(tables[start]!, tables[end]!)) rows += tables[end++]!.rowCount;
    const group = tables.slice(start, end);
    if (group.length === 1) outcomes.push(await predictOne(runner, group[0]!));
    else {
      try {
        const prediction = await runner.predict(stack(group, rows));
        let first = 0;
        for (const table of group) {
          outcomes.push({ prediction: slicePrediction(prediction, first, first + table.rowCount) });
          first += table.rowCount;
        }
      } catch (error) {
        if (!isOutputError(error)) throw error;
        for (const table of group) outcomes.push(await predictOne(runner, table));
      }
    }
    start = end;
  }
  return outcomes;
}

async function predictOne(runner: ModelRunner, table: Table): Promise<VariantOutcome> {
  try {
    return { prediction: await runner.predict(table) };
  } catch (error) {
    if (isOutputError(error)) return { error };
    throw error;
  }
}

/** Same columns, of the same kinds, and categorical ones with the same categories (codes mean the same). */
function stackable(a: Table, b: Table): boolean {
  if (a.columns.size !== b.columns.size) return false;
  for (const [name, column] of a.columns) {
    const other = b.columns.get(name);
    if (!other || other.kind !== column.kind) return false;
    if (column.kind === 'categorical' && other.kind === 'categorical' && !sameCategories(column.categories, other.categories)) return false;
  }
  return true;
}

function sameCategories(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((category, i) => category === b[i]);
}

/** The tables' rows one after another, in new columns. */
export function stack(tables: readonly Table[], rows: number): Table {
  const columns = new Map<string, Column>();
  for (const [name, column] of tables[0]!.columns) {
    const parts = tables.map((table) => table.columns.get(name) as typeof column);
    if (column.kind === 'numeric') columns.set(name, { ...column, values: concatenated(new Float64Array(rows), parts.map((part) => (part as typeof column).values)) });
    else columns.set(name, { ...column, codes: concatenated(new Int32Array(rows), parts.map((part) => (part as typeof column).codes)) });
  }
  return { rowCount: rows, columns };
}

/** `parts` one after another in `out`. */
function concatenated<T extends Float64Array | Int32Array>(out: T, parts: readonly T[]): T {
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Rows [start, end) of a prediction (views, no copy). */
export function slicePrediction(prediction: Prediction, start: number, end: number): Prediction {
  const rowCount = end - start;
  if (prediction.task === 'binary-classification') return { ...prediction, rowCount, score: prediction.score.subarray(start, end), yPred: prediction.yPred.subarray(start, end) };
  if (prediction.task === 'multiclass-classification') {
    const k = prediction.classCount;
    return { ...prediction, rowCount, probabilities: prediction.probabilities.subarray(start * k, end * k), yPred: prediction.yPred.subarray(start, end) };
  }
  return { ...prediction, rowCount, prediction: prediction.prediction.subarray(start, end) };
}

/** The rows where `variant`'s column `name` differs from `table`'s (the same rows otherwise): what a prediction must rerun. */
export function changedRows(table: Table, variant: Table, name: string): Uint32Array {
  const before = requireColumn(table, name);
  const after = requireColumn(variant, name);
  const rows: number[] = [];
  if (before.kind === 'numeric' && after.kind === 'numeric') {
    // Object.is: NaN is NaN (both missing), while -0 and 0 are two inputs
    for (let row = 0; row < table.rowCount; row++) if (!Object.is(before.values[row], after.values[row])) rows.push(row);
  } else if (before.kind === 'categorical' && after.kind === 'categorical' && before.categories === after.categories) {
    for (let row = 0; row < table.rowCount; row++) if (before.codes[row] !== after.codes[row]) rows.push(row);
  } else for (let row = 0; row < table.rowCount; row++) rows.push(row);
  return Uint32Array.from(rows);
}

/** `base` with rows `rows` replaced by `update` (whose row i is row rows[i]), in new arrays. */
export function withRows(base: Prediction, rows: Uint32Array, update: Prediction): Prediction {
  if (base.task === 'binary-classification' && update.task === 'binary-classification') {
    const score = base.score.slice();
    const yPred = base.yPred.slice();
    rows.forEach((row, i) => {
      score[row] = update.score[i]!;
      yPred[row] = update.yPred[i]!;
    });
    return { ...base, score, yPred };
  }
  if (base.task === 'multiclass-classification' && update.task === 'multiclass-classification') {
    const k = base.classCount;
    const probabilities = base.probabilities.slice();
    const yPred = base.yPred.slice();
    rows.forEach((row, i) => {
      probabilities.set(update.probabilities.subarray(i * k, (i + 1) * k), row * k);
      yPred[row] = update.yPred[i]!;
    });
    return { ...base, probabilities, yPred };
  }
  if (base.task === 'regression' && update.task === 'regression') {
    const prediction = base.prediction.slice();
    rows.forEach((row, i) => {
      prediction[row] = update.prediction[i]!;
    });
    return { ...base, prediction };
  }
  throw new Error(`a ${update.task} prediction cannot update a ${base.task} one`);
}
