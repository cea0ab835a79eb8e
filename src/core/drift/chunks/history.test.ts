// A series over runs: logged chunks fill in what this run's data lacks, this run wins on a shared key, the
// latest chunk decides, and audit's view of the log at an instant. Plain values.
import { describe, expect, it } from 'vitest';
import type { MonitoringLogRecord } from '../monitoring-log-schema.js';
import { latestChunk, monitoringAt, seriesGate, withLoggedChunks } from './history.js';
import type { MonitoringSeries, SeriesChunk } from './series.js';
import { alertsFor } from './thresholds.js';

const WEEK = 7 * 86_400_000;
const W10 = Date.parse('2026-03-02T00:00:00Z');
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const chunk = (n: number, rows = 100): SeriesChunk => ({ index: 0, key: `2026-W${10 + n}`, start: iso(W10 + n * WEEK), end: iso(W10 + (n + 1) * WEEK), rows, empty: rows === 0, insufficient: rows < 30 });

/** A series of weeks `weeks` (offsets from 2026-W10) with one drift signal, band (—, 0.2]. */
function series(weeks: number[], values: (number | null)[]): MonitoringSeries {
  const chunks = weeks.map((n, index) => ({ ...chunk(n), index }));
  const judged = alertsFor(values, { lower: null, upper: 0.2 }, chunks);
  return {
    chunking: { by: 'period', period: 'week', timeZone: 'UTC', minRows: 30, rows: chunks.length * 100, invalidTimestamps: { count: 0, rows: [] } },
    reference: { rows: 400, chunkRows: 100, chunks: 4 },
    thresholdRule: { kind: 'calibrated' },
    chunks,
    signals: [
      {
        id: 'drift.age.statistic',
        kind: 'drift',
        values,
        thresholds: { rule: 'calibrated', side: 'upper', lower: null, upper: 0.2, referenceChunks: 4, mean: 0.1, std: 0.02 },
        ...judged,
        test: { method: 'ks', alpha: 0.05, pValues: values.map(() => 0.5), drifted: values.map(() => false) },
      },
    ],
    notOffered: [],
  };
}

function record(n: number, value: number, run: string, time: string): MonitoringLogRecord {
  const c = chunk(n);
  return {
    model: 'm',
    version: '1.0.0',
    run,
    commit: 'a'.repeat(40),
    time,
    source: { digest: 'b'.repeat(64), rows: 100 },
    chunk: { key: c.key, start: c.start!, end: c.end!, rows: 100 },
    results: { 'drift.age.statistic': value },
    alerts: value > 0.2 ? ['drift.age.statistic'] : [],
  };
}

describe('withLoggedChunks', () => {
  it('puts the logged weeks this run lacks before its own, in time order; a week in both is this run\'s', () => {
    const now = series([2, 3], [0.3, 0.35]);
    const log = [record(0, 0.1, 'r1', '2026-03-16T06:00:00Z'), record(1, 0.25, 'r1', '2026-03-16T06:00:00Z'), record(2, 0.05, 'r1', '2026-03-16T06:00:00Z'), record(1, 0.22, 'r2', '2026-03-17T06:00:00Z')];
    const { series: merged, history } = withLoggedChunks(now, log);
    expect(merged.chunks.map((c) => [c.key, c.index])).toEqual([
      ['2026-W10', 0],
      ['2026-W11', 1],
      ['2026-W12', 2],
      ['2026-W13', 3],
    ]);
    const signal = merged.signals[0]!;
    // W11: the newest record (r2); W12: this run's 0.3, not the logged 0.05
    expect(signal.values).toEqual([0.1, 0.22, 0.3, 0.35]);
    expect(signal.alerts).toEqual([false, true, true, true]);
    expect(signal.driftingSince).toBe('2026-W11');
    expect(signal.test!.pValues).toEqual([null, null, 0.5, 0.5]);
    expect(history).toEqual({ fromLog: ['2026-W10', '2026-W11'], runs: ['r1', 'r2'], records: 4 });
    expect(latestChunk(merged)).toEqual({ chunk: '2026-W13', alerts: ['drift.age.statistic'], driftingSince: '2026-W11' });
  });

  it('leaves size chunks alone (their keys are positions in one run\'s data)', () => {
    const now = { ...series([0], [0.1]), chunking: { ...series([0], [0.1]).chunking, by: 'size' as const, size: 100 } };
    expect(withLoggedChunks(now, [record(5, 0.3, 'r1', '2026-04-20T00:00:00Z')]).series).toBe(now);
  });
});

describe('seriesGate', () => {
  it('fails on the latest chunk that can alert, passes when it is back inside the band', () => {
    const drifting = seriesGate(series([0, 1, 2], [0.1, 0.3, 0.4]), true);
    expect(drifting).toMatchObject({ verdict: 'fail', summary: 'latest chunk 2026-W12: 1 of 1 signals outside their band and significant family-wise (Holm across 2 p-values at α 0.01 family-wise), drifting since 2026-W11' });
    expect(drifting.checks[0]).toMatchObject({ name: 'drift.age.statistic (2026-W12)', value: 0.4, bound: { max: 0.2 } });
    expect(seriesGate(series([0, 1, 2], [0.3, 0.3, 0.1]), true)).toMatchObject({ verdict: 'pass', checks: [] });
    // an insufficient last week is no evidence: the week before decides
    const short = series([0, 1], [0.3, 0.05]);
    short.chunks[1] = { ...short.chunks[1]!, rows: 10, insufficient: true };
    short.signals[0]!.alerts = [true, false];
    expect(latestChunk(short)).toMatchObject({ chunk: '2026-W10', alerts: ['drift.age.statistic'] });
  });

  it('dates the drift from the signals that fail the gate, not from one outside its band by noise', () => {
    const two = series([0, 1, 2, 3], [0.1, 0.1, 0.9, 0.9]);
    const noisy = series([0, 1, 2, 3], [0.1, 0.22, 0.22, 0.22]).signals[0]!;
    two.signals.push({ ...noisy, id: 'drift.income.statistic' });
    const gate = seriesGate(two, true);
    // both outside their band on W13; only age is significant family-wise, and its run began at W12
    expect(gate.checks.map((c) => [c.name, c.verdict])).toEqual([
      ['drift.age.statistic (2026-W13)', 'fail'],
      ['drift.income.statistic (2026-W13)', 'warn'],
    ]);
    expect(gate.summary).toContain('drifting since 2026-W12');
    expect(latestChunk(two)).toEqual({ chunk: '2026-W13', alerts: ['drift.age.statistic', 'drift.income.statistic'], driftingSince: '2026-W12' });
  });

  it('is skipped without bands', () => {
    const none = { ...series([0], [0.1]), notOffered: [{ signal: 'thresholds', reason: 'no alert thresholds: the reference is too small' }] };
    expect(seriesGate(none, true)).toMatchObject({ verdict: 'skipped', summary: 'latest chunk 2026-W10: no alert thresholds: the reference is too small' });
  });
});

describe('monitoringAt', () => {
  const log = [record(0, 0.1, 'r1', '2026-03-09T06:00:00Z'), record(1, 0.3, 'r2', '2026-03-16T06:00:00Z'), record(1, 0.32, 'r3', '2026-03-23T06:00:00Z')];
  it('gives the chunk containing the instant, as logged by then, else as first logged after', () => {
    expect(monitoringAt(log, new Date('2026-03-12T12:00:00Z'))).toMatchObject({ chunk: '2026-W11', covers: true, run: 'r2', loggedAfter: true, alerts: ['drift.age.statistic'] });
    expect(monitoringAt(log, new Date('2026-03-20T12:00:00Z'))).toMatchObject({ chunk: '2026-W11', covers: false, run: 'r2', loggedAfter: false });
    expect(monitoringAt(log, new Date('2026-03-05T00:00:00Z'))).toMatchObject({ chunk: '2026-W10', covers: true, run: 'r1', loggedAfter: true, alerts: [] });
    expect(monitoringAt(log, new Date('2026-01-01T00:00:00Z'))).toBeUndefined();
  });
});
