// Terminal rendering of a report: compiler-style `file:line:col: severity: message` lines.
import type { Finding, ModelResult, Report } from '../model.js';
import { checklistGapLines } from '../../checklist/summary.js';
import type { TextContext, TextSlot } from '../section.js';
import { SECTIONS } from '../sections.js';
import { auditScopeText, boundText, changeText, checklistText, checkValue, location, modelTitle, num, signed, summaryText, VERDICT_MARK } from './common.js';

export interface TextOptions {
  color?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (style: keyof typeof CODES, text: string) => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const verdictStyle = (v: string) => (v === 'pass' ? 'green' : v === 'warn' ? 'yellow' : v === 'skipped' ? 'gray' : 'red');
  const lines: string[] = [];
  const context: TextContext = { report, paint };
  const slot = (name: TextSlot, model: ModelResult): string[] => SECTIONS.flatMap((section) => section.text?.[name]?.(model, context) ?? []);
  const header = `modelops ${report.command} · ${report.repository.root}`;
  lines.push(paint('bold', header) + '  ' + paint(verdictStyle(report.verdict), `${report.verdict.toUpperCase()} (exit ${report.exitCode})`));
  if (report.repository.base) lines.push(paint('gray', `compared with ${report.repository.base.ref} (${report.repository.base.commit.slice(0, 12)})`));
  if (report.audit) lines.push(paint('gray', auditScopeText(report)));

  const findingLine = (f: Finding, indent: string) => {
    const where = location(f);
    const severity = paint(f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'gray', f.severity);
    // Audit findings name their kind: an auditor filters and counts them by it.
    const code = report.command === 'audit' ? ` [${f.code}]` : '';
    const out = [`${indent}${where ? where + ': ' : ''}${severity}${code}: ${f.message}`];
    if (f.hint) out.push(`${indent}  ${paint('gray', 'hint: ' + f.hint)}`);
    return out;
  };

  for (const f of report.findings) lines.push(...findingLine(f, ''));
  for (const model of report.models) {
    lines.push('');
    lines.push(`${paint(verdictStyle(model.verdict), VERDICT_MARK[model.verdict])} ${paint('bold', modelTitle(model))}  ${paint(verdictStyle(model.verdict), model.verdict)}  ${paint('gray', model.manifest)}`);
    const change = changeText(model);
    if (change) lines.push(`  change: ${change}`);
    const checklist = checklistText(model);
    if (checklist) lines.push(`  checklist: ${checklist}`);
    if (model.checklist) for (const gap of checklistGapLines(model.checklist)) lines.push(`    ${gap}`);
    lines.push(...slot('measured', model));
    for (const gate of model.gates) {
      lines.push(`  ${paint(verdictStyle(gate.verdict), VERDICT_MARK[gate.verdict])} ${gate.gate}: ${paint(verdictStyle(gate.verdict), gate.verdict)} — ${gate.summary}`);
      for (const check of gate.checks) {
        const bound = boundText(check);
        const champion = check.champion !== undefined ? `, ${check.against ?? 'champion'} ${num(check.champion)} (Δ ${signed(check.delta)})` : '';
        // a verdict decided on an interval shows it, and the rule, also when it passes
        const decided = check.interval && check.verdict === 'pass' ? ` ${Math.round(check.interval.level * 100)}% CI [${num(check.interval.lower)}, ${num(check.interval.upper)}], rule ${check.rule}` : '';
        lines.push(`      ${paint(verdictStyle(check.verdict), VERDICT_MARK[check.verdict])} ${check.name}: ${checkValue(check)}${bound ? ` (${bound})` : ''}${decided}${champion}${check.verdict === 'pass' || !check.message ? '' : ' — ' + check.message}${(check.verdict === 'fail' || check.verdict === 'error') && check.line ? ` (${model.manifest}:${check.line})` : ''}`);
      }
    }
    lines.push(...slot('details', model), ...slot('status', model));
    for (const f of model.findings) lines.push(...findingLine(f, '  '));
  }
  lines.push('');
  lines.push(`${summaryText(report)}.`);
  return lines.join('\n') + '\n';
}
