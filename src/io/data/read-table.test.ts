import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn } from '../../core/data/table.js';
import { DataFormatError } from './columns.js';
import { TABLE_READERS, readTable } from './read-table.js';

const PEOPLE_CSV = fileURLToPath(new URL('./fixtures/people.csv', import.meta.url));

describe('readTable', () => {
  it('has one reader per data format', () => {
    expect(Object.keys(TABLE_READERS).sort()).toEqual(['csv', 'jsonl', 'parquet']);
  });

  it('reads the requested columns with the reader of the format', async () => {
    const table = await readTable(PEOPLE_CSV, { format: 'csv', columns: [{ name: 'income', kind: 'numeric' }, { name: 'city', kind: 'categorical' }] });
    expect(table.rowCount).toBe(5);
    expect([...(table.columns.get('income') as NumericColumn).values]).toEqual([52000.5, NaN, -1500, 0.001, 7]);
    expect((table.columns.get('city') as CategoricalColumn).categories).toEqual(['London, UK', 'Paris', 'Oslo']);
  });

  it('refuses a request that names a column twice', async () => {
    const request = { format: 'csv' as const, columns: [{ name: 'age', kind: 'numeric' as const }, { name: 'age', kind: 'categorical' as const }] };
    await expect(readTable(PEOPLE_CSV, request)).rejects.toThrow(`${PEOPLE_CSV}: column 'age' is requested twice`);
  });

  it('reports a file in the wrong format as a data error', async () => {
    await expect(readTable(PEOPLE_CSV, { format: 'jsonl', columns: [] })).rejects.toBeInstanceOf(DataFormatError);
    await expect(readTable(PEOPLE_CSV, { format: 'parquet', columns: [] })).rejects.toBeInstanceOf(DataFormatError);
  });
});
