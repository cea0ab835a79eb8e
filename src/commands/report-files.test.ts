// The report directory the CLI (--report-dir) and the Action (report-dir) both write.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_REPO, cli } from '../testing/repos.js';
import type { Report } from '../core/report/model.js';
import { modelJsonInReport } from '../core/report/json.js';
import { rememberModelJson, reportFilePaths, reportJson, reportJsonByteGroups, reportJsonBytes, writeReportFiles } from './report-files.js';
import { validate } from './validate.js';

const scratch = mkdtempSync(join(tmpdir(), 'modelops-report-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const now = new Date('2026-01-02T03:04:05Z');

describe('writeReportFiles', () => {
  it('creates the directory and writes the JSON, Markdown and HTML of one report', async () => {
    const report = await validate({ repo: EXAMPLE_REPO, now });
    const dir = join(scratch, 'nested', 'report');
    const paths = await writeReportFiles(report, dir);
    expect(paths).toEqual({ json: join(dir, 'report.json'), markdown: join(dir, 'report.md'), html: join(dir, 'report.html') });
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.json', 'report.md']);
    const json = readFileSync(paths.json, 'utf8');
    expect(JSON.parse(json) as Report).toEqual(report);
    expect(json.endsWith('}\n')).toBe(true);
    expect(readFileSync(paths.markdown, 'utf8')).toMatch(/^## ✅ modelops validate: pass/);
    const html = readFileSync(paths.html, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('credit-risk');
  });

  it('replaces what an earlier run left, file by file', async () => {
    const dir = join(scratch, 'again');
    await writeReportFiles(await validate({ repo: EXAMPLE_REPO, now }), dir);
    writeFileSync(join(dir, 'report.md'), 'stale');
    const later = await validate({ repo: EXAMPLE_REPO, now: new Date('2026-02-03T00:00:00Z') });
    await writeReportFiles(later, dir);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).not.toBe('stale');
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report).createdAt).toBe('2026-02-03T00:00:00.000Z');
  });

  it('resolves a relative directory against the working directory', () => {
    expect(reportFilePaths('out').json).toBe(join(process.cwd(), 'out', 'report.json'));
  });
});

describe('modelops --report-dir', () => {
  it('writes the same three files from the CLI as the Action does, and the JSON matches --format json', async () => {
    const dir = join(scratch, 'cli');
    const run = await cli('validate', '--repo', EXAMPLE_REPO, '--format', 'json', '--report-dir', dir);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'report.json', 'report.md']);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(reportJson(run.report!));
    expect(run.stdout).toBe(reportJson(run.report!));
  });
});

describe('reportJsonBytes', () => {
  it('is reportJson as UTF-8, in pieces of whole models, whichever form each model was written ahead in', async () => {
    const report = await validate({ repo: EXAMPLE_REPO, now });
    const one = report.models[0]!;
    const models = [one, { ...one, name: 'ünïcode “quoted”' }, { ...one, name: 'bytes ahead' }, { ...one, name: 'text ahead' }];
    const many: Report = { ...report, models, summary: { ...report.summary, models: models.length } };
    const ahead = new TextEncoder().encode(modelJsonInReport(models[2]));
    rememberModelJson(models[2]!, ahead);
    rememberModelJson(models[3]!, modelJsonInReport(models[3]));
    const whole = `${JSON.stringify(many, null, 2)}\n`;
    expect(reportJson(many)).toBe(whole);
    const pieces = [...reportJsonBytes(many, 100)];
    expect(pieces).toHaveLength(models.length + 1);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(whole);
    expect(Buffer.concat([...reportJsonBytes(many)]).equals(Buffer.from(whole))).toBe(true);
    // The groups a writev takes: the bytes written ahead among them as they are, not copied.
    const groups = [...reportJsonByteGroups(many, 100)];
    expect(groups).toHaveLength(models.length + 1);
    expect(Buffer.concat(groups.flat()).toString('utf8')).toBe(whole);
    expect(groups.flat()).toContain(ahead);
    const empty: Report = { ...report, models: [] };
    expect(Buffer.concat([...reportJsonBytes(empty)]).toString('utf8')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });
});
