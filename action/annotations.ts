// Check annotations on manifest lines: every finding where it points, and every failed gate check on
// the line of its bound, which the report carries (GateCheck.line, from its manifest pointer); a report
// without positions (one written by another command) is located from the pointer here.
import type * as core from '@actions/core';
import { gatePointer } from '../src/core/report/positions.js';
import type { GateCheck, Report } from '../src/core/report/model.js';
import { pointerSegments, type SourcePosition } from '../src/core/manifest/yaml-source.js';

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

/** Position of a path of keys in a repository file, when the file parses. */
export type Locate = (file: string, keys: readonly (string | number)[]) => SourcePosition | undefined;

function positionOf(check: GateCheck, gate: string, manifest: string, locate: Locate): SourcePosition | undefined {
  if (check.line) return { line: check.line, column: check.column ?? 1 };
  const segments = pointerSegments(check.pointer ?? gatePointer(gate)).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return locate(manifest, segments);
}

export function annotationsOf(report: Report, workingDirectory: string, locate: Locate): Annotation[] {
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
        const position = positionOf(check, gate.gate, model.manifest, locate);
        add(level, `${gate.gate} gate: ${check.name}: ${check.message ?? check.verdict}`, `modelops ${gate.gate} gate`, model.manifest, position?.line, position?.column);
      }
    }
  }
  return out;
}
