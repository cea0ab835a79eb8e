import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnRequest, Table } from '../../core/data/table.js';
import { readBatches, type DataBatch } from './batches.js';
import { readTable } from './read-table.js';

const dir = mkdtempSync(join(tmpdir(), 'modelops-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A table's rows as plain values (categories by their text), to compare tables whose codes differ. */
function rowsOf(table: Table): unknown[][] {
  return Array.from({ length: table.rowCount }, (_, row) =>
    [...table.columns.values()].map((column) => (column.kind === 'numeric' ? column.values[row] : column.codes[row]! < 0 ? null : column.categories[column.codes[row]!])),
  );
}

async function collect(batches: AsyncIterable<DataBatch>): Promise<DataBatch[]> {
  const out: DataBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

const columns: ColumnRequest[] = [
  { name: 'x', kind: 'numeric' },
  { name: 'city', kind: 'categorical' },
];
// quoted fields with commas, doubled quotes and line breaks, CRLF, a blank line, missing values, a skipped column
const CSV = 'x,skip,city,ts\r\n1.5,a,"Paris, FR",2026-03-02T10:00:00Z\r\nNA,b,"Rome",2026-03-03\r\n\r\n3,c,"New\r\nYork ""NY""",1772500000000\r\n4,d,,\r\n-5e2,e,Paris,2026-03-09T00:00:00+01:00\r\n6,f,Rome,not a time\r\n7,g,"Oslo",2026-03-10T00:00:00Z';
const JSONL = [
  { x: 1.5, city: 'Paris, FR', ts: '2026-03-02T10:00:00Z' },
  { x: null, city: 'Rome', ts: '2026-03-03' },
  { x: 3, city: 'New\r\nYork "NY"', ts: 1772500000000 },
  { x: 4, ts: null },
  { x: -500, city: 'Paris', ts: '2026-03-09T00:00:00+01:00' },
  { x: 6, city: 'Rome', ts: 'not a time' },
  { x: 7, city: 'Oslo', ts: '2026-03-10T00:00:00Z' },
]
  .map((r) => JSON.stringify(r))
  .join('\n')
  .replace('\n', '\n\n');
const TIMES = [Date.parse('2026-03-02T10:00:00Z'), Date.parse('2026-03-03T00:00:00Z'), 1772500000000, Number.NaN, Date.parse('2026-03-08T23:00:00Z'), Number.NaN, Date.parse('2026-03-10T00:00:00Z')];

describe('readBatches (CSV and JSONL)', () => {
  for (const [format, text] of [
    ['csv', CSV],
    ['jsonl', JSONL],
  ] as const) {
    const path = file(`rows.${format}`, text);

    it(`${format}: the batches, concatenated, are the whole table, whatever the batch and chunk sizes`, async () => {
      const whole = rowsOf(await readTable(path, { format, columns }));
      expect(whole).toHaveLength(7);
      for (const batchRows of [1, 2, 3, 100]) {
        for (const chunkBytes of [1, 5, 64, 1 << 16]) {
          const batches = await collect(readBatches(path, format, columns, { batchRows, chunkBytes }));
          expect(batches.flatMap((b) => rowsOf(b.table)), `${batchRows} rows, ${chunkBytes} bytes`).toEqual(whole);
          expect(batches.map((b) => b.start)).toEqual(batches.map((_, i) => batches.slice(0, i).reduce((n, b) => n + b.table.rowCount, 0)));
          // bounded: JSONL batches are batchRows rows; CSV ones end at a chunk end, so a chunk too small to hold a record gives batchRows too
          if (format === 'jsonl' || chunkBytes <= 5) expect(batches.slice(0, -1).every((b) => b.table.rowCount === batchRows)).toBe(true);
        }
      }
      // one row per batch in JSONL; in CSV a batch ends where a chunk does, so with 1-byte chunks one row too
      expect((await collect(readBatches(path, format, columns, { batchRows: 1, chunkBytes: 1 }))).map((b) => b.table.rowCount)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    });

    it(`${format}: gives the timestamp column as epoch ms (ISO text, numbers; NaN when missing or not a time)`, async () => {
      const batches = await collect(readBatches(path, format, columns, { batchRows: 2, chunkBytes: 9, timestamp: { name: 'ts' } }));
      expect(batches.flatMap((b) => Array.from(b.timestamps!))).toEqual(TIMES);
      expect([...batches[0]!.table.columns.keys()]).toEqual(['x', 'city']);
    });
  }

  it('names the file and the line of a bad value in a later batch', async () => {
    const path = file('bad.csv', 'x,city\n1,a\n2,b\n3,c\nthree,d\n');
    await expect(collect(readBatches(path, 'csv', columns, { batchRows: 1, chunkBytes: 4 }))).rejects.toThrow(/bad\.csv, line 5: column 'x' is numeric/);
    const jsonl = file('bad.jsonl', '{"x":1,"city":"a"}\n{"x":2,"city":"b"}\n{"x":[3],"city":"c"}\n');
    await expect(collect(readBatches(jsonl, 'jsonl', columns, { batchRows: 1 }))).rejects.toThrow(/bad\.jsonl, line 3: column 'x'/);
  });
});
