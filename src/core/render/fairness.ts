// Markdown for the fairness section: a table per attribute (groups as rows), the aggregates with their
// intervals, and a Mermaid bar chart of the selection rate per group (GitHub renders it, no image upload).
import { markdownTable as padded } from 'markdown-table';
import type { AttributeFairness, FairnessResult, GroupMetrics } from '../fairness/evaluate.js';
import { num } from './common.js';

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
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Selection rate by ${mermaidText(attribute.name)}"`,
    `    x-axis [${groups.map((g) => `"${mermaidText(g.group)}"`).join(', ')}]`,
    '    y-axis "selected (%)" 0 --> 100',
    `    bar [${groups.map((g) => ((g.rates.selection_rate ?? 0) * 100).toFixed(1)).join(', ')}]`,
    '```',
  ];
}

function attributeSection(attribute: AttributeFairness, champion: AttributeFairness | undefined): string[] {
  const out = [`**${attribute.name}**`, ''];
  if (attribute.error) return [...out, `⛔ ${attribute.error}`, ''];
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some((g) => 'rates' in g);
  const header = binary ? ['Group', 'Rows', 'Share', 'Base rate', 'Selected', 'TPR', 'FPR', 'Precision', 'Accuracy'] : ['Group', 'Rows', 'Share', 'MAE', 'RMSE', 'Mean prediction'];
  out.push(markdownTable([header, ...attribute.groups.map((g) => groupRow(g, judged.has(g.group)))]), '');
  for (const excluded of attribute.excluded) out.push(`- ⚠️ ${excluded.group}: ${excluded.reason}`);
  if (attribute.excluded.length > 0) out.push('');
  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const rows = attribute.aggregates
    .filter((a) => a.method === 'between_groups' && (a.agg === undefined || a.agg === 'worst_case'))
    .map((a) => [
      a.id,
      a.value === null ? `— (${a.reason ?? a.status})` : num(a.value),
      a.ci ? `[${num(a.ci.lower)}, ${num(a.ci.upper)}]` : '',
      ...(champion ? [num(championAggregates.get(a.key)?.value)] : []),
    ]);
  if (rows.length > 0) out.push(markdownTable([['Aggregate (between groups)', 'Value', '95% interval', ...(champion ? ['Champion'] : [])], ...rows]), '');
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

export function fairnessMarkdown(fairness: { challenger: FairnessResult; champion?: FairnessResult }): string[] {
  const { challenger, champion } = fairness;
  const out = [`<details><summary>Fairness on ${challenger.rows} rows (groups under ${challenger.minGroupSize} rows are reported, not judged)</summary>`, ''];
  for (const note of challenger.notes) out.push(`- ${note}`);
  if (challenger.notes.length > 0) out.push('');
  for (const attribute of challenger.attributes) out.push(...attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name)));
  out.push('</details>', '');
  return out;
}
