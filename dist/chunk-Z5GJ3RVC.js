import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/core/manifest.ts
var STAGES = ["development", "staging", "production", "archived"];
var TASKS = ["binary-classification", "multiclass-classification", "regression"];
function contentOf(manifest) {
  return {
    task: manifest.problem.task,
    artifact: manifest.artifact,
    data: manifest.data,
    gates: manifest.gates ?? {}
  };
}
var DURATION = /^(\d+)(m|h|d|w)$/;
var DURATION_UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
function durationMs(text) {
  const match = DURATION.exec(text);
  if (!match) return void 0;
  return Number(match[1]) * DURATION_UNIT_MS[match[2]];
}

export {
  STAGES,
  TASKS,
  contentOf,
  durationMs
};
