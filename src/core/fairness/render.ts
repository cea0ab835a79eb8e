// Markdown for the fairness section: a table per attribute (groups as rows), the aggregates with their
// point, interval, bound, rule and decision (from the fairness gate's checks), and a Mermaid chart of the
// selection rate per group with its interval (GitHub renders it, no image upload).
import { markdownTable as padded } from 'markdown-table';
import type { AttributeFairness, FairnessResult, GroupMetrics } from './evaluate.js';
import { describeBound } from '../evaluation/bounds.js';
import type { GateCheck, GateResult } from '../report/verdict.js';
import { num } from '../report/render/common.js';

const markdownTable = (rows: string[][]): string => padded(rows, { alignDelimiters: false });
const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

/** Mermaid labels are quoted strings: drop what would end them. */
const mermaidText = (text: string): string => text.replace(/["\n]/g, "'");

function groupRow(group: GroupMetrics, judged: boolean): string[] {
  const name = `${group.group}${judged ? '' : ' ⚠️'}`;
  if ('rates' in group) {
    const r = group.rates;
    return [name, String(group.count), pct(group.share), pct(r.base_rate), pct(r.selection_rate), pct(r.tpr), pct(r.fpr), pct(r.precision), pct(r.accuracy)];
  }
  return [name, String(group.count), pct(group.share), num(group.measures.mae), num(group.measures.rmse), num(group.measures.mean_prediction)];
}

export function selectionRateChart(attribute: AttributeFairness): string[] {
  const groups = attribute.groups.filter((g): g is Extract<GroupMetrics, { rates: unknown }> => 'rates' in g && g.rates.selection_rate !== null);
  if (groups.length === 0) return [];
  const percent = (v: number) => (v * 100).toFixed(1);
  const withInterval = groups.every((g) => g.selectionRateInterval);
  const level = groups[0]!.selectionRateInterval?.level;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Selection rate by ${mermaidText(attribute.name)}${withInterval && level ? ` (lines: ${Math.round(level * 100)}% interval)` : ''}"`,
    `    x-axis [${groups.map((g) => `"${mermaidText(g.group)}"`).join(', ')}]`,
    '    y-axis "selected (%)" 0 --> 100',
    `    bar [${groups.map((g) => percent(g.rates.selection_rate ?? 0)).join(', ')}]`,
    ...(withInterval ? [`    line [${groups.map((g) => percent(g.selectionRateInterval!.lower)).join(', ')}]`, `    line [${groups.map((g) => percent(g.selectionRateInterval!.upper)).join(', ')}]`] : []),
    '```',
  ];
}

const DECISION_ICON: Record<string, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '⛔', skipped: '⏭️' };

/** The decision of a fairness check in a few words: its verdict and what it rests on. */
export function decisionText(check: GateCheck): string {
  const icon = DECISION_ICON[check.verdict] ?? '';
  if (check.value === null || check.value === undefined) return `${icon} ${check.verdict}`;
  if (check.rule === 'point-estimate') return `${icon} ${check.verdict} (point estimate)`;
  if (check.verdict === 'fail') return `${icon} fail: whole interval outside the bound`;
  if (check.verdict === 'warn' && check.interval) return `${icon} warn: outside the bound, not shown broken`;
  return `${icon} ${check.verdict}`;
}

/** The sentence that says how the fairness bounds were decided, from the gate's checks. */
export function ruleSentence(fairness: FairnessResult, gate: GateResult | undefined): string {
  const rule = gate?.checks.find((c) => c.rule)?.rule;
  const level = fairness.intervals ? `${Number((fairness.intervals.level * 100).toPrecision(4))}%` : undefined;
  const how = fairness.intervals ? ` Intervals: ${fairness.intervals.method}.` : '';
  if (rule === 'evidence') return `Rule: evidence — a bound fails only when the whole ${level} interval lies outside it; a value outside the bound whose interval reaches it warns (not shown broken).${how}`;
  if (rule === 'point-estimate') return `Rule: point-estimate — the measured value alone passes or fails.${how}`;
  return how.trim();
}

function attributeSection(attribute: AttributeFairness, champion: AttributeFairness | undefined, checks: ReadonlyMap<string, GateCheck>): string[] {
  const out = [`**${attribute.name}**`, ''];
  if (attribute.error) return [...out, `⛔ ${attribute.error}`, ''];
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some((g) => 'rates' in g);
  const header = binary ? ['Group', 'Rows', 'Share', 'Base rate', 'Selected', 'TPR', 'FPR', 'Precision', 'Accuracy'] : ['Group', 'Rows', 'Share', 'MAE', 'RMSE', 'Mean prediction'];
  out.push(markdownTable([header, ...attribute.groups.map((g) => groupRow(g, judged.has(g.group)))]), '');
  for (const excluded of attribute.excluded) out.push(`- ⚠️ ${excluded.group}: ${excluded.reason}`);
  if (attribute.excluded.length > 0) out.push('');
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const level = attribute.aggregates.find((a) => a.ci)?.ci?.level;
  const rows = attribute.aggregates
    .filter((a) => a.method === 'between_groups' && (a.agg === undefined || a.agg === 'worst_case'))
    .map((a) => {
      const check = checks.get(`${a.id} (${attribute.name})`);
      return [
        a.id,
        a.value === null ? `— (${a.reason ?? a.status})` : num(a.value),
        a.ci ? `[${num(a.ci.lower)}, ${num(a.ci.upper)}]` : '',
        check?.bound ? describeBound(check.bound) : '',
        check ? decisionText(check) : 'not gated',
        ...(champion ? [num(championAggregates.get(a.key)?.value)] : []),
      ];
    });
  if (rows.length > 0) {
    const header = ['Aggregate (between groups)', 'Value', level ? `${Math.round(level * 100)}% interval` : 'Interval', 'Bound', 'Decision', ...(champion ? ['Champion'] : [])];
    out.push(markdownTable([header, ...rows]), '');
  }
  if (attribute.reference) {
    const outside = attribute.disparities.filter((d) => d.withinBand === false);
    out.push(
      `Disparities against the reference group **${attribute.reference.group}** (${attribute.reference.chosen}): ` +
        (outside.length === 0 ? 'all within the band.' : outside.map((d) => `${d.id} of ${d.group} ${num(d.value)}`).join(', ') + ' outside the band.'),
      '',
    );
  } else if (attribute.referenceProblem) out.push(`No reference group: ${attribute.referenceProblem.message}`, '');
  out.push(...selectionRateChart(attribute), '');
  return out;
}

/** `gate`: the fairness gate's result, whose checks give each aggregate's bound and decision. */
export function fairnessMarkdown(fairness: { challenger: FairnessResult; champion?: FairnessResult }, gate?: GateResult): string[] {
  const { challenger, champion } = fairness;
  const out = [`<details><summary>Fairness on ${challenger.rows} rows (groups under ${challenger.minGroupSize} rows are reported, not judged)</summary>`, ''];
  const rule = ruleSentence(challenger, gate);
  if (rule) out.push(rule, '');
  for (const note of challenger.notes) out.push(`- ${note}`);
  if (challenger.notes.length > 0) out.push('');
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(...attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name), checks));
  out.push('</details>', '');
  return out;
}
