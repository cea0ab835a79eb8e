// Inline SVG charts for the HTML report: grouped bars (vertical and horizontal) and a forest plot.
// Pure string builders with no script and nothing fetched; every label is escaped; each chart is one
// `role="img"` with an aria-label that states what it shows, and the page puts the numbers in a table beside it.
import { escapeHtml } from './common.js';

export const COLORS = {
  model: '#0969da',
  champion: '#8250df',
  reference: '#8c959f',
  current: '#0969da',
  regression: '#cf222e',
  axis: '#57606a',
  grid: '#d0d7de',
  zone: '#ffebe9',
  /** A chunk without rows in a chart over time. */
  empty: '#d8dee4',
} as const;

export interface Series {
  name: string;
  color: string;
  values: readonly (number | null)[];
  /** Half-width of a whisker drawn around each value (e.g. a standard deviation). */
  spread?: readonly (number | null)[];
}

/** A reference line across the plot, e.g. the overall rate. */
export interface ReferenceLine {
  value: number;
  label: string;
}

export const round = (value: number): string => String(Math.round(value * 10) / 10);

/** Ticks at 1, 2 or 5 times a power of ten covering [min, max], and the domain they span. */
export function niceScale(min: number, max: number, count = 5): { min: number; max: number; ticks: number[] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  if (max - min < 1e-12) {
    const pad = Math.abs(max) > 1e-12 ? Math.abs(max) * 0.1 : 1;
    return niceScale(min - pad, max + pad, count);
  }
  const rough = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude;
  // Integer multiples of the step, so zero is exactly 0 and no rounding error accumulates.
  const low = Math.floor(min / step + 1e-9);
  const high = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let k = low; k <= high; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { min: ticks[0]!, max: ticks[ticks.length - 1]!, ticks };
}

/** Text that fits about `chars` characters, the whole of it in a tooltip when cut. */
export function label(text: string, x: number, y: number, attributes: string, chars: number): string {
  const cut = text.length > chars ? `${text.slice(0, Math.max(1, chars - 1))}…` : text;
  const tooltip = cut === text ? '' : `<title>${escapeHtml(text)}</title>`;
  return `<text x="${round(x)}" y="${round(y)}" ${attributes}>${tooltip}${escapeHtml(cut)}</text>`;
}

/** The opening of a chart: its size, `role="img"`, the aria-label and the same text as its `<title>`. */
export function open(width: number, height: number, ariaLabel: string): string {
  return `<svg class="chart" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="0 0 ${Math.round(width)} ${Math.round(height)}" role="img" aria-label="${escapeHtml(ariaLabel)}"><title>${escapeHtml(ariaLabel)}</title>`;
}

/** Categories along x, one bar per series in each; values from 0 up, e.g. selection rate per group, shares per bin. */
export function verticalBars(options: {
  ariaLabel: string;
  categories: readonly string[];
  series: readonly Series[];
  format: (value: number) => string;
  /** Top of the scale at least this (e.g. 0.1 for rates). */
  minMax?: number;
  reference?: ReferenceLine;
}): string {
  const { categories, series, format } = options;
  const barWidth = 28;
  const groupWidth = series.length * barWidth + 18;
  const margin = { top: 18, right: 16, bottom: 40, left: 52 };
  const plotWidth = Math.max(280, categories.length * groupWidth);
  const plotHeight = 170;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const scale = niceScale(0, Math.max(options.minMax ?? 0, options.reference?.value ?? 0, ...values), 4);
  const y = (value: number) => margin.top + plotHeight - ((value - scale.min) / (scale.max - scale.min)) * plotHeight;
  const slot = plotWidth / Math.max(1, categories.length);
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${margin.left - 6}" y="${round(y(tick) + 4)}" text-anchor="end" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  const labelled = categories.length * series.length <= 24;
  categories.forEach((category, i) => {
    const groupLeft = margin.left + i * slot + (slot - series.length * barWidth) / 2;
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const top = y(Math.max(value, scale.min));
      const x = groupLeft + j * barWidth;
      out.push(`<rect x="${round(x + 1)}" y="${round(top)}" width="${barWidth - 2}" height="${round(y(scale.min) - top)}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${category}: ${format(value)}`)}</title></rect>`);
      if (labelled) out.push(`<text x="${round(x + barWidth / 2)}" y="${round(top - 4)}" text-anchor="middle" class="value">${escapeHtml(format(value))}</text>`);
    });
    out.push(label(category, margin.left + i * slot + slot / 2, margin.top + plotHeight + 16, 'text-anchor="middle" class="category"', Math.max(4, Math.floor(slot / 6.5))));
  });
  if (options.reference) {
    const ry = y(options.reference.value);
    // Labelled in the legend beside the chart: a label here would collide with the bars' values.
    out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(ry)}" y2="${round(ry)}" stroke="${COLORS.axis}" stroke-width="1.5" stroke-dasharray="5 4"><title>${escapeHtml(options.reference.label)}</title></line>`);
  }
  out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${round(y(scale.min))}" y2="${round(y(scale.min))}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push('</svg>');
  return out.join('');
}

/** One row per item, one bar per series from zero (negative values to the left), whiskers for the spread. */
export function horizontalBars(options: { ariaLabel: string; items: readonly string[]; series: readonly Series[]; format: (value: number) => string }): string {
  const { items, series, format } = options;
  const barHeight = 12;
  const rowHeight = series.length * barHeight + 10;
  const margin = { top: 10, right: 64, bottom: 28, left: 180 };
  const plotWidth = 380;
  const plotHeight = Math.max(1, items.length) * rowHeight;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const ends = series.flatMap((s) => s.values.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [v - (s.spread?.[i] ?? 0), v + (s.spread?.[i] ?? 0)])));
  const scale = niceScale(Math.min(0, ...ends), Math.max(0, ...ends), 5);
  const x = (value: number) => margin.left + ((value - scale.min) / (scale.max - scale.min)) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="${COLORS.grid}" stroke-width="1"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin.top + plotHeight + 16}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  items.forEach((item, i) => {
    const rowTop = margin.top + i * rowHeight + 5;
    out.push(label(item, margin.left - 8, rowTop + (series.length * barHeight) / 2 + 4, 'text-anchor="end" class="category"', 26));
    series.forEach((s, j) => {
      const value = s.values[i];
      if (value === null || value === undefined || !Number.isFinite(value)) return;
      const top = rowTop + j * barHeight;
      const left = Math.min(x(0), x(value));
      out.push(`<rect x="${round(left)}" y="${top + 1}" width="${round(Math.max(0.5, Math.abs(x(value) - x(0))))}" height="${barHeight - 2}" fill="${s.color}"><title>${escapeHtml(`${s.name}, ${item}: ${format(value)}`)}</title></rect>`);
      const spread = s.spread?.[i];
      if (spread !== null && spread !== undefined && spread > 0) {
        const mid = top + barHeight / 2;
        out.push(`<line x1="${round(x(value - spread))}" x2="${round(x(value + spread))}" y1="${mid}" y2="${mid}" stroke="#1f2328" stroke-width="1"/>`);
      }
      out.push(`<text x="${round(Math.max(x(0), x(value + (spread ?? 0))) + 4)}" y="${top + barHeight - 2}" class="value">${escapeHtml(format(value))}</text>`);
    });
  });
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  out.push('</svg>');
  return out.join('');
}

export interface ForestRow {
  label: string;
  estimate: number | null;
  lower?: number;
  upper?: number;
  /** Where a worsening counts as a regression once the whole interval is past it (signed), if anywhere. */
  limit?: number;
  /** Which side of `limit` is the regression side. */
  worseSide?: 'below' | 'above';
  flagged?: boolean;
  /** Text at the right end of the row, e.g. `+0.012 [−0.02, +0.04]`. */
  note: string;
}

/** Point and interval per row against zero and each row's tolerance line, the regression side shaded. */
export function forestPlot(options: { ariaLabel: string; rows: readonly ForestRow[]; format: (value: number) => string }): string {
  const { rows, format } = options;
  const rowHeight = 30;
  const margin = { top: 12, right: 190, bottom: 30, left: 120 };
  const plotWidth = 420;
  const plotHeight = Math.max(1, rows.length) * rowHeight;
  const width = margin.left + plotWidth + margin.right;
  const height = margin.top + plotHeight + margin.bottom;
  const ends = rows.flatMap((r) => [r.estimate, r.lower, r.upper, r.limit].filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v)));
  const extent = Math.max(1e-6, ...ends.map(Math.abs));
  const scale = niceScale(Math.min(0, ...ends, -extent * 0.15), Math.max(0, ...ends, extent * 0.15), 6);
  const x = (value: number) => margin.left + ((Math.min(Math.max(value, scale.min), scale.max) - scale.min) / (scale.max - scale.min)) * plotWidth;
  const out = [open(width, height, options.ariaLabel)];
  rows.forEach((row, i) => {
    const top = margin.top + i * rowHeight;
    if (row.limit !== undefined && row.worseSide) {
      const from = row.worseSide === 'below' ? margin.left : x(row.limit);
      const to = row.worseSide === 'below' ? x(row.limit) : margin.left + plotWidth;
      out.push(`<rect x="${round(from)}" y="${top + 2}" width="${round(Math.max(0, to - from))}" height="${rowHeight - 4}" fill="${COLORS.zone}"/>`);
      out.push(`<line x1="${round(x(row.limit))}" x2="${round(x(row.limit))}" y1="${top + 2}" y2="${top + rowHeight - 2}" stroke="${COLORS.regression}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    }
  });
  for (const tick of scale.ticks) {
    out.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight + 4}" stroke="${COLORS.axis}"/>`);
    out.push(`<text x="${round(x(tick))}" y="${margin.top + plotHeight + 17}" text-anchor="middle" class="tick">${escapeHtml(format(tick))}</text>`);
  }
  out.push(`<line x1="${margin.left}" x2="${margin.left + plotWidth}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight}" stroke="${COLORS.axis}"/>`);
  out.push(`<line x1="${round(x(0))}" x2="${round(x(0))}" y1="${margin.top}" y2="${margin.top + plotHeight}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  rows.forEach((row, i) => {
    const mid = margin.top + i * rowHeight + rowHeight / 2;
    const color = row.flagged ? COLORS.regression : COLORS.model;
    out.push(label(row.label, margin.left - 8, mid + 4, 'text-anchor="end" class="category"', 18));
    if (row.lower !== undefined && row.upper !== undefined) {
      out.push(`<line x1="${round(x(row.lower))}" x2="${round(x(row.upper))}" y1="${mid}" y2="${mid}" stroke="${color}" stroke-width="2"/>`);
      for (const end of [row.lower, row.upper]) out.push(`<line x1="${round(x(end))}" x2="${round(x(end))}" y1="${mid - 5}" y2="${mid + 5}" stroke="${color}" stroke-width="2"/>`);
    }
    if (row.estimate !== null && Number.isFinite(row.estimate)) out.push(`<circle cx="${round(x(row.estimate))}" cy="${mid}" r="4.5" fill="${color}"/>`);
    out.push(`<text x="${margin.left + plotWidth + 10}" y="${mid + 4}" class="value">${escapeHtml(row.note)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
