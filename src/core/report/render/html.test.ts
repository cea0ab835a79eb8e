// The HTML report as a pure function of the JSON report, on real gate reports of the example repository.
import { describe, expect, it } from 'vitest';
import { goldenReport } from '../../../testing/golden-reports.js';
import type { Report } from '../model.js';
import { renderHtml } from './html.js';
import { niceScale } from './svg.js';

/** Every element name the page uses; anything else in the output came from the report unescaped. */
const ELEMENTS = new Set(
  'html head meta title style body header main footer section h1 h2 h3 h4 p small span strong code ul li a div table caption thead tbody tr th td figure figcaption details summary svg rect line text circle'.split(' '),
);
const elementsOf = (html: string): Set<string> => new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));

const HOSTILE = `<script>alert("x")</script>' onload="alert(1)`;

/** The report with hostile text in every kind of field a renderer prints. */
function hostile(report: Report): Report {
  const copy = structuredClone(report);
  const model = copy.models[0]!;
  model.name = `credit${HOSTILE}`;
  model.manifest = `models/${HOSTILE}/model.yaml`;
  model.findings.push({ severity: 'error', category: 'policy', code: 'x<y>', message: `message ${HOSTILE}`, hint: `hint ${HOSTILE}`, file: `f${HOSTILE}` });
  const gate = model.gates[0]!;
  gate.summary = `summary ${HOSTILE}`;
  gate.checks[0] = { ...gate.checks[0]!, name: `check ${HOSTILE}`, message: `why ${HOSTILE}`, value: `value ${HOSTILE}` };
  const item = model.checklist!.items[0]!;
  delete item.proof;
  item.evidence = [`evidence ${HOSTILE}`, `"><img src=x onerror=alert(1)>`];
  const e = model.evaluation!;
  e.dataset = `data/${HOSTILE}.csv`;
  e.importance!.challenger[0]!.feature = `feature ${HOSTILE}`;
  const attribute = e.fairness!.challenger.attributes[0]!;
  attribute.name = `attribute ${HOSTILE}`;
  attribute.groups[0]!.group = `group ${HOSTILE}`;
  e.drift!.features.columns[0]!.column = `column ${HOSTILE}`;
  e.drift!.histogram!.column = `histogram ${HOSTILE}`;
  e.drift!.histogram!.bins[0] = `[${HOSTILE})`;
  return copy;
}

describe('renderHtml', () => {
  const example = goldenReport('gate-warn');
  const pullRequest = goldenReport('gate-pull-request-fail');

  it('is one self-contained page: inline CSS and SVG, no script, nothing to fetch, a policy that forbids both', () => {
    const html = renderHtml(pullRequest);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|https?:\/\//i);
    expect([...elementsOf(html)].filter((e) => !ELEMENTS.has(e))).toEqual([]);
  });

  it('states the verdict, every gate and every check with its value, bound, compared value, delta and why', () => {
    const html = renderHtml(example);
    const v = example.verdict;
    expect(html).toContain(`<p class="banner ${v}" role="status">Verdict: ${v.toUpperCase()}<small>1 model: 1 ${v} · exit ${example.exitCode}</small></p>`);
    for (const gate of example.models[0]!.gates) {
      expect(html).toContain(`<th scope="row">${gate.gate}</th><td><span class="v ${gate.verdict}">${gate.verdict}</span></td>`);
      if (gate.checks.length > 0) expect(html).toContain(`<caption>${gate.gate}: ${gate.verdict}`);
    }
    const checks = example.models[0]!.gates.flatMap((g) => g.checks);
    expect(checks.length).toBeGreaterThan(20);
    for (const check of checks) expect(html).toContain(`<th scope="row">${check.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</th>`);
    expect(html).toContain('<td class="n">0.6119 (baseline)</td><td class="n">+0.1675</td>');
    expect(html).toContain('0.7794 meets the bound ≥ 0.72');
    // A gate whose checks compare with nothing gets no empty comparison columns.
    const robustness = /<table class="wide"><caption>robustness: [\s\S]*?<\/table>/.exec(html)![0];
    expect(robustness).toContain('<th scope="col">Bound</th>');
    expect(robustness).not.toContain('Compared with');
  });

  it('draws the champion comparison as a forest plot against the tolerance line', () => {
    const html = renderHtml(pullRequest);
    const champion = pullRequest.models[0]!.evaluation!.champion!;
    expect(champion.tolerance).toBe(0.01);
    expect(html).toContain('<h3>Champion vs challenger</h3>');
    const forest = /<svg class="chart"[^>]*aria-label="(Forest plot[^"]*)"[\s\S]*?<\/svg>/.exec(html)!;
    expect(forest[1]).toMatch(/^Forest plot of model minus champion 1\.0\.0 per metric with 95% intervals: roc_auc 0 \[0, 0\]; accuracy -0\.005 \[-0\.05885, \+0\.04885\]; tolerance 0\.01\.$/);
    // One point per metric, its interval, and for higher-is-better metrics the tolerance at -0.01 with the worse side shaded.
    expect(forest[0].match(/<circle /g)).toHaveLength(2);
    expect(forest[0].match(/stroke-dasharray="4 3"/g)).toHaveLength(2);
    expect(forest[0]).toContain('fill="#ffebe9"');
  });

  it('shows fairness per attribute with a selection-rate chart of the model and the champion', () => {
    const html = renderHtml(pullRequest);
    expect(html).toContain('<h4>sex</h4>');
    expect(html).toContain('<h4>age_group</h4>');
    expect(html).toMatch(/aria-label="Selection rate by sex: female \d+\.\d% \(champion 21\.6%\); male \d+\.\d% \(champion 26\.2%\); overall \d+\.\d%\."/);
    expect(html).toContain('<caption>Disparities against the reference group male (largest)</caption>');
    // each gated aggregate: value, interval, bound, rule and decision
    expect(html).toContain('Rule: evidence — a bound fails only when the whole 95% interval lies outside it');
    expect(html).toMatch(/<th[^>]*>Bound<\/th><th[^>]*>Decision<\/th>/);
    expect(html).toMatch(/demographic_parity_ratio<\/th>.*?≥ 0\.8.*?(pass|warn|fail)/s);
  });

  it('shows drift per feature and the reference and current histogram the report carries', () => {
    const html = renderHtml(example);
    const histogram = example.models[0]!.evaluation!.drift!.histogram!;
    expect(html).toContain(`aria-label="Histogram of ${histogram.column}, share of rows per bin, reference vs current: `);
    expect(html).toContain('<caption>Features, drifted first</caption>');
    for (const column of example.models[0]!.evaluation!.drift!.features.columns) expect(html).toContain(`<code>${column.column}</code>`);
  });

  it('shows the drift table alone when the report carries no bins', () => {
    const report = structuredClone(example);
    delete report.models[0]!.evaluation!.drift!.histogram;
    const html = renderHtml(report);
    expect(html).toContain('<caption>Features, drifted first</caption>');
    expect(html).not.toContain('aria-label="Histogram');
  });

  it('shows permutation importance of the model and the champion, and the whole checklist', () => {
    const html = renderHtml(pullRequest);
    expect(html).toMatch(/aria-label="Permutation importance \(drop in roc_auc\) per feature, model and champion: checking_status /);
    const checklist = pullRequest.models[0]!.checklist!;
    for (const item of checklist.items) expect(html).toContain(`<code>${item.id}</code>`);
  });

  it('labels every chart and every table column for assistive technology', () => {
    const html = renderHtml(pullRequest);
    const charts = html.match(/<svg [^>]*>/g)!;
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const svg of charts) expect(svg).toMatch(/ role="img" aria-label="[^"]{20,}"/);
    expect(html.match(/<table/g)!.length).toBe(html.match(/<thead><tr><th scope="col">/g)!.length);
  });

  it('escapes every string from the report: names, paths, evidence, groups, columns', () => {
    const html = renderHtml(hostile(example));
    expect([...elementsOf(html)].filter((e) => !ELEMENTS.has(e))).toEqual([]);
    expect(html).not.toContain('<script>');
    // The attribute-breaking quote is escaped, so the text stays text: no onload attribute, no img element.
    expect(html).not.toMatch(/ onload="alert/);
    expect(html).toContain('credit&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&quot;alert(1)');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // Inside SVG labels and aria-labels too.
    expect(html).toContain('aria-label="Histogram of histogram &lt;script&gt;');
    expect(html).toMatch(/<text [^>]*><title>group &lt;script&gt;alert\(&quot;x&quot;\)/);
  });

  it('renders reports without evaluation (validate) and with nothing at all', () => {
    const report = structuredClone(example);
    for (const model of report.models) {
      delete model.evaluation;
      model.gates = [];
    }
    const v = report.models[0]!.verdict;
    expect(renderHtml(report)).toContain(`<h2 id="model-1-title">credit-risk 1.0.0 (production) <span class="v ${v}">${v}</span></h2>`);
    expect(renderHtml({ ...report, models: [] })).toContain(`Verdict: ${report.verdict.toUpperCase()}`);
  });
});

describe('niceScale', () => {
  it('spans the values with ticks at 1, 2 or 5 times a power of ten, zero exactly', () => {
    expect(niceScale(0, 0.262, 3)).toEqual({ min: 0, max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceScale(-0.055, 0.045, 6).ticks).toEqual([-0.06, -0.04, -0.02, 0, 0.02, 0.04, 0.06]);
    expect(niceScale(0, 0, 4).ticks).toContain(0);
  });
});
