// `modelops drift` on the example repository and on copies of it with a git history.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { driftIssue } from '../core/drift/render.js';
import { renderMarkdown } from '../core/report/render/markdown.js';
import { renderText } from '../core/report/render/text.js';
import { REPORT_SCHEMA } from '../core/report/schema.js';
import { cli, commitAll, dated, EXAMPLE_REPO, editFile, gitWith, initGit, lineOf, MANIFEST, removeScratchRepos, replaceOnce, snapshotRepo } from '../testing/repos.js';
import { drift } from './drift.js';
import { gate } from './gate.js';
import { profile } from './profile.js';
import { validate } from './validate.js';

afterAll(removeScratchRepos);

const validateReport = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(REPORT_SCHEMA);
})();

const DRIFTED = 'models/credit-risk/data/current-drifted.csv';
const STABLE = 'models/credit-risk/data/current/*.csv';
const NOW = new Date('2024-06-01T00:00:00Z');

describe('modelops drift on the example repository', () => {
  it('names the drifted features of the drifted sample and exits 1', async () => {
    const report = await drift({ repo: EXAMPLE_REPO, current: DRIFTED, now: NOW });
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report).toMatchObject({ command: 'drift', verdict: 'fail', exitCode: 1 });
    const model = report.models[0]!;
    const section = model.evaluation!.drift!;
    const drifted = section.features.columns.filter((c) => c.drifted).map((c) => c.column);
    expect(drifted).toEqual(expect.arrayContaining(['age', 'credit_amount', 'duration', 'purpose']));
    const gateResult = model.gates.find((g) => g.gate === 'drift')!;
    expect(gateResult.verdict).toBe('fail');
    expect(gateResult.summary).toMatch(/drifted features: .*age/);
    // Placed by the command: the Action's annotations read the line from the report.
    const manifestText = readFileSync(join(EXAMPLE_REPO, MANIFEST), 'utf8');
    expect(gateResult.checks.find((c) => c.pointer === '/gates/drift/drift_share')).toMatchObject({ line: lineOf(manifestText, '    drift_share: 0.5'), column: 5 });
    expect(section.prediction).toMatchObject({ output: 'P(bad)', drifted: true });
    expect(section.domainClassifier!.auc).toBeGreaterThan(section.domainClassifier!.threshold);
    expect(section.domainClassifier!.drifted).toBe(true);
    expect(section.domainClassifier!.topFeatures.map((t) => t.column).slice(0, 4)).toEqual(expect.arrayContaining(['age']));
    expect(section.histogram!.column).toMatch(/^(age|credit_amount|duration)$/);
    expect(model.monitoring).toMatchObject({ drifted: true, stale: false, alerting: { issue: true, mentions: ['@credit-ml/ml-engineers'] }, retraining: { trigger: 'none', dispatch: false } });

    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| Feature | Type | Method | Statistic | p (adjusted) / distance | Threshold · false alarms | Drifted | Missing (ref → cur) |');
    // age is tied (integers): its permutation p-value, or scipy's where that is below the permutation floor
    expect(markdown).toMatch(/\| `age` \| numeric \| ks \((?:permutation|exact), ties\) \| [0-9.]+ \| p [0-9.e-]+ \(adj\. [0-9.e-]+\) \| p < 0\.05 · 5\.0% false alarms \| ❌ yes \| 0% → 0% \|/);
    expect(markdown).toContain('xychart-beta');
    expect(markdown).toMatch(/\*\*Domain classifier:\*\* cross-validated ROC AUC 0\.\d+, drift above 0\.\d+ \(from \d+ label permutations at these sizes; false-alarm rate [\d.]+%, permutation p = [\d.]+\) — ❌/);
    expect(markdown).toContain('**Estimated performance** (CBPE on 300 rows');
    expect(renderText(report)).toMatch(/features: 4 of 20 drifted/);

    const issue = driftIssue(report, 'credit-risk');
    expect(issue).toMatchObject({ model: 'credit-risk', marker: '<!-- modelops:drift:credit-risk -->', open: true, dispatch: false });
    expect(issue.body.startsWith('<!-- modelops:drift:credit-risk -->\n')).toBe(true);
    expect(issue.title).toMatch(/^modelops: credit-risk 1\.0\.0 drifted \(.*age.*\)$/);
    expect(issue.body).toContain('cc @credit-ml/ml-engineers');
  });

  it('passes the undrifted sample with exit 0, with CBPE estimates whose band holds the realised values', async () => {
    const report = await drift({ repo: EXAMPLE_REPO, current: STABLE, now: NOW });
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.exitCode).toBe(0);
    const model = report.models[0]!;
    expect(model.evaluation!.drift!.features.drifted).toBe(0);
    expect(model.monitoring!.drifted).toBe(false);
    const performance = model.evaluation!.drift!.performance!;
    expect(performance.labelled).toBe(true);
    for (const metric of performance.metrics) {
      expect(metric.realised, metric.metric).not.toBeNull();
      expect(metric.realised!, metric.metric).toBeGreaterThanOrEqual(metric.lower!);
      expect(metric.realised!, metric.metric).toBeLessThanOrEqual(metric.upper!);
    }
    const issue = driftIssue(report, model);
    expect(issue.open).toBe(false);
    expect(issue.body).toContain('neither drifted nor stale');
  });

  it('reads monitoring.current without --current, and keeps --current inside the repository unless absolute', async () => {
    const report = await drift({ repo: snapshotRepo(), now: NOW });
    expect(report.models.map((m) => m.name)).toEqual(['credit-risk']);
    expect(report.models[0]!.evaluation!.dataset).toBe(STABLE);
    await expect(drift({ repo: EXAMPLE_REPO, current: '../README.md' })).rejects.toThrow(/leaves the repository/);
    await expect(drift({ repo: EXAMPLE_REPO, current: 'models/none.csv' })).rejects.toThrow(/does not exist in the repository/);
    await expect(drift({ repo: EXAMPLE_REPO, models: ['nope'] })).rejects.toThrow(/no model named nope/);
    const absolute = await drift({ repo: EXAMPLE_REPO, current: join(EXAMPLE_REPO, DRIFTED), now: NOW });
    expect(absolute.exitCode).toBe(1);
  });

  it('compares profiles: a current profile over the reference edges, binned approximations said so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelops-profiles-'));
    const reference = await profile(join(EXAMPLE_REPO, 'models/credit-risk/data/reference.csv'), { repo: EXAMPLE_REPO });
    writeFileSync(join(dir, 'reference.json'), JSON.stringify(reference));
    const current = await profile(join(EXAMPLE_REPO, DRIFTED), { repo: EXAMPLE_REPO, reference: join(dir, 'reference.json') });
    writeFileSync(join(dir, 'current.json'), JSON.stringify(current));
    for (const options of [{}, { referenceProfile: join(dir, 'reference.json') }]) {
      const report = await drift({ repo: EXAMPLE_REPO, current: join(dir, 'current.json'), now: NOW, ...options });
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
      const section = report.models[0]!.evaluation!.drift!;
      expect(section.source).toBe('profile');
      const drifted = section.features.columns.filter((c) => c.drifted).map((c) => c.column);
      expect(drifted).toEqual(expect.arrayContaining(['age', 'credit_amount', 'duration', 'purpose']));
      expect(section.features.columns.find((c) => c.column === 'age')!.detail).toMatchObject({ approximation: 'binned' });
      expect(section.skipped.map((s) => s.part)).toEqual(['prediction', 'domain-classifier', 'performance']);
      expect(section.notes.join(' ')).toMatch(/binned approximations/);
      expect(report.models[0]!.gates.find((g) => g.gate === 'drift')!.summary).toMatch(/from profiles/);
    }
  });
});

describe('staleness', () => {
  it('fails a production version promoted longer ago than max_interval, and dispatches retraining when the manifest asks', async () => {
    const repo = snapshotRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'trigger: {type: none}', 'trigger: {type: workflow_dispatch, workflow: retrain.yml}'));
    initGit(repo);
    gitWith(repo, dated('2022-01-10T09:00:00Z'), 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
    gitWith(repo, dated('2022-01-10T09:00:00Z'), 'tag', '-a', 'credit-risk#production#1', '-m', 'assign');
    const report = await drift({ repo, now: NOW });
    expect(report.exitCode).toBe(1);
    const model = report.models[0]!;
    const staleness = model.gates.find((g) => g.gate === 'staleness')!;
    expect(staleness.verdict).toBe('fail');
    expect(staleness.checks[0]).toMatchObject({ pointer: '/monitoring/retraining/max_interval', line: lineOf(readFileSync(join(repo, MANIFEST), 'utf8'), '    max_interval: 365d') });
    expect(staleness.summary).toMatch(/promoted 872 days ago \(credit-risk#production#1, 2022-01-10\), longer than max_interval 365d/);
    expect(model.monitoring).toMatchObject({ drifted: false, stale: true, staleness: { tag: 'credit-risk#production#1', stale: true }, retraining: { dispatch: true, trigger: 'workflow_dispatch', workflow: 'retrain.yml' } });
    expect(driftIssue(report, 'credit-risk').title).toBe('modelops: credit-risk 1.0.0 stale');

    // promoted a week ago: not stale, and retraining would come sooner than min_interval (30d)
    gitWith(repo, dated('2024-05-25T09:00:00Z'), 'tag', '-a', 'credit-risk#production#2', '-m', 'assign again');
    commitAll(repo, 'nothing');
    const recent = await drift({ repo, current: DRIFTED, now: NOW });
    expect(recent.models[0]!.monitoring).toMatchObject({ drifted: true, stale: false, staleness: { tooSoonToRetrain: true }, retraining: { dispatch: false } });
    expect(recent.models[0]!.monitoring!.retraining.reason).toMatch(/less than min_interval 30d/);
  });
});

describe('the drift gate in modelops gate', () => {
  it('compares the evaluation data with the reference: no drift, CBPE estimates holding the realised metrics', async () => {
    const report = await gate({ repo: EXAMPLE_REPO, all: true });
    const model = report.models[0]!;
    const driftGate = model.gates.find((g) => g.gate === 'drift')!;
    expect(driftGate.verdict).toBe('pass');
    expect(driftGate.checks.map((c) => c.name)).toEqual(expect.arrayContaining(['feature drift', 'missing values', 'prediction drift', 'domain classifier AUC', 'estimated accuracy (CBPE)']));
    const section = model.evaluation!.drift!;
    expect(section).toMatchObject({ reference: { dataset: 'models/credit-risk/data/reference.csv', rows: 200 }, current: { dataset: 'models/credit-risk/data/evaluation.csv', rows: 200 } });
    const accuracy = section.performance!.metrics.find((m) => m.metric === 'accuracy')!;
    expect(accuracy.realised).toBeCloseTo(0.73, 12);
    expect(accuracy.realised!).toBeGreaterThanOrEqual(accuracy.lower!);
    expect(accuracy.realised!).toBeLessThanOrEqual(accuracy.upper!);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('is skipped with the reason when there is no reference in the repository', async () => {
    const repo = snapshotRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, /  reference:\n    path: models\/credit-risk\/data\/reference.csv\n    sha256: [0-9a-f]+\n/, '  reference:\n    uri: s3://bucket/credit-risk/reference.parquet\n'));
    const report = await gate({ repo, all: true });
    const driftGate = report.models[0]!.gates.find((g) => g.gate === 'drift')!;
    expect(driftGate).toMatchObject({ verdict: 'skipped' });
    expect(driftGate.summary).toMatch(/no reference data in the repository \(data\.reference\.path\) \(s3:\/\/bucket\/credit-risk\/reference\.parquet is outside it\)/);
  });

  it("warns in validation when a dataset-wide threshold meets method auto under Evidently's fixed thresholds", async () => {
    const repo = snapshotRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, '    method: auto\n', '    method: auto\n    threshold: 0.05\n    threshold_mode: fixed\n'));
    const report = await validate({ repo });
    const finding = report.models[0]!.findings.find((f) => f.code === 'ambiguous-drift-threshold')!;
    expect(finding).toMatchObject({ severity: 'warning', pointer: '/gates/drift/threshold' });
    expect(finding.message).toMatch(/p-value .* distance/);
  });

  it('warns in validation when a distance threshold would now be read as a false-alarm rate', async () => {
    const repo = snapshotRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, '    method: auto\n', '    method: wasserstein\n    threshold: 0.1\n'));
    const report = await validate({ repo });
    const finding = report.models[0]!.findings.find((f) => f.code === 'drift-threshold-is-alpha')!;
    expect(finding).toMatchObject({ severity: 'warning', pointer: '/gates/drift/threshold' });
    expect(finding.message).toMatch(/false-alarm rate/);
  });
});

describe('modelops drift on the command line', () => {
  it('exits 1 on the drifted sample and names the drifted features, 0 on the stable one', async () => {
    const drifted = await cli('drift', '--repo', EXAMPLE_REPO, '--current', 'models/credit-risk/data/current-drifted.csv');
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toMatch(/features: 4 of 20 drifted/);
    const stable = await cli('drift', '--repo', EXAMPLE_REPO, '--current', STABLE);
    expect(stable.code).toBe(0);
  });
});
