// Drift's per-feature work spread over worker threads (commands/drift-worker.ts) and the main thread. Each
// feature is independent (its sort, its tests, its permutation nulls, seeded by the column's name), so a
// feature tested on a worker gives the result the main thread gives, bit for bit; the dataset's decision (the
// correction, the drift share) is then taken on the main thread over the results in the features' order.
// The pool can also run a whole analysis (analyseDrift) on a worker, e.g. while the main thread runs a model, and
// the PR gate's champion run (evaluate/champion-run.ts), with a session of the worker's own.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Column } from '../core/data/table.js';
import { analyseDrift, featureSides, testFeature, type DriftAnalysisInput, type TestedFeature } from '../core/drift/analysis.js';
import { checkDriftSettings, type DriftSettings } from '../core/drift/dataset.js';
import { prepareColumn } from '../core/drift/samples.js';
import type { DriftEvaluation } from '../core/drift/report.js';
import type { ChampionOutcome, ChampionRun } from './evaluate/champion-run.js';
import { detached, type DriftWorkerReply, type DriftWorkerRequest } from './drift-worker-protocol.js';
import { idleThreadsBeside, othersLoad, threadsOverride } from '../io/cpu-load.js';
import { startWorkerThread } from './worker-thread.js';

/**
 * Below this many values (rows of both sides times numeric features) a worker's start-up and the copies of its
 * columns cost more than it saves: a worker starts in about 30 ms of CPU (bundled) and a million values take
 * about 50 ms to test (README, Performance).
 */
export const DRIFT_WORKER_MIN_VALUES = 2_000_000;
/**
 * Requests each worker holds (one feature each, so the tail is shared evenly; a feature of a million rows a side
 * is ~0.1 s of work): two, so a worker never waits while the main thread is busy with a feature of its own.
 */
const IN_FLIGHT = 2;

/**
 * Worker threads for drift of `values` values (rows of both sides times features) over `features` features: none
 * below DRIFT_WORKER_MIN_VALUES or for one feature, else one per core left idle by other processes beside the main
 * thread (cores minus their load minus one, rounded), at most one per feature beside the main thread's.
 * MODELOPS_DRIFT_THREADS=N sets it (0: the main thread only).
 */
export function driftThreadsFor(values: number, features: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = othersLoad()): number {
  const forced = threadsOverride(env, 'MODELOPS_DRIFT_THREADS');
  if (forced !== undefined) return Math.min(forced, Math.max(0, features - 1));
  if (values < DRIFT_WORKER_MIN_VALUES || features < 2) return 0;
  return Math.min(idleThreadsBeside(cores, load), features - 1);
}

/** The worker: dist/drift-worker.js beside this module in dist/; from the TypeScript source (tests, tsx), through tsx. */
const startWorker = (): Worker => startWorkerThread('drift-worker', import.meta.url);

type Answer = Exclude<DriftWorkerReply, { error: unknown }>;
type Pending = { resolve: (reply: Answer) => void; reject: (error: Error) => void };

/** The worker's error again on the main thread, of its class (a RangeError is the caller's settings or columns). */
function rethrown({ kind, message, stack }: { kind: string; message: string; stack?: string }): Error {
  const error = kind === 'range' ? new RangeError(message) : new Error(message);
  if (stack) error.stack = `${stack}\n    (in a drift worker thread)`;
  return error;
}

class DriftWorker {
  private readonly worker = startWorker();
  private readonly pending = new Map<number, Pending>();
  private ids = 0;
  private failure: Error | undefined;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: DriftWorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ('error' in reply) waiting.reject(rethrown(reply.error));
      else waiting.resolve(reply);
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`drift worker exited (code ${code})`)));
  }

  /** Posts a request (its typed arrays copied and transferred) and waits for the reply. */
  request(body: DistributiveOmit<DriftWorkerRequest, 'id'>): Promise<Answer> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.ids++;
    const transfer: ArrayBuffer[] = [];
    const message = { ...detached(body, transfer), id } as DriftWorkerRequest;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(message, transfer);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Drift worker threads, started when made (so they start while the caller reads its data); idle workers do not
 * keep the process alive. `close()` ends them. With 0 threads everything runs on the main thread.
 */
export class DriftWorkers {
  private readonly workers: DriftWorker[];

  constructor(threads: number) {
    this.workers = Array.from({ length: threads }, () => new DriftWorker());
  }

  get threads(): number {
    return this.workers.length;
  }

  /**
   * testFeature on each pair, under `settings`, on the workers and the main thread (which takes features from
   * the same queue); the results in the order of `pairs`, as analyseDrift's `tested`. The settings are checked
   * first, on the main thread, as datasetDrift checks them. `alsoUnder`: each prepared column is tested under
   * these settings too (TestedFeature.also).
   */
  async testFeatures(pairs: readonly { reference: Column; current: Column }[], settings: DriftSettings = {}, alsoUnder: readonly DriftSettings[] = []): Promise<TestedFeature[]> {
    checkDriftSettings(settings);
    for (const other of alsoUnder) checkDriftSettings(other);
    const results = new Array<TestedFeature>(pairs.length);
    let next = 0;
    const take = (): number | undefined => (next < pairs.length ? next++ : undefined);
    const onWorker = async (worker: DriftWorker): Promise<void> => {
      for (let index = take(); index !== undefined; index = take()) {
        const reply = await worker.request({ kind: 'features', features: [pairs[index]!], settings, also: [...alsoUnder] });
        if (reply.kind !== 'features') throw new Error(`drift worker: a ${reply.kind} reply to a features request`);
        results[index] = reply.tested[0]!;
      }
    };
    const here = async (): Promise<void> => {
      for (let index = take(); index !== undefined; index = take()) {
        results[index] = testFeature(pairs[index]!.reference, pairs[index]!.current, settings, alsoUnder);
        // let the workers' replies in, so each is fed its next feature before this thread takes another
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    // the workers' first requests go out before the main thread starts on a feature of its own
    const running = this.workers.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => onWorker(worker)));
    running.push(here());
    await Promise.all(running);
    return results;
  }

  /** The features of `input` tested on the workers and the main thread, then analyseDrift on the main thread: the same evaluation as analyseDrift(input). */
  async analyseDrift(input: DriftAnalysisInput): Promise<DriftEvaluation> {
    if (this.workers.length === 0 || input.tested) return analyseDrift(input);
    // analyseDrift's errors about the columns and the settings, in its order, before any work
    const pairs = input.features.map((f) => featureSides(input, f.name));
    try {
      checkDriftSettings(input.settings ?? {});
    } catch (error) {
      // one thread prepares every column before it reads the settings: a column's error (e.g. its codes) comes first
      for (const { reference, current } of pairs) prepareColumn(reference, current);
      throw error;
    }
    const tested = await this.testFeatures(pairs, input.settings ?? {});
    return analyseDrift({ ...input, tested });
  }

  /** analyseDrift(input) as a whole on one worker (e.g. while the main thread runs a model); on the main thread without workers. */
  async analyseDriftOnWorker(input: DriftAnalysisInput): Promise<DriftEvaluation> {
    const worker = this.workers[0];
    if (!worker) return analyseDrift(input);
    const reply = await worker.request({ kind: 'analysis', input });
    if (reply.kind !== 'analysis') throw new Error(`drift worker: a ${reply.kind} reply to an analysis request`);
    return reply.evaluation;
  }

  /** runChampion(run) on one worker (while the main thread runs the challenger); on the main thread without workers. */
  async championOnWorker(run: ChampionRun): Promise<ChampionOutcome> {
    const worker = this.workers[0];
    if (!worker) return (await import('./evaluate/champion-run.js')).runChampion(run);
    const reply = await worker.request({ kind: 'champion', run });
    if (reply.kind !== 'champion') throw new Error(`drift worker: a ${reply.kind} reply to a champion request`);
    return reply.outcome;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The drift analysis of `input` with the features spread over worker threads when it pays (driftThreadsFor), else analyseDrift as it is. */
export async function analyseDriftSpread(input: DriftAnalysisInput, env: NodeJS.ProcessEnv = process.env): Promise<DriftEvaluation> {
  const numeric = input.features.length;
  const threads = driftThreadsFor((input.reference.rowCount + input.current.rowCount) * numeric, numeric, env);
  if (threads === 0) return analyseDrift(input);
  const pool = new DriftWorkers(threads);
  try {
    return await pool.analyseDrift(input);
  } finally {
    await pool.close();
  }
}
