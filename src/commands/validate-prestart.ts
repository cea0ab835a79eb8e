// Validation workers started with the process (bin.ts), before the CLI's bundle is compiled and the
// repository listed, so a worker has loaded its own bundle by the time there are manifests to give it
// (commands/validate-workers.ts takes them). Only small modules of node: imports here: this module is evaluated first.
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { idleThreadsBeside, threadsOverride } from '../io/cpu-load.js';
import { startWorkerThread } from './worker-thread.js';

/**
 * Worker threads the idle cores allow beside the main thread: cores minus the 1-minute load average minus
 * the main thread's, rounded, at most one less than the cores; `forced` (MODELOPS_VALIDATE_THREADS) instead when set.
 */
export function idleWorkerThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0]!): number {
  return threadsOverride(env, 'MODELOPS_VALIDATE_THREADS') ?? idleThreadsBeside(cores, load);
}

/**
 * A validation worker: dist/validate-worker.js beside this module in dist/ (a flat bundle); from the
 * TypeScript source (tests, tsx), a bootstrap that imports validate-worker.ts through tsx. It waits for
 * its setup message (validate-worker-protocol.ts) before it reads anything.
 */
export function startValidationWorker(): Worker {
  return startWorkerThread('validate-worker', import.meta.url);
}

/** A worker started ahead, and what happened to it while nobody listened. */
export interface Prestarted {
  worker: Worker;
  /** Its error, if it failed before it was taken (e.g. its bundle did not load). */
  error?: Error;
  /** Its exit code, if it exited before it was taken. */
  exited?: number;
}

let prestarted: Prestarted[] = [];

/** Options of `modelops validate` that take a value: what follows them is not a manifest. */
const VALUE_OPTIONS = new Set(['--repo', '--base', '--format', '--output', '--report-dir']);

/**
 * Whether `argv` (without node and the script) validates the whole repository: `validate` with no
 * manifests named (those are few) and no help. Only then can there be enough manifests for workers.
 */
export function validatesWholeRepository(argv: readonly string[]): boolean {
  if (argv[0] !== 'validate') return false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help' || arg === '--') return false;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return false;
  }
  return true;
}

/**
 * Starts the workers `modelops validate` of the whole repository would use on the idle cores, before
 * anything else runs; they wait, unreferenced (a run that does not take them still exits), for
 * validate-workers.ts to take them or for releasePrestartedWorkers. Returns how many it started.
 */
export function prestartValidationWorkers(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0]!): number {
  if (!validatesWholeRepository(argv)) return 0;
  const count = idleWorkerThreads(env, cores, load);
  for (let i = 0; i < count; i++) {
    const entry: Prestarted = { worker: startValidationWorker() };
    entry.worker.unref();
    entry.worker.once('error', (error) => {
      entry.error = error;
    });
    entry.worker.once('exit', (code) => {
      entry.exited = code;
    });
    prestarted.push(entry);
  }
  return count;
}

/** Up to `count` of the workers started ahead, for the caller to set up and reference; the rest stay. */
export function takePrestartedWorkers(count: number): Prestarted[] {
  return prestarted.splice(0, count);
}

/** Stops the workers started ahead that nobody took (too few manifests, or the run needs none). */
export async function releasePrestartedWorkers(): Promise<void> {
  const left = prestarted;
  prestarted = [];
  await Promise.all(left.map((p) => p.worker.terminate()));
}
