import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  OnnxModelError,
  openModel,
  placeChecks,
  preloadOnnxRuntime,
  runnerSpecFromManifest
} from "./chunk-ZJZZ2VAP.js";
import {
  DriftWorkers,
  LabelError,
  analyseDriftSpread,
  binaryTruth,
  dataErrorFinding,
  driftInput,
  measureDrift,
  multiclassTruth,
  readReference,
  readTable,
  regressionTruth
} from "./chunk-PUFAL5EU.js";
import {
  validateRepository
} from "./chunk-KH3XWZSE.js";
import {
  buildReport
} from "./chunk-WNLFKUOI.js";
import {
  gatesModel
} from "./chunk-VX5LFMT5.js";
import {
  MANIFEST_GATES,
  ROBUSTNESS_CHECKS,
  baselineComparisons,
  computeMetrics,
  metricOrNaN,
  sensitiveAttributesFor
} from "./chunk-BKKO3S44.js";
import {
  manifestAt
} from "./chunk-4XVS4YMY.js";
import {
  idleThreadsBeside,
  othersLoad,
  threadsOverride
} from "./chunk-WZ2YAYYJ.js";
import {
  DataFormatError,
  formatOf
} from "./chunk-GOQ77XTK.js";
import {
  analyseDrift
} from "./chunk-STSMI376.js";
import {
  confusionMatrix
} from "./chunk-B3JWC5PF.js";
import {
  createRng,
  quantileSorted
} from "./chunk-LURRIIGD.js";
import {
  MISSING_CODE,
  requireColumn,
  takeRows,
  withShuffledColumn
} from "./chunk-VNFW3NFW.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  addApprovalGates,
  prefetchTagRecords
} from "./chunk-IVCHXHDI.js";
import {
  latestStageTag
} from "./chunk-ZCQZ4SQA.js";
import {
  verdictOfFindings,
  worstVerdict
} from "./chunk-RU6PGEHT.js";

// src/commands/evaluate/champion.ts
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var ChampionError = class extends Error {
};
async function findChampion(git, name, manifestPath, base) {
  const tag = latestStageTag(await git.tags(), name, "production");
  let source;
  let commit;
  let manifest;
  if (tag) {
    source = tag.tag;
    commit = await git.resolveCommit(tag.tag);
    manifest = await manifestAt(git, commit, manifestPath);
    if (!manifest) throw new ChampionError(`tag ${tag.tag} marks the production version, but ${manifestPath} is missing or invalid at ${commit.slice(0, 12)}`);
  } else if (base) {
    source = base.ref;
    commit = base.commit;
    manifest = await manifestAt(git, commit, manifestPath);
    if (manifest?.stage !== "production") return void 0;
  } else {
    return void 0;
  }
  const bytes = await git.readFile(commit, manifest.artifact.path);
  if (!bytes) throw new ChampionError(`the production artifact ${manifest.artifact.path} is missing at ${source} (${commit.slice(0, 12)})`);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== manifest.artifact.sha256) {
    throw new ChampionError(`the production artifact ${manifest.artifact.path} at ${source} hashes to ${digest}, not to its recorded ${manifest.artifact.sha256}`);
  }
  const dir = await mkdtemp(join(tmpdir(), "modelops-champion-"));
  const artifactPath = join(dir, "champion.onnx");
  await writeFile(artifactPath, bytes);
  return { manifest, source, commit, artifactPath, dispose: () => rm(dir, { recursive: true, force: true }) };
}

// src/commands/evaluate/evaluate-model.ts
import { stat } from "node:fs/promises";

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

// src/commands/evaluate/evaluate-model.ts
function declaresReferenceGate(manifest) {
  const declared = manifest.gates ?? {};
  return MANIFEST_GATES.some((section) => section.gate.needs === "reference" && declared[section.id] !== void 0);
}
var IMPORTANCE_METRIC = { "binary-classification": "roc_auc", "multiclass-classification": "accuracy", regression: "r2" };
var IMPORTANCE_REPEATS = 3;
function labelRequest(manifest) {
  return { name: manifest.data.label.column, kind: manifest.problem.task === "regression" ? "numeric" : "categorical" };
}
function sensitiveRequests(manifest) {
  if (!manifest.gates?.fairness) return [];
  return sensitiveAttributesFor(manifest).attributes.map((a) => ({ name: a.column, kind: a.type === "numeric" ? "numeric" : "categorical" }));
}
function columnRequests(manifests) {
  const requests = /* @__PURE__ */ new Map();
  for (const manifest of manifests) {
    for (const feature of [...manifest.data.features.map((f) => ({ name: f.name, kind: f.type })), labelRequest(manifest), ...sensitiveRequests(manifest)]) {
      const seen = requests.get(feature.name);
      if (seen && seen.kind !== feature.kind) {
        throw new Error(`column '${feature.name}' is read as ${seen.kind} and as ${feature.kind} (a feature, the label or a sensitive attribute, in this version or the champion); declare it one way`);
      }
      requests.set(feature.name, feature);
    }
  }
  return [...requests.values()];
}
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
async function trainingRanges(manifest, files) {
  const training = manifest.data.training;
  const numeric = manifest.data.features.filter((f) => f.type === "numeric").map((f) => ({ name: f.name, kind: "numeric" }));
  const ranges = /* @__PURE__ */ new Map();
  if (!training?.path || numeric.length === 0) return ranges;
  const format = formatOf(training.path, training.format);
  if (!format) return ranges;
  const table = await readTable(files.absolute(training.path), { format, columns: numeric });
  for (const { name } of numeric) {
    const range = finiteRange(table.columns.get(name).values);
    if (range) ranges.set(name, range);
  }
  return ranges;
}
function skipped(gate2, blocking, why) {
  return { gate: gate2, verdict: "skipped", blocking, summary: why, checks: [] };
}
async function evaluateModel(manifest, manifestPath, context) {
  const { files, policy, seed, progress } = context;
  const name = manifest.metadata.name;
  const blocking = policy.stages[manifest.stage].on_failure === "block";
  const declared = manifest.gates ?? {};
  const evaluationPath = manifest.data.evaluation.path;
  const champion = declared.champion && context.git ? await findChampion(context.git, name, manifestPath, context.base).catch((error) => error) : void 0;
  const championManifest = champion && !(champion instanceof Error) ? champion.manifest : void 0;
  const runners = [];
  try {
    progress(`${name}: reading ${evaluationPath}`);
    const table = await readTable(files.absolute(evaluationPath), {
      format: formatOf(evaluationPath, manifest.data.evaluation.format),
      columns: columnRequests(championManifest ? [manifest, championManifest] : [manifest])
    });
    const toInput = truthInput(manifest, table);
    const artifact = files.absolute(manifest.artifact.path);
    const runner = await openModel(artifact, runnerSpecFromManifest(manifest));
    runners.push(runner);
    progress(`${name}: running ${manifest.artifact.path} on ${table.rowCount} rows`);
    const started = performance.now();
    const prediction = await runner.predict(table);
    const seconds = (performance.now() - started) / 1e3;
    const input = toInput(prediction);
    const { values: metrics, problems } = computeMetrics(input);
    const evaluation = { dataset: evaluationPath, rows: table.rowCount, metrics };
    if (input.task === "binary-classification") evaluation.confusion = confusionMatrix(input.yTrue, input.yPred);
    let early;
    if (context.thread && declaresReferenceGate(manifest) && manifest.data.reference?.path) {
      progress(`${name}: drift against ${manifest.data.reference.path}, in a worker thread`);
      try {
        const driftContext = { manifest, files, runner, seed, progress };
        const driftIn = await driftInput(driftContext, await readReference(manifest, files), { table, dataset: evaluationPath, prediction, labelled: true });
        early = { input: driftIn };
        if (context.thread.takes(driftIn)) {
          early.analysed = context.thread.analyse(driftIn);
          early.analysed.catch(() => void 0);
        }
      } catch (error) {
        early = { error };
      }
    }
    progress(`${name}: measuring latency`);
    const latencyMs = await measureLatency(runner, table);
    evaluation.operational = {
      latencyMs,
      throughputRowsPerS: table.rowCount / Math.max(seconds, 1e-9),
      modelSizeMb: (await stat(artifact)).size / 2 ** 20,
      peakRssMb: process.resourceUsage().maxRSS / 1024
    };
    if (manifest.baseline) {
      evaluation.baseline = { kind: manifest.baseline.kind, description: manifest.baseline.description, comparisons: baselineComparisons(manifest, metrics) };
    }
    const sample = sampleTable(table, seed);
    const samplePrediction = sample.indices ? {} : { baseline: prediction };
    const features = manifest.data.features.map((f) => f.name);
    const sampleInput = truthInput(manifest, sample.table);
    const metric = IMPORTANCE_METRIC[manifest.problem.task];
    progress(`${name}: permutation importance on ${sample.table.rowCount} rows`);
    evaluation.importance = {
      metric,
      repeats: IMPORTANCE_REPEATS,
      rows: sample.table.rowCount,
      challenger: (await permutationImportance(runner, sample.table, features, metric, sampleInput, { repeats: IMPORTANCE_REPEATS, seed, ...samplePrediction })).slice(0, 10)
    };
    let championRun;
    const measure = {
      prediction: async () => ({ measured: { input, evaluation, problems } }),
      perturbations: async () => {
        progress(`${name}: robustness`);
        const config = declared.robustness ?? {};
        const checks = ROBUSTNESS_CHECKS.filter((check) => config[check] !== void 0);
        const measured = await measureRobustness(runner, sample.table, {
          checks: checks.length > 0 ? checks : ["noise"],
          numeric: manifest.data.features.filter((f) => f.type === "numeric").map((f) => f.name),
          features,
          ranges: await trainingRanges(manifest, files),
          extremeFactor: config.extremes?.factor ?? 10,
          noiseLevel: config.noise?.level ?? 0.01,
          ...config.output_range ? { outputRange: config.output_range } : {},
          seed,
          ...samplePrediction
        });
        return { measured };
      },
      champion: async () => {
        if (champion instanceof Error) return { result: { gate: "champion", verdict: "error", blocking, summary: champion.message, checks: [] } };
        if (!champion) {
          return { result: skipped("champion", blocking, context.git ? `no production version of ${name} to compare with (no ${name}#production#N tag, and the base has none)` : "not a git repository: the production version cannot be found") };
        }
        if (champion.manifest.metadata.version === manifest.metadata.version && champion.manifest.artifact.sha256 === manifest.artifact.sha256) {
          return { result: skipped("champion", blocking, `this is the production version (${champion.source})`) };
        }
        progress(`${name}: champion ${champion.manifest.metadata.version} from ${champion.source}`);
        const championRunner = await openModel(champion.artifactPath, runnerSpecFromManifest(champion.manifest));
        runners.push(championRunner);
        const championPrediction = await championRunner.predict(table);
        const championInput = truthInput(champion.manifest, table)(championPrediction);
        championRun = { manifest: champion.manifest, input: championInput };
        const championFeatures = champion.manifest.data.features.map((f) => f.name);
        evaluation.importance.champion = (await permutationImportance(championRunner, sample.table, championFeatures, metric, truthInput(champion.manifest, sample.table), { repeats: IMPORTANCE_REPEATS, seed, ...sample.indices ? {} : { baseline: championPrediction } })).slice(0, 10);
        return { measured: { challenger: input, champion: championInput, version: champion.manifest.metadata.version, source: champion.source, commit: champion.commit } };
      },
      groups: async () => {
        progress(`${name}: fairness`);
        return { measured: { input, columns: table.columns, ...championRun ? { champion: championRun } : {} } };
      },
      reference: async () => {
        const reference = manifest.data.reference;
        if (!reference?.path) {
          const where = reference?.uri ? ` (${reference.uri} is outside it)` : "";
          return { result: skipped("drift", blocking, `no reference data in the repository (data.reference.path)${where}: nothing to compare the evaluation data with`) };
        }
        progress(`${name}: drift against ${reference.path}`);
        if (early) {
          if ("error" in early) throw early.error;
          return { measured: early.analysed ? await early.analysed : await analyseDriftSpread(early.input) };
        }
        return { measured: await measureDrift({ manifest, files, runner, seed, progress }, await readReference(manifest, files), { table, dataset: evaluationPath, prediction, labelled: true }) };
      }
    };
    const gates = [];
    for (const section of MANIFEST_GATES) {
      if (declared[section.id] === void 0) continue;
      const need = section.gate.needs;
      if (!measure[need]) throw new Error(`the ${section.id} gate needs '${need}', which modelops gate does not measure`);
      const outcome = await measure[need]();
      if ("result" in outcome) {
        gates.push(outcome.result);
        continue;
      }
      const decision = section.gate.decide(outcome.measured, { manifest, blocking, seed });
      if (decision.evaluation) Object.assign(evaluation, decision.evaluation);
      gates.push(decision.gate);
    }
    return { evaluation, gates };
  } finally {
    for (const runner of runners) await runner.release();
    if (champion && !(champion instanceof Error)) await champion.dispose();
  }
}

// src/commands/evaluate/gate-thread.ts
import { availableParallelism } from "node:os";
var GATE_THREAD_MAX_ROWS = 1e5;
function gateThreadWanted(env = process.env, cores = availableParallelism(), load = othersLoad()) {
  const forced = threadsOverride(env, "MODELOPS_GATE_THREADS");
  if (forced !== void 0) return forced > 0;
  return idleThreadsBeside(cores, load) >= 1;
}
function startGateThread() {
  let pool = new DriftWorkers(1);
  let answered = 0;
  return {
    takes: (input) => input.reference.rowCount + input.current.rowCount <= GATE_THREAD_MAX_ROWS,
    async analyse(input) {
      if (pool) {
        try {
          const evaluation = await pool.analyseDriftOnWorker(input);
          answered++;
          return evaluation;
        } catch {
        }
      }
      return analyseDrift(input);
    },
    close() {
      const stopping = pool;
      pool = void 0;
      void stopping?.close();
    },
    answered: () => answered
  };
}

// src/commands/gate.ts
function evaluationFinding(error, model, artifact, dataset, root) {
  const finding = (code, message, file) => ({ severity: "error", category: "input", code, message, file });
  if (error instanceof OnnxModelError) return finding(`onnx-${error.code}`, error.message.replace(`${error.modelPath}: `, ""), artifact);
  if (error instanceof DataFormatError) return dataErrorFinding(error, root, dataset);
  if (error instanceof LabelError) return finding("bad-labels", error.message, dataset);
  if (error instanceof ChampionError) return finding("champion-unavailable", error.message, model.manifest);
  return void 0;
}
async function gate(options) {
  const { report, files, policy, git, manifests } = await validateRepository(options, "gate");
  const progress = options.progress ?? (() => void 0);
  const scope = { named: (options.paths?.length ?? 0) > 0, ...options.all ? { all: true } : {}, ...options.base ? { base: options.base } : {} };
  const toEvaluate = report.models.flatMap((model) => {
    const manifest = manifests.get(model.manifest);
    return gatesModel(model, scope) && model.verdict !== "error" && manifest ? [{ model, manifest }] : [];
  });
  const evaluated = toEvaluate.map(({ manifest }) => manifest);
  const tagRecords = options.approvals !== false ? prefetchTagRecords(evaluated, policy, files.realRoot) : void 0;
  if (evaluated.length > 0) preloadOnnxRuntime();
  const thread = evaluated.some((m) => declaresReferenceGate(m) && m.data.reference?.path) && gateThreadWanted() ? startGateThread() : void 0;
  try {
    for (const { model, manifest } of toEvaluate) {
      try {
        const { evaluation, gates } = await evaluateModel(manifest, model.manifest, {
          files,
          policy,
          ...git ? { git } : {},
          ...report.repository.base ? { base: report.repository.base } : {},
          seed: options.seed ?? 0,
          progress,
          ...thread ? { thread } : {}
        });
        model.evaluation = evaluation;
        model.gates = gates;
        for (const required of policy.stages[manifest.stage].gates) {
          const result = gates.find((g) => g.gate === required);
          if (result?.verdict === "skipped") {
            model.findings.push({ severity: "warning", category: "policy", code: "gate-not-evaluated", message: `stage ${manifest.stage} requires the ${required} gate, which was not evaluated: ${result.summary}`, file: model.manifest });
          }
        }
      } catch (error) {
        const finding = evaluationFinding(error, model, manifest.artifact.path, manifest.data.evaluation.path, files.realRoot);
        if (!finding) throw error;
        model.findings.push(finding);
      }
      model.verdict = worstVerdict([verdictOfFindings(model.findings), ...model.gates.map((g) => g.verdict)]);
    }
  } finally {
    thread?.close();
  }
  if (options.approvals !== false) {
    const gated = report.models.filter((m) => gatesModel(m, scope));
    await addApprovalGates(gated, manifests, policy, { root: files.realRoot, ...options.approvals ? { source: options.approvals } : {}, ...options.now ? { now: options.now } : {}, ...tagRecords ? { tagRecords } : {} });
  }
  await placeChecks(report.models, files);
  return buildReport({
    now: options.now ?? /* @__PURE__ */ new Date(),
    command: "gate",
    toolVersion: TOOL_VERSION,
    root: report.repository.root,
    ...report.repository.base ? { base: report.repository.base } : {},
    findings: report.findings,
    models: report.models
  });
}

export {
  gate
};
