// Worker-thread entry (bundled as dist/csv-worker.js): parses the part of a large CSV file the main
// thread assigns (csv.ts readCsvTable, csv-threads.ts) into the shared columns it was given, and answers
// with the row count and the categories; any error is answered as { ok: false } (the main thread then
// parses the part itself, so errors are those of a sequential read). A worker the reader hands on
// (csv-threads.ts SortThread) then sorts shared float64 arrays in place, as sortFloat64 does on the main thread.
import { parentPort } from 'node:worker_threads';
import { sortFloat64 } from '../../core/stats/radix-sort.js';
import type { CsvPartReply, CsvPartTask, SortReply, SortTask } from './csv-threads.js';
import { parseCsvPart } from './csv.js';

const port = parentPort!;
port.on('message', (task: CsvPartTask | SortTask) => {
  if ('sort' in task) {
    let reply: SortReply;
    try {
      sortFloat64(new Float64Array(task.sort, task.byteOffset, task.length));
      reply = { type: 'sorted', ok: true };
    } catch (error) {
      reply = { type: 'sorted', ok: false, message: (error as Error).message };
    }
    port.postMessage(reply);
    return;
  }
  let reply: CsvPartReply;
  try {
    reply = { ok: true, ...parseCsvPart(task) };
  } catch (error) {
    reply = { ok: false, message: (error as Error).message };
  }
  const transfer = reply.ok ? reply.grown.filter((array) => array !== null).map((array) => array.buffer as ArrayBuffer) : [];
  port.postMessage(reply, transfer);
});
port.postMessage({ type: 'ready' });
