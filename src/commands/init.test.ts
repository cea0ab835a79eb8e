// From an empty git repository to a passing gate with `init` and `hash` alone (plus answering the
// checklist), on scikit-learn pipelines exported as skl2onnx does by default (ZipMap outputs), built
// by scripts/build-test-models.py; the multiclass metrics checked against scikit-learn's own.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import type { Report } from '../core/report/model.js';
import { answerProblemSection } from '../testing/checklist-answers.js';

const SKLEARN = join(import.meta.dirname, '..', 'io', 'onnx', 'fixtures', 'sklearn');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgSign=false', '-c', 'tag.gpgSign=false', ...args], { cwd: repo, encoding: 'utf8' });
}

/** An empty git repository with the given fixture files copied in. */
function emptyRepo(files: Record<string, string>): string {
  const repo = mkdtempSync(join(tmpdir(), 'modelops-init-'));
  dirs.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'alice@example.com');
  git(repo, 'config', 'user.name', 'Alice');
  for (const [to, from] of Object.entries(files)) {
    mkdirSync(join(repo, to, '..'), { recursive: true });
    copyFileSync(join(SKLEARN, from), join(repo, to));
  }
  return repo;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {} });
  return { code, stdout, stderr };
}

async function gateReport(repo: string): Promise<{ code: number; report: Report }> {
  const { code, stdout } = await cli('gate', '--repo', repo, '--format', 'json');
  return { code, report: JSON.parse(stdout) as Report };
}

describe('init, hash, gate on a scikit-learn export', () => {
  it('reaches a passing gate from an empty repository with init and hash alone, plus the answered checklist', async () => {
    const repo = emptyRepo({
      'models/loans/model.onnx': 'loans.onnx',
      'models/loans/data/evaluation.csv': 'loans-evaluation.csv',
      'models/loans/data/reference.csv': 'loans-reference.csv',
    });
    const init = await cli(
      'init', 'loans', '--repo', repo,
      '--model', join(repo, 'models/loans/model.onnx'),
      '--data', join(repo, 'models/loans/data/evaluation.csv'),
      '--reference', join(repo, 'models/loans/data/reference.csv'),
      '--label', 'class', '--positive', 'bad', '--sensitive', 'sex,age',
    );
    expect(init).toMatchObject({ code: 0, stdout: expect.stringContaining('wrote models/loans/model.yaml') });
    const manifest = readFileSync(join(repo, 'models/loans/model.yaml'), 'utf8');
    // What it read from the graph and the data: the ZipMap's tensor, class 'bad' in column 0 of the
    // model's classes (bad, good), the four numeric columns the [N, 4] input takes, not 'sex'.
    expect(manifest).toContain('    score: probabilities ');
    expect(manifest).toMatch(/score_column: 0 +# column of class bad among the model's classes bad, good/);
    expect(manifest).toContain('    - {name: income, type: numeric}\n    - {name: debt_ratio, type: numeric}\n    - {name: age, type: numeric}\n    - {name: tenure_months, type: numeric}\n');
    expect(manifest).toContain('owners: ["alice@example.com"]');
    expect(manifest).toContain('attributes: [sex, age]');
    // Unanswered items stay unanswered: no placeholder answers or evidence.
    expect(manifest).not.toMatch(/TODO|answer: no|evidence: ""/);

    // Validates as written (the unanswered required items warn at stage development).
    const validated = await cli('validate', '--repo', repo, '--format', 'json');
    expect(validated.code).toBe(0);
    expect((JSON.parse(validated.stdout) as Report).models[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);

    answerProblemSection(join(repo, 'models/loans/model.yaml'));
    const { code, report } = await gateReport(repo);
    expect(code).toBe(0);
    const model = report.models[0]!;
    expect(model.findings).toEqual([]);
    expect(model.gates.map((g) => [g.gate, g.verdict])).toEqual(expect.arrayContaining([['performance', 'pass'], ['fairness', 'pass'], ['drift', 'pass']]));
    expect(model.verdict).toBe('pass');
    expect(report.verdict).toBe('pass');

    // A retrained model: hash records the new digest in place and says a new model needs no bump.
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'loans 0.1.0');
    const before = readFileSync(join(repo, 'models/loans/model.yaml'), 'utf8');
    copyFileSync(join(SKLEARN, 'iris.onnx'), join(repo, 'models/loans/model.onnx'));
    const stale = await cli('hash', '--repo', repo);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('models/loans/model.yaml: artifact.sha256 differs: models/loans/model.onnx');
    expect(stale.stdout).toContain('HEAD has loans at 0.1.0 too: a changed artifact or dataset needs a metadata.version bump');
    expect(readFileSync(join(repo, 'models/loans/model.yaml'), 'utf8')).toBe(before);
    git(repo, 'tag', '-a', 'loans@v0.1.0', '-m', 'registered');
    expect((await cli('hash', '--repo', repo)).stdout).toContain('version 0.1.0 is registered (tag loans@v0.1.0) and can never change content: bump metadata.version');
    const written = await cli('hash', '--repo', repo, '--write');
    const after = readFileSync(join(repo, 'models/loans/model.yaml'), 'utf8');
    const sha = execFileSync('sha256sum', [join(repo, 'models/loans/model.onnx')], { encoding: 'utf8' }).split(' ')[0]!;
    expect(written.stdout).toContain(`artifact.sha256 recorded: models/loans/model.onnx`);
    expect(after).toBe(before.replace(/^  sha256: [0-9a-f]{64}$/m, `  sha256: ${sha}`));
    expect(written.code).toBe(1); // recorded, but the version still needs its bump
    writeFileSync(join(repo, 'models/loans/model.yaml'), after.replace('  version: 0.1.0', '  version: 0.2.0'));
    expect(await cli('hash', '--repo', repo)).toMatchObject({ code: 0, stdout: 'models/loans/model.yaml: every sha256 matches\n' });
  });

  it.each([
    ['iris', 'iris.onnx', 'iris-evaluation.csv', "classes: [setosa, versicolor, virginica]"],
    ['iris-int', 'iris-int.onnx', 'iris-int-evaluation.csv', 'classes: [0, 1, 2]'],
  ])('multiclass ZipMap (%s): the class order from the graph, metrics equal to scikit-learn', async (name, model, data, classes) => {
    const repo = emptyRepo({ [`models/${name}/model.onnx`]: model, [`models/${name}/data/evaluation.csv`]: data });
    const init = await cli('init', name, '--repo', repo, '--model', join(repo, `models/${name}/model.onnx`), '--data', join(repo, `models/${name}/data/evaluation.csv`), '--label', 'species');
    expect(init.code, init.stderr).toBe(0);
    const manifest = readFileSync(join(repo, `models/${name}/model.yaml`), 'utf8');
    expect(manifest).toContain('  task: multiclass-classification');
    expect(manifest).toContain(classes);
    const { report } = await gateReport(repo);
    const metrics = report.models[0]!.evaluation!.metrics as Record<string, number>;
    // scikit-learn's accuracy_score, f1_score (macro, weighted) and log_loss on its own predict_proba
    // for these rows (the sidecar, written by scripts/build-test-models.py); the ONNX graph computes in
    // float32, so log loss agrees to about 1e-6.
    const expected = (JSON.parse(readFileSync(join(SKLEARN, `${name}.json`), 'utf8')) as { sklearn_metrics: Record<string, number> }).sklearn_metrics;
    expect(metrics['accuracy']).toBeCloseTo(expected['accuracy']!, 12);
    expect(metrics['macro_f1']).toBeCloseTo(expected['macro_f1']!, 12);
    expect(metrics['weighted_f1']).toBeCloseTo(expected['weighted_f1']!, 12);
    expect(metrics['log_loss']).toBeCloseTo(expected['log_loss']!, 5);
  });

  it('refuses what it cannot infer, saying what to pass', async () => {
    const repo = emptyRepo({ 'models/loans/model.onnx': 'loans.onnx', 'models/loans/data/evaluation.csv': 'loans-evaluation.csv' });
    const args = ['init', 'loans', '--repo', repo, '--model', join(repo, 'models/loans/model.onnx'), '--data', join(repo, 'models/loans/data/evaluation.csv')];
    expect(await cli(...args, '--label', 'class')).toMatchObject({ code: 2, stderr: expect.stringContaining('binary classification needs --positive') });
    expect(await cli(...args, '--label', 'klass', '--positive', 'bad')).toMatchObject({ code: 2, stderr: expect.stringContaining("--label 'klass' is not a column of models/loans/data/evaluation.csv") });
    expect(await cli(...args, '--label', 'class', '--positive', 'ugly')).toMatchObject({ code: 2, stderr: expect.stringContaining("--positive 'ugly' never occurs in column 'class'") });
    const outside = join(tmpdir(), 'modelops-outside.onnx');
    copyFileSync(join(SKLEARN, 'loans.onnx'), outside);
    dirs.push(outside);
    expect(await cli('init', 'loans', '--repo', repo, '--model', outside, '--data', join(repo, 'models/loans/data/evaluation.csv'), '--label', 'class', '--positive', 'bad')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is outside the repository'),
    });
  });

  it('validate refuses external tensor data outside the model\'s folder before running anything', async () => {
    const repo = emptyRepo({ 'models/loans/model.onnx': 'loans.onnx', 'models/loans/data/evaluation.csv': 'loans-evaluation.csv' });
    await cli('init', 'loans', '--repo', repo, '--model', join(repo, 'models/loans/model.onnx'), '--data', join(repo, 'models/loans/data/evaluation.csv'), '--label', 'class', '--positive', 'bad');
    copyFileSync(join(SKLEARN, '..', 'external-escape.onnx'), join(repo, 'models/loans/model.onnx'));
    writeFileSync(join(repo, 'outside.bin'), Buffer.alloc(12));
    await cli('hash', '--repo', repo, '--write');
    const { code, report } = await gateReport(repo);
    expect(code).toBe(2);
    expect(report.models[0]!.findings).toContainEqual(
      expect.objectContaining({
        code: 'external-data-outside',
        message: "tensor 'coef' of 'models/loans/model.onnx' keeps its data in '../../outside.bin', which resolves to 'outside.bin', outside the model's folder 'models/loans/'",
      }),
    );
    expect(report.models[0]!.gates).toEqual([]);
  });
});
