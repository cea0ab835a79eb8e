import { describe, expect, it } from 'vitest';
import { weeklySeries } from '../../../testing/series-fixtures.js';
import type { Column, Table } from '../../data/table.js';
import { createRng } from '../../stats/random.js';
import { COLORS } from '../../report/render/svg.js';
import { MERMAID_MAX_LINES, MERMAID_NORMALISED_CAP, normalisedValue, seriesDrifting, seriesHtml, seriesMarkdown, seriesMermaid, seriesSvg, seriesText } from './render.js';
import { chunkRows } from './chunking.js';
import { DRIFT_BAND, buildSignal, monitoringSeries, type MonitoringSeries, type SeriesChunk, type SeriesSignal } from './series.js';

const signalOf = (series: MonitoringSeries, id: string): SeriesSignal => series.signals.find((s) => s.id === id)!;
/** The `<title>` of every circle drawn in `color`. */
const markers = (svg: string, color: string): string[] => [...svg.matchAll(new RegExp(`<circle [^>]*fill="${color}"[^>]*><title>([^<]*)</title>`, 'g'))].map((m) => m[1]!);
const alertMarkers = (svg: string): string[] => markers(svg, COLORS.regression).map((title) => title.split(' ')[0]!);
const WEEKS = Array.from({ length: 14 }, (_, i) => `2026-W${36 + i}`);

/** Three chunks of 100 rows, the middle one empty. */
function tinySeries(): MonitoringSeries {
  const chunks: SeriesChunk[] = [0, 1, 2].map((index) => ({ index, key: `rows:${index * 100}-${index * 100 + 99}`, rows: index === 1 ? 0 : 100, empty: index === 1, insufficient: index === 1 }));
  const signal = buildSignal('drift.x.statistic', 'drift', [0.05, null, 0.3], [0.05, 0.06, 0.055, 0.045], { kind: 'calibrated' }, DRIFT_BAND, chunks, { test: { method: 'ks', alpha: 0.05, pValues: [0.5, null, 0.0001], drifted: [false, null, true] } });
  return {
    chunking: { by: 'size', size: 100, minRows: 30, rows: 200, invalidTimestamps: { count: 0, rows: [] } },
    reference: { rows: 400, chunkRows: 100, chunks: 4 },
    thresholdRule: { kind: 'calibrated' },
    chunks,
    signals: [signal],
    notOffered: [],
  };
}

describe('seriesSvg', () => {
  it('draws a stationary signal without alert markers or a drifting-since line', () => {
    const series = weeklySeries();
    for (const signal of series.signals) {
      const svg = seriesSvg(signal, series.chunks, { minRows: 30 });
      expect(alertMarkers(svg), signal.id).toEqual([]);
      expect(svg).not.toContain('drifting since');
      expect(svg).toMatch(/^<svg class="chart" [^>]*role="img" aria-label="[^"]+"><title>/);
    }
  });

  it('marks the shifted chunks red from the 9th on, and where the run began', () => {
    const series = weeklySeries({ shifted: true });
    const drift = seriesSvg(signalOf(series, 'drift.age.statistic'), series.chunks, { minRows: 30 });
    expect(alertMarkers(drift)).toEqual(WEEKS.slice(8));
    expect(drift).toContain('>drifting since 2026-W44</text>');
    expect(alertMarkers(seriesSvg(signalOf(series, 'prediction.drift.statistic'), series.chunks))).toEqual(WEEKS.slice(9));
    // the estimate drops below its lower threshold: that zone is shaded and both threshold lines are drawn
    const estimated = seriesSvg(signalOf(series, 'cbpe.roc_auc'), series.chunks);
    expect(estimated.match(new RegExp(`<rect [^>]*fill="${COLORS.zone}"`, 'g'))).toHaveLength(2);
    expect(estimated).toContain('<title>lower threshold 0.8312</title>');
    expect(estimated).toContain('<title>upper threshold 0.8518</title>');
    expect(markers(estimated, COLORS.regression)[0]).toBe('2026-W44 0.781 (alert: below 0.8312)');
  });

  it('greys empty chunks, breaks the line there and draws insufficient chunks hollow', () => {
    const series = weeklySeries({ shifted: true });
    const svg = seriesSvg(signalOf(series, 'drift.age.statistic'), series.chunks, { minRows: 30 });
    // the 4th of 14 slots of 26 px after the 52 px margin
    expect(svg.match(/<rect [^>]*><title>([^<]*)<\/title><\/rect>/g)).toEqual([`<rect x="130" y="22" width="26" height="130" fill="${COLORS.empty}"><title>2026-W39: no rows</title></rect>`]);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    // W41 has 12 rows: its statistic is far up but it cannot alert
    expect(markers(svg, '#ffffff')).toEqual(['2026-W41 0.21 (insufficient: 12 rows)']);
    const aria = svg.match(/aria-label="([^"]*)"/)![1]!;
    expect(aria).toContain('2026-W39 empty, 2026-W40 0.068, 2026-W41 0.21 (insufficient: 12 rows)');
    expect(aria).toContain('2026-W44 0.31 (alert: above 0.08421)');
    expect(aria).toMatch(/Band ≤ 0\.08421; 6 alerts; drifting since 2026-W44\.$/);
  });

  it('judges a realised signal by its labelled rows: no labels is a gap, few labels a hollow point', () => {
    const series = weeklySeries({ shifted: true });
    const svg = seriesSvg(signalOf(series, 'realised.roc_auc'), series.chunks, { minRows: 30 });
    expect([...svg.matchAll(/<title>(2026-W\d+): no labelled rows<\/title>/g)].map((m) => m[1])).toEqual(['2026-W39', '2026-W48', '2026-W49']);
    // null values at W39, W48 and W49: two pieces of line
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(markers(svg, '#ffffff')).toEqual(['2026-W41 0.8 (insufficient: 12 labelled rows)', '2026-W47 0.8 (insufficient: 10 labelled rows)']);
    expect(alertMarkers(svg)).toEqual(['2026-W44', '2026-W45', '2026-W46']);
    expect(svg).toContain('2026-W48 no labels');
  });

  it('escapes the names it shows', () => {
    const series = weeklySeries({ shifted: true, feature: '<script>alert("x")</script>' });
    const svg = seriesSvg(series.signals[0]!, series.chunks);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;: drift (ks statistic)');
  });

  it('names the signal when values and chunks disagree', () => {
    const series = weeklySeries();
    expect(() => seriesSvg(series.signals[0]!, series.chunks.slice(1))).toThrow('signal drift.age.statistic has 14 values for 13 chunks');
  });

  it('renders a small series exactly (golden)', () => {
    const series = tinySeries();
    expect(seriesSvg(series.signals[0]!, series.chunks).replace(/></g, '>\n<')).toMatchInlineSnapshot(`
      "<svg class="chart" width="342" height="186" viewBox="0 0 342 186" role="img" aria-label="x: drift (ks statistic) per chunk: rows:0-99 0.05, rows:100-199 empty, rows:200-299 0.3 (alert: above 0.09788). Band ≤ 0.09788; 1 alert; drifting since rows:200-299.">
      <title>x: drift (ks statistic) per chunk: rows:0-99 0.05, rows:100-199 empty, rows:200-299 0.3 (alert: above 0.09788). Band ≤ 0.09788; 1 alert; drifting since rows:200-299.</title>
      <rect x="52" y="22" width="260" height="87.6" fill="#ffebe9"/>
      <rect x="138.7" y="22" width="86.7" height="130" fill="#d8dee4">
      <title>rows:100-199: no rows</title>
      </rect>
      <line x1="52" x2="312" y1="152" y2="152" stroke="#d0d7de" stroke-width="1"/>
      <text x="46" y="156" text-anchor="end" class="tick">0</text>
      <line x1="52" x2="312" y1="108.7" y2="108.7" stroke="#d0d7de" stroke-width="1"/>
      <text x="46" y="112.7" text-anchor="end" class="tick">0.1</text>
      <line x1="52" x2="312" y1="65.3" y2="65.3" stroke="#d0d7de" stroke-width="1"/>
      <text x="46" y="69.3" text-anchor="end" class="tick">0.2</text>
      <line x1="52" x2="312" y1="22" y2="22" stroke="#d0d7de" stroke-width="1"/>
      <text x="46" y="26" text-anchor="end" class="tick">0.3</text>
      <line x1="52" x2="312" y1="109.6" y2="109.6" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="5 4">
      <title>upper threshold 0.09788</title>
      </line>
      <line x1="225.3" x2="225.3" y1="18" y2="152" stroke="#cf222e" stroke-width="1" stroke-dasharray="2 3"/>
      <text x="222.3" y="14" text-anchor="end" class="note">drifting since rows:200-299</text>
      <circle cx="95.3" cy="130.3" r="2.5" fill="#0969da">
      <title>rows:0-99 0.05</title>
      </circle>
      <circle cx="268.7" cy="22" r="4" fill="#cf222e">
      <title>rows:200-299 0.3 (alert: above 0.09788)</title>
      </circle>
      <text x="95.3" y="168" text-anchor="middle" class="category">rows:0-99</text>
      <text x="182" y="168" text-anchor="middle" class="category">rows:100-199</text>
      <text x="268.7" y="168" text-anchor="middle" class="category">rows:200-299</text>
      <line x1="52" x2="312" y1="152" y2="152" stroke="#57606a" stroke-width="1"/>
      </svg>"
    `);
  });
});

describe('seriesHtml', () => {
  it('charts the alerting signals and collapses the others, with the latest chunk in a table', () => {
    const page = seriesHtml(weeklySeries({ shifted: true }));
    const [open, collapsed] = page.split('<details>');
    expect(open!.match(/<figure>/g)).toHaveLength(4);
    expect(collapsed!.match(/<figure>/g)).toHaveLength(1);
    expect(collapsed).toContain('<summary>1 signal without alerts</summary>');
    expect(collapsed).toContain('missing.age');
    expect(page).toContain('<strong>Drifting since 2026-W44 (6 chunks): signals age: drift (ks statistic) (since 2026-W44)');
    expect(page).toContain('<caption>Latest chunk: 2026-W49 (150 rows)</caption>');
    expect(page).toContain('<figcaption>roc_auc (realised) · realised.roc_auc: 3 alerts, drifting since 2026-W44; hollow points are chunks under 30 labelled rows, which cannot alert.</figcaption>');
    // the empty chunk of the small series has no value: nothing hollow to explain
    expect(seriesHtml(tinySeries())).toContain('<figcaption>x: drift (ks statistic) · drift.x.statistic: 1 alert, drifting since rows:200-299.</figcaption>');
    expect(page).toMatch(/<th scope="row">roc_auc \(estimated, CBPE\)<\/th><td><code>cbpe.roc_auc<\/code><\/td><td class="n">0.77<\/td><td class="n">0.8312–0.8518<\/td><td><span class="v fail">yes<\/span><\/td><td>2026-W44<\/td>/);
  });

  it('puts every chart of a stationary series in the collapsed part', () => {
    const page = seriesHtml(weeklySeries());
    const [open, collapsed] = page.split('<details>');
    expect(open).not.toContain('<figure>');
    expect(collapsed!.match(/<figure>/g)).toHaveLength(5);
    expect(page).toContain('<strong>No alerts in 14 chunks: every signal stayed inside its band</strong>');
  });
});

describe('seriesMermaid', () => {
  it('draws no chart when nothing alerted', () => {
    expect(seriesMermaid(weeklySeries())).toEqual([]);
  });

  it('normalises signals in different units against their bands, 1 being the alert line', () => {
    const series = weeklySeries({ shifted: true });
    const chart = seriesMermaid(series);
    expect(chart).toContain('    title "Alerting signals per chunk, each against its band (1 = alert threshold), 2026"');
    // one year: the weeks without it
    expect(chart).toContain(`    x-axis [${WEEKS.map((w) => `"${w.slice(5)}"`).join(', ')}]`);
    const lines = chart.filter((line) => line.startsWith('    line [')).map((line) => line.slice(10, -1).split(', ').map(Number));
    // drift, estimate, realised, prediction drift; then the alert line
    expect(lines).toHaveLength(5);
    expect(lines[4]).toEqual(WEEKS.map(() => 1));
    const drift = signalOf(series, 'drift.age.statistic');
    const upper = drift.thresholds.upper!;
    expect(lines[0]![0]).toBeCloseTo(0.055 / upper, 3);
    expect(lines[0]![13]).toBeCloseTo(0.32 / upper, 3);
    // W39 is empty: halfway between W38 and W40
    expect(lines[0]![3]).toBeCloseTo((0.05 / upper + 0.068 / upper) / 2, 3);
    // the estimate: its distance from the band's middle in half-widths, above 1 on the alerting chunks and on
    // W41, below the band but insufficient (12 rows), so no alert
    const estimated = lines[1]!;
    expect(estimated.map((v) => v > 1)).toEqual(signalOf(series, 'cbpe.roc_auc').alerts.map((alert, i) => alert || WEEKS[i] === '2026-W41'));
    expect(chart).toContain('      plotColorPalette: "#0969da, #fb8500, #8250df, #1a7f37, #cf222e"');
  });

  it('keeps raw values and draws the band when one signal alerted', () => {
    const series = weeklySeries({ shifted: true });
    const only = { ...series, signals: [signalOf(series, 'cbpe.roc_auc')] };
    const chart = seriesMermaid(only);
    expect(chart).toContain('    title "roc_auc (estimated, CBPE) per chunk, 2026"');
    const lines = chart.filter((line) => line.startsWith('    line ['));
    expect(lines[0]).toBe('    line [0.842, 0.839, 0.845, 0.843, 0.841, 0.83, 0.843, 0.84, 0.781, 0.776, 0.772, 0.779, 0.774, 0.77]');
    expect(lines.slice(1)).toEqual([`    line [${WEEKS.map(() => '0.8518').join(', ')}]`, `    line [${WEEKS.map(() => '0.8312').join(', ')}]`]);
  });

  it('shows the latest 26 chunks of a longer series, or from just before the drift began', () => {
    const series = (shiftFrom: number): MonitoringSeries => {
      const chunks: SeriesChunk[] = Array.from({ length: 40 }, (_, index) => ({ index, key: `2026-W${String(index + 1).padStart(2, '0')}`, rows: 100, empty: false, insufficient: false }));
      const values = chunks.map((_, i) => (i >= shiftFrom ? 0.3 : [0.05, 0.06, 0.055][i % 3]!));
      const signal = buildSignal('drift.x.statistic', 'drift', values, [0.05, 0.06, 0.055, 0.045], { kind: 'calibrated' }, DRIFT_BAND, chunks);
      return { ...tinySeries(), chunks, signals: [signal] };
    };
    const axis = (chart: string[]): string[] => JSON.parse(chart.find((line) => line.startsWith('    x-axis '))!.slice(11));
    const late = seriesMermaid(series(35));
    expect(axis(late)).toEqual(Array.from({ length: 26 }, (_, i) => `W${i + 15}`));
    expect(late).toContain('    title "x: drift (statistic) per chunk, 2026, the latest 26 of 40 chunks"');
    expect(late.find((line) => line.startsWith('    line ['))).toBe(`    line [${[...Array.from({ length: 21 }, (_, i) => [0.05, 0.06, 0.055][(i + 14) % 3]), 0.3, 0.3, 0.3, 0.3, 0.3].join(', ')}]`);
    // drifting since W05: from W03 on
    expect(axis(seriesMermaid(series(4)))[0]).toBe('W03');
    // 38 labels of 3 characters: 100 + 38 * (3 * 8 + 12) px
    expect(seriesMermaid(series(4))).toContain(`    width: ${100 + 38 * 36}`);
  });

  it('draws at most six signals and names the ones left out', () => {
    const series = weeklySeries({ shifted: true });
    const drift = signalOf(series, 'drift.age.statistic');
    const many = { ...series, signals: [...series.signals, ...[1, 2, 3, 4].map((k) => ({ ...drift, id: `drift.f${k}.statistic` }))] };
    const chart = seriesMermaid(many);
    // six signals and the alert line
    expect(chart.filter((line) => line.startsWith('    line ['))).toHaveLength(MERMAID_MAX_LINES + 1);
    const legend = seriesMarkdown(many).find((line) => line.startsWith('Lines: '))!;
    expect(legend).toContain('⬛ `drift.f4.statistic`');
    expect(legend).toMatch(/Not drawn: `realised\.roc_auc`, `prediction\.drift\.statistic`\.$/);
  });

  it('renders a small series exactly (golden)', () => {
    expect(seriesMermaid(tinySeries()).join('\n')).toMatchInlineSnapshot(`
      "\`\`\`mermaid
      ---
      config:
        xyChart:
          width: 700
        themeVariables:
          xyChart:
            plotColorPalette: "#0969da, #cf222e"
      ---
      xychart-beta
          title "x: drift (ks statistic) per chunk"
          x-axis ["rows:0-99", "rows:100-199", "rows:200-299"]
          y-axis "value"
          line [0.05, 0.175, 0.3]
          line [0.09788, 0.09788, 0.09788]
      \`\`\`"
    `);
  });
});

describe('normalisedValue', () => {
  it('is value / upper for upward bands, the half-width distance for two-sided ones, capped for a band of width 0', () => {
    expect(normalisedValue(0.2, { lower: null, upper: 0.1 })).toBeCloseTo(2, 12);
    expect(normalisedValue(0.05, { lower: null, upper: 0.1 })).toBeCloseTo(0.5, 12);
    expect(normalisedValue(0.8, { lower: 0.82, upper: 0.86 })).toBeCloseTo(2, 12);
    expect(normalisedValue(0.85, { lower: 0.82, upper: 0.86 })).toBeCloseTo(0.5, 12);
    expect(normalisedValue(0.6, { lower: 0.8, upper: null })).toBeCloseTo(4 / 3, 12);
    // a share that never moved on the reference: band [0, 0]
    expect(normalisedValue(0, { lower: 0, upper: 0 })).toBe(0);
    expect(normalisedValue(0.25, { lower: 0, upper: 0 })).toBe(MERMAID_NORMALISED_CAP);
    expect(normalisedValue(0.25, { lower: null, upper: null })).toBeNull();
  });
});

describe('seriesMarkdown and seriesText', () => {
  it('says since when the model drifts, names the chart colours and tabulates estimated against realised performance', () => {
    const markdown = seriesMarkdown(weeklySeries({ shifted: true })).join('\n').split('\n');
    expect(markdown).toContain('**Drifting since 2026-W44 (6 chunks): signals `drift.age.statistic` (since 2026-W44), `cbpe.roc_auc` (since 2026-W44), `realised.roc_auc` (since 2026-W44), `prediction.drift.statistic` (since 2026-W45).**');
    expect(markdown.filter((line) => line === '```mermaid')).toHaveLength(1);
    const legend = markdown.find((line) => line.startsWith('Lines: '))!;
    expect(legend).toContain('🟦 `drift.age.statistic` (band ≤ 0.08421, since 2026-W44), 🟧 `cbpe.roc_auc`');
    expect(legend).toContain('2026-W41 has fewer than 30 rows: no alert there, whatever the value.');
    expect(legend).toContain('No value in 2026-W39 (`drift.age.statistic`); 2026-W39 (`cbpe.roc_auc`); 2026-W39, 2026-W48, 2026-W49 (`realised.roc_auc`)');
    expect(markdown).toContain('| Chunk | Rows | roc_auc (estimated, CBPE), band 0.8312–0.8518 | roc_auc (realised), band 0.7995–0.8867 |');
    expect(markdown).toContain('| 2026-W39 | empty | — | — |');
    expect(markdown).toContain('| 2026-W41 | 12 (insufficient) | 0.83 (insufficient) | 0.8 (12 labelled, insufficient) |');
    expect(markdown).toContain('| 2026-W44 | 147 | ❌ 0.781 | ❌ 0.79 (120 labelled) |');
    expect(markdown).toContain('| 2026-W49 | 150 | ❌ 0.77 | — |');
  });

  it('has no chart for a stationary series, and says so', () => {
    const markdown = seriesMarkdown(weeklySeries());
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).toContain('**No alerts in 14 chunks: every signal stayed inside its band.**');
  });

  it('tells the model drifting since the earliest run still going, and how many chunks that is', () => {
    const series = weeklySeries({ shifted: true });
    const drifting = seriesDrifting(series)!;
    expect([drifting.since, drifting.chunks]).toEqual(['2026-W44', 6]);
    expect(drifting.signals.map((s) => [s.signal.id, s.since])).toEqual([
      ['drift.age.statistic', '2026-W44'],
      ['cbpe.roc_auc', '2026-W44'],
      ['realised.roc_auc', '2026-W44'],
      ['prediction.drift.statistic', '2026-W45'],
    ]);
    // recovered: the last chunks back inside the band end every run
    const recovered = structuredClone(series);
    for (const signal of recovered.signals) signal.driftingSince = null;
    expect(seriesDrifting(recovered)).toBeNull();
    expect(seriesMarkdown(recovered)).toContain('**Not drifting: the latest chunks are inside their bands; 4 signals alerted earlier (`drift.age.statistic`: 6 alerts, `prediction.drift.statistic`: 5 alerts, `cbpe.roc_auc`: 6 alerts, `realised.roc_auc`: 3 alerts).**');
  });

  it('prints one line per alerting signal with since when, then the latest values', () => {
    const lines = seriesText(weeklySeries({ shifted: true }));
    expect(lines[0]).toBe('  monitoring over 14 weekly chunks (Europe/Berlin), 1807 rows; chunks under 30 rows are insufficient; calibrated bands (1% false alerts per chunk on stationary data) from 10 reference chunks of 150 rows:');
    expect(lines).toContain('    drift.age.statistic: drifting since 2026-W44, 6 alerts (band ≤ 0.08421); 2026-W49: 0.32 (alert: above 0.08421)');
    expect(lines).toContain('    prediction.drift.statistic: drifting since 2026-W45, 5 alerts (band ≤ 0.05991); 2026-W49: 0.26 (alert: above 0.05991)');
    expect(lines.filter((line) => / alerts? \(band /.test(line))).toHaveLength(4);
    expect(lines.find((line) => line.startsWith('    latest chunk'))).toBe(
      '    latest chunk 2026-W49 (150 rows): drift.age.statistic 0.32 (alert: above 0.08421), missing.age 0.02, prediction.drift.statistic 0.26 (alert: above 0.05991), cbpe.roc_auc 0.77 (alert: below 0.8312), realised.roc_auc no labels',
    );
    expect(seriesText(weeklySeries())[1]).toBe('    No alerts in 14 chunks: every signal stayed inside its band');
  });
});

describe('the renderers on a series monitoringSeries computed', () => {
  it('puts the alert markers and "drifting since" on the chunks where the data shifted (the 9th of 12 weeks on)', () => {
    const rng = createRng(21);
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
    const column = (name: string, values: number[]): Column => ({ name, kind: 'numeric', values: Float64Array.from(values) });
    const week = 7 * 86_400_000;
    const monday = Date.UTC(2026, 0, 5); // 2026-W02
    const x: number[] = [];
    const stamps: number[] = [];
    for (let w = 0; w < 12; w++) {
      for (let i = 0; i < 150; i++) {
        x.push(normal() + (w >= 8 ? 1.5 : 0));
        stamps.push(monday + w * week + rng.nextFloat() * week);
      }
    }
    const reference: Table = { rowCount: 2000, columns: new Map([['x', column('x', Array.from({ length: 2000 }, normal))]]) };
    const current: Table = { rowCount: x.length, columns: new Map([['x', column('x', x)]]) };
    const series = monitoringSeries({ reference, current, chunking: chunkRows({ by: 'period', period: 'week' }, x.length, Float64Array.from(stamps)), features: [{ name: 'x', kind: 'numeric' }] });
    const weeks = series.chunks.map((chunk) => chunk.key);
    expect(weeks[8]).toBe('2026-W10');
    const drift = signalOf(series, 'drift.x.statistic');
    expect(alertMarkers(seriesSvg(drift, series.chunks, { minRows: series.chunking.minRows }))).toEqual(weeks.filter((_, i) => drift.alerts[i]));
    expect(drift.alerts.slice(8)).toEqual([true, true, true, true]);
    expect(seriesMarkdown(series)).toContain('**Drifting since 2026-W10 (4 chunks): signal `drift.x.statistic` (since 2026-W10).**');
    expect(seriesText(series)[2]).toMatch(/^ {4}drift\.x\.statistic: drifting since 2026-W10, \d+ alerts \(band ≤ 0\.\d+\); 2026-W13: 0\.\d+ \(alert: above 0\.\d+\)$/);
    // one signal alerted: its raw KS statistics and its threshold
    const chart = seriesMermaid(series);
    expect(chart.filter((line) => line.startsWith('    line ['))).toHaveLength(2);
    expect(chart).toContain('    title "x: drift (ks statistic) per chunk, 2026"');
  });
});

describe('a series without chunks or bands', () => {
  it('renders every part without failing and says why nothing is charted', () => {
    const series: MonitoringSeries = { ...tinySeries(), chunks: [], signals: [], notOffered: [{ signal: 'thresholds', reason: 'no current chunk has min_rows rows, so there is no chunk size to cut the reference by' }] };
    expect(seriesText(series)).toEqual([
      '  monitoring over 0 chunks of 100 rows, 200 rows; chunks under 30 rows are insufficient; calibrated bands (1% false alerts per chunk on stationary data) from 4 reference chunks of 100 rows:',
      '    No chunks: the current data has no rows to monitor',
      '    Not computed: thresholds: no current chunk has min_rows rows, so there is no chunk size to cut the reference by.',
    ]);
    expect(seriesMermaid(series)).toEqual([]);
    expect(seriesHtml(series)).not.toContain('<table');
  });

  it('draws a signal without a band with neither zones nor threshold lines', () => {
    const series = tinySeries();
    const signal = { ...series.signals[0]!, thresholds: { ...series.signals[0]!.thresholds, lower: null, upper: null }, alerts: [false, false, false], alertCount: 0, driftingSince: null };
    const svg = seriesSvg(signal, series.chunks);
    expect(svg).not.toContain(COLORS.zone);
    expect(svg).not.toContain('threshold');
    expect(svg).toContain('No band; 0 alerts.');
  });
});
