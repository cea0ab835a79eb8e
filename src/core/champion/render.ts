// The champion-challenger section of a report: each metric's difference with its interval against the
// tolerance, and McNemar's test, as terminal text, Markdown and HTML (a forest plot beside its table).
import { metricById } from '../metrics/registry.js';
import type { ModelResult } from '../report/model.js';
import { escapeHtml, intervalText, num, signed } from '../report/render/common.js';
import { code, figure, flag, html, keyOf, legend, n, table } from '../report/render/html-parts.js';
import { markdownTable } from '../report/render/markdown-parts.js';
import { COLORS, forestPlot, type ForestRow } from '../report/render/svg.js';

export function championText(model: ModelResult): string[] {
  const c = model.evaluation?.champion;
  if (!c) return [];
  const lines = [`  champion ${c.version} (${c.source}): ${c.comparisons.map((m) => `${m.metric} Δ ${signed(m.delta)} ${intervalText(m)}`).join('; ')}`];
  if (c.mcnemar) lines.push(`    McNemar: ${c.mcnemar.onlyChallengerCorrect} rows only the challenger gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}`);
  return lines;
}

export function championMarkdown(model: ModelResult): string[] {
  const c = model.evaluation?.champion;
  if (!c) return [];
  const out = [`**Against the champion** ${c.version} (\`${c.source}\`, ${c.commit.slice(0, 12)}):`, ''];
  out.push(
    markdownTable([
      ['Metric', 'Model', 'Champion', 'Δ', 'Interval of Δ', 'p', 'Method', 'Regression'],
      ...c.comparisons.map((m) => [m.metric, num(m.challenger), num(m.champion), signed(m.delta), intervalText(m), m.pValue === undefined ? '' : num(m.pValue), m.method ?? '', m.regression ? '❌ yes' : 'no']),
    ]),
    '',
  );
  if (c.mcnemar) out.push(`McNemar (${c.mcnemar.method}): ${c.mcnemar.onlyChallengerCorrect} rows only the model gets right, ${c.mcnemar.onlyChampionCorrect} only the champion; p = ${num(c.mcnemar.pValue)}.`, '');
  return out;
}

export function championHtml(model: ModelResult): string | undefined {
  const champion = model.evaluation?.champion;
  if (!champion) return undefined;
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
