// The Action on a push to the default branch (the real push payload): promote in a real git repository
// with a bare remote as origin, the merged pull request's author and approvers from the loopback GitHub
// in the evidence, one deployment per model and stage tag however often the run is repeated, and an
// issue for a blocked promotion that is closed once the model is promoted.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEvidence } from '../src/core/promotion/evidence.js';
import { startFakeGitHub, webhookPayload, type FakeGitHub } from '../src/testing/github-server.js';
import { commitAll, editFile, git, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo } from '../src/testing/repos.js';
import { ACTION_TOKEN, actionRunner, type ActionRunner } from './testing.js';

const REPO = 'octo-org/credit-models';
const SCORECARD = 'models/scorecard/model.yaml';
let github: FakeGitHub;
let runner: ActionRunner;
const dirs: string[] = [];

beforeAll(async () => {
  github = await startFakeGitHub({ token: ACTION_TOKEN });
  runner = actionRunner(github);
});
afterAll(async () => {
  await github.close();
  runner.cleanup();
  removeScratchRepos();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => {
  github.reset();
  // The example policy's approvers: staging needs one of @credit-ml/ml-engineers, production two of @credit-ml/model-risk.
  github.addTeam('credit-ml/ml-engineers', ['bob', 'carol']);
  github.addTeam('credit-ml/model-risk', ['carol', 'dave', 'erin']);
});

/** Two models in development on main, pushed to a bare origin; the runner's clone has no git identity of its own. */
function repository(): { repo: string; remote: string; first: string } {
  const repo = scratchRepo();
  cpSync(join(repo, 'models/credit-risk'), join(repo, 'models/scorecard'), { recursive: true });
  editFile(repo, SCORECARD, (t) => replaceOnce(t, /^ {2}name: credit-risk$/m, '  name: scorecard'));
  for (const manifest of [MANIFEST, SCORECARD]) editFile(repo, manifest, (t) => replaceOnce(t, /^stage: production$/m, 'stage: development'));
  git(repo, 'init', '-q', '-b', 'main');
  const first = commitAll(repo, 'two models in development');
  const remote = mkdtempSync(join(tmpdir(), 'modelops-origin-'));
  dirs.push(remote);
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  git(repo, 'remote', 'add', 'origin', remote);
  git(repo, 'push', '-q', 'origin', 'main');
  return { repo, remote, first };
}

/**
 * A pull request merged into main (a merge commit, as GitHub writes it), pushed; GitHub knows it with
 * its reviews, submitted a minute apart before the merge unless a review gives its own time.
 */
function mergePullRequest(repo: string, number: number, branch: string, edit: () => void, reviews: Array<[string, string, string?]>): { before: string; after: string; mergedAt: string } {
  const before = git(repo, 'rev-parse', 'HEAD').trim();
  git(repo, 'switch', '-q', '-c', branch);
  edit();
  const head = commitAll(repo, `change on ${branch}`);
  git(repo, 'switch', '-q', 'main');
  git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'merge', '-q', '--no-ff', branch, '-m', `Merge pull request #${number} from octo-org/${branch}`);
  const after = git(repo, 'rev-parse', 'HEAD').trim();
  git(repo, 'push', '-q', 'origin', 'main');
  const mergedAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  github.addPullRequest({ repo: REPO, number, author: 'alice', headSha: head, mergeCommitSha: after, mergedAt });
  reviews.forEach(([author, state, submittedAt], i) => github.addReview(`${REPO}#${number}`, { author, state, submittedAt: submittedAt ?? new Date(Date.parse(mergedAt) - (reviews.length - i) * 60_000).toISOString() }));
  return { before, after, mergedAt };
}

/** The real push payload of @octokit/webhooks-examples, for this push to main. */
function pushPayload(before: string, after: string): Record<string, any> {
  const payload = webhookPayload('push');
  payload['ref'] = 'refs/heads/main';
  payload['before'] = before;
  payload['after'] = after;
  payload['repository'] = { ...payload['repository'], full_name: REPO, name: 'credit-models', default_branch: 'main' };
  return payload;
}
const PUSH_ENV = { GITHUB_REF: 'refs/heads/main' };
const tags = (repo: string) => git(repo, 'tag', '--list').split('\n').filter((t) => t.length > 0).sort();
const setStage = (repo: string, manifest: string, stage: string) => editFile(repo, manifest, (t) => t.replace(/^stage: \w+$/m, `stage: ${stage}`));

describe('the Action on a push to the default branch', () => {
  it('promotes with the pull request in the evidence, pushes the tags, and creates exactly one deployment per model however often it runs', { timeout: 120_000 }, async () => {
    const { repo, remote, first } = repository();
    // The branch's first push registers both models in development.
    const initial = await runner.run(repo, 'push', pushPayload('0'.repeat(40), first), {}, PUSH_ENV);
    expect(initial.exitCode, initial.stdout).toBeUndefined();
    expect(tags(remote)).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0', 'scorecard#development#1', 'scorecard@v1.0.0']);

    const { before, after } = mergePullRequest(repo, 12, 'to-staging', () => {
      setStage(repo, MANIFEST, 'staging');
      setStage(repo, SCORECARD, 'staging');
    }, [
      ['bob', 'APPROVED'],
      ['carol', 'CHANGES_REQUESTED'],
      ['dave', 'COMMENTED'],
      ['carol', 'APPROVED'],
      ['alice', 'COMMENTED'],
    ]);
    github.requests.length = 0;
    const runs = [];
    // Three runs of the same push: the first promotes, the others find everything done. That a re-run plans
    // no tag is core/promotion/plan.test.ts's; that 20 runs make one deployment, io/github/deployments.test.ts's.
    for (let i = 0; i < 3; i++) runs.push(await runner.run(repo, 'push', pushPayload(before, after), {}, PUSH_ENV));
    for (const run of runs) {
      expect(run.exitCode, run.stdout).toBeUndefined();
      expect(JSON.parse(run.outputs['promoted']!)).toEqual(['credit-risk', 'scorecard']);
    }
    expect(runs[0]!.stdout).toContain(`modelops promote (push to the default branch main)`);
    expect(runs[0]!.stdout).toContain('Pull request #12 by @alice, approved by @bob, @carol (reviews as they stood at the merge).');
    expect(runs[0]!.summary).toMatch(/modelops promote: (pass|warn)/);

    // The tags, once, on the remote: pushed with the tagger of the workflow token.
    const expected = ['credit-risk#development#1', 'credit-risk#staging#2', 'credit-risk@v1.0.0', 'scorecard#development#1', 'scorecard#staging#2', 'scorecard@v1.0.0'];
    expect(tags(remote)).toEqual(expected);
    expect(git(remote, 'for-each-ref', '--format=%(taggername) %(taggeremail)', 'refs/tags/credit-risk#staging#2').trim()).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    const evidence = parseEvidence(git(remote, 'for-each-ref', '--format=%(contents:body)', 'refs/tags/credit-risk#staging#2'));
    expect(evidence.status === 'present' && evidence.evidence).toMatchObject({
      mergeCommit: after,
      range: { from: before, to: after },
      pullRequest: { number: 12, author: 'alice', approvers: ['bob', 'carol'], url: 'https://github.com/octo-org/credit-models/pull/12' },
      workflowRun: 'https://github.com/octo-org/credit-models/actions/runs/4002',
    });

    // One deployment per model and stage tag, each with one success status, whatever the number of runs.
    const staging = github.deployments(REPO).filter((d) => d.environment === 'staging');
    expect(staging.map((d) => [d.ref, d.payload, d.statuses.map((s) => s.state)])).toEqual([
      ['credit-risk#staging#2', { model: 'credit-risk', version: '1.0.0' }, ['success']],
      ['scorecard#staging#2', { model: 'scorecard', version: '1.0.0' }, ['success']],
    ]);
    expect(github.deployments(REPO).filter((d) => d.environment === 'development')).toHaveLength(2);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/deployments'))).toHaveLength(2);
    expect(github.requests.every((r) => r.authorized)).toBe(true);
  });

  it('opens one issue when a model is blocked at promote time, updates it on a re-run, and closes it once the model is promoted', { timeout: 120_000 }, async () => {
    const { repo, first } = repository();
    await runner.run(repo, 'push', pushPayload('0'.repeat(40), first), {}, PUSH_ENV);

    // Merged with a bound the model cannot meet: the blocking staging gate stops the promotion.
    const bad = mergePullRequest(repo, 13, 'too-strict', () => {
      setStage(repo, MANIFEST, 'staging');
      editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'roc_auc: {min: 0.72}', 'roc_auc: {min: 0.95}'), 'version: 1.0.0', 'version: 1.1.0'));
    }, [['bob', 'APPROVED']]);
    const blocked = await runner.run(repo, 'push', pushPayload(bad.before, bad.after), {}, PUSH_ENV);
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs['result']).toBe('fail');
    expect(JSON.parse(blocked.outputs['promoted']!)).toEqual([]);
    const issues = () => github.issues(REPO);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({ title: 'modelops: credit-risk 1.1.0 was not promoted to staging', state: 'open', login: 'github-actions[bot]' });
    expect(issues()[0]!.body.startsWith('<!-- modelops:promotion:credit-risk -->\n')).toBe(true);
    expect(issues()[0]!.body).toMatch(/\*\*Why:\*\* performance gate fail: .*roc_auc/);
    expect(issues()[0]!.body).toContain('| performance | roc_auc | 0.7794 | ≥ 0.95 | ❌ fail |');
    expect(issues()[0]!.body).toContain('([#13](https://github.com/octo-org/credit-models/pull/13) by @alice)');
    expect(github.deployments(REPO).filter((d) => d.environment === 'staging')).toEqual([]);

    // Re-run: the same issue, not a second one.
    const again = await runner.run(repo, 'push', pushPayload(bad.before, bad.after), {}, PUSH_ENV);
    expect(again.exitCode).toBe(1);
    expect(issues()).toHaveLength(1);

    // The fix, in a new version: promoted, and the issue is closed with a comment.
    const fix = mergePullRequest(repo, 14, 'fix', () => editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'roc_auc: {min: 0.95}', 'roc_auc: {min: 0.72}'), 'version: 1.1.0', 'version: 1.2.0')), [['bob', 'APPROVED']]);
    const fixed = await runner.run(repo, 'push', pushPayload(fix.before, fix.after), {}, PUSH_ENV);
    expect(fixed.exitCode, fixed.stdout).toBeUndefined();
    expect(JSON.parse(fixed.outputs['promoted']!)).toEqual(['credit-risk']);
    expect(issues()).toEqual([expect.objectContaining({ number: 1, state: 'closed', stateReason: 'completed' })]);
    expect(github.comments(`${REPO}#1`).map((c) => c.body)).toEqual([expect.stringMatching(/^<!-- modelops:promotion:credit-risk -->\n✅ credit-risk 1\.2\.0 \(staging\): promoted — created credit-risk@v1\.2\.0, credit-risk#staging#\d+/)]);
    expect(github.deployments(REPO).filter((d) => d.environment === 'staging').map((d) => d.ref)).toEqual([expect.stringMatching(/^credit-risk#staging#\d+$/)]);
  });

  it('refuses a promotion whose only approval was given before the last push to the pull request (approvals.older_commits: discard)', { timeout: 120_000 }, async () => {
    const { repo, remote, first } = repository();
    await runner.run(repo, 'push', pushPayload('0'.repeat(40), first), {}, PUSH_ENV);
    // @bob approves the branch's first commit; the author then pushes a second one, and the pull request is merged.
    let reviewed = '';
    const merged = mergePullRequest(repo, 40, 'pushed-after-review', () => {
      setStage(repo, MANIFEST, 'staging');
      reviewed = commitAll(repo, 'credit-risk to staging');
      appendFileSync(join(repo, 'CHANGELOG.md'), 'a second push after the review\n');
    }, []);
    github.addReview(`${REPO}#40`, { author: 'bob', state: 'APPROVED', submittedAt: new Date(Date.parse(merged.mergedAt) - 60_000).toISOString(), commitId: reviewed });
    const refused = await runner.run(repo, 'push', pushPayload(merged.before, merged.after), {}, PUSH_ENV);
    expect(refused.exitCode, refused.stdout).toBe(1);
    expect(JSON.parse(refused.outputs['promoted']!)).toEqual([]);
    expect(refused.stdout).toContain('Pull request #40 by @alice, approved by @bob (not on the merged head) (reviews as they stood at the merge).');
    expect(tags(remote).filter((t) => t.startsWith('credit-risk#staging'))).toEqual([]);
    const issue = github.issues(REPO).find((i) => i.title.includes('credit-risk'))!;
    expect(issue.body).toContain(`approvals: 0 of 1 approval from @credit-ml/ml-engineers: 1 more approval needed from @credit-ml/ml-engineers; @bob approved ${reviewed.slice(0, 7)} (an older commit), not counted: approvals.older_commits: discard`);
    // The same approval on the head that was merged promotes.
    github.reset();
    github.addTeam('credit-ml/ml-engineers', ['bob', 'carol']);
    const head = git(repo, 'rev-parse', `${merged.after}^2`).trim();
    github.addPullRequest({ repo: REPO, number: 40, author: 'alice', headSha: head, mergeCommitSha: merged.after, mergedAt: merged.mergedAt });
    github.addReview(`${REPO}#40`, { author: 'bob', state: 'APPROVED', submittedAt: new Date(Date.parse(merged.mergedAt) - 60_000).toISOString() });
    const promoted = await runner.run(repo, 'push', pushPayload(merged.before, merged.after), {}, PUSH_ENV);
    expect(promoted.exitCode, promoted.stdout).toBeUndefined();
    expect(JSON.parse(promoted.outputs['promoted']!)).toContain('credit-risk');
  });

  it('fails the step, tags kept, when the token may not create deployments; a re-run with the permission completes it', { timeout: 120_000 }, async () => {
    const { repo, remote, first } = repository();
    github.options.readOnly = true;
    try {
      const denied = await runner.run(repo, 'push', pushPayload('0'.repeat(40), first), {}, PUSH_ENV);
      expect(denied.exitCode).toBe(1);
      expect(denied.stdout).toMatch(/::error::modelops promote: fail/);
      expect(denied.summary).toMatch(/credit-risk 1\.0\.0 is tagged \(credit-risk#development#1\), but its GitHub deployment to development could not be recorded: .*HTTP 403/);
      expect(denied.summary).toContain('give the job permissions: deployments: write');
    } finally {
      github.options.readOnly = false;
    }
    expect(tags(remote)).toHaveLength(4);
    const rerun = await runner.run(repo, 'push', pushPayload('0'.repeat(40), first), {}, PUSH_ENV);
    expect(rerun.exitCode, rerun.stdout).toBeUndefined();
    expect(github.deployments(REPO).map((d) => d.ref)).toEqual(['credit-risk#development#1', 'scorecard#development#1']);
  });

  it('refuses production without the approvals given before the merge and without the soak, and promotes it on the next push once waivers are merged', { timeout: 180_000 }, async () => {
    const { repo, remote, first } = repository();
    await runner.run(repo, 'push', pushPayload('0'.repeat(40), first), {}, PUSH_ENV);
    const staging = mergePullRequest(repo, 30, 'to-staging', () => setStage(repo, MANIFEST, 'staging'), [['bob', 'APPROVED']]);
    expect((await runner.run(repo, 'push', pushPayload(staging.before, staging.after), {}, PUSH_ENV)).exitCode).toBeUndefined();

    // Straight on to production: @carol approved before the merge, @dave only after it, and @carol's later dismissal is after it too.
    const production = mergePullRequest(repo, 31, 'to-production', () => setStage(repo, MANIFEST, 'production'), [['carol', 'APPROVED']]);
    const afterMerge = new Date(Date.parse(production.mergedAt) + 5 * 60_000).toISOString();
    github.addReview(`${REPO}#31`, { author: 'dave', state: 'APPROVED', submittedAt: afterMerge });
    github.addReview(`${REPO}#31`, { author: 'carol', state: 'DISMISSED', submittedAt: afterMerge });
    const refused = await runner.run(repo, 'push', pushPayload(production.before, production.after), {}, PUSH_ENV);
    expect(refused.exitCode, refused.stdout).toBe(1);
    expect(JSON.parse(refused.outputs['promoted']!)).toEqual([]);
    expect(refused.stdout).toContain('Pull request #31 by @alice, approved by @carol (reviews as they stood at the merge).');
    expect(tags(remote).filter((t) => t.includes('production'))).toEqual([]);
    const issue = github.issues(REPO).find((i) => i.title.includes('credit-risk'))!;
    expect(issue).toMatchObject({ state: 'open', title: 'modelops: credit-risk 1.0.0 was not promoted to production' });
    expect(issue.body).toMatch(/approvals gate fail: approvals: 1 of 2 approvals from @credit-ml\/model-risk \(@carol\): 1 more approval needed/);
    expect(issue.body).toMatch(/soak in staging: 1\.0\.0 has been in staging for \d+ minutes? .*short of the soak of 7d before production/);

    // The model-risk lead waives both for 1.0.0 in a reviewed policy change; that push's run promotes the model, whose change is outside its range.
    const waivers = mergePullRequest(repo, 32, 'waive', () =>
      appendFileSync(
        join(repo, 'modelops.yaml'),
        'waivers:\n' +
          ['approvals', 'soak'].map((check) => `  - model: credit-risk\n    version: 1.0.0\n    check: ${check}\n    reason: incident INC-7 needs 1.0.0 in production today; @dave reviewed it five minutes after the merge\n    approved_by: ["@erin"]\n    expires: 2099-12-31\n`).join(''),
      ),
    [['erin', 'APPROVED']]);
    const accepted = await runner.run(repo, 'push', pushPayload(waivers.before, waivers.after), {}, PUSH_ENV);
    expect(accepted.exitCode, accepted.stdout).toBeUndefined();
    expect(JSON.parse(accepted.outputs['promoted']!)).toEqual(['credit-risk']);
    expect(tags(remote)).toContain('credit-risk#production#3');
    const evidence = parseEvidence(git(remote, 'for-each-ref', '--format=%(contents:body)', 'refs/tags/credit-risk#production#3'));
    expect(evidence.status).toBe('present');
    if (evidence.status !== 'present') return;
    expect(evidence.evidence).toMatchObject({ mergeCommit: waivers.after, range: { from: production.before, to: waivers.after }, pullRequest: { number: 31, approvers: ['carol'] } });
    const enforcement = evidence.evidence.report.models[0]!.enforcement!;
    expect(enforcement.requirements.find((r) => r.check === 'approvals')).toMatchObject({ status: 'waived', approvals: [{ login: 'carol', source: 'verified', counted: true, membership: 'team-member', detail: '@credit-ml/model-risk' }] });
    expect(enforcement.requirements.find((r) => r.check === 'soak')!.status).toBe('waived');
    expect(enforcement.waivers.map((w) => [w.check, w.approvedBy])).toEqual([
      ['approvals', ['@erin']],
      ['soak', ['@erin']],
    ]);
    expect(github.issues(REPO).find((i) => i.number === issue.number)!.state).toBe('closed');
  });
});
