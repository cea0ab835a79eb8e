// A monitoring series as monitoring-log records (drift/monitoring-log-schema.ts): one record per chunk, its
// results keyed by signal id, the signals that alerted on it, and the bands they were judged against.
import type { MonitoringLogRecord } from '../monitoring-log-schema.js';
import type { MonitoringSeries } from './series.js';

/** What a run knows about itself (the record's fields outside the chunk); `time` is passed in, core reads no clock. */
export type RunFacts = Omit<MonitoringLogRecord, 'chunk' | 'results' | 'alerts' | 'thresholds'>;

export interface SeriesLogRecord extends MonitoringLogRecord {
  chunk: MonitoringLogRecord['chunk'] & { empty: boolean; insufficient: boolean };
  alerts: string[];
  thresholds: NonNullable<MonitoringLogRecord['thresholds']>;
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
