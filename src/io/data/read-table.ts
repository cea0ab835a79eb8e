// One entry point for the data files of a manifest: one reader per format behind one interface.
// Each reader loads only the requested columns, as the kind requested, into a columnar Table; the
// rules for missing values and numbers are the same in every format (numbers.ts, table-builder.ts)
// and each reader's file header documents its format. Problems with the data are DataFormatErrors
// that name the file and the line (CSV, JSONL) or row (Parquet).
import type { ColumnRequest, Table } from '../../core/data/table.js';
import { relative, sep } from 'node:path';
import type { Finding } from '../../core/report/verdict.js';
import { DataFormatError, type DataFormat } from './columns.js';
import type { SpareThread } from './csv-threads.js';
import { readCsvTable } from './csv.js';
import { readJsonlTable } from './jsonl.js';
import { checkRequest } from './table-builder.js';

export interface TableRequest {
  format: DataFormat;
  columns: ColumnRequest[];
  /**
   * Given the read's worker thread when a large CSV file was read on two threads (csv.ts), for the work that
   * follows on the second core; the receiver closes it. Not called otherwise.
   */
  keepThread?: (thread: SpareThread) => void;
}

export type TableReader = (path: string, columns: readonly ColumnRequest[]) => Promise<Table>;

export const TABLE_READERS: Readonly<Record<DataFormat, TableReader>> = {
  csv: readCsvTable,
  jsonl: readJsonlTable,
  // hyparquet (118 kB of the bundle) is compiled only when a Parquet file is read (issue 18)
  parquet: async (path, columns) => (await import('./parquet.js')).readParquetTable(path, columns),
};

export async function readTable(path: string, request: TableRequest): Promise<Table> {
  checkRequest(path, request.columns);
  const reader = TABLE_READERS[request.format];
  if (!reader) throw new Error(`${path}: unknown data format '${String(request.format)}'`);
  let table: Table;
  try {
    table = request.format === 'csv' && request.keepThread ? await readCsvTable(path, request.columns, { keepThread: request.keepThread }) : await reader(path, request.columns);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    // The file system refusing (a symlink loop, a name too long, no permission) is a problem of the data file.
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new DataFormatError(`${path}: cannot be read (${code})`, { file: path });
    throw error;
  }
  // Every use of a table (metrics, labels, drift) needs rows: say so here, not as an empty class later.
  if (table.rowCount === 0) {
    throw new DataFormatError(`${path}: the file has no data rows${request.format === 'csv' ? ', only a header' : ''}`, request.format === 'parquet' ? { file: path } : { file: path, line: 2 });
  }
  return table;
}

/**
 * A data error as a finding on the repository-relative file and its line: readers name the file by
 * the absolute path they opened, which is the runner's business, not the report's.
 */
export function dataErrorFinding(error: DataFormatError, root: string, fallbackFile: string): Finding {
  const { file, line } = error.location;
  const shown = file !== undefined && (file === root || file.startsWith(root + sep)) ? relative(root, file).split(sep).join('/') : fallbackFile;
  let message = error.message;
  if (file !== undefined) {
    for (const prefix of [`${file}, line ${line}: `, `${file}: `]) if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  message = message.split(root + sep).join('');
  return { severity: 'error', category: 'input', code: 'unreadable-data', message, file: shown, ...(line !== undefined ? { line, column: 1 } : {}) };
}
