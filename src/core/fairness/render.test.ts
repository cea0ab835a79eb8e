// The fairness section of the Markdown report on the example repository's real gate report: each gated
// aggregate shows its value, interval, bound, rule and decision; the chart draws each group's interval.
import { describe, expect, it } from 'vitest';
import { goldenReport } from '../../testing/golden-reports.js';
import { decisionText, fairnessMarkdown, selectionRateChart } from './render.js';

describe('fairness Markdown', () => {
  it('shows the value, the interval, the bound, the rule and the decision of each gated aggregate', async () => {
    const model = goldenReport('gate-warn').models[0]!;
    const gate = model.gates.find((g) => g.gate === 'fairness')!;
    const markdown = fairnessMarkdown(model.evaluation!.fairness!, gate).join('\n');
    expect(markdown).toContain('Rule: evidence — a bound fails only when the whole 95% interval lies outside it');
    expect(markdown).toContain('Koopman (ratio) and Newcombe hybrid score (difference)');
    expect(markdown).toContain('| Aggregate (between groups) | Value | 95% interval | Bound | Decision |');
    // v1 on the example data: sex ratio 0.824 within ≥ 0.8, its interval reaching below it
    expect(markdown).toMatch(/\| demographic_parity_ratio \| 0\.824 \| \[0\.4\d+, 1\] \| ≥ 0\.8 \| ✅ pass \|/);
    expect(markdown).toMatch(/\| demographic_parity_difference \| [\d.]+ \| \[0, [\d.]+\] \| \| not gated \|/);
  });

  it('names the rule behind a warn or a fail', () => {
    const base = { name: 'demographic_parity_ratio (g)', value: 0.6, bound: { min: 0.8 }, interval: { lower: 0.3, upper: 1, level: 0.95 } };
    expect(decisionText({ ...base, verdict: 'warn', rule: 'evidence' })).toBe('⚠️ warn: outside the bound, not shown broken');
    expect(decisionText({ ...base, verdict: 'fail', rule: 'evidence' })).toBe('❌ fail: whole interval outside the bound');
    expect(decisionText({ ...base, verdict: 'fail', rule: 'point-estimate' })).toBe('❌ fail (point estimate)');
  });

  it("draws each group's selection-rate interval as two lines over the bars", async () => {
    const attribute = goldenReport('gate-warn').models[0]!.evaluation!.fairness!.challenger.attributes[0]!;
    const chart = selectionRateChart(attribute).join('\n');
    expect(chart).toMatch(/title "Selection rate by sex \(lines: 95% interval\)"/);
    expect(chart).toMatch(/ {4}bar \[[\d.]+, [\d.]+\]\n {4}line \[[\d.]+, [\d.]+\]\n {4}line \[[\d.]+, [\d.]+\]/);
  });
});
