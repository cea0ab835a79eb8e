import { describe, expect, it } from 'vitest';
import type { Report } from '../model.js';
import { goldenReport } from '../../../testing/golden-reports.js';
import { identityText, stableReport } from './identity.js';
import { renderMarkdown } from './markdown.js';

/** The example's real gate report, re-measured: other timings, memory, clock and soak, same decisions. */
function rerun(report: Report, change: (r: Report) => void = () => undefined): Report {
  const copy = structuredClone(report);
  copy.createdAt = '2030-01-01T00:00:00.000Z';
  const model = copy.models[0]!;
  const op = model.evaluation!.operational!;
  op.latencyMs = { p50: op.latencyMs.p50 * 3, p95: op.latencyMs.p95 * 3, p99: op.latencyMs.p99 * 3 };
  op.throughputRowsPerS /= 3;
  op.peakRssMb += 20;
  for (const gate of model.gates) {
    for (const check of gate.checks) {
      if (!check.volatile) continue;
      check.value = typeof check.value === 'number' ? check.value * 3 : check.value;
      check.message = `re-measured: ${check.message}`;
    }
  }
  change(copy);
  return copy;
}

describe("a report's identity", () => {
  it('is the same for a re-run whose timings, memory, clock and soak differ', async () => {
    const report = goldenReport('gate-warn');
    const again = rerun(report);
    expect(renderMarkdown(again)).not.toBe(renderMarkdown(report));
    expect(identityText(again)).toBe(identityText(report));
  });

  it('changes with a latency verdict, though not with its digits', async () => {
    const report = goldenReport('gate-warn');
    const latency = report.models[0]!.gates.find((g) => g.gate === 'performance')!.checks.find((c) => c.pointer === '/gates/performance/latency_ms/p95')!;
    expect(latency.volatile).toBe(true);
    const slower = rerun(report, (r) => {
      const check = r.models[0]!.gates.find((g) => g.gate === 'performance')!.checks.find((c) => c.pointer === latency.pointer)!;
      check.verdict = 'fail';
    });
    expect(identityText(slower)).not.toBe(identityText(report));
  });

  it('changes with any stable value: a metric, a finding', async () => {
    const report = goldenReport('gate-warn');
    const metric = rerun(report, (r) => {
      r.models[0]!.evaluation!.metrics['roc_auc'] = 0.5;
    });
    const finding = rerun(report, (r) => r.findings.push({ severity: 'warning', category: 'policy', code: 'x', message: 'something new' }));
    expect(identityText(metric)).not.toBe(identityText(report));
    expect(identityText(finding)).not.toBe(identityText(report));
  });

  it('leaves the report itself untouched', async () => {
    const report = goldenReport('gate-warn');
    const before = JSON.stringify(report);
    stableReport(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
