// The metrics of an evaluation, with the read's worker thread when it is kept (io/data/csv-threads.ts
// SpareThread). On a million rows the metrics took 0.10-0.115 s on one core after the read and the prediction
// (issue 18), nearly half of it the two sorts of ROC and PR AUC (the scores of each class). Here this thread
// splits the scores by class and the worker sorts both parts while this thread computes every metric that
// does not rank the scores (the label metrics, log loss, Brier, ECE); ROC and PR AUC then walk the sorted
// parts. The worker sorts with this thread's code and sorting is deterministic, so the split, and every value,
// are computeMetrics's own, bit for bit; on a row a ranking metric rejects, or when the worker fails, the
// ranking metrics run as computeMetrics runs them (their own split, their own errors).
import { computeMetrics, mergeMetricValues, metricsNeeding, type KnownWork, type MetricValues } from '../../core/evaluation/metrics.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import { partitionScores } from '../../core/metrics/ranking.js';
import type { SpareThread } from '../../io/data/csv-threads.js';

/** Below this many rows the worker's round trips save too little. */
export const THREADED_METRICS_MIN_ROWS = 1 << 18;

/** computeMetrics(input), with the ranking metrics' sorts on `thread` when there is one and the input is large. */
export async function evaluationMetrics(input: MetricInput, thread: SpareThread | undefined): Promise<MetricValues> {
  if (thread === undefined || input.task !== 'binary-classification' || input.score === undefined || input.yTrue.length < THREADED_METRICS_MIN_ROWS) return computeMetrics(input);
  const { task, yTrue, score } = input;
  const ranking = metricsNeeding(task, 'scores');
  const split = new Float64Array(new SharedArrayBuffer(yTrue.length * Float64Array.BYTES_PER_ELEMENT));
  const positiveCount = ranking.length > 0 ? partitionScores(yTrue, score, split) : -1;
  if (positiveCount < 0) return computeMetrics(input);
  const positives = split.subarray(0, positiveCount);
  const negatives = split.subarray(positiveCount);
  const sorted = Promise.all([thread.sort(positives), thread.sort(negatives)]).then(
    () => true,
    () => false,
  );
  const others = computeMetrics(input, metricsNeeding(task, 'labels', 'scores', 'probabilities', 'predictions').filter((id) => !ranking.includes(id)));
  // a worker that failed may have left the parts half sorted: the ranking metrics then split the scores again
  const known: KnownWork = (await sorted) ? { split: { yTrue, score, positives, negatives } } : {};
  return mergeMetricValues(task, [others, computeMetrics(input, ranking, known)]);
}
