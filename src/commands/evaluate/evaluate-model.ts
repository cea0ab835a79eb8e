// One model through its gates: read the evaluation data, run the artifact (and the champion's), measure
// what each declared gate needs (the I/O), and let each gate's section decide (core/report/sections.ts).
import { stat } from 'node:fs/promises';
import type { ColumnRequest, NumericColumn, Table } from '../../core/data/table.js';
import type { DriftAnalysisInput } from '../../core/drift/analysis.js';
import type { DriftEvaluation } from '../../core/drift/report.js';
import { baselineComparisons } from '../../core/evaluation/gate.js';
import { ROBUSTNESS_CHECKS, type RobustnessCheck } from '../../core/robustness/gate.js';
import { sensitiveAttributesFor } from '../../core/fairness/index.js';
import type { Manifest } from '../../core/manifest/manifest.js';
import { confusionMatrix } from '../../core/metrics/confusion-matrix.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import type { Policy } from '../../core/manifest/policy.js';
import type { Evaluation, GateResult } from '../../core/report/model.js';
import type { GateNeed, GateNeeds } from '../../core/report/section.js';
import { MANIFEST_GATES } from '../../core/report/sections.js';
import { finiteRange } from '../../core/robustness/perturb.js';
import { runnerSpecFromManifest } from '../../core/manifest/runner-spec.js';
import { formatOf } from '../../io/data/columns.js';
import type { SpareThread } from '../../io/data/csv-threads.js';
import { readTable } from '../../io/data/read-table.js';
import type { GitReader } from '../../io/git/repo.js';
import { openModel, type ModelRunner } from '../../io/onnx/index.js';
import type { RepoFiles } from '../../io/repo-files.js';
import { analyseDriftSpread } from '../drift-workers.js';
import { findChampion } from './champion.js';
import { championColumns, IMPORTANCE_TOP, runChampion, type ChampionOutcome, type ChampionRun } from './champion-run.js';
import { driftInput, measureDrift, readReference } from './drift.js';
import type { GateThread } from './gate-thread.js';
import { measureLatency, measureRobustness, permutationImportance, sampleTable } from './measure.js';
import { evaluationMetrics } from './metrics-thread.js';
import { truthInput } from './truth.js';

/** Whether the manifest declares a gate that compares with its reference data (the drift gate). */
export function declaresReferenceGate(manifest: Manifest): boolean {
  const declared = (manifest.gates ?? {}) as Record<string, unknown>;
  return MANIFEST_GATES.some((section) => section.gate.needs === 'reference' && declared[section.id] !== undefined);
}

export interface EvaluateContext {
  files: RepoFiles;
  policy: Policy;
  git?: GitReader;
  base?: { ref: string; commit: string };
  seed: number;
  progress: (message: string) => void;
  /** The gate's worker (gate-thread.ts): drift is analysed there while this thread runs the model. */
  thread?: GateThread;
}

const IMPORTANCE_METRIC = { 'binary-classification': 'roc_auc', 'multiclass-classification': 'accuracy', regression: 'r2' } as const;
const IMPORTANCE_REPEATS = 3;

function labelRequest(manifest: Manifest): ColumnRequest {
  return { name: manifest.data.label.column, kind: manifest.problem.task === 'regression' ? 'numeric' : 'categorical' };
}

/** Columns the fairness gate groups by: numeric attributes are bucketed, the others are categories. */
function sensitiveRequests(manifest: Manifest): ColumnRequest[] {
  if (!manifest.gates?.fairness) return [];
  return sensitiveAttributesFor(manifest).attributes.map((a) => ({ name: a.column, kind: a.type === 'numeric' ? 'numeric' : 'categorical' }));
}

/** Feature, label and sensitive columns of one or more manifests, each once; a column must have one kind in all. */
function columnRequests(manifests: readonly Manifest[]): ColumnRequest[] {
  const requests = new Map<string, ColumnRequest>();
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

/** Whether `champion` is the version the manifest declares (the champion gate is then skipped). */
function isProductionVersion(manifest: Manifest, champion: Manifest): boolean {
  return champion.metadata.version === manifest.metadata.version && champion.artifact.sha256 === manifest.artifact.sha256;
}

/** Training ranges of the numeric features, for the extreme-value perturbation (evaluation data when training is not in the repo). */
async function trainingRanges(manifest: Manifest, files: RepoFiles): Promise<Map<string, { min: number; max: number }>> {
  const training = manifest.data.training;
  const numeric = manifest.data.features.filter((f) => f.type === 'numeric').map((f) => ({ name: f.name, kind: 'numeric' as const }));
  const ranges = new Map<string, { min: number; max: number }>();
  if (!training?.path || numeric.length === 0) return ranges;
  const format = formatOf(training.path, training.format);
  if (!format) return ranges;
  const table = await readTable(files.absolute(training.path), { format, columns: numeric });
  for (const { name } of numeric) {
    const range = finiteRange((table.columns.get(name) as NumericColumn).values);
    if (range) ranges.set(name, range);
  }
  return ranges;
}

/** How a command measures what each gate needs (the I/O), or the result when the gate cannot be decided here (skipped, error). */
type Measurements = { [N in Exclude<GateNeed, 'reviews'>]: () => Promise<{ measured: GateNeeds[N] } | { result: GateResult }> };

function skipped(gate: string, blocking: boolean, why: string): GateResult {
  return { gate, verdict: 'skipped', blocking, summary: why, checks: [] };
}

export async function evaluateModel(manifest: Manifest, manifestPath: string, context: EvaluateContext): Promise<{ evaluation: Evaluation; gates: GateResult[] }> {
  const { files, policy, seed, progress } = context;
  const name = manifest.metadata.name;
  const blocking = policy.stages[manifest.stage].on_failure === 'block';
  const declared = manifest.gates ?? {};
  const evaluationPath = manifest.data.evaluation.path!;

  const champion = declared.champion && context.git ? await findChampion(context.git, name, manifestPath, context.base).catch((error: Error) => error) : undefined;
  const championManifest = champion && !(champion instanceof Error) ? champion.manifest : undefined;
  const runners: ModelRunner[] = [];
  let readThread: SpareThread | undefined;
  try {
    progress(`${name}: reading ${evaluationPath}`);
    const table = await readTable(files.absolute(evaluationPath), {
      format: formatOf(evaluationPath, manifest.data.evaluation.format)!,
      columns: columnRequests(championManifest ? [manifest, championManifest] : [manifest]),
      // a large CSV read on two threads: its worker sorts one class's scores for the metrics below
      keepThread: (kept) => (readThread = kept),
    });
    const toInput = truthInput(manifest, table);
    const metric = IMPORTANCE_METRIC[manifest.problem.task];
    // The champion's run (its session, prediction and importance), when the champion gate will make it: on the
    // gate's champion worker, posted now, it runs while this thread opens and runs the challenger; else at the gate.
    const championRun: ChampionRun | undefined =
      champion && !(champion instanceof Error) && !isProductionVersion(manifest, champion.manifest)
        ? { manifest: champion.manifest, artifactPath: champion.artifactPath, table, metric, repeats: IMPORTANCE_REPEATS, seed }
        : undefined;
    let championEarly: Promise<ChampionOutcome> | undefined;
    if (context.thread && championRun && context.thread.takesRows(table.rowCount)) {
      championEarly = context.thread.champion({ ...championRun, table: championColumns(championRun.manifest, table) });
      championEarly.catch(() => undefined); // handled where it is awaited, at the champion gate
    }
    const artifact = files.absolute(manifest.artifact.path);
    const runner = await openModel(artifact, runnerSpecFromManifest(manifest));
    runners.push(runner);

    progress(`${name}: running ${manifest.artifact.path} on ${table.rowCount} rows`);
    const started = performance.now();
    const prediction = await runner.predict(table);
    const seconds = (performance.now() - started) / 1000;
    const input = toInput(prediction);
    const { values: metrics, problems } = await evaluationMetrics(input, readThread);
    readThread?.close();
    readThread = undefined;
    const evaluation: Evaluation = { dataset: evaluationPath, rows: table.rowCount, metrics };
    if (input.task === 'binary-classification') evaluation.confusion = confusionMatrix(input.yTrue, input.yPred);

    // With the gate's worker, drift's input is made now (the reference read and predicted) and analysed there
    // while this thread runs the model for the other gates; an error is raised at the drift gate, as without it.
    let early: { input: DriftAnalysisInput; analysed?: Promise<DriftEvaluation> } | { error: unknown } | undefined;
    if (context.thread?.drift && declaresReferenceGate(manifest) && manifest.data.reference?.path) {
      progress(`${name}: drift against ${manifest.data.reference.path}, in a worker thread`);
      try {
        const driftContext = { manifest, files, runner, seed, progress };
        const driftIn = await driftInput(driftContext, await readReference(manifest, files), { table, dataset: evaluationPath, prediction, labelled: true });
        early = { input: driftIn };
        if (context.thread.takes(driftIn)) {
          early.analysed = context.thread.analyse(driftIn);
          early.analysed.catch(() => undefined); // handled where it is awaited, at the drift gate
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
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    if (manifest.baseline) {
      evaluation.baseline = { kind: manifest.baseline.kind, description: manifest.baseline.description, comparisons: baselineComparisons(manifest, metrics) };
    }

    const sample = sampleTable(table, seed);
    // the whole table when it is small: its prediction is the one just made
    const samplePrediction = sample.indices ? {} : { baseline: prediction };
    const features = manifest.data.features.map((f) => f.name);
    const sampleInput = truthInput(manifest, sample.table);
    progress(`${name}: permutation importance on ${sample.table.rowCount} rows`);
    evaluation.importance = {
      metric,
      repeats: IMPORTANCE_REPEATS,
      rows: sample.table.rowCount,
      challenger: (await permutationImportance(runner, sample.table, features, metric, sampleInput, { repeats: IMPORTANCE_REPEATS, seed, ...samplePrediction })).slice(0, IMPORTANCE_TOP),
    };

    // What each gate needs measured, with the I/O here; each gate's decision is its section's (core/report/sections.ts).
    let championScored: { manifest: Manifest; input: MetricInput } | undefined;
    const measure: Measurements = {
      prediction: async () => ({ measured: { input, evaluation, problems } }),
      perturbations: async () => {
        progress(`${name}: robustness`);
        const config = declared.robustness ?? {};
        const checks: RobustnessCheck[] = ROBUSTNESS_CHECKS.filter((check) => config[check] !== undefined);
        const measured = await measureRobustness(runner, sample.table, {
          checks: checks.length > 0 ? checks : ['noise'],
          numeric: manifest.data.features.filter((f) => f.type === 'numeric').map((f) => f.name),
          features,
          ranges: await trainingRanges(manifest, files),
          extremeFactor: config.extremes?.factor ?? 10,
          noiseLevel: config.noise?.level ?? 0.01,
          ...(config.output_range ? { outputRange: config.output_range } : {}),
          seed,
          ...samplePrediction,
        });
        return { measured };
      },
      champion: async () => {
        if (champion instanceof Error) return { result: { gate: 'champion', verdict: 'error', blocking, summary: champion.message, checks: [] } };
        if (!champion) {
          return { result: skipped('champion', blocking, context.git ? `no production version of ${name} to compare with (no ${name}#production#N tag, and the base has none)` : 'not a git repository: the production version cannot be found') };
        }
        if (!championRun) return { result: skipped('champion', blocking, `this is the production version (${champion.source})`) };
        progress(`${name}: champion ${champion.manifest.metadata.version} from ${champion.source}${championEarly ? ', run in a worker thread' : ''}`);
        const outcome = await (championEarly ?? runChampion({ ...championRun, sample }));
        const championInput = truthInput(champion.manifest, table)(outcome.prediction);
        championScored = { manifest: champion.manifest, input: championInput };
        evaluation.importance!.champion = outcome.importance;
        return { measured: { challenger: input, champion: championInput, version: champion.manifest.metadata.version, source: champion.source, commit: champion.commit } };
      },
      groups: async () => {
        progress(`${name}: fairness`);
        return { measured: { input, columns: table.columns, ...(championScored ? { champion: championScored } : {}) } };
      },
      reference: async () => {
        const reference = manifest.data.reference;
        if (!reference?.path) {
          const where = reference?.uri ? ` (${reference.uri} is outside it)` : '';
          return { result: skipped('drift', blocking, `no reference data in the repository (data.reference.path)${where}: nothing to compare the evaluation data with`) };
        }
        progress(`${name}: drift against ${reference.path}`);
        if (early) {
          if ('error' in early) throw early.error;
          return { measured: early.analysed ? await early.analysed : await analyseDriftSpread(early.input) };
        }
        return { measured: await measureDrift({ manifest, files, runner, seed, progress }, await readReference(manifest, files), { table, dataset: evaluationPath, prediction, labelled: true }) };
      },
    };

    const gates: GateResult[] = [];
    for (const section of MANIFEST_GATES) {
      if ((declared as Record<string, unknown>)[section.id] === undefined) continue;
      const need = section.gate.needs as keyof Measurements;
      if (!measure[need]) throw new Error(`the ${section.id} gate needs '${need}', which modelops gate does not measure`);
      const outcome = await measure[need]();
      if ('result' in outcome) {
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
