// The audit trail of one model in a report: the stages held at the instant asked, every registry event,
// every registered version with its artifact re-hashed, and the model's waivers, as text, Markdown and HTML.
import { monitoringAtText } from '../drift/chunks/history.js';
import type { ModelResult } from '../report/model.js';
import type { TextContext } from '../report/section.js';
import type { AuditEvent, AuditVersion, ModelAudit } from '../report/model.js';
import { escapeHtml, timeText, VERDICT_ICON } from '../report/render/common.js';
import { badge, code, html, table } from '../report/render/html-parts.js';
import { cell, markdownTable } from '../report/render/markdown-parts.js';

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

/** What monitoring saw at the audit's instant, in one line (undefined when the log was not read). */
function monitoringLine(model: ModelResult): string | undefined {
  const m = model.audit?.monitoring;
  if (!m) return undefined;
  if (m.problem) return `monitoring: the log could not be read (${m.problem})`;
  const line = monitoringAtText(m.seen, 'then');
  return m.note ? `${line} (monitoring log ${m.note})` : line;
}

export function auditText(model: ModelResult, { paint }: TextContext): string[] {
  const audit = model.audit;
  if (!audit) return [];
  const lines = [`  stages: ${stagesText(audit)}`];
  if (audit.events.length > 0) lines.push('  history:');
  for (const e of audit.events) {
    const extra = [e.tagger ?? 'no tagger', pullRequestText(e), e.verdict ? `gates ${e.verdict}` : `evidence ${e.evidence}`, e.signature, e.seal === 'broken' ? 'seal broken' : ''].filter((x) => x !== '');
    lines.push(`    ${timeText(e.time).padEnd(16)}  ${eventTitle(e).padEnd(26)} ${paint('gray', e.tag)}  ${extra.join(' · ')}`);
  }
  for (const v of audit.versions) lines.push(`  ${v.version}: ${artifactStatusText(v)} (${v.tag})`);
  const seen = monitoringLine(model);
  if (seen) lines.push(`  ${seen}`);
  for (const w of audit.waivers ?? []) lines.push(`  waiver ${w.status}: ${w.check}${w.version ? ` of ${w.version}` : ''}${w.commit ? ` at ${w.commit.slice(0, 12)}` : ''}${w.tag ? ` at ${w.tag}` : ''} (${w.file ?? 'modelops.yaml'}${w.line ? `:${w.line}` : ''}), approved by ${w.approvedBy.join(', ')} until ${w.expires}: ${w.reason}`);
  return lines;
}

const SIGNATURE_TEXT = { unsigned: 'unsigned', good: '🔏 good', bad: '❌ bad', unverified: '⚠️ unverified' } as const;

export function auditMarkdown(model: ModelResult): string[] {
  const audit = model.audit;
  if (!audit) return [];
  const out: string[] = [];
  if (audit.stages.length > 0) {
    out.push(markdownTable([['Stage', 'Version', 'Tag', 'Since (UTC)'], ...audit.stages.map((s) => [s.stage, s.version ?? '?', `\`${cell(s.tag)}\``, timeText(s.since)])]), '');
  } else out.push('_No stage assigned at that time._', '');
  const seen = monitoringLine(model);
  if (seen) out.push(`**Monitoring** ${seen.replace(/^monitoring: /, '')}.`, '');
  if (audit.events.length > 0) {
    out.push(
      markdownTable([
        ['Time (UTC)', 'Event', 'Tag', 'Tagger', 'Pull request', 'Gates', 'Signature'],
        ...audit.events.map((e) => [
          timeText(e.time),
          cell(eventTitle(e)),
          `\`${cell(e.tag)}\``,
          cell(e.tagger ?? ''),
          cell(pullRequestText(e)),
          e.verdict ? `${VERDICT_ICON[e.verdict]} ${e.verdict}` : `evidence ${e.evidence}`,
          SIGNATURE_TEXT[e.signature],
        ]),
      ]),
      '',
    );
  }
  if (audit.versions.length > 0) {
    out.push(markdownTable([['Version', 'Tag', 'Artifact'], ...audit.versions.map((v) => [v.version, `\`${cell(v.tag)}\``, `${v.artifact?.status === 'match' ? '✅' : '❌'} ${cell(artifactStatusText(v))}`])]), '');
  }
  return out;
}

export function auditHtml(model: ModelResult): string | undefined {
  const audit = model.audit;
  if (!audit) return undefined;
  return [
    '<h3>Stages</h3>',
    audit.stages.length > 0 ? table(['Stage', 'Version', 'Tag', 'Since (UTC)'], audit.stages.map((s) => [s.stage, s.version ?? '?', html(code(s.tag)), timeText(s.since)])) : '<p class="muted">No stage assigned at that time.</p>',
    ...(monitoringLine(model) ? [`<p><strong>Monitoring</strong> ${escapeHtml(monitoringLine(model)!.replace(/^monitoring: /, ''))}.</p>`] : []),
    '<h3>History</h3>',
    table(
      ['Time (UTC)', 'Event', 'Tag', 'Commit', 'Tagger', 'Pull request', 'Gates', 'Signature'],
      audit.events.map((ev) => [
        timeText(ev.time),
        eventTitle(ev),
        html(code(ev.tag)),
        html(code(ev.commit.slice(0, 12))),
        ev.tagger ?? '',
        html(escapeHtml(pullRequestText(ev)) + (ev.workflowRun ? ` · <a href="${escapeHtml(ev.workflowRun)}">run</a>` : '')),
        html(ev.verdict ? badge(ev.verdict) + (ev.gates ? ` <span class="muted">${escapeHtml(ev.gates.map((g) => `${g.gate} ${g.verdict}`).join(', '))}</span>` : '') : escapeHtml(`evidence ${ev.evidence}`)),
        ev.signature + (ev.signatureDetail ? ` — ${ev.signatureDetail}` : ''),
      ]),
      { wide: true },
    ),
    '<h3>Registered versions</h3>',
    table(['Version', 'Tag', 'Registered (UTC)', 'Artifact'], audit.versions.map((v) => [v.version, html(code(v.tag)), timeText(v.time), artifactStatusText(v)])),
  ].join('\n');
}
