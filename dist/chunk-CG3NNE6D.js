import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  startWorkerThread
} from "./chunk-AS33UUS6.js";
import {
  idleThreadsBeside,
  threadsOverride
} from "./chunk-WZ2YAYYJ.js";

// src/commands/validate-prestart.ts
import { availableParallelism, loadavg } from "node:os";
function idleWorkerThreads(env = process.env, cores = availableParallelism(), load = loadavg()[0]) {
  return threadsOverride(env, "MODELOPS_VALIDATE_THREADS") ?? idleThreadsBeside(cores, load);
}
function startValidationWorker() {
  return startWorkerThread("validate-worker", import.meta.url);
}
var prestarted = [];
var VALUE_OPTIONS = /* @__PURE__ */ new Set(["--repo", "--base", "--format", "--output", "--report-dir"]);
function validatesWholeRepository(argv) {
  if (argv[0] !== "validate") return false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help" || arg === "--") return false;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith("-")) return false;
  }
  return true;
}
function prestartValidationWorkers(argv, env = process.env, cores = availableParallelism(), load = loadavg()[0]) {
  if (!validatesWholeRepository(argv)) return 0;
  const count = idleWorkerThreads(env, cores, load);
  for (let i = 0; i < count; i++) {
    const entry = { worker: startValidationWorker() };
    entry.worker.unref();
    entry.worker.once("error", (error) => {
      entry.error = error;
    });
    entry.worker.once("exit", (code) => {
      entry.exited = code;
    });
    prestarted.push(entry);
  }
  return count;
}
function takePrestartedWorkers(count) {
  return prestarted.splice(0, count);
}
async function releasePrestartedWorkers() {
  const left = prestarted;
  prestarted = [];
  await Promise.all(left.map((p) => p.worker.terminate()));
}

export {
  idleWorkerThreads,
  startValidationWorker,
  prestartValidationWorkers,
  takePrestartedWorkers,
  releasePrestartedWorkers
};
