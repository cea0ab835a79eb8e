import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  detached,
  errorReply
} from "./chunk-QU7YDUXK.js";
import {
  testFeature
} from "./chunk-AOKYJ2QT.js";
import "./chunk-LURRIIGD.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-RFEL46WT.js";

// src/commands/drift-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
var queue = Promise.resolve();
port.on("message", (request) => {
  queue = queue.then(async () => {
    let reply;
    const transfer = [];
    try {
      if (request.kind === "features") {
        const tested = request.features.map(({ reference, current }) => testFeature(reference, current, request.settings, request.also));
        reply = { id: request.id, kind: "features", tested: detached(tested, transfer, true) };
      } else {
        const { analyseDrift } = await import("./analysis-PVKUOIVR.js");
        reply = { id: request.id, kind: "analysis", evaluation: detached(analyseDrift(request.input), transfer, true) };
      }
    } catch (error) {
      reply = errorReply(request.id, error);
    }
    port.postMessage(reply, transfer);
  });
});
