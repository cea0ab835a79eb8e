// Worker-thread entry (bundled as dist/drift-worker.js): prepares and tests the features the main thread posts
// (commands/drift-workers.ts), or runs a whole drift analysis, with the same pure functions the main thread
// runs (core/drift/features.ts, core/drift/analysis.ts), and posts the results; the sorted samples go back
// transferred, not copied. The analysis (profiles, the report's schemas) loads only when asked for, so a worker
// that tests features starts without compiling it; so does the PR gate's champion run (evaluate/champion-run.ts,
// with onnxruntime and a session of its own in this thread).
import { parentPort } from 'node:worker_threads';
import { testFeature } from '../core/drift/features.js';
import { detached, errorReply, type DriftWorkerReply, type DriftWorkerRequest } from './drift-worker-protocol.js';

const port = parentPort!;

// One request at a time, in the order posted.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: DriftWorkerRequest) => {
  queue = queue.then(async () => {
    let reply: DriftWorkerReply;
    const transfer: ArrayBuffer[] = [];
    try {
      if (request.kind === 'features') {
        const tested = request.features.map(({ reference, current }) => testFeature(reference, current, request.settings, request.also));
        reply = { id: request.id, kind: 'features', tested: detached(tested, transfer, true) };
      } else if (request.kind === 'champion') {
        const { runChampion } = await import('./evaluate/champion-run.js');
        reply = { id: request.id, kind: 'champion', outcome: detached(await runChampion(request.run), transfer, true) };
      } else {
        const { analyseDrift } = await import('../core/drift/analysis.js');
        reply = { id: request.id, kind: 'analysis', evaluation: detached(analyseDrift(request.input), transfer, true) };
      }
    } catch (error) {
      reply = errorReply(request.id, error);
    }
    port.postMessage(reply, transfer);
  });
});
