// One self-contained HTML page of any command's report (validate, gate, promote, drift, audit): inline
// CSS and inline SVG charts, no script, no font or image fetched — a Content-Security-Policy that
// forbids all of it makes that a property of the page, not a promise. For an auditor's file, an e-mail
// attachment or a CI artifact. Every string from the report is escaped; every chart sits beside a
// table of its numbers.
import { enforcementText } from '../../promotion/enforcement.js';
import { checklistSections, sectionTitle } from '../../checklist/catalogue.js';
import type { AttributeFairness, FairnessResult, GroupMetrics } from '../../fairness/evaluate.js';
import { metricById } from '../../metrics/registry.js';
import type { DriftColumnReport, DriftEvaluation, DriftHistogram } from '../../drift/report.js';
import type { ChecklistItemResult, Evaluation, Finding, GateCheck, GateResult, ModelResult, Report, Verdict } from '../model.js';
import { currentReadText, domainThresholdSource, driftScoreText, methodText, monitoringText, orderedColumns, statisticText, thresholdModeText, thresholdText } from '../../drift/render.js';
import { decisionText, ruleSentence } from '../../fairness/render.js';
import { describeBound } from '../../evaluation/bounds.js';
import {
  artifactStatusText,
  auditScopeText,
  boundText,
  changeText,
  checklistText,
  checkValue,
  escapeHtml,
  eventTitle,
  intervalText,
  location,
  modelTitle,
  num,
  promotionText,
  pullRequestText,
  signed,
  summaryText,
  timeText,
} from './common.js';
import { COLORS, forestPlot, horizontalBars, verticalBars, type ForestRow, type Series } from './svg.js';

const STYLE = `
:root{color-scheme:light}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;max-width:1180px;margin:1.5em auto;padding:0 1em}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.35em;margin-top:2.2em;border-bottom:2px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.1em;margin-top:1.8em;border-bottom:1px solid #eaeef2;padding-bottom:.15em}h4{font-size:1em;margin:1.2em 0 .4em}
table{border-collapse:collapse;margin:.5em 0 1em}table.wide{width:100%}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}tbody th{font-weight:600;background:#fbfcfd}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
caption{text-align:left;font-weight:600;padding:.3em 0}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px}
.muted{color:#656d76}.why{color:#424a53}.v{font-weight:600;padding:1px 7px;border-radius:10px;white-space:nowrap}
.pass{background:#dafbe1;color:#116329}.warn{background:#fff8c5;color:#7d4e00}.fail,.error{background:#ffebe9;color:#a40e26}.skipped{background:#eaeef2;color:#57606a}
.banner{font-size:1.25em;font-weight:700;padding:.6em 1em;border-radius:8px;margin:.6em 0}
.banner small{font-weight:400;font-size:.75em;margin-left:.6em}
ul.findings{padding-left:1.2em}li.error{color:#a40e26}li.warning{color:#7d4e00}li .hint{color:#656d76;font-style:italic}
figure{margin:.6em 0 1.2em;overflow-x:auto}figcaption{color:#424a53;font-size:.92em;margin-top:.2em}
svg.chart{max-width:100%;height:auto;display:block}svg.chart text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1f2328}
svg.chart text.tick,svg.chart text.note{fill:#57606a}svg.chart text.value{font-size:10px;fill:#424a53}
.legend{display:flex;gap:1.2em;flex-wrap:wrap;font-size:.92em;margin:.2em 0}.key{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.35em}
.key.line{height:0;border-top:2px dashed;border-radius:0;vertical-align:.25em}
nav.models ul{padding-left:1.2em;columns:2}
section.model{margin-bottom:2.5em}
[class^=status-]{white-space:nowrap}.status-verified,.status-answered{color:#116329}.status-unanswered{color:#57606a}.status-no-evidence{color:#7d4e00}.status-answered-no,.status-placeholder,.status-contradicted{color:#a40e26}
footer{margin-top:3em;border-top:1px solid #d0d7de;padding-top:.6em;color:#656d76;font-size:.9em}
@media print{body{max-width:none;margin:0}h2{break-before:page}figure,table{break-inside:avoid}}
`;

// Nothing may be fetched or run: inline styles only, no scripts, no network, no frames, no forms.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const badge = (verdict: Verdict): string => `<span class="v ${verdict}">${verdict}</span>`;
/** A yes/no answer coloured like the verdict it leads to, e.g. drifted: yes. */
const flag = (verdict: Verdict, text: string): string => `<span class="v ${verdict}">${escapeHtml(text)}</span>`;
const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);
const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
const keyOf = (color: string, text: string, line = false): string => `<span><span class="key${line ? ' line' : ''}" style="${line ? `border-color:${color}` : `background:${color}`}"></span>${escapeHtml(text)}</span>`;
const legend = (...keys: string[]): string => `<div class="legend">${keys.join('')}</div>`;
const figure = (svg: string, legendHtml: string, caption: string): string => `<figure>${legendHtml}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;

/** A cell is `text` (escaped here) or `{ html }` (already escaped); `n` right-aligns numbers. */
type Cell = string | { html: string; n?: boolean } | { text: string; n: true };

function cellHtml(cell: Cell, tag: 'td' | 'th'): string {
  const scope = tag === 'th' ? ' scope="row"' : '';
  if (typeof cell === 'string') return `<${tag}${scope}>${escapeHtml(cell)}</${tag}>`;
  const content = 'html' in cell ? cell.html : escapeHtml(cell.text);
  return `<${tag}${scope}${cell.n ? ' class="n"' : ''}>${content}</${tag}>`;
}

const n = (text: string): Cell => ({ text, n: true });
const html = (markup: string): Cell => ({ html: markup });

/** A table whose first column names the row (row headers), unless `rowHeaders` is false. */
function table(head: readonly string[], rows: readonly Cell[][], options: { caption?: string; rowHeaders?: boolean; wide?: boolean; dropEmptyColumns?: boolean } = {}): string {
  if (rows.length === 0) return '';
  if (options.dropEmptyColumns) {
    const isEmpty = (cell: Cell | undefined): boolean => (cell === undefined ? true : typeof cell === 'string' ? cell === '' : ('html' in cell ? cell.html : cell.text) === '');
    const keep = head.map((_, i) => i === 0 || rows.some((r) => !isEmpty(r[i])));
    return table(
      head.filter((_, i) => keep[i]),
      rows.map((r) => r.filter((_, i) => keep[i])),
      { ...options, dropEmptyColumns: false },
    );
  }
  const rowHeaders = options.rowHeaders ?? true;
  const body = rows.map((r) => `<tr>${r.map((c, i) => cellHtml(c, i === 0 && rowHeaders ? 'th' : 'td')).join('')}</tr>`).join('');
  return `<table${options.wide ? ' class="wide"' : ''}>${options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : ''}<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

function findings(list: readonly Finding[]): string {
  if (list.length === 0) return '';
  const items = list.map((f) => {
    const where = location(f);
    return `<li class="${f.severity}"><strong>${escapeHtml(f.severity)}</strong> ${code(f.code)} ${where ? `${code(where)} ` : ''}${escapeHtml(f.message)}${f.hint ? ` <span class="hint">— ${escapeHtml(f.hint)}</span>` : ''}</li>`;
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

// ---- Gates ----

function gates(list: readonly GateResult[]): string {
  if (list.length === 0) return '';
  const out = ['<h3>Gates</h3>', table(['Gate', 'Verdict', 'Blocking', 'Summary'], list.map((g) => [g.gate, html(badge(g.verdict)), g.blocking ? 'blocking' : 'advisory', g.summary]), { wide: true })];
  for (const g of list) {
    if (g.checks.length === 0) continue;
    out.push(
      table(
        ['Check', 'Value', 'Bound', 'Compared with', 'Δ', 'Verdict', 'Why'],
        g.checks.map((c) => [
          c.name,
          n(checkValue(c)),
          n(boundText(c)),
          c.champion === undefined ? '' : n(`${num(c.champion)}${c.against === 'baseline' ? ' (baseline)' : ' (champion)'}`),
          c.delta === undefined ? '' : n(signed(c.delta)),
          html(badge(c.verdict)),
          html(`<span class="why">${escapeHtml(c.message ?? '')}</span>`),
        ]),
        { caption: `${g.gate}: ${g.verdict} — ${g.summary}`, wide: true, dropEmptyColumns: true },
      ),
    );
  }
  return out.join('\n');
}

// ---- Evaluation, baseline, champion, importance ----

function evaluationSection(e: Evaluation): string {
  const out = [`<h3>Evaluation on ${code(e.dataset)} (${e.rows} rows)</h3>`];
  const champion = e.champion;
  out.push(
    table(
      ['Metric', 'Model', ...(champion ? [`Champion ${champion.version}`, 'Δ'] : [])],
      Object.entries(e.metrics).map(([id, value]) => {
        const other = champion?.metrics[id];
        const delta = value !== null && other !== undefined && other !== null ? value - other : null;
        return [id, n(num(value)), ...(champion ? [n(num(other)), n(signed(delta))] : [])];
      }),
      { caption: 'Metrics' },
    ),
  );
  if (e.confusion) {
    const c = e.confusion;
    out.push(table(['', 'Predicted negative', 'Predicted positive'], [['Actual negative', n(String(c.tn)), n(String(c.fp))], ['Actual positive', n(String(c.fn)), n(String(c.tp))]], { caption: 'Confusion matrix at the threshold' }));
  }
  if (e.operational) {
    const op = e.operational;
    out.push(
      table(
        ['Latency p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'Throughput (rows/s)', 'Model size (MiB)', 'Peak RSS (MiB)'],
        [[n(num(op.latencyMs.p50)), n(num(op.latencyMs.p95)), n(num(op.latencyMs.p99)), n(num(op.throughputRowsPerS)), n(num(op.modelSizeMb)), n(num(op.peakRssMb))]],
        { caption: 'Operational', rowHeaders: false },
      ),
    );
  }
  if (e.baseline) {
    const b = e.baseline;
    out.push(
      `<h4>Against the baseline (${escapeHtml(b.kind)})</h4><p class="muted">${escapeHtml(b.description)}</p>`,
      table(
        ['Metric', 'Model', 'Baseline', 'Δ', ...(b.comparisons.some((c) => c.ci) ? ['Interval of Δ'] : [])],
        b.comparisons.map((c) => [c.metric, n(num(c.challenger)), n(num(c.champion)), n(signed(c.delta)), ...(b.comparisons.some((x) => x.ci) ? [n(intervalText(c))] : [])]),
      ),
    );
  }
  if (champion) out.push(championSection(champion));
  if (e.importance) out.push(importanceSection(e.importance));
  return out.join('\n');
}

function championSection(champion: NonNullable<Evaluation['champion']>): string {
  const level = champion.comparisons.find((c) => c.ci)?.ci?.level;
  const rows: ForestRow[] = champion.comparisons.map((c) => {
    const direction = metricById(c.metric)?.direction;
    const tolerance = champion.tolerance;
    const limit = tolerance === undefined || direction === undefined ? {} : direction === 'higher-is-better' ? { limit: -tolerance, worseSide: 'below' as const } : { limit: tolerance, worseSide: 'above' as const };
    return {
      label: c.metric,
      estimate: c.delta,
      ...(c.ci ? { lower: c.ci.lower, upper: c.ci.upper } : {}),
      ...limit,
      flagged: c.regression === true,
      note: `Δ ${signed(c.delta)}${c.ci ? ` ${intervalText(c)}` : ''}${c.regression ? ' regression' : ''}`,
    };
  });
  const levelText = level === undefined ? '' : ` with ${Math.round(level * 100)}% intervals`;
  const aria = `Forest plot of model minus champion ${champion.version} per metric${levelText}: ${champion.comparisons.map((c) => `${c.metric} ${signed(c.delta)} ${intervalText(c)}${c.regression ? ' (regression)' : ''}`).join('; ')}${champion.tolerance === undefined ? '' : `; tolerance ${num(champion.tolerance)}`}.`;
  const out = [
    `<h3>Champion vs challenger</h3>`,
    `<p>Against the champion <strong>${escapeHtml(champion.version)}</strong> (${code(champion.source)}, commit ${code(champion.commit.slice(0, 12))}), on the same rows.</p>`,
  ];
  if (rows.length > 0) {
    out.push(
      figure(
        forestPlot({ ariaLabel: aria, rows, format: (v) => signed(v) }),
        legend(keyOf(COLORS.model, `Δ = model − champion${levelText}`), keyOf(COLORS.regression, 'regression'), ...(champion.tolerance === undefined ? [] : [keyOf(COLORS.regression, `tolerance ${num(champion.tolerance)} (shaded: worse side)`, true)])),
        champion.tolerance === undefined
          ? 'A regression is a significant worsening by more than the tolerance; this report does not record the tolerance.'
          : `A metric regresses when its whole interval lies past the dashed tolerance line on the worse side; an interval that straddles it is no evidence of a regression.`,
      ),
    );
  }
  out.push(
    table(
      ['Metric', 'Model', 'Champion', 'Δ', 'Interval of Δ', 'p', 'Method', 'Regression'],
      champion.comparisons.map((c) => [c.metric, n(num(c.challenger)), n(num(c.champion)), n(signed(c.delta)), n(intervalText(c)), n(c.pValue === undefined ? '' : num(c.pValue)), c.method ?? '', html(c.regression ? flag('fail', 'yes') : 'no')]),
    ),
  );
  if (champion.mcnemar) {
    const m = champion.mcnemar;
    out.push(`<p>McNemar (${escapeHtml(m.method)}): ${m.onlyChallengerCorrect} rows only the model gets right, ${m.onlyChampionCorrect} only the champion; p = ${escapeHtml(num(m.pValue))}.</p>`);
  }
  return out.join('\n');
}

function importanceSection(importance: NonNullable<Evaluation['importance']>): string {
  const champion = new Map((importance.champion ?? []).map((f) => [f.feature, f]));
  const features = [...importance.challenger.map((f) => f.feature), ...(importance.champion ?? []).map((f) => f.feature).filter((f) => !importance.challenger.some((c) => c.feature === f))];
  const model = new Map(importance.challenger.map((f) => [f.feature, f]));
  const series: Series[] = [{ name: 'model', color: COLORS.model, values: features.map((f) => model.get(f)?.importance ?? null), spread: features.map((f) => model.get(f)?.std ?? null) }];
  if (importance.champion) series.push({ name: 'champion', color: COLORS.champion, values: features.map((f) => champion.get(f)?.importance ?? null), spread: features.map((f) => champion.get(f)?.std ?? null) });
  const aria = `Permutation importance (drop in ${importance.metric}) per feature, ${importance.champion ? 'model and champion' : 'model'}: ${features.map((f) => `${f} ${num(model.get(f)?.importance)}${importance.champion ? ` / ${num(champion.get(f)?.importance)}` : ''}`).join('; ')}.`;
  return [
    '<h3>Permutation importance</h3>',
    figure(
      horizontalBars({ ariaLabel: aria, items: features, series, format: num }),
      legend(keyOf(COLORS.model, 'model'), ...(importance.champion ? [keyOf(COLORS.champion, 'champion')] : []), '<span>whisker: ± 1 standard deviation over the shuffles</span>'),
      `Drop in ${importance.metric} when the feature is shuffled, ${importance.repeats} shuffles on ${importance.rows} rows.`,
    ),
    `<details><summary>Values</summary>${table(
      ['Feature', 'Model', '± std', ...(importance.champion ? ['Champion', '± std'] : [])],
      features.map((f) => [f, n(num(model.get(f)?.importance)), n(num(model.get(f)?.std)), ...(importance.champion ? [n(num(champion.get(f)?.importance)), n(num(champion.get(f)?.std))] : [])]),
    )}</details>`,
  ].join('\n');
}

// ---- Fairness ----

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

function attributeSection(attribute: AttributeFairness, champion: AttributeFairness | undefined, band: FairnessResult['band'], checks: ReadonlyMap<string, GateCheck>): string {
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

function fairnessSection(fairness: { challenger: FairnessResult; champion?: FairnessResult }, gate: GateResult | undefined): string {
  const { challenger, champion } = fairness;
  const resamples = challenger.bootstrap ? ` (${challenger.bootstrap.resamples} resamples)` : '';
  const out = [`<h3>Fairness</h3>`, `<p>${challenger.rows} rows; groups under ${challenger.minGroupSize} rows are reported, not judged. ${escapeHtml(ruleSentence(challenger, gate))}${resamples}</p>`];
  for (const note of challenger.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  const checks = new Map((gate?.checks ?? []).map((c) => [c.name, c]));
  for (const attribute of challenger.attributes) out.push(attributeSection(attribute, champion?.attributes.find((a) => a.name === attribute.name), challenger.band, checks));
  return out.join('\n');
}

// ---- Drift ----

function histogramFigure(histogram: DriftHistogram, column: DriftColumnReport | undefined): string {
  const aria = `Histogram of ${histogram.column}, share of rows per bin, reference vs current: ${histogram.bins.map((b, i) => `${b} ${pct(histogram.reference[i])} vs ${pct(histogram.current[i])}`).join('; ')}.`;
  return figure(
    verticalBars({
      ariaLabel: aria,
      categories: histogram.bins,
      series: [
        { name: 'reference', color: COLORS.reference, values: histogram.reference },
        { name: 'current', color: COLORS.current, values: histogram.current },
      ],
      format: pct,
      minMax: 0.1,
    }),
    legend(keyOf(COLORS.reference, 'reference'), keyOf(COLORS.current, 'current')),
    `${histogram.column}: share of the non-missing rows per bin${column ? ` — ${methodText(column)} ${driftScoreText(column)}, ${column.drifted ? 'drifted' : 'not drifted'}` : ''}.`,
  );
}

function driftSection(drift: DriftEvaluation): string {
  const f = drift.features;
  const out = [
    `<h3>Drift</h3>`,
    `<p>${code(drift.current.dataset)} (${drift.current.rows} rows) against ${code(drift.reference.dataset)} (${drift.reference.rows} rows)${drift.source === 'profile' ? ', from profiles' : ''}: <strong>${f.drifted} of ${f.columns.length} features drifted</strong> (${pct(f.share)})${f.untested > 0 ? ` — ${f.untested} not tested, counted as not drifted${f.undecided ? ` ${flag('warn', 'could have tipped the decision')}` : ''}` : ''}; the dataset counts as drifted at ≥ ${pct(f.driftShare)}${f.datasetDrifted ? ` ${flag('fail', 'dataset drifted')}` : ''}. Correction: ${escapeHtml(f.correction)}; ${escapeHtml(thresholdModeText(f))}.</p>`,
  ];
  const read = currentReadText(drift.current);
  if (read !== undefined) out.push(`<p>Current data: ${escapeHtml(read)}.</p>`);
  // The report carries bins for the columns it has histograms of (today: the most drifted numeric feature).
  const histograms = drift.histogram ? [drift.histogram] : [];
  const byColumn = new Map(f.columns.map((c) => [c.column, c]));
  for (const h of histograms) out.push(histogramFigure(h, byColumn.get(h.column)));
  out.push(
    table(
      ['Feature', 'Type', 'Method', 'Statistic', 'p (adjusted) / distance', 'Threshold · false alarms', 'Drifted', 'Missing (ref → cur)'],
      orderedColumns(f.columns).map((c) => {
        const { reference, current, changed } = c.missing;
        return [
          html(code(c.column)),
          c.kind,
          methodText(c),
          c.evaluated ? n(num(c.statistic)) : statisticText(c),
          n(driftScoreText(c)),
          n(thresholdText(c)),
          html(c.drifted ? flag('fail', 'yes') : c.evaluated ? 'no' : flag('warn', 'not tested')),
          html(`${escapeHtml(`${pct(reference.share)} → ${pct(current.share)}`)}${changed ? ` ${flag('warn', 'changed')}` : ''}`),
        ];
      }),
      { caption: 'Features, drifted first' },
    ),
  );
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`<p><strong>Prediction drift</strong> (${escapeHtml(p.output)}): ${escapeHtml(methodText(p))} ${p.evaluated ? escapeHtml(`statistic ${num(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}`) : escapeHtml(`not tested: ${p.error ?? ''}`)} — ${p.drifted ? flag('fail', 'drifted') : p.evaluated ? 'no drift' : 'not tested'}.</p>`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    const verdict = d.drifted ? `${flag('fail', 'drifted')} the samples can be told apart` : 'no drift';
    out.push(`<p><strong>Domain classifier:</strong> cross-validated ROC AUC ${escapeHtml(num(d.auc))}, drift above ${escapeHtml(num(d.threshold))} (${escapeHtml(domainThresholdSource(d))}; false-alarm rate ${escapeHtml(num(d.falseAlarmRate * 100))}%, permutation p = ${escapeHtml(num(d.pValue))}) — ${verdict}. ${escapeHtml(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.</p>`);
    out.push(table(['Top feature', 'AUC drop when shuffled', 'Coefficient norm'], d.topFeatures.map((t) => [html(code(t.column)), n(num(t.aucDrop)), n(num(t.coefficientNorm))])));
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      table(
        ['Metric', 'Estimate', 'Band (± 3 SE)', ...(p.labelled ? ['Realised'] : []), 'Reference', 'Alert below', 'Dropped'],
        p.metrics.map((m) => [m.metric, n(num(m.estimate)), n(m.lower === null ? '—' : `${num(m.lower)}–${num(m.upper)}`), ...(p.labelled ? [n(num(m.realised))] : []), n(num(m.reference)), n(num(m.thresholds.lower)), html(m.dropped ? flag('fail', 'yes') : 'no')]),
        { caption: `Estimated performance (CBPE on ${p.rows} rows, threshold ${num(p.threshold)}, ${p.calibration.calibrated ? 'isotonic-calibrated scores' : 'scores not calibrated'}: ${p.calibration.reason})` },
      ),
    );
  }
  if (drift.skipped.length > 0) out.push(`<ul>${drift.skipped.map((s) => `<li>${badge('skipped')} ${escapeHtml(s.part)}: ${escapeHtml(s.reason)}</li>`).join('')}</ul>`);
  for (const note of drift.notes) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join('\n');
}

// ---- Checklist, audit ----

const STATUS_TEXT: Record<ChecklistItemResult['status'], string> = { verified: '✔ verified', answered: '✔ answered', unanswered: 'unanswered', 'no-evidence': '! no evidence', 'answered-no': '✖ no', placeholder: '✖ placeholder', contradicted: '✖ contradicted' };

function checklistSection(model: ModelResult): string {
  const checklist = model.checklist;
  if (!checklist) return '';
  const out = [`<h3>Readiness checklist</h3>`, `<p>${escapeHtml(checklistText(model))}.</p>`];
  for (const section of checklistSections(checklist.items)) {
    const items = checklist.items.filter((i) => i.section === section);
    if (items.length === 0) continue;
    out.push(
      table(
        ['Item', 'Question', 'Required', 'Status', 'Evidence'],
        items.map((i) => [
          html(code(i.id)),
          i.question,
          i.required ? 'yes' : '',
          html(`<span class="status-${i.status}">${escapeHtml(i.status === 'answered' && i.answer === 'n/a' ? 'n/a' : STATUS_TEXT[i.status])}</span>`),
          i.proof ?? i.contradiction ?? (i.evidence ?? []).join('; '),
        ]),
        { caption: `${section} — ${sectionTitle(section, checklist.sectionTitles)}`, wide: true },
      ),
    );
  }
  return out.join('\n');
}

function auditSection(model: ModelResult): string {
  const audit = model.audit;
  if (!audit) return '';
  return [
    '<h3>Stages</h3>',
    audit.stages.length > 0 ? table(['Stage', 'Version', 'Tag', 'Since (UTC)'], audit.stages.map((s) => [s.stage, s.version ?? '?', html(code(s.tag)), timeText(s.since)])) : '<p class="muted">No stage assigned at that time.</p>',
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

// ---- Page ----

const modelId = (index: number): string => `model-${index + 1}`;

function modelSection(m: ModelResult, index: number): string {
  const out = [
    `<section class="model" id="${modelId(index)}" aria-labelledby="${modelId(index)}-title">`,
    `<h2 id="${modelId(index)}-title">${escapeHtml(modelTitle(m))} ${badge(m.verdict)}</h2>`,
    `<p class="muted">Manifest ${code(m.manifest)}${m.change ? ` · ${escapeHtml(changeText(m))}` : ''}</p>`,
  ];
  if (m.enforcement) out.push(`<p><strong>Policy:</strong> ${escapeHtml(enforcementText(m.enforcement))}.</p>`);
  if (m.promotion) out.push(`<p><strong>Promotion:</strong> ${escapeHtml(promotionText(m.promotion))}</p>`);
  if (m.monitoring) out.push(`<p><strong>Monitoring:</strong> ${escapeHtml(monitoringText(m.monitoring))}.</p>`);
  out.push(findings(m.findings), auditSection(m), gates(m.gates));
  const e = m.evaluation;
  if (e) {
    out.push(evaluationSection(e));
    if (e.fairness) out.push(fairnessSection(e.fairness, m.gates.find((g) => g.gate === 'fairness')));
    if (e.drift) out.push(driftSection(e.drift));
  }
  out.push(checklistSection(m), '</section>');
  return out.filter((part) => part !== '').join('\n');
}

export function renderHtml(report: Report): string {
  const title = `modelops ${report.command}: ${report.verdict}`;
  const base = report.repository.base;
  const body = [
    '<header>',
    `<h1>modelops ${escapeHtml(report.command)}</h1>`,
    `<p class="banner ${report.verdict}" role="status">Verdict: ${escapeHtml(report.verdict.toUpperCase())}<small>${escapeHtml(summaryText(report))} · exit ${report.exitCode}</small></p>`,
    `<p class="muted">${escapeHtml(report.repository.root)} · ${escapeHtml(report.createdAt)} · modelops ${escapeHtml(report.tool.version)}</p>`,
    base ? `<p class="muted">Compared with ${code(base.ref)} (${escapeHtml(base.commit.slice(0, 12))})</p>` : '',
    report.audit ? `<p class="muted">${escapeHtml(auditScopeText(report))}</p>` : '',
    '</header>',
    '<main>',
    findings(report.findings),
    table(
      ['Model', 'Version', 'Stage', 'Change', 'Checklist', 'Verdict', 'Findings'],
      report.models.map((m, i) => [
        html(`<a href="#${modelId(i)}">${code(m.name)}</a>`),
        m.version ?? '',
        m.stage ?? '',
        changeText(m),
        m.checklist ? n(`${m.checklist.satisfiedRequired}/${m.checklist.required}`) : '',
        html(badge(m.verdict)),
        n(String(m.findings.length)),
      ]),
      { caption: 'Models', wide: true },
    ),
    ...report.models.map(modelSection),
    '</main>',
    `<footer>Rendered from the ${escapeHtml(report.command)} report (${escapeHtml(report.apiVersion)}, schemas/report.schema.json) by modelops ${escapeHtml(report.tool.version)}. Self-contained: no scripts, nothing loaded from the network.</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body.filter((part) => part !== '').join('\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
