// Measurements that run the model: operational numbers, robustness perturbations, permutation importance.
import { quantileSorted } from 'simple-statistics';
import { takeRows, withShuffledColumn, type NumericColumn, type Table } from '../../core/data/table.js';
import { metricOrNaN } from '../../core/evaluation/metrics.js';
import type { Bound } from '../../core/manifest/manifest.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import type { FeatureImportance } from '../../core/report/model.js';
import type { RobustnessCheck, RobustnessMeasurement } from '../../core/robustness/gate.js';
import { extremeValues, finiteRange, flipRate, meanAbsoluteChange, withConstant, withMissing, withNoise } from '../../core/robustness/perturb.js';
import { createRng, type Rng } from '../../core/stats/random.js';
import type { ModelRunner, Prediction } from '../../io/onnx/index.js';
import { STACK_ROWS, changedRows, concatPredictions, isOutputError, pairTable, predictEach, shufflePairs, withRows, type VariantOutcome } from './batch.js';

/** Rows used for perturbation and permutation runs: each is a full pass of the model per feature. */
export const SAMPLE_ROWS = 5000;
const LATENCY_ROWS = 200;
const LATENCY_WARMUP = 10;

/** A seeded sample of at most SAMPLE_ROWS rows, in their original order; the whole table when small. */
export function sampleTable(table: Table, seed: number): { table: Table; indices?: Uint32Array } {
  if (table.rowCount <= SAMPLE_ROWS) return { table };
  const rng = createRng(seed);
  // Selection sampling (Knuth's algorithm S): every subset of SAMPLE_ROWS rows is equally likely.
  const indices = new Uint32Array(SAMPLE_ROWS);
  let chosen = 0;
  for (let row = 0; row < table.rowCount && chosen < SAMPLE_ROWS; row++) {
    if ((table.rowCount - row) * rng.nextFloat() < SAMPLE_ROWS - chosen) indices[chosen++] = row;
  }
  return { table: takeRows(table, indices), indices };
}

export interface Operational {
  latencyMs: { p50: number; p95: number; p99: number };
  throughputRowsPerS: number;
}

/** Single-row latency: each row's feeds are built first, so only session.run is timed. */
export async function measureLatency(runner: ModelRunner, table: Table): Promise<Operational['latencyMs']> {
  const rows = Math.min(LATENCY_ROWS, table.rowCount);
  const prepared = Array.from({ length: rows }, (_, row) => runner.prepare(table, row, row + 1));
  for (let i = 0; i < Math.min(LATENCY_WARMUP, rows); i++) await runner.runRaw(prepared[i]!);
  const times = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const started = performance.now();
    await runner.runRaw(prepared[i]!);
    times[i] = performance.now() - started;
  }
  const sorted = Array.from(times).sort((a, b) => a - b);
  return { p50: quantileSorted(sorted, 0.5), p95: quantileSorted(sorted, 0.95), p99: quantileSorted(sorted, 0.99) };
}

/** Scores (binary: P(positive); multiclass: the winning probability; regression: the prediction) and labels. */
function scoresOf(prediction: Prediction): { score: Float64Array; label: ArrayLike<number> } {
  if (prediction.task === 'binary-classification') return { score: prediction.score, label: prediction.yPred };
  if (prediction.task === 'multiclass-classification') {
    const k = prediction.classCount;
    return { score: Float64Array.from(prediction.yPred, (c, row) => prediction.probabilities[row * k + c]!), label: prediction.yPred };
  }
  return { score: prediction.prediction, label: prediction.prediction };
}

interface Perturbed {
  labelFlipRate: number;
  meanScoreChange: number;
  nonFinite: number;
  outOfRange: number;
}

function perturbedResult(base: { score: Float64Array; label: ArrayLike<number> }, outcome: VariantOutcome, rows: number, range: Bound | undefined): Perturbed {
  if ('error' in outcome) {
    // NaN, infinite or out-of-range outputs under a perturbation are what the gate measures, not a crash.
    const { error } = outcome;
    const count = error.badRows?.count ?? rows;
    return {
      labelFlipRate: Number.NaN,
      meanScoreChange: Number.NaN,
      nonFinite: error.code === 'non-finite-output' ? count : 0,
      outOfRange: error.code === 'score-out-of-range' ? count : 0,
    };
  }
  const { prediction } = outcome;
  const { score, label } = scoresOf(prediction);
  let outOfRange = 0;
  if (range) for (const s of score) if ((range.min !== undefined && s < range.min) || (range.max !== undefined && s > range.max)) outOfRange++;
  const regression = prediction.task === 'regression';
  return {
    labelFlipRate: regression ? 0 : flipRate(base.label, label),
    meanScoreChange: meanAbsoluteChange(base.score, score),
    nonFinite: 0,
    outOfRange,
  };
}

export interface RobustnessSettings {
  checks: readonly RobustnessCheck[];
  numeric: readonly string[];
  features: readonly string[];
  /** Per numeric feature, the range to push beyond (training data when available). */
  ranges: ReadonlyMap<string, { min: number; max: number }>;
  extremeFactor: number;
  noiseLevel: number;
  outputRange?: Bound;
  seed: number;
  /** The model's prediction of the table, when the caller has it. */
  baseline?: Prediction;
}

/** Each configured perturbation, per feature where it is per feature, keeping the worst feature. */
export async function measureRobustness(runner: ModelRunner, table: Table, settings: RobustnessSettings): Promise<RobustnessMeasurement[]> {
  const base = scoresOf(settings.baseline ?? (await runner.predict(table)));
  const measurements: RobustnessMeasurement[] = [];
  const worstOf = async (check: RobustnessCheck, variants: { feature: string; table: Table }[]) => {
    let worst: (Perturbed & { feature?: string }) | undefined;
    const totals = { nonFinite: 0, outOfRange: 0 };
    // every variant of this check in few large runs
    const outcomes = await predictEach(runner, variants.map((variant) => variant.table));
    for (const [index, variant] of variants.entries()) {
      const result = perturbedResult(base, outcomes[index]!, variant.table.rowCount, settings.outputRange);
      totals.nonFinite += result.nonFinite;
      totals.outOfRange += result.outOfRange;
      const worse =
        !worst ||
        Number.isNaN(result.labelFlipRate) ||
        result.labelFlipRate > worst.labelFlipRate ||
        (result.labelFlipRate === worst.labelFlipRate && result.meanScoreChange > worst.meanScoreChange);
      if (worse && !(worst && Number.isNaN(worst.labelFlipRate))) worst = { ...result, feature: variant.feature };
    }
    if (!worst) return;
    const measurement: RobustnessMeasurement = {
      check,
      labelFlipRate: worst.labelFlipRate,
      meanScoreChange: worst.meanScoreChange,
      nonFinite: totals.nonFinite,
      outOfRange: totals.outOfRange,
      rows: table.rowCount * variants.length,
    };
    if (worst.feature !== undefined && variants.length > 1) measurement.worstFeature = worst.feature;
    measurements.push(measurement);
  };
  for (const check of settings.checks) {
    if (check === 'missing_values') await worstOf(check, settings.features.map((feature) => ({ feature, table: withMissing(table, feature) })));
    if (check === 'zeros') await worstOf(check, settings.numeric.map((feature) => ({ feature, table: withConstant(table, feature, 0) })));
    if (check === 'extremes') {
      const variants = settings.numeric.flatMap((feature) => {
        const range = settings.ranges.get(feature) ?? finiteRange((table.columns.get(feature) as NumericColumn).values);
        if (!range) return [];
        const { low, high } = extremeValues(range, settings.extremeFactor);
        return [
          { feature: `${feature} (high)`, table: withConstant(table, feature, high) },
          { feature: `${feature} (low)`, table: withConstant(table, feature, low) },
        ];
      });
      await worstOf(check, variants);
    }
    if (check === 'noise') {
      const rng = createRng(settings.seed);
      await worstOf(check, [{ feature: 'all numeric features', table: withNoise(table, settings.numeric, settings.noiseLevel, () => rng.nextFloat()) }]);
    }
  }
  return measurements;
}

/**
 * Permutation importance: the mean drop of `metric` when one feature's values are shuffled across
 * rows, over `repeats` shuffles (each seeded), most important first.
 */
export async function permutationImportance(
  runner: ModelRunner,
  table: Table,
  features: readonly string[],
  metric: string,
  toInput: (prediction: Prediction) => MetricInput,
  options: { repeats: number; seed: number; /** The model's prediction of `table`, when the caller has it. */ baseline?: Prediction },
): Promise<FeatureImportance[]> {
  const baseline = options.baseline ?? (await runner.predict(table));
  const reference = metricOrNaN(metric, toInput(baseline));
  const rng: Rng = createRng(options.seed);
  // every shuffle first (the same draws, in the same order, as shuffling and predicting one at a time), as the
  // distinct inputs they make (rows a shuffle left as they were keep the unshuffled prediction; a row two repeats
  // give the same value is predicted once), built straight into few tables of up to STACK_ROWS rows
  const pairs = shufflePairs(table, features, options.repeats, rng);
  const parts: Prediction[] = [];
  try {
    for (let begin = 0; begin < pairs.row.length; begin += STACK_ROWS) parts.push(await runner.predict(pairTable(table, features, pairs, begin, Math.min(pairs.row.length, begin + STACK_ROWS))));
  } catch (error) {
    // an output the runner rejects (NaN, infinite, out of range) is the model's error, raised as a run of each
    // shuffle's own rows raises it
    if (!isOutputError(error)) throw error;
    return importanceVariantByVariant(runner, table, features, metric, toInput, options.repeats, options.seed, baseline, reference);
  }
  const update = parts.length > 0 ? concatPredictions(parts) : undefined;
  const drop = (f: number, r: number): number => {
    const variant = pairs.variants[f * options.repeats + r]!;
    return reference - metricOrNaN(metric, toInput(update ? withRows(baseline, variant.rows, update, variant.at) : withRows(baseline, variant.rows, baseline)));
  };
  return ranked(features, options.repeats, drop);
}

/** Each feature's mean drop and its standard deviation over the repeats, most important first. */
function ranked(features: readonly string[], repeats: number, drop: (feature: number, repeat: number) => number): FeatureImportance[] {
  const result: FeatureImportance[] = [];
  for (const [f, feature] of features.entries()) {
    const drops: number[] = [];
    for (let r = 0; r < repeats; r++) drops.push(drop(f, r));
    const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
    const std = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / drops.length);
    result.push({ feature, importance: mean, std });
  }
  return result.sort((a, b) => b.importance - a.importance);
}

/** The same importance, each shuffle's changed rows a table of its own: a rejected output fails its shuffle alone. */
async function importanceVariantByVariant(
  runner: ModelRunner,
  table: Table,
  features: readonly string[],
  metric: string,
  toInput: (prediction: Prediction) => MetricInput,
  repeats: number,
  seed: number,
  baseline: Prediction,
  reference: number,
): Promise<FeatureImportance[]> {
  const rng: Rng = createRng(seed);
  const shuffles = features.flatMap((feature) => Array.from({ length: repeats }, () => withShuffledColumn(table, feature, (bound) => rng.nextBelow(bound))));
  const changed = shuffles.map((shuffled, i) => changedRows(table, shuffled, features[Math.floor(i / repeats)]!));
  const outcomes = (await predictEach(runner, shuffles.map((shuffled, i) => takeRows(shuffled, changed[i]!)))).map((outcome, i) =>
    'error' in outcome ? outcome : { prediction: withRows(baseline, changed[i]!, outcome.prediction) },
  );
  return ranked(features, repeats, (f, r) => {
    const outcome = outcomes[f * repeats + r]!;
    // a shuffle that makes the model's output invalid is an error of the model, as before
    if ('error' in outcome) throw outcome.error;
    return reference - metricOrNaN(metric, toInput(outcome.prediction));
  });
}
