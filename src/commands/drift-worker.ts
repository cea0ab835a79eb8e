// Worker-thread entry (bundled as dist/drift-worker.js): prepares and tests the features the main thread posts
// (commands/drift-workers.ts), or runs a whole drift analysis, with the same pure functions the main thread
// runs (core/drift/analysis.ts), and posts the results; the sorted samples go back transferred, not copied.
import { parentPort } from 'node:worker_threads';
import { analyseDrift, testFeature } from '../core/drift/analysis.js';
import { detached, errorReply, type DriftWorkerReply, type DriftWorkerRequest } from './drift-worker-protocol.js';

const port = parentPort!;

port.on('message', (request: DriftWorkerRequest) => {
  let reply: DriftWorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    if (request.kind === 'features') {
      const tested = request.features.map(({ reference, current }) => testFeature(reference, current, request.settings, request.also));
      reply = { id: request.id, kind: 'features', tested: detached(tested, transfer, true) };
    } else {
      reply = { id: request.id, kind: 'analysis', evaluation: detached(analyseDrift(request.input), transfer, true) };
    }
  } catch (error) {
    reply = errorReply(request.id, error);
  }
  port.postMessage(reply, transfer);
});
