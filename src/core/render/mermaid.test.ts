// Every Mermaid chart of the Markdown report goes through mermaid's own parser (the library GitHub
// renders them with): a chart GitHub cannot draw shows in the PR comment as an error box instead.
// mermaid needs a DOM (DOMPurify) even to parse; jsdom provides one for the length of this file.
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributeFairness } from '../fairness/evaluate.js';
import { exampleGateReport, pullRequestGateReport } from '../../testing/gate-reports.js';
import { removeScratchRepos } from '../../testing/repos.js';
import { weeklySeries } from '../../testing/series-fixtures.js';
import { seriesMermaid } from '../drift/chunks/render.js';
import { histogramChart } from '../drift/render.js';
import { selectionRateChart } from '../fairness/render.js';
import { renderMarkdown } from '../report/render/markdown.js';

type Mermaid = (typeof import('mermaid'))['default'];

/** The body of every ```mermaid fence. */
function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

const HOSTILE = `a "quoted", [bracketed]; #hash <script>alert('x')</script>\nnew line`;

describe("Mermaid charts pass mermaid's parser", () => {
  let mermaid: Mermaid;
  let blocks: { report: string; chart: string }[];
  const globals = globalThis as unknown as Record<string, unknown>;

  beforeAll(async () => {
    const [example, pullRequest] = await Promise.all([exampleGateReport(), pullRequestGateReport()]);
    blocks = [
      ...mermaidBlocks(renderMarkdown(example)).map((chart) => ({ report: 'example', chart })),
      ...mermaidBlocks(renderMarkdown(pullRequest)).map((chart) => ({ report: 'pull request', chart })),
    ];
    const { window } = new JSDOM('<!DOCTYPE html><body></body>', { pretendToBeVisual: true });
    globals['window'] = window;
    globals['document'] = window.document;
    mermaid = (await import('mermaid')).default;
  });

  afterAll(() => {
    delete globals['window'];
    delete globals['document'];
    removeScratchRepos();
  });

  it("parses every chart of the example repository's gate reports", async () => {
    // Fairness: selection rate by sex and by age group in each report; drift: the histogram of the most drifted feature.
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const { report, chart } of blocks) {
      await expect(mermaid.parse(chart), `${report} report:\n${chart}`).resolves.toMatchObject({ diagramType: 'xychart' });
    }
  });

  it('fails on a broken chart (the check is not vacuous)', async () => {
    const chart = blocks[0]!.chart;
    const broken = chart.replace(/x-axis \[(.*)\]/, 'x-axis [$1'); // an unclosed category list
    expect(broken).not.toBe(chart);
    await expect(mermaid.parse(broken)).rejects.toThrow(/Parse error/);
    await expect(mermaid.parse('xychart-beta\n    bar [1, 2,, 3]')).rejects.toThrow();
  });

  it('parses the monitoring series chart: normalised, raw with its band, hostile names, and sees its palette', async () => {
    const shifted = weeklySeries({ shifted: true });
    const hostile = weeklySeries({ shifted: true, feature: HOSTILE });
    hostile.chunks[0]!.key = HOSTILE;
    const charts = [shifted, { ...shifted, signals: [shifted.signals.find((s) => s.id === 'cbpe.roc_auc')!] }, hostile].map((series) => seriesMermaid(series));
    for (const lines of charts) {
      const [chart] = mermaidBlocks(lines.join('\n') + '\n');
      await expect(mermaid.parse(chart!), chart).resolves.toMatchObject({ diagramType: 'xychart' });
    }
    // the front matter is read, not skipped as text: a broken one fails
    const [chart] = mermaidBlocks(charts[0]!.join('\n') + '\n');
    await expect(mermaid.parse(chart!.replace('config:', 'config: ['))).rejects.toThrow();
  });

  it('keeps charts parseable when group names and bins carry quotes, brackets, markup and line breaks', async () => {
    const attribute = structuredClone((await exampleGateReport()).models[0]!.evaluation!.fairness!.challenger.attributes[0]!) as AttributeFairness;
    attribute.name = HOSTILE;
    attribute.groups[0]!.group = HOSTILE;
    const fairness = selectionRateChart(attribute);
    const histogram = histogramChart({ column: HOSTILE, bins: [HOSTILE, '[20, 25)', '≥ 25'], reference: [0.2, 0.3, 0.5], current: [0.1, 0.4, 0.5] });
    for (const lines of [fairness, histogram]) {
      const [chart] = mermaidBlocks(lines.join('\n') + '\n');
      await expect(mermaid.parse(chart!), chart).resolves.toMatchObject({ diagramType: 'xychart' });
    }
  });
});
