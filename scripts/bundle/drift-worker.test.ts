// The drift worker as dist/ ships it: a scratch bundle built like dist/ (bench/lib/build-cli.mjs) starts
// dist-style drift-worker.js beside cli.js, and `modelops drift` reports what one thread reports.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratchCli } from '../../bench/lib/build-cli.mjs';
import { EXAMPLE_REPO } from '../../src/testing/repos.js';

let built: { cli: string; dispose: () => void };
beforeAll(async () => {
  built = await buildScratchCli();
}, 120_000);
afterAll(() => built?.dispose());

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
});
