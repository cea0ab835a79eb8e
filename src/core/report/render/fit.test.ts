// A report within GitHub's comment and job summary limits: whole when it fits, else a summary that
// keeps the verdict, the worst models and what failed, and says where the full report is.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.js';
import type { ModelResult } from '../model.js';
import { COMMENT_LIMIT, fitMarkdown, utf8Bytes } from './fit.js';
import { renderMarkdown } from './markdown.js';

function model(i: number, verdict: 'pass' | 'fail'): ModelResult {
  return {
    name: `model-${String(i).padStart(4, '0')}`,
    manifest: `models/model-${i}/model.yaml`,
    version: '1.0.0',
    stage: 'staging',
    verdict,
    findings: [],
    gates: [
      {
        gate: 'performance',
        verdict,
        blocking: true,
        summary: verdict === 'fail' ? '1 of 2 checks failed: roc_auc' : '2 checks passed',
        checks: [
          { name: 'roc_auc', verdict, value: verdict === 'fail' ? 0.61 : 0.8, bound: { min: 0.72 }, message: verdict === 'fail' ? '0.61 breaks the bound ≥ 0.72' : '0.8 meets the bound ≥ 0.72' },
          { name: 'brier', verdict: 'pass', value: 0.1, bound: { max: 0.2 } },
        ],
      },
    ],
  };
}

const report = (n: number, failing: number[] = []) =>
  buildReport({ command: 'gate', toolVersion: '0.1.0', root: '.', findings: [], models: Array.from({ length: n }, (_, i) => model(i, failing.includes(i) ? 'fail' : 'pass')), now: new Date(0) });

const options = { limit: COMMENT_LIMIT, header: '<!-- marker -->', footer: '<sub>run</sub>', fullReportAt: 'the job summary' };

describe('fitMarkdown', () => {
  it('keeps the whole report, between header and footer, when it fits', () => {
    const r = report(3);
    const fitted = fitMarkdown(r, options);
    expect(fitted).toEqual({ markdown: `<!-- marker -->\n${renderMarkdown(r)}\n<sub>run</sub>\n`, summarised: false });
  });

  it('summarises a report over 65,536 characters: verdict, worst models first, what failed, where the rest is', () => {
    const r = report(2000, [1500, 1999]);
    expect(renderMarkdown(r).length).toBeGreaterThan(COMMENT_LIMIT);
    const { markdown, summarised } = fitMarkdown(r, options);
    expect(summarised).toBe(true);
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(markdown.startsWith('<!-- marker -->\n## ❌ modelops gate: fail\n')).toBe(true);
    expect(markdown.endsWith('<sub>run</sub>\n')).toBe(true);
    expect(markdown).toContain('The whole report is in the job summary.');
    const rows = markdown.split('\n').filter((l) => l.startsWith('| `model-'));
    expect(rows.slice(0, 2)).toEqual([expect.stringContaining('`model-1500`'), expect.stringContaining('`model-1999`')]);
    expect(markdown).toMatch(/… and \d+ more model\(s\) \(\d+ pass\)\./);
    expect(markdown).toContain('### What failed\n\n- ❌ `model-1500` performance · roc_auc: 0.61 (bound ≥ 0.72) — 0.61 breaks the bound ≥ 0.72');
  });

  it('counts a job summary in UTF-8 bytes', () => {
    const r = report(2000, [3]);
    const { markdown, summarised } = fitMarkdown(r, { limit: 100_000, measure: utf8Bytes, fullReportAt: 'report.md' });
    expect(summarised).toBe(true);
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(100_000);
  });

  it('caps the list of failures too', () => {
    const r = report(3000, Array.from({ length: 3000 }, (_, i) => i));
    const { markdown } = fitMarkdown(r, options);
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(markdown).toMatch(/\n- … and \d+ more\.\n/);
  });
});
