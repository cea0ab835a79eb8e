// A self-contained HTML page of a report (inline CSS, no scripts, nothing fetched): for an auditor's
// file, an e-mail attachment or a CI artifact.
import type { Finding, ModelResult, Report, Verdict } from '../report.js';
import { artifactStatusText, auditScopeText, boundText, changeText, checkValue, eventTitle, location, modelTitle, num, promotionText, pullRequestText, summaryText, timeText } from './common.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:1100px;margin:2em auto;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}h3{font-size:1em}
table{border-collapse:collapse;margin:.6em 0 1.2em;width:100%}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px}
.muted{color:#656d76}.v{font-weight:600;padding:1px 6px;border-radius:10px;white-space:nowrap}
.pass{background:#dafbe1;color:#116329}.warn{background:#fff8c5;color:#7d4e00}.fail,.error{background:#ffebe9;color:#a40e26}.skipped{background:#eaeef2;color:#57606a}
ul.findings{padding-left:1.2em}li.error{color:#a40e26}li.warning{color:#7d4e00}li .hint{color:#656d76;font-style:italic}
`;

const badge = (verdict: Verdict): string => `<span class="v ${verdict}">${verdict}</span>`;

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  return `<table><thead><tr>${head.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function findings(list: readonly Finding[]): string {
  if (list.length === 0) return '';
  const items = list.map((f) => {
    const where = location(f);
    return `<li class="${f.severity}"><strong>${escape(f.severity)}</strong> <code>${escape(f.code)}</code> ${where ? `<code>${escape(where)}</code> ` : ''}${escape(f.message)}${f.hint ? ` <span class="hint">— ${escape(f.hint)}</span>` : ''}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

function model(m: ModelResult): string {
  const out: string[] = [`<h2>${escape(modelTitle(m))} ${badge(m.verdict)}</h2>`, `<p class="muted">Manifest <code>${escape(m.manifest)}</code>${m.change ? ` · ${escape(changeText(m))}` : ''}</p>`];
  if (m.promotion) out.push(`<p><strong>Promotion:</strong> ${escape(promotionText(m.promotion))}</p>`);
  out.push(findings(m.findings));
  if (m.gates.length > 0) {
    out.push('<h3>Gates</h3>', table(['Gate', 'Verdict', 'Summary'], m.gates.map((g) => [escape(g.gate), badge(g.verdict), escape(g.summary)])));
    const checks = m.gates.flatMap((g) => g.checks.map((c) => [escape(g.gate), escape(c.name), escape(checkValue(c)), escape(boundText(c)), badge(c.verdict), escape(c.verdict === 'pass' ? '' : (c.message ?? ''))]));
    out.push(table(['Gate', 'Check', 'Value', 'Bound', 'Verdict', 'Why'], checks));
  }
  const e = m.evaluation;
  if (e) {
    out.push(`<h3>Evaluation on <code>${escape(e.dataset)}</code> (${e.rows} rows)</h3>`, table(['Metric', 'Value'], Object.entries(e.metrics).map(([id, v]) => [escape(id), escape(num(v))])));
  }
  const audit = m.audit;
  if (audit) {
    out.push('<h3>Stages</h3>', audit.stages.length > 0 ? table(['Stage', 'Version', 'Tag', 'Since (UTC)'], audit.stages.map((s) => [escape(s.stage), escape(s.version ?? '?'), `<code>${escape(s.tag)}</code>`, escape(timeText(s.since))])) : '<p class="muted">No stage assigned at that time.</p>');
    out.push(
      '<h3>History</h3>',
      table(
        ['Time (UTC)', 'Event', 'Tag', 'Commit', 'Tagger', 'Pull request', 'Gates', 'Signature'],
        audit.events.map((ev) => [
          escape(timeText(ev.time)),
          escape(eventTitle(ev)),
          `<code>${escape(ev.tag)}</code>`,
          `<code>${escape(ev.commit.slice(0, 12))}</code>`,
          escape(ev.tagger ?? ''),
          escape(pullRequestText(ev)) + (ev.workflowRun ? ` · <a href="${escape(ev.workflowRun)}">run</a>` : ''),
          ev.verdict ? badge(ev.verdict) + (ev.gates ? ` <span class="muted">${escape(ev.gates.map((g) => `${g.gate} ${g.verdict}`).join(', '))}</span>` : '') : escape(`evidence ${ev.evidence}`),
          escape(ev.signature + (ev.signatureDetail ? ` — ${ev.signatureDetail}` : '')),
        ]),
      ),
    );
    out.push('<h3>Registered versions</h3>', table(['Version', 'Tag', 'Registered (UTC)', 'Artifact'], audit.versions.map((v) => [escape(v.version), `<code>${escape(v.tag)}</code>`, escape(timeText(v.time)), escape(artifactStatusText(v))])));
  }
  return out.join('\n');
}

export function renderHtml(report: Report): string {
  const title = `modelops ${report.command}: ${report.verdict}`;
  const base = report.repository.base;
  const body = [
    `<h1>modelops ${escape(report.command)} ${badge(report.verdict)}</h1>`,
    `<p>${escape(summaryText(report))} · exit ${report.exitCode} · ${escape(report.createdAt)} · modelops ${escape(report.tool.version)}</p>`,
    base ? `<p class="muted">Compared with <code>${escape(base.ref)}</code> (${escape(base.commit.slice(0, 12))})</p>` : '',
    report.audit ? `<p class="muted">${escape(auditScopeText(report))}</p>` : '',
    findings(report.findings),
    table(
      ['Model', 'Version', 'Stage', 'Verdict', 'Findings'],
      report.models.map((m) => [`<code>${escape(m.name)}</code>`, escape(m.version ?? ''), escape(m.stage ?? ''), badge(m.verdict), String(m.findings.length)]),
    ),
    ...report.models.map(model),
  ];
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escape(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${body.filter((b) => b !== '').join('\n')}\n</body>\n</html>\n`;
}
