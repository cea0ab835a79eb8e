// The Action with `command: audit`: read-only (no GitHub request), the audit report as the job summary,
// the step failing per fail-on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promote } from '../src/commands/promote.js';
import { startFakeGitHub, webhookPayload, type FakeGitHub } from '../src/testing/github-server.js';
import { commitAll, editFile, git, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../src/testing/repos.js';
import { ACTION_TOKEN, actionRunner, type ActionRunner } from './testing.js';

let github: FakeGitHub;
let runner: ActionRunner;

beforeAll(async () => {
  github = await startFakeGitHub({ token: ACTION_TOKEN });
  runner = actionRunner(github, { GITHUB_WORKFLOW: 'modelops audit', GITHUB_JOB: 'audit' });
});
afterAll(async () => {
  await github.close();
  runner.cleanup();
  removeScratchRepos();
});

function developmentRepo(): string {
  const repo = scratchRepo();
  editFile(repo, MANIFEST, (t) => replaceOnce(t, /^stage: production$/m, 'stage: development'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Promoter');
  git(repo, 'config', 'user.email', 'promoter@example.com');
  commitAll(repo, 'credit-risk 1.0.0 in development');
  return repo;
}

describe('the Action with command: audit', () => {
  it('writes the audit trail as the job summary, asks GitHub nothing, and passes a clean history', { timeout: 60_000 }, async () => {
    const repo = developmentRepo();
    await promote({ repo, now: new Date('2024-01-10T10:00:00Z') });
    github.requests.length = 0;
    const run = await runner.run(repo, 'workflow_dispatch', webhookPayload('workflow_dispatch'), { command: 'audit' });
    expect(run.exitCode, run.stdout).toBeUndefined();
    expect(run.stdout).toContain("modelops audit (the 'command' input)");
    expect(run.outputs['result']).toMatch(/^(pass|warn)$/);
    expect(run.summary).toMatch(/^## \S+ modelops audit: (pass|warn)/);
    expect(run.summary).toContain('credit-risk#development#1');
    expect(github.requests).toEqual([]);
  });

  it('fails the step on a finding of severity error (fail-on: fail), and not with fail-on: never', { timeout: 60_000 }, async () => {
    const repo = developmentRepo();
    await promote({ repo });
    // A content change pushed to main without a version bump or evidence.
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'threshold: 0.5', 'threshold: 0.45'));
    commitAll(repo, 'direct push');
    const failing = await runner.run(repo, 'workflow_dispatch', webhookPayload('workflow_dispatch'), { command: 'audit', models: 'credit-risk' });
    expect(failing.exitCode).toBe(1);
    expect(failing.outputs['result']).toBe('fail');
    expect(failing.summary).toContain('registered-version-changed');
    const never = await runner.run(repo, 'workflow_dispatch', webhookPayload('workflow_dispatch'), { command: 'audit', 'fail-on': 'never' });
    expect(never.exitCode).toBeUndefined();
    expect(never.outputs['result']).toBe('fail');
  });
});
