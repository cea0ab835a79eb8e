// Monitoring series for the renderer tests: 14 weekly chunks (2026-W36 to 2026-W49) with an empty week (W39) and an
// insufficient one (W41, 12 rows), labels that stop arriving after W47, signals whose bands and alerts come from the real threshold code (buildSignal)
// over plausible reference-chunk values. `shifted` moves the data from the 9th chunk (2026-W44) on: the age
// feature's KS statistic and the estimated ROC AUC leave their bands there, the prediction's drift a week later.
import { DRIFT_BAND, SHARE_BAND, buildSignal, type MonitoringSeries, type SeriesChunk, type SeriesSignal, type SignalKind } from '../core/drift/chunks/series.js';
import type { ThresholdOptions, ThresholdRule } from '../core/drift/chunks/thresholds.js';

const WEEK = 7 * 86_400_000;
/** Monday 2026-W36 (2026-08-31), UTC. */
const W36 = Date.UTC(2026, 7, 31);
const RULE: ThresholdRule = { kind: 'calibrated' };
const MIN_ROWS = 30;

const ROWS = [150, 148, 151, 0, 149, 12, 150, 152, 147, 150, 149, 151, 148, 150];
const LABELLED = [150, 148, 151, 0, 149, 12, 150, 140, 120, 90, 40, 10, 0, 0];

function weeklyChunks(rows: readonly number[]): SeriesChunk[] {
  return rows.map((count, index) => {
    const start = W36 + index * WEEK;
    return {
      index,
      key: `2026-W${36 + index}`,
      start: new Date(start).toISOString(),
      end: new Date(start + WEEK).toISOString(),
      rows: count,
      ...(count > 0 ? { first: new Date(start + 3_600_000).toISOString(), last: new Date(start + WEEK - 3_600_000).toISOString() } : {}),
      empty: count === 0,
      insufficient: count < MIN_ROWS,
    };
  });
}

/** Stationary values, then `shifted` from index 8 when asked; null on the empty chunk. */
function values(chunks: readonly SeriesChunk[], stationary: readonly number[], shifted: readonly number[] | undefined): (number | null)[] {
  return chunks.map((chunk, i) => (chunk.empty ? null : shifted && i >= 8 ? shifted[i - 8]! : stationary[i]!));
}

export interface SeriesFixtureOptions {
  shifted?: boolean;
  /** The name of the monitored feature (to try hostile text). */
  feature?: string;
}

export function weeklySeries(options: SeriesFixtureOptions = {}): MonitoringSeries {
  const feature = options.feature ?? 'age';
  const chunks = weeklyChunks(ROWS);
  const shifted = options.shifted ?? false;
  const realisedChunks = chunks.map((chunk, i) => ({ key: chunk.key, empty: LABELLED[i] === 0, insufficient: LABELLED[i]! < MIN_ROWS }));

  /** A signal over the weekly chunks: stationary values (then `shift` from W44 when shifted), banded by `reference`. */
  const signal = (id: string, kind: SignalKind, stationary: number[], shift: number[] | null, reference: number[], band: ThresholdOptions, extra: Partial<SeriesSignal> = {}): SeriesSignal =>
    buildSignal(id, kind, values(chunks, stationary, shifted && shift ? shift : undefined), reference, RULE, band, chunks, extra);
  const driftStatistic = signal(`drift.${feature}.statistic`, 'drift', [0.055, 0.062, 0.05, 0, 0.068, 0.21, 0.057, 0.064, 0.06, 0.058, 0.053, 0.066, 0.061, 0.059], [0.31, 0.29, 0.33, 0.35, 0.3, 0.32], [0.052, 0.061, 0.047, 0.07, 0.058, 0.066, 0.049, 0.055, 0.063, 0.059], DRIFT_BAND);
  const statistics = driftStatistic.values;
  const drift = { ...driftStatistic, test: { method: 'ks' as const, alpha: 0.05, pValues: statistics.map((v) => (v === null ? null : v > 0.2 ? 1e-6 : 0.4)), drifted: statistics.map((v) => (v === null ? null : v > 0.2)) } };
  const missing = signal(`missing.${feature}`, 'missing', [0.02, 0.021, 0.019, 0, 0.022, 0.025, 0.02, 0.018, 0.021, 0.02, 0.022, 0.019, 0.021, 0.02], null, [0.02, 0.025, 0.018, 0.022, 0.03, 0.02, 0.024, 0.019, 0.021, 0.026], SHARE_BAND);
  const prediction = signal('prediction.drift.statistic', 'prediction-drift', [0.048, 0.05, 0.052, 0, 0.047, 0.15, 0.05, 0.049, 0.051, 0.05, 0.053, 0.049, 0.05, 0.052], [0.055, 0.22, 0.24, 0.25, 0.23, 0.26], [0.045, 0.052, 0.049, 0.055, 0.047, 0.05, 0.051, 0.048, 0.053, 0.046], DRIFT_BAND, {
    test: { method: 'ks', alpha: 0.05, pValues: chunks.map(() => null), drifted: chunks.map(() => null) },
  });
  const performanceBand = { side: 'both', min: 0, max: 1 } as const;
  const estimated = signal('cbpe.roc_auc', 'estimated', [0.842, 0.839, 0.845, 0, 0.841, 0.83, 0.843, 0.84, 0.842, 0.838, 0.844, 0.841, 0.84, 0.843], [0.781, 0.776, 0.772, 0.779, 0.774, 0.77], [0.84, 0.843, 0.838, 0.845, 0.841, 0.839, 0.844, 0.842, 0.837, 0.846], performanceBand);
  // labels arrive late: none yet for the last two weeks, too few for W41 and W47
  const realisedValues = chunks.map((_, i) => (LABELLED[i] === 0 ? null : shifted && i >= 8 ? [0.79, 0.785, 0.77, 0.8][i - 8]! : [0.85, 0.83, 0.84, 0, 0.845, 0.8, 0.835, 0.85, 0.84, 0.83, 0.86, 0.8][i]!));
  const realised = buildSignal('realised.roc_auc', 'realised', realisedValues, [0.835, 0.85, 0.828, 0.858, 0.842, 0.83, 0.855, 0.847, 0.826, 0.86], RULE, performanceBand, realisedChunks, { labelledRows: [...LABELLED] });

  const signals: SeriesSignal[] = [drift, missing, prediction, estimated, realised];
  return {
    chunking: { by: 'period', period: 'week', timeZone: 'Europe/Berlin', minRows: MIN_ROWS, rows: ROWS.reduce((a, b) => a + b, 0), invalidTimestamps: { count: 0, rows: [] } },
    reference: { rows: 1500, chunkRows: 150, chunks: 10 },
    thresholdRule: RULE,
    estimatedBand: 'estimated',
    chunks,
    signals,
    notOffered: [],
    labels: { given: LABELLED.reduce((a, b) => a + b, 0), matched: LABELLED.reduce((a, b) => a + b, 0), unmatched: 0, duplicateIds: 0, rowsWithoutId: 0 },
  };
}
