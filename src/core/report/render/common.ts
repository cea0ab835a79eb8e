// Words shared by the renderers of a report.
import { describeBound, formatNumber } from '../../evaluation/bounds.js';
import type { Finding, GateCheck, MetricComparison, ModelResult, Report, Verdict } from '../model.js';

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

/** `2024-05-01 12:00` (UTC). */
export const timeText = (iso: string | undefined): string => (iso ? iso.replace('T', ' ').slice(0, 16) : '—');

export function auditScopeText(report: Report): string {
  const a = report.audit;
  if (!a) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `audited ${a.ref} (${a.commit.slice(0, 12)}): ${plural(a.commits, 'commit')} on its first-parent line, ${plural(a.tags, 'registry tag')}; stages as of ${a.at}`;
}
