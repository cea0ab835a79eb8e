// `modelops promote` on real scratch repositories: tags, evidence, idempotence, blocking, pushing.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEvidence } from '../core/promotion/evidence.js';
import { parseTag } from '../core/promotion/tags.js';
import { acceptAssertedApprovals, cli, commitAll, dated, editFile, git, lineOf, MANIFEST, mergeDated, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';
import { NO_APPROVALS_AT_PROMOTION } from './approvals.js';
import { audit } from './audit.js';
import type { PromotedModel } from '../core/promotion/plan.js';
import { promote } from './promote.js';

const extraDirs: string[] = [];
afterAll(() => {
  removeScratchRepos();
  extraDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** The example model at 1.0.0 in development, committed on main, with a configured (non-signing) git identity. */
function developmentRepo(): { repo: string; first: string } {
  const repo = scratchRepo();
  editFile(repo, MANIFEST, (t) => replaceOnce(t, /^stage: production$/m, 'stage: development'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Promoter');
  git(repo, 'config', 'user.email', 'promoter@example.com');
  git(repo, 'config', 'tag.gpgSign', 'false');
  return { repo, first: commitAll(repo, 'credit-risk 1.0.0 in development') };
}

const acceptAssertedTeams = (repo: string) => acceptAssertedApprovals(repo);

/** A change merged into main through a pull-request branch (a merge commit, as GitHub writes it). */
function mergePullRequest(repo: string, branch: string, edit: () => void): string {
  git(repo, 'switch', '-q', '-c', branch);
  edit();
  commitAll(repo, `change on ${branch}`);
  git(repo, 'switch', '-q', 'main');
  git(repo, 'merge', '-q', '--no-ff', branch, '-m', `Merge pull request from ${branch}`);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

const tagList = (repo: string): string[] => git(repo, 'tag', '--list').split('\n').filter((t) => t.length > 0).sort();
const tagMessage = (repo: string, tag: string): { subject: string; body: string } => {
  const [subject, body] = git(repo, 'for-each-ref', '--format=%(contents:subject)%00%(contents:body)', `refs/tags/${tag}`).split('\0') as [string, string];
  return { subject, body };
};
const tagCommit = (repo: string, tag: string): string => git(repo, 'rev-parse', `${tag}^{commit}`).trim();
const setStage = (repo: string, stage: string) => editFile(repo, MANIFEST, (t) => t.replace(/^stage: \w+$/m, `stage: ${stage}`));

describe('modelops promote', () => {
  it('registers a new model and assigns its stage with GTO tags whose messages carry the evidence', async () => {
    const { repo, first } = developmentRepo();
    const report = await promote({ repo, now: new Date('2024-01-10T10:00:00Z') });
    expect(report.exitCode).toBe(0);
    expect(tagList(repo)).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0']);
    expect(tagList(repo).map((t) => parseTag(t)?.kind)).toEqual(['assign', 'register']);
    expect(tagCommit(repo, 'credit-risk@v1.0.0')).toBe(first);
    expect(tagCommit(repo, 'credit-risk#development#1')).toBe(first);
    expect(report.models[0]!.promotion).toMatchObject({
      status: 'promoted',
      commit: first,
      tags: [
        { tag: 'credit-risk@v1.0.0', action: 'register', created: true, signed: false },
        { tag: 'credit-risk#development#1', action: 'assign', created: true, signed: false },
      ],
    });

    const { subject, body } = tagMessage(repo, 'credit-risk@v1.0.0');
    expect(subject).toMatch(/^register credit-risk 1\.0\.0: gates (pass|warn) \(performance (pass|warn), robustness pass/);
    const parsed = parseEvidence(body);
    expect(parsed.status).toBe('present');
    if (parsed.status !== 'present') return;
    const artifactBlob = git(repo, 'rev-parse', `${first}:models/credit-risk/model-v1.onnx`).trim();
    expect(parsed.evidence).toMatchObject({
      action: 'register',
      tag: 'credit-risk@v1.0.0',
      model: 'credit-risk',
      version: '1.0.0',
      stage: 'development',
      commit: first,
      mergeCommit: first,
      range: { from: null, to: first },
      manifest: { path: MANIFEST, blob: git(repo, 'rev-parse', `${first}:${MANIFEST}`).trim() },
      createdAt: '2024-01-10T10:00:00.000Z',
    });
    expect(parsed.evidence.files[0]).toEqual({ role: 'artifact', path: 'models/credit-risk/model-v1.onnx', sha256: 'd35e1f77c8fbb07571355654ea08fed991303edef7036c0d0b866a1dd2ccf963', blob: artifactBlob });
    expect(parsed.evidence.report.models[0]!.gates.map((g) => g.gate)).toContain('performance');
    expect(parsed.evidence.report.models[0]!.evaluation!.metrics['roc_auc']).toBeCloseTo(0.779405, 6);
    expect(git(repo, 'for-each-ref', '--format=%(taggerdate:iso-strict)', 'refs/tags/credit-risk@v1.0.0').trim()).toBe('2024-01-10T10:00:00+00:00');
  });

  it('records the pull request, its approvers and the workflow run given on the command line', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    // Approvals asserted on the command line cannot prove membership of @credit-ml/ml-engineers: closed by default.
    const merge = mergePullRequest(repo, 'to-staging', () => setStage(repo, 'staging'));
    const args = ['promote', '--repo', repo, '--since', first, '--pr', '12', '--pr-author', 'alice', '--approver', 'bob', '--approver', 'carol', '--run-url', 'https://github.com/o/r/actions/runs/9', '--format', 'json'];
    const refused = await cli(...args);
    expect(refused.code, refused.stdout).toBe(1);
    expect(refused.report!.models[0]!.promotion!.reason).toContain('0 of 1 approval from @credit-ml/ml-engineers: 1 more approval needed from @credit-ml/ml-engineers; not counted, membership of @credit-ml/ml-engineers not verified: @bob, @carol');
    expect(tagList(repo)).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0']);

    // A policy that accepts asserted team approvals (as warnings) lets them count; the evidence says they were asserted.
    const policyChange = mergePullRequest(repo, 'accept-asserted', () => acceptAssertedTeams(repo));
    const run = await cli(...args.map((a) => (a === first ? first : a)));
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(tagList(repo)).toEqual(['credit-risk#development#1', 'credit-risk#staging#2', 'credit-risk@v1.0.0']);
    // The stage tag points at the version's registration, where GTO looks for the version it assigns.
    expect(tagCommit(repo, 'credit-risk#staging#2')).toBe(first);
    const { subject, body } = tagMessage(repo, 'credit-risk#staging#2');
    expect(subject).toMatch(/^credit-risk 1\.0\.0 -> staging: gates (pass|warn) .*; PR #12 by @alice, approved by @bob, @carol$/);
    const parsed = parseEvidence(body);
    expect(parsed.status === 'present' && parsed.evidence).toMatchObject({
      action: 'assign',
      commit: first,
      mergeCommit: policyChange,
      range: { from: first, to: policyChange },
      previous: { version: '1.0.0', stage: 'development' },
      pullRequest: { number: 12, author: 'alice', approvers: ['bob', 'carol'] },
      workflowRun: 'https://github.com/o/r/actions/runs/9',
    });
    expect(merge).not.toBe(policyChange);
    const enforcement = parsed.status === 'present' ? parsed.evidence.report.models[0]!.enforcement! : undefined;
    expect(enforcement).toMatchObject({ stage: 'staging', context: 'promotion', waivers: [] });
    expect(enforcement!.requirements.map((r) => [r.check, r.status])).toEqual([
      ['approvals', 'met'],
      ['soak', 'not-required'],
      ['checklist', 'met'],
      ['gate.performance', 'met'],
      ['gate.robustness', 'met'],
      ['gate.fairness', 'met'],
    ]);
    expect(enforcement!.requirements[0]!.approvals).toEqual([
      { login: 'bob', source: 'asserted', counted: true, membership: 'unverified', detail: expect.stringContaining('membership of @credit-ml/ml-engineers not verified'), commitStatus: 'asserted' },
      { login: 'carol', source: 'asserted', counted: true, membership: 'unverified', detail: expect.stringContaining('asserted with --approver'), commitStatus: 'asserted' },
    ]);
    expect(run.report!.models[0]!.promotion).toMatchObject({ status: 'promoted', tags: [{ tag: 'credit-risk@v1.0.0', created: false }, { tag: 'credit-risk#staging#2', created: true }] });
  });

  it('creates exactly one set of tags when re-run on the same push, and completes a run that stopped halfway', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    const merge = mergePullRequest(repo, 'v1.1', () => editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'version: 1.0.0', 'version: 1.1.0'), 'brier: {max: 0.20}', 'brier: {max: 0.21}')));
    const hooked: PromotedModel[] = [];
    const hooks = { promoted: async (m: PromotedModel) => void hooked.push(m) };
    const firstRun = await promote({ repo, since: first, hooks });
    expect(firstRun.models[0]!.promotion!.status).toBe('promoted');
    const expected = ['credit-risk#development#1', 'credit-risk#development#2', 'credit-risk@v1.0.0', 'credit-risk@v1.1.0'];
    expect(tagList(repo)).toEqual(expected);
    const objects = git(repo, 'for-each-ref', '--format=%(objectname)', 'refs/tags');
    // Re-runs: the planner's idempotency is core/promotion/plan.test.ts's; here, that git ends up unchanged.
    for (let i = 0; i < 2; i++) {
      const again = await promote({ repo, since: first, hooks });
      expect(again.models[0]!.promotion).toMatchObject({ status: 'up-to-date', tags: [{ tag: 'credit-risk@v1.1.0', created: false }, { tag: 'credit-risk#development#2', created: false }] });
      expect(again.models[0]!.gates).toEqual([]); // nothing to decide: the gates are not run again
    }
    expect(tagList(repo)).toEqual(expected);
    expect(git(repo, 'for-each-ref', '--format=%(objectname)', 'refs/tags')).toBe(objects);
    // Every run hands the same stage tag to the deployment step: its idempotency key.
    expect(hooked).toHaveLength(3);
    expect(new Set(hooked.map((h) => h.stageTag))).toEqual(new Set(['credit-risk#development#2']));
    expect(hooked.map((h) => h.created)).toEqual([true, false, false]);

    // A run that wrote the registration and stopped before the stage tag: the re-run writes only that.
    git(repo, 'tag', '-d', 'credit-risk#development#2');
    const registration = git(repo, 'rev-parse', 'credit-risk@v1.1.0').trim();
    const completed = await promote({ repo, since: first });
    expect(completed.models[0]!.promotion).toMatchObject({ status: 'promoted', tags: [{ tag: 'credit-risk@v1.1.0', created: false }, { tag: 'credit-risk#development#2', created: true, commit: merge }] });
    expect(tagList(repo)).toEqual(expected);
    expect(git(repo, 'rev-parse', 'credit-risk@v1.1.0').trim()).toBe(registration);
  });

  it('promotes nothing for a model whose blocking gate fails, and says why (exit 1)', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    mergePullRequest(repo, 'staging-too-strict', () => {
      setStage(repo, 'staging');
      editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'roc_auc: {min: 0.72}', 'roc_auc: {min: 0.95}'), 'version: 1.0.0', 'version: 1.1.0'));
    });
    const run = await cli('promote', '--repo', repo, '--since', first, '--format', 'json');
    expect(run.code).toBe(1);
    expect(tagList(repo)).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0']);
    const promotion = run.report!.models[0]!.promotion!;
    expect(promotion).toMatchObject({ status: 'blocked', tags: [] });
    expect(promotion.reason).toMatch(/performance gate fail: \d+ of \d+ checks passed; 1 failed: roc_auc/);
    const text = await cli('promote', '--repo', repo, '--since', first);
    expect(text.stdout).toMatch(/promotion: blocked — .*roc_auc/);
  });

  it('blocks a version that is registered with other content (registered versions are immutable)', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    // Back to 1.0.0 with a different threshold: 1.0.0 is registered, so this is not a rollback.
    mergePullRequest(repo, 'v1.1', () => editFile(repo, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: 1.1.0')));
    const v11 = git(repo, 'rev-parse', 'HEAD').trim();
    await promote({ repo, since: first });
    mergePullRequest(repo, 'fake-rollback', () => editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'version: 1.1.0', 'version: 1.0.0'), 'threshold: 0.5', 'threshold: 0.4')));
    const report = await promote({ repo, since: v11 });
    expect(report.exitCode).toBe(1);
    expect(report.models[0]!.promotion!.reason).toMatch(/version 1\.0\.0 is registered \(tag credit-risk@v1\.0\.0\) and cannot change, but artifact\.threshold differs/);
  });

  it('reports a content change pushed without a version bump, and tags nothing', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'threshold: 0.5', 'threshold: 0.45'));
    commitAll(repo, 'direct push: lower the threshold');
    const report = await promote({ repo, since: first });
    expect(report.exitCode).toBe(1);
    expect(report.models[0]!.findings[0]).toMatchObject({ code: 'unpromoted-change', message: expect.stringContaining('artifact.threshold changed on the default branch while version 1.0.0 stayed') });
    expect(tagList(repo)).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0']);
  });

  it('says so when nothing changed, and refuses to gate a work tree that differs from the commit', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    // A push that created the branch (an all-zero before): everything counts as new, and is already tagged.
    expect((await promote({ repo, since: '0'.repeat(40) })).models[0]!.promotion!.status).toBe('up-to-date');
    commitAll(repo, 'nothing for modelops');
    const quiet = await promote({ repo, since: first });
    expect(quiet.models).toEqual([]);
    expect(quiet.findings).toEqual([expect.objectContaining({ code: 'nothing-to-promote', severity: 'info' })]);
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: 1.0.1'));
    const dirty = await cli('promote', '--repo', repo, '--since', first);
    expect(dirty.code).toBe(2);
    expect(dirty.stderr).toMatch(/the work tree differs from HEAD \(models\/credit-risk\/model\.yaml\).*commit or stash first/);
    const wrongHead = await cli('promote', '--repo', repo, '--head', first);
    expect(wrongHead.code).toBe(2);
    expect(wrongHead.stderr).toMatch(/check out the commit to promote first/);
  });

  it('pushes the tags to a remote, fetching its tags first so the counter continues from them', async () => {
    const { repo } = developmentRepo();
    const remote = mkdtempSync(join(tmpdir(), 'modelops-remote-'));
    extraDirs.push(remote);
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    git(repo, 'remote', 'add', 'origin', remote);
    git(repo, 'push', '-q', 'origin', 'main');
    const report = await promote({ repo, push: 'origin' });
    expect(report.models[0]!.promotion!.pushedTo).toBe('origin');
    expect(tagList(remote)).toEqual(['credit-risk#development#1', 'credit-risk@v1.0.0']);

    // Another runner, whose clone has no tags, promotes the next change: it sees the remote's tags.
    const clone = mkdtempSync(join(tmpdir(), 'modelops-clone-'));
    extraDirs.push(clone);
    git(clone, 'clone', '-q', '--no-tags', remote, '.');
    git(clone, 'config', 'user.name', 'Runner');
    git(clone, 'config', 'user.email', 'runner@example.com');
    expect(tagList(clone)).toEqual([]);
    const before = git(clone, 'rev-parse', 'HEAD').trim();
    setStage(clone, 'staging');
    acceptAssertedTeams(clone);
    commitAll(clone, 'to staging');
    const next = await promote({ repo: clone, since: before, push: 'origin', pullRequest: { number: 2, approvers: ['bob'] } });
    expect(next.models[0]!.promotion).toMatchObject({ status: 'promoted', tags: [{ tag: 'credit-risk@v1.0.0', created: false }, { tag: 'credit-risk#staging#2', created: true }] });
    expect(tagList(remote)).toEqual(['credit-risk#development#1', 'credit-risk#staging#2', 'credit-risk@v1.0.0']);
  });

  it('signs the tags when git is set up to sign, and only then', async () => {
    const { repo } = developmentRepo();
    const keyDir = mkdtempSync(join(tmpdir(), 'modelops-key-'));
    extraDirs.push(keyDir);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'promoter', '-f', join(keyDir, 'key')]);
    writeFileSync(join(keyDir, 'allowed'), `promoter@example.com ${readFileSync(join(keyDir, 'key.pub'), 'utf8')}`);
    git(repo, 'config', 'gpg.format', 'ssh');
    git(repo, 'config', 'user.signingkey', join(keyDir, 'key.pub'));
    git(repo, 'config', 'gpg.ssh.allowedSignersFile', join(keyDir, 'allowed'));
    const report = await promote({ repo });
    expect(report.models[0]!.promotion!.tags.map((t) => t.signed)).toEqual([true, true]);
    expect(git(repo, 'verify-tag', 'credit-risk@v1.0.0')).toBe('');
  });
});

describe('promotion enforces the policy of the stage it tags', () => {
  const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
  const T = { register: '2024-01-10T10:00:00Z', staging: '2024-02-01T10:00:00Z', production: '2024-02-03T10:00:00Z' };

  it('refuses production without the approvals and soak the policy asks for, accepts it with a valid waiver, and audit and card show the waiver', async () => {
    const repo = scratchRepo();
    setStage(repo, 'development');
    acceptAssertedTeams(repo);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Promoter');
    git(repo, 'config', 'user.email', 'promoter@example.com');
    const first = commitAll(repo, 'credit-risk 1.0.0 in development', dated(at(T.register, -5)));
    await promote({ repo, now: new Date(T.register) });
    const staging = mergeDated(repo, 'to-staging', at(T.staging, -5), () => setStage(repo, 'staging'));
    expect((await promote({ repo, since: first, now: new Date(T.staging), pullRequest: { number: 2, author: 'alice', approvers: ['bob'] } })).exitCode).toBe(0);

    // Two days after staging, with one approval of the two the policy asks for.
    mergeDated(repo, 'to-production', at(T.production, -5), () => setStage(repo, 'production'));
    const refused = await promote({ repo, since: staging, now: new Date(T.production), pullRequest: { number: 3, author: 'alice', approvers: ['carol'] } });
    expect(refused.exitCode).toBe(1);
    expect(refused.models[0]!.promotion!.status).toBe('blocked');
    expect(refused.models[0]!.promotion!.reason).toMatch(/approvals gate fail: approvals: 1 of 2 approvals from @credit-ml\/model-risk .*1 more approval needed.*soak in staging: 1\.0\.0 has been in staging for 2 days \(credit-risk#staging#2, since 2024-02-01\): 5 days short of the soak of 7d before production/);
    expect(refused.models[0]!.enforcement!.requirements.filter((r) => r.status === 'unmet').map((r) => r.check)).toEqual(['approvals', 'soak']);
    expect(tagList(repo)).toEqual(['credit-risk#development#1', 'credit-risk#staging#2', 'credit-risk@v1.0.0']);

    // Approved by two; the soak is waived by a reviewed, expiring waiver merged into the policy.
    mergeDated(repo, 'waive-soak', at(T.production, 55), () =>
      appendFileSync(
        join(repo, 'modelops.yaml'),
        'waivers:\n  - model: credit-risk\n    version: 1.0.0\n    check: soak\n    reason: the staging traffic of two days covers a full monthly cohort for this batch model\n    approved_by: ["@erin"]\n    expires: 2024-02-29\n',
      ),
    );
    const waiverLine = readFileSync(join(repo, 'modelops.yaml'), 'utf8').split('\n').indexOf('  - model: credit-risk') + 1;
    const accepted = await promote({ repo, since: staging, now: new Date(at(T.production, 60)), pullRequest: { number: 3, author: 'alice', approvers: ['carol', 'dave'] } });
    expect(accepted.exitCode, JSON.stringify(accepted.models[0]!.promotion)).toBe(0);
    expect(accepted.models[0]!.verdict).toBe('warn');
    expect(tagList(repo)).toContain('credit-risk#production#3');
    const parsed = parseEvidence(tagMessage(repo, 'credit-risk#production#3').body);
    const enforcement = parsed.status === 'present' ? parsed.evidence.report.models[0]!.enforcement! : undefined;
    const waiver = { check: 'soak', model: 'credit-risk', version: '1.0.0', reason: expect.stringContaining('monthly cohort'), approvedBy: ['@erin'], expires: '2024-02-29', file: 'modelops.yaml', line: waiverLine };
    expect(enforcement).toMatchObject({ stage: 'production', context: 'promotion', waivers: [waiver] });
    expect(enforcement!.requirements.find((r) => r.check === 'soak')).toMatchObject({ status: 'waived', waiver, detail: expect.stringMatching(/^waived by modelops\.yaml:\d+ \(approved by @erin, until 2024-02-29\)/) });
    expect(enforcement!.requirements.find((r) => r.check === 'approvals')).toMatchObject({ status: 'met', approvals: [{ login: 'carol', source: 'asserted', counted: true }, { login: 'dave', source: 'asserted', counted: true }] });

    // The audit lists the waiver in force; the card shows it beside the promotion it allowed.
    const audited = await audit({ repo, now: new Date(at(T.production, 120)) });
    expect(audited.exitCode, JSON.stringify(audited.models[0]!.findings)).toBe(0);
    expect(audited.models[0]!.audit!.waivers).toEqual([{ ...waiver, status: 'in-force' }]);
    const card = await cli('card', 'credit-risk', '--repo', repo);
    expect(card.stdout).toContain('## Waivers used');
    expect(card.stdout).toMatch(new RegExp(`\\| \`credit-risk#production#3\` \\| soak \\| 1\\.0\\.0 \\| @erin \\| 2024-02-29 \\| the staging traffic .* \\| modelops\\.yaml:${waiverLine} \\|`));

    // Once it has expired it waives nothing, and the audit says so at its line.
    const later = await audit({ repo, now: new Date('2024-03-01T00:00:00Z') });
    expect(later.findings).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'expired-waiver', file: 'modelops.yaml', line: waiverLine, message: expect.stringContaining('expired 2024-02-29') }));
    expect(later.models[0]!.audit!.waivers![0]!.status).toBe('expired');
  });

  it('does not let a pull request waive its own approvals; a waiver merged on its own does', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    const waive = '  - {model: credit-risk, version: 1.0.0, check: approvals, reason: "the ml-engineers are all on leave this week", approved_by: ["@erin"], expires: 2099-12-31}\n';
    const merge = mergePullRequest(repo, 'self-waiver', () => {
      setStage(repo, 'staging');
      appendFileSync(join(repo, 'modelops.yaml'), `waivers:\n${waive}`);
    });
    const refused = await promote({ repo, since: first });
    expect(refused.exitCode).toBe(1);
    expect(refused.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'waiver-refused', file: 'modelops.yaml', message: expect.stringContaining('a pull request cannot waive its own approvals') }));
    expect(refused.models[0]!.promotion!.reason).toContain(`approvals gate fail: approvals: ${NO_APPROVALS_AT_PROMOTION}: 0 of 1 approvals from @credit-ml/ml-engineers`);
    // The approvals gate added at promotion is placed like the gate run's: on the stage it asks for.
    const approvals = refused.models[0]!.gates.find((g) => g.gate === 'approvals')!;
    expect(approvals.checks[0]).toMatchObject({ pointer: '/stage', line: lineOf(readFileSync(join(repo, MANIFEST), 'utf8'), 'stage: staging') });
    // It stays refused for that change on later pushes (the catch-up finds it came with the change).
    mergePullRequest(repo, 'docs', () => writeFileSync(join(repo, 'NOTES.md'), 'notes\n'));
    expect((await promote({ repo, since: merge })).models[0]!.promotion!.status).toBe('blocked');

    // The same waiver in a pull request of its own, after the change: the next push promotes with it.
    const other = developmentRepo();
    await promote({ repo: other.repo });
    const change = mergePullRequest(other.repo, 'to-staging', () => setStage(other.repo, 'staging'));
    expect((await promote({ repo: other.repo, since: other.first })).exitCode).toBe(1);
    mergePullRequest(other.repo, 'waiver', () => appendFileSync(join(other.repo, 'modelops.yaml'), `waivers:\n${waive}`));
    const accepted = await promote({ repo: other.repo, since: change });
    expect(accepted.exitCode, JSON.stringify(accepted.models[0]!.promotion)).toBe(0);
    expect(accepted.models[0]!.enforcement!.requirements[0]).toMatchObject({ check: 'approvals', status: 'waived' });
  });

  it('checks asserted approvals in the CLI gate of a pull request, failing closed on teams it cannot verify', async () => {
    const { repo } = developmentRepo();
    await promote({ repo });
    git(repo, 'switch', '-q', '-c', 'to-staging');
    setStage(repo, 'staging');
    commitAll(repo, 'to staging');
    const run = await cli('gate', '--repo', repo, '--base', 'main', '--pr', '2', '--pr-author', 'alice', '--approver', 'bob', '--format', 'json');
    expect(run.code).toBe(1);
    const model = run.report!.models[0]!;
    expect(model.enforcement).toMatchObject({ stage: 'staging', context: 'command-line' });
    expect(model.enforcement!.requirements[0]).toMatchObject({ check: 'approvals', status: 'unmet', approvals: [{ login: 'bob', source: 'asserted', counted: false, membership: 'unverified' }] });
    const text = await cli('gate', '--repo', repo, '--base', 'main');
    expect(text.stdout).toContain('not checked here: no pull request whose reviews to read');
    expect(text.stdout).toMatch(/checked here for staging: checklist met, .*; not checked: approvals \(no pull request/);
  });

  it('rejects a waiver without a version or with an unknown check, at its line', async () => {
    const repo = scratchRepo();
    appendFileSync(join(repo, 'modelops.yaml'), 'waivers:\n  - model: credit-risk\n    check: soak\n    reason: no version given for this one\n    approved_by: ["@erin"]\n    expires: 2030-01-01\n  - model: credit-risk\n    version: 1.0.0\n    check: gate.speed\n    reason: there is no such gate at all\n    approved_by: ["@erin"]\n    expires: 2030-01-01\n');
    const run = await cli('validate', '--repo', repo, '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.report!.findings.filter((f) => f.code === 'invalid-waiver').map((f) => [f.line, f.message])).toEqual([
      [expect.any(Number), 'waiver of soak for credit-risk: a waiver of soak names the version it applies to (version: 1.2.0)'],
      [expect.any(Number), expect.stringContaining("check 'gate.speed' is not a check a waiver can name")],
    ]);
  });

  it('promotes a model whose run was cancelled on the next run, with evidence that covers its commit', async () => {
    const { repo, first } = developmentRepo();
    await promote({ repo });
    // The push of v1.1.0: its run was cancelled by the next push of the concurrency group.
    const cancelled = mergePullRequest(repo, 'v1.1', () => editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'version: 1.0.0', 'version: 1.1.0'), 'brier: {max: 0.20}', 'brier: {max: 0.21}')));
    const docs = mergePullRequest(repo, 'docs', () => writeFileSync(join(repo, 'NOTES.md'), 'notes\n'));
    const report = await promote({ repo, since: cancelled });
    expect(report.exitCode, JSON.stringify(report.models.map((m) => m.promotion))).toBe(0);
    expect(report.models[0]!.promotion).toMatchObject({ status: 'promoted', tags: [{ tag: 'credit-risk@v1.1.0', created: true }, { tag: 'credit-risk#development#2', created: true }] });
    const parsed = parseEvidence(tagMessage(repo, 'credit-risk@v1.1.0').body);
    expect(parsed.status === 'present' && parsed.evidence).toMatchObject({ commit: docs, range: { from: first, to: docs }, previous: { version: '1.0.0', stage: 'development' } });
    // Idempotent: the next run finds nothing to catch up; the audit finds the change covered.
    expect((await promote({ repo, since: docs })).findings).toEqual([expect.objectContaining({ code: 'nothing-to-promote' })]);
    expect((await audit({ repo })).models[0]!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('resolves an audit finding about a past commit with a waiver that names it', async () => {
    const { repo } = developmentRepo();
    await promote({ repo });
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'threshold: 0.5', 'threshold: 0.45'));
    const push = commitAll(repo, 'direct push: lower the threshold');
    const before = await audit({ repo });
    expect(before.exitCode).toBe(1);
    const code = before.models[0]!.findings.find((f) => f.severity === 'error' && f.commit === push)!.code;
    appendFileSync(join(repo, 'modelops.yaml'), `waivers:\n  - model: credit-risk\n    check: audit.${code}\n    commit: ${push.slice(0, 12)}\n    reason: the threshold change was reviewed after the fact in incident INC-42\n    approved_by: ["@erin"]\n    expires: 2099-01-01\n`);
    commitAll(repo, 'waive the audit finding of the direct push');
    const after = await audit({ repo });
    expect(after.exitCode, JSON.stringify(after.models[0]!.findings)).toBe(0);
    expect(after.models[0]!.findings.find((f) => f.code === code)).toMatchObject({ severity: 'info', message: expect.stringContaining('waived by modelops.yaml:') });
  });
});

describe('a broken policy', () => {
  it('promotes nothing: the defaults never stand in for the policy at promotion', async () => {
    const { repo } = developmentRepo();
    appendFileSync(join(repo, 'modelops.yaml'), 'waivers:\n  - {model: credit-risk, check: soak, reason: a, b}\n');
    commitAll(repo, 'a broken waiver');
    const report = await promote({ repo });
    expect(report.exitCode).toBe(2);
    expect(report.models).toEqual([]);
    expect(report.findings.map((f) => f.code)).toContain('policy-invalid');
    expect(tagList(repo)).toEqual([]);
  });
});
