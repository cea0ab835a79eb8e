// The Action from its TypeScript sources through @github/local-action (`npm run setup:local-action`
// installs it in tools/local-action), with a .env file as its README describes: the pull request run
// against the loopback GitHub posts the report comment, and a second run edits it.
// local-action 7 stubs @actions/core 2; this project's @actions/core 3 is ESM and is not replaced, so
// outputs appear in the log as ::set-output lines rather than in local-action's output table.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeGitHub, webhookPayload, type FakeGitHub } from '../src/testing/github-server.js';
import { commitAll, editFile, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../src/testing/repos.js';
import { availableOrFailInCi } from '../src/testing/environment.js';

const projectRoot = resolve(import.meta.dirname, '..');
const bin = join(projectRoot, 'tools', 'local-action', 'node_modules', '.bin');
const installed = availableOrFailInCi(existsSync(join(bin, 'local-action')), '@github/local-action is not installed (npm run setup:local-action)');
if (!installed) console.warn('local-action.test.ts: skipped: @github/local-action is not installed (run `npm run setup:local-action`)');

const TOKEN = 'ghs_localActionLoopbackToken';
let github: FakeGitHub;
let scratch: string;

beforeAll(async () => {
  if (!installed) return;
  github = await startFakeGitHub({ token: TOKEN });
  scratch = mkdtempSync(join(tmpdir(), 'modelops-local-action-'));
});
afterAll(async () => {
  await github?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  removeScratchRepos();
});

function localAction(envFile: string): Promise<{ status: number | null; log: string }> {
  // local-action runs `npm exec tsx`, which finds tsx beside it on the PATH.
  const child = spawn(join(bin, 'local-action'), ['run', projectRoot, 'action/run.ts', envFile], {
    cwd: projectRoot,
    env: { PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, HOME: process.env['HOME'] ?? '', NO_COLOR: '1' },
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, log })));
}

it.skipIf(!installed)('runs action/run.ts on a pull request: comments, then leaves the comment alone for a commit with the same content', { timeout: 120_000 }, async () => {
  const repo = scratchRepo();
  const base = initGit(repo);
  editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, /^ {2}version: 1\.0\.0$/m, '  version: 1.1.0'), /threshold: 0\.5$/m, 'threshold: 0.45'));
  const head = commitAll(repo, 'credit-risk 1.1.0');
  const envFor = (sha: string) => {
    const payload = webhookPayload('pull_request', 'synchronize');
    payload['number'] = payload['pull_request'].number = 2;
    payload['repository'].full_name = payload['pull_request'].base.repo.full_name = payload['pull_request'].head.repo.full_name = 'octo-org/credit-models';
    payload['pull_request'].base.sha = base;
    payload['pull_request'].head.sha = sha;
    const eventPath = join(scratch, `event-${sha}.json`);
    writeFileSync(eventPath, JSON.stringify(payload));
    const envFile = join(scratch, `${sha}.env`);
    writeFileSync(
      envFile,
      [
        `LOCAL_ACTION_WORKSPACE=${repo}`,
        `INPUT_WORKING-DIRECTORY=${repo}`,
        `INPUT_REPORT-DIR=${join(scratch, 'report')}`,
        `INPUT_GITHUB-TOKEN=${TOKEN}`,
        'INPUT_FAIL-ON=never',
        'GITHUB_EVENT_NAME=pull_request',
        `GITHUB_EVENT_PATH=${eventPath}`,
        'GITHUB_REPOSITORY=octo-org/credit-models',
        'GITHUB_WORKFLOW=modelops PR',
        'GITHUB_JOB=gate',
        'GITHUB_RUN_ID=77',
        `GITHUB_API_URL=${github.url}`,
        '',
      ].join('\n'),
    );
    return envFile;
  };

  const first = await localAction(envFor(head));
  expect(first.status, first.log).toBe(0);
  expect(first.log).toContain(`modelops gate (pull_request event) in ${repo}, compared with ${base}`);
  expect(first.log).toMatch(/::set-output name=matrix::\{"include":\[\{"name":"credit-risk"/);
  expect(first.log).toContain('Pull request #2: report comment created');
  const second = await localAction(envFor(head.replace(/^./, 'f')));
  expect(second.status, second.log).toBe(0);
  expect(second.log).toContain('Pull request #2: report comment unchanged');
  expect(github.comments('octo-org/credit-models#2')).toHaveLength(1);
  expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
});
