// Many small predictions as few large ones (issue 18): robustness and permutation importance each predict
// one variant of the same sample per feature (about 100 session.run calls of 200 rows on the example, ~1.2 ms
// each, mostly per-call overhead). The variants are stacked into tables of up to STACK_ROWS rows, predicted
// in one call each, and the prediction is cut back into one per variant. A model's output on a row does not
// depend on the other rows of its batch, so the predictions are the same as one call per variant.
import { requireColumn, type Column, type Table } from '../../core/data/table.js';
import type { Rng } from '../../core/stats/random.js';
import { OnnxModelError, type BinaryPrediction, type ModelRunner, type MulticlassPrediction, type Prediction, type RegressionPrediction } from '../../io/onnx/index.js';

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

/**
 * `base` with rows `rows` replaced by `update`, in new arrays: row rows[i] takes update's row at[i] (row i
 * without `at`).
 */
export function withRows(base: Prediction, rows: Uint32Array, update: Prediction, at?: Uint32Array): Prediction {
  const n = rows.length;
  if (base.task === 'binary-classification' && update.task === 'binary-classification') {
    const score = base.score.slice();
    const yPred = base.yPred.slice();
    for (let i = 0; i < n; i++) {
      const from = at ? at[i]! : i;
      score[rows[i]!] = update.score[from]!;
      yPred[rows[i]!] = update.yPred[from]!;
    }
    return { ...base, score, yPred };
  }
  if (base.task === 'multiclass-classification' && update.task === 'multiclass-classification') {
    const k = base.classCount;
    const probabilities = base.probabilities.slice();
    const yPred = base.yPred.slice();
    for (let i = 0; i < n; i++) {
      const from = at ? at[i]! : i;
      probabilities.set(update.probabilities.subarray(from * k, (from + 1) * k), rows[i]! * k);
      yPred[rows[i]!] = update.yPred[from]!;
    }
    return { ...base, probabilities, yPred };
  }
  if (base.task === 'regression' && update.task === 'regression') {
    const prediction = base.prediction.slice();
    for (let i = 0; i < n; i++) prediction[rows[i]!] = update.prediction[at ? at[i]! : i]!;
    return { ...base, prediction };
  }
  throw new Error(`a ${update.task} prediction cannot update a ${base.task} one`);
}

/** Predictions of the same model one after another, as one (in new arrays, unless there is only one). */
export function concatPredictions(parts: readonly Prediction[]): Prediction {
  if (parts.length === 1) return parts[0]!;
  const rowCount = parts.reduce((sum, part) => sum + part.rowCount, 0);
  function joined<T extends Float64Array | Int32Array | Uint8Array>(out: T, get: (part: Prediction) => T): T {
    let at = 0;
    for (const part of parts) {
      const values = get(part);
      out.set(values, at);
      at += values.length;
    }
    return out;
  }
  const first = parts[0]!;
  if (first.task === 'binary-classification') {
    const of = (part: Prediction) => part as BinaryPrediction;
    return { ...first, rowCount, score: joined(new Float64Array(rowCount), (p) => of(p).score), yPred: joined(new Uint8Array(rowCount), (p) => of(p).yPred) };
  }
  if (first.task === 'multiclass-classification') {
    const of = (part: Prediction) => part as MulticlassPrediction;
    const probabilities = joined(new Float64Array(rowCount * first.classCount), (p) => of(p).probabilities);
    return { ...first, rowCount, probabilities, yPred: joined(new Int32Array(rowCount), (p) => of(p).yPred) };
  }
  return { ...first, rowCount, prediction: joined(new Float64Array(rowCount), (p) => (p as RegressionPrediction).prediction) };
}

/**
 * Permutation importance's variants (each feature's column shuffled `repeats` times, feature by feature, by
 * Fisher-Yates with `rng`'s draws, as withShuffledColumn with rng.nextBelow does) as the distinct inputs they make: a pair is a
 * table row with the feature's value of another row. A row a shuffle leaves as it was (the same value drawn
 * back) is no pair, and a row that two repeats of a feature give the same value is one pair (the same input,
 * the same prediction): on the example 12,000 rows, 7,167 changed, about 5,500 distinct.
 */
export interface ShufflePairs {
  /** Per variant (feature-major, then repeat): the rows its shuffle changed, ascending, and the pair each row is. */
  variants: { rows: Uint32Array; at: Uint32Array }[];
  /** Per pair: the table row, and the row whose value of the feature it takes. */
  row: Uint32Array;
  from: Uint32Array;
  /** The pairs of feature f are [start[f], start[f + 1]). */
  start: Uint32Array;
}

export function shufflePairs(table: Table, features: readonly string[], repeats: number, rng: Rng): ShufflePairs {
  const n = table.rowCount;
  const variants: ShufflePairs['variants'] = [];
  let row = new Uint32Array(Math.max(16, n));
  let from = new Uint32Array(row.length);
  let pairs = 0;
  const start = new Uint32Array(features.length + 1);
  const draws = new Uint32Array(n);
  const perm = new Uint32Array(n);
  const changed = new Uint32Array(n);
  const at = new Uint32Array(n);
  // per row, the values its repeats gave it so far (at most `repeats`) and their pairs: no hashing
  const seenCount = new Uint32Array(n);
  const seenId = new Int32Array(n * repeats);
  const seenPair = new Uint32Array(n * repeats);
  for (const [f, feature] of features.entries()) {
    start[f] = pairs;
    const ids = valueIds(requireColumn(table, feature));
    seenCount.fill(0);
    for (let r = 0; r < repeats; r++) {
      rng.fillShuffle(draws);
      for (let i = 0; i < n; i++) perm[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = draws[i]!;
        const swap = perm[i]!;
        perm[i] = perm[j]!;
        perm[j] = swap;
      }
      let count = 0;
      for (let i = 0; i < n; i++) {
        const source = perm[i]!;
        const id = ids[source]!;
        if (id === ids[i]) continue;
        let pair = -1;
        const slots = seenCount[i]!;
        for (let s = i * repeats, end = s + slots; s < end; s++) {
          if (seenId[s] === id) {
            pair = seenPair[s]!;
            break;
          }
        }
        if (pair < 0) {
          if (pairs === row.length) {
            row = grown(row, pairs);
            from = grown(from, pairs);
          }
          pair = pairs++;
          row[pair] = i;
          from[pair] = source;
          seenId[i * repeats + slots] = id;
          seenPair[i * repeats + slots] = pair;
          seenCount[i] = slots + 1;
        }
        changed[count] = i;
        at[count++] = pair;
      }
      variants.push({ rows: changed.slice(0, count), at: at.slice(0, count) });
    }
  }
  start[features.length] = pairs;
  return { variants, row: row.slice(0, pairs), from: from.slice(0, pairs), start };
}

function grown(array: Uint32Array<ArrayBuffer>, used: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(array.length * 2);
  out.set(array.subarray(0, used));
  return out;
}

/**
 * Per row, an id of its value that is equal exactly when the values are the same input: codes for a
 * categorical column, and for a numeric one the values as Object.is tells them apart (NaN is NaN, -0 is not 0).
 */
function valueIds(column: Column): Int32Array {
  if (column.kind === 'categorical') {
    const ids = new Int32Array(column.codes.length);
    // MISSING_CODE (-1) is id 0
    for (let i = 0; i < ids.length; i++) ids[i] = column.codes[i]! + 1;
    return ids;
  }
  const { values } = column;
  const ids = new Int32Array(values.length);
  const seen = new Map<number, number>();
  let next = 0;
  let negativeZero = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // a Map key compares as SameValueZero, where -0 is 0
    if (value === 0 && 1 / value < 0) {
      if (negativeZero < 0) negativeZero = next++;
      ids[i] = negativeZero;
      continue;
    }
    let id = seen.get(value);
    if (id === undefined) {
      id = next++;
      seen.set(value, id);
    }
    ids[i] = id;
  }
  return ids;
}


/**
 * Pairs [begin, end) as a table, in one copy: each column's value at the pair's row, except the pair's
 * feature, whose value is the one at the row it takes it from.
 */
export function pairTable(table: Table, features: readonly string[], pairs: ShufflePairs, begin: number, end: number): Table {
  const { row, from, start } = pairs;
  const columns = new Map<string, Column>();
  for (const [name, column] of table.columns) {
    // one function per array type: the element accesses stay monomorphic (issue 18: these loops run a few
    // dozen times a gate, too few for V8 to optimise a shared one)
    if (column.kind === 'numeric') {
      const values = gatherFloat64(column.values, row, begin, end);
      for (const [f, feature] of features.entries()) if (feature === name) scatterFloat64(values, column.values, from, begin, Math.max(begin, start[f]!), Math.min(end, start[f + 1]!));
      columns.set(name, { ...column, values });
    } else {
      const codes = gatherInt32(column.codes, row, begin, end);
      for (const [f, feature] of features.entries()) if (feature === name) scatterInt32(codes, column.codes, from, begin, Math.max(begin, start[f]!), Math.min(end, start[f + 1]!));
      columns.set(name, { ...column, codes });
    }
  }
  return { rowCount: end - begin, columns };
}

/** source[index[k]] for k in [begin, end), in a new array. */
function gatherFloat64(source: Float64Array, index: Uint32Array, begin: number, end: number): Float64Array {
  const out = new Float64Array(end - begin);
  for (let k = begin; k < end; k++) out[k - begin] = source[index[k]!]!;
  return out;
}

function gatherInt32(source: Int32Array, index: Uint32Array, begin: number, end: number): Int32Array {
  const out = new Int32Array(end - begin);
  for (let k = begin; k < end; k++) out[k - begin] = source[index[k]!]!;
  return out;
}

/** out[k - offset] = source[index[k]] for k in [first, last). */
function scatterFloat64(out: Float64Array, source: Float64Array, index: Uint32Array, offset: number, first: number, last: number): void {
  for (let k = first; k < last; k++) out[k - offset] = source[index[k]!]!;
}

function scatterInt32(out: Int32Array, source: Int32Array, index: Uint32Array, offset: number, first: number, last: number): void {
  for (let k = first; k < last; k++) out[k - offset] = source[index[k]!]!;
}
