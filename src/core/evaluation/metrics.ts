// Predictions + truth -> metric values, with the reason when a metric has no value on this data.
import { metricById, metricsForTask } from '../metrics/registry.js';
import { MetricError, type MetricInput, type MetricNeeds } from '../metrics/metric.js';
import { withSharedConfusion } from '../metrics/confusion-matrix.js';
import { withSharedProbabilitySums } from '../metrics/probability-sums.js';
import { withSharedRanking, type KnownSplit } from '../metrics/ranking.js';
import type { Task } from '../manifest/manifest.js';

export interface MetricValues {
  values: Record<string, number | null>;
  /** Why a metric is null. */
  problems: Record<string, string>;
}

/** Work on (yTrue, score) done beforehand, maybe on another thread, that computeMetrics starts from. */
export interface KnownWork {
  /** The sorted split of ROC and PR AUC (ranking.ts). */
  split?: KnownSplit;
}

/**
 * Every metric of the task (or the ids asked for); a metric that cannot be computed is null with its reason.
 * With `known`, the metrics that share its work start from it.
 */
export function computeMetrics(input: MetricInput, ids?: readonly string[], known: KnownWork = {}): MetricValues {
  const definitions = ids ? ids.map((id) => metricById(id)).filter((d) => d !== undefined) : metricsForTask(input.task as Task);
  const values: Record<string, number | null> = {};
  const problems: Record<string, string> = {};
  // ROC AUC and PR AUC rank the same scores: one sort for both; the label metrics share one confusion matrix;
  // log loss, Brier and ECE one pass over (yTrue, score)
  withSharedRanking(() =>
    withSharedConfusion(() => withSharedProbabilitySums(() => {
      for (const definition of definitions) {
        try {
          values[definition.id] = definition.compute(input);
        } catch (error) {
          if (!(error instanceof MetricError)) throw error;
          values[definition.id] = null;
          problems[definition.id] = error.message;
        }
      }
    })),
    known.split,
  );
  return { values, problems };
}

/**
 * The ids of the task's metrics that need one of `needs`, in the task's order ('scores': those that rank the
 * scores, ROC and PR AUC, from one sorted split).
 */
export function metricsNeeding(task: Task, ...needs: MetricNeeds[]): string[] {
  return metricsForTask(task)
    .filter((d) => needs.includes(d.needs))
    .map((d) => d.id);
}

/** Results of computeMetrics on parts of the task's metrics as the one result of all of them: keys in the task's order. */
export function mergeMetricValues(task: Task, parts: readonly MetricValues[]): MetricValues {
  const values: Record<string, number | null> = {};
  const problems: Record<string, string> = {};
  for (const { id } of metricsForTask(task)) {
    for (const part of parts) {
      if (id in part.values) values[id] = part.values[id] ?? null;
      if (id in part.problems) problems[id] = part.problems[id]!;
    }
  }
  return { values, problems };
}

/** One metric, or NaN when it has no value (for resampling, where NaN resamples are skipped). */
export function metricOrNaN(id: string, input: MetricInput): number {
  try {
    return metricById(id)!.compute(input);
  } catch (error) {
    if (error instanceof MetricError) return Number.NaN;
    throw error;
  }
}

/**
 * The rows at `indices` of a metric input, written into reusable buffers (views of their first
 * `indices.length` rows when fewer rows are drawn than the input has, as the jackknife's n - 1).
 */
export function gatherer(input: MetricInput): (indices: Uint32Array) => MetricInput {
  const n = input.yTrue.length;
  if (input.task === 'binary-classification') {
    const yTrue = new Uint8Array(n);
    const yPred = new Uint8Array(n);
    const score = input.score ? new Float64Array(n) : undefined;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i]!;
        yTrue[i] = input.yTrue[row]!;
        yPred[i] = input.yPred[row]!;
        if (score) score[i] = input.score![row]!;
      }
      const m = indices.length;
      if (m < n) return score ? { task: input.task, yTrue: yTrue.subarray(0, m), yPred: yPred.subarray(0, m), score: score.subarray(0, m) } : { task: input.task, yTrue: yTrue.subarray(0, m), yPred: yPred.subarray(0, m) };
      return score ? { task: input.task, yTrue, yPred, score } : { task: input.task, yTrue, yPred };
    };
  }
  if (input.task === 'multiclass-classification') {
    const k = input.classCount;
    const yTrue = new Int32Array(n);
    const yPred = new Int32Array(n);
    const probabilities = input.probabilities ? new Float64Array(n * k) : undefined;
    return (indices) => {
      for (let i = 0; i < indices.length; i++) {
        const row = indices[i]!;
        yTrue[i] = input.yTrue[row]!;
        yPred[i] = input.yPred[row]!;
        if (probabilities) probabilities.set(input.probabilities!.subarray(row * k, row * k + k), i * k);
      }
      const m = indices.length;
      if (m < n) {
        const rows = { task: input.task, yTrue: yTrue.subarray(0, m), yPred: yPred.subarray(0, m), classCount: k };
        return probabilities ? { ...rows, probabilities: probabilities.subarray(0, m * k) } : rows;
      }
      return probabilities ? { task: input.task, yTrue, yPred, probabilities, classCount: k } : { task: input.task, yTrue, yPred, classCount: k };
    };
  }
  const yTrue = new Float64Array(n);
  const yPred = new Float64Array(n);
  return (indices) => {
    for (let i = 0; i < indices.length; i++) {
      const row = indices[i]!;
      yTrue[i] = input.yTrue[row]!;
      yPred[i] = input.yPred[row]!;
    }
    const m = indices.length;
    return m < n ? { task: input.task, yTrue: yTrue.subarray(0, m), yPred: yPred.subarray(0, m) } : { task: input.task, yTrue, yPred };
  };
}
