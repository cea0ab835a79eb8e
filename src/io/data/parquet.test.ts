import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile, type ColumnSource } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import type { ColumnRequest } from '../../core/data/table.js';
import { cat, num, numeric, rejection, scratchFiles, texts } from '../../testing/tables.js';
import { DataFormatError } from './columns.js';
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
