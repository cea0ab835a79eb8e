// `modelops gate` on copies of the example repository, running the real ONNX model.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, editFile, EXAMPLE_REPO, git, initGit, lineOf, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';

afterAll(removeScratchRepos);

const gatesOf = (run: Awaited<ReturnType<typeof cli>>) => Object.fromEntries(run.report!.models[0]!.gates.map((g) => [g.gate, g]));

describe('modelops gate', () => {
  it('gives every declared gate a verdict on the example repository', async () => {
    const run = await cli('gate', '--repo', EXAMPLE_REPO, '--format', 'json');
    expect(run.stderr).toBe('');
    const gates = gatesOf(run);
    expect(Object.keys(gates).sort()).toEqual(['approvals', 'champion', 'drift', 'fairness', 'performance', 'robustness']);
    // Without a base nothing is being promoted: approvals and soak are not checked here, and say so.
    expect(gates['approvals']).toMatchObject({
      verdict: 'skipped',
      summary: 'approvals: not checked here: no base to compare with (--base): nothing says what a merge would promote; soak: not checked here: no base to compare with (--base): nothing says what a merge would promote',
    });
    expect(run.report!.models[0]!.enforcement!.requirements.filter((r) => r.status === 'not-checked').map((r) => r.check)).toEqual(['approvals', 'soak', 'gate.champion']);
    // 200 rows meet every metric bound as measured, but cannot show them at 95%: the gate warns, it does not pass
    expect(gates['performance']!.verdict).toBe('warn');
    expect(gates['performance']!.checks.find((c) => c.name === 'roc_auc')).toMatchObject({ verdict: 'warn', rule: 'point-estimate', interval: { level: 0.95 } });
    expect(gates['performance']!.summary).toBe('7 of 11 checks passed; 4 not shown at their sample size: roc_auc, accuracy, f1, brier');
    expect(gates['robustness']!.verdict).toBe('pass');
    expect(gates['champion']!.verdict).toBe('skipped');
    expect(gates['fairness']!.verdict).toBe('pass');
    const evaluation = run.report!.models[0]!.evaluation!;
    // The values train/train.py recorded with scikit-learn (models/credit-risk/metrics-v1.json).
    expect(evaluation.metrics['roc_auc']).toBeCloseTo(0.779405, 6);
    expect(evaluation.metrics['accuracy']).toBeCloseTo(0.73, 12);
    expect(evaluation.confusion).toEqual({ tn: 118, fp: 22, fn: 32, tp: 28 });
    expect(evaluation.importance!.challenger.length).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });

  it('flips to a failure with exit 1 when a bound is raised above what the model reaches', async () => {
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'roc_auc: {min: 0.72}', 'roc_auc: {min: 0.9}'));
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(1);
    const check = gatesOf(run)['performance']!.checks.find((c) => c.name === 'roc_auc')!;
    expect(check).toMatchObject({ verdict: 'fail', bound: { min: 0.9 } });
    expect(check.message).toMatch(/^0\.7794 breaks the bound ≥ 0\.9; 95% CI \[0\.70\d*, 0\.84\d*\] \(DeLong, logit\)$/);
    const text = await cli('gate', '--repo', repo);
    expect(text.stdout).toMatch(/✖ performance: fail — \d+ of \d+ checks passed; 1 failed: roc_auc; 3 not shown at their sample size: accuracy, f1, brier/);
  });

  it('fails the fairness gate with the groups and the interval when a bound is not met (rule point-estimate), and warns under the default evidence rule', async () => {
    const repo = scratchRepo();
    // with 51 women, a ratio under 0.9 is not shown broken at 95%: the default rule warns, it does not block
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'demographic_parity_ratio: {min: 0.8}', 'demographic_parity_ratio: {min: 0.9}'));
    const evidence = gatesOf(await cli('gate', '--repo', repo, '--format', 'json'))['fairness']!;
    const sexEvidence = evidence.checks.find((c) => c.name === 'demographic_parity_ratio (sex)')!;
    expect(sexEvidence).toMatchObject({ verdict: 'warn', rule: 'evidence' });
    expect(sexEvidence.message).toMatch(/is below the bound ≥ 0\.9, but the 95% CI \[[\d.]+, [\d.]+\] reaches it: not shown broken at these group sizes/);
    editFile(repo, MANIFEST, (t) => replaceOnce(t, '    min_group_size: 30\n', '    min_group_size: 30\n    rule: point-estimate\n'));
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(1);
    const fairness = gatesOf(run)['fairness']!;
    expect(fairness.verdict).toBe('fail');
    const sex = fairness.checks.find((c) => c.name === 'demographic_parity_ratio (sex)')!;
    expect(sex).toMatchObject({ verdict: 'fail', rule: 'point-estimate' });
    expect(sex.message).toMatch(/female/);
    expect(sex.message).toMatch(/male/);
    expect(sex.message).toMatch(/95%/);
    const markdown = await cli('gate', '--repo', repo, '--format', 'markdown');
    expect(markdown.stdout).toContain('xychart-beta');
    expect(markdown.stdout).toContain('| female | 51 | 25.5% |');
  });

  it('fails the deliberately biased model on fairness alone, saying which groups and by how much', async () => {
    // example-repo/train/train_biased.py: v1's model plus `sex` as an input, trained on labels tampered against women.
    const repo = scratchRepo();
    const text = editFile(repo, MANIFEST, (t) =>
      replaceOnce(
        replaceOnce(replaceOnce(t, 'path: models/credit-risk/model-v1.onnx', 'path: models/credit-risk/model-biased.onnx'), /sha256: d35e1f77[0-9a-f]+/, 'sha256: 046d4837e57888084d1c2815653c9a6a4a5793943a210726565704551bd831bc'),
        '    - {name: foreign_worker, type: categorical}\n',
        '    - {name: foreign_worker, type: categorical}\n    - {name: sex, type: categorical}\n',
      ),
    );
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    const gates = gatesOf(run);
    expect(gates['performance']!.verdict).toBe('warn');
    expect(gates['fairness']!.verdict).toBe('fail');
    const sex = gates['fairness']!.checks.find((c) => c.name === 'demographic_parity_ratio (sex)')!;
    expect(sex.value).toBeCloseTo(0.3319, 3);
    expect(sex.message).toMatch(/female/);
    expect(run.code).toBe(1);
    // The bound's own line, carried in the report: what the Action annotates and the terminal shows.
    const line = lineOf(text, 'demographic_parity_ratio:');
    expect(sex).toMatchObject({ pointer: '/gates/fairness/metrics/demographic_parity_ratio', line, column: 7 });
    expect((await cli('gate', '--repo', repo)).stdout).toMatch(new RegExp(`demographic_parity_ratio \\(sex\\): .*\\(models/credit-risk/model\\.yaml:${line}\\)`));
  });

  it('compares with the production version from its stage tag and fails a significant regression', async () => {
    const repo = scratchRepo();
    initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
    git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'promote');
    // The challenger: same artifact, a much lower threshold (more false alarms), new version.
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'threshold: 0.5', 'threshold: 0.1'), 'version: 1.0.0', 'version: 1.1.0'));
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'accuracy: {min: 0.70}', 'accuracy: {min: 0.30}'));
    const run = await cli('gate', '--repo', repo, '--base', 'main', '--format', 'json');
    const model = run.report!.models[0]!;
    expect(model.evaluation!.champion).toMatchObject({ version: '1.0.0', source: 'credit-risk#production#1' });
    const comparisons = Object.fromEntries(model.evaluation!.champion!.comparisons.map((c) => [c.metric, c]));
    // Same scores: ROC AUC cannot differ; accuracy falls far and significantly.
    expect(comparisons['roc_auc']).toMatchObject({ delta: 0, regression: false, method: 'delong' });
    expect(comparisons['accuracy']!.delta!).toBeLessThan(-0.15);
    expect(comparisons['accuracy']!.ci!.upper).toBeLessThan(-0.01);
    expect(comparisons['accuracy']!.regression).toBe(true);
    expect(model.evaluation!.champion!.mcnemar!.pValue).toBeLessThan(0.001);
    expect(gatesOf(run)['champion']).toMatchObject({ verdict: 'fail', summary: '1 of 2 checks failed: accuracy' });
    expect(run.code).toBe(1);
  });

  it('skips the champion gate for the production version itself', async () => {
    const repo = scratchRepo();
    initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'promote');
    const run = await cli('gate', '--repo', repo, '--all', '--format', 'json');
    expect(gatesOf(run)['champion']).toMatchObject({ verdict: 'skipped', summary: 'this is the production version (credit-risk#production#1)' });
  });

  it('gates only the models that changed against the base, unless --all', async () => {
    const repo = scratchRepo();
    initGit(repo);
    const unchanged = await cli('gate', '--repo', repo, '--base', 'main', '--format', 'json');
    expect(unchanged.report!.models[0]!.gates).toEqual([]);
    const all = await cli('gate', '--repo', repo, '--base', 'main', '--all', '--format', 'json');
    expect(all.report!.models[0]!.gates.length).toBe(5);
  });

  it('reports a corrupt artifact as invalid input (exit 2) naming the file', async () => {
    const repo = scratchRepo();
    const bytes = Buffer.from('this is not an ONNX model');
    writeFileSync(join(repo, 'models/credit-risk/model-v1.onnx'), bytes);
    const digest = createHash('sha256').update(bytes).digest('hex');
    editFile(repo, MANIFEST, (t) => t.replace(/sha256: [0-9a-f]{64}(\n  format: onnx)/, `sha256: ${digest}$1`));
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(2);
    const finding = run.report!.models[0]!.findings.find((f) => f.code.startsWith('onnx-'))!;
    expect(finding).toMatchObject({ category: 'input', file: 'models/credit-risk/model-v1.onnx' });
    expect(run.stderr).toBe('');
  });

  it('reports a positive class that never occurs in the labels', async () => {
    const repo = scratchRepo();
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'label: {column: class, positive: bad}', 'label: {column: class, positive: default}'));
    const run = await cli('gate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.report!.models[0]!.findings).toContainEqual(
      expect.objectContaining({ code: 'bad-labels', message: "positive class 'default' never occurs in label column 'class' (values: good, bad)" }),
    );
  });

  it('is reproducible: the same seed gives the same report', async () => {
    const a = await cli('gate', '--repo', EXAMPLE_REPO, '--format', 'json', '--seed', '3');
    const b = await cli('gate', '--repo', EXAMPLE_REPO, '--format', 'json', '--seed', '3');
    const stable = (run: typeof a) => JSON.stringify(run.report!.models[0]!.evaluation!.importance);
    expect(stable(a)).toBe(stable(b));
  });

  it('keeps the commit history untouched', async () => {
    const repo = scratchRepo();
    const head = initGit(repo);
    await cli('gate', '--repo', repo, '--all');
    expect(git(repo, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});
