import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  IMPORTANCE_TOP,
  championColumns,
  finiteRange,
  measureLatency,
  measureRobustness,
  permutationImportance,
  runChampion,
  sampleTable,
  truthInput
} from "./chunk-ZECXN42Z.js";
import {
  placeChecks
} from "./chunk-4AINQRXC.js";
import {
  OnnxModelError,
  openModel,
  preloadOnnxRuntime,
  runnerSpecFromManifest
} from "./chunk-V7A46GUN.js";
import {
  DriftWorkers,
  analyseDriftSpread,
  dataErrorFinding,
  driftInput,
  measureDrift,
  readReference,
  readTable
} from "./chunk-HWNXBS2B.js";
import {
  LabelError
} from "./chunk-64VRGK3D.js";
import {
  addApprovalGates,
  prefetchTagRecords
} from "./chunk-KJOWS7BQ.js";
import {
  manifestAt,
  validateRepository
} from "./chunk-ZI2EKTJV.js";
import {
  buildReport,
  idleThreadsBeside,
  othersLoad,
  threadsOverride
} from "./chunk-XFET4F4N.js";
import {
  gatesModel
} from "./chunk-GAATZRR5.js";
import {
  MANIFEST_GATES,
  ROBUSTNESS_CHECKS,
  analyseDrift,
  baselineComparisons,
  sensitiveAttributesFor
} from "./chunk-ISKUHNDR.js";
import {
  computeMetrics,
  confusionMatrix,
  mergeMetricValues,
  metricsNeeding,
  partitionScores
} from "./chunk-ZKG3CRNN.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  latestStageTag
} from "./chunk-K4SQTB5S.js";
import {
  verdictOfFindings,
  worstVerdict
} from "./chunk-4QXUKUJV.js";
import {
  DataFormatError,
  formatOf
} from "./chunk-GOQ77XTK.js";

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

// src/commands/evaluate/metrics-thread.ts
var THREADED_METRICS_MIN_ROWS = 1 << 18;
async function evaluationMetrics(input, thread) {
  if (thread === void 0 || input.task !== "binary-classification" || input.score === void 0 || input.yTrue.length < THREADED_METRICS_MIN_ROWS) return computeMetrics(input);
  const { task, yTrue, score } = input;
  const ranking = metricsNeeding(task, "scores");
  const split = new Float64Array(new SharedArrayBuffer(yTrue.length * Float64Array.BYTES_PER_ELEMENT));
  const positiveCount = ranking.length > 0 ? partitionScores(yTrue, score, split) : -1;
  if (positiveCount < 0) return computeMetrics(input);
  const positives = split.subarray(0, positiveCount);
  const negatives = split.subarray(positiveCount);
  const sorted = Promise.all([thread.sort(positives), thread.sort(negatives)]).then(
    () => true,
    () => false
  );
  const others = computeMetrics(input, metricsNeeding(task, "labels", "scores", "probabilities", "predictions").filter((id) => !ranking.includes(id)));
  const known = await sorted ? { split: { yTrue, score, positives, negatives } } : {};
  return mergeMetricValues(task, [others, computeMetrics(input, ranking, known)]);
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
function isProductionVersion(manifest, champion) {
  return champion.metadata.version === manifest.metadata.version && champion.artifact.sha256 === manifest.artifact.sha256;
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
  let readThread;
  try {
    progress(`${name}: reading ${evaluationPath}`);
    const table = await readTable(files.absolute(evaluationPath), {
      format: formatOf(evaluationPath, manifest.data.evaluation.format),
      columns: columnRequests(championManifest ? [manifest, championManifest] : [manifest]),
      // a large CSV read on two threads: its worker sorts one class's scores for the metrics below
      keepThread: (kept) => readThread = kept
    });
    const toInput = truthInput(manifest, table);
    const metric = IMPORTANCE_METRIC[manifest.problem.task];
    const championRun = champion && !(champion instanceof Error) && !isProductionVersion(manifest, champion.manifest) ? { manifest: champion.manifest, artifactPath: champion.artifactPath, table, metric, repeats: IMPORTANCE_REPEATS, seed } : void 0;
    let championEarly;
    if (context.thread && championRun && context.thread.takesRows(table.rowCount)) {
      championEarly = context.thread.champion({ ...championRun, table: championColumns(championRun.manifest, table) });
      championEarly.catch(() => void 0);
    }
    const artifact = files.absolute(manifest.artifact.path);
    const runner = await openModel(artifact, runnerSpecFromManifest(manifest));
    runners.push(runner);
    progress(`${name}: running ${manifest.artifact.path} on ${table.rowCount} rows`);
    const started = performance.now();
    const prediction = await runner.predict(table);
    const seconds = (performance.now() - started) / 1e3;
    const input = toInput(prediction);
    const { values: metrics, problems } = await evaluationMetrics(input, readThread);
    readThread?.close();
    readThread = void 0;
    const evaluation = { dataset: evaluationPath, rows: table.rowCount, metrics };
    if (input.task === "binary-classification") evaluation.confusion = confusionMatrix(input.yTrue, input.yPred);
    let early;
    if (context.thread?.drift && declaresReferenceGate(manifest) && manifest.data.reference?.path) {
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
    progress(`${name}: permutation importance on ${sample.table.rowCount} rows`);
    evaluation.importance = {
      metric,
      repeats: IMPORTANCE_REPEATS,
      rows: sample.table.rowCount,
      challenger: (await permutationImportance(runner, sample.table, features, metric, sampleInput, { repeats: IMPORTANCE_REPEATS, seed, ...samplePrediction })).slice(0, IMPORTANCE_TOP)
    };
    let championScored;
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
        if (!championRun) return { result: skipped("champion", blocking, `this is the production version (${champion.source})`) };
        progress(`${name}: champion ${champion.manifest.metadata.version} from ${champion.source}${championEarly ? ", run in a worker thread" : ""}`);
        const outcome = await (championEarly ?? runChampion({ ...championRun, sample }));
        const championInput = truthInput(champion.manifest, table)(outcome.prediction);
        championScored = { manifest: champion.manifest, input: championInput };
        evaluation.importance.champion = outcome.importance;
        return { measured: { challenger: input, champion: championInput, version: champion.manifest.metadata.version, source: champion.source, commit: champion.commit } };
      },
      groups: async () => {
        progress(`${name}: fairness`);
        return { measured: { input, columns: table.columns, ...championScored ? { champion: championScored } : {} } };
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
    readThread?.close();
    for (const runner of runners) await runner.release();
    if (champion && !(champion instanceof Error)) await champion.dispose();
  }
}

// src/commands/evaluate/gate-thread.ts
import { availableParallelism } from "node:os";
var GATE_THREAD_MAX_ROWS = 1e5;
function gateThreadsWanted(env = process.env, cores = availableParallelism(), load = othersLoad()) {
  const forced = threadsOverride(env, "MODELOPS_GATE_THREADS");
  if (forced !== void 0) return Math.min(forced, 2);
  return Math.min(idleThreadsBeside(cores, load), 1);
}
function startGateThread(workers = { drift: true, champion: true }) {
  let driftPool = workers.drift ? new DriftWorkers(1) : void 0;
  let championPool = workers.champion ? new DriftWorkers(1) : void 0;
  let answered = 0;
  const onWorker = async (pool, work, here) => {
    if (pool) {
      try {
        const result = await work(pool);
        answered++;
        return result;
      } catch {
      }
    }
    return here();
  };
  return {
    drift: workers.drift,
    takes: (input) => input.reference.rowCount + input.current.rowCount <= GATE_THREAD_MAX_ROWS,
    takesRows: (rows) => workers.champion && rows <= GATE_THREAD_MAX_ROWS,
    champion: (run) => onWorker(championPool, (pool) => pool.championOnWorker(run), () => runChampion(run)),
    analyse: (input) => onWorker(driftPool, (pool) => pool.analyseDriftOnWorker(input), () => analyseDrift(input)),
    close() {
      const stopping = [driftPool, championPool];
      driftPool = void 0;
      championPool = void 0;
      for (const pool of stopping) void pool?.close();
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
  const threads = gateThreadsWanted();
  const drift = threads >= 1 && evaluated.some((m) => declaresReferenceGate(m) && m.data.reference?.path);
  const champion = threads >= 2 && git !== void 0 && evaluated.some((m) => m.gates?.champion !== void 0);
  const thread = drift || champion ? startGateThread({ drift, champion }) : void 0;
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
