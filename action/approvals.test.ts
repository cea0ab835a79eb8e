// Approvals at pull-request time: the Action on pull_request_review and pull_request events (real
// payloads) gates a stage change to production against the example policy (2 approvals from
// @credit-ml/model-risk, 7 days in staging), with the reviews and the team on the loopback GitHub.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GateResult, Report } from '../src/core/report/model.js';
import { startFakeGitHub, webhookPayload, type FakeGitHub } from '../src/testing/github-server.js';
import { commitAll, dated, editFile, gitWith, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../src/testing/repos.js';
import { ACTION_TOKEN, actionRunner, type ActionRunner, type InProcessRun } from './testing.js';

const REPO = 'octo-org/credit-models';
const PR = 5;
let github: FakeGitHub;
let runner: ActionRunner;

beforeAll(async () => {
  github = await startFakeGitHub({ token: ACTION_TOKEN });
  // Annotations as workflow commands (the check run carries them otherwise: bundle.test.ts).
  runner = actionRunner(github, { GITHUB_WORKFLOW: 'modelops PR', GITHUB_JOB: 'gate', 'INPUT_CHECK-RUN': 'false' });
});
afterAll(async () => {
  await github.close();
  runner.cleanup();
  removeScratchRepos();
});
beforeEach(() => {
  github.reset();
  delete github.options.teamsReadable;
});

/** credit-risk 1.0.0 in staging since `stagedDaysAgo` (its tags), and a pull request moving it to production (reviews are on its head unless they say otherwise). */
function stageChange(stagedDaysAgo: number, edit: (policy: string) => string = (t) => t): { repo: string; base: string; head: string } {
  const repo = scratchRepo();
  editFile(repo, MANIFEST, (t) => replaceOnce(t, /^stage: production$/m, 'stage: staging'));
  const base = initGit(repo);
  const when = dated(new Date(Date.now() - stagedDaysAgo * 86_400_000).toISOString());
  gitWith(repo, when, 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
  gitWith(repo, when, 'tag', '-a', 'credit-risk#staging#1', '-m', 'assign');
  editFile(repo, MANIFEST, (t) => replaceOnce(t, /^stage: staging$/m, 'stage: production'));
  editFile(repo, 'modelops.yaml', edit);
  const head = commitAll(repo, 'credit-risk 1.0.0 to production');
  github.addPullRequest({ repo: REPO, number: PR, author: 'alice', headSha: head });
  return { repo, base, head };
}

function payload(event: 'pull_request_review' | 'pull_request', change: { base: string; head: string }): Record<string, any> {
  const p = event === 'pull_request_review' ? webhookPayload('pull_request_review', 'submitted') : webhookPayload('pull_request', 'opened');
  const repository = { ...p['repository'], full_name: REPO, name: 'credit-models', default_branch: 'main' };
  p['repository'] = repository;
  p['pull_request'].number = PR;
  if (event === 'pull_request') p['number'] = PR;
  p['pull_request'].user = { ...p['pull_request'].user, login: 'alice' };
  p['pull_request'].base = { ...p['pull_request'].base, sha: change.base, ref: 'main', repo: repository };
  p['pull_request'].head = { ...p['pull_request'].head, sha: change.head, repo: repository };
  return p;
}

const approvalsOf = (run: InProcessRun): { gate: GateResult; report: Report } => {
  const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as Report;
  return { gate: report.models[0]!.gates.find((g) => g.gate === 'approvals')!, report };
};
const review = (author: string, state: string, commitId?: string) => github.addReview(`${REPO}#${PR}`, { author, state, ...(commitId ? { commitId } : {}) });

describe('the approvals gate on a pull request', () => {
  it('passes with 2 of 2 approvals from @credit-ml/model-risk after 10 days in staging', { timeout: 60_000 }, async () => {
    const change = stageChange(10);
    github.addTeam('credit-ml/model-risk', ['bob', 'carol']);
    review('bob', 'APPROVED');
    review('carol', 'APPROVED');
    review('alice', 'COMMENTED');
    const run = await runner.run(change.repo, 'pull_request_review', payload('pull_request_review', change));
    expect(run.stdout).toContain('modelops gate (pull_request_review event)');
    const { gate, report } = approvalsOf(run);
    expect(gate).toMatchObject({ verdict: 'pass', blocking: true });
    expect(gate.checks).toEqual([
      { name: 'approvals', verdict: 'pass', value: 2, bound: { min: 2 }, message: '2 of 2 approvals from @credit-ml/model-risk (@bob, @carol)', pointer: '/stage', line: 13, column: 1 },
      expect.objectContaining({ name: 'soak in staging', verdict: 'pass', message: expect.stringMatching(/^1\.0\.0 has been in staging for (9|10) days/) }),
    ]);
    expect(report.models[0]!.findings.filter((f) => f.code === 'approvals-unverified')).toEqual([]);
    // The report comment shows it.
    expect(github.comments(`${REPO}#${PR}`)[0]!.body).toContain('| approvals | approvals | 2 | ≥ 2 |');
    // Reviews read once, memberships of the approvers only.
    expect(github.requests.filter((r) => r.path.endsWith('/reviews'))).toHaveLength(1);
    expect(github.requests.filter((r) => r.path.includes('/memberships/')).map((r) => r.path.split('/').pop())).toEqual(['bob', 'carol']);
  });

  it('fails with what is missing: a change request, an approver outside the team, the author', { timeout: 60_000 }, async () => {
    const change = stageChange(10);
    github.addTeam('credit-ml/model-risk', ['bob', 'carol']);
    review('bob', 'APPROVED');
    review('carol', 'APPROVED');
    review('carol', 'CHANGES_REQUESTED');
    review('dave', 'APPROVED');
    review('alice', 'APPROVED');
    const run = await runner.run(change.repo, 'pull_request', payload('pull_request', change));
    const { gate } = approvalsOf(run);
    expect(gate.verdict).toBe('fail');
    expect(gate.checks[0]).toMatchObject({
      verdict: 'fail',
      value: 1,
      message: '1 of 2 approvals from @credit-ml/model-risk (@bob): 1 more approval needed from @credit-ml/model-risk; not counted: @dave (not in @credit-ml/model-risk)',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error title=modelops approvals gate,file=\S*models\/credit-risk\/model\.yaml,line=13,col=\d+::approvals gate: approvals: 1 of 2 approvals/);
  });

  it('fails closed, and never crashes, when the token cannot read the team: "cannot verify team membership with this token"', { timeout: 60_000 }, async () => {
    const change = stageChange(10);
    github.addTeam('credit-ml/model-risk', ['bob', 'carol']);
    github.options.teamsReadable = false;
    review('bob', 'APPROVED');
    review('carol', 'APPROVED');
    const run = await runner.run(change.repo, 'pull_request_review', payload('pull_request_review', change));
    const { gate, report } = approvalsOf(run);
    expect(gate.verdict).toBe('fail');
    expect(gate.checks[0]!.message).toMatch(
      /^0 of 2 approvals from @credit-ml\/model-risk: 2 more approvals needed from @credit-ml\/model-risk; not counted, membership of @credit-ml\/model-risk not verified: @bob, @carol \(cannot verify team membership with this token \(GET \/orgs\/credit-ml\/teams\/model-risk: HTTP 403 \(Resource not accessible by integration\); .*read:org\)\)$/,
    );
    expect(report.models[0]!.findings).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'approvals-unverified' }));
    expect(run.stdout).toMatch(/::warning title=modelops approvals-unverified,file=\S*models\/credit-risk\/model\.yaml::cannot verify team membership with this token/);
    // One look at the team, not one per approver.
    expect(github.requests.filter((r) => r.path.startsWith('/orgs/'))).toHaveLength(1);
  });

  it('does not count an approval given before the author pushed again (approvals.older_commits: discard), unless the policy says count', { timeout: 60_000 }, async () => {
    for (const olderCommits of ['discard', 'count'] as const) {
      github.reset();
      const setting = olderCommits === 'count' ? (t: string) => replaceOnce(t, 'approvals: {count: 2, from: ["@credit-ml/model-risk"]}', 'approvals: {count: 2, from: ["@credit-ml/model-risk"], older_commits: count}') : undefined;
      const change = stageChange(10, setting);
      github.addTeam('credit-ml/model-risk', ['bob', 'carol']);
      // bob approves the pull request's first head; the author then pushes a new commit, which carol approves.
      review('bob', 'APPROVED', change.head);
      writeFileSync(join(change.repo, 'CHANGELOG.md'), 'a second push\n');
      const pushed = { ...change, head: commitAll(change.repo, 'a second push') };
      review('carol', 'APPROVED', pushed.head);
      const run = await runner.run(change.repo, 'pull_request_review', payload('pull_request_review', pushed));
      const { gate, report } = approvalsOf(run);
      const approvals = report.models[0]!.enforcement!.requirements.find((r) => r.check === 'approvals')!;
      const stale = `@bob approved ${change.head.slice(0, 7)} (an older commit)`;
      if (olderCommits === 'discard') {
        expect(gate.verdict).toBe('fail');
        expect(gate.checks[0]).toMatchObject({
          verdict: 'fail',
          value: 1,
          message: `1 of 2 approvals from @credit-ml/model-risk (@carol): 1 more approval needed from @credit-ml/model-risk; ${stale}, not counted: approvals.older_commits: discard`,
        });
        expect(run.exitCode).toBe(1);
      } else {
        expect(gate.verdict).toBe('pass');
        expect(gate.checks[0]).toMatchObject({ verdict: 'pass', value: 2, message: `2 of 2 approvals from @credit-ml/model-risk (@bob, @carol); ${stale}, counted: approvals.older_commits: count` });
      }
      expect(approvals.approvals).toEqual([
        expect.objectContaining({ login: 'bob', counted: olderCommits === 'count', commit: change.head, commitStatus: 'older' }),
        expect.objectContaining({ login: 'carol', counted: true, commit: pushed.head, commitStatus: 'head' }),
      ]);
    }
  });

  it('fails the soak when the version has been in staging for less than 7 days', { timeout: 60_000 }, async () => {
    const change = stageChange(2);
    github.addTeam('credit-ml/model-risk', ['bob', 'carol']);
    review('bob', 'APPROVED');
    review('carol', 'APPROVED');
    const run = await runner.run(change.repo, 'pull_request_review', payload('pull_request_review', change));
    const { gate } = approvalsOf(run);
    expect(gate.verdict).toBe('fail');
    expect(gate.checks[1]).toMatchObject({ name: 'soak in staging', verdict: 'fail', message: expect.stringMatching(/^1\.0\.0 has been in staging for (1 day|2 days)[^:]*: .* short of the soak of 7d before production$/) });
  });
});
