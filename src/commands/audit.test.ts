// `modelops audit` on a replayed history in a real repository: register v1, promote it to staging and
// production, a reviewed v1.1.0, a rollback to v1; then tampering, which the audit must report.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEvidence } from '../core/promotion/evidence.js';
import { parseTag } from '../core/promotion/tags.js';
import type { Report } from '../core/report/model.js';
import { acceptAssertedApprovals, cli, commitAll, dated, editFile, git, gitWith, MANIFEST, mergeDated, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';
import { audit } from './audit.js';
import { promote } from './promote.js';

afterAll(removeScratchRepos);

// Each promotion happens at the hour; its merge five minutes before.
const T = {
  register: '2024-01-10T10:00:00Z',
  staging: '2024-02-01T10:00:00Z',
  production: '2024-03-01T10:00:00Z',
  v11: '2024-04-01T10:00:00Z',
  rollback: '2024-05-01T10:00:00Z',
  tamper: '2024-06-01T10:00:00Z',
};
const minus5min = (iso: string) => new Date(Date.parse(iso) - 5 * 60_000).toISOString();
const plus = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

interface Replay {
  repo: string;
  commits: Record<'first' | 'staging' | 'production' | 'v11' | 'rollback', string>;
}

const setStage = (repo: string, stage: string) => editFile(repo, MANIFEST, (t) => t.replace(/^stage: \w+$/m, `stage: ${stage}`));

async function replay(): Promise<Replay> {
  const repo = scratchRepo();
  setStage(repo, 'development');
  // Promoted from the command line: asserted approvals count for the teams; 1.1.0 goes to production without a staging soak, by waiver.
  acceptAssertedApprovals(repo, ['  - {model: credit-risk, version: 1.1.0, check: soak, reason: "a tighter brier bound on the artifact of 1.0.0, which soaked", approved_by: ["@erin"], expires: 2099-12-31}\n']);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Promoter');
  git(repo, 'config', 'user.email', 'promoter@example.com');
  git(repo, 'config', 'tag.gpgSign', 'false');
  const first = commitAll(repo, 'credit-risk 1.0.0 in development', dated(minus5min(T.register)));
  const expectPromoted = (report: Report) => expect(report.models.map((m) => m.promotion?.status), JSON.stringify(report.models.map((m) => m.promotion))).toEqual(['promoted']);

  expectPromoted(await promote({ repo, now: new Date(T.register) }));
  const staging = mergeDated(repo, 'to-staging', minus5min(T.staging), () => setStage(repo, 'staging'));
  expectPromoted(await promote({ repo, since: first, now: new Date(T.staging), pullRequest: { number: 3, author: 'dana', approvers: ['erik'] } }));
  const production = mergeDated(repo, 'to-production', minus5min(T.production), () => setStage(repo, 'production'));
  expectPromoted(await promote({ repo, since: staging, now: new Date(T.production), pullRequest: { number: 5, author: 'dana', approvers: ['erik', 'fay'] } }));
  const v1Manifest = readFileSync(join(repo, MANIFEST), 'utf8');

  const v11 = mergeDated(repo, 'v1.1', minus5min(T.v11), () =>
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'version: 1.0.0', 'version: 1.1.0'), 'brier: {max: 0.20}', 'brier: {max: 0.21}')),
  );
  expectPromoted(
    await promote({ repo, since: production, now: new Date(T.v11), pullRequest: { number: 7, author: 'alice', approvers: ['bob', 'carol'], url: 'https://github.com/o/r/pull/7' }, runUrl: 'https://github.com/o/r/actions/runs/70' }),
  );
  const rollback = mergeDated(repo, 'rollback', minus5min(T.rollback), () => writeFileSync(join(repo, MANIFEST), v1Manifest));
  expectPromoted(await promote({ repo, since: v11, now: new Date(T.rollback), pullRequest: { number: 8, author: 'alice', approvers: ['bob', 'carol'] } }));
  return { repo, commits: { first, staging, production, v11, rollback } };
}

const tags = (repo: string) => git(repo, 'tag', '--list').split('\n').filter((t) => t.length > 0).sort();
const stagesAt = async (repo: string, at: string) => {
  const run = await cli('audit', '--repo', repo, '--at', at, '--format', 'json');
  expect(run.stderr).toBe('');
  return Object.fromEntries(run.report!.models[0]!.audit!.stages.map((s) => [s.stage, s.version]));
};

/** Re-creates a tag at another commit with its original message, as `git tag -f` would. */
function moveTag(repo: string, tag: string, to: string, at: string): void {
  const message = join(repo, '..', `${tag.replace(/[^a-z0-9]/gi, '_')}.msg`);
  writeFileSync(message, git(repo, 'for-each-ref', '--format=%(contents)', `refs/tags/${tag}`));
  gitWith(repo, dated(at), 'tag', '-f', '-a', '--cleanup=verbatim', '-F', message, tag, to);
}

describe('the audit trail of a replayed history', () => {
  let r: Replay;
  beforeAll(async () => {
    r = await replay();
  }, 120_000);

  it('wrote one registration per version and one stage tag per change, all in GTO\'s grammar; the rollback only a stage tag', () => {
    expect(tags(r.repo)).toEqual(['credit-risk#development#1', 'credit-risk#production#3', 'credit-risk#production#4', 'credit-risk#production#5', 'credit-risk#staging#2', 'credit-risk@v1.0.0', 'credit-risk@v1.1.0']);
    expect(tags(r.repo).map((t) => parseTag(t)?.name)).toEqual(Array(7).fill('credit-risk'));
    // The rollback assigns production to v1 where v1 is registered (GTO finds the version by that
    // commit); its evidence names the rollback merge.
    expect(git(r.repo, 'rev-parse', 'credit-risk#production#5^{commit}').trim()).toBe(r.commits.first);
    const body = git(r.repo, 'for-each-ref', '--format=%(contents:body)', 'refs/tags/credit-risk#production#5');
    const parsed = parseEvidence(body);
    expect(parsed.status === 'present' && parsed.evidence).toMatchObject({ version: '1.0.0', mergeCommit: r.commits.rollback, previous: { version: '1.1.0', stage: 'production' }, range: { from: r.commits.v11, to: r.commits.rollback } });
  });

  it('lists every registration and stage change with time, tagger, pull request, approvers and verdicts, and finds nothing wrong', async () => {
    const report = await audit({ repo: r.repo, now: new Date('2024-05-15T00:00:00Z') });
    expect(report.exitCode, JSON.stringify(report.models[0]!.findings, null, 2)).toBe(0);
    expect(report.models[0]!.findings).toEqual([]);
    const model = report.models[0]!;
    expect(model).toMatchObject({ name: 'credit-risk', version: '1.0.0', stage: 'production', verdict: 'pass' });
    expect(model.audit!.events.map((e) => [e.time, e.action, e.version, e.stage ?? '', e.pullRequest?.number ?? null])).toEqual([
      ['2024-01-10T10:00:00.000Z', 'register', '1.0.0', '', null],
      ['2024-01-10T10:00:00.000Z', 'assign', '1.0.0', 'development', null],
      ['2024-02-01T10:00:00.000Z', 'assign', '1.0.0', 'staging', 3],
      ['2024-03-01T10:00:00.000Z', 'assign', '1.0.0', 'production', 5],
      ['2024-04-01T10:00:00.000Z', 'register', '1.1.0', '', 7],
      ['2024-04-01T10:00:00.000Z', 'assign', '1.1.0', 'production', 7],
      ['2024-05-01T10:00:00.000Z', 'assign', '1.0.0', 'production', 8],
    ]);
    expect(model.audit!.events[5]).toMatchObject({
      tag: 'credit-risk#production#4',
      tagger: 'Promoter <promoter@example.com>',
      pullRequest: { number: 7, author: 'alice', approvers: ['bob', 'carol'], url: 'https://github.com/o/r/pull/7' },
      workflowRun: 'https://github.com/o/r/actions/runs/70',
      mergeCommit: r.commits.v11,
      evidence: 'present',
      signature: 'unsigned',
    });
    expect(['pass', 'warn']).toContain(model.audit!.events[5]!.verdict); // warn: a gate the stage requires was skipped
    expect(model.audit!.events[5]!.gates).toEqual(expect.arrayContaining([{ gate: 'champion', verdict: 'pass' }, { gate: 'performance', verdict: 'warn' }]));
    expect(model.audit!.versions.map((v) => [v.version, v.artifact?.status])).toEqual([['1.0.0', 'match'], ['1.1.0', 'match']]);
    expect(report.audit).toMatchObject({ ref: 'HEAD', commit: r.commits.rollback, at: '2024-05-15T00:00:00.000Z', tags: 7 });
  });

  it('answers which version held each stage before and after each promotion (--at)', async () => {
    expect(await stagesAt(r.repo, plus(T.register, -1))).toEqual({});
    expect(await stagesAt(r.repo, T.register)).toEqual({ development: '1.0.0' });
    expect(await stagesAt(r.repo, plus(T.staging, -1))).toEqual({ development: '1.0.0' });
    expect(await stagesAt(r.repo, plus(T.staging, 1))).toEqual({ development: '1.0.0', staging: '1.0.0' });
    expect(await stagesAt(r.repo, plus(T.production, -1))).toEqual({ development: '1.0.0', staging: '1.0.0' });
    expect(await stagesAt(r.repo, plus(T.production, 1))).toEqual({ development: '1.0.0', staging: '1.0.0', production: '1.0.0' });
    expect(await stagesAt(r.repo, plus(T.v11, -1))).toMatchObject({ production: '1.0.0' });
    expect(await stagesAt(r.repo, plus(T.v11, 1))).toMatchObject({ production: '1.1.0' });
    expect(await stagesAt(r.repo, '2024-04-30')).toMatchObject({ production: '1.1.0' });
    expect(await stagesAt(r.repo, '2024-05-01')).toMatchObject({ production: '1.0.0' }); // the end of the rollback's day
    expect(await stagesAt(r.repo, plus(T.rollback, -1))).toMatchObject({ production: '1.1.0' });
    expect(await stagesAt(r.repo, plus(T.rollback, 1))).toMatchObject({ production: '1.0.0' });
    const unknown = await cli('audit', 'churn', '--repo', r.repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no model named churn/);
    expect((await cli('audit', 'credit-risk', '--repo', r.repo, '--format', 'json')).report!.models.map((m) => m.name)).toEqual(['credit-risk']);
    const bad = await cli('audit', '--repo', r.repo, '--at', 'last tuesday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--at must be a date/);
  });

  it('reads as text, Markdown and self-contained HTML', async () => {
    const text = await cli('audit', '--repo', r.repo, '--at', '2024-05-15');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('stages: development 1.0.0 (credit-risk#development#1, since 2024-01-10 10:00); staging 1.0.0');
    expect(text.stdout).toMatch(/2024-04-01 10:00\s+production ← 1\.1\.0\s+credit-risk#production#4 {2}Promoter <promoter@example\.com> · PR #7 by @alice, approved by @bob, @carol · gates (pass|warn) · unsigned/);
    expect(text.stdout).toContain('1.0.0: artifact sha256 matches (credit-risk@v1.0.0)');
    const markdown = await cli('audit', '--repo', r.repo, '--format', 'markdown');
    expect(markdown.stdout).toMatch(/\| 2024-04-01 10:00 \| production ← 1\.1\.0 \| `credit-risk#production#4` \| Promoter <promoter@example\.com> \| PR #7 by @alice, approved by @bob, @carol \| (✅ pass|⚠️ warn) \| unsigned \|/);
    const html = await cli('audit', '--repo', r.repo, '--format', 'html');
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<style>');
    expect(html.stdout).not.toMatch(/<script|<link|src="http/);
    expect(html.stdout).toContain('PR #7 by @alice, approved by @bob, @carol');
  });

  describe('after tampering', () => {
    let artifactEdit: string;
    let silentBump: string;
    beforeAll(() => {
      // 1. The registered artifact edited and committed under the same version, straight to main.
      appendFileSync(join(r.repo, 'models/credit-risk/model-v1.onnx'), Buffer.from([0]));
      artifactEdit = commitAll(r.repo, 'tweak the model file', dated(T.tamper));
      // 2. A manifest change pushed without a pull request or a promotion.
      editFile(r.repo, MANIFEST, (t) => replaceOnce(t, 'version: 1.0.0', 'version: 1.2.0'));
      silentBump = commitAll(r.repo, 'bump', dated(plus(T.tamper, 60)));
      // 3. A stage tag moved with git tag -f (keeping its message, evidence and all).
      moveTag(r.repo, 'credit-risk#production#4', silentBump, plus(T.tamper, 120));
    });

    it('reports each finding and exits 1', async () => {
      const run = await cli('audit', '--repo', r.repo, '--format', 'json');
      expect(run.code).toBe(1);
      const findings = run.report!.models[0]!.findings;
      expect(findings.map((f) => [f.severity, f.code, f.commit ?? f.tag ?? f.file]).sort()).toEqual(
        [
          ['error', 'registered-version-changed', artifactEdit],
          ['error', 'unpromoted-change', silentBump],
          ['error', 'tag-moved', silentBump],
          // The manifest there is another version, and its blobs are not the ones gated.
          ['error', 'evidence-mismatch', silentBump],
          ['error', 'evidence-mismatch', silentBump],
          // Re-created two months after its evidence, so after #5: out of time order.
          ['error', 'tagger-date-mismatch', silentBump],
          ['error', 'tag-order', r.commits.first],
          // main now declares 1.2.0, which no tag records.
          ['error', 'registry-disagrees', 'models/credit-risk/model.yaml'],
        ].sort(),
      );
      expect(findings.find((f) => f.code === 'registered-version-changed')!.message).toMatch(/changed models\/credit-risk\/model-v1\.onnx of version 1\.0\.0, registered by credit-risk@v1\.0\.0, keeping the version/);
      expect(findings.find((f) => f.code === 'unpromoted-change')!.message).toMatch(/changed the model \(version 1\.0\.0 -> 1\.2\.0\) and no passing evidence covers it/);
      expect(findings.find((f) => f.code === 'tag-moved')!.message).toBe(`credit-risk#production#4 points at ${silentBump.slice(0, 12)}, but its evidence was written for ${r.commits.v11.slice(0, 12)}: the tag was moved or re-created`);
      expect(findings.find((f) => f.code === 'evidence-mismatch')!.message).toMatch(/disagrees with its evidence: version 1\.2\.0, the evidence 1\.1\.0/);
      const text = await cli('audit', '--repo', r.repo);
      expect(text.stdout).toMatch(/error \[tag-moved\]: credit-risk#production#4 points at/);
      expect(text.stdout).toContain('FAIL (exit 1)');
    });

    it('re-hashes a registered artifact where its moved registration tag now points', async () => {
      moveTag(r.repo, 'credit-risk@v1.0.0', artifactEdit, plus(T.tamper, 180));
      const report = await audit({ repo: r.repo });
      const codes = report.models[0]!.findings.map((f) => `${f.code} ${f.tag ?? ''}`);
      expect(codes).toEqual(expect.arrayContaining(['tag-moved credit-risk@v1.0.0', 'artifact-hash-mismatch credit-risk@v1.0.0']));
      expect(report.models[0]!.audit!.versions.find((v) => v.version === '1.0.0')!.artifact).toMatchObject({ status: 'mismatch', recorded: 'd35e1f77c8fbb07571355654ea08fed991303edef7036c0d0b866a1dd2ccf963' });
    });
  });
});
