// A minimal rendering of a monitoring series: one row per chunk (rows, the signals that alerted, the headline
// performance estimate beside its realised value). HOOK: the full renderers (SVG per signal with its band for
// HTML, a Mermaid xychart for Markdown and the issue) live in ./render.ts, with the same names and
// signatures (seriesText, seriesMarkdown, seriesHtml over a MonitoringSeries); when it lands, import those
// in drift/section.ts and drift/render.ts instead and delete this file.
import { escapeHtml } from '../../report/render/common.js';
import type { MonitoringSeries, SeriesSignal } from './series.js';

const fmt = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : Number(value.toPrecision(3)).toString());

/** The headline performance pair: the first estimated signal and its realised twin. */
function performancePair(series: MonitoringSeries): { estimated?: SeriesSignal; realised?: SeriesSignal } {
  const estimated = series.signals.find((s) => s.id === 'cbpe.roc_auc') ?? series.signals.find((s) => s.kind === 'estimated');
  if (!estimated) return {};
  const metric = estimated.id.split('.').slice(1).join('.');
  const realised = series.signals.find((s) => s.id === `realised.${metric}`);
  return { estimated, ...(realised ? { realised } : {}) };
}

interface Row {
  key: string;
  rows: string;
  alerts: string[];
  estimated?: string;
  realised?: string;
}

function rows(series: MonitoringSeries): { rows: Row[]; estimated?: SeriesSignal; realised?: SeriesSignal } {
  const pair = performancePair(series);
  const out = series.chunks.map((chunk, i): Row => {
    const alerts = series.signals.filter((s) => s.alerts[i]).map((s) => s.id);
    const note = chunk.empty ? ' (empty)' : chunk.insufficient ? ` (< ${series.chunking.minRows})` : '';
    return {
      key: chunk.key,
      rows: `${chunk.rows}${note}`,
      alerts,
      ...(pair.estimated ? { estimated: fmt(pair.estimated.values[i]) } : {}),
      ...(pair.realised ? { realised: fmt(pair.realised.values[i]) } : {}),
    };
  });
  return { rows: out, ...pair };
}

function heading(series: MonitoringSeries): string {
  const c = series.chunking;
  const by = c.by === 'period' ? `${c.period} chunks (${c.timeZone})` : c.by === 'size' ? `chunks of ${c.size} rows` : `${c.count} chunks`;
  const bands = series.reference.chunks > 0 ? `bands from ${series.reference.chunks} reference chunks of ${series.reference.chunkRows} rows (${series.thresholdRule.kind})` : 'no alert bands';
  return `${series.chunks.length} ${by}, ${bands}`;
}

const alertCell = (alerts: readonly string[]): string => (alerts.length === 0 ? '' : alerts.length <= 3 ? alerts.join(', ') : `${alerts.slice(0, 3).join(', ')} +${alerts.length - 3}`);

export function seriesText(series: MonitoringSeries): string[] {
  const { rows: table, estimated, realised } = rows(series);
  const lines = [`    series: ${heading(series)}`];
  for (const row of table) {
    const perf = estimated ? `  ${estimated.id} ${row.estimated}${realised ? ` · ${realised.id} ${row.realised}` : ''}` : '';
    lines.push(`      ${row.key}  ${row.rows.padStart(4)} rows${perf}${row.alerts.length > 0 ? `  ✖ ${alertCell(row.alerts)}` : ''}`);
  }
  return lines;
}

export function seriesMarkdown(series: MonitoringSeries): string[] {
  const { rows: table, estimated, realised } = rows(series);
  const head = ['Chunk', 'Rows', ...(estimated ? [`\`${estimated.id}\``] : []), ...(realised ? [`\`${realised.id}\``] : []), 'Alerts'];
  const lines = [`**Series:** ${heading(series)}.`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const row of table) lines.push(`| ${[row.key, row.rows, ...(estimated ? [row.estimated!] : []), ...(realised ? [row.realised!] : []), row.alerts.length > 0 ? `✖ ${alertCell(row.alerts)}` : ''].join(' | ')} |`);
  return [...lines, ''];
}

export function seriesHtml(series: MonitoringSeries): string {
  const { rows: table, estimated, realised } = rows(series);
  const head = ['Chunk', 'Rows', ...(estimated ? [estimated.id] : []), ...(realised ? [realised.id] : []), 'Alerts'];
  const body = table.map((row) => `<tr>${[row.key, row.rows, ...(estimated ? [row.estimated!] : []), ...(realised ? [row.realised!] : []), alertCell(row.alerts)].map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
  return `<p>Series: ${escapeHtml(heading(series))}.</p><table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
