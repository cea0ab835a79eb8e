import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  pointerSegments
} from "./chunk-AV2Z3ROV.js";

// src/core/report/positions.ts
function gatePointer(gate) {
  if (gate === "approvals") return "/stage";
  if (gate === "staleness") return "/monitoring/retraining";
  return `/gates/${gate}`;
}
function placeGateChecks(gates, source) {
  for (const gate of gates) {
    for (const check of gate.checks) {
      check.pointer ??= gatePointer(gate.gate);
      const segments = pointerSegments(check.pointer).map((s) => /^\d+$/.test(s) ? Number(s) : s);
      const at = source.locate(segments, typeof segments.at(-1) === "number" ? "value" : "key");
      check.line = at.line;
      check.column = at.column;
    }
  }
}

export {
  gatePointer,
  placeGateChecks
};
