// Golden renderings: real reports of the example repository (golden/*.report.json, written by
// scripts/write-golden-reports.ts with a fixed clock and git dates) rendered as terminal text, Markdown
// (the PR comment and job summary), HTML and, for the drift check, the tracking issue, each compared
// byte for byte with the file beside it. The HTML pages are kept as *.html.golden: expected output, data
// to compare with, not source (each repeats the page's stylesheet, which lives once in html.ts). A change to
// any renderer shows up as a diff of these files: UPDATE_GOLDEN=1 npx vitest run
// src/core/report/render/golden.test.ts rewrites them for review.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../../../testing/golden.js';
import { driftIssues } from '../../drift/render.js';
import type { Report } from '../model.js';
import { REPORT_SCHEMA } from '../schema.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const NAMES = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.report.json'))
  .map((f) => f.slice(0, -'.report.json'.length))
  .sort();
const report = (name: string): Report => JSON.parse(readFileSync(join(GOLDEN, `${name}.report.json`), 'utf8')) as Report;
const validateReport = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(REPORT_SCHEMA);
})();

describe('golden reports', () => {
  it('cover a pass, a warning, a failure and an input error, with champion, fairness, drift and monitoring sections', () => {
    const reports = NAMES.map(report);
    expect(new Set(reports.map((r) => r.verdict))).toEqual(new Set(['pass', 'warn', 'fail', 'error']));
    expect(new Set(reports.map((r) => r.command))).toEqual(new Set(['validate', 'gate', 'drift']));
    const evaluations = reports.flatMap((r) => r.models.map((m) => m.evaluation).filter((e) => e !== undefined));
    expect(evaluations.some((e) => e.champion !== undefined)).toBe(true);
    expect(evaluations.some((e) => e.fairness !== undefined)).toBe(true);
    expect(evaluations.some((e) => e.drift !== undefined)).toBe(true);
    expect(reports.some((r) => r.models.some((m) => m.monitoring?.drifted))).toBe(true);
    expect(reports.some((r) => r.models.some((m) => m.findings.some((f) => f.line !== undefined)))).toBe(true);
  });

  it.each(NAMES)('%s is a valid report (schemas/report.schema.json) from a fixed clock', (name) => {
    const r = report(name);
    expect(validateReport(r), JSON.stringify(validateReport.errors)).toBe(true);
    expect(r.createdAt).toBe('2026-03-16T09:00:00.000Z');
  });
});

describe.each(NAMES)('%s renders as its golden files', (name) => {
  const file = (ext: string) => join(GOLDEN, `${name}.${ext}`);

  it('terminal text', () => expectGolden(renderText(report(name)), file('txt')));
  it('Markdown', () => expectGolden(renderMarkdown(report(name)), file('md')));
  it('HTML', () => expectGolden(renderHtml(report(name)), file('html.golden')));
  if (report(name).command === 'drift') {
    it('the drift issue', () => {
      const issues = driftIssues(report(name));
      expect(issues.length).toBeGreaterThan(0);
      expectGolden(issues.map((i) => `<!-- ${i.model}: ${i.open ? 'open' : 'closed'}, title: ${i.title} -->\n${i.body}`).join('\n\n'), file('issue.md'));
    });
  }
});
