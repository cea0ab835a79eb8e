// A monitoring series as monitoring-log records (drift/monitoring-log-schema.ts): one record per chunk, its
// results keyed by signal id, the signals that alerted on it, and the bands they were judged against.
import type { MonitoringSeries } from './series.js';

/** What a run knows about itself (the record's fields outside the chunk). */
export interface RunFacts {
  model: string;
  version: string;
  run: string;
  commit: string;
  /** When the run writes, ISO 8601 UTC: passed in, core reads no clock. */
  time: string;
  source: { digest: string; rows: number; description?: string };
}

export interface SeriesLogRecord extends RunFacts {
  chunk: { key: string; start?: string; end?: string; rows: number; empty: boolean; insufficient: boolean };
  results: Record<string, number | null>;
  alerts: string[];
  thresholds: Record<string, { lower: number | null; upper: number | null }>;
}

export function seriesLogRecords(series: MonitoringSeries, run: RunFacts): SeriesLogRecord[] {
  const thresholds = Object.fromEntries(series.signals.map((signal) => [signal.id, { lower: signal.thresholds.lower, upper: signal.thresholds.upper }]));
  return series.chunks.map((chunk, i) => ({
    ...run,
    chunk: {
      key: chunk.key,
      ...(chunk.start !== undefined ? { start: chunk.start } : {}),
      ...(chunk.end !== undefined ? { end: chunk.end } : {}),
      rows: chunk.rows,
      empty: chunk.empty,
      insufficient: chunk.insufficient,
    },
    results: Object.fromEntries(series.signals.map((signal) => [signal.id, signal.values[i] ?? null])),
    alerts: series.signals.filter((signal) => signal.alerts[i]).map((signal) => signal.id),
    thresholds,
  }));
}
