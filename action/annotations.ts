// Check annotations on manifest lines, as the report places them: every finding where it points
// (file, line, column), and every failed gate check on the line of its bound (GateCheck.line and
// column, resolved from the check's pointer into its model's manifest by the command that made the
// report: src/commands/place-checks.ts). Nothing here parses a manifest or reads a check's name.
import type * as core from '@actions/core';
import type { Report } from '../src/core/report/model.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  /** Path relative to the repository root (the working directory). */
  path?: string;
  startLine?: number;
  startColumn?: number;
  /** What @actions/core takes: the path as seen from the workspace. */
  properties: core.AnnotationProperties;
}

export function annotationsOf(report: Report, workingDirectory: string): Annotation[] {
  const inWorkspace = (file: string) => (workingDirectory === '.' ? file : `${workingDirectory.replace(/\/+$/, '')}/${file}`);
  const out: Annotation[] = [];
  const add = (level: Annotation['level'], message: string, title: string, file?: string, line?: number, column?: number) => {
    const properties: core.AnnotationProperties = { title };
    if (file) properties.file = inWorkspace(file);
    if (line) properties.startLine = line;
    if (column) properties.startColumn = column;
    out.push({ level, message, title, ...(file ? { path: file } : {}), ...(line ? { startLine: line } : {}), ...(column ? { startColumn: column } : {}), properties });
  };
  for (const f of [...report.findings, ...report.models.flatMap((m) => m.findings)]) {
    add(f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice', f.hint ? `${f.message}\n${f.hint}` : f.message, `modelops ${f.code}`, f.file, f.line, f.column);
  }
  for (const model of report.models) {
    for (const gate of model.gates) {
      for (const check of gate.checks) {
        if (check.verdict !== 'fail' && check.verdict !== 'error') continue;
        // A failing check of a gate that only warns (policy: on_failure warn) is a warning.
        const level = check.verdict === 'error' || gate.verdict === 'fail' || gate.verdict === 'error' ? 'error' : 'warning';
        add(level, `${gate.gate} gate: ${check.name}: ${check.message ?? check.verdict}`, `modelops ${gate.gate} gate`, model.manifest, check.line, check.line ? check.column : undefined);
      }
    }
  }
  return out;
}
