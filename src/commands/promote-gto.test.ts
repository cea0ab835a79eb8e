// Promotion writes GTO's own tags where our operations mean the same (issue 12): a model moved back
// from production to staging unassigns production first (else `gto show` keeps showing it there), and
// an archived model is deprecated (GTO then shows it nowhere). The audit reads both and stays clean.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../core/report/model.js';
import { commitAll, dated, editFile, git, gitWith, MANIFEST, removeScratchRepos, scratchRepo } from '../testing/repos.js';
import { audit } from './audit.js';
import { promote } from './promote.js';

afterAll(removeScratchRepos);

// No approvals, so the history is about tags: this test is not about the approval policy.
const POLICY = `apiVersion: modelops/v1
kind: Policy
stages:
  staging: {approvals: {count: 0}}
  production: {approvals: {count: 0}}
  archived: {approvals: {count: 0}}
`;
const setStage = (repo: string, stage: string) => editFile(repo, MANIFEST, (t) => t.replace(/^stage: \w+$/m, `stage: ${stage}`));
const minus5min = (iso: string) => new Date(Date.parse(iso) - 5 * 60_000).toISOString();
const tags = (repo: string) => git(repo, 'tag', '--list', '--sort=creatordate').split('\n').filter((t) => t !== '');
const stages = (report: Report) => Object.fromEntries(report.models[0]!.audit!.stages.map((s) => [s.stage, s.version]));

describe('promotion writes GTO\'s unassignment and deprecation', () => {
  let repo: string;
  let previous: string;
  const step = async (at: string, stage: string) => {
    git(repo, 'switch', '-q', '-c', `to-${stage}`);
    setStage(repo, stage);
    commitAll(repo, `to ${stage}`, dated(minus5min(at)));
    git(repo, 'switch', '-q', 'main');
    gitWith(repo, dated(minus5min(at)), 'merge', '-q', '--no-ff', `to-${stage}`, '-m', `Merge to-${stage}`);
    const report = await promote({ repo, since: previous, now: new Date(at), pullRequest: { number: 1, author: 'dana', approvers: ['erik'] } });
    expect(report.models.map((m) => m.promotion?.status), JSON.stringify(report.models.map((m) => m.findings.filter((f) => f.severity === 'error')))).toEqual(['promoted']);
    previous = git(repo, 'rev-parse', 'HEAD').trim();
    return report;
  };

  beforeAll(async () => {
    repo = scratchRepo();
    writeFileSync(join(repo, 'modelops.yaml'), POLICY);
    setStage(repo, 'staging');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Promoter');
    git(repo, 'config', 'user.email', 'promoter@example.com');
    previous = commitAll(repo, 'credit-risk 1.0.0 in staging', dated(minus5min('2024-01-10T10:00:00Z')));
    await promote({ repo, now: new Date('2024-01-10T10:00:00Z') });
    await step('2024-02-01T10:00:00Z', 'production');
  }, 120_000);

  it('moving back from production to staging unassigns production, then assigns staging', async () => {
    const report = await step('2024-03-01T10:00:00Z', 'staging');
    expect(report.models[0]!.promotion!.tags.filter((t) => t.created).map((t) => [t.tag, t.action])).toEqual([
      ['credit-risk#production!#3', 'unassign'],
      ['credit-risk#staging#4', 'assign'],
    ]);
    const audited = await audit({ repo, now: new Date('2024-03-02T00:00:00Z') });
    expect(audited.models[0]!.findings).toEqual([]);
    expect(stages(audited)).toEqual({ staging: '1.0.0' }); // without the unassignment GTO would still show production
  });

  it('archiving deprecates the model: GTO shows it nowhere, and its folder may then go', async () => {
    const report = await step('2024-04-01T10:00:00Z', 'archived');
    expect(report.models[0]!.promotion!.tags.filter((t) => t.created).map((t) => [t.tag, t.action])).toEqual([['credit-risk@deprecated#5', 'deprecate']]);
    expect(tags(repo).slice(-1)).toEqual(['credit-risk@deprecated#5']);
    const audited = await audit({ repo, now: new Date('2024-04-02T00:00:00Z') });
    expect(audited.models[0]!.findings).toEqual([]);
    expect(stages(audited)).toEqual({});
    git(repo, 'rm', '-q', '-r', 'models/credit-risk');
    commitAll(repo, 'remove the archived model', dated('2024-05-01T10:00:00Z'));
    expect((await audit({ repo, now: new Date('2024-05-02T00:00:00Z') })).models[0]!.findings).toEqual([]);
    // Promoting again changes nothing: the registry already says archived.
    expect((await promote({ repo, since: previous, now: new Date('2024-05-01T11:00:00Z') })).models.map((m) => m.promotion?.status)).toEqual([]);
  });
});
