// buildReport: one Report from what a command found, with its summary, overall verdict and exit code; each
// model's gates put in the sections' order (core/report/sections.ts), whichever order the command ran them in.
import type { AuditScope, Finding, ModelResult, Report } from './model.js';
import { inSectionOrder } from './sections.js';
import { exitCodeOf, verdictOfFindings, worstVerdict } from './verdict.js';

export function buildReport(args: {
  command: string;
  toolVersion: string;
  root: string;
  base?: { ref: string; commit: string };
  findings: Finding[];
  models: ModelResult[];
  audit?: AuditScope;
  /** The report's time: the command's clock, so core never reads one. */
  now: Date;
}): Report {
  // In place: a command may go on adding to a model it has put in a report (promote: its promotion).
  for (const model of args.models) model.gates = inSectionOrder(model.gates);
  const summary = { models: args.models.length, pass: 0, warn: 0, fail: 0, skipped: 0, error: 0 };
  for (const m of args.models) summary[m.verdict] += 1;
  const verdict = worstVerdict([verdictOfFindings(args.findings), ...args.models.map((m) => m.verdict)]);
  return {
    apiVersion: 'modelops/v1',
    kind: 'Report',
    tool: { name: 'modelops', version: args.toolVersion },
    command: args.command,
    createdAt: args.now.toISOString(),
    repository: args.base ? { root: args.root, base: args.base } : { root: args.root },
    verdict,
    exitCode: exitCodeOf(verdict),
    summary,
    findings: args.findings,
    models: args.models,
    ...(args.audit ? { audit: args.audit } : {}),
  };
}
