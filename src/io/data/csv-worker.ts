// Worker thread of readCsvTable (csv.ts): parses the second half of a large CSV file and posts its
// columns back (their buffers transferred, not copied); on any error it posts { ok: false } and the
// main thread reads that half itself, so errors are reported as a sequential read reports them.
import { parentPort, workerData } from 'node:worker_threads';
import type { ColumnRequest } from '../../core/data/table.js';
import { readCsvPart } from './csv.js';

const { path, columns, start } = workerData as { path: string; columns: ColumnRequest[]; start: number };
readCsvPart(path, columns, start).then(
  (part) => {
    const buffers = part.columns.map((column) => (column.kind === 'numeric' ? column.values.buffer : column.codes.buffer));
    parentPort!.postMessage({ ok: true, part }, [...new Set(buffers)] as ArrayBuffer[]);
  },
  () => parentPort!.postMessage({ ok: false }),
);
