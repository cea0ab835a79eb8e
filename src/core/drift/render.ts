// Rendering of the drift section (text, Markdown and HTML), the monitoring conclusion, and the drift issue the
// scheduled Action opens, updates and closes: pure functions of the report.
import { markdownTable as padded } from 'markdown-table';
import { severity } from './analysis.js';
import { seriesMarkdown } from './chunks/render.js';
import type { CurrentRead, DriftColumnReport, DriftEvaluation, DriftHistogram, ModelMonitoring } from './report.js';
import type { ModelResult, Report } from '../report/model.js';
import { boundText, checkValue, escapeHtml, modelTitle, num, VERDICT_ICON } from '../report/render/common.js';
import { badge, code, figure, flag, html, keyOf, legend, n, pct as percent, table } from '../report/render/html-parts.js';
import { COLORS, verticalBars } from '../report/render/svg.js';

const markdownTable = (rows: string[][]): string => padded(rows, { alignDelimiters: false });
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
/** Mermaid labels are quoted strings: drop what would end them. */
const mermaidText = (text: string): string => text.replace(/["\n]/g, "'");

/** The score column: `p 0.01 (adj. 0.04)`, `0.12 (p 0.003)` (a calibrated distance) or `0.12`. */
export function driftScoreText(column: DriftColumnReport): string {
  if (!column.evaluated) return '—';
  const adjusted = column.adjustedPValue !== undefined && column.adjustedPValue !== column.pValue ? ` (adj. ${num(column.adjustedPValue)})` : '';
  if (column.scoreKind === 'p-value') return `p ${num(column.pValue)}${adjusted}`;
  if (column.pValue !== undefined) return `${num(column.distance)} (p ${num(column.pValue)}${adjusted})`;
  return num(column.distance);
}

/**
 * The threshold and the false-alarm rate it stands for at these sizes: `p < 0.05 · 5% false alarms`,
 * `p < 0.05 (distance ≥ 0.083) · 5% false alarms`, or Evidently's `≥ 0.1 · ≈ 71% false alarms`.
 */
export function thresholdText(column: DriftColumnReport): string {
  if (!column.evaluated) return '—';
  const rate = column.falseAlarmRate === undefined ? '' : ` · ${column.falseAlarmRateEstimated ? '≈ ' : ''}${pct(column.falseAlarmRate)} false alarms`;
  const byPValue = column.decidedBy === 'p-value' || (column.decidedBy === undefined && column.scoreKind === 'p-value');
  if (byPValue) return `p < ${num(column.threshold)}${column.criticalValue !== undefined ? ` (distance ≥ ${num(column.criticalValue)})` : ''}${rate}`;
  return `≥ ${num(column.threshold)}${rate}`;
}

/** What the statistic cell says: the statistic, or why the column was not tested. */
export const statisticText = (column: DriftColumnReport): string => (column.evaluated ? num(column.statistic) : `not tested: ${column.error ?? 'no reason given'}`);

/** The decision cell in words. */
export const driftedText = (column: DriftColumnReport): string => (column.drifted ? 'yes' : column.evaluated ? 'no' : 'not tested');

/** How the thresholds were read, for the section's summary line. */
export const thresholdModeText = (features: DriftEvaluation['features']): string =>
  features.thresholdMode === 'fixed'
    ? "Evidently's fixed thresholds (threshold_mode: fixed), false-alarm rates estimated at these sizes"
    : 'thresholds are false-alarm rates at these sizes (calibrated)';

export const methodText = (column: DriftColumnReport): string => {
  const facts = [column.detail?.['pValueMethod'], column.detail?.['ties'] === true ? 'ties' : undefined, column.detail?.['approximation']].filter((f) => typeof f === 'string');
  return `${column.method}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
};

const missingText = (column: DriftColumnReport): string => {
  const { reference, current, changed } = column.missing;
  if (reference.missing + current.missing === 0) return '0% → 0%';
  return `${pct(reference.share)} → ${pct(current.share)}${changed ? ' ⚠️' : ''}`;
};

/** Drifted columns first, then by how far past their threshold. */
export function orderedColumns(columns: readonly DriftColumnReport[]): DriftColumnReport[] {
  const key = (c: DriftColumnReport): number => (Number.isNaN(severity(c)) ? -Infinity : severity(c));
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || key(b) - key(a));
}

export function histogramChart(histogram: DriftHistogram): string[] {
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(histogram.column)}: reference (bars) vs current (line), % of rows"`,
    `    x-axis [${histogram.bins.map((b) => `"${mermaidText(b)}"`).join(', ')}]`,
    '    y-axis "rows (%)"',
    `    bar [${histogram.reference.map((s) => (s * 100).toFixed(1)).join(', ')}]`,
    `    line [${histogram.current.map((s) => (s * 100).toFixed(1)).join(', ')}]`,
    '```',
  ];
}

/** One line on what the current data was, or undefined when nothing was recorded (gate's evaluation data). */
export function currentReadText(current: CurrentRead): string | undefined {
  const sources = current.sources ?? [];
  if (sources.length === 0) return undefined;
  const parts = sources.map((s) => ('file' in s ? `${s.file} (${s.rows} rows, sha256 ${s.sha256.slice(0, 12)})` : `a ${s.engine} query (${s.rows} rows, result sha256 ${s.sha256.slice(0, 12)})`));
  const shown = parts.length > 5 ? [...parts.slice(0, 4), `… ${parts.length - 4} more files`] : parts;
  const span = current.timestamp?.first !== undefined ? `; ${current.timestamp.column} from ${current.timestamp.first} to ${current.timestamp.last}` : '';
  return `read ${shown.join(', ')}${span}`;
}

/** The drift section of one model, in Markdown. */
export function driftMarkdown(drift: DriftEvaluation, options: { open?: boolean } = {}): string[] {
  const f = drift.features;
  const drifted = f.columns.filter((c) => c.drifted).map((c) => `\`${c.column}\``);
  const out = [
    `<details${options.open ? ' open' : ''}><summary>Drift of <code>${drift.current.dataset}</code> (${drift.current.rows} rows) against <code>${drift.reference.dataset}</code> (${drift.reference.rows} rows): ${f.drifted} of ${f.evaluated} features drifted</summary>`,
    '',
  ];
  const read = currentReadText(drift.current);
  if (read !== undefined) out.push(`**Current data:** ${cell(read)}.`, '');
  out.push(
    `**Features:** ${drifted.length > 0 ? `${drifted.join(', ')} drifted` : 'none drifted'} — ${pct(f.share)} of the features${f.untested > 0 ? ` (${f.untested} not tested, counted as not drifted${f.undecided ? ' ⚠️ they could have tipped the decision' : ''})` : ''}; the dataset counts as drifted at ≥ ${pct(f.driftShare)}${f.datasetDrifted ? ' ❌' : ''}. Correction: ${f.correction}; ${thresholdModeText(f)}.`,
    '',
  );
  out.push(
    markdownTable([
      ['Feature', 'Type', 'Method', 'Statistic', 'p (adjusted) / distance', 'Threshold · false alarms', 'Drifted', 'Missing (ref → cur)'],
      ...orderedColumns(f.columns).map((c) => [
        `\`${cell(c.column)}\``,
        c.kind,
        cell(methodText(c)),
        cell(statisticText(c)),
        driftScoreText(c),
        thresholdText(c),
        c.drifted ? '❌ yes' : c.evaluated ? 'no' : '⚠️ not tested',
        missingText(c),
      ]),
    ]),
    '',
  );
  if (drift.histogram) out.push(...histogramChart(drift.histogram), '');
  if (drift.prediction) {
    const p = drift.prediction;
    out.push(`**Prediction drift** (${cell(p.output)}): ${cell(methodText(p))} ${p.evaluated ? `statistic ${num(p.statistic)}, ${driftScoreText(p)}, threshold ${thresholdText(p)}` : `not tested: ${cell(p.error ?? '')}`} — ${p.drifted ? '❌ drifted' : p.evaluated ? 'no drift' : 'not tested'}.`, '');
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    out.push(
      `**Domain classifier:** cross-validated ROC AUC ${num(d.auc)}, drift above ${num(d.threshold)} (${domainThresholdSource(d)}; false-alarm rate ${num(d.falseAlarmRate * 100)}%, permutation p = ${num(d.pValue)}) — ${d.drifted ? '❌ the samples can be told apart' : 'no drift'}. ${cell(d.model)}; ${d.rows.reference.used} reference and ${d.rows.current.used} current rows.`,
      '',
    );
    if (d.topFeatures.length > 0) {
      out.push(markdownTable([['Top feature', 'AUC drop when shuffled', 'Coefficient norm'], ...d.topFeatures.map((t) => [`\`${cell(t.column)}\``, num(t.aucDrop), num(t.coefficientNorm)])]), '');
    }
  }
  if (drift.performance) {
    const p = drift.performance;
    out.push(
      `**Estimated performance** (CBPE on ${p.rows} rows, threshold ${num(p.threshold)}, ${p.calibration.calibrated ? 'isotonic-calibrated scores' : 'scores not calibrated'}: ${p.calibration.reason}):`,
      '',
      markdownTable([
        ['Metric', 'Estimate', 'Band (± 3 SE)', ...(p.labelled ? ['Realised'] : []), 'Reference', 'Alert below', ''],
        ...p.metrics.map((m) => [
          m.metric,
          num(m.estimate),
          m.lower === null ? '—' : `${num(m.lower)}–${num(m.upper)}`,
          ...(p.labelled ? [num(m.realised)] : []),
          num(m.reference),
          num(m.thresholds.lower),
          m.dropped ? '❌ dropped' : '',
        ]),
      ]),
      '',
    );
  }
  for (const s of drift.skipped) out.push(`- ⏭️ ${s.part}: ${cell(s.reason)}`);
  if (drift.skipped.length > 0) out.push('');
  for (const note of drift.notes) out.push(`- ${note}`);
  if (drift.notes.length > 0) out.push('');
  out.push('</details>', '');
  return out;
}

/** The monitoring conclusion in one line. */
export function monitoringText(monitoring: ModelMonitoring): string {
  const since = monitoring.latest?.driftingSince ? ` since ${monitoring.latest.driftingSince}` : '';
  const latest = monitoring.latest?.chunk ? ` (latest chunk ${monitoring.latest.chunk})` : '';
  const logged = monitoring.history && monitoring.history.fromLog.length > 0 ? `; ${monitoring.history.fromLog.length} earlier chunks from the monitoring log` : '';
  const history = monitoring.history;
  const unchanged = history?.unchanged !== undefined ? `, ${history.unchanged} unchanged` : '';
  const appended = history?.appended !== undefined ? `; ${history.appended} records appended to ${history.branch}${unchanged}` : '';
  const state = [monitoring.drifted ? `drifting${since}${latest}` : `no drift${latest}`, monitoring.stale ? 'stale' : monitoring.staleness.verdict === 'skipped' ? 'age unknown' : 'not stale'].join(', ');
  return `${state}${logged}${appended}; ${monitoring.staleness.message}; retraining: ${monitoring.retraining.dispatch ? 'dispatch' : 'no dispatch'} (${monitoring.retraining.reason})`;
}

/** Terminal lines for the drift section of one model. */
export function driftText(drift: DriftEvaluation): string[] {
  const f = drift.features;
  const lines = [`  drift of ${drift.current.dataset} (${drift.current.rows} rows) against ${drift.reference.dataset} (${drift.reference.rows} rows)${drift.source === 'profile' ? ', from profiles' : ''}:`];
  const read = currentReadText(drift.current);
  if (read !== undefined) lines.push(`    current data: ${read}`);
  const drifted = orderedColumns(f.columns).filter((c) => c.drifted);
  lines.push(`    features: ${f.drifted} of ${f.columns.length} drifted (${pct(f.share)}; dataset drifts at ≥ ${pct(f.driftShare)}); ${thresholdModeText(f)}:`);
  // one threshold for every column is said once; otherwise each column says its own
  const thresholds = new Set(f.columns.filter((c) => c.evaluated).map(thresholdText));
  if (thresholds.size === 1) lines.push(`      threshold of every tested column: ${[...thresholds][0]!}`);
  for (const c of drifted) lines.push(`      ${c.column}: drifted, ${methodText(c)} ${driftScoreText(c)}${thresholds.size === 1 ? '' : ` (threshold ${thresholdText(c)})`}`);
  if (thresholds.size > 1) for (const c of orderedColumns(f.columns).filter((c) => c.evaluated && !c.drifted)) lines.push(`      ${c.column}: ${methodText(c)} ${driftScoreText(c)} (threshold ${thresholdText(c)})`);
  const untested = f.columns.filter((c) => !c.evaluated);
  for (const c of untested) lines.push(`      ${c.column}: not tested: ${c.error ?? 'no reason given'}`);
  if (f.undecided) lines.push(`    the ${untested.length} column(s) not tested could have tipped the dataset decision`);
  const missing = f.columns.filter((c) => c.missing.changed);
  if (missing.length > 0) lines.push(`    missing values changed: ${missing.map((c) => `${c.column} ${missingText(c)}`).join(', ')}`);
  if (drift.prediction) {
    const p = drift.prediction;
    lines.push(`    prediction (${p.output}): ${methodText(p)} ${p.evaluated ? `${driftScoreText(p)} (threshold ${thresholdText(p)})` : `not tested: ${p.error ?? ''}`}${p.drifted ? ' — drifted' : ''}`);
  }
  if (drift.domainClassifier) {
    const d = drift.domainClassifier;
    lines.push(`    domain classifier AUC ${num(d.auc)} (drift above ${num(d.threshold)}, ${domainThresholdSource(d)}, false-alarm rate ${num(d.falseAlarmRate * 100)}%, p = ${num(d.pValue)})${d.drifted ? ' — drifted' : ''}; top: ${d.topFeatures.slice(0, 3).map((t) => t.column).join(', ')}`);
  }
  if (drift.performance) {
    const metrics = drift.performance.metrics.map((m) => `${m.metric} ${num(m.estimate)}${m.lower !== null ? ` [${num(m.lower)}, ${num(m.upper)}]` : ''}${m.realised !== null ? ` (realised ${num(m.realised)})` : ''}`);
    lines.push(`    CBPE estimate: ${metrics.join(', ')}`);
  }
  for (const s of drift.skipped) lines.push(`    skipped ${s.part}: ${s.reason}`);
  return lines;
}

// ---- The drift issue ----

/** The hidden marker the Action finds a model's drift issue by. */
export const driftIssueMarker = (name: string): string => `<!-- modelops:drift:${name} -->`;

export interface DriftIssue {
  /** The model the issue is about. */
  model: string;
  marker: string;
  title: string;
  body: string;
  /** Whether the issue should be open: drifted or stale (alerting.issue decides whether to open one at all). */
  open: boolean;
  /** Dispatch retraining (the report's monitoring.retraining). */
  dispatch: boolean;
}

/** The issue (or the closing comment, when the model recovered) for one model of a drift report. */
export function driftIssue(report: Report, model: string | ModelResult): DriftIssue {
  const result = typeof model === 'string' ? report.models.find((m) => m.name === model) : model;
  if (!result) throw new RangeError(`the ${report.command} report has no model '${String(model)}'`);
  const monitoring = result.monitoring;
  const marker = driftIssueMarker(result.name);
  const drift = result.evaluation?.drift;
  const open = monitoring ? monitoring.drifted || monitoring.stale : false;
  const drifted = drift ? drift.features.columns.filter((c) => c.drifted).map((c) => c.column) : [];
  const problems = [monitoring?.drifted ? `drifted${drifted.length > 0 ? ` (${drifted.slice(0, 5).join(', ')}${drifted.length > 5 ? ', …' : ''})` : ''}` : '', monitoring?.stale ? 'stale' : ''].filter((p) => p !== '');
  const title = open ? `modelops: ${result.name} ${result.version ?? ''} ${problems.join(' and ')}`.replace(/\s+/g, ' ').trim() : `modelops: ${result.name} ${result.version ?? ''} no longer drifted or stale`.replace(/\s+/g, ' ');

  const body: string[] = [marker, ''];
  body.push(`## ${VERDICT_ICON[result.verdict]} ${modelTitle(result)}: ${open ? problems.join(' and ') : 'recovered'}`, '');
  if (!open) body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} finds ${result.name} neither drifted nor stale; this issue can be closed.`, '');
  else body.push(`The scheduled drift check of ${report.createdAt.slice(0, 10)} found \`${result.name}\` ${problems.join(' and ')}. Manifest: \`${result.manifest}\`.`, '');
  if (monitoring && open && monitoring.alerting.mentions.length > 0) body.push(`cc ${monitoring.alerting.mentions.join(' ')}`, '');
  const rows = result.gates.flatMap((g) =>
    g.checks.length === 0
      ? [[g.gate, '', '', '', `${VERDICT_ICON[g.verdict]} ${g.verdict}`, cell(g.summary)]]
      : g.checks.map((c) => [g.gate, cell(c.name), checkValue(c), cell(boundText(c)), `${VERDICT_ICON[c.verdict]} ${c.verdict}`, c.verdict === 'pass' ? '' : cell(c.message ?? '')]),
  );
  if (rows.length > 0) body.push(markdownTable([['Gate', 'Check', 'Value', 'Bound', 'Verdict', 'Why'], ...rows]), '');
  for (const finding of result.findings) body.push(`- ${finding.severity === 'error' ? '❌' : '⚠️'} ${finding.file ? `\`${finding.file}\` ` : ''}${finding.message}`);
  if (result.findings.length > 0) body.push('');
  if (monitoring) {
    body.push(`**Staleness:** ${monitoring.staleness.message}.`, '');
    body.push(`**Retraining:** ${monitoring.retraining.dispatch ? `dispatched — ${monitoring.retraining.reason}` : monitoring.retraining.reason}.`, '');
  }
  if (drift) body.push(...driftMarkdown(drift, { open: true }));
  if (monitoring?.series) body.push(...seriesMarkdown(monitoring.series));
  body.push(
    open
      ? '_modelops updates this issue on every scheduled run while the model drifts or is stale, and closes it when it recovers. To resolve it: retrain on recent data, open a PR with the new version, and merge it to promote._'
      : '_Closed by modelops: the latest scheduled check passed._',
  );
  return { model: result.name, marker, title, body: body.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n', open, dispatch: monitoring?.retraining.dispatch ?? false };
}

/** The issue of every model a drift report checked (open: drifted or stale; otherwise the closing text). */
export function driftIssues(report: Report): DriftIssue[] {
  return report.models.filter((m) => m.monitoring !== undefined).map((m) => driftIssue(report, m));
}

/** Where the domain classifier's threshold comes from, in a few words. */
export function domainThresholdSource(d: NonNullable<DriftEvaluation['domainClassifier']>): string {
  return d.thresholdSource === 'permutation' ? `from ${d.permutations} label permutations at these sizes` : 'the fixed auc_band max';
}

// ---- HTML ----

function histogramFigure(histogram: DriftHistogram, column: DriftColumnReport | undefined): string {
  const aria = `Histogram of ${histogram.column}, share of rows per bin, reference vs current: ${histogram.bins.map((b, i) => `${b} ${percent(histogram.reference[i])} vs ${percent(histogram.current[i])}`).join('; ')}.`;
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

/** The drift section in HTML: the decision, a histogram of the most drifted numeric feature, every feature's test, prediction drift, the domain classifier and CBPE. */
export function driftHtml(model: ModelResult): string | undefined {
  const drift = model.evaluation?.drift;
  if (!drift) return undefined;
  const f = drift.features;
  const out = [
    `<h3>Drift</h3>`,
    `<p>${code(drift.current.dataset)} (${drift.current.rows} rows) against ${code(drift.reference.dataset)} (${drift.reference.rows} rows)${drift.source === 'profile' ? ', from profiles' : ''}: <strong>${f.drifted} of ${f.columns.length} features drifted</strong> (${percent(f.share)})${f.untested > 0 ? ` — ${f.untested} not tested, counted as not drifted${f.undecided ? ` ${flag('warn', 'could have tipped the decision')}` : ''}` : ''}; the dataset counts as drifted at ≥ ${percent(f.driftShare)}${f.datasetDrifted ? ` ${flag('fail', 'dataset drifted')}` : ''}. Correction: ${escapeHtml(f.correction)}; ${escapeHtml(thresholdModeText(f))}.</p>`,
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
          html(`${escapeHtml(`${percent(reference.share)} → ${percent(current.share)}`)}${changed ? ` ${flag('warn', 'changed')}` : ''}`),
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
