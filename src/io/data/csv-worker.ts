// Worker-thread entry (bundled as dist/csv-worker.js): parses the part of a large CSV file the main
// thread assigns (csv.ts readCsvTable, csv-threads.ts) into the shared columns it was given, and answers
// with the row count and the categories; any error is answered as { ok: false } (the main thread then
// parses the part itself, so errors are those of a sequential read). A worker the reader hands on
// (csv-threads.ts SpareThread) then sorts shared float64 arrays in place, with the main thread's own code (so
// with its results, bit for bit).
import { parentPort } from 'node:worker_threads';
import { sortFloat64 } from '../../core/stats/radix-sort.js';
import type { CsvPartReply, CsvPartTask, SpareJob, SpareReply } from './csv-threads.js';
import { parseCsvPart } from './csv.js';

const port = parentPort!;
port.on('message', (task: CsvPartTask | SpareJob) => {
  if ('job' in task) {
    let reply: SpareReply;
    try {
      sortFloat64(new Float64Array(task.values, task.byteOffset, task.length));
      reply = { type: 'done', ok: true };
    } catch (error) {
      reply = { type: 'done', ok: false, message: (error as Error).message };
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
  if (reply.ok && task.warm) warmUp();
});

/**
 * The jobs' code run once on made-up data, while the main thread joins the parts and predicts: a thread's first
 * sort of half a million scores ran 2-3 times slower than its later ones (V8 optimises code as it runs), which
 * cost more than the thread saved. About 2^18 values, a model's scores in (0, 1) as float32.
 */
function warmUp(): void {
  const n = 1 << 18;
  const values = new Float64Array(n);
  let state = 0x9e3779b9;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    // a model's probabilities: the logistic of a logit in [-8, 8)
    values[i] = Math.fround(1 / (1 + Math.exp(8 - (state / 4294967296) * 16)));
  }
  sortFloat64(values);
}
port.postMessage({ type: 'ready' });
