// The GitHub client against a loopback server that records requests: pagination, identity, retries
// of 5xx and rate limits without repeating a POST that may have landed, refusals, GHES base URLs.
import { describe, expect, it } from 'vitest';
import { loopbackGitHub } from '../../testing/github-loopback.js';
import { recordingSleep } from '../../testing/sleep.js';
import { GitHubApiError } from './client.js';

const TOKEN = 'ghs_loopbackTestToken0123456789';
const repo = { owner: 'octo-org', repo: 'credit-models' };
const ISSUE = 'octo-org/credit-models#7';
const { github, client } = await loopbackGitHub({ token: TOKEN });
const calls = (method: string, path: RegExp) => github.requests.filter((r) => r.method === method && path.test(r.path));

describe('listIssueComments', () => {
  it('follows the Link header through every page, 100 at a time', async () => {
    for (let i = 0; i < 250; i++) github.addComment(ISSUE, `comment ${i}`, i % 2 ? 'octocat' : 'github-actions[bot]');
    const comments = await client().listIssueComments(repo, 7);
    expect(comments).toHaveLength(250);
    expect(comments[249]).toMatchObject({ body: 'comment 249', author: 'octocat' });
    expect(comments[0]!.url).toMatch(/^https:\/\/github\.com\/octo-org\/credit-models\/pull\/7#issuecomment-\d+$/);
    expect(github.requests.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
    expect(github.requests.every((r) => r.query['per_page'] === '100' && r.authorized)).toBe(true);
  });

  it('retries a 502 and a 503 and returns the page once', async () => {
    github.addComment(ISSUE, 'hello', 'octocat');
    github.faults.push({ method: 'GET', path: /comments$/, status: 502, times: 1 }, { method: 'GET', path: /comments$/, status: 503, times: 1 });
    expect(await client().listIssueComments(repo, 7)).toHaveLength(1);
    expect(github.requests.map((r) => r.status)).toEqual([502, 503, 200]);
  });

  it('gives up after its retries with an error that names the request and not the token', async () => {
    github.faults.push({ method: 'GET', path: /comments$/, status: 500, times: 10, message: 'Server Error' });
    const error = await client({ retries: 2 }).listIssueComments(repo, 7).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).message).toBe('GET /repos/octo-org/credit-models/issues/7/comments: HTTP 500 (Server Error)');
    expect((error as GitHubApiError).ambiguous).toBe(true);
    expect(String((error as Error).stack)).not.toContain(TOKEN);
    expect(github.requests).toHaveLength(3);
  });
});

describe('rate limits', () => {
  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) and retries', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    github.faults.push({ method: 'GET', path: /comments$/, status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    expect(await client().listIssueComments(repo, 7)).toEqual([]);
    expect(github.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('waits out a secondary rate limit (403 with retry-after) and retries', async () => {
    github.faults.push({ method: 'GET', path: /comments$/, status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } });
    expect(await client().listIssueComments(repo, 7)).toEqual([]);
    expect(github.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('retries a POST refused with 429 after the retry-after it names, and posts exactly one comment', async () => {
    github.faults.push({ method: 'POST', path: /comments$/, status: 429, headers: { 'retry-after': '2' }, times: 2 });
    const sleep = recordingSleep();
    const comment = await client({ retryAfterBaseValue: 1000, sleep }).createIssueComment(repo, 7, 'report');
    expect(github.comments(ISSUE)).toEqual([expect.objectContaining({ id: comment.id, body: 'report' })]);
    expect(calls('POST', /comments$/).map((r) => r.status)).toEqual([429, 429, 201]);
    expect(sleep.waits).toEqual([2000, 2000]);
  });

  it('without retry-after, waits 1 s, then 4 s, then gives up after its retries', async () => {
    github.faults.push({ method: 'POST', path: /comments$/, status: 429, times: 3 });
    const sleep = recordingSleep();
    const error = await client({ retryAfterBaseValue: 1000, retries: 2, sleep }).createIssueComment(repo, 7, 'report').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429 });
    expect(calls('POST', /comments$/).map((r) => r.status)).toEqual([429, 429, 429]);
    expect(sleep.waits).toEqual([1000, 4000]);
  });

  it('paces writes a second apart by default, as GitHub asks', async () => {
    const gh = client({ paceWrites: true });
    const start = Date.now();
    const first = await gh.createIssueComment(repo, 7, 'one');
    await gh.updateIssueComment(repo, first.id, 'two');
    await gh.updateIssueComment(repo, first.id, 'three');
    // Three writes, each at least a second after the one before (the timers' millisecond rounding aside).
    expect(Date.now() - start).toBeGreaterThanOrEqual(1990);
    expect(github.comments(ISSUE).map((c) => c.body)).toEqual(['three']);
  });

  it('does not wait for a rate limit that resets later than it may wait', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    github.faults.push({ method: 'GET', path: /comments$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    const error = await client().listIssueComments(repo, 7).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, denied: false });
    expect(github.requests).toHaveLength(1);
  });
});

describe('createIssueComment', () => {
  it('does not repeat a POST whose response was a 502: the comment may exist', async () => {
    github.faults.push({ method: 'POST', path: /comments$/, status: 502, afterApplying: true });
    const error = await client().createIssueComment(repo, 7, 'report').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, ambiguous: true, denied: false });
    expect(calls('POST', /comments$/)).toHaveLength(1);
    expect(github.comments(ISSUE)).toHaveLength(1);
  });

  it('reports a read-only token (a fork\'s pull request) as denied, without retrying', async () => {
    github.options.readOnly = true;
    const error = await client().createIssueComment(repo, 7, 'report').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, denied: true, ambiguous: false });
    expect((error as Error).message).toBe('POST /repos/octo-org/credit-models/issues/7/comments: HTTP 403 (Resource not accessible by integration)');
    expect(github.requests).toHaveLength(1);
  });
});

describe('update and delete', () => {
  it('updates a comment, and treats deleting one that is gone as done', async () => {
    const c = github.addComment(ISSUE, 'old', 'github-actions[bot]');
    const gh = client();
    expect(await gh.updateIssueComment(repo, c.id, 'new')).toMatchObject({ id: c.id, body: 'new', author: 'github-actions[bot]' });
    await gh.deleteIssueComment(repo, c.id);
    await gh.deleteIssueComment(repo, c.id);
    expect(github.comments(ISSUE)).toEqual([]);
    expect(github.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200', 'DELETE 204', 'DELETE 404']);
  });
});

describe('identity', () => {
  it('is github-actions[bot] for GITHUB_TOKEN: /user is refused, the viewer query answers', async () => {
    const gh = client();
    expect(await gh.identity()).toBe('github-actions[bot]');
    expect(await gh.identity()).toBe('github-actions[bot]');
    expect(github.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 403', 'POST /graphql 200']);
  });

  it('is the user of a personal token', async () => {
    github.options.userEndpoint = true;
    github.options.login = 'release-bot';
    expect(await client().identity()).toBe('release-bot');
    expect(github.requests).toHaveLength(1);
  });

  it('falls back to github-actions[bot] when neither /user nor the viewer answers', async () => {
    github.options.viewer = false;
    expect(await client().identity()).toBe('github-actions[bot]');
  });
});

describe('GitHub Enterprise Server', () => {
  it('uses GITHUB_API_URL with its /api/v3 path, and /api/graphql for the viewer', async () => {
    const gh = client({ apiUrl: `${github.url}/api/v3/` });
    await gh.listIssueComments(repo, 7);
    await gh.identity();
    expect(github.requests.map((r) => r.url.split('?')[0])).toEqual(['/api/v3/repos/octo-org/credit-models/issues/7/comments', '/api/v3/user', '/api/graphql']);
  });
});

describe('pull requests, reviews and teams', () => {
  it('finds the pull request of a merge commit and reads every page of its reviews', async () => {
    github.addPullRequest({ repo: 'octo-org/credit-models', number: 7, author: 'alice', headSha: 'b'.repeat(40), mergeCommitSha: 'c'.repeat(40), mergedAt: '2024-05-01T10:00:00Z' });
    for (let i = 0; i < 120; i++) github.addReview('octo-org/credit-models#7', { author: `reviewer${i}`, state: i % 2 ? 'APPROVED' : 'COMMENTED', ...(i === 2 ? { commitId: 'd'.repeat(40) } : i === 3 ? { commitId: null } : {}) });
    const gh = client();
    expect(await gh.listPullRequestsOfCommit(repo, 'c'.repeat(40))).toEqual([
      { number: 7, author: 'alice', state: 'closed', url: 'https://github.com/octo-org/credit-models/pull/7', mergedAt: '2024-05-01T10:00:00Z', mergeCommitSha: 'c'.repeat(40), baseRef: expect.any(String), headSha: 'b'.repeat(40) },
    ]);
    const reviews = await gh.listPullRequestReviews(repo, 7);
    expect(reviews).toHaveLength(120);
    expect(reviews[1]).toMatchObject({ author: 'reviewer1', state: 'APPROVED', authorAssociation: 'MEMBER', commitId: 'b'.repeat(40) });
    // The commit each review was given on (commit_id): the head when reviewed, an earlier one, or none.
    expect(reviews[2]!.commitId).toBe('d'.repeat(40));
    expect(reviews[3]).not.toHaveProperty('commitId');
    expect(github.requests.filter((r) => r.path.endsWith('/reviews')).map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
  });

  it('tells a member from a non-member (404), and reports a team the token cannot see as denied', async () => {
    github.addTeam('credit-ml/model-risk', ['bob']);
    const gh = client();
    expect(await gh.getTeam('credit-ml', 'model-risk')).toEqual({ slug: 'model-risk', name: 'model-risk' });
    expect(await gh.getTeamMembership('credit-ml', 'model-risk', 'bob')).toBe('active');
    expect(await gh.getTeamMembership('credit-ml', 'model-risk', 'mallory')).toBeUndefined();
    github.options.teamsReadable = false;
    try {
      await expect(gh.getTeam('credit-ml', 'model-risk')).rejects.toMatchObject({ status: 403, denied: true, message: 'GET /orgs/credit-ml/teams/model-risk: HTTP 403 (Resource not accessible by integration)' });
    } finally {
      delete github.options.teamsReadable;
    }
  });
});
