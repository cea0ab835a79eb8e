// The worker thread of a large CSV read (csv.ts readCsvTable, csv-worker.ts): whether to start one, and
// how. The main thread reads from the start of the file; once the worker has loaded, the rest of the file
// is split at a line feed and the worker parses the second part into shared memory (csv.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ColumnRequest } from '../../core/data/table.js';
import { CpuMeter, threadsOverride } from '../cpu-load.js';

/**
 * Below this size a worker's start-up (about 0.05 s of CPU bundled, more from the TypeScript sources)
 * saves too little: the main thread parses about 4 ns a byte, so 24 MB is about 0.1 s.
 */
export const PARALLEL_MIN_BYTES = 24 << 20;

/**
 * Worker threads for reading a CSV file of `fileBytes` bytes: 0 or 1 (the split is in two; the machines
 * this runs on have 2 cores). One when the file is large enough and the machine has a second core; the
 * worker then gets its part only if, measured while it loads (CpuMeter, 30-90 ms), the other processes
 * leave half a core idle: on a busy machine a worker takes CPU from the main thread rather than adding
 * any, and a worker that is not used costs its start (about 0.03 s of CPU, on the other core); the load
 * average cannot tell (io/cpu-load.ts). MODELOPS_READ_THREADS=N sets it without the measure (0: the main
 * thread only; more than 1 is taken as 1).
 */
export function csvReadThreads(fileBytes: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): { threads: number; measure: boolean } {
  const forced = threadsOverride(env, 'MODELOPS_READ_THREADS');
  if (forced !== undefined) return { threads: Math.min(forced, 1), measure: false };
  const threads = fileBytes >= PARALLEL_MIN_BYTES && cores >= 2 ? 1 : 0;
  return { threads, measure: threads > 0 };
}

/** Idle cores needed beside the main thread, measured while the worker starts, for the worker to get its part. */
export const MIN_IDLE_CORES = 0.5;


/** What the main thread posts once it has chosen the split: parse bytes [start, end of file) of `path`. */
export interface CsvPartTask {
  path: string;
  header: string[];
  columns: ColumnRequest[];
  start: number;
  /** One per requested column: Float64 (numeric) or Int32 (categorical) elements. */
  shared: SharedArrayBuffer[];
  /** The part's first row goes to this element of each shared buffer. */
  offset: number;
  /** Rows the shared buffers hold from `offset`; more rows go to arrays of the worker's own (`grown`). */
  capacity: number;
  /**
   * The worker is to be kept for jobs after the read (SpareThread): once it has answered, it warms up the code of
   * those jobs while the main thread joins the parts and predicts (csv-worker.ts).
   */
  warm?: boolean;
}

/** The worker's answer: `ok: false` for any error (the main thread then parses the part itself, so errors are the sequential ones). */
export type CsvPartReply =
  | { ok: true; rows: number; categories: (string[] | null)[]; grown: (Float64Array | Int32Array | null)[] }
  | { ok: false; message: string };

/** After its part, a worker handed on (SpareThread) takes jobs, answered in order: sort `length` float64 values at `byteOffset` of `values` in place. */
export interface SpareJob {
  job: 'sort';
  values: SharedArrayBuffer;
  byteOffset: number;
  length: number;
}

export type SpareReply = { type: 'done'; ok: true } | { type: 'done'; ok: false; message: string };

/**
 * The read's worker, kept once its part is joined (readCsvTable's `keepThread`) for the work that follows the
 * read on the second core: the metrics' sorts of the scores by class (commands/evaluate/metrics-thread.ts),
 * with the main thread's own code (core/stats/radix-sort.ts). It does not keep the process alive while idle;
 * the one it was handed to closes it.
 */
export interface SpareThread {
  /** Sorts `values`, a view of a SharedArrayBuffer, ascending in place (sortFloat64); rejects if the worker failed. */
  sort(values: Float64Array): Promise<void>;
  close(): void;
}

/**
 * The worker: csv-worker.js beside this module in dist/ (a flat bundle); from the TypeScript sources
 * (tests, benches run with tsx), a bootstrap that imports csv-worker.ts through tsx.
 */
export function startCsvWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./csv-worker.js', import.meta.url));
  const entry = JSON.stringify(new URL('./csv-worker.ts', import.meta.url).href);
  // tsx's ESM API (its exports map gives require() a build that fails in an eval'd worker).
  const bootstrap = `const { dirname, join } = require('node:path');
const tsx = dirname(require('node:module').createRequire(${JSON.stringify(import.meta.url)}).resolve('tsx/package.json'));
import(require('node:url').pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href).then(({ tsImport }) => tsImport(${entry}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(bootstrap, { eval: true });
}

/** A worker that may or may not get to parse a part: `ready` once it has loaded (false if it failed to). */
export class CsvPart {
  /** Started with the worker: what the rest of the machine leaves while it loads. */
  readonly meter = new CpuMeter();
  private worker: Worker | undefined;
  isReady = false;
  readonly ready: Promise<boolean>;
  private answer: ((reply: CsvPartReply) => void) | undefined;
  /** Answers to the spare thread's jobs, in the order they were posted. */
  private readonly pending: ((reply: SpareReply) => void)[] = [];
  private failed: { ok: false; message: string } | undefined;

  constructor() {
    let signal: (ready: boolean) => void = () => {};
    this.ready = new Promise((resolve) => (signal = resolve));
    const fail = (message: string) => {
      signal(false);
      this.failed ??= { ok: false, message };
      this.answer?.(this.failed);
      for (const answer of this.pending.splice(0)) answer({ type: 'done', ...this.failed });
    };
    try {
      // not unref()'d: the main thread may be waiting for nothing but its reply (readCsvInParts always stops it)
      const worker = startCsvWorker();
      worker.on('message', (message: { type: 'ready' } | SpareReply | CsvPartReply) => {
        if (!('type' in message)) this.answer?.(message);
        else if (message.type === 'done') this.pending.shift()?.(message);
        else {
          this.isReady = true;
          signal(true);
        }
      });
      worker.once('error', (error: Error) => fail(error.message));
      worker.once('exit', (code) => fail(`the CSV worker exited (code ${code})`));
      this.worker = worker;
    } catch (error) {
      fail((error as Error).message);
    }
  }

  /** Posts the task; resolves with the worker's reply. */
  run(task: CsvPartTask): Promise<CsvPartReply> {
    if (this.failed) return Promise.resolve(this.failed);
    return new Promise((resolve) => {
      this.answer = resolve;
      this.worker!.postMessage(task);
    });
  }

  /**
   * The worker, once its part is joined, as a SpareThread: unreferenced while idle, so the process exits
   * whether or not anyone closes it.
   */
  keep(): SpareThread {
    this.worker?.unref();
    const post = (job: SpareJob): Promise<void> =>
      new Promise((resolve, reject) => {
        const worker = this.worker;
        if (this.failed || worker === undefined) return reject(new Error(this.failed?.message ?? 'the CSV worker was stopped'));
        if (this.pending.length === 0) worker.ref(); // awaited: the reply must keep the process alive
        this.pending.push((reply) => {
          if (this.pending.length === 0) this.worker?.unref();
          if (reply.ok) resolve();
          else reject(new Error(reply.message));
        });
        worker.postMessage(job);
      });
    return {
      sort: async (values) => {
        if (!(values.buffer instanceof SharedArrayBuffer)) throw new TypeError('sort: the values must be a view of a SharedArrayBuffer');
        await post({ job: 'sort', values: values.buffer, byteOffset: values.byteOffset, length: values.length });
      },
      close: () => this.stop(),
    };
  }

  stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }
}
