import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile, type ColumnSource } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import type { ColumnRequest } from '../../core/data/table.js';
import { cat, num, numeric, rejection, scratchFiles, texts } from '../../testing/tables.js';
import { DataFormatError } from './columns.js';
import { duckdbConnection, duckdbInstalled, DUCKDB_MISSING } from '../../testing/duckdb.js';
import { readParquetBatches } from './parquet.js';
import { readTable } from './read-table.js';

// Parquet files are written here with hyparquet-writer (a dev dependency), so each test shows its data.
const scratch = scratchFiles('modelops-parquet-', '.parquet');
function parquetFile(columnData: ColumnSource[], rowGroupSize?: number): string {
  const filename = scratch.path();
  parquetWriteFile(rowGroupSize === undefined ? { filename, columnData } : { filename, columnData, rowGroupSize });
  return filename;
}
const failure = (promise: Promise<unknown>) => rejection(promise, DataFormatError);

/** fixtures/people.csv, column by column, as a Parquet writer would type it (nulls where the CSV has missing values). */
const PEOPLE: ColumnSource[] = [
  { name: 'id', type: 'INT64', data: [1n, 2n, 3n, 4n, 5n] },
  { name: 'name', type: 'STRING', data: ['Ada', 'Bo', 'Cy', 'Dee "D"', 'Ed'] },
  { name: 'city', type: 'STRING', data: ['London, UK', 'Paris', null, 'Oslo', 'Paris'] },
  { name: 'age', type: 'INT32', data: [36, null, 41, 29, null] },
  { name: 'income', type: 'DOUBLE', data: [52000.5, null, -1500, 0.001, 7] },
  { name: 'member', type: 'BOOLEAN', data: [true, false, true, null, false] },
  { name: 'note', type: 'STRING', data: ['said "hi"', 'two\nlines', null, 'plain', 'ünïcödé ✓'] },
];
const PEOPLE_REQUEST: ColumnRequest[] = [num('id'), cat('name'), cat('city'), num('age'), num('income'), cat('member'), cat('note')];
const PEOPLE_CSV = fileURLToPath(new URL('./fixtures/people.csv', import.meta.url));

describe('readParquetTable', () => {
  it('gives the same table as the CSV with the same data', async () => {
    const fromCsv = await readTable(PEOPLE_CSV, { format: 'csv', columns: PEOPLE_REQUEST });
    expect(fromCsv.rowCount).toBe(5);
    expect(numeric(fromCsv, 'age')).toEqual([36, NaN, 41, 29, NaN]);
    expect(texts(fromCsv, 'member')).toEqual(['true', 'false', 'true', undefined, 'false']);
    for (const rowGroupSize of [undefined, 2]) {
      const fromParquet = await readTable(parquetFile(PEOPLE, rowGroupSize), { format: 'parquet', columns: PEOPLE_REQUEST });
      expect(fromParquet, `row groups of ${rowGroupSize ?? 'default'} rows`).toEqual(fromCsv);
    }
  });

  it('loads only the requested columns; a column it cannot read is fine when not requested', async () => {
    const path = parquetFile([...PEOPLE, { name: 'seen', type: 'TIMESTAMP', data: Array.from({ length: 5 }, (_, i) => new Date(Date.UTC(2024, 0, i + 1))) }]);
    const table = await readTable(path, { format: 'parquet', columns: [num('income'), cat('name')] });
    expect([...table.columns.keys()]).toEqual(['income', 'name']);
    expect(numeric(table, 'income')).toEqual([52000.5, NaN, -1500, 0.001, 7]);
    const error = await failure(readTable(path, { format: 'parquet', columns: [num('seen')] }));
    expect(error.message).toContain(`${path}, row 0 (counting from 0): column 'seen' (Parquet TIMESTAMP_MILLIS, read as numeric): a date/time is not a number (store times as numbers`);
  });

  it('reads values across many row groups in order', async () => {
    const values = Array.from({ length: 2500 }, (_, i) => i * 0.5);
    const path = parquetFile([{ name: 'x', type: 'DOUBLE', data: values }], 300);
    const table = await readTable(path, { format: 'parquet', columns: [num('x')] });
    expect(table.rowCount).toBe(2500);
    expect(numeric(table, 'x')).toEqual(values);
  });

  it('reads INT64 within ±2^53 as numbers, rejects larger ones, and keeps them exact as categories', async () => {
    const big = 2n ** 53n + 1n;
    const path = parquetFile([{ name: 'n', type: 'INT64', data: [2n ** 53n, -(2n ** 53n), big] }]);
    const error = await failure(readTable(path, { format: 'parquet', columns: [num('n')] }));
    expect(error.message).toBe(`${path}, row 2 (counting from 0): column 'n' (Parquet INT64, read as numeric): ${big} is beyond ±2^53, so a 64-bit float cannot hold it exactly`);
    expect(error.location).toEqual({ file: path, row: 2, column: 'n' });
    const table = await readTable(path, { format: 'parquet', columns: [cat('n')] });
    expect(texts(table, 'n')).toEqual(['9007199254740992', '-9007199254740992', '9007199254740993']);
  });

  it('converts by the kind asked for: strings to numbers by the text rules, numbers to categories', async () => {
    const path = parquetFile([
      { name: 's', type: 'STRING', data: ['1.5', 'NA', '', null] },
      { name: 'f', type: 'DOUBLE', data: [1, 2.5, NaN, null] },
    ]);
    const table = await readTable(path, { format: 'parquet', columns: [num('s'), cat('f')] });
    expect(numeric(table, 's')).toEqual([1.5, NaN, NaN, NaN]);
    expect(texts(table, 'f')).toEqual(['1', '2.5', undefined, undefined]);
    const bad = parquetFile([{ name: 's', type: 'STRING', data: ['1', '0x1F'] }]);
    expect((await failure(readTable(bad, { format: 'parquet', columns: [num('s')] }))).message).toContain(
      "row 1 (counting from 0): column 's' (Parquet UTF8, read as numeric): '0x1F' is not a number (hexadecimal",
    );
  });

  it('rejects infinite values and booleans asked for as numbers', async () => {
    const path = parquetFile([
      { name: 'f', type: 'DOUBLE', data: [1, Infinity], nullable: false },
      { name: 'b', type: 'BOOLEAN', data: [true, false] },
    ]);
    expect((await failure(readTable(path, { format: 'parquet', columns: [num('f')] }))).message).toContain('row 1 (counting from 0)');
    expect((await failure(readTable(path, { format: 'parquet', columns: [num('b')] }))).message).toContain('true is a boolean, not a number');
  });

  it('names a requested column missing from the schema and lists the schema', async () => {
    const path = parquetFile(PEOPLE);
    const error = await failure(readTable(path, { format: 'parquet', columns: [num('incme')] }));
    expect(error.message).toBe(
      `${path}: no column 'incme' in the Parquet schema (did you mean 'incme' -> 'income'?); the schema has: id, name, city, age, income, member, note`,
    );
  });

  it('rejects a file that is not Parquet', async () => {
    const path = join(scratch.dir, 'not.parquet');
    writeFileSync(path, 'a,b\n1,2\n');
    expect((await failure(readTable(path, { format: 'parquet', columns: [] }))).message).toContain(`${path}: not a readable Parquet file`);
  });
});

describe('readParquetBatches', () => {
  const all = async (path: string, columns: ColumnRequest[], options?: Parameters<typeof readParquetBatches>[2]) => {
    const batches = [];
    for await (const batch of readParquetBatches(path, columns, options)) batches.push(batch);
    return batches;
  };

  it('hands back the row groups in order, each its own table, with the values of readTable', async () => {
    const x = Array.from({ length: 23 }, (_, i) => (i % 5 === 0 ? null : i * 0.25));
    const c = Array.from({ length: 23 }, (_, i) => (i % 7 === 0 ? null : ['a', 'b', 'c'][i % 3]!));
    const path = parquetFile([{ name: 'x', type: 'DOUBLE', data: x }, { name: 'c', type: 'STRING', data: c }], 5);
    const whole = await readTable(path, { format: 'parquet', columns: [num('x'), cat('c')] });
    const batches = await all(path, [num('x'), cat('c')]);
    expect(batches.map((b) => [b.start, b.table.rowCount])).toEqual([[0, 5], [5, 5], [10, 5], [15, 5], [20, 3]]);
    expect(batches.flatMap((b) => numeric(b.table, 'x'))).toEqual(numeric(whole, 'x'));
    expect(batches.flatMap((b) => texts(b.table, 'c'))).toEqual(texts(whole, 'c'));
    // whole row groups until at least minRows
    expect((await all(path, [num('x')], { minRows: 8 })).map((b) => [b.start, b.table.rowCount])).toEqual([[0, 10], [10, 10], [20, 3]]);
  });

  it('reads a timestamp column as epoch milliseconds: TIMESTAMP, numbers (ms or s) and ISO text', async () => {
    const instants = [Date.UTC(2026, 1, 2, 10), Date.UTC(2026, 1, 9), Date.UTC(2026, 1, 10, 23, 59, 59)];
    const path = parquetFile(
      [
        { name: 'ts', type: 'TIMESTAMP', data: [new Date(instants[0]!), null, new Date(instants[2]!)] },
        { name: 'sec', type: 'INT64', data: instants.map((t) => BigInt(t / 1000)) },
        { name: 'iso', type: 'STRING', data: ['2026-02-02T11:00:00+01:00', 'not a time', '2026-02-10 23:59:59'] },
        { name: 'x', type: 'DOUBLE', data: [1, 2, 3] },
      ],
      2,
    );
    const stamps = async (timestamp: { name: string; unit?: 'ms' | 's' }) => (await all(path, [num('x')], { timestamp })).flatMap((b) => [...b.timestamps!]);
    expect(await stamps({ name: 'ts' })).toEqual([instants[0], NaN, instants[2]]);
    expect(await stamps({ name: 'sec', unit: 's' })).toEqual(instants);
    expect(await stamps({ name: 'iso' })).toEqual([instants[0], NaN, instants[2]]);
  });

  it('names the file row of a bad value in a later batch', async () => {
    const path = parquetFile([{ name: 'n', type: 'INT64', data: [1n, 2n, 3n, 2n ** 60n] }], 2);
    const error = await failure(all(path, [num('n')]));
    expect(error.location).toEqual({ file: path, row: 3, column: 'n' });
  });
});

describe('the fast path for flat columns (parquet-pages.ts)', () => {
  it('rejects text that is not UTF-8, dictionary-encoded or plain, naming the row', async () => {
    const bad = Uint8Array.of(0x61, 0xff);
    const repeated = parquetFile([{ name: 'b', type: 'BYTE_ARRAY', data: [...Array.from({ length: 40 }, () => Uint8Array.of(0x61)), bad, Uint8Array.of(0x62)] }]);
    const error = await failure(readTable(repeated, { format: 'parquet', columns: [cat('b')] }));
    expect(error.message).toBe(`${repeated}, row 40 (counting from 0): column 'b' (Parquet BYTE_ARRAY, read as categorical): the text is not valid UTF-8`);
    const distinct = parquetFile([{ name: 'b', type: 'BYTE_ARRAY', data: [Uint8Array.of(0x61), Uint8Array.of(0x62, 0x63), bad] }]);
    expect((await failure(readTable(distinct, { format: 'parquet', columns: [cat('b')] }))).location).toEqual({ file: distinct, row: 2, column: 'b' });
  });

  it('reads FLOAT, nullable INT32 and dictionary-encoded doubles, and rejects an infinity among nulls', async () => {
    const path = parquetFile(
      [
        { name: 'f', type: 'FLOAT', data: [0.5, null, -2.25, 1e10] },
        { name: 'i', type: 'INT32', data: [null, -7, 2147483647, 0] },
        { name: 'd', type: 'DOUBLE', data: [1.5, 1.5, null, 1.5] },
      ],
      3,
    );
    const table = await readTable(path, { format: 'parquet', columns: [num('f'), num('i'), num('d')] });
    expect(numeric(table, 'f')).toEqual([0.5, NaN, -2.25, 1e10]);
    expect(numeric(table, 'i')).toEqual([NaN, -7, 2147483647, 0]);
    expect(numeric(table, 'd')).toEqual([1.5, 1.5, NaN, 1.5]);
    const infinite = parquetFile([{ name: 'x', type: 'DOUBLE', data: [1, null, 2, -Infinity] }], 2);
    expect((await failure(readTable(infinite, { format: 'parquet', columns: [num('x')] }))).message).toBe(
      `${infinite}, row 3 (counting from 0): column 'x' (Parquet DOUBLE, read as numeric): -Infinity is not accepted (infinite values are not numbers modelops can use)`,
    );
  });

  it('reads INT32 asked for as categorical (a 0/1 label) as the text of each number, as the CSV does', async () => {
    const labels = Array.from({ length: 700 }, (_, i) => (i % 9 === 0 ? null : i % 5 === 0 ? -7 : i % 3 === 0 ? 1 : 0));
    const csv = scratch.path().replace(/\.parquet$/, '.csv');
    writeFileSync(csv, `i,y\n${labels.map((y, i) => `${i},${y ?? ''}`).join('\n')}\n`);
    const fromCsv = await readTable(csv, { format: 'csv', columns: [cat('y')] });
    expect(texts(fromCsv, 'y').slice(0, 6)).toEqual([undefined, '0', '0', '1', '0', '-7']);
    for (const rowGroupSize of [undefined, 256]) {
      const fromParquet = await readTable(parquetFile([{ name: 'y', type: 'INT32', data: labels }], rowGroupSize), { format: 'parquet', columns: [cat('y')] });
      expect(texts(fromParquet, 'y'), `row groups of ${rowGroupSize ?? 'default'} rows`).toEqual(texts(fromCsv, 'y'));
    }
  });

  it.skipIf(!duckdbInstalled())(`reads DuckDB's Parquet (version 1 pages, its dictionaries, TIMESTAMP in µs) as its SQL sees it${duckdbInstalled() ? '' : ` (skipped: ${DUCKDB_MISSING})`}`, async () => {
    const connection = (await duckdbConnection())!;
    const path = join(scratch.dir, 'duckdb.parquet');
    await connection.run(`COPY (
      SELECT i, CASE WHEN i % 11 = 0 THEN NULL ELSE CAST(i * 0.25 - 100 AS DOUBLE) END AS x, i * 0.25 - 100 AS y, CASE WHEN i % 13 = 0 THEN NULL ELSE 'k' || (i % 5) END AS k,
             TIMESTAMP '2026-03-02 00:00:00' + to_microseconds(i * 3600 * 1000000 + 123) AS ts
      FROM range(5000) t(i)) TO '${path}' (FORMAT PARQUET, ROW_GROUP_SIZE 2048)`);
    connection.closeSync();
    // x DOUBLE (the fast path) beside y DECIMAL(…, 2) (hyparquet's rows) in one read
    const table = await readTable(path, { format: 'parquet', columns: [num('x'), num('y'), cat('k')] });
    const x = numeric(table, 'x');
    expect(x.length).toBe(5000);
    x.forEach((value, i) => expect(value).toBe(i % 11 === 0 ? NaN : i * 0.25 - 100));
    numeric(table, 'y').forEach((value, i) => expect(value).toBeCloseTo(i * 0.25 - 100, 9));
    expect(texts(table, 'k').slice(0, 14)).toEqual([undefined, 'k1', 'k2', 'k3', 'k4', 'k0', 'k1', 'k2', 'k3', 'k4', 'k0', 'k1', 'k2', undefined]);
    const stamps: number[] = [];
    for await (const batch of readParquetBatches(path, [], { timestamp: { name: 'ts' } })) stamps.push(...batch.timestamps!);
    stamps.forEach((t, i) => expect(t).toBe(Date.UTC(2026, 2, 2) + i * 3_600_000));
  });
});
