// Worker-thread entry (bundled as dist/validate-worker.js): validates the batches of manifest paths the
// main thread posts (commands/validate-workers.ts) exactly as the main thread would, and posts the results.
// It may start with the process (validate-prestart.ts), before the repository is known: the setup comes first.
import { parentPort } from 'node:worker_threads';
import { openGit } from '../io/git/repo.js';
import { RepoFiles } from '../io/repo-files.js';
import { validateMany, type GitContext } from './validate-one.js';
import { errorReply, toTransferred, workerReplyTransfers, type WorkerMessage, type WorkerReply, type WorkerSetup } from './validate-worker-protocol.js';

const port = parentPort!;

let setUp: (setup: WorkerSetup) => void;
const ready = new Promise<WorkerSetup>((resolve) => {
  setUp = resolve;
}).then(async (setup) => {
  const files = await RepoFiles.open(setup.repo);
  let gitContext: GitContext | undefined;
  if (setup.git) {
    const { root, registered, base } = setup.git;
    gitContext = { git: await openGit(root), registered, ...(base ? { base } : {}) };
  }
  return { setup, files, gitContext };
});

// One batch at a time, in the order posted.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: WorkerMessage) => {
  if ('setup' in message) return setUp(message.setup);
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const { setup, files, gitContext } = await ready;
      const validated = await validateMany(message.paths, files, setup.policy, gitContext);
      reply = { id: message.id, results: validated.map((v) => toTransferred(v, setup.manifests)) };
    } catch (error) {
      reply = errorReply(message.id, error);
    }
    port.postMessage(reply, workerReplyTransfers(reply));
  });
});
