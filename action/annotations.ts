// Check annotations on manifest lines: every finding where it points, and every failed gate check
// on the line of its bound in the manifest (or the gate's line when the check has no own key).
import type * as core from '@actions/core';
import type { Report } from '../src/core/report.js';
import type { SourcePosition } from '../src/core/yaml-source.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: core.AnnotationProperties;
}

/** Position of a path of keys in a repository file, when the file parses. */
export type Locate = (file: string, keys: readonly (string | number)[]) => SourcePosition | undefined;

/** Manifest keys a gate check's bound most likely sits at, most specific first. */
function boundKeys(gate: string, check: string): (string | number)[] {
  const baseline = /^(\S+) vs baseline$/.exec(check);
  if (baseline) return ['baseline', 'metrics', baseline[1]!];
  // Approvals and soak are the policy's rules for the stage the manifest asks for.
  if (gate === 'approvals') return ['stage'];
  if (gate === 'performance') {
    const latency = /^latency (p\d+)/.exec(check);
    if (latency) return ['gates', 'performance', 'latency_ms', latency[1]!];
    return ['gates', 'performance', 'metrics', check];
  }
  // "missing_values: label flip rate", "extremes: outputs in range", a metric id...
  return ['gates', gate, check.split(':')[0]!.trim()];
}

export function annotationsOf(report: Report, workingDirectory: string, locate: Locate): Annotation[] {
  const inWorkspace = (file: string) => (workingDirectory === '.' ? file : `${workingDirectory.replace(/\/+$/, '')}/${file}`);
  const out: Annotation[] = [];
  for (const f of [...report.findings, ...report.models.flatMap((m) => m.findings)]) {
    const properties: core.AnnotationProperties = { title: `modelops ${f.code}` };
    if (f.file) properties.file = inWorkspace(f.file);
    if (f.line) properties.startLine = f.line;
    if (f.column) properties.startColumn = f.column;
    out.push({ level: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice', message: f.hint ? `${f.message}\n${f.hint}` : f.message, properties });
  }
  for (const model of report.models) {
    for (const gate of model.gates) {
      for (const check of gate.checks) {
        if (check.verdict !== 'fail' && check.verdict !== 'error') continue;
        // A failing check of a gate that only warns (policy: on_failure warn) is a warning.
        const level = check.verdict === 'error' || gate.verdict === 'fail' || gate.verdict === 'error' ? 'error' : 'warning';
        const position = locate(model.manifest, boundKeys(gate.gate, check.name));
        out.push({
          level,
          message: `${gate.gate} gate: ${check.name}: ${check.message ?? check.verdict}`,
          properties: { title: `modelops ${gate.gate} gate`, file: inWorkspace(model.manifest), ...(position ? { startLine: position.line, startColumn: position.column } : {}) },
        });
      }
    }
  }
  return out;
}
