// GitHub-flavoured Markdown rendering of a report (PR comment, job summary).
import { markdownTable as padded } from 'markdown-table';
import { CHECKLIST_SECTIONS, SECTION_TITLES } from '../checklist/catalogue.js';
import type { ChecklistItemResult, Finding, ModelResult, Report } from '../report.js';
import { changeText, checklistText, location, modelTitle, summaryText, VERDICT_ICON } from './common.js';

// Unpadded tables: the PR comment has a 65,536-character limit and padding only helps raw-text readers.
const markdownTable = (rows: string[][]): string => padded(rows, { alignDelimiters: false, padding: true });

/** Text inside a table cell: no pipes or line breaks. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const STATUS_TEXT: Record<ChecklistItemResult['status'], string> = {
  verified: '✅ verified',
  answered: '✅ answered',
  unanswered: '▫️ unanswered',
  'no-evidence': '⚠️ no evidence',
  'answered-no': '❌ no',
};

function findingsList(findings: readonly Finding[]): string[] {
  return findings.map((f) => {
    const where = location(f);
    const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
    return `- ${icon} ${where ? `\`${where}\` ` : ''}${f.message}${f.hint ? ` — _${f.hint}_` : ''}`;
  });
}

function checklistDetails(model: ModelResult): string[] {
  const checklist = model.checklist;
  if (!checklist) return [];
  const out = [`<details><summary>Readiness checklist: ${checklistText(model)}</summary>`, ''];
  for (const section of CHECKLIST_SECTIONS) {
    const items = checklist.items.filter((i) => i.section === section);
    out.push(`**${section}** — ${SECTION_TITLES[section]}`, '');
    out.push(
      markdownTable([
        ['Item', 'Required', 'Status', 'Evidence'],
        ...items.map((i) => [`\`${i.id}\``, i.required ? 'yes' : '', i.status === 'answered' && i.answer === 'n/a' ? '➖ n/a' : STATUS_TEXT[i.status], cell(i.proof ?? (i.evidence ?? []).join('; '))]),
      ]),
      '',
    );
  }
  out.push('</details>');
  return out;
}

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`## ${VERDICT_ICON[report.verdict]} modelops ${report.command}: ${report.verdict}`, '');
  const base = report.repository.base;
  out.push(`${summaryText(report)}${base ? ` · compared with \`${base.ref}\` (${base.commit.slice(0, 12)})` : ''}`, '');
  if (report.findings.length > 0) out.push(...findingsList(report.findings), '');
  if (report.models.length > 0) {
    out.push(
      markdownTable([
        ['Model', 'Version', 'Stage', 'Change', 'Checklist', 'Verdict'],
        ...report.models.map((m) => [
          `\`${m.name}\``,
          m.version ?? '',
          m.stage ?? '',
          cell(changeText(m)),
          m.checklist ? `${m.checklist.satisfiedRequired}/${m.checklist.required}` : '',
          `${VERDICT_ICON[m.verdict]} ${m.verdict}`,
        ]),
      ]),
      '',
    );
  }
  for (const model of report.models) {
    out.push(`### ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}`, '', `Manifest: \`${model.manifest}\``, '');
    if (model.findings.length > 0) out.push(...findingsList(model.findings), '');
    if (model.gates.length > 0) {
      out.push(markdownTable([['Gate', 'Verdict', 'Summary'], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), '');
    }
    out.push(...checklistDetails(model), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
