// The gate's drift worker gives the analysis the main thread gives, byte for byte, and falls back to the
// main thread when it cannot answer; the gate's report is the same with and without it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { analyseDrift, type DriftAnalysisInput } from '../../core/drift/analysis.js';
import type { Manifest } from '../../core/manifest/manifest.js';
import { runnerSpecFromManifest } from '../../core/manifest/runner-spec.js';
import type { Report } from '../../core/report/model.js';
import { readTable } from '../../io/data/read-table.js';
import { openModel } from '../../io/onnx/index.js';
import { RepoFiles } from '../../io/repo-files.js';
import { editFile, git, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../../testing/repos.js';
import { gate } from '../gate.js';
import { reportJson } from '../report-files.js';
import { manifestAt } from '../validate-one.js';
import { openGit } from '../../io/git/repo.js';
import { championColumns, runChampion, type ChampionRun } from './champion-run.js';
import { findChampion } from './champion.js';
import { driftInput, readReference } from './drift.js';
import { GATE_THREAD_MAX_ROWS, gateThreadsWanted, startGateThread } from './gate-thread.js';

afterAll(removeScratchRepos);
afterEach(() => vi.unstubAllEnvs());

const NOW = new Date('2026-03-16T09:00:00Z');

/** The example's drift input as the gate makes it: evaluation data against the reference, with the model's outputs. */
async function exampleInput(): Promise<DriftAnalysisInput> {
  const repo = scratchRepo();
  const head = initGit(repo);
  const manifest = (await manifestAt(await openGit(repo), head, MANIFEST)) as Manifest;
  const files = await RepoFiles.open(repo);
  const evaluationPath = manifest.data.evaluation.path!;
  const table = await readTable(files.absolute(evaluationPath), { format: 'csv', columns: manifest.data.features.map((f) => ({ name: f.name, kind: f.type })) });
  const runner = await openModel(files.absolute(manifest.artifact.path), runnerSpecFromManifest(manifest));
  try {
    const context = { manifest, files, runner, seed: 0, progress: () => undefined };
    return await driftInput(context, await readReference(manifest, files), { table, dataset: evaluationPath, prediction: await runner.predict(table), labelled: false });
  } finally {
    await runner.release();
  }
}

/** The example with v1 in production (tagged on main) and a branch proposing v2 (gradient boosting), as the demo's pull request #4. */
function pullRequestRepo(): string {
  const repo = scratchRepo();
  initGit(repo);
  git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'promote');
  git(repo, 'switch', '-q', '-c', 'v2');
  editFile(repo, MANIFEST, (t) =>
    replaceOnce(
      replaceOnce(replaceOnce(replaceOnce(t, 'version: 1.0.0', 'version: 2.0.0'), 'path: models/credit-risk/model-v1.onnx', 'path: models/credit-risk/model-v2.onnx'), /sha256: d35e1f77[0-9a-f]{56}/, 'sha256: f1cbc28cc641e4caf024cc8909eab9d5decda9969be086923f20b38d93ff3bdd'),
      'threshold: 0.5',
      'threshold: 0.45',
    ),
  );
  git(repo, 'commit', '-q', '-am', 'v2');
  return repo;
}

/** The champion's run as the gate posts it: v1 (in production) over the example's evaluation data. */
async function exampleChampionRun(): Promise<{ run: ChampionRun; dispose: () => Promise<void> }> {
  const repo = pullRequestRepo();
  const reader = await openGit(repo);
  const champion = (await findChampion(reader, 'credit-risk', MANIFEST, undefined))!;
  const files = await RepoFiles.open(repo);
  const { manifest } = champion;
  const columns = [...manifest.data.features.map((f) => ({ name: f.name, kind: f.type })), { name: manifest.data.label.column, kind: 'categorical' as const }];
  const table = await readTable(files.absolute(manifest.data.evaluation.path!), { format: 'csv', columns });
  return { run: { manifest, artifactPath: champion.artifactPath, table, metric: 'roc_auc', repeats: 3, seed: 0 }, dispose: champion.dispose };
}

/** The report without what is measured anew on every run (latency, throughput, memory, the latency check) and its date. */
function withoutTimings(report: Report): unknown {
  const copy = JSON.parse(reportJson(report)) as Report;
  delete (copy as { createdAt?: string }).createdAt;
  for (const model of copy.models) {
    const evaluation = model.evaluation as { operational?: unknown } | undefined;
    if (evaluation) delete evaluation.operational;
    for (const g of model.gates) for (const check of g.checks) if (check.volatile) Object.assign(check, { value: null, message: null });
  }
  return copy;
}

describe('the gate thread', () => {
  it('starts the drift worker when a core is idle beside the main thread, the champion worker only as MODELOPS_GATE_THREADS says', () => {
    expect(gateThreadsWanted({}, 2, 0.4)).toBe(1);
    expect(gateThreadsWanted({}, 2, 0.6)).toBe(0);
    expect(gateThreadsWanted({}, 4, 2.4)).toBe(1);
    expect(gateThreadsWanted({}, 4, 2.6)).toBe(0);
    expect(gateThreadsWanted({}, 4, 1.4)).toBe(1);
    expect(gateThreadsWanted({}, 8, 0)).toBe(1);
    expect(gateThreadsWanted({}, 1, 0)).toBe(0);
    expect(gateThreadsWanted({ MODELOPS_GATE_THREADS: '0' }, 8, 0)).toBe(0);
    expect(gateThreadsWanted({ MODELOPS_GATE_THREADS: '1' }, 1, 9)).toBe(1);
    expect(gateThreadsWanted({ MODELOPS_GATE_THREADS: '2' }, 1, 9)).toBe(2);
    expect(gateThreadsWanted({ MODELOPS_GATE_THREADS: '5' }, 2, 0)).toBe(2);
    expect(gateThreadsWanted({ MODELOPS_GATE_THREADS: 'many' }, 2, 0.4)).toBe(1);
  });

  it("answers with the main thread's analysis, byte for byte, and computes it here when the worker cannot", async () => {
    const input = await exampleInput();
    const here = analyseDrift(input);
    const thread = startGateThread();
    try {
      expect(thread.takes(input)).toBe(true);
      const there = await thread.analyse(input);
      expect(thread.answered()).toBe(1);
      expect(JSON.stringify(there)).toBe(JSON.stringify(here));
      expect(there).toEqual(here);
      // what the comparison covers: the features, the outputs, the domain classifier, CBPE
      expect(here.features.columns).toHaveLength(20);
      expect(here.prediction).toBeDefined();
      expect(here.domainClassifier).toBeDefined();

      // an analysis that throws in the worker throws here, with the main thread's error
      const broken = { ...input, features: [...input.features, { name: 'no such column', type: 'numeric' as const }] };
      await expect(thread.analyse(broken)).rejects.toThrow("column 'no such column' was not loaded");
      expect(thread.answered()).toBe(1);
    } finally {
      thread.close();
    }
    // closed: the same analysis, here
    expect(JSON.stringify(await thread.analyse(input))).toBe(JSON.stringify(here));
    expect(thread.answered()).toBe(1);
  });

  it("runs the champion's model on the worker with the main thread's result, byte for byte, and runs it here when the worker cannot", async () => {
    const { run, dispose } = await exampleChampionRun();
    const thread = startGateThread();
    try {
      const here = await runChampion(run);
      // the worker gets the columns the champion reads (as the gate posts them)
      const there = await thread.champion({ ...run, table: championColumns(run.manifest, run.table) });
      expect(thread.answered()).toBe(1);
      expect(there.prediction).toEqual(here.prediction);
      expect(JSON.stringify(there.importance)).toBe(JSON.stringify(here.importance));
      expect(here.importance).toHaveLength(10);
      expect(here.importance[0]!.importance).toBeGreaterThan(0);
      // a sample drawn by the caller gives what the run draws itself
      expect(JSON.stringify(await runChampion({ ...run, sample: { table: run.table } }))).toBe(JSON.stringify(here));

      // a run the worker cannot take (here: it cannot be posted) is run on this thread, with the same result
      const unpostable = { ...run, manifest: { ...run.manifest, notCloneable: () => undefined } } as ChampionRun;
      expect(JSON.stringify(await thread.champion(unpostable))).toBe(JSON.stringify(here));
      expect(thread.answered()).toBe(1);
      // a run that fails on the worker fails here with the error of the run without a worker
      const missing = { ...run, artifactPath: `${run.artifactPath}.missing` };
      const error = (await runChampion(missing).then(
        () => undefined,
        (e: Error) => e,
      ))!;
      expect(error).toBeInstanceOf(Error);
      await expect(thread.champion(missing)).rejects.toThrow(error.message);
      expect(thread.answered()).toBe(1);
    } finally {
      thread.close();
    }
    // closed: the same run, here
    expect(JSON.stringify(await thread.champion(run))).toBe(JSON.stringify(await runChampion(run)));
    expect(thread.answered()).toBe(1);
    await dispose();
  });

  it('leaves large samples to the main thread (posting them would copy them)', async () => {
    const input = await exampleInput();
    const thread = startGateThread();
    try {
      const rows = (n: number) => ({ ...input.current, rowCount: n });
      expect(thread.takes({ ...input, current: rows(GATE_THREAD_MAX_ROWS - input.reference.rowCount) })).toBe(true);
      expect(thread.takes({ ...input, current: rows(GATE_THREAD_MAX_ROWS - input.reference.rowCount + 1) })).toBe(false);
      expect(thread.takesRows(GATE_THREAD_MAX_ROWS)).toBe(true);
      expect(thread.takesRows(GATE_THREAD_MAX_ROWS + 1)).toBe(false);
    } finally {
      thread.close();
    }
  });

  it('with the drift worker alone, leaves the champion to the main thread, which runs it there', async () => {
    const { run, dispose } = await exampleChampionRun();
    const thread = startGateThread({ drift: true, champion: false });
    try {
      expect(thread.drift).toBe(true);
      expect(thread.takesRows(200)).toBe(false);
      expect(JSON.stringify(await thread.champion(run))).toBe(JSON.stringify(await runChampion(run)));
      expect(thread.answered()).toBe(0);
    } finally {
      thread.close();
      await dispose();
    }
  });

  it('gives the gate the report it has without a worker: the pull request against production', async () => {
    const repo = scratchRepo();
    initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'promote');
    git(repo, 'switch', '-q', '-c', 'change');
    const reports = [];
    for (const threads of ['0', '1']) {
      vi.stubEnv('MODELOPS_GATE_THREADS', threads);
      reports.push(withoutTimings(await gate({ repo, base: 'main', all: true, now: NOW })));
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(JSON.stringify(reports[1])).toBe(JSON.stringify(reports[0]));
    const drift = (reports[0] as Report).models[0]!.gates.find((g) => g.gate === 'drift')!;
    expect(drift.verdict).toBe('pass');
  });

  it("gives the gate the report it has without a worker: v2 proposed against v1 in production, the champion's model run on a worker", async () => {
    const repo = pullRequestRepo();
    const reports = [];
    for (const threads of ['0', '1', '2']) {
      vi.stubEnv('MODELOPS_GATE_THREADS', threads);
      reports.push(withoutTimings(await gate({ repo, base: 'main', now: NOW })));
    }
    expect(JSON.stringify(reports[1])).toBe(JSON.stringify(reports[0]));
    expect(JSON.stringify(reports[2])).toBe(JSON.stringify(reports[0]));
    const model = (reports[0] as Report).models[0]!;
    const champion = model.gates.find((g) => g.gate === 'champion')!;
    expect(champion.verdict).toBe('pass');
    // v1's own accuracy, from its prediction (v2's differs)
    expect(champion.checks.find((c) => c.name === 'accuracy')).toMatchObject({ value: 0.74, champion: 0.73 });
    expect(model.evaluation?.importance?.champion).toHaveLength(10);
    // the fairness gate compares with the champion's groups too
    expect(JSON.stringify(model.gates.find((g) => g.gate === 'fairness'))).toContain('champion');
  });

  it('reports a champion whose artifact onnxruntime cannot load as the gate without a worker does', async () => {
    const repo = pullRequestRepo();
    // v1's artifact in production replaced by bytes that are not ONNX, its recorded hash updated
    git(repo, 'switch', '-q', 'main');
    const bytes = Buffer.from('not an onnx model');
    writeFileSync(join(repo, 'models/credit-risk/model-v1.onnx'), bytes);
    editFile(repo, MANIFEST, (t) => replaceOnce(t, /sha256: d35e1f77[0-9a-f]{56}/, `sha256: ${createHash('sha256').update(bytes).digest('hex')}`));
    git(repo, 'commit', '-q', '-am', 'a broken v1');
    git(repo, 'tag', '-a', 'credit-risk#production#2', '-m', 'promote');
    git(repo, 'switch', '-q', 'v2');
    const reports = [];
    for (const threads of ['0', '2']) {
      vi.stubEnv('MODELOPS_GATE_THREADS', threads);
      reports.push(withoutTimings(await gate({ repo, base: 'main', now: NOW })));
    }
    expect(JSON.stringify(reports[1])).toBe(JSON.stringify(reports[0]));
    const model = (reports[0] as Report).models[0]!;
    expect(model.verdict).toBe('error');
    expect(model.findings.map((f) => f.code)).toContainEqual(expect.stringMatching(/^onnx-/));
  });

  it('reports a bad reference read early for the worker as the gate without one does: the same finding, the same report', async () => {
    const repo = scratchRepo();
    const reference = 'models/credit-risk/data/reference.csv';
    const lines = readFileSync(join(repo, reference), 'utf8').split('\n');
    lines[9] = lines[9]!.replace(/^([^,]+|"[^"]*"),\d+,/, '$1,ten,'); // duration on line 10
    const text = lines.join('\n');
    writeFileSync(join(repo, reference), text);
    editFile(repo, MANIFEST, (t) => replaceOnce(t, /sha256: d87005b9[0-9a-f]+/, `sha256: ${createHash('sha256').update(text).digest('hex')}`));
    const reports = [];
    for (const threads of ['0', '1']) {
      vi.stubEnv('MODELOPS_GATE_THREADS', threads);
      reports.push(withoutTimings(await gate({ repo, now: NOW })));
    }
    expect(JSON.stringify(reports[1])).toBe(JSON.stringify(reports[0]));
    const model = (reports[0] as Report).models[0]!;
    expect(model.findings).toContainEqual(expect.objectContaining({ code: 'unreadable-data', file: reference, line: 10 }));
    expect(model.verdict).toBe('error');
  });
});
