// One entry point for the data files of a manifest: one reader per format behind one interface.
// Each reader loads only the requested columns, as the kind requested, into a columnar Table; the
// rules for missing values and numbers are the same in every format (numbers.ts, table-builder.ts)
// and each reader's file header documents its format. Problems with the data are DataFormatErrors
// that name the file and the line (CSV, JSONL) or row (Parquet).
import type { ColumnRequest, Table } from '../../core/data/table.js';
import type { DataFormat } from './columns.js';
import { readCsvTable } from './csv.js';
import { readJsonlTable } from './jsonl.js';
import { readParquetTable } from './parquet.js';
import { checkRequest } from './table-builder.js';

export interface TableRequest {
  format: DataFormat;
  columns: ColumnRequest[];
}

export type TableReader = (path: string, columns: readonly ColumnRequest[]) => Promise<Table>;

export const TABLE_READERS: Readonly<Record<DataFormat, TableReader>> = {
  csv: readCsvTable,
  jsonl: readJsonlTable,
  parquet: readParquetTable,
};

export async function readTable(path: string, request: TableRequest): Promise<Table> {
  checkRequest(path, request.columns);
  const reader = TABLE_READERS[request.format];
  if (!reader) throw new Error(`${path}: unknown data format '${String(request.format)}'`);
  return reader(path, request.columns);
}
