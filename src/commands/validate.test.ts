import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withinBudget } from '../cli.js';
import { REPORT_SCHEMA } from '../core/report/schema.js';
import { cli, commitAll, EXAMPLE_REPO, editFile, git, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';

const validateReport = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(REPORT_SCHEMA);
})();

afterAll(removeScratchRepos);

describe('modelops validate on the example repository', () => {
  it('passes with exit 0 and a readable summary', async () => {
    const run = await cli('validate', '--repo', EXAMPLE_REPO);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('PASS (exit 0)');
    expect(run.stdout).toMatch(/credit-risk 1\.0\.0 \(production\)\s+pass/);
    expect(run.stdout).toMatch(/checklist: 45\/45 required, \d+ verified by the manifest/);
  });

  it('prints JSON that validates against schemas/report.schema.json', async () => {
    const run = await cli('validate', '--repo', EXAMPLE_REPO, '--format', 'json');
    expect(validateReport(run.report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(run.report).toMatchObject({ command: 'validate', verdict: 'pass', exitCode: 0, summary: { models: 1, pass: 1 } });
    const items = run.report!.models[0]!.checklist!.items;
    expect(items.find((i) => i.id === 'ready.bias-checked')).toMatchObject({ status: 'verified', proof: 'fairness gate on sex, age_group' });
  });

  it('prints Markdown with a summary table and the checklist per section', async () => {
    const run = await cli('validate', '--repo', EXAMPLE_REPO, '--format', 'markdown');
    expect(run.stdout).toMatch(/^## ✅ modelops validate: pass/);
    expect(run.stdout).toContain('| `credit-risk` | 1.0.0 | production | | 45/45 | ✅ pass |');
    expect(run.stdout).toContain('**usable** — Can it be used?');
  });

  it('validates manifests given as files or model folders', async () => {
    const byFile = await cli('validate', '--repo', EXAMPLE_REPO, '--format', 'json', join(EXAMPLE_REPO, MANIFEST));
    const byFolder = await cli('validate', '--repo', EXAMPLE_REPO, '--format', 'json', join(EXAMPLE_REPO, 'models/credit-risk'));
    expect(byFile.report!.models.map((m) => m.manifest)).toEqual([MANIFEST]);
    expect(byFolder.report!.models.map((m) => m.manifest)).toEqual([MANIFEST]);
  });

  it('reports the change against a base ref when the version is bumped properly', async () => {
    const repo = scratchRepo();
    initGit(repo);
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'threshold: 0.5', 'threshold: 0.45'), 'version: 1.0.0', 'version: 1.1.0'));
    const run = await cli('validate', '--repo', repo, '--base', 'main', '--format', 'json');
    expect(run.code, run.stdout).toBe(0);
    expect(run.report!.repository.base!.ref).toBe('main');
    expect(run.report!.models[0]!.change).toEqual({
      kind: 'modified',
      base: { version: '1.0.0', stage: 'production', sha256: 'd35e1f77c8fbb07571355654ea08fed991303edef7036c0d0b866a1dd2ccf963' },
      contentChanges: ['artifact.threshold'],
    });
    const text = await cli('validate', '--repo', repo, '--base', 'main');
    expect(text.stdout).toContain('change: 1.0.0 → 1.1.0; changed: artifact.threshold');
  });

  it('warns when a manifest present at the base is removed instead of archived', async () => {
    const repo = scratchRepo();
    const text = editFile(repo, MANIFEST, (t) => t);
    mkdirSync(join(repo, 'models/credit-risk-old'));
    writeFileSync(join(repo, 'models/credit-risk-old/model.yaml'), replaceOnce(text, 'name: credit-risk', 'name: credit-risk-old'));
    rmSync(join(repo, MANIFEST));
    initGit(repo);
    git(repo, 'rm', '-q', 'models/credit-risk-old/model.yaml');
    writeFileSync(join(repo, MANIFEST), text);
    const run = await cli('validate', '--repo', repo, '--base', 'main', '--format', 'json');
    expect(run.report!.findings).toEqual([expect.objectContaining({ code: 'manifest-removed', severity: 'warning', file: 'models/credit-risk-old/model.yaml' })]);
    expect(run.report!.verdict).toBe('fail'); // the new model may not start in production, per the example policy
  });

  it('suggests the right letter case for a manifest path that does not exist', async () => {
    const run = await cli('validate', '--repo', EXAMPLE_REPO, '--format', 'json', join(EXAMPLE_REPO, 'models/Credit-Risk/model.yaml'));
    expect(run.code).toBe(2);
    expect(run.report!.models[0]!.findings[0]).toMatchObject({ code: 'missing-file', hint: "did you mean 'models/credit-risk/model.yaml'? (paths are case-sensitive)" });
  });

  it('reads YAML merge keys, so bounds can share a block', async () => {
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'roc_auc: {min: 0.72}', 'roc_auc: &auc {min: 0.72}'), 'f1: {min: 0.45}', 'f1:\n        <<: *auc\n        min: 0.45'));
    const run = await cli('validate', '--repo', repo, '--format', 'json');
    expect(run.code, JSON.stringify(run.report?.models[0]?.findings)).toBe(0);
  });

  it('fails with exit 2 when no manifest is found, so a wrong --repo cannot pass', async () => {
    const run = await cli('validate', '--repo', join(EXAMPLE_REPO, 'train'));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no manifests found');
  });

  it('accepts a rollback to a registered version with its registered content', async () => {
    const repo = scratchRepo();
    initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
    const v1 = editFile(repo, MANIFEST, (t) => t);
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'threshold: 0.5', 'threshold: 0.45'), 'version: 1.0.0', 'version: 1.1.0'));
    commitAll(repo, 'v1.1.0');
    git(repo, 'tag', '-a', 'credit-risk@v1.1.0', '-m', 'register');
    editFile(repo, MANIFEST, () => v1);
    const run = await cli('validate', '--repo', repo, '--base', 'HEAD', '--format', 'json');
    expect(run.code, run.stdout).toBe(0);
    const checklist = run.report!.models[0]!.checklist!.items;
    expect(checklist.find((i) => i.id === 'deploy.rollback')!.proof).toContain('1.1.0');
  });

  it('validates a repository that is a folder inside a larger git repository', async () => {
    // The models repository is ml/ inside an outer git repository: its manifest is found at the base by
    // the folder's path prefix, so an unchanged manifest reads as unchanged and an edited one as modified.
    const inner = scratchRepo();
    const outer = scratchRepo();
    rmSync(join(outer, 'models'), { recursive: true });
    rmSync(join(outer, 'modelops.yaml'));
    mkdirSync(join(outer, 'ml'));
    for (const entry of ['modelops.yaml', 'models', 'train']) renameSync(join(inner, entry), join(outer, 'ml', entry));
    initGit(outer);
    const repo = join(outer, 'ml');
    const unchanged = await cli('validate', '--repo', repo, '--base', 'HEAD', '--format', 'json');
    expect(unchanged.report!.models[0]!.change, unchanged.stdout).toMatchObject({ kind: 'unchanged', base: { version: '1.0.0' } });
    editFile(repo, MANIFEST, (text) => replaceOnce(text, 'version: 1.0.0', 'version: 1.0.1'));
    const modified = await cli('validate', '--repo', repo, '--base', 'HEAD', '--format', 'json');
    expect(modified.report!.models[0]!.change, modified.stdout).toMatchObject({ kind: 'modified', base: { version: '1.0.0' } });
  });
});

describe('modelops CLI', () => {
  it.each([['validate'], ['gate'], ['promote'], ['drift'], ['profile'], ['audit'], ['card'], ['init']])('prints help for %s', async (command) => {
    const run = await cli(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: modelops ${command}`);
  });

  it('prints the main help and the version', async () => {
    expect((await cli('--help')).stdout).toContain('Commands:');
    expect((await cli('help', 'validate')).stdout).toContain('Usage: modelops validate');
    expect((await cli('--version')).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect((await cli()).code).toBe(2);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['validate', '--nope'], /Unknown option '--nope'/],
    [['validate', '--format', 'yaml'], /--format must be one of text, json, markdown/],
    [['validate', '--repo', '/nonexistent/repo'], /repository directory '\/nonexistent\/repo' does not exist/],
    [['validate', '--repo', EXAMPLE_REPO, '--base', 'no-such-ref'], /git ref 'no-such-ref' does not name a commit/],
    [['validate', '--repo', EXAMPLE_REPO, '/etc/hostname'], /is not inside the repository/],
    [['init', 'Bad_Name'], /lowercase DNS label/],
    [['init', '--task', 'clustering', 'x'], /--task must be one of/],
  ])('exits 2 with a clear message on %j', async (args, message) => {
    const run = await cli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes the JSON report to --output as well', async () => {
    const repo = scratchRepo();
    const out = join(repo, 'report.json');
    const run = await cli('validate', '--repo', repo, '--output', out);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ kind: 'Report', verdict: 'pass' });
  });
});

describe('rendered output budget', () => {
  it('cuts output beyond the budget at a line break and says so', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'é'.repeat(20)}`).join('\n');
    const cut = withinBudget(text, 'the model card', 4096);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(4096);
    expect(cut).toMatch(/\n\[the model card cut at 4096 bytes of \d+: write it with --format json --output FILE to keep everything\]\n$/);
    expect(cut.split('\n').slice(0, -3).every((line) => /^line \d+ (é){20}$/.test(line))).toBe(true);
    expect(withinBudget('short\n', 'the report', 4096)).toBe('short\n');
  });
});

describe('modelops init', () => {
  it('scaffolds a schema-valid manifest with the full checklist, then refuses to overwrite it', async () => {
    const repo = scratchRepo();
    const run = await cli('init', 'churn', '--repo', repo, '--task', 'binary-classification');
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(repo, 'models/churn/model.yaml'), 'utf8');
    expect(text).toContain('# ml-needed: Was it checked that a simpler non-ML solution');
    // Every item's question as a comment, none answered with a placeholder.
    expect(text.match(/^ {4}# [a-z-]+: .+\?$/gm)).toHaveLength(45);
    expect(text).not.toMatch(/answer: no|evidence: ""/);
    const validation = await cli('validate', '--repo', repo, '--format', 'json', join(repo, 'models/churn'));
    const findings = validation.report!.models[0]!.findings;
    // Only the facts still to fill in are wrong: the files do not exist yet; the schema is satisfied.
    expect(findings.filter((f) => f.code === 'schema')).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('missing-file');
    expect(validation.code).toBe(2);
    // The scaffold's `TODO …` text proves nothing: no item is verified or answered by it.
    const checklist = validation.report!.models[0]!.checklist!;
    const satisfied = checklist.items.filter((i) => i.satisfied).map((i) => i.id);
    for (const id of ['problem.statement', 'problem.kpis', 'problem.acceptance', 'data.provenance', 'usable.audit-artifacts']) expect(satisfied).not.toContain(id);
    // What the scaffold does declare for real still counts: a performance gate with a bound.
    expect(satisfied).toEqual(['ready.works', 'monitor.hard-metrics']);
    const again = await cli('init', 'churn', '--repo', repo);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});
