import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  parseCsvPart
} from "./chunk-SLV62WMS.js";
import "./chunk-6HMGHRNK.js";
import "./chunk-WZ2YAYYJ.js";
import "./chunk-GOQ77XTK.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";

// src/io/data/csv-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port.once("message", (task) => {
  let reply;
  try {
    reply = { ok: true, ...parseCsvPart(task) };
  } catch (error) {
    reply = { ok: false, message: error.message };
  }
  const transfer = reply.ok ? reply.grown.filter((array) => array !== null).map((array) => array.buffer) : [];
  port.postMessage(reply, transfer);
});
port.postMessage({ type: "ready" });
