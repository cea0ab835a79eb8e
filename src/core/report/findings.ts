// Findings added to a finished report (what happened on GitHub after a command), verdict and exit code recomputed.
import { exitCodeOf, verdictOfFindings, worstVerdict, type Finding, type Report } from './model.js';

export function withFindings(report: Report, findings: readonly Finding[]): Report {
  if (findings.length === 0) return report;
  const all = [...report.findings, ...findings];
  const verdict = worstVerdict([verdictOfFindings(all), ...report.models.map((m) => m.verdict)]);
  return { ...report, findings: all, verdict, exitCode: exitCodeOf(verdict) };
}
