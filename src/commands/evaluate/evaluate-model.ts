// One model through its gates: read the evaluation data, run the artifact (and the champion's),
// measure, and turn the measurements into gate results.
import { stat } from 'node:fs/promises';
import type { ColumnRequest, NumericColumn, Table } from '../../core/data/table.js';
import { binaryTruth, multiclassTruth, regressionTruth } from '../../core/evaluation/labels.js';
import { computeMetrics } from '../../core/evaluation/metrics.js';
import { gateResult } from '../../core/evaluation/bounds.js';
import { compareWithChampion } from '../../core/champion/gate.js';
import { driftGate } from '../../core/drift/gate.js';
import { baselineComparisons, performanceGate } from '../../core/evaluation/gate.js';
import { ROBUSTNESS_CHECKS, robustnessGate, type RobustnessCheck } from '../../core/robustness/gate.js';
import { DEFAULT_MIN_GROUP_SIZE, evaluateFairness, fairnessGate, sensitiveAttributesFor, type FairnessResult } from '../../core/fairness/index.js';
import type { Manifest } from '../../core/manifest/manifest.js';
import { confusionMatrix } from '../../core/metrics/confusion-matrix.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import type { Policy } from '../../core/manifest/policy.js';
import type { Evaluation, GateResult } from '../../core/report/model.js';
import { finiteRange } from '../../core/robustness/perturb.js';
import { runnerSpecFromManifest } from '../../core/manifest/runner-spec.js';
import { formatOf } from '../../io/data/columns.js';
import { readTable } from '../../io/data/read-table.js';
import type { GitReader } from '../../io/git/repo.js';
import { openModel, type ModelRunner, type Prediction } from '../../io/onnx/index.js';
import type { RepoFiles } from '../../io/repo-files.js';
import { findChampion } from './champion.js';
import { measureDrift, readReference } from './drift.js';
import { measureLatency, measureRobustness, permutationImportance, sampleTable } from './measure.js';

export interface EvaluateContext {
  files: RepoFiles;
  policy: Policy;
  git?: GitReader;
  base?: { ref: string; commit: string };
  seed: number;
  progress: (message: string) => void;
}

const IMPORTANCE_METRIC = { 'binary-classification': 'roc_auc', 'multiclass-classification': 'accuracy', regression: 'r2' } as const;
const IMPORTANCE_REPEATS = 3;
const DEFAULT_TOLERANCE = 0;
const DEFAULT_ALPHA = 0.05;

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

function truthInput(manifest: Manifest, table: Table): (prediction: Prediction) => MetricInput {
  const label = table.columns.get(manifest.data.label.column)!;
  const task = manifest.problem.task;
  if (task === 'binary-classification') {
    const yTrue = binaryTruth(label, manifest.data.label.positive!);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue, score: p.score, yPred: p.yPred };
    };
  }
  if (task === 'multiclass-classification') {
    const classes = manifest.data.label.classes ?? (label.kind === 'categorical' ? [...label.categories].sort() : []);
    const yTrue = multiclassTruth(label, classes);
    return (p) => {
      if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
      return { task, yTrue, probabilities: p.probabilities, classCount: p.classCount, yPred: p.yPred };
    };
  }
  const yTrue = regressionTruth(label);
  return (p) => {
    if (p.task !== task) throw new Error(`the model returned a ${p.task} prediction for a ${task} manifest`);
    return { task, yTrue, yPred: p.prediction };
  };
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
  try {
    progress(`${name}: reading ${evaluationPath}`);
    const table = await readTable(files.absolute(evaluationPath), {
      format: formatOf(evaluationPath, manifest.data.evaluation.format)!,
      columns: columnRequests(championManifest ? [manifest, championManifest] : [manifest]),
    });
    const toInput = truthInput(manifest, table);
    const artifact = files.absolute(manifest.artifact.path);
    const runner = await openModel(artifact, runnerSpecFromManifest(manifest));
    runners.push(runner);

    progress(`${name}: running ${manifest.artifact.path} on ${table.rowCount} rows`);
    const started = performance.now();
    const prediction = await runner.predict(table);
    const seconds = (performance.now() - started) / 1000;
    const input = toInput(prediction);
    const { values: metrics, problems } = computeMetrics(input);
    const evaluation: Evaluation = { dataset: evaluationPath, rows: table.rowCount, metrics };
    if (input.task === 'binary-classification') evaluation.confusion = confusionMatrix(input.yTrue, input.yPred);

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
    const features = manifest.data.features.map((f) => f.name);
    const sampleInput = truthInput(manifest, sample.table);
    const metric = IMPORTANCE_METRIC[manifest.problem.task];
    progress(`${name}: permutation importance on ${sample.table.rowCount} rows`);
    evaluation.importance = {
      metric,
      repeats: IMPORTANCE_REPEATS,
      rows: sample.table.rowCount,
      challenger: (await permutationImportance(runner, sample.table, features, metric, sampleInput, { repeats: IMPORTANCE_REPEATS, seed })).slice(0, 10),
    };

    const gates: GateResult[] = [];
    let championRun: { manifest: Manifest; input: MetricInput } | undefined;
    if (declared.performance) gates.push(performanceGate(manifest, evaluation, problems, blocking, input, seed));

    if (declared.robustness) {
      progress(`${name}: robustness`);
      const config = declared.robustness as Record<string, Record<string, number> | undefined>;
      const checks = ROBUSTNESS_CHECKS.filter((check) => config[check] !== undefined) as RobustnessCheck[];
      const measurements = await measureRobustness(runner, sample.table, {
        checks: checks.length > 0 ? checks : ['noise'],
        numeric: manifest.data.features.filter((f) => f.type === 'numeric').map((f) => f.name),
        features,
        ranges: await trainingRanges(manifest, files),
        extremeFactor: config['extremes']?.['factor'] ?? 10,
        noiseLevel: config['noise']?.['level'] ?? 0.01,
        ...(declared.robustness['output_range'] ? { outputRange: declared.robustness['output_range'] as { min?: number; max?: number } } : {}),
        seed,
      });
      gates.push(robustnessGate(manifest, measurements, blocking));
    }

    if (declared.champion) {
      if (champion instanceof Error) gates.push({ gate: 'champion', verdict: 'error', blocking, summary: champion.message, checks: [] });
      else if (!champion) {
        gates.push(skipped('champion', blocking, context.git ? `no production version of ${name} to compare with (no ${name}#production#N tag, and the base has none)` : 'not a git repository: the production version cannot be found'));
      } else if (champion.manifest.metadata.version === manifest.metadata.version && champion.manifest.artifact.sha256 === manifest.artifact.sha256) {
        gates.push(skipped('champion', blocking, `this is the production version (${champion.source})`));
      } else {
        progress(`${name}: champion ${champion.manifest.metadata.version} from ${champion.source}`);
        const championRunner = await openModel(champion.artifactPath, runnerSpecFromManifest(champion.manifest));
        runners.push(championRunner);
        const championInput = truthInput(champion.manifest, table)(await championRunner.predict(table));
        championRun = { manifest: champion.manifest, input: championInput };
        const settings = declared.champion;
        const tolerance = settings.tolerance ?? DEFAULT_TOLERANCE;
        const compared = compareWithChampion(input, championInput, {
          metrics: settings.metrics,
          tolerance,
          alpha: settings.alpha ?? DEFAULT_ALPHA,
          seed,
        });
        evaluation.champion = {
          version: champion.manifest.metadata.version,
          source: champion.source,
          commit: champion.commit,
          metrics: computeMetrics(championInput).values,
          comparisons: compared.comparisons,
          tolerance,
          ...(compared.mcnemar ? { mcnemar: compared.mcnemar } : {}),
        };
        const championFeatures = champion.manifest.data.features.map((f) => f.name);
        evaluation.importance.champion = (
          await permutationImportance(championRunner, sample.table, championFeatures, metric, truthInput(champion.manifest, sample.table), { repeats: IMPORTANCE_REPEATS, seed })
        ).slice(0, 10);
        gates.push(gateResult('champion', compared.checks, blocking));
      }
    }
    if (declared.fairness) {
      progress(`${name}: fairness`);
      const fairness = declared.fairness;
      const fairnessOf = (forManifest: Manifest, metricInput: MetricInput): FairnessResult | undefined =>
        metricInput.task === 'multiclass-classification'
          ? undefined
          : evaluateFairness({
              input: metricInput,
              attributes: sensitiveAttributesFor(forManifest).attributes,
              columns: table.columns,
              minGroupSize: fairness.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
              intersections: fairness.intersections ?? false,
              level: 1 - (fairness.alpha ?? 0.05),
              seed,
              ...(fairness.disparity_band ? { band: fairness.disparity_band } : {}),
            });
      const challengerFairness = fairnessOf(manifest, input);
      if (!challengerFairness) gates.push({ gate: 'fairness', verdict: 'error', blocking, summary: 'fairness metrics apply to binary classification and regression', checks: [] });
      else {
        const championFairness = championRun?.manifest.gates?.fairness ? fairnessOf(championRun.manifest, championRun.input) : undefined;
        evaluation.fairness = { challenger: challengerFairness, ...(championFairness ? { champion: championFairness } : {}) };
        gates.push(fairnessGate(fairness, challengerFairness, blocking, championFairness));
      }
    }
    if (declared.drift) {
      const reference = manifest.data.reference;
      if (!reference?.path) {
        const where = reference?.uri ? ` (${reference.uri} is outside it)` : '';
        gates.push(skipped('drift', blocking, `no reference data in the repository (data.reference.path)${where}: nothing to compare the evaluation data with`));
      } else {
        progress(`${name}: drift against ${reference.path}`);
        const drift = await measureDrift({ manifest, files, runner, seed, progress }, await readReference(manifest, files), { table, dataset: evaluationPath, prediction, labelled: true });
        evaluation.drift = drift;
        gates.push(driftGate(drift, blocking));
      }
    }
    return { evaluation, gates };
  } finally {
    for (const runner of runners) await runner.release();
    if (champion && !(champion instanceof Error)) await champion.dispose();
  }
}
