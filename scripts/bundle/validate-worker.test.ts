// The validation worker as dist/ ships it: a scratch bundle built like dist/ (bench/lib/build-cli.mjs)
// starts dist-style validate-worker.js beside cli.js, and writes the report one thread writes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScratchCli } from '../../bench/lib/build-cli.mjs';
import { MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../../src/testing/repos.js';

let built: { cli: string; dispose: () => void };
beforeAll(async () => {
  built = await buildScratchCli();
}, 120_000);
afterAll(() => {
  built?.dispose();
  removeScratchRepos();
});

function validateJson(repo: string, threads: string) {
  const run = spawnSync(process.execPath, [built.cli, 'validate', '--repo', repo, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, MODELOPS_VALIDATE_THREADS: threads },
    maxBuffer: 256 * 1024 * 1024,
  });
  // createdAt is the clock's: the rest must match byte for byte.
  return { status: run.status, stderr: run.stderr, stdout: run.stdout.replace(/"createdAt": "[^"]+"/, '"createdAt": "…"') };
}

describe('dist/validate-worker.js', () => {
  it('validates from the bundle as the main thread alone does', () => {
    const repo = scratchRepo();
    const template = readFileSync(join(repo, MANIFEST), 'utf8');
    for (let i = 0; i < 80; i++) {
      const name = `model-${String(i).padStart(3, '0')}`;
      mkdirSync(join(repo, 'models', name), { recursive: true });
      writeFileSync(join(repo, 'models', name, 'model.yaml'), replaceOnce(template, /^ {2}name: credit-risk$/m, `  name: ${name}`));
    }
    const alone = validateJson(repo, '0');
    const spread = validateJson(repo, '1');
    expect(spread.stderr).toBe('');
    expect(spread.status).toBe(alone.status);
    expect(JSON.parse(spread.stdout).models).toHaveLength(81);
    expect(spread.stdout).toBe(alone.stdout);
  });
});
