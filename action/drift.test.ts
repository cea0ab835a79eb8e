// The Action on a schedule and on a manual dispatch (the real workflow_dispatch payload): drift on a git
// copy of the example whose production tag has a controlled date; one issue per drifted model, found
// again and updated, closed with a comment when the model recovers, reopened when it drifts again; a
// retraining dispatch only outside min_interval, and not again within it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { startFakeGitHub, webhookPayload, type FakeGitHub } from '../src/testing/github-server.js';
import type { Report } from '../src/core/report/model.js';
import { readMonitoringLog } from '../src/io/git/monitoring-log.js';
import { commitAll, dated, editFile, gitWith, initGit, MANIFEST, removeScratchRepos, replaceOnce, scratchRepo, snapshotRepo } from '../src/testing/repos.js';
import { ACTION_TOKEN, actionRunner, type ActionRunner } from './testing.js';

const REPO = 'octo-org/credit-models';
const STABLE = 'models/credit-risk/data/current/*.csv';
const DRIFTED = 'models/credit-risk/data/current-drifted.csv';
const MARKER = '<!-- modelops:drift:credit-risk -->';
let github: FakeGitHub;
let runner: ActionRunner;

beforeAll(async () => {
  github = await startFakeGitHub({ token: ACTION_TOKEN });
  runner = actionRunner(github, { GITHUB_WORKFLOW: 'modelops drift', GITHUB_JOB: 'drift' });
});
afterAll(async () => {
  await github.close();
  runner.cleanup();
  removeScratchRepos();
});
beforeEach(() => github.reset());

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** The example in production since `promotedDaysAgo` (annotated tags with that date), its monitoring reading `current`. */
function productionRepo(promotedDaysAgo: number, trigger = '{type: none}'): string {
  const repo = snapshotRepo();
  editFile(repo, MANIFEST, (t) => replaceOnce(t, 'trigger: {type: none}', `trigger: ${trigger}`));
  initGit(repo);
  gitWith(repo, dated(daysAgo(promotedDaysAgo)), 'tag', '-a', 'credit-risk@v1.0.0', '-m', 'register');
  gitWith(repo, dated(daysAgo(promotedDaysAgo)), 'tag', '-a', 'credit-risk#production#1', '-m', 'assign');
  return repo;
}

/** Points monitoring.current at another sample (a glob, or one file as a glob of one), committed. */
function readCurrent(repo: string, glob: string): void {
  editFile(repo, MANIFEST, (t) => t.replace(/(  current:\n    glob: )\S+\n/, `$1${glob}\n`));
  commitAll(repo, `monitoring reads ${glob}`);
}

/** The scheduled event: GitHub sends the cron with the repository (shaped from the workflow_dispatch example's repository). */
function schedulePayload(): Record<string, any> {
  const example = webhookPayload('workflow_dispatch');
  return { schedule: '0 6 * * 1', repository: { ...example['repository'], full_name: REPO, name: 'credit-models', default_branch: 'main' }, sender: example['sender'] };
}
function dispatchPayload(): Record<string, any> {
  const payload = webhookPayload('workflow_dispatch');
  payload['repository'] = { ...payload['repository'], full_name: REPO, name: 'credit-models', default_branch: 'main' };
  return payload;
}
const issues = () => github.issues(REPO);

describe('the Action on a schedule, over time', () => {
  it('checks the production weeks as weekly chunks, pushes its chunks to the monitoring log on origin, and the issue says since when', { timeout: 120_000 }, async () => {
    // the example as it is (monitoring.chunks), cloned from an origin (drift needs the tags, so fetch-depth 0;
    // the log branch is fetched by modelops itself: src/commands/drift-series.test.ts covers a shallow clone)
    const work = scratchRepo();
    initGit(work);
    gitWith(work, dated(daysAgo(20)), 'tag', '-a', 'credit-risk#production#1', '-m', 'assign');
    const scratch = mkdtempSync(join(tmpdir(), 'modelops-origin-'));
    onTestFinished(() => rmSync(scratch, { recursive: true, force: true }));
    const origin = join(scratch, 'origin.git');
    gitWith(work, {}, 'clone', '-q', '--bare', work, origin);
    const checkout = join(scratch, 'checkout');
    gitWith(work, {}, 'clone', '-q', `file://${origin}`, checkout);

    const run = await runner.run(checkout, 'schedule', schedulePayload());
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs['report'], run.stdout).toBeTruthy();
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as Report;
    const monitoring = report.models[0]!.monitoring!;
    expect(monitoring.latest).toMatchObject({ chunk: '2026-W49', driftingSince: '2026-W44' });
    expect(monitoring.history).toMatchObject({ branch: 'modelops/monitoring', appended: 14 });
    const log = await readMonitoringLog(origin, 'credit-risk');
    expect(log).toHaveLength(14);
    expect(new Set(log.map((r) => r.run))).toEqual(new Set([expect.stringMatching(/^\d+-1$/)]));
    const issue = issues().find((i) => i.body.includes(MARKER))!;
    expect(issue.body).toContain('**Drifting since 2026-W44');
    expect(issue.body).toContain('xychart-beta');
  });
});

describe('the Action on a schedule', () => {
  it('reads the current input instead of monitoring.current, with no manifest change, and records what it read', { timeout: 60_000 }, async () => {
    const repo = productionRepo(20);
    const run = await runner.run(repo, 'workflow_dispatch', dispatchPayload(), { command: 'drift', current: DRIFTED });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(JSON.parse(run.outputs['drifted']!)).toEqual(['credit-risk']);
    const report = JSON.parse(readFileSync(run.outputs['report']!, 'utf8')) as { models: { evaluation: { drift: { current: unknown } } }[] };
    expect(report.models[0]!.evaluation.drift.current).toMatchObject({ dataset: DRIFTED, rows: 300, sources: [{ file: DRIFTED, rows: 300 }] });
    expect(run.summary).toContain(`**Current data:** read ${DRIFTED} (300 rows`);
  });

  it('opens one issue for a drifted model, updates it on the next run, closes it with a comment on recovery, reopens it when it drifts again', { timeout: 120_000 }, async () => {
    const repo = productionRepo(10);
    readCurrent(repo, DRIFTED);

    const first = await runner.run(repo, 'schedule', schedulePayload());
    expect(first.stdout).toContain('modelops drift (schedule event)');
    expect(first.exitCode).toBe(1); // drifted: the step fails (fail-on: fail)
    expect(JSON.parse(first.outputs['drifted']!)).toEqual(['credit-risk']);
    expect(issues()).toHaveLength(1);
    const issue = issues()[0]!;
    expect(issue).toMatchObject({ number: 1, state: 'open', login: 'github-actions[bot]', title: expect.stringMatching(/^modelops: credit-risk 1\.0\.0 drifted \(.*age.*\)$/) });
    expect(issue.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(issue.body).toContain('cc @credit-ml/ml-engineers');
    expect(first.stdout).toMatch(/credit-risk drifted: issue #1 created\./);
    expect(first.summary).toContain('modelops drift: fail');

    // Next week, still drifted (and 150 other bot issues in the way): the same issue, nothing opened.
    for (let i = 0; i < 150; i++) github.addIssue(REPO, { title: `other ${i}`, body: 'not modelops', login: 'github-actions[bot]' });
    const second = await runner.run(repo, 'workflow_dispatch', dispatchPayload());
    expect(second.stdout).toContain('modelops drift (workflow_dispatch event)');
    // The same findings: the issue is compared on its identity (not the date or the age) and left alone.
    expect(second.stdout).toMatch(/credit-risk drifted: issue #1 unchanged\./);
    expect(issues().filter((i) => i.body.includes(MARKER))).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);

    // Recovered: closed, with the check's conclusion as the closing comment.
    readCurrent(repo, STABLE);
    const recovered = await runner.run(repo, 'schedule', schedulePayload());
    expect(recovered.exitCode, recovered.stdout).toBeUndefined();
    expect(JSON.parse(recovered.outputs['drifted']!)).toEqual([]);
    expect(issues()[0]).toMatchObject({ number: 1, state: 'closed', stateReason: 'completed' });
    expect(github.comments(`${REPO}#1`).map((c) => c.body)).toEqual([expect.stringContaining('neither drifted nor stale; this issue can be closed')]);
    // A further quiet run changes nothing.
    github.requests.length = 0;
    await runner.run(repo, 'schedule', schedulePayload());
    expect(github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);

    // Drifting again reopens the same issue.
    readCurrent(repo, DRIFTED);
    await runner.run(repo, 'schedule', schedulePayload());
    expect(issues().filter((i) => i.body.includes(MARKER))).toEqual([expect.objectContaining({ number: 1, state: 'open', stateReason: 'reopened' })]);
  });

  it('does not dispatch retraining within min_interval of the production promotion', { timeout: 60_000 }, async () => {
    const repo = productionRepo(10, '{type: workflow_dispatch, workflow: retrain.yml}');
    readCurrent(repo, DRIFTED);
    const run = await runner.run(repo, 'schedule', schedulePayload());
    expect(run.exitCode).toBe(1);
    expect(github.dispatches).toEqual([]);
    expect(run.stdout).toMatch(/credit-risk: retraining not dispatched \(drifted, but promoted less than min_interval 30d ago: not dispatched\)/);
    expect(issues()[0]!.body).toContain('**Retraining:** drifted, but promoted less than min_interval 30d ago: not dispatched.');
  });

  it('dispatches the retraining workflow once outside min_interval, records it on the issue, and not again within min_interval', { timeout: 60_000 }, async () => {
    const repo = productionRepo(60, '{type: workflow_dispatch, workflow: retrain.yml}');
    readCurrent(repo, DRIFTED);
    const first = await runner.run(repo, 'schedule', schedulePayload());
    expect(first.exitCode).toBe(1);
    expect(github.dispatches).toEqual([{ repo: REPO, kind: 'workflow_dispatch', target: 'retrain.yml', ref: 'main', inputs: { model: 'credit-risk', version: '1.0.0' } }]);
    expect(first.stdout).toContain('credit-risk: retraining dispatched (workflow retrain.yml on main).');
    const record = github.comments(`${REPO}#1`);
    expect(record).toEqual([expect.objectContaining({ body: expect.stringMatching(/^<!-- modelops:retraining-dispatched:credit-risk at=\S+Z -->\nRetraining dispatched: workflow `retrain\.yml` on `main` with model `credit-risk`, version `1\.0\.0`/) })]);

    const second = await runner.run(repo, 'schedule', schedulePayload());
    expect(second.exitCode).toBe(1);
    expect(github.dispatches).toHaveLength(1);
    expect(issues()[0]!.body).toMatch(/\*\*Retraining:\*\* already dispatched on \d{4}-\d{2}-\d{2}, less than min_interval 30d ago \(see #1\): not dispatched again\./);
  });

  it('sends a repository_dispatch with the model and version when the manifest asks for one', { timeout: 60_000 }, async () => {
    const repo = productionRepo(400, '{type: repository_dispatch, event_type: retrain-model}');
    // Stale (400 days > max_interval 365d) on undrifted data: an issue and a dispatch all the same.
    const run = await runner.run(repo, 'schedule', schedulePayload());
    expect(run.exitCode).toBe(1);
    expect(issues()[0]!.title).toBe('modelops: credit-risk 1.0.0 stale');
    expect(github.dispatches).toEqual([
      { repo: REPO, kind: 'repository_dispatch', target: 'retrain-model', clientPayload: { model: 'credit-risk', version: '1.0.0', drifted: false, stale: true, reason: expect.stringContaining('stale'), issue: 1 } },
    ]);
  });

  it('fails the step with the permission to grant when the dispatch is refused', { timeout: 60_000 }, async () => {
    const repo = productionRepo(60, '{type: workflow_dispatch, workflow: retrain.yml}');
    readCurrent(repo, DRIFTED);
    github.faults.push({ method: 'POST', path: /\/dispatches$/, status: 403, message: 'Resource not accessible by integration' });
    const run = await runner.run(repo, 'schedule', schedulePayload());
    expect(run.exitCode).toBe(1);
    expect(run.summary).toMatch(/credit-risk needs retraining, but the workflow_dispatch could not be sent: .*HTTP 403/);
    expect(run.summary).toContain('give the job `permissions: actions: write`');
    // GitHub refused it outright, so nothing happened: the record says so and does not hold back the next run.
    expect(github.comments(`${REPO}#1`)).toEqual([expect.objectContaining({ body: expect.stringMatching(/^<!-- modelops:retraining-not-dispatched:credit-risk at=\S+Z -->\nRetraining not dispatched: .*GitHub refused it .*The next run tries again\./) })]);
    const retry = await runner.run(repo, 'schedule', schedulePayload());
    expect(retry.stdout).toContain('credit-risk: retraining dispatched (workflow retrain.yml on main).');
    expect(github.dispatches).toHaveLength(1);
  });

  it('records the dispatch before sending it, so a dispatch answered 502 after it landed is not sent again', { timeout: 60_000 }, async () => {
    const repo = productionRepo(60, '{type: workflow_dispatch, workflow: retrain.yml}');
    readCurrent(repo, DRIFTED);
    github.faults.push({ method: 'POST', path: /\/dispatches$/, status: 502, message: 'Bad Gateway', afterApplying: true });
    const first = await runner.run(repo, 'schedule', schedulePayload());
    expect(github.dispatches).toHaveLength(1);
    expect(first.summary).toMatch(/credit-risk: the workflow_dispatch may have been sent \(.*HTTP 502.*\); it is recorded on #1 and not sent again before min_interval/);
    const [record] = github.comments(`${REPO}#1`);
    expect(record!.body).toMatch(/^<!-- modelops:retraining-dispatched:credit-risk at=\S+Z -->\nRetraining dispatch possibly sent: workflow `retrain\.yml` on `main`.*GitHub answered .*HTTP 502/);
    // The record was written before the dispatch: the first write of the run's dispatch step.
    const writes = github.requests.filter((r) => r.method === 'POST' && /\/comments$|\/dispatches$/.test(r.path)).map((r) => r.path.split('/').at(-1));
    expect(writes).toEqual(['comments', 'dispatches']);

    const second = await runner.run(repo, 'schedule', schedulePayload());
    expect(second.stdout).toMatch(/credit-risk: retraining not dispatched \(already dispatched on \d{4}-\d{2}-\d{2}, less than min_interval 30d ago \(see #1\): not dispatched again\)/);
    expect(github.dispatches).toHaveLength(1);
  });
});
