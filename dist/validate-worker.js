import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  validateMany
} from "./chunk-REZ5PE6N.js";
import "./chunk-QLNZO2SX.js";
import {
  modelJsonInReport
} from "./chunk-SWAFCXIJ.js";
import {
  RepoFiles,
  UsageError
} from "./chunk-W3QYHDUH.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-E4CGJMV3.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-B6MCNSVW.js";
import "./chunk-5KIHTRY7.js";
import "./chunk-6FVM2LXC.js";
import {
  openGit
} from "./chunk-AQPLGBBZ.js";
import {
  GitError
} from "./chunk-BMNONSFE.js";
import "./chunk-RFEL46WT.js";

// src/commands/validate-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/commands/validate-worker-protocol.ts
function errorReply(id, error) {
  const kind = error instanceof GitError ? "git" : error instanceof UsageError ? "usage" : "other";
  return { id, error: { kind, message: error instanceof Error ? error.message : String(error), ...error instanceof Error && error.stack ? { stack: error.stack } : {} } };
}
function toTransferred(v, manifests) {
  const named = v.nameAt !== void 0;
  if (manifests) return { result: v.result, named, ...v.manifest ? { manifest: v.manifest } : {} };
  const json = modelJsonInReport(v.result);
  const { checklist } = v.result;
  if (checklist === void 0) return { result: v.result, named, json };
  return { result: { ...v.result, checklist: void 0 }, named, json, checklistInJson: true };
}

// src/commands/validate-worker.ts
var setup = workerData;
var port = parentPort;
var ready = (async () => {
  const files = await RepoFiles.open(setup.repo);
  let gitContext;
  if (setup.git) {
    const { root, registered, base } = setup.git;
    gitContext = { git: await openGit(root), registered, ...base ? { base } : {} };
  }
  return { files, gitContext };
})();
var queue = Promise.resolve();
port.on("message", (request) => {
  queue = queue.then(async () => {
    let reply;
    try {
      const { files, gitContext } = await ready;
      const validated = await validateMany(request.paths, files, setup.policy, gitContext);
      reply = { id: request.id, results: validated.map((v) => toTransferred(v, setup.manifests)) };
    } catch (error) {
      reply = errorReply(request.id, error);
    }
    port.postMessage(reply);
  });
});
