// The stage policy decided on plain values: reviews, team memberships, registry tags, the policy and the time.
import { describe, expect, it } from 'vitest';
import { sha, tagInput } from '../../testing/registry.js';
import type { Manifest } from '../manifest/manifest.js';
import { resolvePolicy } from '../manifest/resolve-policy.js';
import { registryEvents } from '../promotion/tag-registry.js';
import type { Waiver } from '../promotion/waivers.js';
import type { ModelResult } from '../report/model.js';
import type { Review, TeamMembers } from './gate.js';
import { decideStagePolicy, teamsToAsk, type ApprovalsEvidence, type StageContext, type StageTarget } from './stage-policy.js';

const TEAM = '@credit-ml/model-risk';
const policy = (extra: { unverified_membership?: 'fail' | 'warn'; older_commits?: 'discard' | 'count'; waivers?: Waiver[] } = {}) => ({
  ...resolvePolicy({
    apiVersion: 'modelops/v1',
    kind: 'Policy',
    stages: {
      production: {
        approvals: { count: 2, from: [TEAM], ...(extra.unverified_membership ? { unverified_membership: extra.unverified_membership } : {}), ...(extra.older_commits ? { older_commits: extra.older_commits } : {}) },
        soak: '7d',
      },
    },
  }),
  ...(extra.waivers ? { waivers: extra.waivers } : {}),
});
// 1.1.0 entered staging on 2024-02-01; 1.0.0 soaked there for a month before it.
const events = registryEvents([
  tagInput('credit-risk@v1.0.0', sha('a'), '2024-01-01T00:00:00Z'),
  tagInput('credit-risk#staging#1', sha('a'), '2024-01-02T00:00:00Z'),
  tagInput('credit-risk@v1.1.0', sha('b'), '2024-02-01T00:00:00Z'),
  tagInput('credit-risk#staging#2', sha('b'), '2024-02-01T00:00:00Z'),
]);
const AFTER_SOAK = new Date('2024-02-09T00:00:00Z');
const context = (extra: Partial<StageContext> = {}): StageContext => ({ policy: policy(), context: 'pull-request', events, now: AFTER_SOAK, ...extra });

const model = (): ModelResult => ({ name: 'credit-risk', manifest: 'models/credit-risk/model.yaml', version: '1.1.0', stage: 'production', verdict: 'pass', findings: [], gates: [] });
const manifest = { stage: 'production', metadata: { name: 'credit-risk', version: '1.1.0' } } as Manifest;
// The pull request's head; reviews are on it unless they say otherwise.
const HEAD = sha('c');
const review = (author: string, state: string, submittedAt: string, commitId = HEAD): Review => ({ author, state, submittedAt, authorAssociation: 'MEMBER', commitId });
const team = (...members: string[]): TeamMembers => ({ readable: true, members: new Set(members) });
const read = (reviews: Review[], members: TeamMembers = team('bob', 'carol'), extra: { mergedAt?: string; asserted?: boolean } = {}): ApprovalsEvidence => ({
  pullRequest: { number: 7, author: 'alice', headSha: HEAD },
  reviews,
  teams: new Map([[TEAM, members]]),
  ...extra,
});
const approvedByBobAndCarol = [review('bob', 'APPROVED', '2024-02-08T10:00:00Z'), review('carol', 'APPROVED', '2024-02-08T11:00:00Z')];

/** Decides the target, and returns its model with the approvals gate's checks by name. */
function decide(approvals: ApprovalsEvidence | undefined, ctx: StageContext = context(), extra: Partial<StageTarget> = {}) {
  const target: StageTarget = { model: model(), manifest, baseStage: 'staging', ...(approvals ? { approvals } : {}), ...extra };
  decideStagePolicy(target, ctx);
  const gate = target.model.gates.find((g) => g.gate === 'approvals');
  const check = (name: string) => gate?.checks.find((c) => c.name.startsWith(name));
  const requirement = (name: string) => target.model.enforcement?.requirements.find((r) => r.check === name);
  return { model: target.model, gate, check, requirement };
}

describe('the stage policy, approvals', () => {
  it('passes with the approvals required, and records who approved and how', () => {
    const { model, gate, requirement } = decide(read(approvedByBobAndCarol));
    expect(gate).toMatchObject({ gate: 'approvals', verdict: 'pass', blocking: true });
    expect(gate!.checks.map((c) => [c.name, c.verdict, c.message])).toEqual([
      ['approvals', 'pass', `2 of 2 approvals from ${TEAM} (@bob, @carol)`],
      ['soak in staging', 'pass', '1.1.0 has been in staging for 8 days (credit-risk#staging#2, since 2024-02-01), at least the soak of 7d'],
    ]);
    expect(requirement('approvals')).toMatchObject({ status: 'met', approvals: [
      { login: 'bob', source: 'verified', counted: true, membership: 'team-member', detail: TEAM, commit: HEAD, commitStatus: 'head' },
      { login: 'carol', source: 'verified', counted: true, membership: 'team-member', detail: TEAM, commit: HEAD, commitStatus: 'head' },
    ] });
    expect(model.enforcement).toMatchObject({ stage: 'production', context: 'pull-request' });
    expect(model.verdict).toBe('pass');
  });

  it('fails with what is missing when one approval of two is there', () => {
    const { model, check, requirement } = decide(read(approvedByBobAndCarol.slice(0, 1)));
    expect(check('approvals')).toMatchObject({ verdict: 'fail', value: 1, bound: { min: 2 }, message: `1 of 2 approvals from ${TEAM} (@bob): 1 more approval needed from ${TEAM}` });
    expect(requirement('approvals')!.status).toBe('unmet');
    expect(model.verdict).toBe('fail');
  });

  it("does not count the author's own approval", () => {
    const reviews = [review('alice', 'APPROVED', '2024-02-08T09:00:00Z'), review('bob', 'APPROVED', '2024-02-08T10:00:00Z')];
    const { check } = decide(read(reviews, team('alice', 'bob')));
    expect(check('approvals')).toMatchObject({ verdict: 'fail', value: 1, message: `1 of 2 approvals from ${TEAM} (@bob): 1 more approval needed from ${TEAM}` });
  });

  it('drops an approval GitHub dismissed when a new commit was pushed, until the reviewer approves again', () => {
    // bob approved the first commit; the push of a second one dismissed it (stale), carol approved after the push
    const stale = [review('bob', 'DISMISSED', '2024-02-08T10:00:00Z'), review('carol', 'APPROVED', '2024-02-08T12:00:00Z')];
    expect(decide(read(stale)).check('approvals')).toMatchObject({ verdict: 'fail', value: 1, message: `1 of 2 approvals from ${TEAM} (@carol): 1 more approval needed from ${TEAM}` });
    const again = [...stale, review('bob', 'APPROVED', '2024-02-08T13:00:00Z')];
    expect(decide(read(again)).check('approvals')).toMatchObject({ verdict: 'pass', value: 2 });
  });

  it('does not count an approval of the commit before the head (the author pushed after it) unless the policy says older_commits: count', () => {
    // bob approved the first commit; the author then swapped the artifact (HEAD) and GitHub did not dismiss the approval
    const older = sha('d');
    const reviews = [review('bob', 'APPROVED', '2024-02-08T10:00:00Z', older), review('carol', 'APPROVED', '2024-02-08T12:00:00Z')];
    const discarded = decide(read(reviews));
    expect(discarded.check('approvals')).toMatchObject({
      verdict: 'fail',
      value: 1,
      message: `1 of 2 approvals from ${TEAM} (@carol): 1 more approval needed from ${TEAM}; @bob approved ${older.slice(0, 7)} (an older commit), not counted: approvals.older_commits: discard`,
    });
    expect(discarded.model.verdict).toBe('fail');
    expect(discarded.requirement('approvals')).toMatchObject({ status: 'unmet', approvals: [
      { login: 'bob', counted: false, membership: 'team-member', commit: older, commitStatus: 'older', commitDetail: `approved ${older.slice(0, 7)} (an older commit), not counted: approvals.older_commits: discard` },
      { login: 'carol', counted: true, commit: HEAD, commitStatus: 'head' },
    ] });
    const counted = decide(read(reviews), context({ policy: policy({ older_commits: 'count' }) }));
    expect(counted.check('approvals')).toMatchObject({ verdict: 'pass', value: 2, message: `2 of 2 approvals from ${TEAM} (@bob, @carol); @bob approved ${older.slice(0, 7)} (an older commit), counted: approvals.older_commits: count` });
    expect(counted.requirement('approvals')).toMatchObject({ status: 'met', approvals: [{ login: 'bob', counted: true, commitStatus: 'older' }, { login: 'carol', commitStatus: 'head' }] });
  });

  it('counts asserted approvals as before: they name no commit, and the record says so', () => {
    const asserted = [{ author: 'bob', state: 'APPROVED' }, { author: 'carol', state: 'APPROVED' }];
    const { requirement } = decide({ pullRequest: { number: 7, author: 'alice' }, asserted: true, reviews: asserted, teams: new Map([[TEAM, team('bob', 'carol')]]) });
    expect(requirement('approvals')).toMatchObject({ status: 'met', approvals: [{ login: 'bob', source: 'asserted', counted: true, commitStatus: 'asserted' }, { login: 'carol', commitStatus: 'asserted' }] });
    expect(requirement('approvals')!.approvals![0]).not.toHaveProperty('commit');
  });

  it('does not count a review submitted after the merge', () => {
    const { check } = decide(read(approvedByBobAndCarol, team('bob', 'carol'), { mergedAt: '2024-02-08T10:30:00Z' }));
    expect(check('approvals')).toMatchObject({ verdict: 'fail', value: 1, message: `1 of 2 approvals from ${TEAM} (@bob): 1 more approval needed from ${TEAM}` });
  });

  it('counts only members of the team; an approver outside it is named', () => {
    const { check, requirement } = decide(read(approvedByBobAndCarol, team('bob')));
    expect(check('approvals')).toMatchObject({ verdict: 'fail', message: `1 of 2 approvals from ${TEAM} (@bob): 1 more approval needed from ${TEAM}; not counted: @carol (not in ${TEAM})` });
    expect(requirement('approvals')!.approvals!.map((a) => [a.login, a.counted, a.membership])).toEqual([
      ['bob', true, 'team-member'],
      ['carol', false, 'not-allowed'],
    ]);
  });

  it('fails closed when the team cannot be read, with a finding; counts the approvals unverified when the policy says warn', () => {
    const unreadable: TeamMembers = { readable: false, reason: 'cannot verify team membership with this token (403)' };
    const closed = decide(read(approvedByBobAndCarol, unreadable));
    expect(closed.check('approvals')!.verdict).toBe('fail');
    expect(closed.model.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'approvals-unverified', message: `cannot verify team membership with this token: membership of ${TEAM} is unknown, so the approvals of @bob, @carol are not counted for production` }),
    ]);
    const warned = decide(read(approvedByBobAndCarol, unreadable), context({ policy: policy({ unverified_membership: 'warn' }) }));
    expect(warned.check('approvals')).toMatchObject({ verdict: 'warn', value: 2 });
    expect(warned.model.verdict).toBe('warn');
    expect(warned.requirement('approvals')!.approvals!.every((a) => a.counted && a.membership === 'unverified')).toBe(true);
  });

  it('fails closed when the reviews cannot be read, and when there is no pull request to read them from', () => {
    const unreadable = decide({ unreadable: 'cannot read the reviews of pull request #7 with this token (403)' });
    expect(unreadable.check('approvals')).toMatchObject({ verdict: 'fail', value: 0, message: 'cannot read the reviews of pull request #7 with this token (403)' });
    expect(unreadable.model.findings.map((f) => f.code)).toEqual(['approvals-unverified']);
    expect(decide({ none: 'no pull request is recorded for this promotion' }).check('approvals')).toMatchObject({ verdict: 'fail', message: `no pull request is recorded for this promotion: 0 of 2 approvals from ${TEAM}` });
    // nothing read at all for a stage that asks for approvals: none
    expect(decide(undefined).check('approvals')!.verdict).toBe('fail');
  });

  it('says approvals are not checked here, and still checks the soak', () => {
    const { gate, requirement } = decide({ notHere: 'no pull request whose reviews to read' }, context({ context: 'command-line', now: new Date('2024-02-03T00:00:00Z') }));
    expect(gate!.checks.map((c) => [c.name, c.verdict])).toEqual([
      ['approvals', 'skipped'],
      ['soak in staging', 'fail'],
    ]);
    expect(requirement('approvals')).toMatchObject({ status: 'not-checked', detail: 'not checked here: no pull request whose reviews to read' });
    expect(gate!.verdict).toBe('fail');
  });
});

describe('the stage policy, soak', () => {
  it('fails when the version has not been in the previous stage for the soak yet', () => {
    const { model, check, requirement } = decide(read(approvedByBobAndCarol), context({ now: new Date('2024-02-03T12:00:00Z') }));
    expect(check('soak')).toMatchObject({ name: 'soak in staging', verdict: 'fail', value: 2.5, bound: { min: 7 }, volatile: true, message: '1.1.0 has been in staging for 2 days 12 hours (credit-risk#staging#2, since 2024-02-01): 4 days 12 hours short of the soak of 7d before production' });
    expect(requirement('soak')!.status).toBe('unmet');
    expect(model.verdict).toBe('fail');
  });

  it('lets a waiver in force pass the soak as a warning, and records it in the enforcement', () => {
    const waiver: Waiver = { model: 'credit-risk', version: '1.1.0', check: 'soak', reason: 'the artifact of 1.0.0, which soaked', approved_by: ['@erin'], expires: '2024-06-30', source: { file: 'modelops.yaml', line: 12 } };
    const { model, check, requirement } = decide(read(approvedByBobAndCarol), context({ policy: policy({ waivers: [waiver] }), now: new Date('2024-02-03T12:00:00Z') }));
    expect(check('soak')).toMatchObject({ verdict: 'warn', message: expect.stringMatching(/^waived by modelops\.yaml:12 \(approved by @erin, until 2024-06-30\)/) });
    expect(requirement('soak')).toMatchObject({ status: 'waived', waiver: { check: 'soak', file: 'modelops.yaml', line: 12 } });
    expect(model.enforcement!.waivers.map((w) => w.check)).toEqual(['soak']);
    expect(model.verdict).toBe('warn');
    // the same waiver, refused (it came with the change it excuses): a finding, and the soak fails
    const refused = decide(read(approvedByBobAndCarol), context({ policy: policy({ waivers: [waiver] }), now: new Date('2024-02-03T12:00:00Z') }), { refusedWaivers: new Map([[waiver, 'it was added by the change it waives']]) });
    expect(refused.check('soak')!.verdict).toBe('fail');
    expect(refused.model.findings).toEqual([expect.objectContaining({ code: 'waiver-refused', message: 'the waiver of soak at modelops.yaml:12 does not apply: it was added by the change it waives', line: 12 })]);
  });

  it('skips the soak when the tags could not be read, or when this run cannot tell what the change promotes', () => {
    expect(decide(read(approvedByBobAndCarol), context({ events: { problem: 'cannot read the registry tags (not a git repository)' } })).check('soak')).toMatchObject({
      verdict: 'skipped',
      message: 'cannot read the registry tags (not a git repository): soak 7d in staging not checked',
    });
    expect(decide(read(approvedByBobAndCarol), context(), { soakNotHere: 'no base to compare with' }).check('soak')).toMatchObject({ verdict: 'skipped', message: 'not checked here: no base to compare with' });
  });
});

describe('the stage policy, otherwise', () => {
  it('adds no approvals gate for a stage that asks for neither approvals nor a soak, and still records the enforcement', () => {
    const target: StageTarget = { model: { ...model(), stage: 'development' }, manifest: { ...manifest, stage: 'development' } };
    decideStagePolicy(target, context());
    expect(target.model.gates).toEqual([]);
    expect(target.model.enforcement!.requirements.slice(0, 2).map((r) => [r.check, r.status])).toEqual([
      ['approvals', 'not-required'],
      ['soak', 'not-required'],
    ]);
  });

  it('leaves a model whose verdict is already an error as it is', () => {
    const target: StageTarget = { model: { ...model(), verdict: 'error' }, manifest, approvals: read(approvedByBobAndCarol) };
    decideStagePolicy(target, context());
    expect(target.model).toEqual({ ...model(), verdict: 'error' });
  });

  it('asks about the teams of approvals.from only for those who approved before the merge', () => {
    const rules = policy().stages.production;
    const reviews = [review('bob', 'APPROVED', '2024-02-08T10:00:00Z'), review('dave', 'COMMENTED', '2024-02-08T10:10:00Z'), review('carol', 'approved', '2024-02-08T11:00:00Z')];
    expect(teamsToAsk(rules, reviews)).toEqual({ teams: [{ kind: 'team', org: 'credit-ml', slug: 'model-risk', text: TEAM }], logins: ['bob', 'carol'] });
    expect(teamsToAsk(rules, reviews, '2024-02-08T10:30:00Z').logins).toEqual(['bob']);
    expect(teamsToAsk(rules, reviews.slice(1, 2))).toEqual({ teams: [], logins: [] });
  });
});
