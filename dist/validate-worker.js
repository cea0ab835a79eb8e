import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  validateMany
} from "./chunk-4XVS4YMY.js";
import "./chunk-BPJDMZHB.js";
import {
  openGit
} from "./chunk-AQPLGBBZ.js";
import {
  modelJsonInReport
} from "./chunk-SWAFCXIJ.js";
import {
  RepoFiles,
  UsageError
} from "./chunk-VEFIVDER.js";
import "./chunk-WWS7NVO2.js";
import "./chunk-V5DKCSUO.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-B3JWC5PF.js";
import "./chunk-LURRIIGD.js";
import "./chunk-ZCQZ4SQA.js";
import {
  GitError
} from "./chunk-BMNONSFE.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";

// src/commands/validate-worker.ts
import { parentPort } from "node:worker_threads";

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
var port = parentPort;
var setUp;
var ready = new Promise((resolve) => {
  setUp = resolve;
}).then(async (setup) => {
  const files = await RepoFiles.open(setup.repo);
  let gitContext;
  if (setup.git) {
    const { root, registered, base } = setup.git;
    gitContext = { git: await openGit(root), registered, ...base ? { base } : {} };
  }
  return { setup, files, gitContext };
});
var queue = Promise.resolve();
port.on("message", (message) => {
  if ("setup" in message) return setUp(message.setup);
  queue = queue.then(async () => {
    let reply;
    try {
      const { setup, files, gitContext } = await ready;
      const validated = await validateMany(message.paths, files, setup.policy, gitContext);
      reply = { id: message.id, results: validated.map((v) => toTransferred(v, setup.manifests)) };
    } catch (error) {
      reply = errorReply(message.id, error);
    }
    port.postMessage(reply);
  });
});
