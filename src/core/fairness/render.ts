// Markdown for the fairness section: a table per attribute (groups as rows), the aggregates with their
// point, interval, bound, rule and decision (from the fairness gate's checks), and a Mermaid chart of the
// selection rate per group with its interval (GitHub renders it, no image upload).
import { markdownTable as padded } from 'markdown-table';
import type { AttributeFairness, FairnessResult, GroupMetrics } from './evaluate.js';
import { describeBound } from '../evaluation/bounds.js';
import type { GateCheck, GateResult } from '../report/verdict.js';
import type { ModelResult } from '../report/model.js';
import { escapeHtml, num } from '../report/render/common.js';
import { badge, figure, flag, html, keyOf, legend, n, table, type Cell } from '../report/render/html-parts.js';
import { COLORS, verticalBars, type Series } from '../report/render/svg.js';

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

// ---- HTML ----

type BinaryGroup = Extract<GroupMetrics, { rates: unknown }>;
const isBinary = (g: GroupMetrics): g is BinaryGroup => 'rates' in g;

function groupCells(group: GroupMetrics, judged: boolean): Cell[] {
  const name = html(`${escapeHtml(group.group)}${judged ? '' : ' <span class="muted">(not judged)</span>'}`);
  if (isBinary(group)) {
    const r = group.rates;
    return [name, n(String(group.count)), n(pct(group.share)), n(pct(r.base_rate)), n(pct(r.selection_rate)), n(pct(r.tpr)), n(pct(r.fpr)), n(pct(r.precision)), n(pct(r.accuracy))];
  }
  return [name, n(String(group.count)), n(pct(group.share)), n(num(group.measures.mae)), n(num(group.measures.rmse)), n(num(group.measures.mean_prediction))];
}

function attributeHtml(attribute: AttributeFairness, champion: AttributeFairness | undefined, band: FairnessResult['band'], checks: ReadonlyMap<string, GateCheck>): string {
  const out = [`<h4>${escapeHtml(attribute.name)}</h4>`];
  if (attribute.error) return [...out, `<p>${badge('error')} ${escapeHtml(attribute.error)}</p>`].join('\n');
  const judged = new Set(attribute.compared);
  const binary = attribute.groups.some(isBinary);
  const head = binary ? ['Group', 'Rows', 'Share', 'Base rate', 'Selected', 'TPR', 'FPR', 'Precision', 'Accuracy'] : ['Group', 'Rows', 'Share', 'MAE', 'RMSE', 'Mean prediction'];
  const rows = attribute.groups.map((g) => groupCells(g, judged.has(g.group)));
  if (attribute.overall) rows.push(groupCells({ ...attribute.overall, group: 'overall' }, true));
  out.push(table(head, rows));
  if (attribute.excluded.length > 0) out.push(`<ul>${attribute.excluded.map((e) => `<li>${escapeHtml(e.group)}: ${escapeHtml(e.reason)}</li>`).join('')}</ul>`);

  if (binary) {
    const groups = attribute.groups.filter(isBinary);
    const championGroups = new Map((champion?.groups ?? []).filter(isBinary).map((g) => [g.group, g]));
    const series: Series[] = [{ name: 'model', color: COLORS.model, values: groups.map((g) => g.rates.selection_rate) }];
    if (champion) series.push({ name: 'champion', color: COLORS.champion, values: groups.map((g) => championGroups.get(g.group)?.rates.selection_rate ?? null) });
    const overall = attribute.overall && isBinary(attribute.overall) ? attribute.overall.rates.selection_rate : null;
    const aria = `Selection rate by ${attribute.name}: ${groups.map((g) => `${g.group} ${pct(g.rates.selection_rate)}${champion ? ` (champion ${pct(championGroups.get(g.group)?.rates.selection_rate)})` : ''}`).join('; ')}${overall === null ? '' : `; overall ${pct(overall)}`}.`;
    out.push(
      figure(
        verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series, format: pct, minMax: 0.1, ...(overall === null ? {} : { reference: { value: overall, label: `overall ${pct(overall)}` } }) }),
        legend(keyOf(COLORS.model, 'model'), ...(champion ? [keyOf(COLORS.champion, 'champion')] : []), ...(overall === null ? [] : [keyOf(COLORS.axis, `overall selection rate ${pct(overall)}`, true)])),
        `Share of each group the model selects (predicts positive).`,
      ),
    );
  } else {
    const groups = attribute.groups.filter((g): g is Exclude<GroupMetrics, BinaryGroup> => !isBinary(g));
    const aria = `Mean absolute error by ${attribute.name}: ${groups.map((g) => `${g.group} ${num(g.measures.mae)}`).join('; ')}.`;
    out.push(figure(verticalBars({ ariaLabel: aria, categories: groups.map((g) => g.group), series: [{ name: 'model', color: COLORS.model, values: groups.map((g) => g.measures.mae) }], format: num }), legend(keyOf(COLORS.model, 'model')), 'Mean absolute error per group.'));
  }

  const championAggregates = new Map((champion?.aggregates ?? []).map((a) => [a.key, a]));
  const aggregates = attribute.aggregates.filter((a) => a.method === 'between_groups' && (a.agg === undefined || a.agg === 'worst_case'));
  out.push(
    table(
      ['Aggregate (between groups)', 'Value', 'Interval', 'Bound', 'Decision', 'Lowest', 'Highest', ...(champion ? ['Champion'] : [])],
      aggregates.map((a) => {
        const component = a.components[0];
        const extreme = (g: { group: string; value: number } | undefined) => (g ? `${g.group} ${num(g.value)}` : '');
        const check = checks.get(`${a.id} (${attribute.name})`);
        return [
          a.id,
          n(a.value === null ? `— (${a.reason ?? a.status})` : num(a.value)),
          n(a.ci ? `[${num(a.ci.lower)}, ${num(a.ci.upper)}] at ${Math.round(a.ci.level * 100)}%` : ''),
          n(check?.bound ? describeBound(check.bound) : ''),
          check ? decisionText(check) : 'not gated',
          extreme(component?.lowest),
          extreme(component?.highest),
          ...(champion ? [n(num(championAggregates.get(a.key)?.value))] : []),
        ];
      }),
      { caption: 'Aggregates' },
    ),
  );
  if (attribute.reference) {
    out.push(
      table(
        ['Disparity', 'Group', 'Group rate', 'Reference rate', 'Ratio', 'Interval', `Within ${num(band.min)}–${num(band.max)}`],
        attribute.disparities.map((d) => [
          d.id,
          d.group,
          n(num(d.groupRate)),
          n(num(d.referenceRate)),
          n(d.value === null ? `— (${d.reason ?? 'no value'})` : num(d.value)),
          n(d.ci ? `[${num(d.ci.lower)}, ${num(d.ci.upper)}]` : ''),
          html(d.withinBand === null ? '—' : d.withinBand ? 'yes' : flag('warn', 'no')),
        ]),
        { caption: `Disparities against the reference group ${attribute.reference.group} (${attribute.reference.chosen})` },
      ),
    );
  } else if (attribute.referenceProblem) out.push(`<p>No reference group: ${escapeHtml(attribute.referenceProblem.message)}</p>`);
  for (const note of attribute.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join('\n');
}

/** The fairness section in HTML: per attribute, the groups, a chart of their selection rates, the aggregates with their decisions, the disparities. */
export function fairnessHtml(model: ModelResult): string | undefined {
  const fairness = model.evaluation?.fairness;
  if (!fairness) return undefined;
  const gate = model.gates.find((g) => g.gate === 'fairness');
  const { challenger, champion } = fairness;
  const resamples = challenger.bootstrap ? ` (${challenger.bootstrap.resamples} resamples)` : '';
  const out = [`<h3>Fairness</h3>`, `<p>${challenger.rows} rows; groups under ${challenger.minGroupSize} rows are reported, not judged. ${escapeHtml(ruleSentence(challenger, gate))}${resamples}</p>`];
  for (const note of challenger.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(attributeHtml(attribute, champion?.attributes.find((a) => a.name === attribute.name), challenger.band, checks));
  return out.join('\n');
}
