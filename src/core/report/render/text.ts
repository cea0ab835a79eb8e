// Terminal rendering of a report: compiler-style `file:line:col: severity: message` lines.
import { enforcementText } from '../../promotion/enforcement.js';
import type { Finding, Report } from '../model.js';
import { checklistGapLines } from '../../checklist/summary.js';
import { driftText, monitoringText } from '../../drift/render.js';
import { artifactStatusText, auditScopeText, boundText, changeText, checklistText, checkValue, eventTitle, intervalText, location, modelTitle, num, promotionText, pullRequestText, signed, stagesText, summaryText, timeText, VERDICT_MARK } from './common.js';

export interface TextOptions {
  color?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, gray: 90, bold: 1 } as const;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = (style: keyof typeof CODES, text: string) => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const verdictStyle = (v: string) => (v === 'pass' ? 'green' : v === 'warn' ? 'yellow' : v === 'skipped' ? 'gray' : 'red');
  const lines: string[] = [];
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
    const evaluation = model.evaluation;
    if (evaluation) {
      const metrics = Object.entries(evaluation.metrics).map(([id, v]) => `${id} ${num(v)}`);
      lines.push(`  evaluated on ${evaluation.dataset} (${evaluation.rows} rows): ${metrics.join(', ')}`);
      const op = evaluation.operational;
      if (op) lines.push(`  latency p50/p95/p99 ${num(op.latencyMs.p50)}/${num(op.latencyMs.p95)}/${num(op.latencyMs.p99)} ms, ${num(op.throughputRowsPerS)} rows/s, ${num(op.modelSizeMb)} MiB model`);
    }
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
    if (evaluation?.champion) {
      const c = evaluation.champion;
      lines.push(`  champion ${c.version} (${c.source}): ${c.comparisons.map((m) => `${m.metric} Δ ${signed(m.delta)} ${intervalText(m)}`).join('; ')}`);
      if (c.mcnemar) lines.push(`    McNemar: ${c.mcnemar.onlyChallengerCorrect} rows only the challenger gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}`);
    }
    if (evaluation?.importance) {
      const top = evaluation.importance.challenger.slice(0, 5).map((f) => `${f.feature} ${num(f.importance)}`);
      lines.push(`  top features (drop in ${evaluation.importance.metric} when permuted): ${top.join(', ')}`);
    }
    if (evaluation?.drift) lines.push(...driftText(evaluation.drift));
    if (model.monitoring) lines.push(`  monitoring: ${monitoringText(model.monitoring)}`);
    if (model.enforcement) lines.push(`  ${enforcementText(model.enforcement)}`);
    if (model.promotion) lines.push(`  promotion: ${promotionText(model.promotion)}`);
    if (model.audit) {
      const audit = model.audit;
      lines.push(`  stages: ${stagesText(audit)}`);
      if (audit.events.length > 0) lines.push('  history:');
      for (const e of audit.events) {
        const extra = [e.tagger ?? 'no tagger', pullRequestText(e), e.verdict ? `gates ${e.verdict}` : `evidence ${e.evidence}`, e.signature, e.seal === 'broken' ? 'seal broken' : ''].filter((x) => x !== '');
        lines.push(`    ${timeText(e.time).padEnd(16)}  ${eventTitle(e).padEnd(26)} ${paint('gray', e.tag)}  ${extra.join(' · ')}`);
      }
      for (const v of audit.versions) lines.push(`  ${v.version}: ${artifactStatusText(v)} (${v.tag})`);
      for (const w of audit.waivers ?? []) lines.push(`  waiver ${w.status}: ${w.check}${w.version ? ` of ${w.version}` : ''}${w.commit ? ` at ${w.commit.slice(0, 12)}` : ''}${w.tag ? ` at ${w.tag}` : ''} (${w.file ?? 'modelops.yaml'}${w.line ? `:${w.line}` : ''}), approved by ${w.approvedBy.join(', ')} until ${w.expires}: ${w.reason}`);
    }
    for (const f of model.findings) lines.push(...findingLine(f, '  '));
  }
  lines.push('');
  lines.push(`${summaryText(report)}.`);
  return lines.join('\n') + '\n';
}
