// The streaming monitor on a small Parquet month: the series read row group by row group equals the series of
// the whole table profiled at once, its chunks and missing shares equal the batch series' (monitoringSeries), and
// the chunk profiles DuckDB computes with profile --sql --chunk-by give the same series.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { afterAll, describe, expect, it } from 'vitest';
import type { Column, Table } from '../core/data/table.js';
import { DEFAULT_MIN_CHUNK_ROWS, chunkRows } from '../core/drift/chunks/chunking.js';
import { profileSeries } from '../core/drift/chunks/profile-series.js';
import { monitoringSeries } from '../core/drift/chunks/series.js';
import { chunkStream, profileAccumulator } from '../core/drift/chunks/stream.js';
import { profileTable } from '../core/drift/profile.js';
import { createRng, type Rng } from '../core/stats/random.js';
import { readTable } from '../io/data/read-table.js';
import { duckdbConnection, duckdbInstalled, DUCKDB_MISSING } from '../testing/duckdb.js';
import { monitorChunkProfiles, monitorFile, monitorParquet } from './monitor-stream.js';
import { chunkProfilesFromRowsFile, profileSqlFor } from './profile.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-02T00:00:00Z'); // a Monday
const CATEGORIES = ['north', 'south', 'east', 'west'];
const features = [
  { name: 'x', kind: 'numeric' as const },
  { name: 'y', kind: 'numeric' as const },
  { name: 'region', kind: 'categorical' as const },
];
const normal = (rng: Rng): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());

/** Four weeks; unless not `shifted`, x shifts by 1 sd and region tilts to 'west' in the last week; 4% of x missing. */
function month(rows: number, rng: Rng, ordered: boolean, shifted = true): { x: (number | null)[]; y: number[]; region: (string | null)[]; ts: number[] } {
  const ts = Array.from({ length: rows }, (_, i) => START + (ordered ? (i / rows) * 28 * DAY : rng.nextFloat() * 28 * DAY));
  const late = (t: number) => shifted && t >= START + 21 * DAY;
  return {
    ts,
    x: ts.map((t) => (rng.nextFloat() < 0.04 ? null : normal(rng) + (late(t) ? 1 : 0))),
    y: ts.map(() => Math.round(rng.nextFloat() * 1000) / 10),
    region: ts.map((t) => (rng.nextFloat() < 0.02 ? null : late(t) && rng.nextFloat() < 0.3 ? 'west' : CATEGORIES[Math.floor(rng.nextFloat() * 4)]!)),
  };
}

function tableOf(data: ReturnType<typeof month>): Table {
  const codes = Int32Array.from(data.region, (r) => (r === null ? -1 : CATEGORIES.indexOf(r)));
  const columns: Column[] = [
    { name: 'x', kind: 'numeric', values: Float64Array.from(data.x, (v) => v ?? Number.NaN) },
    { name: 'y', kind: 'numeric', values: Float64Array.from(data.y) },
    { name: 'region', kind: 'categorical', codes, categories: CATEGORIES },
  ];
  return { rowCount: data.ts.length, columns: new Map(columns.map((c) => [c.name, c])) };
}

const dir = mkdtempSync(join(tmpdir(), 'modelops-monitor-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeMonth(name: string, data: ReturnType<typeof month>): string {
  const filename = join(dir, `${name}.parquet`);
  parquetWriteFile({
    filename,
    rowGroupSize: 700,
    columnData: [
      { name: 'ts', type: 'TIMESTAMP', data: data.ts.map((t) => new Date(t)) },
      { name: 'x', type: 'DOUBLE', data: data.x },
      { name: 'y', type: 'DOUBLE', data: data.y },
      { name: 'region', type: 'STRING', data: data.region },
    ],
  });
  return filename;
}

/** The month as CSV (ISO timestamps, quoted regions, NA for a missing x) and JSONL (epoch-ms timestamps, null). */
function writeText(name: string, data: ReturnType<typeof month>): { csv: string; jsonl: string } {
  const csv = join(dir, `${name}.csv`);
  const jsonl = join(dir, `${name}.jsonl`);
  const rows = data.ts.map((t, i) => ({ ts: t, x: data.x[i]!, y: data.y[i]!, region: data.region[i]! }));
  writeFileSync(csv, `ts,x,y,region\r\n${rows.map((r) => `${new Date(r.ts).toISOString()},${r.x ?? 'NA'},${r.y},${r.region === null ? '' : `"${r.region}"`}\r\n`).join('')}`);
  writeFileSync(jsonl, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return { csv, jsonl };
}

/** A reference month without the shift, its profile, weekly chunks and a shuffled month with it. */
function fixture(seed: number) {
  const rng = createRng(seed);
  const reference = tableOf(month(4000, rng, false, false));
  return { rng, reference, referenceProfile: profileTable(reference, features), spec: { by: 'period' as const, period: 'week' as const }, shuffled: month(6000, rng, false) };
}

describe('monitorFile on CSV and JSONL', () => {
  const { reference, referenceProfile, spec, shuffled } = fixture(16);
  const files = writeText('text', shuffled);

  for (const format of ['csv', 'jsonl'] as const) {
    it(`streams a ${format} file in batches to the series of the whole table pushed at once`, async () => {
      // 997-row batches from 4 KiB chunks: records cross chunk ends, batches end mid-week
      const { series, stats } = await monitorFile(files[format], format, { reference, referenceProfile, spec, features }, { timestamp: { name: 'ts' }, batchRows: 997, chunkBytes: 4096 });
      expect(stats.rows).toBe(6000);
      expect(stats.batches).toBeGreaterThanOrEqual(6);
      const whole = await readTable(files[format], { format, columns: features });
      const once = chunkStream(spec, profileAccumulator(referenceProfile));
      once.push(whole, Float64Array.from(shuffled.ts));
      expect(series).toEqual(profileSeries({ reference, referenceProfile, chunks: once.finish(), spec, minRows: DEFAULT_MIN_CHUNK_ROWS, stats: once.stats(), features }));
      expect(series.chunks.map((c) => c.key)).toEqual(['2026-W10', '2026-W11', '2026-W12', '2026-W13']);
      const drift = series.signals.find((s) => s.id === 'drift.x.statistic')!;
      expect(drift.test?.drifted).toEqual([false, false, false, true]);
    });
  }
});

describe('monitorParquet', () => {
  const { rng, reference, referenceProfile, spec, shuffled } = fixture(15);
  const path = writeMonth('shuffled', shuffled);

  it('streams row groups to the series of the whole table profiled at once, and the batch series’ chunks and missing shares', async () => {
    const { series, stats } = await monitorParquet(path, { reference, referenceProfile, spec, features }, { timestamp: { name: 'ts' } });
    expect(stats).toMatchObject({ rows: 6000, batches: 9, late: 0, maxOpen: 4 });

    // the batch result: the same file read whole, pushed as one batch
    const whole = await readTable(path, { format: 'parquet', columns: features });
    const timestamps = Float64Array.from(shuffled.ts);
    const once = chunkStream(spec, profileAccumulator(referenceProfile));
    once.push(whole, timestamps);
    const chunks = once.finish();
    expect(series).toEqual(profileSeries({ reference, referenceProfile, chunks, spec, minRows: DEFAULT_MIN_CHUNK_ROWS, stats: once.stats(), features }));

    const batch = monitoringSeries({ reference, current: tableOf(shuffled), chunking: chunkRows(spec, 6000, timestamps), features });
    expect(series.chunks).toEqual(batch.chunks.map(({ first: _first, last: _last, ...chunk }) => chunk));
    expect(series.chunks.map((c) => c.key)).toEqual(['2026-W10', '2026-W11', '2026-W12', '2026-W13']);
    for (const id of ['missing.x', 'missing.y', 'missing.region']) {
      const signal = (s: typeof series) => s.signals.find((x) => x.id === id)!;
      expect(signal(series).values, id).toEqual(signal(batch).values);
    }
    // the shift of the last week, and only there
    for (const id of ['drift.x.statistic', 'drift.region.statistic']) {
      const drift = series.signals.find((s) => s.id === id)!;
      expect(drift.test?.drifted, id).toEqual(batch.signals.find((s) => s.id === id)!.test?.drifted);
      expect(drift.test?.drifted, id).toEqual([false, false, false, true]);
    }
  });

  it.skipIf(!duckdbInstalled())(`gives the same series from the warehouse's chunk profiles (profile --sql --chunk-by on DuckDB)${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, async () => {
    const streamed = await monitorParquet(path, { reference, referenceProfile, spec, features }, { timestamp: { name: 'ts' } });
    const referencePath = join(dir, 'reference.json');
    writeFileSync(referencePath, JSON.stringify(referenceProfile));
    const chunk = { timestamp: 'ts', period: 'week' as const };
    const sql = await profileSqlFor('month', { columns: features, reference: referencePath, chunk });
    const rowsPath = join(dir, 'chunk-rows.json');
    const connection = (await duckdbConnection())!;
    await connection.run(`CREATE VIEW month AS SELECT * FROM read_parquet('${path}')`);
    await connection.run(`COPY (${sql.replace(/^--.*\n/gm, '').replace(/;\s*$/, '')}) TO '${rowsPath}' (FORMAT JSON)`);
    connection.closeSync();
    const warehouse = monitorChunkProfiles({ reference, referenceProfile, spec, features }, await chunkProfilesFromRowsFile(rowsPath, { columns: features, reference: referencePath, chunk }));

    expect(warehouse.chunks).toEqual(streamed.series.chunks);
    expect(warehouse.chunking).toEqual(streamed.series.chunking);
    for (const signal of streamed.series.signals) {
      const other = warehouse.signals.find((s) => s.id === signal.id)!;
      // DuckDB sums in another order: statistics agree to rounding, decisions exactly
      other.values.forEach((value, i) => expect(value, `${signal.id} chunk ${i}`).toBeCloseTo(signal.values[i]!, 9));
      expect(other.test?.drifted, signal.id).toEqual(signal.test?.drifted);
      expect(other.alerts, signal.id).toEqual(signal.alerts);
    }
    expect(() => monitorChunkProfiles({ reference, referenceProfile, spec: { by: 'period', period: 'day' }, features }, { kind: 'ChunkProfiles', timestamp: 'ts', period: 'week', invalidTimestamps: 0, chunks: [] })).toThrow(
      /the chunk profiles are per week \(UTC\); the series asks for day chunks in UTC/,
    );
  });

  it('closes weeks as time passes with a lateness, and counts the rows that come after their week closed', async () => {
    const ordered = month(6000, rng, true);
    const orderedPath = writeMonth('ordered', ordered);
    const open = await monitorParquet(orderedPath, { reference, referenceProfile, spec, features }, { timestamp: { name: 'ts' } });
    const closing = await monitorParquet(orderedPath, { reference, referenceProfile, spec, features, lateness: DAY }, { timestamp: { name: 'ts' } });
    expect(closing.series).toEqual(open.series);
    expect(closing.stats.maxOpen).toBe(2);
    const shuffledClosing = await monitorParquet(path, { reference, referenceProfile, spec, features, lateness: DAY }, { timestamp: { name: 'ts' } });
    expect(shuffledClosing.stats.late).toBeGreaterThan(0);
    expect(shuffledClosing.series.chunks.reduce((sum, c) => sum + c.rows, 0)).toBe(6000 - shuffledClosing.stats.late);
  });

  it('cuts size chunks in file order, handing back each as soon as it is full', async () => {
    const { series, stats } = await monitorParquet(path, { reference, referenceProfile, spec: { by: 'size', rows: 1000 }, features });
    expect(series.chunks.map((c) => c.rows)).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect(stats.maxOpen).toBe(1);
  });
});
