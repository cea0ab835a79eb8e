import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  buildReport,
  readPolicy
} from "./chunk-WNLFKUOI.js";
import {
  forgetModelJson,
  rememberModelJson
} from "./chunk-TBTLP5GZ.js";
import {
  selectManifests
} from "./chunk-VX5LFMT5.js";
import {
  idleWorkerThreads,
  releasePrestartedWorkers,
  startValidationWorker,
  takePrestartedWorkers
} from "./chunk-CG3NNE6D.js";
import {
  repoFinding,
  validateMany
} from "./chunk-4XVS4YMY.js";
import {
  openGit
} from "./chunk-AQPLGBBZ.js";
import {
  modelJsonInReport
} from "./chunk-SWAFCXIJ.js";
import {
  RepoFiles,
  UsageError,
  require_picomatch
} from "./chunk-VEFIVDER.js";
import {
  threadsOverride
} from "./chunk-WZ2YAYYJ.js";
import {
  TOOL_VERSION
} from "./chunk-CH33ZC5A.js";
import {
  registeredVersions
} from "./chunk-ZCQZ4SQA.js";
import {
  GitError
} from "./chunk-BMNONSFE.js";
import {
  parseYamlSource,
  verdictOfFindings
} from "./chunk-RU6PGEHT.js";
import {
  __toESM
} from "./chunk-RFEL46WT.js";

// src/commands/validate.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/commands/validate-workers.ts
import { availableParallelism, loadavg } from "node:os";
var WORKER_THRESHOLD = 64;
var BATCH = 16;
var IN_FLIGHT = 2;
function rethrown({ kind, message, stack }) {
  const error = kind === "git" ? new GitError(message) : kind === "usage" ? new UsageError(message) : new Error(message);
  if (stack) error.stack = `${stack}
    (in a validation worker thread)`;
  return error;
}
function arrived(transferred) {
  const { result, json, checklistInJson } = transferred;
  if (json !== void 0) rememberModelJson(result, json);
  if (json !== void 0 && checklistInJson) {
    let checklist;
    let read = false;
    Object.defineProperty(result, "checklist", {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!read) checklist = JSON.parse(json).checklist;
        read = true;
        return checklist;
      },
      set: (value) => {
        checklist = value;
        read = true;
      }
    });
  }
  return transferred;
}
function workerThreadsFor(count, env = process.env, cores = availableParallelism(), load = loadavg()[0]) {
  const batches = Math.ceil(count / BATCH);
  const forced = threadsOverride(env, "MODELOPS_VALIDATE_THREADS");
  if (forced !== void 0) return Math.min(forced, batches);
  if (count <= WORKER_THRESHOLD) return 0;
  return Math.min(idleWorkerThreads(env, cores, load), batches - 1);
}
async function validateOnWorkers(paths, setup, threads, validateHere) {
  const results = new Array(paths.length);
  let next = 0;
  const take = () => {
    if (next >= paths.length) return void 0;
    const start = next;
    next = Math.min(paths.length, next + BATCH);
    return { start, paths: paths.slice(start, next) };
  };
  const workers = [];
  const ahead = takePrestartedWorkers(threads);
  const released = releasePrestartedWorkers();
  const runWorker = (started) => new Promise((resolve, reject) => {
    const worker = started?.worker ?? startValidationWorker();
    workers.push(worker);
    if (started?.error) return reject(started.error);
    if (started?.exited !== void 0) return reject(new Error(`validation worker exited (code ${started.exited}) before it was given manifests`));
    worker.ref();
    worker.postMessage({ setup });
    const pending = /* @__PURE__ */ new Map();
    let ids = 0;
    const feed = () => {
      while (pending.size < IN_FLIGHT) {
        const batch = take();
        if (!batch) break;
        const id = ids++;
        pending.set(id, batch.start);
        worker.postMessage({ id, paths: batch.paths });
      }
      if (pending.size === 0) void worker.terminate().then(() => resolve(), reject);
    };
    worker.on("message", (reply) => {
      if ("error" in reply) return reject(rethrown(reply.error));
      const start = pending.get(reply.id);
      pending.delete(reply.id);
      reply.results.forEach((r, i) => {
        results[start + i] = arrived(r);
      });
      feed();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (pending.size > 0) reject(new Error(`validation worker exited (code ${code}) with ${pending.size} batches unanswered`));
    });
    feed();
  });
  const runHere = async () => {
    for (let batch = take(); batch; batch = take()) {
      const done = await validateHere(batch.paths);
      done.forEach((v, i) => {
        if (!setup.manifests) rememberModelJson(v.result, modelJsonInReport(v.result));
        results[batch.start + i] = v;
      });
      await new Promise((resolve) => setImmediate(resolve));
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

// src/commands/validate.ts
async function openGitContext(root, baseRef) {
  let git;
  try {
    git = await openGit(root);
  } catch (error) {
    if (baseRef !== void 0) throw new UsageError(error.message);
    return void 0;
  }
  const registered = registeredVersions(await git.tags());
  if (baseRef === void 0) return { git, registered };
  try {
    return { git, registered, base: { ref: baseRef, commit: await git.resolveCommit(baseRef) } };
  } catch (error) {
    throw new UsageError(error instanceof GitError ? error.message : String(error));
  }
}
async function nameAtOf(files, path) {
  const bytes = await files.read(path);
  const parsed = bytes === void 0 ? void 0 : parseYamlSource(bytes, path);
  return parsed?.ok ? parsed.source.locate(["metadata", "name"]) : void 0;
}
async function markDuplicateNames(validated, files) {
  const named = (v) => "named" in v ? v.named : v.nameAt !== void 0;
  const byName = /* @__PURE__ */ new Map();
  for (const v of validated) if (named(v)) byName.set(v.result.name, [...byName.get(v.result.name) ?? [], v]);
  for (const [name, same] of byName) {
    if (same.length < 2) continue;
    for (const v of same) {
      const { result } = v;
      const others = same.filter((o) => o.result !== result).map((o) => o.result.manifest);
      const at = "named" in v ? await nameAtOf(files, result.manifest) : v.nameAt?.();
      result.findings.push(
        repoFinding("duplicate-name", `model name '${name}' is also used by ${others.join(", ")}`, { file: result.manifest, ...at, pointer: "/metadata/name" })
      );
      result.verdict = verdictOfFindings(result.findings);
      forgetModelJson(result);
    }
  }
}
async function removedManifests(git, base, policy, current) {
  const isManifest = (0, import_picomatch.default)(policy.manifests, { dot: false });
  const now = new Set(current);
  return (await git.listFiles(base)).filter((path) => isManifest(path) && !now.has(path)).map((path) => ({
    severity: "warning",
    category: "policy",
    code: "manifest-removed",
    message: `${path} existed at the base and is removed`,
    file: path,
    hint: "set stage: archived instead, so the registry and the audit trail keep the model"
  }));
}
async function validate(options) {
  return (await validateRepository(options, "validate", { manifests: false })).report;
}
async function validateRepository(options, command = "validate", want = { manifests: true }) {
  let files;
  try {
    files = await RepoFiles.open(options.repo);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const gitOpening = openGitContext(files.realRoot, options.base);
  gitOpening.catch(() => void 0);
  const { policy, findings } = await readPolicy(files);
  const gitContext = await gitOpening;
  const everyManifest = () => files.findManifests(policy.manifests);
  const paths = options.paths && options.paths.length > 0 ? await selectManifests(options.paths, { files, ...options.from ? { from: options.from } : {}, manifests: everyManifest }) : await everyManifest();
  if (paths.length === 0) {
    findings.push(repoFinding("no-manifests", `no manifests found in the repository (looked for ${policy.manifests.join(", ")})`, { hint: "check --repo / working-directory, or the manifests globs in modelops.yaml" }));
  }
  const removing = gitContext?.base && !(options.paths && options.paths.length > 0) ? removedManifests(gitContext.git, gitContext.base.commit, policy, paths) : void 0;
  removing?.catch(() => void 0);
  const threads = workerThreadsFor(paths.length);
  const here = (batch) => validateMany(batch, files, policy, gitContext);
  const released = threads === 0 ? releasePrestartedWorkers() : void 0;
  const validated = threads === 0 ? await here(paths) : await validateOnWorkers(paths, { repo: options.repo, policy, manifests: want.manifests, ...gitContext ? { git: { root: files.realRoot, registered: gitContext.registered, ...gitContext.base ? { base: gitContext.base } : {} } } : {} }, threads, here);
  await released;
  await markDuplicateNames(validated, files);
  const models = validated.map((v) => v.result);
  if (removing) findings.push(...await removing);
  const manifests = new Map(want.manifests ? validated.flatMap((v) => v.manifest ? [[v.result.manifest, v.manifest]] : []) : []);
  const report = buildReport({
    now: options.now ?? /* @__PURE__ */ new Date(),
    command,
    toolVersion: TOOL_VERSION,
    root: options.repo,
    ...gitContext?.base ? { base: gitContext.base } : {},
    findings,
    models
  });
  return { report, files, policy, manifests, ...gitContext ? { git: gitContext.git } : {} };
}

export {
  validate,
  validateRepository
};
