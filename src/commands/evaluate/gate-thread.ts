// The PR gate's second thread (issue 18): a model's drift analysis (pure, core/drift/analysis.ts; on the
// example the domain classifier's refitted permutations and the permutation nulls, a fifth of the gate) runs
// in a worker (gate-worker.ts, dist/gate-worker.js) as soon as the reference is read and predicted, while the
// main thread runs the model for latency, importance, robustness and the champion. The worker's bundle holds
// the drift analysis only (about 170 kB, not the 1.1 MB of schema validators), so it starts in about 35 ms,
// on the other core, while the main thread reads the data and loads onnxruntime.
//
// The report is the same either way: the worker runs the same function on a copy of the same input, and when it
// fails (its analysis throws, or the thread dies) the main thread runs the analysis itself, which then gives the
// result or throws the error the gate has without a worker.
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { analyseDrift, type DriftAnalysisInput } from '../../core/drift/analysis.js';
import type { DriftEvaluation } from '../../core/drift/report.js';
import { startWorkerThread } from '../worker-thread.js';

export interface GateThreadRequest {
  id: number;
  input: DriftAnalysisInput;
}

export type GateThreadReply = { id: number; evaluation: DriftEvaluation } | { id: number; failed: string };

/**
 * Rows (reference + current) above which a model's drift stays on the main thread: posting the tables copies
 * them (and a column that is a view copies the reader's whole block under it), which at a million rows costs
 * more memory than the gate's budget per row allows; the worker is for the PR gate's small samples.
 */
export const GATE_THREAD_MAX_ROWS = 100_000;

/**
 * Whether the gate starts its worker: when the 1-minute load average leaves a whole core idle beside the main
 * thread (cores minus the load minus the main thread's, rounded, as validate-workers.ts decides). The worker
 * takes about 0.1 s of CPU off the main thread and costs 0.06-0.09 s more in all (its start, and the drift
 * code warmed up in a second isolate); on the shared 2-core machine of issue 18, whose second core V8's
 * compiler and collector and other jobs already use, forcing it on changed the median wall clock by -50 to
 * +90 ms at loads of 1.3-4, so there it stays off. MODELOPS_GATE_THREADS=0 keeps everything on the main
 * thread, 1 starts the worker whatever the load.
 */
export function gateThreadWanted(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0]!): boolean {
  const forced = env['MODELOPS_GATE_THREADS'];
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced) > 0;
  return cores >= 2 && Math.round(cores - load - 1) >= 1;
}

export interface GateThread {
  /** Whether `input` goes to the worker (small enough to copy); otherwise the caller analyses it at its usual place. */
  takes(input: DriftAnalysisInput): boolean;
  /** The analysis of `input`: the worker's, or when the worker fails, this thread's (which may throw). */
  analyse(input: DriftAnalysisInput): Promise<DriftEvaluation>;
  /** Stops the worker (answers still pending are computed here). */
  close(): void;
  /** How many analyses the worker answered (the others were computed here). */
  answered(): number;
}

/** Starts the worker now, so that its start-up overlaps the main thread's reading and loading of the model. */
export function startGateThread(): GateThread {
  let worker: Worker | undefined = startWorkerThread('gate-worker', import.meta.url);
  const pending = new Map<number, { resolve: (evaluation: DriftEvaluation | undefined) => void }>();
  let ids = 0;
  let answered = 0;
  const abandon = () => {
    worker = undefined;
    for (const { resolve } of pending.values()) resolve(undefined);
    pending.clear();
  };
  worker.on('message', (reply: GateThreadReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker?.unref();
    waiting?.resolve('evaluation' in reply ? reply.evaluation : undefined);
  });
  worker.once('error', abandon);
  worker.once('exit', abandon);
  // an idle worker does not keep the process alive; one with an answer pending does (below)
  worker.unref();
  return {
    takes: (input) => input.reference.rowCount + input.current.rowCount <= GATE_THREAD_MAX_ROWS,
    async analyse(input) {
      let evaluation: DriftEvaluation | undefined;
      if (worker) {
        const id = ids++;
        const answered = new Promise<DriftEvaluation | undefined>((resolve) => pending.set(id, { resolve }));
        try {
          worker.postMessage({ id, input } satisfies GateThreadRequest);
          worker.ref();
          evaluation = await answered;
        } catch {
          pending.delete(id);
        }
      }
      if (evaluation) answered++;
      return evaluation ?? analyseDrift(input);
    },
    close() {
      const stopping = worker;
      abandon();
      void stopping?.terminate();
    },
    answered: () => answered,
  };
}
