// The step's outputs, computed from the report (pure).
import type { Report } from '../src/core/report/model.js';
import type { CommandOutcome } from './commands.js';

export interface ActionOutputs {
  result: string;
  report: string;
  models: string;
  matrix: string;
  promoted: string;
  drifted: string;
}

export function outputsOf(outcome: CommandOutcome, reportPath: string): ActionOutputs {
  const { report } = outcome;
  return {
    result: report.verdict,
    report: reportPath,
    models: JSON.stringify(report.models.map((m) => ({ name: m.name, version: m.version ?? null, stage: m.stage ?? null, verdict: m.verdict, manifest: m.manifest }))),
    // For `strategy: matrix: ${{ fromJSON(steps.<id>.outputs.matrix) }}`: one job per model.
    matrix: JSON.stringify({ include: report.models.map((m) => ({ name: m.name, manifest: m.manifest })) }),
    promoted: JSON.stringify(outcome.promoted ?? []),
    drifted: JSON.stringify(driftedModels(report)),
  };
}

/** Every output when the step could not run: valid JSON for each, so `fromJSON` downstream still works. */
export function errorOutputs(reportPath = ''): ActionOutputs {
  return { result: 'error', report: reportPath, models: '[]', matrix: JSON.stringify({ include: [] }), promoted: '[]', drifted: '[]' };
}

/** Models that drifted: the drift command's conclusion (monitoring), else a drift gate that did not pass (gate). */
export function driftedModels(report: Report): string[] {
  return report.models
    .filter((m) => (m.monitoring ? m.monitoring.drifted : m.gates.some((g) => g.gate === 'drift' && (g.verdict === 'fail' || g.verdict === 'warn'))))
    .map((m) => m.name);
}

/** Whether the step fails: `fail` on failures and invalid input, `warn` also on warnings, `never` never. */
export function stepFails(report: Report, failOn: 'fail' | 'warn' | 'never'): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warn') return report.verdict !== 'pass' && report.verdict !== 'skipped';
  return report.exitCode !== 0;
}
