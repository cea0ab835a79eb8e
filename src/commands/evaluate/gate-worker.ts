// Worker-thread entry (bundled as dist/gate-worker.js): a PR gate's drift analyses, posted by the main thread
// (commands/evaluate/gate-thread.ts) while it runs the model for the other gates; the same pure function the
// main thread runs without a worker (core/drift/analysis.ts). It imports nothing else, so it starts quickly.
import { parentPort } from 'node:worker_threads';
import { analyseDrift } from '../../core/drift/analysis.js';
import type { GateThreadReply, GateThreadRequest } from './gate-thread.js';

const port = parentPort!;

port.on('message', (request: GateThreadRequest) => {
  let reply: GateThreadReply;
  try {
    reply = { id: request.id, evaluation: analyseDrift(request.input) };
  } catch (error) {
    // the main thread runs the analysis again itself, so it throws there as it would without a worker
    reply = { id: request.id, failed: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
