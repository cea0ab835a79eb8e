// Worker-thread entry (bundled as dist/validate-worker.js): validates the batches of manifest paths the
// main thread posts (commands/validate-workers.ts) exactly as the main thread would, and posts the results.
import { parentPort, workerData } from 'node:worker_threads';
import { openGit } from '../io/git/repo.js';
import { RepoFiles } from '../io/repo-files.js';
import { validateMany, type GitContext } from './validate-one.js';
import { errorReply, toTransferred, type WorkerReply, type WorkerRequest, type WorkerSetup } from './validate-worker-protocol.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;

const ready = (async () => {
  const files = await RepoFiles.open(setup.repo);
  let gitContext: GitContext | undefined;
  if (setup.git) {
    const { root, registered, base } = setup.git;
    gitContext = { git: await openGit(root), registered, ...(base ? { base } : {}) };
  }
  return { files, gitContext };
})();

// One batch at a time, in the order posted.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const { files, gitContext } = await ready;
      const validated = await validateMany(request.paths, files, setup.policy, gitContext);
      reply = { id: request.id, results: validated.map((v) => toTransferred(v, setup.manifests)) };
    } catch (error) {
      reply = errorReply(request.id, error);
    }
    port.postMessage(reply);
  });
});
