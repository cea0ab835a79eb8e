import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  parseYamlSource,
  pointerSegments
} from "./chunk-4QXUKUJV.js";

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

// src/commands/place-checks.ts
async function placeChecks(models, files) {
  for (const model of models) {
    if (model.gates.length === 0) continue;
    const bytes = await files.read(model.manifest).catch(() => void 0);
    const parsed = bytes === void 0 ? void 0 : parseYamlSource(bytes, model.manifest);
    if (parsed?.ok) placeGateChecks(model.gates, parsed.source);
  }
}

export {
  placeChecks
};
