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
} from "./chunk-DYXSOPHB.js";
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
function withRows(base, rows, update) {
  if (base.task === "binary-classification" && update.task === "binary-classification") {
    const score = base.score.slice();
    const yPred = base.yPred.slice();
    rows.forEach((row, i) => {
      score[row] = update.score[i];
      yPred[row] = update.yPred[i];
    });
    return { ...base, score, yPred };
  }
  if (base.task === "multiclass-classification" && update.task === "multiclass-classification") {
    const k = base.classCount;
    const probabilities = base.probabilities.slice();
    const yPred = base.yPred.slice();
    rows.forEach((row, i) => {
      probabilities.set(update.probabilities.subarray(i * k, (i + 1) * k), row * k);
      yPred[row] = update.yPred[i];
    });
    return { ...base, probabilities, yPred };
  }
  if (base.task === "regression" && update.task === "regression") {
    const prediction = base.prediction.slice();
    rows.forEach((row, i) => {
      prediction[row] = update.prediction[i];
    });
    return { ...base, prediction };
  }
  throw new Error(`a ${update.task} prediction cannot update a ${base.task} one`);
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
  const shuffles = features.flatMap((feature) => Array.from({ length: options.repeats }, () => withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound))));
  const changed = shuffles.map((shuffled, i) => changedRows(table, shuffled, features[Math.floor(i / options.repeats)]));
  const outcomes = (await predictEach(runner, shuffles.map((shuffled, i) => takeRows(shuffled, changed[i])))).map(
    (outcome, i) => "error" in outcome ? outcome : { prediction: withRows(baseline, changed[i], outcome.prediction) }
  );
  const result = [];
  for (const [f, feature] of features.entries()) {
    const drops = [];
    for (let r = 0; r < options.repeats; r++) {
      const outcome = outcomes[f * options.repeats + r];
      if ("error" in outcome) throw outcome.error;
      drops.push(reference - metricOrNaN(metric, toInput(outcome.prediction)));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
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
