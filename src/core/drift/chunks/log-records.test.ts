import { describe, expect, it } from 'vitest';
import type { MonitoringLogRecord } from '../monitoring-log-schema.js';
import { newRecords } from './log-records.js';

const record = (key: string, results: Record<string, number | null>, more: Partial<MonitoringLogRecord> = {}): MonitoringLogRecord => ({
  model: 'credit-risk',
  version: '1.0.0',
  run: 'run-1',
  commit: 'a'.repeat(40),
  time: '2026-12-07T06:00:00Z',
  source: { digest: 'b'.repeat(64), rows: 1681 },
  chunk: { key, start: `${key}-start`, rows: 120, empty: false, insufficient: false },
  results,
  alerts: [],
  ...more,
});

describe('newRecords', () => {
  const logged = [record('2026-W40', { 'drift.age.statistic': 0.1 }), record('2026-W41', { 'drift.age.statistic': 0.2, 'missing.age': 0 }, { alerts: ['drift.age.statistic'] })];

  it('leaves out a chunk whose newest record says the same, whatever the run facts and the key order', () => {
    const again = [record('2026-W40', { 'drift.age.statistic': 0.1 }, { run: 'run-2', time: '2026-12-14T06:00:00Z', commit: 'c'.repeat(40) }), record('2026-W41', { 'missing.age': 0, 'drift.age.statistic': 0.2 }, { run: 'run-2', alerts: ['drift.age.statistic'] })];
    const split = newRecords(again, logged);
    expect(split.fresh).toEqual([]);
    expect(split.unchanged.map((r) => r.chunk.key)).toEqual(['2026-W40', '2026-W41']);
  });

  it('appends new chunks and chunks whose results, rows or alerts changed', () => {
    const run = [
      record('2026-W40', { 'drift.age.statistic': 0.1000000001 }),
      record('2026-W41', { 'drift.age.statistic': 0.2, 'missing.age': 0 }),
      record('2026-W42', { 'drift.age.statistic': 0.3 }),
      record('2026-W40', { 'drift.age.statistic': 0.1 }, { chunk: { key: '2026-W40', start: '2026-W40-start', rows: 130, empty: false, insufficient: false } }),
    ];
    expect(newRecords(run, logged).fresh).toEqual(run);
  });

  it('compares with the newest logged record of the chunk, and only for the same model and version', () => {
    const history = [...logged, record('2026-W40', { 'drift.age.statistic': 0.5 })];
    expect(newRecords([record('2026-W40', { 'drift.age.statistic': 0.1 })], history).fresh).toHaveLength(1);
    expect(newRecords([record('2026-W40', { 'drift.age.statistic': 0.5 })], history).fresh).toHaveLength(0);
    expect(newRecords([record('2026-W40', { 'drift.age.statistic': 0.1 }, { version: '1.1.0' })], logged).fresh).toHaveLength(1);
    expect(newRecords([record('2026-W40', { 'drift.age.statistic': 0.1 }, { model: 'churn' })], logged).fresh).toHaveLength(1);
  });

  it('treats null results as results (an empty week logged again is unchanged)', () => {
    const empty = record('2026-W43', { 'drift.age.statistic': null }, { chunk: { key: '2026-W43', rows: 0, empty: true, insufficient: true } });
    expect(newRecords([{ ...empty, run: 'run-2' }], [empty]).unchanged).toHaveLength(1);
  });
});
