// Any data file as batches of rows (issue 15): CSV and JSONL through their streamed readers (csv.ts, jsonl.ts),
// Parquet by whole row groups (parquet.ts). Memory is bounded by a batch, not by the file, so monitorStream
// (commands/monitor-stream.ts) can read a source of any size in any of the formats.
// A timestamp column is read beside the columns and given as epoch milliseconds per row: in CSV and JSONL a
// number (or text that is one) is epoch milliseconds (seconds with unit 's'), other text is ISO 8601 (wall-clock
// text in `timeZone`), as readParquetBatches reads text and numbers; NaN where missing or not a time.
import type { ColumnRequest, Table } from '../../core/data/table.js';
import { parseIsoTimestamp, zoneClock } from '../../core/drift/chunks/time.js';
import type { DataFormat } from './columns.js';
import { readCsvBatches } from './csv.js';
import { readJsonlBatches } from './jsonl.js';
import { readParquetBatches, type ParquetBatch, type ParquetBatchOptions } from './parquet.js';
import { checkRequest } from './table-builder.js';

export type DataBatch = ParquetBatch;

export interface BatchOptions {
  /** Rows per batch: CSV and JSONL about this many, Parquet whole row groups of at least this many (default 65536; Parquet: one row group). */
  batchRows?: number;
  timestamp?: ParquetBatchOptions['timestamp'];
  /** For tests: the CSV and JSONL readers' chunk size in bytes. */
  chunkBytes?: number;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

export async function* readBatches(path: string, format: DataFormat, columns: readonly ColumnRequest[], options: BatchOptions = {}): AsyncGenerator<DataBatch> {
  if (format === 'parquet') {
    yield* readParquetBatches(path, columns, { ...(options.batchRows !== undefined ? { minRows: options.batchRows } : {}), ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
    return;
  }
  checkRequest(path, columns);
  const stamp = options.timestamp;
  if (stamp && columns.some((c) => c.name === stamp.name)) throw new Error(`${path}: column '${stamp.name}' is requested both as a column and as the timestamp`);
  const request = stamp ? [...columns, { name: stamp.name, kind: 'categorical' as const }] : columns;
  const read = { ...(options.batchRows !== undefined ? { batchRows: options.batchRows } : {}), ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}) };
  const batches = format === 'csv' ? readCsvBatches(path, request, read) : readJsonlBatches(path, request, read);
  const clock = zoneClock(stamp?.timeZone);
  const scale = stamp?.unit === 's' ? 1000 : 1;
  for await (const { start, table } of batches) {
    if (!stamp) {
      yield { start, table };
      continue;
    }
    const column = table.columns.get(stamp.name)!;
    if (column.kind !== 'categorical') throw new Error(`${path}: the timestamp column '${stamp.name}' was not read as text`);
    // each distinct text once: a batch's categories are its distinct timestamps
    const instants = column.categories.map((text) => (NUMBER.test(text) ? Number(text) * scale : parseIsoTimestamp(text, clock)));
    const timestamps = Float64Array.from(column.codes, (code) => (code >= 0 ? instants[code]! : Number.NaN));
    const rest: Table = { rowCount: table.rowCount, columns: new Map([...table.columns].filter(([name]) => name !== stamp.name)) };
    yield { start, table: rest, timestamps };
  }
}
