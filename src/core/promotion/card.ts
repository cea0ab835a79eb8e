// A model card (Markdown) from the manifest and the evidence of its latest promotion: what the model
// is for, on what data, how it measured, how it is deployed and watched, and who approved it.
import { checklistSections, sectionTitle } from '../checklist/catalogue.js';
import type { Evidence } from './evidence.js';
import type { Manifest } from '../manifest/manifest.js';
import type { AuditEvent, ModelResult } from '../report/model.js';
import type { WaiverUse } from './waivers.js';
import { eventTitle, pullRequestText } from '../audit/render.js';
import { num, signed, timeText, VERDICT_ICON } from '../report/render/common.js';
import { fairnessMarkdown } from '../fairness/render.js';
import { cell, markdownTable } from '../report/render/markdown-parts.js';

export interface CardInput {
  manifest: Manifest;
  manifestPath: string;
  /** Evidence of the model's newest modelops tag, preferably for the manifest's version. */
  evidence?: Evidence;
  /** The registry events of the model, oldest first. */
  history: readonly AuditEvent[];
  /** Waivers the model's promotions used, with the tag whose evidence records each. */
  waivers?: (WaiverUse & { tag: string })[];
  toolVersion: string;
}

const list = (items: readonly string[]): string[] => items.map((i) => `- ${i}`);
const describeBound = (b: { min?: number; max?: number }): string => [b.min !== undefined ? `≥ ${b.min}` : '', b.max !== undefined ? `≤ ${b.max}` : ''].filter((x) => x !== '').join(', ');

function overview(m: Manifest): string[] {
  const rows = [
    ['Version', m.metadata.version],
    ['Stage', m.stage],
    ['Task', m.problem.task],
    ['Owners', m.metadata.owners.join(', ')],
    ...Object.entries(m.metadata.labels ?? {}).map(([k, v]) => [`Label \`${k}\``, v]),
  ];
  return [markdownTable([['', ''], ...rows.map(([k, v]) => [k!, cell(v!)])]), ''];
}

function intendedUse(m: Manifest): string[] {
  const out = ['## Intended use', '', m.problem.statement.trim(), ''];
  if (m.problem.kpis && m.problem.kpis.length > 0) {
    out.push('**Key performance indicators**', '', markdownTable([['KPI', 'Definition', 'Target'], ...m.problem.kpis.map((k) => [cell(k.name), cell(k.description ?? ''), cell(k.target ?? '')])]), '');
  }
  const acceptance = m.problem.acceptance === undefined ? [] : [m.problem.acceptance].flat();
  if (acceptance.length > 0) out.push('**Acceptance criteria**', '', ...list(acceptance), '');
  const misuse = m.checklist['usable']?.['misuse'];
  if (misuse) out.push(`**Misuse considered:** ${misuse.answer}${misuse.evidence ? ` — ${[misuse.evidence].flat().join('; ')}` : ''}`, '');
  return out;
}

function modelSection(m: Manifest): string[] {
  const a = m.artifact;
  const rows = [
    ['Artifact', `\`${a.path}\` (${a.format})`],
    ['sha256', `\`${a.sha256}\``],
    ['Inputs', a.inputs.layout === 'tensor' ? 'one tensor of all features, in the order below' : 'one input per column'],
    ...(a.threshold !== undefined ? [['Decision threshold', String(a.threshold)]] : []),
  ];
  return ['## Model', '', markdownTable([['', ''], ...rows.map(([k, v]) => [k!, cell(v!)])]), ''];
}

function dataSection(m: Manifest): string[] {
  const d = m.data;
  const out = ['## Data', '', `Label: \`${d.label.column}\`${d.label.positive !== undefined ? ` (positive class \`${String(d.label.positive)}\`)` : ''}.`, ''];
  const datasets = (['training', 'evaluation', 'reference'] as const).flatMap((role) => {
    const ds = d[role];
    return ds ? [[role, cell(ds.path ?? ds.uri ?? ''), ds.rows === undefined ? '' : String(ds.rows), cell(ds.provenance ?? ds.description ?? ''), ds.sha256 ? `\`${ds.sha256.slice(0, 12)}…\`` : '']] : [];
  });
  out.push(markdownTable([['Dataset', 'Where', 'Rows', 'Provenance', 'sha256'], ...datasets]), '');
  out.push(`**Features** (${d.features.length})`, '', markdownTable([['Feature', 'Type', 'Description'], ...d.features.map((f) => [`\`${f.name}\``, f.type, cell(f.description ?? '')])]), '');
  if (d.sensitive && d.sensitive.length > 0) {
    out.push('**Sensitive attributes**', '', markdownTable([['Attribute', 'Column', 'Groups'], ...d.sensitive.map((s) => [s.name, `\`${s.column}\``, s.bins ? `bins at ${s.bins.join(', ')}` : 'categories'])]), '');
  }
  return out;
}

function evaluationSection(model: ModelResult | undefined, evidence: Evidence | undefined, m: Manifest): string[] {
  const out = ['## Evaluation', ''];
  if (!evidence || !model) {
    out.push('_No promotion evidence yet: `modelops gate` measures the model, `modelops promote` records it in a tag._', '');
    return out;
  }
  const stale = evidence.version !== m.metadata.version ? ` — **for version ${evidence.version}, not ${m.metadata.version}**` : '';
  out.push(`From the evidence of \`${evidence.tag}\` (promoted commit \`${evidence.mergeCommit.slice(0, 12)}\`, ${timeText(evidence.createdAt)} UTC)${stale}: gates ${VERDICT_ICON[evidence.verdict]} ${evidence.verdict}.`, '');
  if (model.gates.length > 0) out.push(markdownTable([['Gate', 'Verdict', 'Summary'], ...model.gates.map((g) => [g.gate, `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)])]), '');
  const e = model.evaluation;
  if (e) {
    out.push(`**Metrics** on \`${e.dataset}\` (${e.rows} rows)`, '');
    const bounds = m.gates?.performance?.metrics ?? {};
    out.push(markdownTable([['Metric', 'Value', 'Bound'], ...Object.entries(e.metrics).map(([id, v]) => [id, num(v), bounds[id] ? describeBound(bounds[id]!) : ''])]), '');
    if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, '');
    if (e.operational) out.push(`Latency p95 ${num(e.operational.latencyMs.p95)} ms, throughput ${num(e.operational.throughputRowsPerS)} rows/s, model ${num(e.operational.modelSizeMb)} MiB.`, '');
    if (e.baseline) {
      out.push(`**Against the baseline** (${e.baseline.kind}: ${e.baseline.description})`, '', markdownTable([['Metric', 'Model', 'Baseline', 'Δ'], ...e.baseline.comparisons.map((c) => [c.metric, num(c.challenger), num(c.champion), signed(c.delta)])]), '');
    }
    if (e.champion) {
      out.push(`**Against the production version** ${e.champion.version} (\`${e.champion.source}\`)`, '', markdownTable([['Metric', 'Model', 'Production', 'Δ', 'Regression'], ...e.champion.comparisons.map((c) => [c.metric, num(c.challenger), num(c.champion), signed(c.delta), c.regression ? 'yes' : 'no'])]), '');
    }
    if (e.fairness) out.push('## Fairness', '', ...fairnessMarkdown(e.fairness, model.gates.find((g) => g.gate === 'fairness')), '');
  }
  return out;
}

function operationsSection(m: Manifest): string[] {
  const out = ['## Deployment and monitoring', ''];
  const dep = m.deployment;
  const mon = m.monitoring;
  const rows: string[][] = [];
  if (dep?.mode) rows.push(['Mode', dep.mode]);
  if (dep?.strategy) rows.push(['Rollout', dep.strategy]);
  if (dep?.rollback) rows.push(['Rollback', `${dep.rollback.plan}${dep.rollback.to_version ? ` (to ${dep.rollback.to_version})` : ''}`]);
  if (dep?.fallback) rows.push(['Fallback', dep.fallback.plan]);
  if (mon?.schedule) rows.push(['Monitoring schedule', `\`${mon.schedule}\``]);
  if (m.gates?.drift) rows.push(['Drift', `method ${m.gates.drift.method ?? 'auto'}${m.gates.drift.drift_share !== undefined ? `, alert when ${m.gates.drift.drift_share * 100}% of features drift` : ''}`]);
  if (mon?.retraining) rows.push(['Retraining', `between ${mon.retraining.min_interval ?? '—'} and ${mon.retraining.max_interval ?? '—'}${mon.retraining.trigger ? `, trigger ${mon.retraining.trigger.type}` : ''}`]);
  if (rows.length === 0) out.push('_Not declared in the manifest._', '');
  else out.push(markdownTable([['', ''], ...rows.map(([k, v]) => [k!, cell(v!)])]), '');
  return out;
}

function checklistSection(model: ModelResult | undefined, m: Manifest): string[] {
  const out = ['## Readiness checklist', ''];
  const checklist = model?.checklist;
  if (checklist) {
    out.push(`${checklist.satisfiedRequired} of ${checklist.required} items the stage requires are satisfied; ${checklist.verified} are proven by the manifest itself.`, '');
    const rows = checklistSections(checklist.items).map((section) => {
      const items = checklist.items.filter((i) => i.section === section);
      return [`${section} — ${sectionTitle(section, checklist.sectionTitles)}`, `${items.filter((i) => i.satisfied).length}/${items.length}`];
    });
    out.push(markdownTable([['Section', 'Satisfied'], ...rows]), '');
    const gaps = checklist.items.filter((i) => !i.satisfied);
    if (gaps.length > 0) out.push('**Open items**', '', ...list(gaps.map((i) => `\`${i.id}\` (${i.status}): ${i.question}`)), '');
    return out;
  }
  const answered = Object.values(m.checklist).reduce((n, section) => n + Object.keys(section ?? {}).length, 0);
  out.push(`${answered} items answered in the manifest (see \`modelops validate\` for what the stage requires).`, '');
  return out;
}

function historySection(history: readonly AuditEvent[]): string[] {
  const out = ['## Registry history and approvals', ''];
  if (history.length === 0) {
    out.push('_Not registered yet._', '');
    return out;
  }
  out.push(markdownTable([['Time (UTC)', 'Event', 'Tag', 'Pull request', 'Gates'], ...history.map((e) => [timeText(e.time), cell(eventTitle(e)), `\`${cell(e.tag)}\``, cell(pullRequestText(e)), e.verdict ?? `evidence ${e.evidence}`])]), '');
  return out;
}

/** The waivers the promotions used, from each evidence's enforcement record. */
function waiversSection(waivers: CardInput['waivers']): string[] {
  if (!waivers || waivers.length === 0) return [];
  return [
    '## Waivers used',
    '',
    markdownTable([['Tag', 'Check', 'Version', 'Approved by', 'Until', 'Reason', 'Where'], ...waivers.map((w) => [`\`${cell(w.tag)}\``, cell(w.check), cell(w.version ?? ''), cell(w.approvedBy.join(', ')), cell(w.expires), cell(w.reason), cell(`${w.file ?? 'modelops.yaml'}${w.line ? `:${w.line}` : ''}`)])]),
    '',
  ];
}

export function renderCard(input: CardInput): string {
  const m = input.manifest;
  const model = input.evidence?.report.models.find((r) => r.name === m.metadata.name) ?? input.evidence?.report.models[0];
  const out = [`# Model card: ${m.metadata.name} ${m.metadata.version}`, ''];
  if (m.metadata.description) out.push(`> ${m.metadata.description.trim().replace(/\n/g, ' ')}`, '');
  out.push(...overview(m), ...intendedUse(m), ...modelSection(m), ...dataSection(m), ...evaluationSection(model, input.evidence, m), ...operationsSection(m), ...checklistSection(model, m), ...waiversSection(input.waivers), ...historySection(input.history));
  out.push('---', '', `_Generated by modelops ${input.toolVersion} from \`${input.manifestPath}\`${input.evidence ? ` and the evidence in tag \`${input.evidence.tag}\`` : ''}._`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
