// The monitoring series in the reports (issue 15, item 4): each signal over the chunks with its alert band, as
// inline SVG for the HTML page, a Mermaid xychart for the PR comment, job summary and drift issue (GitHub draws
// it), and lines for the terminal. Pure functions of a MonitoringSeries (series.ts).
//
// Mermaid's xychart has no legend, no gaps and one colour per line from the theme's palette: the chart sets the
// palette in its front matter and the Markdown names each colour below it; a chunk without a value is drawn
// straight across (interpolated between its neighbours) and the text under the chart names those chunks.
import { escapeHtml, num } from '../../report/render/common.js';
import { code, figure, flag, html, keyOf, legend, n, table } from '../../report/render/html-parts.js';
import { cell, markdownTable } from '../../report/render/markdown-parts.js';
import { COLORS, label, niceScale, open, round } from '../../report/render/svg.js';
import { DEFAULT_MIN_CHUNK_ROWS } from './chunking.js';
import type { MonitoringSeries, SeriesChunk, SeriesSignal } from './series.js';
import { DEFAULT_QUANTILES, DEFAULT_SERIES_ALPHA, DEFAULT_STD_MULTIPLIER, type SignalThresholds } from './thresholds.js';

// ---- Words shared by the three renderings ----

/** `age: drift (ks statistic)`, `age: missing share`, `roc_auc (estimated, CBPE)`, `mae (realised)`. */
export function signalLabel(signal: SeriesSignal): string {
  const method = signal.test ? `${signal.test.method} statistic` : 'statistic';
  const metric = signal.id.slice(signal.id.indexOf('.') + 1);
  switch (signal.kind) {
    case 'drift':
      return `${signal.id.replace(/^drift\./, '').replace(/\.statistic$/, '')}: drift (${method})`;
    case 'prediction-drift':
      return `prediction: drift (${method})`;
    case 'missing':
      return `${metric}: missing share`;
    case 'estimated':
      return `${metric} (estimated, ${signal.id.startsWith('dle.') ? 'DLE' : 'CBPE'})`;
    case 'realised':
      return `${metric} (realised)`;
  }
}

/** `0.81–0.86`, `≤ 0.12`, `≥ 0.7` or `no band`. */
export function bandText(thresholds: Pick<SignalThresholds, 'lower' | 'upper'>): string {
  const { lower, upper } = thresholds;
  if (lower !== null && upper !== null) return `${num(lower)}–${num(upper)}`;
  if (upper !== null) return `≤ ${num(upper)}`;
  if (lower !== null) return `≥ ${num(lower)}`;
  return 'no band';
}

/** How the bands were set: the rule and the reference chunks they come from. */
export function ruleText(series: MonitoringSeries): string {
  const rule = series.thresholdRule;
  const how =
    rule.kind === 'calibrated'
      ? `calibrated bands (${num((rule.alpha ?? DEFAULT_SERIES_ALPHA) * 100)}% false alerts per chunk on stationary data)`
      : rule.kind === 'std'
        ? `mean ± ${num(rule.k ?? DEFAULT_STD_MULTIPLIER)} std of the reference chunks (NannyML's rule)`
        : `the ${num(rule.lower ?? DEFAULT_QUANTILES.lower)} and ${num(rule.upper ?? DEFAULT_QUANTILES.upper)} quantiles of the reference chunks`;
  const reference = series.reference.chunks > 0 ? ` from ${series.reference.chunks} reference chunks of ${series.reference.chunkRows} rows` : ' (no reference chunks: no bands)';
  return `${how}${reference}`;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `14 weekly chunks (Europe/Berlin) of 1 820 rows; chunks under 30 rows are insufficient`. */
export function chunkingText(series: MonitoringSeries): string {
  const c = series.chunking;
  const adjective: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly' };
  const kind = c.by === 'period' ? `${adjective[c.period ?? ''] ?? c.period} chunk${series.chunks.length === 1 ? '' : 's'}${c.timeZone ? ` (${c.timeZone})` : ''}` : c.by === 'size' ? `chunk${series.chunks.length === 1 ? '' : 's'} of ${c.size} rows` : `chunk${series.chunks.length === 1 ? '' : 's'}`;
  return `${series.chunks.length} ${kind}, ${c.rows} rows; chunks under ${c.minRows} rows are insufficient`;
}

/** The model drifts since the earliest chunk at which an alert run still going began. */
export interface SeriesDrifting {
  since: string;
  /** Chunks from `since` to the last one, both counted. */
  chunks: number;
  /** The signals still alerting, earliest first. */
  signals: { signal: SeriesSignal; since: string }[];
}

export function seriesDrifting(series: MonitoringSeries): SeriesDrifting | null {
  const position = new Map(series.chunks.map((chunk, i) => [chunk.key, i]));
  const running = series.signals
    .filter((signal) => signal.driftingSince !== null)
    .map((signal) => ({ signal, since: signal.driftingSince!, at: position.get(signal.driftingSince!) ?? 0 }))
    .sort((a, b) => a.at - b.at || b.signal.alertCount - a.signal.alertCount);
  if (running.length === 0) return null;
  const first = running[0]!;
  return { since: first.since, chunks: series.chunks.length - first.at, signals: running.map(({ signal, since }) => ({ signal, since })) };
}

/** `Drifting since 2026-W44 (6 chunks): signals age: drift (ks statistic) (since 2026-W44), …`, or why not. */
export function driftingText(series: MonitoringSeries, name: (signal: SeriesSignal) => string = signalLabel): string {
  const drifting = seriesDrifting(series);
  const alerted = series.signals.filter((signal) => signal.alertCount > 0);
  if (series.chunks.length === 0) return 'No chunks: the current data has no rows to monitor';
  if (drifting) return `Drifting since ${drifting.since} (${plural(drifting.chunks, 'chunk')}): ${drifting.signals.length === 1 ? 'signal' : 'signals'} ${drifting.signals.map((s) => `${name(s.signal)} (since ${s.since})`).join(', ')}`;
  if (alerted.length > 0) return `Not drifting: the latest chunks are inside their bands; ${plural(alerted.length, 'signal')} alerted earlier (${alerted.map((s) => `${name(s)}: ${plural(s.alertCount, 'alert')}`).join(', ')})`;
  return `No alerts in ${plural(series.chunks.length, 'chunk')}: every signal stayed inside its band`;
}

/** Signals that alerted, those still drifting first, then by how often. */
export function alertedSignals(series: MonitoringSeries): SeriesSignal[] {
  const position = new Map(series.chunks.map((chunk, i) => [chunk.key, i]));
  const at = (signal: SeriesSignal): number => (signal.driftingSince === null ? Infinity : (position.get(signal.driftingSince) ?? 0));
  return series.signals.filter((signal) => signal.alertCount > 0).sort((a, b) => at(a) - at(b) || b.alertCount - a.alertCount);
}

/** Per chunk of one signal: whether it has rows and enough of them (for realised signals: labelled rows). */
function chunkStates(signal: SeriesSignal, chunks: readonly SeriesChunk[], minRows: number): { empty: boolean; insufficient: boolean; rows: number }[] {
  return chunks.map((chunk, i) => {
    const labelled = signal.labelledRows?.[i];
    if (labelled === undefined) return { empty: chunk.empty, insufficient: chunk.insufficient, rows: chunk.rows };
    return { empty: chunk.empty || labelled === 0, insufficient: chunk.insufficient || labelled < minRows, rows: labelled };
  });
}

/** `0.31 (alert: above 0.12)`, `0.2 (insufficient: 12 rows)`, `empty`, `no value`. */
function chunkValueText(signal: SeriesSignal, i: number, state: { empty: boolean; insufficient: boolean; rows: number }): string {
  const value = signal.values[i];
  const rowsWord = signal.labelledRows ? 'labelled rows' : 'rows';
  if (value === null || value === undefined || !Number.isFinite(value)) return state.empty ? (signal.labelledRows ? 'no labels' : 'empty') : 'no value';
  if (signal.alerts[i]) {
    const { lower, upper } = signal.thresholds;
    return `${num(value)} (alert: ${upper !== null && value > upper ? `above ${num(upper)}` : `below ${num(lower)}`})`;
  }
  if (state.insufficient) return `${num(value)} (insufficient: ${plural(state.rows, rowsWord.slice(0, -1))})`;
  return num(value);
}

// ---- SVG ----

export interface SeriesSvgOptions {
  /** Realised signals: chunks with fewer labelled rows cannot alert (drawn hollow); seriesHtml passes the chunking's min_rows, default 30. */
  minRows?: number;
  /** The chart's name in its title and aria-label; default signalLabel. */
  title?: string;
}

/**
 * One signal over the chunks: the line of its values (broken where a chunk has none), the alert zones outside its
 * band shaded with dashed threshold lines, alert points red, insufficient chunks hollow, empty chunks greyed, and a
 * line where the current alert run began.
 */
export function seriesSvg(signal: SeriesSignal, chunks: readonly SeriesChunk[], options: SeriesSvgOptions = {}): string {
  if (signal.values.length !== chunks.length) throw new RangeError(`signal ${signal.id} has ${signal.values.length} values for ${chunks.length} chunks`);
  const title = options.title ?? signalLabel(signal);
  const states = chunkStates(signal, chunks, options.minRows ?? DEFAULT_MIN_CHUNK_ROWS);
  const count = Math.max(1, chunks.length);
  // the right margin holds half of the last chunk's key
  const margin = { top: 22, right: 30, bottom: 34, left: 52 };
  const plotWidth = Math.min(620, Math.max(260, count * 26));
  const plotHeight = 130;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const { lower, upper } = signal.thresholds;
  const finite = signal.values.filter((v): v is number => v !== null && Number.isFinite(v));
  // statistics and shares start at zero, so their size reads off the chart; performance zooms to its range
  const extent = [...finite, ...[lower, upper].filter((v): v is number => v !== null), ...(signal.kind === 'estimated' || signal.kind === 'realised' ? [] : [0])];
  const scale = niceScale(extent.length > 0 ? Math.min(...extent) : 0, extent.length > 0 ? Math.max(...extent) : 1, 4);
  const y = (value: number): number => margin.top + plotHeight - ((Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min)) * plotHeight;
  const slot = plotWidth / count;
  const x = (i: number): number => margin.left + (i + 0.5) * slot;
  const bottom = margin.top + plotHeight;

  const described = chunks.map((chunk, i) => `${chunk.key} ${chunkValueText(signal, i, states[i]!)}`);
  const band = lower === null && upper === null ? 'No band' : `Band ${bandText(signal.thresholds)}`;
  const aria = `${title} per chunk: ${described.join(', ')}. ${band}; ${plural(signal.alertCount, 'alert')}${signal.driftingSince ? `; drifting since ${signal.driftingSince}` : ''}.`;
  const out = [open(width, height, aria)];
  if (upper !== null && upper < scale.max) out.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${round(y(upper) - margin.top)}" fill="${COLORS.zone}"/>`);
  if (lower !== null && lower > scale.min) out.push(`<rect x="${margin.left}" y="${round(y(lower))}" width="${plotWidth}" height="${round(bottom - y(lower))}" fill="${COLORS.zone}"/>`);
  // over the zones: a chunk without data is no evidence either way
  states.forEach((state, i) => {
    if (state.empty) out.push(`<rect x="${round(margin.left + i * slot)}" y="${margin.top}" width="${round(slot)}" height="${plotHeight}" fill="${COLORS.empty}"><title>${escapeHtml(`${chunks[i]!.key}: ${signal.labelledRows ? 'no labelled rows' : 'no rows'}`)}</title></rect>`);
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(num(tick))}</text>`);
  }
  for (const [name, value] of [['upper', upper], ['lower', lower]] as const) {
    if (value === null) continue;
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(value))}" y2="${round(y(value))}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(`${name} threshold ${num(value)}`)}</title></line>`);
  }
  const sinceIndex = signal.driftingSince === null ? -1 : chunks.findIndex((chunk) => chunk.key === signal.driftingSince);
  if (sinceIndex >= 0) {
    const left = margin.left + sinceIndex * slot;
    const anchor = left > margin.left + plotWidth * 0.6 ? 'end' : 'start';
    out.push(`<line x1="${round(left)}" x2="${round(left)}" y1="${margin.top - 4}" y2="${bottom}" stroke="${COLORS.regression}" stroke-width="1" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${round(anchor === 'start' ? left + 3 : left - 3)}" y="${margin.top - 8}" text-anchor="${anchor}" class="note">${escapeHtml(`drifting since ${signal.driftingSince}`)}</text>`);
  }
  // the line joins chunks that have a value; a chunk without one breaks it
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 1) out.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${COLORS.current}" stroke-width="1.5"/>`);
    run = [];
  };
  signal.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) flush();
    else run.push(`${round(x(i))},${round(y(value))}`);
  });
  flush();
  signal.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    const tip = `<title>${escapeHtml(described[i]!)}</title>`;
    if (signal.alerts[i]) out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="4" fill="${COLORS.regression}">${tip}</circle>`);
    else if (states[i]!.insufficient) out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="3.5" fill="#ffffff" stroke="${COLORS.current}" stroke-width="1.5">${tip}</circle>`);
    else out.push(`<circle cx="${round(x(i))}" cy="${round(y(value))}" r="2.5" fill="${COLORS.current}">${tip}</circle>`);
  });
  // keys like 2026-W44 need about 64 px with room between them: label every step-th chunk, always the last
  const step = Math.max(1, Math.ceil(64 / slot));
  chunks.forEach((chunk, i) => {
    if ((chunks.length - 1 - i) % step === 0) out.push(label(chunk.key, x(i), bottom + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor((step * slot) / 6.5))));
  });
  out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${bottom}" y2="${bottom}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push('</svg>');
  return out.join('');
}

// ---- HTML ----

/** The latest chunk with rows (the last chunk when none has any). */
function latestChunk(series: MonitoringSeries): number {
  for (let i = series.chunks.length - 1; i >= 0; i--) if (!series.chunks[i]!.empty) return i;
  return series.chunks.length - 1;
}

function signalFigure(signal: SeriesSignal, series: MonitoringSeries): string {
  const keys = legend(
    keyOf(COLORS.current, 'value per chunk'),
    keyOf(COLORS.regression, 'alert'),
    keyOf(COLORS.zone, `outside the band (${bandText(signal.thresholds)})`),
    ...(series.chunks.some((chunk) => chunk.empty) ? [keyOf(COLORS.empty, 'empty chunk')] : []),
  );
  const hollow = chunkStates(signal, series.chunks, series.chunking.minRows).some((state, i) => state.insufficient && signal.values[i] !== null);
  const caption = `${signalLabel(signal)} · ${signal.id}: ${plural(signal.alertCount, 'alert')}${signal.driftingSince ? `, drifting since ${signal.driftingSince}` : ''}${hollow ? `; hollow points are chunks under ${series.chunking.minRows} ${signal.labelledRows ? 'labelled ' : ''}rows, which cannot alert` : ''}.`;
  return figure(seriesSvg(signal, series.chunks, { minRows: series.chunking.minRows }), keys, caption);
}

/** The series in HTML: one chart per signal that alerted, the rest collapsed, and every signal at the latest chunk. */
export function seriesHtml(series: MonitoringSeries): string {
  const alerted = alertedSignals(series);
  const quiet = series.signals.filter((signal) => signal.alertCount === 0);
  const drifting = seriesDrifting(series);
  const out = [
    '<h4>Monitoring over time</h4>',
    `<p>${escapeHtml(chunkingText(series))}; ${escapeHtml(ruleText(series))}.</p>`,
    `<p>${drifting ? `${flag('fail', 'drifting')} ` : ''}<strong>${escapeHtml(driftingText(series))}</strong>.</p>`,
  ];
  for (const signal of alerted) out.push(signalFigure(signal, series));
  if (quiet.length > 0) out.push(`<details><summary>${escapeHtml(`${plural(quiet.length, 'signal')} without alerts`)}</summary>${quiet.map((signal) => signalFigure(signal, series)).join('')}</details>`);
  const latest = latestChunk(series);
  if (latest >= 0) {
    const chunk = series.chunks[latest]!;
    const states = (signal: SeriesSignal) => chunkStates(signal, series.chunks, series.chunking.minRows)[latest]!;
    out.push(
      table(
        ['Signal', 'Id', 'Value', 'Band', 'Alert', 'Drifting since'],
        series.signals.map((signal) => [
          signalLabel(signal),
          html(code(signal.id)),
          n(chunkValueText(signal, latest, states(signal)).replace(/ \(alert: .*\)$/, '')),
          n(bandText(signal.thresholds)),
          html(signal.alerts[latest] ? flag('fail', 'yes') : 'no'),
          signal.driftingSince ?? '—',
        ]),
        { caption: `Latest chunk: ${chunk.key} (${plural(chunk.rows, 'row')})${latest < series.chunks.length - 1 ? `; later chunks are empty` : ''}` },
      ),
    );
  }
  for (const note of seriesNotes(series)) out.push(`<p class="muted">${escapeHtml(note)}</p>`);
  return out.join('\n');
}

/** What the series could not compute, and how the labels joined. */
function seriesNotes(series: MonitoringSeries): string[] {
  const notes = series.notOffered.map((o) => `Not computed: ${o.signal}: ${o.reason}.`);
  const l = series.labels;
  if (l) notes.push(`Labels: ${l.given} given, ${l.matched} matched a current row, ${l.unmatched} unmatched${l.duplicateIds > 0 ? `, ${l.duplicateIds} duplicate ids` : ''}${l.rowsWithoutId > 0 ? `, ${l.rowsWithoutId} current rows without an id` : ''}.`);
  if (series.chunking.invalidTimestamps.count > 0) notes.push(`${plural(series.chunking.invalidTimestamps.count, 'row')} without a valid timestamp are in no chunk.`);
  return notes;
}

// ---- Mermaid and Markdown ----

/** Lines the Mermaid chart draws at most (its palette's colours, each named in the Markdown). */
export const MERMAID_MAX_LINES = 6;
/** Chunks the Mermaid chart shows at most (the latest), more when the drift began earlier: its axis labels cannot be thinned. */
export const MERMAID_MAX_CHUNKS = 26;
/** Normalised values past this are drawn at it (a band of width 0 puts any change at infinity). */
export const MERMAID_NORMALISED_CAP = 10;
const PALETTE = [
  { color: '#0969da', swatch: '🟦' },
  { color: '#fb8500', swatch: '🟧' },
  { color: '#8250df', swatch: '🟪' },
  { color: '#1a7f37', swatch: '🟩' },
  { color: '#8b5a2b', swatch: '🟫' },
  { color: '#1f2328', swatch: '⬛' },
] as const;
const THRESHOLD = { color: COLORS.regression, swatch: '🟥' } as const;

/** Mermaid labels are quoted strings: drop what would end them. */
const mermaidText = (text: string): string => text.replace(/["\n\r]/g, "'");
/** Plain decimals (mermaid's grammar reads no exponent). */
const mermaidNumber = (value: number): string => {
  const text = String(Number(value.toPrecision(4)));
  return /e/i.test(text) ? value.toFixed(Math.abs(value) < 1 ? 8 : 0) : text;
};

/** What unit a signal's values are in: the same test, the same metric or a share. */
function unitOf(signal: SeriesSignal): string {
  if (signal.kind === 'drift' || signal.kind === 'prediction-drift') return `statistic:${signal.test?.method ?? ''}`;
  if (signal.kind === 'missing') return 'share';
  return `metric:${signal.id.slice(signal.id.indexOf('.') + 1)}`;
}

/**
 * A value against its band, 1 on the alert line and under 1 inside: value / upper for upward bands, lower / value
 * for downward ones, and for two-sided bands the distance from the band's middle in half-widths.
 */
export function normalisedValue(value: number, thresholds: Pick<SignalThresholds, 'lower' | 'upper'>): number | null {
  const { lower, upper } = thresholds;
  let index: number;
  if (lower !== null && upper !== null) {
    const half = (upper - lower) / 2;
    const distance = Math.abs(value - (upper + lower) / 2);
    index = half > 0 ? distance / half : distance === 0 ? 0 : Infinity;
  } else if (upper !== null) index = upper > 0 ? value / upper : value <= upper ? 0 : Infinity;
  else if (lower !== null) index = value > 0 ? lower / value : Infinity;
  else return null;
  return Math.min(index, MERMAID_NORMALISED_CAP);
}

/** Values for every chunk: a chunk without one takes the straight line between its neighbours (the nearest at the ends). */
function filled(values: readonly (number | null)[]): number[] | null {
  const known = values.flatMap((v, i) => (v !== null && Number.isFinite(v) ? [i] : []));
  if (known.length === 0) return null;
  return values.map((v, i) => {
    if (v !== null && Number.isFinite(v)) return v;
    const after = known.find((k) => k > i);
    const before = [...known].reverse().find((k) => k < i);
    if (before === undefined) return values[after!]!;
    if (after === undefined) return values[before]!;
    return values[before]! + ((values[after]! - values[before]!) * (i - before)) / (after - before);
  });
}

interface ChartLine {
  signal: SeriesSignal;
  values: number[];
  swatch: string;
  color: string;
}

interface ChartPlan {
  /** The chunks drawn: the latest ones (from `first` on). */
  first: number;
  /** Axis labels: the keys, without their year when every drawn key has the same one. */
  labels: string[];
  year?: string;
  normalised: boolean;
  lines: ChartLine[];
  /** Constant lines of the thresholds shared by every plotted signal (raw values), or the line at 1 (normalised). */
  thresholds: number[];
  /** Drawn chunks with rows but fewer than min_rows: their values cannot alert. */
  insufficient: string[];
  /** Alerting signals left out (more than MERMAID_MAX_LINES). */
  omitted: SeriesSignal[];
  /** Per plotted signal without a value in some chunks: those chunks' keys. */
  gaps: { signal: SeriesSignal; chunks: string[] }[];
}

/** Period keys (2026-W44, 2026-10, 2026-10-26) of one year lose it on the axis; others are kept. */
function axisLabels(keys: readonly string[]): { labels: string[]; year?: string } {
  const years = new Set(keys.map((key) => /^(\d{4})-(W\d{2}|\d{2}(-\d{2})?)$/.exec(key)?.[1] ?? null));
  if (years.size !== 1 || years.has(null)) return { labels: [...keys] };
  return { labels: keys.map((key) => key.slice(5)), year: [...years][0]! };
}

function chartPlan(whole: MonitoringSeries): ChartPlan | null {
  const drifting = seriesDrifting(whole);
  const since = drifting ? whole.chunks.findIndex((chunk) => chunk.key === drifting.since) : -1;
  const first = Math.max(0, Math.min(whole.chunks.length - MERMAID_MAX_CHUNKS, since - 2));
  const series = first === 0 ? whole : { ...whole, chunks: whole.chunks.slice(first), signals: whole.signals.map((signal) => ({ ...signal, values: signal.values.slice(first), alerts: signal.alerts.slice(first), alertCount: signal.alerts.slice(first).filter(Boolean).length })) };
  const alerted = alertedSignals(series).filter((signal) => signal.values.some((v) => v !== null && Number.isFinite(v)));
  if (alerted.length === 0) return null;
  const shown = alerted.slice(0, MERMAID_MAX_LINES);
  const normalised = new Set(shown.map(unitOf)).size > 1;
  const lines = shown.map((signal, i) => {
    const values = normalised ? signal.values.map((v) => (v === null || !Number.isFinite(v) ? null : normalisedValue(v, signal.thresholds))) : signal.values;
    return { signal, values: filled(values)!, ...PALETTE[i]! };
  });
  const bands = new Set(shown.map((s) => `${s.thresholds.lower}|${s.thresholds.upper}`));
  const band = shown[0]!.thresholds;
  const thresholds = normalised ? [1] : bands.size === 1 ? [band.upper, band.lower].filter((v): v is number => v !== null) : [];
  const gaps = shown
    .map((signal) => ({ signal, chunks: series.chunks.filter((_, i) => signal.values[i] === null || !Number.isFinite(signal.values[i]!)).map((chunk) => chunk.key) }))
    .filter((gap) => gap.chunks.length > 0);
  return { first, ...axisLabels(series.chunks.map((chunk) => chunk.key)), normalised, lines, thresholds, insufficient: series.chunks.filter((chunk) => chunk.insufficient && !chunk.empty).map((chunk) => chunk.key), omitted: alerted.slice(MERMAID_MAX_LINES), gaps };
}

/** A Mermaid xychart (fenced) of the signals that alerted; none alerted, no chart. */
export function seriesMermaid(series: MonitoringSeries): string[] {
  const plan = chartPlan(series);
  if (!plan) return [];
  const palette = [...plan.lines.map((line) => line.color), ...plan.thresholds.map(() => THRESHOLD.color)];
  const what = plan.normalised ? 'Alerting signals per chunk, each against its band (1 = alert threshold)' : `${plan.lines.length === 1 ? signalLabel(plan.lines[0]!.signal) : `${plan.lines.length} alerting signals`} per chunk`;
  const span = [plan.year, plan.first > 0 ? `the latest ${plan.labels.length} of ${series.chunks.length} chunks` : undefined].filter((part) => part !== undefined);
  const title = `${what}${span.length > 0 ? `, ${span.join(', ')}` : ''}`;
  const top = plan.normalised ? Math.max(1.2, Math.ceil(Math.max(...plan.lines.flatMap((line) => line.values)) * 11) / 10) : undefined;
  // wide enough for every axis label (about 8 px a character at mermaid's 14 px font) beside the next
  const width = Math.max(700, 100 + plan.labels.length * (8 * Math.max(...plan.labels.map((text) => text.length)) + 12));
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    `    width: ${width}`,
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette.join(', ')}"`,
    '---',
    'xychart-beta',
    `    title "${mermaidText(title)}"`,
    `    x-axis [${plan.labels.map((text) => `"${mermaidText(text)}"`).join(', ')}]`,
    plan.normalised ? `    y-axis "value against band" 0 --> ${mermaidNumber(top!)}` : `    y-axis "${mermaidText(plan.lines.length === 1 ? 'value' : unitOf(plan.lines[0]!.signal).replace(/^\w+:/, ''))}"`,
    ...plan.lines.map((line) => `    line [${line.values.map(mermaidNumber).join(', ')}]`),
    ...plan.thresholds.map((value) => `    line [${plan.labels.map(() => mermaidNumber(value)).join(', ')}]`),
    '```',
  ];
}

/** Under the chart: which colour is which signal, how values were scaled, and which chunks cannot alert or have no value. */
function chartLegend(plan: ChartPlan, minRows: number): string {
  const lines = plan.lines.map((line) => `${line.swatch} \`${cell(line.signal.id)}\` (band ${bandText(line.signal.thresholds)}${line.signal.driftingSince ? `, since ${line.signal.driftingSince}` : ''})`);
  const threshold = plan.thresholds.length === 0 ? [] : [`${THRESHOLD.swatch} ${plan.normalised ? 'alert threshold (1)' : `threshold${plan.thresholds.length > 1 ? 's' : ''} ${plan.thresholds.map(num).join(' and ')}`}`];
  const parts = [`Lines: ${[...lines, ...threshold].join(', ')}.`];
  if (plan.normalised) parts.push(`The signals are in different units, so each is drawn against its own band: value / upper threshold for drift statistics, for two-sided bands the distance from the band's middle in half-widths (inside the band under 1; drawn at most at ${MERMAID_NORMALISED_CAP}).`);
  if (plan.insufficient.length > 0) parts.push(`${plan.insufficient.join(', ')} ${plan.insufficient.length === 1 ? 'has' : 'have'} fewer than ${minRows} rows: no alert there, whatever the value.`);
  if (plan.gaps.length > 0) parts.push(`No value in ${plan.gaps.map((gap) => `${gap.chunks.join(', ')} (\`${cell(gap.signal.id)}\`)`).join('; ')}: the chart draws those lines through them from the nearest values.`);
  if (plan.omitted.length > 0) parts.push(`Not drawn: ${plan.omitted.map((s) => `\`${cell(s.id)}\``).join(', ')}.`);
  return parts.join(' ');
}

/** `0.84`, `❌ 0.78 (120 labelled)`, `0.8 (12 labelled, insufficient)`, `—`. */
function markdownValue(signal: SeriesSignal, i: number, state: { empty: boolean; insufficient: boolean }): string {
  const value = signal.values[i];
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const facts = [...(signal.labelledRows ? [`${signal.labelledRows[i]} labelled`] : []), ...(state.insufficient ? ['insufficient'] : [])];
  return `${signal.alerts[i] ? '❌ ' : ''}${num(value)}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}

/** Per chunk, each estimated metric (CBPE or DLE) beside its realised value where labels arrived. */
function performanceTable(series: MonitoringSeries): string | null {
  const estimated = series.signals.filter((signal) => signal.kind === 'estimated');
  if (estimated.length === 0) return null;
  const realised = new Map(series.signals.filter((signal) => signal.kind === 'realised').map((signal) => [signal.id.slice('realised.'.length), signal]));
  const columns = estimated.flatMap((signal) => {
    const metric = signal.id.slice(signal.id.indexOf('.') + 1);
    const pair = realised.get(metric);
    return [signal, ...(pair ? [pair] : [])];
  });
  const states = new Map(columns.map((signal) => [signal, chunkStates(signal, series.chunks, series.chunking.minRows)]));
  const head = ['Chunk', 'Rows', ...columns.map((signal) => `${signalLabel(signal)}, band ${bandText(signal.thresholds)}`)];
  const rows = series.chunks.map((chunk, i) => [chunk.key, chunk.empty ? 'empty' : `${chunk.rows}${chunk.insufficient ? ' (insufficient)' : ''}`, ...columns.map((signal) => markdownValue(signal, i, states.get(signal)![i]!))]);
  return markdownTable([head.map(cell), ...rows.map((row) => row.map(cell))]);
}

/** The series in Markdown: since when the model drifts, the chart of the alerting signals, and estimated vs realised performance per chunk. */
export function seriesMarkdown(series: MonitoringSeries): string[] {
  const out = [`**Monitoring over time:** ${cell(chunkingText(series))}; ${cell(ruleText(series))}.`, '', `**${cell(driftingText(series, (signal) => `\`${signal.id}\``))}.**`, ''];
  const plan = chartPlan(series);
  if (plan) out.push(...seriesMermaid(series), '', chartLegend(plan, series.chunking.minRows), '');
  const performance = performanceTable(series);
  if (performance) out.push('<details><summary>Estimated vs realised performance per chunk</summary>', '', performance, '', '</details>', '');
  for (const note of seriesNotes(series)) out.push(`- ${cell(note)}`);
  if (seriesNotes(series).length > 0) out.push('');
  return out;
}

// ---- Terminal ----

/** Terminal lines: the state, one line per alerting signal with since when, and every signal's latest value. */
export function seriesText(series: MonitoringSeries): string[] {
  const lines = [`  monitoring over ${chunkingText(series)}; ${ruleText(series)}:`, `    ${driftingText(series, (signal) => signal.id)}`];
  const latest = latestChunk(series);
  for (const signal of alertedSignals(series)) {
    const state = chunkStates(signal, series.chunks, series.chunking.minRows);
    const last = latest >= 0 ? `; ${series.chunks[latest]!.key}: ${chunkValueText(signal, latest, state[latest]!)}` : '';
    lines.push(`    ${signal.id}: ${signal.driftingSince ? `drifting since ${signal.driftingSince}` : 'not drifting now'}, ${plural(signal.alertCount, 'alert')} (band ${bandText(signal.thresholds)})${last}`);
  }
  if (latest >= 0) {
    const values = series.signals.map((signal) => `${signal.id} ${chunkValueText(signal, latest, chunkStates(signal, series.chunks, series.chunking.minRows)[latest]!)}`);
    lines.push(`    latest chunk ${series.chunks[latest]!.key} (${plural(series.chunks[latest]!.rows, 'row')}): ${values.join(', ')}`);
  }
  for (const note of seriesNotes(series)) lines.push(`    ${note}`);
  return lines;
}
