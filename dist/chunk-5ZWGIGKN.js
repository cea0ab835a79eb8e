import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  renderMarkdown
} from "./chunk-RIXTTFIB.js";

// src/core/report/render/identity.ts
function stableCheck(check) {
  if (!check.volatile) return check;
  const { value: _value, message: _message, delta: _delta, champion: _champion, ...rest } = check;
  return { ...rest, value: null, message: check.verdict };
}
function stableModel(model) {
  const out = { ...model, gates: model.gates.map((g) => ({ ...g, checks: g.checks.map(stableCheck) })) };
  if (model.evaluation?.operational) {
    const { latencyMs: _l, throughputRowsPerS: _t, peakRssMb: _p, ...stable } = model.evaluation.operational;
    out.evaluation = { ...model.evaluation, operational: { ...stable, latencyMs: { p50: 0, p95: 0, p99: 0 }, throughputRowsPerS: 0, peakRssMb: 0 } };
  }
  if (model.monitoring) {
    const { ageDays: _age, ...staleness } = model.monitoring.staleness;
    out.monitoring = { ...model.monitoring, staleness: { ...staleness, message: `${staleness.verdict}${staleness.tag ? ` (${staleness.tag})` : ""}` } };
  }
  return out;
}
function stableReport(report) {
  return { ...report, createdAt: "", models: report.models.map(stableModel) };
}
function identityText(report, extra = "") {
  return `${extra}
${renderMarkdown(stableReport(report))}`;
}

export {
  stableReport,
  identityText
};
