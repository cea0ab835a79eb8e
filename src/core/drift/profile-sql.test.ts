// The profile SQL on a real engine: DuckDB (@duckdb/node-api, a dev dependency) runs it on the same rows the
// local profiler reads, and both must give the same profile — counts, edges, min and max exactly; sums to
// rounding (DuckDB adds in another order). Spark and BigQuery are not available here: for them the test
// checks what differs by dialect (quoting, type names) and that nothing DuckDB-only is used.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Column, Table } from '../data/table.js';
import { createRng } from '../stats/random.js';
import { chunkProfilesFromRows, profileFromRows, profileSql, type ProfileSqlRow } from './profile-sql.js';
import { chunkStream, profileAccumulator } from './chunks/stream.js';
import { profileTable, type Profile, type ProfileColumnSpec } from './profile.js';
import { duckdbConnection, duckdbInstalled, DUCKDB_MISSING, type DuckDBConnection } from '../../testing/duckdb.js';

const COLUMNS: ProfileColumnSpec[] = [
  { name: 'amount', kind: 'numeric' },
  { name: 'age "years"', kind: 'numeric' },
  { name: 'purpose', kind: 'categorical' },
  { name: 'empty', kind: 'numeric' },
  { name: 'constant', kind: 'numeric' },
];

/** Rows with missing values of every kind (NULL, NaN, ±Infinity, empty text), skew, ties and a constant. */
function rows(seed: number, n: number, shift: number): { amount: number | null; age: number | null; purpose: string | null; empty: null; constant: number }[] {
  const rng = createRng(seed);
  const purposes = ['car', 'business', "it's", 'radio/tv', 'Ünïcode'];
  return Array.from({ length: n }, (_, i) => ({
    amount: i % 37 === 0 ? null : i % 53 === 0 ? Number.NaN : i === 7 ? Number.POSITIVE_INFINITY : Math.exp(rng.nextFloat() * 3 + shift) * 100,
    age: i % 29 === 0 ? null : Math.round(20 + rng.nextFloat() * 50 + shift * 10),
    purpose: i % 31 === 0 ? null : i % 41 === 0 ? '' : purposes[Math.floor(rng.nextFloat() * purposes.length)]!,
    empty: null,
    constant: 3.25,
  }));
}

/** The same rows as the local readers would load them. */
function tableOf(data: ReturnType<typeof rows>): Table {
  const codes = new Map<string, number>();
  const categories: string[] = [];
  const purpose = Int32Array.from(data, (r) => {
    if (r.purpose === null || r.purpose === '') return -1;
    if (!codes.has(r.purpose)) {
      codes.set(r.purpose, categories.length);
      categories.push(r.purpose);
    }
    return codes.get(r.purpose)!;
  });
  const numeric = (name: string, values: (number | null)[]) => ({ name, kind: 'numeric' as const, values: Float64Array.from(values, (v) => (v === null ? Number.NaN : v)) });
  return {
    rowCount: data.length,
    columns: new Map<string, Column>([
      ['amount', numeric('amount', data.map((r) => r.amount))],
      ['age "years"', numeric('age "years"', data.map((r) => r.age))],
      ['purpose', { name: 'purpose', kind: 'categorical' as const, codes: purpose, categories }],
      ['empty', numeric('empty', data.map(() => null))],
      ['constant', numeric('constant', data.map((r) => r.constant))],
    ]),
  };
}

let dir: string;
let connection: DuckDBConnection;

async function load(name: string, data: ReturnType<typeof rows>): Promise<void> {
  // JSON lines cannot hold NaN or Infinity: write them as strings and cast, so DuckDB holds real doubles
  const file = join(dir, `${name}.jsonl`);
  const text = (v: number | null): number | string | null => (v === null ? null : Number.isFinite(v) ? v : String(v));
  writeFileSync(file, data.map((r) => JSON.stringify({ amount: text(r.amount), age: text(r.age), purpose: r.purpose, empty: null, constant: r.constant })).join('\n') + '\n');
  await connection.run(
    `CREATE TABLE ${name} AS SELECT CAST(amount AS DOUBLE) AS amount, CAST(age AS DOUBLE) AS "age ""years""", CAST(purpose AS VARCHAR) AS purpose, CAST(empty AS DOUBLE) AS empty, CAST(constant AS DOUBLE) AS constant
     FROM read_json('${file}', columns = {amount: 'VARCHAR', age: 'VARCHAR', purpose: 'VARCHAR', empty: 'VARCHAR', constant: 'DOUBLE'})`,
  );
}

async function runSql(sql: string): Promise<ProfileSqlRow[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as ProfileSqlRow[];
}

/** Sums are compared to rounding, everything else exactly. */
function expectSameProfile(actual: Profile, expected: Profile): void {
  const strip = (p: Profile) => ({
    ...p,
    columns: p.columns.map((c) => (c.kind === 'numeric' ? { ...c, sum: 0, sumOfSquares: 0, sums: c.sums.map(() => 0) } : c)),
  });
  expect(strip(actual)).toEqual(strip(expected));
  actual.columns.forEach((column, i) => {
    const other = expected.columns[i]!;
    if (column.kind !== 'numeric' || other.kind !== 'numeric') return;
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    close(column.sum, other.sum);
    close(column.sumOfSquares, other.sumOfSquares);
    column.sums.forEach((s, k) => close(s, other.sums[k]!));
  });
}

const referenceData = rows(1, 3000, 0);
const currentData = rows(2, 2000, 0.4);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'modelops-profile-sql-'));
  if (!duckdbInstalled()) return;
  connection = (await duckdbConnection())!;
  await load('reference_rows', referenceData);
  await load('current_rows', currentData);
});

afterAll(() => {
  connection?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!duckdbInstalled())(`profileSql on DuckDB${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, () => {
  it('computes the same reference profile as profileTable (own equal-width edges)', async () => {
    const local = profileTable(tableOf(referenceData), COLUMNS, { bins: 40 });
    const sql = profileSql(COLUMNS, 'reference_rows', { bins: 40 });
    const fromSql = profileFromRows(await runSql(sql), COLUMNS, { bins: 40 });
    expectSameProfile(fromSql, local);
    // NULL, NaN and +Infinity are all missing
    expect(local.columns[0]).toMatchObject({ missing: referenceData.filter((r) => r.amount === null || !Number.isFinite(r.amount)).length });
    expect(local.columns.find((c) => c.name === 'purpose')).toMatchObject({ missing: referenceData.filter((r) => r.purpose === null || r.purpose === '').length });
    expect(local.columns.find((c) => c.name === 'empty')).toMatchObject({ count: 0, edges: [], counts: [0], min: null });
  });

  it("computes the same current profile over the reference's edges, values outside them included", async () => {
    const reference = profileTable(tableOf(referenceData), COLUMNS, { bins: 40 });
    const local = profileTable(tableOf(currentData), COLUMNS, { reference });
    const fromSql = profileFromRows(await runSql(profileSql(COLUMNS, 'current_rows', { reference })), COLUMNS, { reference });
    expectSameProfile(fromSql, local);
    const amount = local.columns[0]!;
    if (amount.kind !== 'numeric') throw new Error('amount is numeric');
    // shifted data lands above the reference's range: the overflow count is what the tests see
    expect(amount.counts[amount.counts.length - 1]).toBeGreaterThan(0);
    expect(local.edges).toBe('reference');
  });
});

describe.skipIf(!duckdbInstalled())(`profileSql per chunk on DuckDB${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, () => {
  const DAY = 86_400_000;
  const START = Date.UTC(2026, 2, 1, 6); // a Sunday: its week starts on Monday 2026-02-23
  // six weeks of days 0-35 but the fifth (days 22-28 are moved to day 0), at odd hours; every 97th timestamp missing
  const data = rows(3, 2500, 0.2);
  const dayOf = (i: number) => {
    const day = (i * 7919) % 36;
    return day >= 22 && day < 29 ? 0 : day;
  };
  const timestamps = Float64Array.from(data, (_, i) => (i % 97 === 5 ? Number.NaN : START + dayOf(i) * DAY + ((i * 13) % 24) * 3_600_000));

  it('gives the profile of each week the local stream gives, the empty week and the missing timestamps included', async () => {
    const reference = profileTable(tableOf(referenceData), COLUMNS, { bins: 30 });
    const file = join(dir, 'chunked.jsonl');
    const text = (v: number | null): number | string | null => (v === null ? null : Number.isFinite(v) ? v : String(v));
    const iso = (t: number) => (Number.isNaN(t) ? null : new Date(t).toISOString().replace('T', ' ').replace('Z', ''));
    writeFileSync(file, data.map((r, i) => JSON.stringify({ ts: iso(timestamps[i]!), amount: text(r.amount), age: text(r.age), purpose: r.purpose, empty: null, constant: r.constant })).join('\n') + '\n');
    await connection.run(
      `CREATE TABLE chunked_rows AS SELECT CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount, CAST(age AS DOUBLE) AS "age ""years""", CAST(purpose AS VARCHAR) AS purpose, CAST(empty AS DOUBLE) AS empty, CAST(constant AS DOUBLE) AS constant
       FROM read_json('${file}', columns = {ts: 'VARCHAR', amount: 'VARCHAR', age: 'VARCHAR', purpose: 'VARCHAR', empty: 'VARCHAR', constant: 'DOUBLE'})`,
    );
    const sql = profileSql(COLUMNS, 'chunked_rows', { reference, chunk: { timestamp: 'ts', period: 'week' } });
    const fromSql = chunkProfilesFromRows(await runSql(sql), COLUMNS, { reference, period: 'week' });

    const stream = chunkStream({ by: 'period', period: 'week' }, profileAccumulator(reference, COLUMNS.map((c) => c.name)));
    stream.push(tableOf(data), timestamps);
    const local = stream.finish();
    expect(fromSql.invalidTimestamps).toBe(stream.stats().invalidTimestamps.count);
    expect(fromSql.invalidTimestamps).toBeGreaterThan(0);
    const shape = (chunks: typeof local) => chunks.map(({ state: _state, ...chunk }) => chunk);
    expect(shape(fromSql.chunks)).toEqual(shape(local));
    expect(local.map((c) => [c.key, c.empty])).toEqual([['2026-W09', false], ['2026-W10', false], ['2026-W11', false], ['2026-W12', false], ['2026-W13', true], ['2026-W14', false]]);
    fromSql.chunks.forEach((chunk, i) => expectSameProfile(chunk.state, { ...local[i]!.state, source: undefined } as Profile));
  });

  it('needs the reference profile, and a known period', () => {
    const reference = profileTable(tableOf(referenceData.slice(0, 100)), COLUMNS, { bins: 4 });
    expect(() => profileSql(COLUMNS, 't', { chunk: { timestamp: 'ts', period: 'week' } })).toThrow(/give the reference profile/);
    expect(() => profileSql(COLUMNS, 't', { reference, chunk: { timestamp: 'ts', period: 'hour' as never } })).toThrow(/unknown chunk period 'hour'/);
  });
});

describe('profileSql dialects', () => {
  const reference = profileTable(tableOf(referenceData.slice(0, 100)), COLUMNS, { bins: 4 });
  it('quotes identifiers and names types per dialect, with nothing engine-specific', () => {
    const duck = profileSql(COLUMNS, 'db.t', { dialect: 'duckdb', reference });
    const spark = profileSql(COLUMNS, 'db.t', { dialect: 'spark', reference });
    const bigquery = profileSql(COLUMNS, '`proj.ds.t`', { dialect: 'bigquery', reference });
    expect(duck).toContain('CAST("age ""years""" AS DOUBLE)');
    expect(spark).toContain('CAST(`age "years"` AS DOUBLE)');
    expect(bigquery).toContain('CAST(`age "years"` AS FLOAT64)');
    expect(bigquery).toContain('CAST(NULL AS INT64)');
    expect(bigquery).not.toMatch(/\bDOUBLE\b|\bBIGINT\b/);
    for (const sql of [duck, spark, bigquery]) {
      expect(sql).not.toMatch(/FILTER\s*\(|isnan|isinf|isfinite|::|QUALIFY/i);
      expect(sql).toMatch(/GROUP BY/);
      expect(sql.match(/UNION ALL/g)).toHaveLength(1 + 2 * 4); // rows, then stats + bins per numeric column and one per categorical
    }
    expect(spark).toContain("SELECT 'purpose', 'category'");
  });

  it('cuts chunks with each engine\'s own truncation, Monday weeks everywhere', () => {
    const chunk = { timestamp: 'event time', period: 'week' as const };
    expect(profileSql(COLUMNS, 't', { reference, chunk })).toContain(`CAST(CAST(date_trunc('week', CAST("event time" AS TIMESTAMP)) AS DATE) AS STRING) AS chunk`);
    expect(profileSql(COLUMNS, 't', { dialect: 'spark', reference, chunk })).toContain("CAST(CAST(date_trunc('WEEK', CAST(`event time` AS TIMESTAMP)) AS DATE) AS STRING) AS chunk");
    expect(profileSql(COLUMNS, 't', { dialect: 'bigquery', reference, chunk })).toContain('CAST(CAST(TIMESTAMP_TRUNC(CAST(`event time` AS TIMESTAMP), WEEK(MONDAY)) AS DATE) AS STRING) AS chunk');
    expect(profileSql(COLUMNS, 't', { dialect: 'bigquery', reference, chunk: { ...chunk, period: 'month' } })).toContain('TIMESTAMP_TRUNC(CAST(`event time` AS TIMESTAMP), MONTH)');
    const sql = profileSql(COLUMNS, 't', { reference, chunk });
    expect(sql.match(/GROUP BY chunk\b/g)).toHaveLength(1 + 2 * 4 + 1); // rows, stats + bins per numeric column, the categorical one
    expect(sql).toMatch(/ORDER BY chunk, column_name/);
  });

  it('escapes string literals the way each engine reads them', () => {
    const columns: ProfileColumnSpec[] = [{ name: "it's", kind: 'categorical' }];
    expect(profileSql(columns, 't', { dialect: 'duckdb' })).toContain("SELECT 'it''s', 'category'");
    expect(profileSql(columns, 't', { dialect: 'bigquery' })).toContain("SELECT 'it\\'s', 'category'");
  });

  it('refuses what is not a table name or a known dialect', () => {
    expect(() => profileSql(COLUMNS, 't; DROP TABLE t')).toThrow(/not a table name/);
    expect(() => profileSql(COLUMNS, 't', { dialect: 'oracle' as never })).toThrow(/unknown SQL dialect/);
  });
});
