// GitHub-flavoured Markdown rendering of a report (PR comment, job summary).
import { markdownTable as padded } from 'markdown-table';
import { checklistSections, sectionTitle } from '../../checklist/catalogue.js';
import { fairnessMarkdown } from '../../fairness/render.js';
import { driftMarkdown, monitoringText } from '../../drift/render.js';
import type { ChecklistItemResult, Finding, ModelResult, Report } from '../model.js';
import { enforcementText } from '../../promotion/enforcement.js';
import { artifactStatusText, auditScopeText, boundText, changeText, checklistText, checkValue, eventTitle, intervalText, location, modelTitle, num, promotionText, pullRequestText, signed, summaryText, timeText, VERDICT_ICON } from './common.js';

// Unpadded tables: the PR comment has a 65,536-character limit and padding only helps raw-text readers.
export const markdownTable = (rows: string[][]): string => padded(rows, { alignDelimiters: false, padding: true });

/** Text inside a table cell: no pipes or line breaks. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

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

const SIGNATURE_TEXT = { unsigned: 'unsigned', good: '🔏 good', bad: '❌ bad', unverified: '⚠️ unverified' } as const;

/** The audit trail of a model: stages held at the instant asked, every registry event, every registered version. */
function auditDetails(model: ModelResult): string[] {
  const audit = model.audit;
  if (!audit) return [];
  const out: string[] = [];
  if (audit.stages.length > 0) {
    out.push(markdownTable([['Stage', 'Version', 'Tag', 'Since (UTC)'], ...audit.stages.map((s) => [s.stage, s.version ?? '?', `\`${cell(s.tag)}\``, timeText(s.since)])]), '');
  } else out.push('_No stage assigned at that time._', '');
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

function evaluationDetails(model: ModelResult): string[] {
  const e = model.evaluation;
  if (!e) return [];
  const out = [`<details><summary>Evaluation on <code>${e.dataset}</code> (${e.rows} rows)</summary>`, ''];
  const championMetrics = e.champion?.metrics;
  out.push(
    markdownTable([
      ['Metric', 'Model', ...(championMetrics ? [`Champion ${e.champion!.version}`, 'Δ'] : [])],
      ...Object.entries(e.metrics).map(([id, value]) => {
        const champion = championMetrics?.[id];
        const delta = value !== null && champion !== undefined && champion !== null ? value - champion : null;
        return [id, num(value), ...(championMetrics ? [num(champion), signed(delta)] : [])];
      }),
    ]),
    '',
  );
  if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, '');
  if (e.operational) {
    const op = e.operational;
    out.push(`Latency p50 / p95 / p99: ${num(op.latencyMs.p50)} / ${num(op.latencyMs.p95)} / ${num(op.latencyMs.p99)} ms · throughput ${num(op.throughputRowsPerS)} rows/s · model ${num(op.modelSizeMb)} MiB · peak RSS ${num(op.peakRssMb)} MiB.`, '');
  }
  if (e.champion) {
    const c = e.champion;
    out.push(`**Against the champion** ${c.version} (\`${c.source}\`, ${c.commit.slice(0, 12)}):`, '');
    out.push(
      markdownTable([
        ['Metric', 'Model', 'Champion', 'Δ', 'Interval of Δ', 'p', 'Method', 'Regression'],
        ...c.comparisons.map((m) => [m.metric, num(m.challenger), num(m.champion), signed(m.delta), intervalText(m), m.pValue === undefined ? '' : num(m.pValue), m.method ?? '', m.regression ? '❌ yes' : 'no']),
      ]),
      '',
    );
    if (c.mcnemar) out.push(`McNemar (${c.mcnemar.method}): ${c.mcnemar.onlyChallengerCorrect} rows only the model gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}.`, '');
  }
  if (e.importance) {
    const imp = e.importance;
    const champion = new Map((imp.champion ?? []).map((f) => [f.feature, f]));
    out.push(`**Permutation importance** (drop in ${imp.metric}, ${imp.repeats} shuffles on ${imp.rows} rows):`, '');
    out.push(
      markdownTable([
        ['Feature', 'Model', ...(imp.champion ? ['Champion'] : [])],
        ...imp.challenger.map((f) => [f.feature, `${num(f.importance)} ± ${num(f.std)}`, ...(imp.champion ? [champion.has(f.feature) ? num(champion.get(f.feature)!.importance) : '—'] : [])]),
      ]),
      '',
    );
  }
  out.push('</details>', '');
  return out;
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
  for (const model of report.models) {
    out.push(`### ${VERDICT_ICON[model.verdict]} ${modelTitle(model)}`, '', `Manifest: \`${model.manifest}\``, '');
    if (model.enforcement) out.push(`**Policy:** ${enforcementText(model.enforcement)}.`, '');
    if (model.promotion) out.push(`**Promotion:** ${promotionText(model.promotion)}`, '');
    if (model.findings.length > 0) out.push(...findingsList(model.findings, withCode), '');
    out.push(...auditDetails(model));
    if (model.gates.length > 0) {
      out.push(markdownTable([['Gate', 'Verdict', 'Summary'], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), '');
      out.push(...gateDetails(model));
    }
    out.push(...evaluationDetails(model));
    if (model.evaluation?.fairness) out.push(...fairnessMarkdown(model.evaluation.fairness, model.gates.find((g) => g.gate === 'fairness')));
    if (model.evaluation?.drift) out.push(...driftMarkdown(model.evaluation.drift, { open: report.command === 'drift' }));
    if (model.monitoring) out.push(`**Monitoring:** ${monitoringText(model.monitoring)}.`, '');
    out.push(...checklistDetails(model), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
