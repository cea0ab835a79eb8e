// The sticky comment against the loopback GitHub: one comment per marker, found on any page, only
// ever our own, not re-posted when unchanged, moved by `recreate`, never duplicated by a retry.
import { describe, expect, it } from 'vitest';
import { loopbackGitHub } from '../../testing/github-loopback.js';
import { recordingSleep } from '../../testing/sleep.js';
import { upsertStickyComment, type StickyTarget } from './sticky-comment.js';

const TOKEN = 'ghs_stickyTestToken';
const ISSUE = 'octo-org/credit-models#7';
const MARKER = '<!-- modelops:report workflow=PR job=gate -->';
const target: StickyTarget = { repo: { owner: 'octo-org', repo: 'credit-models' }, issue: 7, marker: MARKER };
const { github, client } = await loopbackGitHub({ token: TOKEN });
const body = (text: string) => `${MARKER}\n${text}`;
const writes = () => github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql' && r.path !== '/user').map((r) => `${r.method} ${r.status}`);

describe('upsertStickyComment', () => {
  it('posts the first comment without asking who it is', async () => {
    const outcome = await upsertStickyComment(client(), target, body('v1'), 'update');
    expect(outcome.action).toBe('created');
    expect(github.comments(ISSUE).map((c) => c.body)).toEqual([body('v1')]);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/octo-org/credit-models/issues/7/comments', 'POST /repos/octo-org/credit-models/issues/7/comments']);
  });

  it('updates its comment after 150 others, and leaves an unchanged one alone', async () => {
    const ours = github.addComment(ISSUE, body('v1'), 'github-actions[bot]');
    for (let i = 0; i < 150; i++) github.addComment(ISSUE, `review ${i}`, 'octocat');
    const gh = client();
    expect((await upsertStickyComment(gh, target, body('v2'), 'update')).action).toBe('updated');
    expect((await upsertStickyComment(gh, target, body('v2'), 'update')).action).toBe('unchanged');
    expect(github.comments(ISSUE).filter((c) => c.body.includes(MARKER))).toEqual([{ ...ours, body: body('v2') }]);
    expect(github.requests.filter((r) => r.method === 'GET' && r.query['page'] === '2')).toHaveLength(2);
    expect(writes()).toEqual(['PATCH 200']);
  });

  it('ignores a comment with the marker by someone else (a quote, a copy)', async () => {
    github.addComment(ISSUE, `> ${body('quoted by a reviewer')}`, 'octocat');
    expect((await upsertStickyComment(client(), target, body('v1'), 'update')).action).toBe('created');
    expect(github.comments(ISSUE)).toHaveLength(2);
  });

  it('keeps a comment per marker: another job\'s comment is not touched', async () => {
    const other = github.addComment(ISSUE, '<!-- modelops:report workflow=PR job=drift -->\nother', 'github-actions[bot]');
    await upsertStickyComment(client(), target, body('v1'), 'update');
    expect(github.comments(ISSUE)[0]).toEqual(other);
    expect(github.comments(ISSUE)).toHaveLength(2);
  });

  it('deletes duplicates left by racing runs, keeping the oldest', async () => {
    const first = github.addComment(ISSUE, body('a'), 'github-actions[bot]');
    github.addComment(ISSUE, body('b'), 'github-actions[bot]');
    const outcome = await upsertStickyComment(client(), target, body('c'), 'update');
    expect(outcome).toMatchObject({ action: 'updated', removedDuplicates: 1 });
    expect(github.comments(ISSUE)).toEqual([{ ...first, body: body('c') }]);
  });

  it('recreate deletes its comment and posts anew at the bottom', async () => {
    const old = github.addComment(ISSUE, body('v1'), 'github-actions[bot]');
    github.addComment(ISSUE, 'a later review', 'octocat');
    const outcome = await upsertStickyComment(client(), target, body('v2'), 'recreate');
    expect(outcome.action).toBe('recreated');
    const comments = github.comments(ISSUE);
    expect(comments.map((c) => c.body)).toEqual(['a later review', body('v2')]);
    expect(comments.some((c) => c.id === old.id)).toBe(false);
  });

  it('recreate leaves the newest comment alone when nothing changed', async () => {
    github.addComment(ISSUE, body('v1'), 'github-actions[bot]');
    expect((await upsertStickyComment(client(), target, body('v1'), 'recreate')).action).toBe('unchanged');
    expect(writes()).toEqual([]);
  });

  it('off posts nothing and asks nothing', async () => {
    expect((await upsertStickyComment(client(), target, body('v1'), 'off')).action).toBe('off');
    expect(github.requests).toEqual([]);
  });

  it('after a 502 on the POST that did land, finds the comment instead of posting a second', async () => {
    github.faults.push({ method: 'POST', path: /comments$/, status: 502, afterApplying: true });
    const sleep = recordingSleep();
    const outcome = await upsertStickyComment(client(), target, body('v1'), 'update', { sleep });
    expect(outcome.action).toBe('created');
    expect(github.comments(ISSUE).map((c) => c.body)).toEqual([body('v1')]);
    expect(writes()).toEqual(['POST 502']);
    expect(sleep.waits).toEqual([]);
  });

  it('after a 502 on a POST that did not land, waits a second and posts again, once', async () => {
    github.faults.push({ method: 'POST', path: /comments$/, status: 502 });
    const sleep = recordingSleep();
    await upsertStickyComment(client(), target, body('v1'), 'update', { sleep });
    expect(github.comments(ISSUE)).toHaveLength(1);
    expect(writes()).toEqual(['POST 502', 'POST 201']);
    expect(sleep.waits).toEqual([1000]);
  });

  it('a personal token owns the comments of its user', async () => {
    github.options.userEndpoint = true;
    github.options.login = 'release-bot';
    try {
      github.addComment(ISSUE, body('by the bot'), 'github-actions[bot]');
      const mine = github.addComment(ISSUE, body('by the token user'), 'release-bot');
      await upsertStickyComment(client(), target, body('v2'), 'update');
      expect(github.comments(ISSUE).find((c) => c.id === mine.id)?.body).toBe(body('v2'));
      expect(github.comments(ISSUE)[0]!.body).toBe(body('by the bot'));
    } finally {
      github.options.userEndpoint = false;
      delete github.options.login;
    }
  });

  it('refuses a body without its marker', async () => {
    await expect(upsertStickyComment(client(), target, 'no marker', 'update')).rejects.toThrow(/must contain its marker/);
  });
});

describe('upsertStickyComment with an identity', () => {
  const IDENTITY = '<!-- modelops:identity sha256=abc -->';
  const withIdentity: StickyTarget = { ...target, identity: IDENTITY };
  const report = (run: string, identity = IDENTITY) => `${MARKER}\n${identity}\nlatency measured on ${run}`;

  it.each(['update', 'recreate'] as const)('writes nothing in %s mode when only what lies outside the identity changed', async (mode) => {
    github.addComment(ISSUE, report('run 1'), 'github-actions[bot]');
    // A later review comment: recreate would otherwise move the report below it.
    github.addComment(ISSUE, 'looks good', 'octocat');
    const outcome = await upsertStickyComment(client(), withIdentity, report('run 2'), mode);
    expect(outcome.action).toBe('unchanged');
    expect(writes()).toEqual([]);
    expect(github.comments(ISSUE)[0]!.body).toBe(report('run 1'));
  });

  it('rewrites the comment when the identity changes', async () => {
    github.addComment(ISSUE, report('run 1'), 'github-actions[bot]');
    const changed = '<!-- modelops:identity sha256=def -->';
    expect((await upsertStickyComment(client(), { ...target, identity: changed }, report('run 2', changed), 'recreate')).action).toBe('recreated');
    expect(github.comments(ISSUE).map((c) => c.body)).toEqual([report('run 2', changed)]);
  });

  it('keeps an existing comment up to date but posts none when asked not to create', async () => {
    expect((await upsertStickyComment(client(), withIdentity, report('run 1'), 'update', { create: false })).action).toBe('off');
    expect(writes()).toEqual([]);
  });
});
