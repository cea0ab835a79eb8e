import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  OnnxModelError,
  openModel,
  runnerSpecFromManifest
} from "./chunk-V7A46GUN.js";
import {
  binaryTruth,
  multiclassTruth,
  regressionTruth
} from "./chunk-64VRGK3D.js";
import {
  createRng,
  metricOrNaN,
  quantileSorted
} from "./chunk-ZKG3CRNN.js";
import {
  MISSING_CODE,
  requireColumn,
  takeRows,
  withShuffledColumn
} from "./chunk-VNFW3NFW.js";

// src/core/robustness/perturb.ts
function replaceColumn(table, column) {
  const columns = new Map(table.columns);
  columns.set(column.name, column);
  return { rowCount: table.rowCount, columns };
}
function withMissing(table, name) {
  const column = table.columns.get(name);
  return replaceColumn(
    table,
    column.kind === "numeric" ? { ...column, values: new Float64Array(table.rowCount).fill(Number.NaN) } : { ...column, codes: new Int32Array(table.rowCount).fill(MISSING_CODE) }
  );
}
function withConstant(table, name, value) {
  const column = table.columns.get(name);
  return replaceColumn(table, { ...column, values: new Float64Array(table.rowCount).fill(value) });
}
function finiteRange(values) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : void 0;
}
function extremeValues(range, factor) {
  const width = range.max - range.min || Math.max(Math.abs(range.max), 1);
  return { low: range.min - factor * width, high: range.max + factor * width };
}
function finiteStd(values) {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    n++;
    const delta = v - mean;
    mean += delta / n;
    m2 += delta * (v - mean);
  }
  return n > 0 ? Math.sqrt(m2 / n) : 0;
}
function gaussian(uniform) {
  let spare;
  return () => {
    if (spare !== void 0) {
      const value = spare;
      spare = void 0;
      return value;
    }
    let u = 0;
    while (u === 0) u = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}
function withNoise(table, names, level, uniform) {
  const normal = gaussian(uniform);
  let noisy = table;
  for (const name of names) {
    const column = table.columns.get(name);
    const sigma = level * finiteStd(column.values);
    const values = new Float64Array(column.values.length);
    for (let i = 0; i < values.length; i++) values[i] = column.values[i] + sigma * normal();
    noisy = replaceColumn(noisy, { ...column, values });
  }
  return noisy;
}
function flipRate(a, b) {
  let flips = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) flips++;
  return a.length === 0 ? 0 : flips / a.length;
}
function meanAbsoluteChange(a, b) {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return a.length === 0 ? 0 : sum / a.length;
}

// src/commands/evaluate/batch.ts
var STACK_ROWS = 65536;
function isOutputError(error) {
  return error instanceof OnnxModelError && (error.code === "non-finite-output" || error.code === "score-out-of-range");
}
async function predictEach(runner, tables) {
  const outcomes = [];
  let start = 0;
  while (start < tables.length) {
    let end = start + 1;
    let rows = tables[start].rowCount;
    while (end < tables.length && rows + tables[end].rowCount <= STACK_ROWS && stackable(tables[start], tables[end])) rows += tables[end++].rowCount;
    const group = tables.slice(start, end);
    if (group.length === 1) outcomes.push(await predictOne(runner, group[0]));
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
async function predictOne(runner, table) {
  try {
    return { prediction: await runner.predict(table) };
  } catch (error) {
    if (isOutputError(error)) return { error };
    throw error;
  }
}
function stackable(a, b) {
  if (a.columns.size !== b.columns.size) return false;
  for (const [name, column] of a.columns) {
    const other = b.columns.get(name);
    if (!other || other.kind !== column.kind) return false;
    if (column.kind === "categorical" && other.kind === "categorical" && !sameCategories(column.categories, other.categories)) return false;
  }
  return true;
}
function sameCategories(a, b) {
  if (a === b) return true;
  return a.length === b.length && a.every((category, i) => category === b[i]);
}
function stack(tables, rows) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of tables[0].columns) {
    const parts = tables.map((table) => table.columns.get(name));
    if (column.kind === "numeric") columns.set(name, { ...column, values: concatenated(new Float64Array(rows), parts.map((part) => part.values)) });
    else columns.set(name, { ...column, codes: concatenated(new Int32Array(rows), parts.map((part) => part.codes)) });
  }
  return { rowCount: rows, columns };
}
function concatenated(out, parts) {
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
function slicePrediction(prediction, start, end) {
  const rowCount = end - start;
  if (prediction.task === "binary-classification") return { ...prediction, rowCount, score: prediction.score.subarray(start, end), yPred: prediction.yPred.subarray(start, end) };
  if (prediction.task === "multiclass-classification") {
    const k = prediction.classCount;
    return { ...prediction, rowCount, probabilities: prediction.probabilities.subarray(start * k, end * k), yPred: prediction.yPred.subarray(start, end) };
  }
  return { ...prediction, rowCount, prediction: prediction.prediction.subarray(start, end) };
}
function changedRows(table, variant, name) {
  const before = requireColumn(table, name);
  const after = requireColumn(variant, name);
  const rows = [];
  if (before.kind === "numeric" && after.kind === "numeric") {
    for (let row = 0; row < table.rowCount; row++) if (!Object.is(before.values[row], after.values[row])) rows.push(row);
  } else if (before.kind === "categorical" && after.kind === "categorical" && before.categories === after.categories) {
    for (let row = 0; row < table.rowCount; row++) if (before.codes[row] !== after.codes[row]) rows.push(row);
  } else for (let row = 0; row < table.rowCount; row++) rows.push(row);
  return Uint32Array.from(rows);
}
function withRows(base, rows, update, at) {
  const n = rows.length;
  if (base.task === "binary-classification" && update.task === "binary-classification") {
    const score = base.score.slice();
    const yPred = base.yPred.slice();
    for (let i = 0; i < n; i++) {
      const from = at ? at[i] : i;
      score[rows[i]] = update.score[from];
      yPred[rows[i]] = update.yPred[from];
    }
    return { ...base, score, yPred };
  }
  if (base.task === "multiclass-classification" && update.task === "multiclass-classification") {
    const k = base.classCount;
    const probabilities = base.probabilities.slice();
    const yPred = base.yPred.slice();
    for (let i = 0; i < n; i++) {
      const from = at ? at[i] : i;
      probabilities.set(update.probabilities.subarray(from * k, (from + 1) * k), rows[i] * k);
      yPred[rows[i]] = update.yPred[from];
    }
    return { ...base, probabilities, yPred };
  }
  if (base.task === "regression" && update.task === "regression") {
    const prediction = base.prediction.slice();
    for (let i = 0; i < n; i++) prediction[rows[i]] = update.prediction[at ? at[i] : i];
    return { ...base, prediction };
  }
  throw new Error(`a ${update.task} prediction cannot update a ${base.task} one`);
}
function concatPredictions(parts) {
  if (parts.length === 1) return parts[0];
  const rowCount = parts.reduce((sum, part) => sum + part.rowCount, 0);
  function joined(out, get) {
    let at = 0;
    for (const part of parts) {
      const values = get(part);
      out.set(values, at);
      at += values.length;
    }
    return out;
  }
  const first = parts[0];
  if (first.task === "binary-classification") {
    const of = (part) => part;
    return { ...first, rowCount, score: joined(new Float64Array(rowCount), (p) => of(p).score), yPred: joined(new Uint8Array(rowCount), (p) => of(p).yPred) };
  }
  if (first.task === "multiclass-classification") {
    const of = (part) => part;
    const probabilities = joined(new Float64Array(rowCount * first.classCount), (p) => of(p).probabilities);
    return { ...first, rowCount, probabilities, yPred: joined(new Int32Array(rowCount), (p) => of(p).yPred) };
  }
  return { ...first, rowCount, prediction: joined(new Float64Array(rowCount), (p) => p.prediction) };
}
function shufflePairs(table, features, repeats, rng) {
  const n = table.rowCount;
  const variants = [];
  let row = new Uint32Array(Math.max(16, n));
  let from = new Uint32Array(row.length);
  let pairs = 0;
  const start = new Uint32Array(features.length + 1);
  const draws = new Uint32Array(n);
  const perm = new Uint32Array(n);
  const changed = new Uint32Array(n);
  const at = new Uint32Array(n);
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
        const j = draws[i];
        const swap = perm[i];
        perm[i] = perm[j];
        perm[j] = swap;
      }
      let count = 0;
      for (let i = 0; i < n; i++) {
        const source = perm[i];
        const id = ids[source];
        if (id === ids[i]) continue;
        let pair = -1;
        const slots = seenCount[i];
        for (let s = i * repeats, end = s + slots; s < end; s++) {
          if (seenId[s] === id) {
            pair = seenPair[s];
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
function grown(array, used) {
  const out = new Uint32Array(array.length * 2);
  out.set(array.subarray(0, used));
  return out;
}
function valueIds(column) {
  if (column.kind === "categorical") {
    const ids2 = new Int32Array(column.codes.length);
    for (let i = 0; i < ids2.length; i++) ids2[i] = column.codes[i] + 1;
    return ids2;
  }
  const { values } = column;
  const ids = new Int32Array(values.length);
  const seen = /* @__PURE__ */ new Map();
  let next = 0;
  let negativeZero = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === 0 && 1 / value < 0) {
      if (negativeZero < 0) negativeZero = next++;
      ids[i] = negativeZero;
      continue;
    }
    let id = seen.get(value);
    if (id === void 0) {
      id = next++;
      seen.set(value, id);
    }
    ids[i] = id;
  }
  return ids;
}
function pairTable(table, features, pairs, begin, end) {
  const { row, from, start } = pairs;
  const columns = /* @__PURE__ */ new Map();
  for (const [name, column] of table.columns) {
    if (column.kind === "numeric") {
      const values = gatherFloat64(column.values, row, begin, end);
      for (const [f, feature] of features.entries()) if (feature === name) scatterFloat64(values, column.values, from, begin, Math.max(begin, start[f]), Math.min(end, start[f + 1]));
      columns.set(name, { ...column, values });
    } else {
      const codes = gatherInt32(column.codes, row, begin, end);
      for (const [f, feature] of features.entries()) if (feature === name) scatterInt32(codes, column.codes, from, begin, Math.max(begin, start[f]), Math.min(end, start[f + 1]));
      columns.set(name, { ...column, codes });
    }
  }
  return { rowCount: end - begin, columns };
}
function gatherFloat64(source, index, begin, end) {
  const out = new Float64Array(end - begin);
  for (let k = begin; k < end; k++) out[k - begin] = source[index[k]];
  return out;
}
function gatherInt32(source, index, begin, end) {
  const out = new Int32Array(end - begin);
  for (let k = begin; k < end; k++) out[k - begin] = source[index[k]];
  return out;
}
function scatterFloat64(out, source, index, offset, first, last) {
  for (let k = first; k < last; k++) out[k - offset] = source[index[k]];
}
function scatterInt32(out, source, index, offset, first, last) {
  for (let k = first; k < last; k++) out[k - offset] = source[index[k]];
}

// src/commands/evaluate/measure.ts
var SAMPLE_ROWS = 5e3;
var LATENCY_ROWS = 200;
var LATENCY_WARMUP = 10;
function sampleTable(table, seed) {
  if (table.rowCount <= SAMPLE_ROWS) return { table };
  const rng = createRng(seed);
  const indices = new Uint32Array(SAMPLE_ROWS);
  let chosen = 0;
  for (let row = 0; row < table.rowCount && chosen < SAMPLE_ROWS; row++) {
    if ((table.rowCount - row) * rng.nextFloat() < SAMPLE_ROWS - chosen) indices[chosen++] = row;
  }
  return { table: takeRows(table, indices), indices };
}
async function measureLatency(runner, table) {
  const rows = Math.min(LATENCY_ROWS, table.rowCount);
  const prepared = Array.from({ length: rows }, (_, row) => runner.prepare(table, row, row + 1));
  for (let i = 0; i < Math.min(LATENCY_WARMUP, rows); i++) await runner.runRaw(prepared[i]);
  const times = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const started = performance.now();
    await runner.runRaw(prepared[i]);
    times[i] = performance.now() - started;
  }
  const sorted = Array.from(times).sort((a, b) => a - b);
  return { p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95), p99: quantileSorted(sorted, 0.99) };
}
function scoresOf(prediction) {
  if (prediction.task === "binary-classification") return { score: prediction.score, label: prediction.yPred };
  if (prediction.task === "multiclass-classification") {
    const k = prediction.classCount;
    return { score: Float64Array.from(prediction.yPred, (c, row) => prediction.probabilities[row * k + c]), label: prediction.yPred };
  }
  return { score: prediction.prediction, label: prediction.prediction };
}
function perturbedResult(base, outcome, rows, range) {
  if ("error" in outcome) {
    const { error } = outcome;
    const count = error.badRows?.count ?? rows;
    return {
      labelFlipRate: Number.NaN,
      meanScoreChange: Number.NaN,
      nonFinite: error.code === "non-finite-output" ? count : 0,
      outOfRange: error.code === "score-out-of-range" ? count : 0
    };
  }
  const { prediction } = outcome;
  const { score, label } = scoresOf(prediction);
  let outOfRange = 0;
  if (range) {
    for (const s of score) if (range.min !== void 0 && s < range.min || range.max !== void 0 && s > range.max) outOfRange++;
  }
  const regression = prediction.task === "regression";
  return {
    labelFlipRate: regression ? 0 : flipRate(base.label, label),
    meanScoreChange: meanAbsoluteChange(base.score, score),
    nonFinite: 0,
    outOfRange
  };
}
async function measureRobustness(runner, table, settings) {
  const base = scoresOf(settings.baseline ?? await runner.predict(table));
  const measurements = [];
  const worstOf = async (check, variants) => {
    let worst;
    const totals = { nonFinite: 0, outOfRange: 0 };
    const outcomes = await predictEach(runner, variants.map((variant) => variant.table));
    for (const [index, variant] of variants.entries()) {
      const result = perturbedResult(base, outcomes[index], variant.table.rowCount, settings.outputRange);
      totals.nonFinite += result.nonFinite;
      totals.outOfRange += result.outOfRange;
      const worse = !worst || Number.isNaN(result.labelFlipRate) || result.labelFlipRate > worst.labelFlipRate || result.labelFlipRate === worst.labelFlipRate && result.meanScoreChange > worst.meanScoreChange;
      if (worse && !(worst && Number.isNaN(worst.labelFlipRate))) worst = { ...result, feature: variant.feature };
    }
    if (!worst) return;
    const measurement = {
      check,
      labelFlipRate: worst.labelFlipRate,
      meanScoreChange: worst.meanScoreChange,
      nonFinite: totals.nonFinite,
      outOfRange: totals.outOfRange,
      rows: table.rowCount * variants.length
    };
    if (worst.feature !== void 0 && variants.length > 1) measurement.worstFeature = worst.feature;
    measurements.push(measurement);
  };
  for (const check of settings.checks) {
    if (check === "missing_values") await worstOf(check, settings.features.map((feature) => ({ feature, table: withMissing(table, feature) })));
    if (check === "zeros") await worstOf(check, settings.numeric.map((feature) => ({ feature, table: withConstant(table, feature, 0) })));
    if (check === "extremes") {
      const variants = settings.numeric.flatMap((feature) => {
        const range = settings.ranges.get(feature) ?? finiteRange(table.columns.get(feature).values);
        if (!range) return [];
        const { low, high } = extremeValues(range, settings.extremeFactor);
        return [
          { feature: `${feature} (high)`, table: withConstant(table, feature, high) },
          { feature: `${feature} (low)`, table: withConstant(table, feature, low) }
        ];
      });
      await worstOf(check, variants);
    }
    if (check === "noise") {
      const rng = createRng(settings.seed);
      await worstOf(check, [{ feature: "all numeric features", table: withNoise(table, settings.numeric, settings.noiseLevel, () => rng.nextFloat()) }]);
    }
  }
  return measurements;
}
async function permutationImportance(runner, table, features, metric, toInput, options) {
  const baseline = options.baseline ?? await runner.predict(table);
  const reference = metricOrNaN(metric, toInput(baseline));
  const rng = createRng(options.seed);
  const pairs = shufflePairs(table, features, options.repeats, rng);
  const parts = [];
  try {
    for (let begin = 0; begin < pairs.row.length; begin += STACK_ROWS) parts.push(await runner.predict(pairTable(table, features, pairs, begin, Math.min(pairs.row.length, begin + STACK_ROWS))));
  } catch (error) {
    if (!isOutputError(error)) throw error;
    return importanceVariantByVariant(runner, table, features, metric, toInput, options.repeats, options.seed, baseline, reference);
  }
  const update = parts.length > 0 ? concatPredictions(parts) : void 0;
  const drop = (f, r) => {
    const variant = pairs.variants[f * options.repeats + r];
    return reference - metricOrNaN(metric, toInput(update ? withRows(baseline, variant.rows, update, variant.at) : withRows(baseline, variant.rows, baseline)));
  };
  return ranked(features, options.repeats, drop);
}
function ranked(features, repeats, drop) {
  const result = [];
  for (const [f, feature] of features.entries()) {
    const drops = [];
    for (let r = 0; r < repeats; r++) drops.push(drop(f, r));
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
}
async function importanceVariantByVariant(runner, table, features, metric, toInput, repeats, seed, baseline, reference) {
  const rng = createRng(seed);
  const shuffles = features.flatMap((feature) => Array.from({ length: repeats }, () => withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound))));
  const changed = shuffles.map((shuffled, i) => changedRows(table, shuffled, features[Math.floor(i / repeats)]));
  const outcomes = (await predictEach(runner, shuffles.map((shuffled, i) => takeRows(shuffled, changed[i])))).map(
    (outcome, i) => "error" in outcome ? outcome : { prediction: withRows(baseline, changed[i], outcome.prediction) }
  );
  return ranked(features, repeats, (f, r) => {
    const outcome = outcomes[f * repeats + r];
    if ("error" in outcome) throw outcome.error;
    return reference - metricOrNaN(metric, toInput(outcome.prediction));
  });
}

// src/commands/evaluate/truth.ts
function truthInput(manifest, table) {
  const label = table.columns.get(manifest.data.label.column);
  const task = manifest.problem.task;
  if (task === "binary-classification") {
    const yTrue2 = binaryTruth(label, manifest.data.label.positive);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue: yTrue2, score: p.score, yPred: p.yPred };
    };
  }
  if (task === "multiclass-classification") {
    const classes = manifest.data.label.classes ?? (label.kind === "categorical" ? [...label.categories].sort() : []);
    const yTrue2 = multiclassTruth(label, classes);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue: yTrue2, probabilities: p.probabilities, classCount: p.classCount, yPred: p.yPred };
    };
  }
  const yTrue = regressionTruth(label);
  return (p) => {
    if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
    return { task, yTrue, yPred: p.prediction };
  };
}

// src/commands/evaluate/champion-run.ts
var IMPORTANCE_TOP = 10;
function championColumns(manifest, table) {
  const names = [...manifest.data.features.map((f) => f.name), manifest.data.label.column];
  const columns = /* @__PURE__ */ new Map();
  for (const name of names) {
    const column = table.columns.get(name);
    if (column) columns.set(name, column);
  }
  return { rowCount: table.rowCount, columns };
}
async function runChampion(run) {
  const { manifest, table } = run;
  const runner = await openModel(run.artifactPath, runnerSpecFromManifest(manifest));
  try {
    const prediction = await runner.predict(table);
    truthInput(manifest, table)(prediction);
    const sample = run.sample ?? sampleTable(table, run.seed);
    const features = manifest.data.features.map((f) => f.name);
    const importance = await permutationImportance(runner, sample.table, features, run.metric, truthInput(manifest, sample.table), {
      repeats: run.repeats,
      seed: run.seed,
      // the whole table when it is small: its prediction is the one just made
      ...sample.indices ? {} : { baseline: prediction }
    });
    return { prediction, importance: importance.slice(0, IMPORTANCE_TOP) };
  } finally {
    await runner.release();
  }
}

export {
  finiteRange,
  sampleTable,
  measureLatency,
  measureRobustness,
  permutationImportance,
  truthInput,
  IMPORTANCE_TOP,
  championColumns,
  runChampion
};
