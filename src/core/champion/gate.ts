// Challenger against champion on the same rows: per-metric deltas with an interval each — DeLong's for
// ROC AUC, Newcombe's paired hybrid score interval for accuracy, the paired percentile bootstrap for the
// other metrics — McNemar's test on correctness, and the champion gate's verdicts.
//
// Why these intervals: the gate's false-fail rate at a true difference of exactly -tolerance is the
// one-sided miss rate of the interval's upper end, alpha / 2 when the interval covers as stated. The
// percentile bootstrap of an accuracy difference is a discrete statistic of the few discordant rows and
// covers below its level on small data; Newcombe's closed-form interval does not, and costs O(n) rather
// than rows x resamples. Measured in bench/calibration-champion.mjs (README, "How modelops decides").
import { metricOrNaN } from '../evaluation/metrics.js';
import { resampledMetric } from '../evaluation/resample.js';
import { metricById } from '../metrics/registry.js';
import type { MetricInput } from '../metrics/metric.js';
import type { GateCheck, MetricComparison } from '../report/verdict.js';
import { type PairedBootstrapInterval, pairedBootstraps } from '../stats/bootstrap.js';
import { delongTest } from '../stats/delong.js';
import { mcnemarFromCorrectness } from '../stats/mcnemar.js';
import { newcombePairedDifference, type PairedCounts } from '../stats/newcombe-paired.js';
import { normalQuantile } from '../stats/normal.js';
import { formatNumber } from '../evaluation/bounds.js';

export interface ChampionComparisonOptions {
  metrics: readonly string[];
  /** Largest allowed drop, in the metric's units. */
  tolerance: number;
  /** Significance level; intervals are two-sided at 1 - alpha. */
  alpha: number;
  seed: number;
  /** Bootstrap resamples; scaled down for large data so rows x resamples stays bounded. */
  resamples?: number;
}

/** Rows x resamples above which fewer resamples are drawn (each resample recomputes the metric). */
const MAX_RESAMPLED_ROWS = 20_000_000;
const MIN_RESAMPLES = 200;

export function resamplesFor(rows: number, requested = 1000): number {
  return Math.max(MIN_RESAMPLES, Math.min(requested, Math.floor(MAX_RESAMPLED_ROWS / Math.max(rows, 1))));
}

function correctness(input: MetricInput): Uint8Array {
  if (input.task === 'regression') throw new Error('correctness applies to classification');
  return Uint8Array.from(input.yTrue, (truth, i) => (truth === input.yPred[i] ? 1 : 0));
}

/**
 * A regression is a significant worsening by more than the tolerance: for a higher-is-better metric,
 * the whole interval of (challenger - champion) lies below -tolerance; for lower-is-better, above +tolerance.
 * An interval that straddles the line is not evidence of a regression, so the gate passes and the report
 * shows the interval.
 */
export function compareWithChampion(
  challenger: MetricInput,
  champion: MetricInput,
  options: ChampionComparisonOptions,
): { comparisons: MetricComparison[]; checks: GateCheck[]; mcnemar?: { onlyChallengerCorrect: number; onlyChampionCorrect: number; pValue: number; method: string } } {
  const n = challenger.yTrue.length;
  const level = 1 - options.alpha;
  const resamples = resamplesFor(n, options.resamples);
  const comparisons: MetricComparison[] = [];
  const checks: GateCheck[] = [];
  const bootstrapped = pairedIntervals(challenger, champion, options, resamples);
  for (const [index, id] of options.metrics.entries()) {
    const pointer = `/gates/champion/metrics/${index}`;
    const definition = metricById(id)!;
    const challengerValue = metricOrNaN(id, challenger);
    const championValue = metricOrNaN(id, champion);
    if (Number.isNaN(challengerValue) || Number.isNaN(championValue)) {
      comparisons.push({ metric: id, challenger: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null });
      checks.push({ name: id, verdict: 'error', value: finiteOrNull(challengerValue), champion: finiteOrNull(championValue), delta: null, message: `${id} has no value for one of the models on this data`, pointer });
      continue;
    }
    const delta = challengerValue - championValue;
    let ci: MetricComparison['ci'];
    let pValue: number | undefined;
    let method: string;
    if (id === 'roc_auc' && challenger.task === 'binary-classification' && champion.task === 'binary-classification' && challenger.score && champion.score) {
      const test = delongTest(challenger.yTrue, challenger.score, champion.score, { level });
      ci = { lower: test.ciLower, upper: test.ciUpper, level };
      pValue = test.pValue;
      method = 'delong';
    } else if (id === 'accuracy' && challenger.task !== 'regression' && champion.task !== 'regression') {
      const paired = newcombePairedDifference(pairedCounts(correctness(challenger), correctness(champion)), normalQuantile((1 + level) / 2));
      ci = { lower: paired.lower, upper: paired.upper, level };
      method = 'newcombe-paired';
    } else {
      const interval = bootstrapped.get(index)!;
      ci = { lower: interval.lower, upper: interval.upper, level };
      method = `paired-bootstrap (${interval.resamplesUsed} resamples, percentile)`;
    }
    const higherIsBetter = definition.direction === 'higher-is-better';
    const regression = higherIsBetter ? ci.upper < -options.tolerance : ci.lower > options.tolerance;
    const comparison: MetricComparison = { metric: id, challenger: challengerValue, champion: championValue, delta, ci, method, regression };
    if (pValue !== undefined) comparison.pValue = pValue;
    comparisons.push(comparison);
    const interval = `[${formatNumber(ci.lower)}, ${formatNumber(ci.upper)}] at ${Math.round(level * 100)}%`;
    const side = higherIsBetter ? 'drop' : 'rise';
    checks.push({
      name: id,
      pointer,
      verdict: regression ? 'fail' : 'pass',
      value: challengerValue,
      champion: championValue,
      delta,
      message: regression
        ? `significantly worse than the champion: Δ ${formatNumber(delta)}, interval ${interval} lies beyond the allowed ${side} of ${formatNumber(options.tolerance)}`
        : `Δ ${formatNumber(delta)}, interval ${interval}: no significant ${side} beyond ${formatNumber(options.tolerance)}`,
    });
  }
  if (challenger.task === 'regression' || champion.task === 'regression') return { comparisons, checks };
  const test = mcnemarFromCorrectness(correctness(challenger), correctness(champion));
  return { comparisons, checks, mcnemar: { onlyChallengerCorrect: test.b, onlyChampionCorrect: test.c, pValue: test.pValue, method: test.method } };
}

/** DeLong's test for ROC AUC when both models have scores; Newcombe's interval for accuracy. */
function closedForm(id: string, challenger: MetricInput, champion: MetricInput): boolean {
  if (id === 'roc_auc') return challenger.task === 'binary-classification' && champion.task === 'binary-classification' && challenger.score !== undefined && champion.score !== undefined;
  return id === 'accuracy' && challenger.task !== 'regression' && champion.task !== 'regression';
}

/**
 * The paired bootstrap of each metric (by its index in `options.metrics`) with a value for both models and no
 * closed-form interval, all from one set of resamples (each would draw the same ones from the seed). Each model's
 * metric is read through the drawn rows (evaluation/resample.ts: the values of gathered copies, bit for bit).
 */
function pairedIntervals(challenger: MetricInput, champion: MetricInput, options: ChampionComparisonOptions, resamples: number): Map<number, PairedBootstrapInterval> {
  const indices = [...options.metrics.keys()].filter((i) => {
    const id = options.metrics[i]!;
    return !closedForm(id, challenger, champion) && !Number.isNaN(metricOrNaN(id, challenger)) && !Number.isNaN(metricOrNaN(id, champion));
  });
  if (indices.length === 0) return new Map();
  const statistics = indices.map((i) => {
    const ofChallenger = resampledMetric(options.metrics[i]!, challenger);
    const ofChampion = resampledMetric(options.metrics[i]!, champion);
    return (rows: Uint32Array): readonly [number, number] => [ofChallenger(rows), ofChampion(rows)];
  });
  const intervals = pairedBootstraps({ n: challenger.yTrue.length, resamples, level: 1 - options.alpha, seed: options.seed, statistics });
  return new Map(indices.map((i, k) => [i, intervals[k]!]));
}

function pairedCounts(first: Uint8Array, second: Uint8Array): PairedCounts {
  const counts = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  for (let i = 0; i < first.length; i++) {
    if (first[i] && second[i]) counts.both++;
    else if (first[i]) counts.onlyFirst++;
    else if (second[i]) counts.onlySecond++;
    else counts.neither++;
  }
  return counts;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
