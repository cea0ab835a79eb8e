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

/** What of a record says what the run saw on the chunk: the chunk and its results and alerts (not the run facts, not the bands). */
function seen(record: MonitoringLogRecord): string {
  const { key, start, end, rows, empty, insufficient } = record.chunk;
  const results = Object.keys(record.results)
    .sort()
    .map((id) => [id, record.results[id] ?? null]);
  return JSON.stringify([key, start ?? null, end ?? null, rows, empty ?? rows === 0, insufficient ?? false, results, [...(record.alerts ?? [])].sort()]);
}

export interface NewRecords<T extends MonitoringLogRecord> {
  /** Records to append: their chunk is not in the log yet for the model and version, or its results changed. */
  fresh: T[];
  /** Records the newest logged record of their chunk (same model and version) already says. */
  unchanged: T[];
}

/**
 * Splits a run's records against the log (oldest first): a chunk whose newest logged record, for the same
 * model and version, has the same rows, results and alerts is unchanged and is not appended again.
 */
export function newRecords<T extends MonitoringLogRecord>(records: readonly T[], logged: readonly MonitoringLogRecord[]): NewRecords<T> {
  const keyOf = (record: MonitoringLogRecord): string => JSON.stringify([record.model, record.version, record.chunk.key]);
  const newest = new Map<string, string>();
  for (const record of logged) newest.set(keyOf(record), seen(record));
  const out: NewRecords<T> = { fresh: [], unchanged: [] };
  for (const record of records) (newest.get(keyOf(record)) === seen(record) ? out.unchanged : out.fresh).push(record);
  return out;
}
