// Words shared by the renderers of a report.
import { describeBound, formatNumber } from '../../evaluation/bounds.js';
import type { AuditEvent, AuditVersion, Finding, GateCheck, MetricComparison, ModelAudit, ModelResult, Promotion, Report, Verdict } from '../model.js';

/** Text safe inside HTML and SVG elements and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '⏭️', error: '⛔' };
export const VERDICT_MARK: Record<Verdict, string> = { pass: '✔', warn: '!', fail: '✖', skipped: '-', error: '✖' };

export function location(finding: Finding): string {
  if (!finding.file) return '';
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 1}`;
}

export function modelTitle(model: ModelResult): string {
  const parts = [model.name];
  if (model.version) parts.push(model.version);
  if (model.stage) parts.push(`(${model.stage})`);
  return parts.join(' ');
}

export function changeText(model: ModelResult): string {
  const change = model.change;
  if (!change) return '';
  if (change.kind === 'added') return 'new model';
  if (change.kind === 'unchanged') return 'unchanged';
  const base = change.base!;
  const parts: string[] = [];
  if (base.version !== model.version) parts.push(`${base.version} → ${model.version}`);
  if (base.stage !== model.stage) parts.push(`${base.stage} → ${model.stage}`);
  if (change.contentChanges.length > 0) parts.push(`changed: ${change.contentChanges.join(', ')}`);
  return parts.join('; ');
}

export function checklistText(model: ModelResult): string {
  const c = model.checklist;
  if (!c) return '';
  return `${c.satisfiedRequired}/${c.required} required, ${c.verified} verified by the manifest`;
}

export function summaryText(report: Report): string {
  const s = report.summary;
  const counts = (['pass', 'warn', 'fail', 'error', 'skipped'] as const).filter((v) => s[v] > 0).map((v) => `${s[v]} ${v}`);
  return `${s.models} model${s.models === 1 ? '' : 's'}${counts.length > 0 ? ': ' + counts.join(', ') : ''}`;
}

export const num = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : formatNumber(value));
export const signed = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${value > 0 ? '+' : ''}${formatNumber(value)}`);

export function checkValue(check: GateCheck): string {
  return typeof check.value === 'number' ? formatNumber(check.value) : check.value === null || check.value === undefined ? '—' : String(check.value);
}

export const boundText = (check: GateCheck): string => (check.bound ? describeBound(check.bound) : '');

export function intervalText(comparison: MetricComparison): string {
  if (!comparison.ci) return '';
  return `[${signed(comparison.ci.lower)}, ${signed(comparison.ci.upper)}]`;
}

export function promotionText(promotion: Promotion): string {
  const pushed = promotion.pushedTo ? ` (pushed to ${promotion.pushedTo})` : '';
  if (promotion.status === 'blocked') return `blocked — ${promotion.reason ?? 'validation or a blocking gate failed'}`;
  const created = promotion.tags.filter((t) => t.created).map((t) => t.tag);
  const kept = promotion.tags.filter((t) => !t.created).map((t) => t.tag);
  if (promotion.status === 'up-to-date') return `up to date — ${kept.join(', ')} already say so${pushed}`;
  return `promoted — created ${created.join(', ')}${kept.length > 0 ? `; kept ${kept.join(', ')}` : ''}${pushed}`;
}

/** `register 1.1.0`, `production ← 1.1.0`, `production ✕ 1.0.0` (unassigned). */
export function eventTitle(event: AuditEvent): string {
  const version = event.version ?? '(unknown version)';
  switch (event.action) {
    case 'register':
      return `register ${version}`;
    case 'deregister':
      return `deregister ${version}`;
    case 'assign':
      return `${event.stage} ← ${version}`;
    case 'unassign':
      return `${event.stage} ✕ ${version}`;
    default:
      return event.action;
  }
}

export function pullRequestText(event: Pick<AuditEvent, 'pullRequest'>): string {
  const pr = event.pullRequest;
  if (!pr) return '';
  const approvers = pr.approvers.length > 0 ? `approved by ${pr.approvers.map((a) => `@${a}`).join(', ')}` : 'no approvals recorded';
  return `PR #${pr.number}${pr.author ? ` by @${pr.author}` : ''}, ${approvers}`;
}

/** `2024-05-01 12:00` (UTC). */
export const timeText = (iso: string | undefined): string => (iso ? iso.replace('T', ' ').slice(0, 16) : '—');

export function stagesText(audit: ModelAudit): string {
  if (audit.stages.length === 0) return 'no stage assigned';
  return audit.stages.map((s) => `${s.stage} ${s.version ?? '(unknown version)'} (${s.tag}, since ${timeText(s.since)})`).join('; ');
}

export function artifactStatusText(version: AuditVersion): string {
  const a = version.artifact;
  if (!a) return 'artifact not checked';
  if (a.status === 'match') return 'artifact sha256 matches';
  if (a.status === 'missing') return `artifact ${a.path} missing at the tag`;
  return `artifact hashes to ${a.actual!.slice(0, 12)}…, recorded ${a.recorded.slice(0, 12)}…`;
}

export function auditScopeText(report: Report): string {
  const a = report.audit;
  if (!a) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `audited ${a.ref} (${a.commit.slice(0, 12)}): ${plural(a.commits, 'commit')} on its first-parent line, ${plural(a.tags, 'registry tag')}; stages as of ${a.at}`;
}
