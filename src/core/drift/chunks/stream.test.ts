import { describe, expect, it } from 'vitest';
import type { Table } from '../../data/table.js';
import { createRng } from '../../stats/random.js';
import { binIndex, equalWidthEdges, profileDrift, profileTable } from '../profile.js';
import { chunkRows } from './chunking.js';
import { subsetColumn } from './series.js';
import { binEdges, chunkStream, locateBin, profileAccumulator, type ChunkAccumulator } from './stream.js';

const DAY = 86_400_000;
const START = Date.parse('2026-02-02T00:00:00Z');

function data(rows: number, seed: number): { table: Table; timestamps: Float64Array } {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: rows }, () => (rng.nextFloat() < 0.05 ? Number.NaN : rng.nextFloat() * 10));
  const codes = Int32Array.from({ length: rows }, () => Math.floor(rng.nextFloat() * 4) - 1);
  // days 0-3 and 5-6 of a week, out of order; day 4 has no rows
  const timestamps = Float64Array.from({ length: rows }, () => {
    const day = [0, 1, 2, 3, 5, 6][Math.floor(rng.nextFloat() * 6)]!;
    return START + day * DAY + rng.nextFloat() * DAY;
  });
  return { table: { rowCount: rows, columns: new Map([['x', { name: 'x', kind: 'numeric', values: x }], ['c', { name: 'c', kind: 'categorical', codes, categories: ['a', 'b', 'c'] }]]) }, timestamps };
}

function slice(table: Table, timestamps: Float64Array, start: number, end: number): [Table, Float64Array] {
  const rows = Uint32Array.from({ length: end - start }, (_, i) => start + i);
  const columns = new Map([...table.columns].map(([name, column]) => [name, subsetColumn(column, rows)]));
  return [{ rowCount: end - start, columns }, timestamps.slice(start, end)];
}

const counting: ChunkAccumulator<{ rows: number }> = { create: () => ({ rows: 0 }), add: (state, _batch, rows) => void (state.rows += rows.length) };

describe('streaming chunks', () => {
  it('gives the chunks of the batch chunking, fed in batches, with the empty day', () => {
    const { table, timestamps } = data(3000, 1);
    const stream = chunkStream({ by: 'period', period: 'day' }, counting, { minRows: 1 });
    for (let start = 0; start < 3000; start += 450) stream.push(...slice(table, timestamps, start, Math.min(3000, start + 450)));
    const streamed = stream.finish();
    const batch = chunkRows({ by: 'period', period: 'day' }, 3000, timestamps, { minRows: 1 });
    expect(streamed.map((c) => [c.key, c.rows, c.empty, c.start, c.end])).toEqual(batch.chunks.map((c) => [c.key, c.rows.length, c.empty, c.start, c.end]));
    expect(streamed.map((c) => c.state.rows)).toEqual(batch.chunks.map((c) => c.rows.length));
    expect(streamed[4]).toMatchObject({ key: '2026-02-06', empty: true });
  });

  it('keeps only open chunks: closing at a watermark hands back the finished days and counts late rows', () => {
    const { table, timestamps } = data(600, 2);
    const stream = chunkStream({ by: 'period', period: 'day' }, counting, { minRows: 1 });
    stream.push(table, timestamps);
    expect(stream.stats().open).toBe(6);
    const closed = stream.close(START + 2 * DAY + 5);
    expect(closed.map((c) => c.key)).toEqual(['2026-02-02', '2026-02-03']);
    expect(stream.stats().open).toBe(4);
    stream.push(...slice(table, Float64Array.from(timestamps, () => START + 3_600_000), 0, 7));
    expect(stream.stats().late).toBe(7);
    expect(stream.finish().map((c) => c.key)).toEqual(['2026-02-04', '2026-02-05', '2026-02-06', '2026-02-07', '2026-02-08']);
    expect(stream.stats().open).toBe(0);
  });

  it('streams profiles that equal the profile of the chunk rows, and drift from them', () => {
    const reference = data(2000, 3);
    const referenceProfile = profileTable(reference.table, [{ name: 'x', kind: 'numeric' }, { name: 'c', kind: 'categorical' }], { bins: 20 });
    const { table, timestamps } = data(1200, 4);
    const stream = chunkStream({ by: 'period', period: 'day' }, profileAccumulator(referenceProfile), { minRows: 1 });
    for (let start = 0; start < 1200; start += 100) stream.push(...slice(table, timestamps, start, start + 100));
    const streamed = stream.finish();
    const batch = chunkRows({ by: 'period', period: 'day' }, 1200, timestamps, { minRows: 1 });
    for (const [i, chunk] of batch.chunks.entries()) {
      const columns = new Map([...table.columns].map(([name, column]) => [name, subsetColumn(column, chunk.rows)]));
      const expected = profileTable({ rowCount: chunk.rows.length, columns }, [{ name: 'x', kind: 'numeric' }, { name: 'c', kind: 'categorical' }], { reference: referenceProfile });
      const got = streamed[i]!.state;
      expect(got.rows).toBe(expected.rows);
      const gx = got.columns[0]!;
      const ex = expected.columns[0]!;
      expect(got.columns[1]).toEqual(expected.columns[1]);
      if (gx.kind !== 'numeric' || ex.kind !== 'numeric') throw new Error('x is profiled as numeric');
      expect([gx.missing, gx.count, gx.min, gx.max, gx.counts]).toEqual([ex.missing, ex.count, ex.min, ex.max, ex.counts]);
      expect(gx.sum).toBeCloseTo(ex.sum, 9);
      if (!chunk.empty) expect(profileDrift(referenceProfile, got).columns.map((c) => c.drifted)).toEqual(profileDrift(referenceProfile, expected).columns.map((c) => c.drifted));
    }
  });

  it('cuts size chunks in arrival order, handing each back when full', () => {
    const { table, timestamps } = data(250, 5);
    const stream = chunkStream({ by: 'size', rows: 100 }, counting, { minRows: 60 });
    stream.push(...slice(table, timestamps, 0, 130));
    expect(stream.close().map((c) => [c.key, c.rows])).toEqual([['rows:0-99', 100]]);
    stream.push(...slice(table, timestamps, 130, 250));
    expect(stream.finish().map((c) => [c.key, c.rows, c.insufficient])).toEqual([
      ['rows:100-199', 100, false],
      ['rows:200-249', 50, true],
    ]);
  });

  it('refuses count chunks and period chunks without timestamps or a watermark', () => {
    expect(() => chunkStream({ by: 'count', chunks: 10 }, counting)).toThrow(/count chunks need the total number of rows/);
    const stream = chunkStream({ by: 'period', period: 'week' }, counting);
    expect(() => stream.push(data(3, 6).table)).toThrow(/needs a timestamp column/);
    expect(() => stream.close()).toThrow(/needs a watermark/);
  });
});

describe('locateBin', () => {
  it('finds the bin binIndex finds, for even, uneven, repeated, constant and single edges', () => {
    const rng = createRng(21);
    const cases: number[][] = [
      equalWidthEdges(-3.2, 4.7, 100),
      equalWidthEdges(0, 1, 7),
      [0, 0.001, 0.002, 5, 5, 5, 9, 100, 1000],
      [2, 2, 2, 2],
      [1.5],
      [],
      Array.from({ length: 50 }, () => Math.exp(rng.nextFloat() * 10)).sort((a, b) => a - b),
    ];
    for (const edges of cases) {
      const bins = binEdges(edges);
      const probes = [...edges, ...edges.map((e) => e - 1e-12), ...edges.map((e) => e + 1e-9), -1e9, 1e9, 0, ...Array.from({ length: 2000 }, () => (rng.nextFloat() - 0.2) * 1.5 * (edges[edges.length - 1] ?? 1))];
      for (const x of probes) expect(locateBin(x, bins), `x = ${x} over [${edges.slice(0, 5).join(', ')}, …]`).toBe(binIndex(x, edges));
    }
  });
});
