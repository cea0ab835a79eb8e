// The PR gate's second thread (issue 18): a model's drift analysis (pure, core/drift/analysis.ts; on the
// example the domain classifier's refitted permutations and the permutation nulls, a fifth of the gate) runs
// in a drift worker (commands/drift-workers.ts, dist/drift-worker.js) as soon as the reference is read and
// predicted, while the main thread runs the model for latency, importance, robustness and the champion. The
// worker's bundle holds the drift code only (not the schema validators), so it starts in about 35 ms, on the
// other core, while the main thread reads the data and loads onnxruntime.
//
// The same worker runs the champion's model work (champion-run.ts: the production version's session, prediction
// and permutation importance, with onnxruntime loaded in the worker), posted as soon as the evaluation data is
// read, before the challenger's session is opened, so that both models run at once, one on each core.
//
// The report is the same either way: the worker runs the same function on a copy of the same input, and when it
// fails (its analysis or run throws, or the thread dies) the main thread runs it itself, which then gives the
// result or throws the error the gate has without a worker.
import { availableParallelism } from 'node:os';
import { analyseDrift, type DriftAnalysisInput } from '../../core/drift/analysis.js';
import type { DriftEvaluation } from '../../core/drift/report.js';
import { idleThreadsBeside, othersLoad, threadsOverride } from '../../io/cpu-load.js';
import { DriftWorkers } from '../drift-workers.js';
import { runChampion, type ChampionOutcome, type ChampionRun } from './champion-run.js';

/**
 * Rows (reference + current) above which a model's drift stays on the main thread: posting the tables copies
 * them (and a column that is a view copies the reader's whole block under it), which at a million rows costs
 * more memory than the gate's budget per row allows; the worker is for the PR gate's small samples.
 */
export const GATE_THREAD_MAX_ROWS = 100_000;

/**
 * Whether the gate starts its worker: when other processes' load (io/cpu-load.ts) leaves a whole core idle beside the main
 * thread (cores minus the load minus the main thread's, rounded, as validate-workers.ts decides). The worker
 * takes about 0.1 s of CPU off the main thread and costs 0.06-0.09 s more in all (its start, and the drift
 * code warmed up in a second isolate); on the shared 2-core machine of issue 18, whose second core V8's
 * compiler and collector and other jobs already use, forcing it on changed the median wall clock by -50 to
 * +90 ms at loads of 1.3-4, so there it stays off. MODELOPS_GATE_THREADS=0 keeps everything on the main
 * thread, 1 starts the worker whatever the load.
 */
export function gateThreadWanted(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = othersLoad()): boolean {
  const forced = threadsOverride(env, 'MODELOPS_GATE_THREADS');
  if (forced !== undefined) return forced > 0;
  return idleThreadsBeside(cores, load) >= 1;
}

export interface GateThread {
  /** Whether `input` goes to the worker (small enough to copy); otherwise the caller analyses it at its usual place. */
  takes(input: DriftAnalysisInput): boolean;
  /** Whether a champion run over a table of `rows` rows goes to the worker (small enough to copy). */
  takesRows(rows: number): boolean;
  /** runChampion(run): the worker's, or when the worker fails, this thread's (which may throw). */
  champion(run: ChampionRun): Promise<ChampionOutcome>;
  /** The analysis of `input`: the worker's, or when the worker fails, this thread's (which may throw). */
  analyse(input: DriftAnalysisInput): Promise<DriftEvaluation>;
  /** Stops the worker (answers still pending are computed here). */
  close(): void;
  /** How many analyses and champion runs the worker answered (the others were computed here). */
  answered(): number;
}

/** Starts the worker now, so that its start-up overlaps the main thread's reading and loading of the model. */
export function startGateThread(): GateThread {
  let pool: DriftWorkers | undefined = new DriftWorkers(1);
  let answered = 0;
  return {
    takes: (input) => input.reference.rowCount + input.current.rowCount <= GATE_THREAD_MAX_ROWS,
    takesRows: (rows) => rows <= GATE_THREAD_MAX_ROWS,
    async champion(run) {
      if (pool) {
        try {
          const outcome = await pool.championOnWorker(run);
          answered++;
          return outcome;
        } catch {
          // the worker's error (or its death): this thread's run gives the result or the error the gate has without a worker
        }
      }
      return runChampion(run);
    },
    async analyse(input) {
      if (pool) {
        try {
          const evaluation = await pool.analyseDriftOnWorker(input);
          answered++;
          return evaluation;
        } catch {
          // the worker's error (or its death): this thread's analysis gives the result or the error the gate has without a worker
        }
      }
      return analyseDrift(input);
    },
    close() {
      const stopping = pool;
      pool = undefined;
      void stopping?.close();
    },
    answered: () => answered,
  };
}
