import { describe, expect, it } from 'vitest';
import { sha, tagInput } from '../../testing/registry.js';
import { DEFAULT_POLICY, type StageRules } from '../manifest/policy.js';
import { resolvePolicy } from '../manifest/resolve-policy.js';
import { registryEvents } from '../promotion/tag-registry.js';
import { approvalsCheck, approvalsGate, approvingReviewers, parseApprover, previousStages, reviewsAtMerge, soakCheck, stageTenure, type Review, type TeamMembers } from './gate.js';

const rules = (count: number, from: string[], unverified_membership: 'fail' | 'warn' = 'fail', older_commits: 'discard' | 'count' = 'discard'): StageRules['approvals'] => ({ count, from, unverified_membership, older_commits });
// The pull request's head, and the commit before it (the author pushed HEAD after some reviews); a review on null names no commit.
const HEAD = 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0';
const OLDER = '1a2b3c4d5e6f1a2b3c4d5e6f1a2b3c4d5e6f1a2b';
const review = (author: string, state: string, submittedAt: string, authorAssociation = 'MEMBER', commitId: string | null = HEAD): Review => ({ author, state, submittedAt, authorAssociation, ...(commitId ? { commitId } : {}) });
const team = (...members: string[]): TeamMembers => ({ readable: true, members: new Set(members) });
const teams = (entries: Record<string, TeamMembers>) => new Map(Object.entries(entries));

describe('who approves', () => {
  it('takes the latest decisive review per user: a later comment keeps an approval, a change request or dismissal withdraws it', () => {
    const reviews = [
      review('bob', 'APPROVED', '2024-05-01T10:00:00Z'),
      review('carol', 'CHANGES_REQUESTED', '2024-05-01T11:00:00Z'),
      review('bob', 'COMMENTED', '2024-05-01T12:00:00Z'),
      review('carol', 'APPROVED', '2024-05-01T13:00:00Z'),
      review('dave', 'APPROVED', '2024-05-01T09:00:00Z'),
      review('dave', 'DISMISSED', '2024-05-01T14:00:00Z'),
      review('erin', 'approved', '2024-05-01T15:00:00Z'),
      review('alice', 'APPROVED', '2024-05-01T16:00:00Z'),
    ];
    expect(approvingReviewers(reviews, 'alice').map((r) => r.author)).toEqual(['bob', 'carol', 'erin']);
  });

  it('reads users, teams and other owner forms from approvals.from', () => {
    expect(parseApprover('@alice')).toEqual({ kind: 'user', login: 'alice', text: '@alice' });
    expect(parseApprover('@credit-ml/model-risk')).toEqual({ kind: 'team', org: 'credit-ml', slug: 'model-risk', text: '@credit-ml/model-risk' });
    expect(parseApprover('risk@example.com').kind).toBe('other');
  });
});

describe('the approvals check', () => {
  const two = [review('bob', 'APPROVED', '2024-05-01T10:00:00Z'), review('carol', 'APPROVED', '2024-05-01T11:00:00Z')];

  it('passes with "2 of 2 approvals from @org/team"', () => {
    const check = approvalsCheck({ headSha: HEAD, rules: rules(2, ['@credit-ml/model-risk']), reviews: two, author: 'alice', teams: teams({ '@credit-ml/model-risk': team('bob', 'carol') }) });
    expect(check).toMatchObject({ name: 'approvals', verdict: 'pass', value: 2, bound: { min: 2 }, message: '2 of 2 approvals from @credit-ml/model-risk (@bob, @carol)' });
  });

  it('fails with what is missing, and says whose approval did not count', () => {
    const check = approvalsCheck({ headSha: HEAD, rules: rules(2, ['@credit-ml/model-risk']), reviews: two, teams: teams({ '@credit-ml/model-risk': team('bob') }) });
    expect(check.verdict).toBe('fail');
    expect(check.message).toBe('1 of 2 approvals from @credit-ml/model-risk (@bob): 1 more approval needed from @credit-ml/model-risk; not counted: @carol (not in @credit-ml/model-risk)');
  });

  it('fails with no reviews at all', () => {
    expect(approvalsCheck({ headSha: HEAD, rules: rules(2, ['@credit-ml/model-risk']), reviews: [], teams: new Map() }).message).toBe('0 of 2 approvals from @credit-ml/model-risk: 2 more approvals needed from @credit-ml/model-risk');
  });

  it('counts named users and members of any listed team', () => {
    const check = approvalsCheck({ headSha: HEAD, rules: rules(2, ['@carol', '@acme/risk']), reviews: two, teams: teams({ '@acme/risk': team('bob') }) });
    expect(check).toMatchObject({ verdict: 'pass', message: '2 of 2 approvals from @carol, @acme/risk (@bob, @carol)' });
  });

  it('fails closed when team membership cannot be verified, and counts it as a warning only when the policy says so', () => {
    const unreadable: TeamMembers = { readable: false, reason: 'cannot verify team membership with this token' };
    const check = approvalsCheck({ headSha: HEAD, rules: rules(2, ['@credit-ml/model-risk']), reviews: two, teams: teams({ '@credit-ml/model-risk': unreadable }) });
    expect(check.verdict).toBe('fail');
    expect(check.unverified).toEqual(['bob', 'carol']);
    expect(check.message).toBe(
      '0 of 2 approvals from @credit-ml/model-risk: 2 more approvals needed from @credit-ml/model-risk; not counted, membership of @credit-ml/model-risk not verified: @bob, @carol (cannot verify team membership with this token)',
    );
    expect(check.approvals.map((a) => [a.login, a.counted, a.membership])).toEqual([
      ['bob', false, 'unverified'],
      ['carol', false, 'unverified'],
    ]);
    const lenient = approvalsCheck({ headSha: HEAD, rules: rules(2, ['@credit-ml/model-risk'], 'warn'), reviews: two, teams: teams({ '@credit-ml/model-risk': unreadable }) });
    expect(lenient).toMatchObject({ verdict: 'warn', value: 2 });
    expect(lenient.message).toMatch(/^cannot verify team membership with this token: @bob, @carol counted without verifying membership of @credit-ml\/model-risk \(approvals.unverified_membership: warn\); 2 of 2 approvals/);
    expect(lenient.approvals.every((a) => a.counted && a.membership === 'unverified')).toBe(true);
    // Not enough approvals even if they all counted: a failure, whatever the policy.
    const short = approvalsCheck({ headSha: HEAD, rules: rules(3, ['@credit-ml/model-risk'], 'warn'), reviews: two, teams: teams({ '@credit-ml/model-risk': unreadable }) });
    expect(short.verdict).toBe('fail');
  });

  it('records asserted approvals as asserted, and counts them for listed users', () => {
    const asserted = [review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', null)];
    const check = approvalsCheck({ rules: rules(1, ['@bob']), reviews: asserted, teams: new Map(), asserted: true });
    expect(check).toMatchObject({ verdict: 'pass', message: '1 of 1 approval from @bob (@bob, asserted on the command line, not read from GitHub)' });
    // An assertion names no commit: it counts as before, labelled asserted.
    expect(check.approvals).toEqual([{ login: 'bob', source: 'asserted', counted: true, membership: 'listed-user', detail: '@bob', commitStatus: 'asserted' }]);
  });

  it('reads the reviews as they stood at merge: a later approval does not count', () => {
    const reviews = [review('bob', 'APPROVED', '2024-05-01T10:00:00Z'), review('carol', 'APPROVED', '2024-05-01T12:00:01Z'), review('bob', 'DISMISSED', '2024-05-02T09:00:00Z')];
    expect(reviewsAtMerge(reviews, '2024-05-01T12:00:00Z').map((r) => r.author)).toEqual(['bob']);
    expect(approvingReviewers(reviewsAtMerge(reviews, '2024-05-01T12:00:00Z')).map((r) => r.author)).toEqual(['bob']);
    expect(approvingReviewers(reviewsAtMerge(reviews, undefined)).map((r) => r.author)).toEqual(['carol']);
  });

  it('with from: [] counts reviewers with a standing in the repository (owner, member, collaborator)', () => {
    const reviews = [review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'COLLABORATOR'), review('stranger', 'APPROVED', '2024-05-01T11:00:00Z', 'NONE')];
    expect(approvalsCheck({ headSha: HEAD, rules: rules(2, []), reviews, teams: new Map() })).toMatchObject({
      verdict: 'fail',
      message: '1 of 2 approvals (@bob): 1 more approval needed; not counted: @stranger (no write access to the repository)',
    });
  });
});

describe('approvals on an older commit (approvals.older_commits)', () => {
  const model_risk = teams({ '@credit-ml/model-risk': team('bob', 'carol', 'dave', 'erin') });
  const from = ['@credit-ml/model-risk'];

  it('counts an approval given on the head', () => {
    const check = approvalsCheck({ headSha: HEAD, rules: rules(1, from), reviews: [review('bob', 'APPROVED', '2024-05-01T10:00:00Z')], author: 'alice', teams: model_risk });
    expect(check).toMatchObject({ verdict: 'pass', value: 1, message: '1 of 1 approval from @credit-ml/model-risk (@bob)' });
    expect(check.approvals).toEqual([{ login: 'bob', source: 'verified', counted: true, membership: 'team-member', detail: '@credit-ml/model-risk', commit: HEAD, commitStatus: 'head' }]);
  });

  it('discards by default an approval given before the author pushed the head, and says so per reviewer', () => {
    const reviews = [review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', OLDER)];
    const check = approvalsCheck({ headSha: HEAD, rules: { count: 1, from }, reviews, author: 'alice', teams: model_risk });
    expect(check).toMatchObject({ verdict: 'fail', value: 0 });
    expect(check.message).toBe(
      '0 of 1 approval from @credit-ml/model-risk: 1 more approval needed from @credit-ml/model-risk; @bob approved 1a2b3c4 (an older commit), not counted: approvals.older_commits: discard',
    );
    expect(check.approvals).toEqual([
      { login: 'bob', source: 'verified', counted: false, membership: 'team-member', detail: '@credit-ml/model-risk', commit: OLDER, commitStatus: 'older', commitDetail: 'approved 1a2b3c4 (an older commit), not counted: approvals.older_commits: discard' },
    ]);
  });

  it('counts it with older_commits: count, and says it was on an older commit', () => {
    const reviews = [review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', OLDER)];
    const check = approvalsCheck({ headSha: HEAD, rules: rules(1, from, 'fail', 'count'), reviews, author: 'alice', teams: model_risk });
    expect(check).toMatchObject({ verdict: 'pass', value: 1, message: '1 of 1 approval from @credit-ml/model-risk (@bob); @bob approved 1a2b3c4 (an older commit), counted: approvals.older_commits: count' });
    expect(check.approvals[0]).toMatchObject({ counted: true, commit: OLDER, commitStatus: 'older', commitDetail: 'approved 1a2b3c4 (an older commit), counted: approvals.older_commits: count' });
  });

  it('mixes reviewers: one on the head counts, one on an older commit does not, one who approved again on the head counts; a later change request still withdraws', () => {
    const reviews = [
      review('erin', 'APPROVED', '2024-05-01T09:00:00Z'),
      review('erin', 'CHANGES_REQUESTED', '2024-05-01T13:00:00Z'),
      review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', OLDER),
      review('carol', 'APPROVED', '2024-05-01T10:30:00Z', 'MEMBER', OLDER),
      review('dave', 'APPROVED', '2024-05-01T11:00:00Z'),
      review('carol', 'APPROVED', '2024-05-01T12:00:00Z'),
    ];
    const check = approvalsCheck({ headSha: HEAD, rules: rules(3, from), reviews, author: 'alice', teams: model_risk });
    expect(check).toMatchObject({ verdict: 'fail', value: 2 });
    expect(check.message).toBe(
      '2 of 3 approvals from @credit-ml/model-risk (@carol, @dave): 1 more approval needed from @credit-ml/model-risk; @bob approved 1a2b3c4 (an older commit), not counted: approvals.older_commits: discard',
    );
    expect(check.approvals.map((a) => [a.login, a.counted, a.commitStatus])).toEqual([
      ['bob', false, 'older'],
      ['carol', true, 'head'],
      ['dave', true, 'head'],
    ]);
  });

  it("never counts the author's own approval, on the head or not", () => {
    const reviews = [review('alice', 'APPROVED', '2024-05-01T10:00:00Z'), review('bob', 'APPROVED', '2024-05-01T11:00:00Z', 'MEMBER', OLDER)];
    const check = approvalsCheck({ headSha: HEAD, rules: rules(1, [], 'fail', 'count'), reviews, author: 'alice', teams: new Map() });
    expect(check.approvals.map((a) => a.login)).toEqual(['bob']);
    expect(approvalsCheck({ headSha: HEAD, rules: rules(1, []), reviews, author: 'alice', teams: new Map() })).toMatchObject({ verdict: 'fail', value: 0 });
  });

  it('fails closed on a review that names no commit, or a head nobody knows; an approver outside `from` is named once', () => {
    const noCommit = approvalsCheck({ headSha: HEAD, rules: rules(1, from), reviews: [review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', null)], teams: model_risk });
    expect(noCommit).toMatchObject({ verdict: 'fail', value: 0 });
    expect(noCommit.approvals[0]).toMatchObject({ counted: false, commitStatus: 'unknown' });
    expect(noCommit.approvals[0]).not.toHaveProperty('commit');
    expect(noCommit.message).toContain('@bob approved without naming a commit (so not known to be the head), not counted: approvals.older_commits: discard');
    const noHead = approvalsCheck({ rules: rules(1, from), reviews: [review('bob', 'APPROVED', '2024-05-01T10:00:00Z')], teams: model_risk });
    expect(noHead).toMatchObject({ verdict: 'fail', value: 0 });
    expect(noHead.message).toContain("@bob approved b0b0b0b, but the pull request's head commit is not known, not counted: approvals.older_commits: discard");
    const outside = approvalsCheck({ headSha: HEAD, rules: rules(1, from), reviews: [review('frank', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', OLDER)], teams: model_risk });
    expect(outside.message).toBe('0 of 1 approval from @credit-ml/model-risk: 1 more approval needed from @credit-ml/model-risk; not counted: @frank (not in @credit-ml/model-risk)');
    expect(outside.approvals[0]).toMatchObject({ counted: false, membership: 'not-allowed', commitStatus: 'older' });
  });

  it('does not count an unverified approval on an older commit even when unverified_membership: warn', () => {
    const unreadable = teams({ '@credit-ml/model-risk': { readable: false, reason: 'cannot verify team membership with this token' } });
    const check = approvalsCheck({ headSha: HEAD, rules: rules(1, from, 'warn'), reviews: [review('bob', 'APPROVED', '2024-05-01T10:00:00Z', 'MEMBER', OLDER)], teams: unreadable });
    expect(check).toMatchObject({ verdict: 'fail', value: 0, unverified: [] });
    expect(check.approvals[0]).toMatchObject({ counted: false, membership: 'unverified', commitStatus: 'older' });
  });
});

describe('soak', () => {
  const A = sha('a');
  const B = sha('b');
  const events = registryEvents([
    tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'),
    tagInput('m#staging#1', A, '2024-01-02T00:00:00Z'),
    tagInput('m@v1.1.0', B, '2024-02-01T00:00:00Z'),
    tagInput('m#staging#2', B, '2024-02-01T00:00:00Z'),
  ]).get('m')!;
  const policy = resolvePolicy({ apiVersion: 'modelops/v1', kind: 'Policy' });

  it('knows when a version held a stage, and the stages a model comes from', () => {
    expect(stageTenure(events, 'staging', '1.0.0')).toEqual({ since: Date.parse('2024-01-02T00:00:00Z'), until: Date.parse('2024-02-01T00:00:00Z'), tag: 'm#staging#1' });
    expect(stageTenure(events, 'staging', '1.1.0')).toEqual({ since: Date.parse('2024-02-01T00:00:00Z'), tag: 'm#staging#2' });
    expect(stageTenure(events, 'production', '1.1.0')).toBeUndefined();
    expect(previousStages(policy, 'production', 'staging')).toEqual(['staging']);
    expect(previousStages(policy, 'production', 'production')).toEqual(['staging']);
    expect(previousStages(policy, 'production', undefined)).toEqual(['staging']);
  });

  it('counts a return to a stage the version held before (a rollback) as soaked', () => {
    const history = registryEvents([
      tagInput('m@v1.0.0', A, '2024-01-01T00:00:00Z'),
      tagInput('m#staging#1', A, '2024-01-02T00:00:00Z'),
      tagInput('m#production#2', A, '2024-01-20T00:00:00Z'),
      tagInput('m@v1.1.0', B, '2024-02-01T00:00:00Z'),
      tagInput('m#production#3', B, '2024-02-01T00:00:00Z'),
    ]).get('m')!;
    const check = soakCheck({ soak: '7d', target: 'production', previous: ['staging'], events: history, version: '1.0.0', now: new Date('2024-02-02T00:00:00Z') });
    expect(check).toMatchObject({ verdict: 'pass', message: '1.0.0 held production before (m#production#2, from 2024-01-20): a return to production, not a first entry' });
    // 1.1.0 went straight to production: it never soaked.
    expect(soakCheck({ soak: '7d', target: 'production', previous: ['staging'], events: history, version: '1.1.0', now: new Date('2024-02-20T00:00:00Z') }).verdict).toBe('fail');
  });

  it('passes after the soak, fails before it and when the version never was in the previous stage', () => {
    const base = { soak: '7d', target: 'production' as const, previous: ['staging' as const], events };
    expect(soakCheck({ ...base, version: '1.1.0', now: new Date('2024-02-09T00:00:00Z') })).toMatchObject({
      name: 'soak in staging',
      verdict: 'pass',
      value: 8,
      bound: { min: 7 },
      message: '1.1.0 has been in staging for 8 days (m#staging#2, since 2024-02-01), at least the soak of 7d',
    });
    expect(soakCheck({ ...base, version: '1.1.0', now: new Date('2024-02-03T12:00:00Z') })).toMatchObject({
      verdict: 'fail',
      message: '1.1.0 has been in staging for 2 days 12 hours (m#staging#2, since 2024-02-01): 4 days 12 hours short of the soak of 7d before production',
    });
    // 1.0.0 held staging for 30 days, until 1.1.0 replaced it.
    expect(soakCheck({ ...base, version: '1.0.0', now: new Date('2024-06-01T00:00:00Z') })).toMatchObject({ verdict: 'pass', value: 30 });
    expect(soakCheck({ ...base, version: '2.0.0', now: new Date('2024-06-01T00:00:00Z') })).toMatchObject({
      verdict: 'fail',
      value: 0,
      message: '2.0.0 was never in staging (no stage tag assigns it there): the policy asks for 7d in staging before production',
    });
    expect(soakCheck({ ...base, version: '1.1.0', events: undefined, eventsProblem: 'not a git repository', now: new Date() })).toMatchObject({ verdict: 'skipped', message: 'not a git repository: soak 7d in staging not checked' });
  });
});

describe('the approvals gate', () => {
  const production = DEFAULT_POLICY.stages.production;

  it('blocks when the stage blocks, warns when it only warns', () => {
    const failing = { name: 'approvals', verdict: 'fail' as const, message: '0 of 2 approvals' };
    expect(approvalsGate({ target: 'production', rules: production, approvals: failing })).toMatchObject({ gate: 'approvals', verdict: 'fail', blocking: true, summary: 'approvals: 0 of 2 approvals' });
    expect(approvalsGate({ target: 'production', rules: { ...production, on_failure: 'warn' }, approvals: failing })).toMatchObject({ verdict: 'warn', blocking: false });
  });

  it('says approvals are not checked here (the CLI), and still fails on the soak it can check', () => {
    const soak = { name: 'soak in staging', verdict: 'fail' as const, message: 'too short' };
    const gate = approvalsGate({ target: 'production', rules: production, approvals: { notHere: 'no pull request' }, soak });
    expect(gate).toMatchObject({ verdict: 'fail', summary: 'approvals: not checked here: no pull request; soak in staging: too short' });
    expect(gate.checks.map((c) => [c.name, c.verdict, c.pointer])).toEqual([
      ['approvals', 'skipped', '/stage'],
      ['soak in staging', 'fail', '/stage'],
    ]);
    // With nothing checkable the gate is skipped, never passed.
    expect(approvalsGate({ target: 'production', rules: production, approvals: { notHere: 'no pull request' } }).verdict).toBe('skipped');
  });

  it('lets a waived check pass as a warning that names the waiver', () => {
    const soak = { name: 'soak in staging', verdict: 'fail' as const, message: '1.1.0 was never in staging' };
    const waiver = { model: 'credit-risk', version: '1.1.0', check: 'soak', reason: 'same artifact as 1.0.0, which soaked', approved_by: ['@erin'], expires: '2024-06-30', source: { file: 'modelops.yaml', line: 30 } };
    const gate = approvalsGate({ target: 'production', rules: production, approvals: { name: 'approvals', verdict: 'pass', message: '2 of 2' }, soak, waivers: { soak: waiver } });
    expect(gate.verdict).toBe('warn');
    expect(gate.checks[1]).toMatchObject({ verdict: 'warn', message: 'waived by modelops.yaml:30 (approved by @erin, until 2024-06-30): same artifact as 1.0.0, which soaked — 1.1.0 was never in staging' });
  });

  it('is the soak alone for a stage that needs no approvals', () => {
    const soak = { name: 'soak in staging', verdict: 'fail' as const, message: 'too short' };
    expect(approvalsGate({ target: 'production', rules: production, approvals: { notRequired: 'stage production needs no approvals' }, soak }).verdict).toBe('fail');
    expect(approvalsGate({ target: 'production', rules: production, approvals: { notRequired: 'stage production needs no approvals' }, soak: { ...soak, verdict: 'pass' } }).verdict).toBe('pass');
  });
});
