// A report's identity: what a PR comment, a check run or a tracking issue is compared on to decide
// whether anything changed. It holds the decisions and the stable values; timings, memory, the clock
// and ages measured against the clock are left out, so re-running an unchanged pull request reads the
// same identity and writes nothing. Pure: the caller hashes the text (node:crypto lives in io/action).
import type { GateCheck, ModelResult, Report } from '../model.js';
import { renderMarkdown } from './markdown.js';

/** A check as far as it is stable: a volatile one keeps its name, bound and verdict, not its digits. */
function stableCheck(check: GateCheck): GateCheck {
  if (!check.volatile) return check;
  const { value: _value, message: _message, delta: _delta, champion: _champion, ...rest } = check;
  return { ...rest, value: null, message: check.verdict };
}

function stableModel(model: ModelResult): ModelResult {
  const out: ModelResult = { ...model, gates: model.gates.map((g) => ({ ...g, checks: g.checks.map(stableCheck) })) };
  if (model.evaluation?.operational) {
    const { latencyMs: _l, throughputRowsPerS: _t, peakRssMb: _p, ...stable } = model.evaluation.operational;
    // The model's size is a property of the artifact; the rest is how fast this runner was.
    out.evaluation = { ...model.evaluation, operational: { ...stable, latencyMs: { p50: 0, p95: 0, p99: 0 }, throughputRowsPerS: 0, peakRssMb: 0 } };
  }
  if (model.monitoring) {
    const { ageDays: _age, ...staleness } = model.monitoring.staleness;
    out.monitoring = { ...model.monitoring, staleness: { ...staleness, message: `${staleness.verdict}${staleness.tag ? ` (${staleness.tag})` : ''}` } };
  }
  return out;
}

/** The report with everything that varies between runs of the same content replaced by a constant. */
export function stableReport(report: Report): Report {
  return { ...report, createdAt: '', models: report.models.map(stableModel) };
}

/** The text a report's identity is the digest of: its Markdown, rendered from the stable view. */
export function identityText(report: Report, extra = ''): string {
  return `${extra}\n${renderMarkdown(stableReport(report))}`;
}
