// GitHub-flavoured Markdown rendering of a report (PR comment, job summary).
import { checklistSections, sectionTitle } from '../../checklist/catalogue.js';
import type { ChecklistItemResult, Finding, ModelResult, Report } from '../model.js';
import type { PageContext, PageSlot } from '../section.js';
import { SECTIONS } from '../sections.js';
import { auditScopeText, boundText, changeText, checklistText, checkValue, location, modelTitle, num, signed, summaryText, VERDICT_ICON } from './common.js';
import { cell, markdownTable } from './markdown-parts.js';

const STATUS_TEXT: Record<ChecklistItemResult['status'], string> = {
  verified: '✅ verified',
  answered: '✅ answered',
  unanswered: '▫️ unanswered',
  'no-evidence': '⚠️ no evidence',
  'answered-no': '❌ no',
  placeholder: '❌ placeholder',
  contradicted: '❌ contradicted',
};

export function findingsList(findings: readonly Finding[], withCode = false): string[] {
  return findings.map((f) => {
    const where = location(f);
    const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
    return `- ${icon} ${withCode ? `**${f.code}** ` : ''}${where ? `\`${where}\` ` : ''}${f.message}${f.hint ? ` — _${f.hint}_` : ''}`;
  });
}

function checklistDetails(model: ModelResult): string[] {
  const checklist = model.checklist;
  if (!checklist) return [];
  const out = [`<details><summary>Readiness checklist: ${checklistText(model)}</summary>`, ''];
  for (const section of checklistSections(checklist.items)) {
    const items = checklist.items.filter((i) => i.section === section);
    out.push(`**${section}** — ${sectionTitle(section, checklist.sectionTitles)}`, '');
    out.push(
      markdownTable([
        ['Item', 'Required', 'Status', 'Evidence'],
        ...items.map((i) => [`\`${i.id}\``, i.required ? 'yes' : '', i.status === 'answered' && i.answer === 'n/a' ? '➖ n/a' : STATUS_TEXT[i.status], cell(i.proof ?? i.contradiction ?? (i.evidence ?? []).join('; '))]),
      ]),
      '',
    );
  }
  out.push('</details>');
  return out;
}

function gateDetails(model: ModelResult): string[] {
  const rows = model.gates.flatMap((g) =>
    g.checks.map((c) => [
      g.gate,
      cell(c.name),
      checkValue(c),
      cell(boundText(c)),
      c.champion === undefined ? '' : `${num(c.champion)}${c.against === 'baseline' ? ' (baseline)' : ''}`,
      c.delta === undefined ? '' : signed(c.delta),
      `${VERDICT_ICON[c.verdict]} ${c.verdict}`,
      c.verdict === 'pass' ? '' : cell(c.message ?? ''),
    ]),
  );
  if (rows.length === 0) return [];
  return [markdownTable([['Gate', 'Check', 'Value', 'Bound', 'Compared with', 'Δ', 'Verdict', 'Why'], ...rows]), ''];
}

/** The parts the sections give a slot of one model, in registry order. */
function slot(name: PageSlot, model: ModelResult, context: PageContext): string[] {
  return SECTIONS.flatMap((section) => section.markdown?.[name]?.(model, context) ?? []);
}

/** One row per model: version, stage, change against the base, checklist completion, verdict. */
export function modelTable(models: readonly ModelResult[]): string {
  return markdownTable([
    ['Model', 'Version', 'Stage', 'Change', 'Checklist', 'Verdict'],
    ...models.map((m) => [
      `\`${m.name}\``,
      m.version ?? '',
      m.stage ?? '',
      cell(changeText(m)),
      m.checklist ? `${m.checklist.satisfiedRequired}/${m.checklist.required}` : '',
      `${VERDICT_ICON[m.verdict]} ${m.verdict}`,
    ]),
  ]);
}

/** The heading and summary line every rendering of a report starts with. */
export function reportHeading(report: Report): string[] {
  const base = report.repository.base;
  return [`## ${VERDICT_ICON[report.verdict]} modelops ${report.command}: ${report.verdict}`, '', `${summaryText(report)}${base ? ` · compared with \`${base.ref}\` (${base.commit.slice(0, 12)})` : ''}`, ''];
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(...reportHeading(report));
  if (report.audit) out.push(auditScopeText(report), '');
  const withCode = report.command === 'audit';
  if (report.findings.length > 0) out.push(...findingsList(report.findings, withCode), '');
  if (report.models.length > 0) out.push(modelTable(report.models), '');
  const context: PageContext = { report };
  for (const model of report.models) {
    out.push(`### ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}`, '', `Manifest: \`${model.manifest}\``, '');
    out.push(...slot('status', model, context));
    if (model.findings.length > 0) out.push(...findingsList(model.findings, withCode), '');
    out.push(...slot('history', model, context));
    if (model.gates.length > 0) {
      out.push(markdownTable([['Gate', 'Verdict', 'Summary'], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), '');
      out.push(...gateDetails(model));
    }
    const e = model.evaluation;
    if (e) out.push(`<details><summary>Evaluation on <code>${e.dataset}</code> (${e.rows} rows)</summary>`, '', ...slot('evaluation', model, context), '</details>', '');
    out.push(...slot('details', model, context));
    out.push(...checklistDetails(model), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
