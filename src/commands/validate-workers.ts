// Many manifests' validation spread over worker threads (commands/validate-worker.ts) and the main
// thread, which takes batches from the same queue; results come back in the order of the paths, so the
// report is the one a single thread writes.
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ModelResult } from '../core/report/model.js';
import { threadsOverride } from '../io/cpu-load.js';
import { GitError } from '../io/git/repo.js';
import { UsageError } from './errors.js';
import { rememberModelJson } from './report-files.js';
import type { Validated } from './validate-one.js';
import { idleWorkerThreads, releasePrestartedWorkers, startValidationWorker, takePrestartedWorkers, type Prestarted } from './validate-prestart.js';
import { toTransferred, type TransferredResult, type WorkerMessage, type WorkerReply, type WorkerSetup } from './validate-worker-protocol.js';

/** Below this many manifests a worker's start-up (compiling the validators again) costs more than it saves. */
export const WORKER_THRESHOLD = 64;
/** Manifests per message: large enough that messaging is noise, small enough to share the tail evenly. */
const BATCH = 16;
/** Batches each worker holds, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;

/** The worker's error again on the main thread, of the class the CLI distinguishes. */
function rethrown({ kind, message, stack }: { kind: string; message: string; stack?: string }): Error {
  const error = kind === 'git' ? new GitError(message) : kind === 'usage' ? new UsageError(message) : new Error(message);
  if (stack) error.stack = `${stack}\n    (in a validation worker thread)`;
  return error;
}

const utf8 = new TextDecoder();

/** A worker's result on the main thread: its report JSON remembered, its checklist parsed when first read. */
function arrived(transferred: TransferredResult): TransferredResult {
  const { result, json, checklistInJson } = transferred;
  if (json !== undefined) rememberModelJson(result, json);
  if (json !== undefined && checklistInJson) {
    let checklist: ModelResult['checklist'];
    let read = false;
    Object.defineProperty(result, 'checklist', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!read) checklist = (JSON.parse(utf8.decode(json)) as ModelResult).checklist;
        read = true;
        return checklist;
      },
      set: (value: ModelResult['checklist']) => {
        checklist = value;
        read = true;
      },
    });
  }
  return transferred;
}

/**
 * A result validated on the main thread when only the report is wanted, kept as a worker's arrives: its report
 * JSON as bytes, its checklist parsed from them only if read, no parsed source (`nameAt`) held. What stays on the
 * heap until the report is written is then small, and the rest dies young (validate.ts, validateOnWorkers).
 */
export const writtenAhead = (validated: Validated): TransferredResult => arrived(toTransferred(validated, false));

/**
 * Worker threads for `count` manifests: none at WORKER_THRESHOLD or fewer, else one per core that is idle
 * (cores minus the 1-minute load average minus the main thread's, rounded), at most one per batch beside the
 * main thread's. A worker costs about 0.1 s of CPU to start and its own warm-up (each thread compiles and
 * optimises the parser and validators again), so on a machine with no idle core it takes CPU from the main
 * thread rather than adding any (README, Performance). MODELOPS_VALIDATE_THREADS=N sets it (0: main thread only).
 */
export function workerThreadsFor(count: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0]!): number {
  const batches = Math.ceil(count / BATCH);
  const forced = threadsOverride(env, 'MODELOPS_VALIDATE_THREADS');
  if (forced !== undefined) return Math.min(forced, batches);
  if (count <= WORKER_THRESHOLD) return 0;
  return Math.min(idleWorkerThreads(env, cores, load), batches - 1);
}

/**
 * Validates `paths` on `threads` workers and, between its own other work, the main thread
 * (`validateHere`); results in the order of `paths`. A worker that fails fails the whole run.
 */
export async function validateOnWorkers(
  paths: readonly string[],
  setup: WorkerSetup,
  threads: number,
  validateHere: (paths: string[]) => Promise<Validated[]>,
): Promise<(Validated | TransferredResult)[]> {
  const results = new Array<Validated | TransferredResult>(paths.length);
  let next = 0;
  // Near the end batches shrink (a share of what is left per batch any thread may hold), so that no thread is
  // left validating a whole batch, or two, while the others wait for it (the report is written after the last).
  const holders = (threads + 1) * IN_FLIGHT;
  const take = (): { start: number; paths: string[] } | undefined => {
    if (next >= paths.length) return undefined;
    const start = next;
    next = Math.min(paths.length, next + Math.min(BATCH, Math.ceil((paths.length - next) / holders)));
    return { start, paths: paths.slice(start, next) };
  };
  const workers: Worker[] = [];
  // Workers started with the process (validate-prestart.ts) have loaded their bundle by now; the others start here.
  const ahead = takePrestartedWorkers(threads);
  const released = releasePrestartedWorkers(); // any beyond `threads`
  const runWorker = (started: Prestarted | undefined) =>
    new Promise<void>((resolve, reject) => {
      const worker = started?.worker ?? startValidationWorker();
      workers.push(worker);
      if (started?.error) return reject(started.error);
      if (started?.exited !== undefined) return reject(new Error(`validation worker exited (code ${started.exited}) before it was given manifests`));
      worker.ref();
      worker.postMessage({ setup } satisfies WorkerMessage);
      const pending = new Map<number, number>(); // batch id -> start index
      let ids = 0;
      const feed = () => {
        while (pending.size < IN_FLIGHT) {
          const batch = take();
          if (!batch) break;
          const id = ids++;
          pending.set(id, batch.start);
          worker.postMessage({ id, paths: batch.paths } satisfies WorkerMessage);
        }
        if (pending.size === 0) void worker.terminate().then(() => resolve(), reject);
      };
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return reject(rethrown(reply.error));
        const start = pending.get(reply.id)!;
        pending.delete(reply.id);
        reply.results.forEach((r, i) => {
          results[start + i] = arrived(r);
        });
        feed();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (pending.size > 0) reject(new Error(`validation worker exited (code ${code}) with ${pending.size} batches unanswered`));
      });
      feed();
    });
  const runHere = async () => {
    for (let batch = take(); batch; batch = take()) {
      const done = await validateHere(batch.paths);
      done.forEach((v, i) => {
        // Its report JSON now, as a worker writes its own: the queue then shares that work too, not only the validation.
        results[batch.start + i] = setup.manifests ? v : writtenAhead(v);
      });
      // Let the workers' replies in, so they are fed before the next batch here.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([runHere(), ...Array.from({ length: threads }, (_, i) => runWorker(ahead[i]))]);
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  } finally {
    await released;
  }
  return results;
}
