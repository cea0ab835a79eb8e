// A series over runs: this run's chunks and the chunks earlier runs logged (monitoring log, log-records.ts),
// and what the latest chunk says about the model (issue 15, items 2 and 3).
//
// - Merging: only period chunks are merged (a `rows:<a>-<b>` key is a position in one run's data, meaningless
//   in another's). Per chunk key the newest logged record counts (the log is append-only, oldest first); a key
//   in this run's data is this run's (it saw the rows afresh, maybe with more labels). Logged chunks keep
//   their logged values; their alerts are judged again against this run's band, so the series reads against
//   one band (the log keeps the alerts as they were raised).
// - Verdict: the latest chunk that can alert (neither empty nor below min_rows) decides. With the calibrated
//   rule the gate fails only when the family of that chunk's signals rejects at α family-wise: per-signal
//   p-values from the t distribution the bands use and the drift signals' own test p-values, Holm across
//   them all (gateFailures); a signal
//   outside its band but not significant family-wise is shown as a warning check and does not fail the gate.
//   With 'std' and 'quantile', any signal outside its band fails. "Drifting since" is the first chunk of the
//   latest run of alerts of the failing signals (the earliest among them).
import type { MonitoringLogRecord } from '../monitoring-log-schema.js';
import type { GateCheck, GateResult } from '../../report/verdict.js';
import type { MonitoringSeries, SeriesChunk, SeriesSignal } from './series.js';
import { alertsFor, bandPValue, DEFAULT_SERIES_ALPHA, holmRejects } from './thresholds.js';

export interface SeriesHistory {
  /** Chunk keys shown from the log (not in this run's data). */
  fromLog: string[];
  /** Runs those chunks come from. */
  runs: string[];
  /** Log records read for the model. */
  records: number;
}

/** The newest record per chunk key, in log order. */
function newestByKey(records: readonly MonitoringLogRecord[]): Map<string, MonitoringLogRecord> {
  const out = new Map<string, MonitoringLogRecord>();
  for (const record of records) out.set(record.chunk.key, record);
  return out;
}

/** The series with the chunks earlier runs logged and this run's data does not have, in time order. */
export function withLoggedChunks(series: MonitoringSeries, records: readonly MonitoringLogRecord[]): { series: MonitoringSeries; history: SeriesHistory } {
  const history: SeriesHistory = { fromLog: [], runs: [], records: records.length };
  if (series.chunking.by !== 'period' || records.length === 0) return { series, history };
  const own = new Set(series.chunks.map((chunk) => chunk.key));
  const logged = [...newestByKey(records).values()].filter((record) => !own.has(record.chunk.key) && record.chunk.start !== undefined);
  if (logged.length === 0) return { series, history };
  type Slot = { chunk: SeriesChunk; at: number } | { record: MonitoringLogRecord };
  const slots: Slot[] = [...series.chunks.map((chunk, at) => ({ chunk, at })), ...logged.map((record) => ({ record }))];
  const startOf = (slot: Slot): string => ('chunk' in slot ? (slot.chunk.start ?? '') : slot.record.chunk.start!);
  slots.sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : 0));
  const chunks: SeriesChunk[] = slots.map((slot, index) => {
    if ('chunk' in slot) return { ...slot.chunk, index };
    const c = slot.record.chunk;
    return { index, key: c.key, start: c.start!, ...(c.end !== undefined ? { end: c.end } : {}), rows: c.rows, empty: c.empty ?? c.rows === 0, insufficient: c.insufficient ?? c.rows < series.chunking.minRows };
  });
  const pick = <T>(values: readonly T[], fromRecord: (record: MonitoringLogRecord) => T): T[] => slots.map((slot) => ('chunk' in slot ? values[slot.at]! : fromRecord(slot.record)));
  const signals: SeriesSignal[] = series.signals.map((signal) => {
    const values = pick(signal.values, (record) => record.results[signal.id] ?? null);
    const merged: SeriesSignal = { ...signal, values, ...alertsFor(values, signal.thresholds, chunks) };
    if (signal.test) merged.test = { ...signal.test, pValues: pick(signal.test.pValues, () => null), drifted: pick(signal.test.drifted, () => null) };
    if (signal.labelledRows) merged.labelledRows = pick(signal.labelledRows, () => 0);
    return merged;
  });
  history.fromLog = logged.map((record) => record.chunk.key).sort();
  history.runs = [...new Set(logged.map((record) => record.run))];
  return { series: { ...series, chunks, signals }, history };
}

export interface LatestChunk {
  /** The latest chunk that can alert; undefined when none can. */
  chunk?: string;
  /** Signals outside their band on it. */
  alerts: string[];
  /** The earliest start of the current runs of alerts of the signals that fail the gate there (gateFailures). */
  driftingSince: string | null;
}

/** Index of the latest chunk that can alert (neither empty nor below min_rows), -1 when none can. */
function latestAlertable(series: MonitoringSeries): number {
  for (let i = series.chunks.length - 1; i >= 0; i--) if (!series.chunks[i]!.empty && !series.chunks[i]!.insufficient) return i;
  return -1;
}

/** The earliest chunk at which one of these signals' current run of alerts began. */
function earliestStart(series: MonitoringSeries, signals: readonly SeriesSignal[]): string | null {
  const order = new Map(series.chunks.map((chunk) => [chunk.key, chunk.index]));
  const starts = signals.map((signal) => signal.driftingSince).filter((key): key is string => key !== null);
  starts.sort((a, b) => order.get(a)! - order.get(b)!);
  return starts[0] ?? null;
}

/**
 * The latest chunk and what is drifting there. "Drifting since" counts only the signals that fail the gate
 * (with the calibrated rule, those Holm rejects), as the gate's summary does: a signal outside its band but not
 * significant family-wise is noise, and its earlier start would date the drift too early.
 */
export function latestChunk(series: MonitoringSeries): LatestChunk {
  const at = latestAlertable(series);
  if (at < 0) return { alerts: [], driftingSince: null };
  const alerting = series.signals.filter((signal) => signal.alerts[at]);
  const { failing } = gateFailures(series, at);
  return { chunk: series.chunks[at]!.key, alerts: alerting.map((signal) => signal.id), driftingSince: earliestStart(series, alerting.filter((signal) => failing.has(signal.id))) };
}

const fmt = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : Number(value.toPrecision(4)).toString());

/**
 * The signals of the latest chunk that fail the gate. With the 'calibrated' rule, the family of that chunk's
 * signals is tested at α family-wise: each signal with a value there gets its p-value from the same Student-t
 * reference distribution its band uses (bandPValue), and a drift signal also its chunk's own drift-test p-value
 * against the reference (the drift machinery's, valid at the chunk's size; far more powerful than a t band from
 * a few reference chunks); Holm's procedure across all these p-values decides, and a signal fails when one of
 * its p-values is rejected and it is outside its band. Each band alone holds α per chunk, so "any signal
 * outside its band" would fail a stationary chunk of k signals up to 1 − (1 − α)^k of the time (40% for 51
 * signals at α = 0.01); Holm holds the family's false-fail rate at most α whatever their dependence, and the
 * failing signals are a subset of its rejections. With 'std' and 'quantile' (NannyML's rules, which state no α)
 * any signal outside its band fails, as in NannyML.
 */
export function gateFailures(series: MonitoringSeries, at: number): { failing: Set<string>; family: number; alpha: number | null } {
  const rule = series.thresholdRule;
  const outsideBand = series.signals.filter((signal) => signal.alerts[at]);
  if (rule.kind !== 'calibrated') return { failing: new Set(outsideBand.map((signal) => signal.id)), family: series.signals.length, alpha: null };
  const alpha = rule.alpha ?? DEFAULT_SERIES_ALPHA;
  const minRows = series.chunking.minRows;
  const tested: { id: string; p: number; alert: boolean }[] = [];
  for (const signal of series.signals) {
    const value = signal.values[at];
    if (value === null || value === undefined) continue;
    if (signal.labelledRows && (signal.labelledRows[at] ?? 0) < minRows) continue;
    const alert = signal.alerts[at] === true;
    const p = bandPValue(value, signal.thresholds);
    if (p !== null) tested.push({ id: signal.id, p, alert });
    const testP = signal.test?.pValues[at];
    if (testP !== null && testP !== undefined && Number.isFinite(testP)) tested.push({ id: signal.id, p: testP, alert });
  }
  const rejected = holmRejects(
    tested.map((t) => t.p),
    alpha,
  );
  return { failing: new Set(tested.filter((t, i) => rejected[i] && t.alert).map((t) => t.id)), family: tested.length, alpha };
}

/** The drift gate of a chunked model: the latest chunk's signals, tested as a family (see gateFailures). */
export function seriesGate(series: MonitoringSeries, blocking: boolean): GateResult {
  const at = latestAlertable(series);
  const latest = { chunk: at < 0 ? undefined : series.chunks[at]!.key };
  const noBands = series.notOffered.find((n) => n.signal === 'thresholds');
  if (latest.chunk === undefined) return { gate: 'drift', verdict: 'skipped', blocking, summary: `no chunk has min_rows (${series.chunking.minRows}) rows: nothing to alert on`, checks: [] };
  if (noBands) return { gate: 'drift', verdict: 'skipped', blocking, summary: `latest chunk ${latest.chunk}: ${noBands.reason}`, checks: [] };
  const { failing, family, alpha } = gateFailures(series, at);
  const fw = alpha === null ? '' : ` (Holm across ${family} p-values at α ${alpha} family-wise)`;
  const outsideBand = series.signals.filter((signal) => signal.alerts[at]);
  const checks: GateCheck[] = outsideBand.map((signal) => {
    const { lower, upper } = signal.thresholds;
    const fails = failing.has(signal.id);
    return {
      name: `${signal.id} (${latest.chunk})`,
      verdict: fails ? 'fail' : 'warn',
      value: signal.values[at] ?? null,
      bound: { ...(lower !== null ? { min: lower } : {}), ...(upper !== null ? { max: upper } : {}) },
      message: `outside its band [${fmt(lower)}, ${fmt(upper)}] from the reference chunks${signal.driftingSince ? `, since ${signal.driftingSince}` : ''}${fails ? '' : `; not significant family-wise${fw}`}`,
      pointer: '/monitoring/chunks',
    };
  });
  const signals = series.signals.length;
  if (checks.length === 0) return { gate: 'drift', verdict: 'pass', blocking, summary: `latest chunk ${latest.chunk}: none of ${signals} signals outside its band`, checks: [] };
  const failed = outsideBand.filter((signal) => failing.has(signal.id));
  if (failed.length === 0) {
    return { gate: 'drift', verdict: 'pass', blocking, summary: `latest chunk ${latest.chunk}: ${checks.length} of ${signals} signals outside their band, none significant family-wise${fw}`, checks };
  }
  const since = earliestStart(series, failed);
  return {
    gate: 'drift',
    verdict: blocking ? 'fail' : 'warn',
    blocking,
    summary: `latest chunk ${latest.chunk}: ${failed.length} of ${signals} signals outside their band${alpha === null ? '' : ` and significant family-wise${fw}`}${checks.length > failed.length ? `, ${checks.length - failed.length} more outside their band only` : ''}${since ? `, drifting since ${since}` : ''}`,
    checks,
  };
}

/** What monitoring saw of a model at an instant (audit --at): one logged chunk and the run that wrote it. */
export interface MonitoringAt {
  chunk: string;
  start?: string;
  end?: string;
  /** The chunk's period contains the instant (else it is the latest chunk before it). */
  covers: boolean;
  rows: number;
  run: string;
  version: string;
  /** When the run wrote the record. */
  time: string;
  /** No run had logged the chunk by the instant: this is the first record written after it. */
  loggedAfter: boolean;
  alerts: string[];
}

/**
 * What monitoring saw at `at`: the chunk containing `at`, else the latest chunk that ended by then. Of that
 * chunk's records the newest written by `at` counts, else the first written after it (`loggedAfter`: a run
 * that looked at the chunk later, e.g. the scheduled run of the following week).
 */
export function monitoringAt(records: readonly MonitoringLogRecord[], at: Date): MonitoringAt | undefined {
  const t = at.getTime();
  const bounded = records.filter((record) => record.chunk.start !== undefined && record.chunk.end !== undefined);
  const covering = bounded.filter((record) => Date.parse(record.chunk.start!) <= t && t < Date.parse(record.chunk.end!));
  let key: string | undefined = covering[0]?.chunk.key;
  if (key === undefined) {
    let end = -Infinity;
    for (const record of bounded) {
      const e = Date.parse(record.chunk.end!);
      if (e <= t && e > end) [end, key] = [e, record.chunk.key];
    }
  }
  if (key === undefined) return undefined;
  const ofChunk = bounded.filter((record) => record.chunk.key === key);
  const chosen = ofChunk.filter((record) => Date.parse(record.time) <= t).at(-1) ?? ofChunk[0]!;
  const c = chosen.chunk;
  return {
    chunk: c.key,
    ...(c.start !== undefined ? { start: c.start } : {}),
    ...(c.end !== undefined ? { end: c.end } : {}),
    covers: covering.length > 0,
    rows: c.rows,
    run: chosen.run,
    version: chosen.version,
    time: chosen.time,
    loggedAfter: Date.parse(chosen.time) > t,
    alerts: chosen.alerts ?? [],
  };
}

/** One line: what monitoring saw at the instant. */
export function monitoringAtText(seen: MonitoringAt | undefined, at: string): string {
  if (!seen) return `monitoring: nothing logged by ${at}`;
  const state = seen.alerts.length > 0 ? `${seen.alerts.length} alert(s): ${seen.alerts.slice(0, 4).join(', ')}${seen.alerts.length > 4 ? ', …' : ''}` : 'no alert';
  return `monitoring: ${seen.covers ? 'chunk' : 'latest chunk before it'} ${seen.chunk} (${seen.rows} rows, version ${seen.version}, run ${seen.run} ${seen.loggedAfter ? 'later, at' : 'at'} ${seen.time}): ${state}`;
}
