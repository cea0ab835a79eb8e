// The metrics of an evaluation, with the read's worker thread when it is kept (io/data/csv-threads.ts
// SortThread): ROC and PR AUC rank the scores of each class (core/metrics/ranking.ts), and on a large input the
// two sorts are most of the metrics' time (issue 18: 45-55 ms of 0.10-0.115 s on a million rows, on one core).
// Here the negatives are sorted on the worker while this thread sorts the positives and computes every other
// metric; the ranking metrics then start from that split. Sorting is deterministic, so the split, and every
// value, are those of computeMetrics alone; on a row a ranking metric rejects, or when the worker fails, the
// ranking metrics run as computeMetrics runs them (their own split, their own errors).
import { computeMetrics, mergeMetricValues, metricGroups, type MetricValues } from '../../core/evaluation/metrics.js';
import type { MetricInput } from '../../core/metrics/metric.js';
import { partitionScores } from '../../core/metrics/ranking.js';
import { sortFloat64 } from '../../core/stats/radix-sort.js';
import type { SortThread } from '../../io/data/csv-threads.js';

/** Below this many rows the worker's round trip and its cold sort save too little. */
export const THREADED_SORT_MIN_ROWS = 1 << 18;

/** computeMetrics(input), with one of the ranking sorts on `thread` when there is one and the input is large. */
export async function evaluationMetrics(input: MetricInput, thread: SortThread | undefined): Promise<MetricValues> {
  if (thread === undefined || input.task !== 'binary-classification' || input.score === undefined || input.yTrue.length < THREADED_SORT_MIN_ROWS) return computeMetrics(input);
  const { yTrue, score } = input;
  const groups = metricGroups(input.task);
  const buffer = new Float64Array(new SharedArrayBuffer(yTrue.length * Float64Array.BYTES_PER_ELEMENT));
  const positiveCount = partitionScores(yTrue, score, buffer);
  if (positiveCount < 0 || groups.ranking.length === 0) return computeMetrics(input);
  const positives = buffer.subarray(0, positiveCount);
  const negatives = buffer.subarray(positiveCount);
  const sorted = thread.sort(negatives).then(
    () => true,
    () => false,
  );
  sortFloat64(positives);
  const other = computeMetrics(input, groups.other);
  const ranking = (await sorted) ? computeMetrics(input, groups.ranking, { yTrue, score, positives, negatives }) : computeMetrics(input, groups.ranking);
  return mergeMetricValues(input.task, [other, ranking]);
}
