// The drift worker as dist/ ships it: a scratch bundle built like dist/ (bench/lib/build-cli.mjs) starts
// dist-style drift-worker.js beside cli.js; it holds the drift code only (not the schema validators), answers a
// whole analysis as the sources do, `modelops drift` reports what one thread reports, and so does the gate, whose
// drift analysis runs on it while the main thread runs the model.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratchCli } from '../../bench/lib/build-cli.mjs';
import { analyseDrift } from '../../src/core/drift/analysis.js';
import type { Manifest } from '../../src/core/manifest/manifest.js';
import { readTable } from '../../src/io/data/read-table.js';
import { openGit } from '../../src/io/git/repo.js';
import { RepoFiles } from '../../src/io/repo-files.js';
import { driftInput, readReference } from '../../src/commands/evaluate/drift.js';
import { manifestAt } from '../../src/commands/validate-one.js';
import { EXAMPLE_REPO, git, initGit, MANIFEST, removeScratchRepos, scratchRepo } from '../../src/testing/repos.js';

let built: { cli: string; dispose: () => void };
beforeAll(async () => {
  built = await buildScratchCli();
}, 120_000);
afterAll(() => {
  built?.dispose();
  removeScratchRepos();
});

/** The bundle files a module loads (its static imports, transitively), with their sizes. */
function importClosure(file: string, seen = new Map<string, number>()): Map<string, number> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8');
  seen.set(file, text.length);
  for (const [, name] of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']\.\/([^"']+)["'];?$/gm)) importClosure(join(dirname(file), name!), seen);
  return seen;
}

function gateJson(repo: string, threads: string) {
  const run = spawnSync(process.execPath, [built.cli, 'gate', '--repo', repo, '--base', 'main', '--all', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, MODELOPS_GATE_THREADS: threads } });
  const report = JSON.parse(run.stdout) as { createdAt?: string; models: { evaluation?: { operational?: unknown }; gates: { checks: { volatile?: boolean; value?: unknown; message?: unknown }[] }[] }[] };
  delete report.createdAt;
  for (const model of report.models) {
    delete model.evaluation?.operational;
    for (const g of model.gates) for (const check of g.checks) if (check.volatile) Object.assign(check, { value: null, message: null });
  }
  return { status: run.status, stderr: run.stderr, json: JSON.stringify(report) };
}

function driftJson(threads: string) {
  const run = spawnSync(process.execPath, [built.cli, 'drift', '--repo', EXAMPLE_REPO, '--current', 'models/credit-risk/data/current-drifted.csv', '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, MODELOPS_DRIFT_THREADS: threads },
    maxBuffer: 64 * 1024 * 1024,
  });
  // createdAt is the clock's: the rest must match byte for byte.
  return { status: run.status, stderr: run.stderr, stdout: run.stdout.replace(/"createdAt": "[^"]+"/, '"createdAt": "…"') };
}

describe('dist/drift-worker.js', () => {
  it('tests the features from the bundle as the main thread alone does', () => {
    const alone = driftJson('0');
    const spread = driftJson('2');
    expect(spread.status).toBe(1);
    expect(spread.status).toBe(alone.status);
    expect(JSON.parse(spread.stdout).models[0].evaluation.drift.features.columns.length).toBeGreaterThan(3);
    expect(spread.stdout).toBe(alone.stdout);
    expect(spread.stderr).toBe(alone.stderr);
  });

  it("loads the drift code only, and answers a whole analysis as the sources do", async () => {
    const worker = join(dirname(built.cli), 'drift-worker.js');
    const closure = importClosure(worker);
    const bytes = [...closure.values()].reduce((a, b) => a + b, 0);
    // one file of the drift code (about 170 kB; the analysis evaluated when asked), without the precompiled validators (0.7 MB)
    expect(bytes).toBeLessThan(400_000);
    expect(closure.size).toBe(1);
    expect(readFileSync(worker, 'utf8')).not.toContain('// src/core/schema/validators.generated.js');

    const repo = scratchRepo();
    const head = initGit(repo);
    const manifest = (await manifestAt(await openGit(repo), head, MANIFEST)) as Manifest;
    const files = await RepoFiles.open(repo);
    const table = await readTable(files.absolute(manifest.data.evaluation.path!), { format: 'csv', columns: manifest.data.features.map((f) => ({ name: f.name, kind: f.type })) });
    const input = await driftInput({ manifest, files, seed: 0, progress: () => undefined }, await readReference(manifest, files), { table, dataset: 'evaluation.csv', labelled: false });
    const thread = new Worker(worker);
    try {
      const reply = await new Promise<{ id: number; evaluation?: unknown }>((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
        thread.postMessage({ id: 7, kind: 'analysis', input });
      });
      expect(reply.id).toBe(7);
      expect(JSON.stringify(reply.evaluation)).toBe(JSON.stringify(analyseDrift(input)));
    } finally {
      await thread.terminate();
    }
  });

  it("gives the gate's report the main thread alone gives, but for the timings", () => {
    const repo = scratchRepo();
    initGit(repo);
    git(repo, 'tag', '-a', 'credit-risk#production#1', '-m', 'promote');
    git(repo, 'switch', '-q', '-c', 'change');
    const alone = gateJson(repo, '0');
    const threaded = gateJson(repo, '1');
    expect(threaded.stderr).toBe('');
    expect(threaded.status).toBe(alone.status);
    expect(threaded.json).toBe(alone.json);
    expect(threaded.json).toContain('"gate":"drift"');
  });
});
