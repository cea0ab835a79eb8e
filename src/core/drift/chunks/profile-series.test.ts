import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../data/table.js';
import { createRng, type Rng } from '../../stats/random.js';
import { profileTable } from '../profile.js';
import { chunkRows } from './chunking.js';
import { profileSeries } from './profile-series.js';
import { monitoringSeries, subsetColumn } from './series.js';
import { chunkStream, profileAccumulator } from './stream.js';

const normal = (rng: Rng): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
const DAY = 86_400_000;
const START = Date.parse('2026-03-02T00:00:00Z');

function world(rows: number, rng: Rng, shiftFrom = Infinity): { table: Table; timestamps: Float64Array } {
  const timestamps = Float64Array.from({ length: rows }, () => START + Math.floor(rng.nextFloat() * 14) * DAY + rng.nextFloat() * DAY);
  const x = Float64Array.from(timestamps, (t) => (rng.nextFloat() < 0.05 ? Number.NaN : normal(rng) + (t >= shiftFrom ? 1 : 0)));
  const codes = Int32Array.from({ length: rows }, () => Math.floor(rng.nextFloat() * 3));
  const columns: Column[] = [
    { name: 'x', kind: 'numeric', values: x },
    { name: 'c', kind: 'categorical', codes, categories: ['a', 'b', 'c'] },
  ];
  return { table: { rowCount: rows, columns: new Map(columns.map((c) => [c.name, c])) }, timestamps };
}

describe('series from streamed profiles', () => {
  const rng = createRng(8);
  const reference = world(3000, rng).table;
  const referenceProfile = profileTable(reference, [{ name: 'x', kind: 'numeric' }, { name: 'c', kind: 'categorical' }]);
  const features = [{ name: 'x', kind: 'numeric' as const }, { name: 'c', kind: 'categorical' as const }];
  // two weeks of daily data; x shifts by 1 sd from day 10
  const current = world(2800, rng, START + 10 * DAY);

  const streamed = () => {
    const stream = chunkStream({ by: 'period', period: 'day' }, profileAccumulator(referenceProfile));
    for (let start = 0; start < 2800; start += 350) {
      const rows = Uint32Array.from({ length: 350 }, (_, i) => start + i);
      const batch: Table = { rowCount: 350, columns: new Map([...current.table.columns].map(([name, column]) => [name, subsetColumn(column, rows)])) };
      stream.push(batch, current.timestamps.subarray(start, start + 350));
    }
    const chunks = stream.finish();
    return profileSeries({ reference, referenceProfile, chunks, spec: { by: 'period', period: 'day' }, minRows: 30, stats: stream.stats(), features });
  };

  it('gives the batch series its chunks and missing shares, and drift alerts from the shift day', () => {
    const series = streamed();
    const batch = monitoringSeries({ reference, current: current.table, chunking: chunkRows({ by: 'period', period: 'day' }, 2800, current.timestamps), features });
    expect(series.chunks).toEqual(batch.chunks.map(({ first: _first, last: _last, ...chunk }) => chunk));
    const missing = (s: typeof series) => s.signals.find((signal) => signal.id === 'missing.x')!;
    expect(missing(series).values).toEqual(missing(batch).values);
    expect(missing(series).thresholds).toEqual(missing(batch).thresholds);
    expect(series.reference).toEqual(batch.reference);
    const drift = series.signals.find((signal) => signal.id === 'drift.x.statistic')!;
    expect(drift.test?.method).toBe('ks');
    expect(drift.alerts.slice(10)).toEqual([true, true, true, true]);
    expect(drift.driftingSince).toBe('2026-03-12');
    // the binned KS agrees with the exact one on which days drifted
    const exact = batch.signals.find((signal) => signal.id === 'drift.x.statistic')!;
    expect(drift.test?.drifted).toEqual(exact.test?.drifted);
    expect(series.signals.find((signal) => signal.id === 'drift.c.statistic')!.alertCount).toBeLessThanOrEqual(1);
  });
});
