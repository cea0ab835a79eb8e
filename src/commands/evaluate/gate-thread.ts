// The PR gate's second thread (issue 18): a model's drift analysis (pure, core/drift/analysis.ts; on the
// example the domain classifier's refitted permutations and the permutation nulls, a fifth of the gate) runs
// in a drift worker (commands/drift-workers.ts, dist/drift-worker.js) as soon as the reference is read and
// predicted, while the main thread runs the model for latency, importance, robustness and the champion. The
// worker's bundle holds the drift code only (not the schema validators), so it starts in about 35 ms, on the
// other core, while the main thread reads the data and loads onnxruntime.
//
// Asked for (MODELOPS_GATE_THREADS=2), a second worker runs the champion's model work (champion-run.ts: the production version's
// session, prediction and permutation importance, with onnxruntime loaded in the worker), posted as soon as the
// evaluation data is read, before the challenger's session is opened, so that both models run at once.
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
 * How many workers the gate starts (0-2): one per core that other processes' load (io/cpu-load.ts) leaves idle
 * beside the main thread (cores minus the load minus the main thread's, rounded, as validate-workers.ts
/**
 * How many workers the gate starts (0-2). The first analyses drift, when other processes' load (io/cpu-load.ts)
 * leaves a whole core idle beside the main thread (cores minus the load minus the main thread's, rounded, as
 * validate-workers.ts decides): it takes about 0.1 s of CPU off the main thread and costs 0.06-0.09 s more in all
 * (its start, and the drift code warmed up in a second isolate); on the shared 2-core machine of issue 18, whose
 * second core V8's compiler and collector and other jobs already use, forcing it on changed the median wall clock
 * by -50 to +90 ms at loads of 1.3-4, so there it stays off. The second runs the champion's model
 * (champion-run.ts) beside the drift analysis, only when MODELOPS_GATE_THREADS=2 asks for it: on the 2-core
 * machine it saved the main thread the champion's 32-35 ms but took the worker 75-80 ms (onnxruntime loaded in
 * the worker 12-31 ms, v1's session 13-27 ms against 4 ms, the importance 60-150 ms against about 30 ms in the
 * warm main thread), and with both cores busy the main thread's own work slowed by as much: the wall clock the
 * same or 20 ms more, 80-110 ms more CPU, on the one worker, alone or queued before drift, or on a second
 * (README, PR gate); machines with more idle cores were not measured. MODELOPS_GATE_THREADS=N sets the count
 * whatever the load (0 keeps everything on the main thread, 1 the drift worker, 2 both).
 */
export function gateThreadsWanted(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = othersLoad()): number {
  const forced = threadsOverride(env, 'MODELOPS_GATE_THREADS');
  if (forced !== undefined) return Math.min(forced, 2);
  return Math.min(idleThreadsBeside(cores, load), 1);
}

export interface GateThread {
  /** Whether drift analyses go to a worker (the caller makes their input early, then). */
  readonly drift: boolean;
  /** Whether `input` goes to the worker (small enough to copy); otherwise the caller analyses it at its usual place. */
  takes(input: DriftAnalysisInput): boolean;
  /** Whether a champion run over a table of `rows` rows goes to a worker (there is a champion worker, and the table is small enough to copy). */
  takesRows(rows: number): boolean;
  /** runChampion(run): the worker's, or when the worker fails, this thread's (which may throw). */
  champion(run: ChampionRun): Promise<ChampionOutcome>;
  /** The analysis of `input`: the worker's, or when the worker fails, this thread's (which may throw). */
  analyse(input: DriftAnalysisInput): Promise<DriftEvaluation>;
  /** Stops the workers (answers still pending are computed here). */
  close(): void;
  /** How many analyses and champion runs the workers answered (the others were computed here). */
  answered(): number;
}

/**
 * Starts the workers now, so that their start-up overlaps the main thread's reading and loading of the model: one
 * for drift analyses (`drift`), one for champions' runs (`champion`), each in its own thread.
 */
export function startGateThread(workers: { drift: boolean; champion: boolean } = { drift: true, champion: true }): GateThread {
  let driftPool: DriftWorkers | undefined = workers.drift ? new DriftWorkers(1) : undefined;
  let championPool: DriftWorkers | undefined = workers.champion ? new DriftWorkers(1) : undefined;
  let answered = 0;
  /** `work` on the worker of `pool`, or when there is none or it fails, `here()` on this thread. */
  const onWorker = async <T>(pool: DriftWorkers | undefined, work: (pool: DriftWorkers) => Promise<T>, here: () => T | Promise<T>): Promise<T> => {
    if (pool) {
      try {
        const result = await work(pool);
        answered++;
        return result;
      } catch {
        // the worker's error (or its death): this thread gives the result or the error the gate has without a worker
      }
    }
    return here();
  };
  return {
    drift: workers.drift,
    takes: (input) => input.reference.rowCount + input.current.rowCount <= GATE_THREAD_MAX_ROWS,
    takesRows: (rows) => workers.champion && rows <= GATE_THREAD_MAX_ROWS,
    champion: (run) => onWorker(championPool, (pool) => pool.championOnWorker(run), () => runChampion(run)),
    analyse: (input) => onWorker(driftPool, (pool) => pool.analyseDriftOnWorker(input), () => analyseDrift(input)),
    close() {
      const stopping = [driftPool, championPool];
      driftPool = undefined;
      championPool = undefined;
      for (const pool of stopping) void pool?.close();
    },
    answered: () => answered,
  };
}
