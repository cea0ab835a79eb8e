// The performance section of a report (metrics, confusion matrix, operational measurements, the
// baseline) and the permutation importance, as terminal text, Markdown and HTML.
import type { ModelResult } from '../report/model.js';
import { escapeHtml, intervalText, num, signed } from '../report/render/common.js';
import { COLORS, horizontalBars, type Series } from '../report/render/svg.js';
import { figure, keyOf, legend, n, table } from '../report/render/html-parts.js';
import { markdownTable } from '../report/render/markdown-parts.js';

export function performanceText(model: ModelResult): string[] {
  const evaluation = model.evaluation;
  if (!evaluation) return [];
  const metrics = Object.entries(evaluation.metrics).map(([id, v]) => `${id} ${num(v)}`);
  // No metrics (a drift run without labels): the rows it ran on, and no dangling colon.
  const lines = [`  evaluated on ${evaluation.dataset} (${evaluation.rows} rows)${metrics.length > 0 ? `: ${metrics.join(', ')}` : '; no labelled metrics'}`];
  const op = evaluation.operational;
  if (op) lines.push(`  latency p50/p95/p99 ${num(op.latencyMs.p50)}/${num(op.latencyMs.p95)}/${num(op.latencyMs.p99)} ms, ${num(op.throughputRowsPerS)} rows/s, ${num(op.modelSizeMb)} MiB model`);
  return lines;
}

export function performanceMarkdown(model: ModelResult): string[] {
  const e = model.evaluation;
  if (!e) return [];
  const out: string[] = [];
  const championMetrics = e.champion?.metrics;
  out.push(
    markdownTable([
      ['Metric', 'Model', ...(championMetrics ? [`Champion ${e.champion!.version}`, 'Δ'] : [])],
      ...Object.entries(e.metrics).map(([id, value]) => {
        const champion = championMetrics?.[id];
        const delta = value !== null && champion !== undefined && champion !== null ? value - champion : null;
        return [id, num(value), ...(championMetrics ? [num(champion), signed(delta)] : [])];
      }),
    ]),
    '',
  );
  if (e.confusion) out.push(`Confusion matrix at the threshold: TN ${e.confusion.tn}, FP ${e.confusion.fp}, FN ${e.confusion.fn}, TP ${e.confusion.tp}.`, '');
  if (e.operational) {
    const op = e.operational;
    out.push(`Latency p50 / p95 / p99: ${num(op.latencyMs.p50)} / ${num(op.latencyMs.p95)} / ${num(op.latencyMs.p99)} ms · throughput ${num(op.throughputRowsPerS)} rows/s · model ${num(op.modelSizeMb)} MiB · peak RSS ${num(op.peakRssMb)} MiB.`, '');
  }
  return out;
}

export function performanceHtml(model: ModelResult): string | undefined {
  const e = model.evaluation;
  if (!e) return undefined;
  const out: string[] = [];
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
  return out.join('\n');
}

export function importanceText(model: ModelResult): string[] {
  const importance = model.evaluation?.importance;
  if (!importance) return [];
  const top = importance.challenger.slice(0, 5).map((f) => `${f.feature} ${num(f.importance)}`);
  return [`  top features (drop in ${importance.metric} when permuted): ${top.join(', ')}`];
}

export function importanceMarkdown(model: ModelResult): string[] {
  const imp = model.evaluation?.importance;
  if (!imp) return [];
  const champion = new Map((imp.champion ?? []).map((f) => [f.feature, f]));
  return [
    `**Permutation importance** (drop in ${imp.metric}, ${imp.repeats} shuffles on ${imp.rows} rows):`,
    '',
    markdownTable([
      ['Feature', 'Model', ...(imp.champion ? ['Champion'] : [])],
      ...imp.challenger.map((f) => [f.feature, `${num(f.importance)} ± ${num(f.std)}`, ...(imp.champion ? [champion.has(f.feature) ? num(champion.get(f.feature)!.importance) : '—'] : [])]),
    ]),
    '',
  ];
}

export function importanceHtml(result: ModelResult): string | undefined {
  const importance = result.evaluation?.importance;
  if (!importance) return undefined;
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
