// The check run against the loopback GitHub: created once per commit and name, updated when the report
// changes, left alone when it does not, never duplicated by a create whose answer was lost, and never
// the job's own check run of the same name.
import { describe, expect, it } from 'vitest';
import { loopbackGitHub } from '../../testing/github-loopback.js';
import { recordingSleep } from '../../testing/sleep.js';
import { upsertCheckRun } from './check-run.js';
import type { NewCheckRun } from './client.js';

const TOKEN = 'ghs_checkRunTestToken';
const REPO = 'octo-org/credit-models';
const repo = { owner: 'octo-org', repo: 'credit-models' };
const SHA = 'a'.repeat(40);
const { github, client } = await loopbackGitHub({ token: TOKEN });
const writes = () => github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
const run = (identity: string, conclusion: NewCheckRun['conclusion'] = 'success'): NewCheckRun => ({
  name: 'modelops',
  headSha: SHA,
  externalId: `modelops:${identity}`,
  conclusion,
  title: `modelops gate: ${conclusion}`,
  summary: `report ${identity}`,
  annotations: [{ path: 'models/credit-risk/model.yaml', startLine: 122, endLine: 122, startColumn: 7, level: 'failure', title: 'modelops fairness gate', message: 'breaks the bound' }],
});

describe('upsertCheckRun', () => {
  it('creates the check run once, leaves it when nothing changed, updates it when the report did', async () => {
    const gh = client();
    expect((await upsertCheckRun(gh, repo, run('one', 'failure'))).action).toBe('created');
    expect((await upsertCheckRun(gh, repo, run('one', 'failure'))).action).toBe('unchanged');
    expect((await upsertCheckRun(gh, repo, run('two', 'success'))).action).toBe('updated');
    expect(writes()).toEqual(['POST 201', 'PATCH 200']);
    expect(github.checkRuns(REPO)).toEqual([
      expect.objectContaining({ name: 'modelops', headSha: SHA, status: 'completed', conclusion: 'success', externalId: 'modelops:two', output: expect.objectContaining({ summary: 'report two' }) }),
    ]);
    expect(github.requests.find((r) => r.method === 'POST')!.body.output.annotations).toEqual([
      { path: 'models/credit-risk/model.yaml', start_line: 122, end_line: 122, start_column: 7, end_column: 7, annotation_level: 'failure', title: 'modelops fairness gate', message: 'breaks the bound' },
    ]);
  });

  it('does not create a second check run when the first create landed but its answer was lost', async () => {
    github.faults.push({ method: 'POST', path: /\/check-runs$/, status: 502, afterApplying: true });
    const sleep = recordingSleep();
    const outcome = await upsertCheckRun(client(), repo, run('one'), { sleep });
    expect(outcome.action).toBe('created');
    expect(github.checkRuns(REPO)).toHaveLength(1);
    expect(writes()).toEqual(['POST 502']);
    expect(sleep.waits).toEqual([]);
  });

  it("leaves the job's own check run of the same name alone", async () => {
    const gh = client();
    // What the job's run looks like: same name, no external id of ours.
    github.requests.length = 0;
    await gh.createCheckRun(repo, { ...run('job'), externalId: 'something-else' });
    expect((await upsertCheckRun(gh, repo, run('one'))).action).toBe('created');
    expect(github.checkRuns(REPO).map((c) => c.externalId)).toEqual(['something-else', 'modelops:one']);
  });
});
