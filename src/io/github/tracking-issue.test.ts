// Tracked issues against the loopback GitHub: one issue per marker, found on any page among issues of
// any state, only ever our own; updated, reopened, closed with a comment; never opened twice.
import { describe, expect, it } from 'vitest';
import { loopbackGitHub } from '../../testing/github-loopback.js';
import { IssueTracker } from './tracking-issue.js';

const TOKEN = 'ghs_issueTestToken';
const REPO = 'octo-org/credit-models';
const repo = { owner: 'octo-org', repo: 'credit-models' };
const MARKER = '<!-- modelops:drift:credit-risk -->';
const { github, client } = await loopbackGitHub({ token: TOKEN });

const tracker = () => new IssueTracker(client(), repo);
const issue = (text: string, title = 'credit-risk drifted') => ({ marker: MARKER, title, body: `${MARKER}\n${text}` });
const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path.replace(/^\/repos\/[^/]+\/[^/]+/, '')} ${r.status}`);

describe('IssueTracker', () => {
  it('opens the issue once, leaves it alone when nothing changed, and updates it when something did', async () => {
    expect((await tracker().open(issue('week 1'))).action).toBe('created');
    expect((await tracker().open(issue('week 1'))).action).toBe('unchanged');
    const updated = await tracker().open(issue('week 2', 'credit-risk drifted (age)'));
    expect(updated).toMatchObject({ action: 'updated', issue: { number: 1, title: 'credit-risk drifted (age)' } });
    expect(github.issues(REPO)).toEqual([expect.objectContaining({ number: 1, body: `${MARKER}\nweek 2`, state: 'open', login: 'github-actions[bot]' })]);
    expect(writes()).toEqual(['POST /issues 201', 'PATCH /issues/1 200']);
    // Listed by its creator, every state.
    expect(github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues')).every((r) => r.query['state'] === 'all' && r.query['creator'] === 'github-actions[bot]')).toBe(true);
  });

  it('compares on the identity when given: a body that differs only outside it (the date of the check) is not rewritten', async () => {
    const identity = '<!-- modelops:identity sha256=abc -->';
    const t = tracker();
    await t.open({ ...issue(`checked on 2026-12-01\n${identity}`), identity });
    github.requests.length = 0;
    expect((await t.open({ ...issue(`checked on 2026-12-08\n${identity}`), identity })).action).toBe('unchanged');
    expect(writes()).toEqual([]);
    const changed = '<!-- modelops:identity sha256=def -->';
    expect((await t.open({ ...issue(`checked on 2026-12-15\n${changed}`), identity: changed })).action).toBe('updated');
  });

  it('finds its issue behind 150 others (page 2), and ignores a copy of the marker by someone else', async () => {
    const ours = github.addIssue(REPO, { title: 'old', body: `${MARKER}\nold`, login: 'github-actions[bot]' });
    github.addIssue(REPO, { title: 'quoting the bot', body: `${MARKER}\nsee above`, login: 'octocat' });
    for (let i = 0; i < 150; i++) github.addIssue(REPO, { title: `other ${i}`, body: 'not ours', login: 'github-actions[bot]' });
    const outcome = await tracker().open(issue('new'));
    expect(outcome).toMatchObject({ action: 'updated', issue: { number: ours.number } });
    expect(github.requests.some((r) => r.method === 'GET' && r.query['page'] === '2')).toBe(true);
    expect(github.issues(REPO).filter((i) => i.body.includes(MARKER) && i.login === 'github-actions[bot]')).toHaveLength(1);
  });

  it('reopens a closed issue instead of opening another', async () => {
    github.addIssue(REPO, { title: 'old', body: `${MARKER}\nold`, login: 'github-actions[bot]', state: 'closed' });
    expect((await tracker().open(issue('again'))).action).toBe('reopened');
    expect(github.issues(REPO)).toEqual([expect.objectContaining({ number: 1, state: 'open', stateReason: 'reopened', body: `${MARKER}\nagain` })]);
  });

  it('closes the open issue with a comment, and does nothing when there is none', async () => {
    expect((await tracker().close(MARKER, 'recovered')).action).toBe('none');
    github.addIssue(REPO, { title: 'drifted', body: `${MARKER}\ndrifted`, login: 'github-actions[bot]' });
    expect((await tracker().close(MARKER, 'recovered')).action).toBe('closed');
    expect(github.issues(REPO)[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(github.comments(`${REPO}#1`).map((c) => c.body)).toEqual(['recovered']);
    expect((await tracker().close(MARKER, 'recovered')).action).toBe('none');
  });

  it('after a 502 on a POST that did land, finds the issue instead of opening a second', async () => {
    github.faults.push({ method: 'POST', path: /\/issues$/, status: 502, afterApplying: true });
    const outcome = await tracker().open(issue('once'));
    expect(outcome.issue).toMatchObject({ number: 1 });
    expect(github.issues(REPO)).toHaveLength(1);
  });

  it('closes the duplicates racing runs left, keeping the oldest', async () => {
    github.addIssue(REPO, { title: 'a', body: `${MARKER}\na`, login: 'github-actions[bot]' });
    github.addIssue(REPO, { title: 'b', body: `${MARKER}\nb`, login: 'github-actions[bot]' });
    const outcome = await tracker().open(issue('c'));
    expect(outcome).toMatchObject({ action: 'updated', issue: { number: 1 }, closedDuplicates: 1 });
    expect(github.issues(REPO).map((i) => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'not_planned'],
    ]);
    expect(github.comments(`${REPO}#2`)[0]!.body).toMatch(/^Duplicate of #1/);
  });

  it('reports a token without issues: write as denied', async () => {
    github.options.readOnly = true;
    await expect(tracker().open(issue('x'))).rejects.toMatchObject({ status: 403, denied: true });
  });
});
