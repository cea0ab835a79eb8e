// Worker-thread entry (bundled as dist/csv-worker.js): parses the part of a large CSV file the main
// thread assigns (csv.ts readCsvTable, csv-threads.ts) into the shared columns it was given, and answers
// with the row count and the categories; any error is answered as { ok: false } (the main thread then
// parses the part itself, so errors are those of a sequential read).
import { parentPort } from 'node:worker_threads';
import type { CsvPartReply, CsvPartTask } from './csv-threads.js';
import { parseCsvPart } from './csv.js';

const port = parentPort!;
port.once('message', (task: CsvPartTask) => {
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
