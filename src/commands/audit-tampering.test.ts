// The audit cannot be fooled (issue 12): a signed trail replayed in a real repository — credit-risk
// 1.0.0 registered, through staging into production, then 1.1.0 into production as
// credit-risk#production#4 — audits clean; each tampering of the issue, done to a copy of it the way
// a careless or dishonest team would, is a finding and exit 1. Signing uses SSH keys made here with
// ssh-keygen; the policy requires signatures and names the allowed signers file in the repository.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../core/report/model.js';
import { cli, commitAll, dated, editFile, git, gitWith, MANIFEST, mergeDated, removeScratchRepos, replaceOnce, scratchRepo } from '../testing/repos.js';
import { promote } from './promote.js';

const T = { register: '2024-01-10T10:00:00Z', staging: '2024-02-01T10:00:00Z', production: '2024-03-01T10:00:00Z', v11: '2024-04-01T10:00:00Z' };
const minus5min = (iso: string) => new Date(Date.parse(iso) - 5 * 60_000).toISOString();
const POLICY = `apiVersion: modelops/v1
kind: Policy
stages:
  staging: {approvals: {count: 0}}
  production: {approvals: {count: 0}}
signatures: {required: true, allowed_signers: .modelops/allowed_signers}
waivers:
  - {model: credit-risk, version: 1.1.0, check: soak, reason: "a tighter brier bound on the artifact of 1.0.0, which soaked", approved_by: ["@erin"], expires: 2099-12-31}
`;

let keys: string;
let trail: string;
let commits: Record<'first' | 'v11', string>;
const copies: string[] = [];

const setStage = (repo: string, stage: string) => editFile(repo, MANIFEST, (t) => t.replace(/^stage: \w+$/m, `stage: ${stage}`));
const expectPromoted = (report: Report) => expect(report.models.map((m) => m.promotion?.status), JSON.stringify(report.models.map((m) => [m.promotion, m.findings.filter((f) => f.severity === 'error')]))).toEqual(['promoted']);

beforeAll(async () => {
  keys = mkdtempSync(join(tmpdir(), 'modelops-keys-'));
  for (const key of ['trusted', 'intruder']) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', key, '-f', join(keys, key)]);
  const repo = scratchRepo();
  writeFileSync(join(repo, 'modelops.yaml'), POLICY);
  mkdirSync(join(repo, '.modelops'));
  writeFileSync(join(repo, '.modelops', 'allowed_signers'), `promoter@example.com namespaces="git" ${readFileSync(join(keys, 'trusted.pub'), 'utf8')}`);
  setStage(repo, 'development');
  git(repo, 'init', '-q', '-b', 'main');
  for (const [key, value] of [['user.name', 'Promoter'], ['user.email', 'promoter@example.com'], ['gpg.format', 'ssh'], ['user.signingkey', join(keys, 'trusted')]]) git(repo, 'config', key!, value!);
  const first = commitAll(repo, 'credit-risk 1.0.0 in development', dated(minus5min(T.register)));
  expectPromoted(await promote({ repo, now: new Date(T.register) }));
  const staging = mergeDated(repo, 'to-staging', minus5min(T.staging), () => setStage(repo, 'staging'));
  expectPromoted(await promote({ repo, since: first, now: new Date(T.staging), pullRequest: { number: 3, author: 'dana', approvers: ['erik'] } }));
  const production = mergeDated(repo, 'to-production', minus5min(T.production), () => setStage(repo, 'production'));
  expectPromoted(await promote({ repo, since: staging, now: new Date(T.production), pullRequest: { number: 5, author: 'dana', approvers: ['erik', 'fay'] } }));
  const v11 = mergeDated(repo, 'v1.1', minus5min(T.v11), () =>
    editFile(repo, MANIFEST, (t) => replaceOnce(replaceOnce(t, 'version: 1.0.0', 'version: 1.1.0'), 'brier: {max: 0.20}', 'brier: {max: 0.21}')),
  );
  expectPromoted(await promote({ repo, since: production, now: new Date(T.v11), pullRequest: { number: 7, author: 'alice', approvers: ['bob', 'carol'] } }));
  trail = repo;
  commits = { first, v11 };
}, 120_000);

afterAll(() => {
  removeScratchRepos();
  for (const dir of [keys, ...copies]) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the signed trail to tamper with. */
function copyOfTrail(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelops-tampered-'));
  copies.push(dir);
  cpSync(trail, dir, { recursive: true });
  return dir;
}

const field = (repo: string, tag: string, format: string) => git(repo, 'for-each-ref', `--format=${format}`, `refs/tags/${tag}`).replace(/\n$/, '');

/** Re-creates a tag as `git tag -f` would: its own message (edited), target and date unless told otherwise, signed by a key or not at all. */
function recreateTag(repo: string, tag: string, change: { at?: string; to?: string; message?: (text: string) => string; key?: 'trusted' | 'intruder' | 'unsigned' } = {}): void {
  const original = `${field(repo, tag, '%(contents:subject)')}\n\n${field(repo, tag, '%(contents:body)')}\n`;
  const message = change.message ? change.message(original) : original;
  if (change.message) expect(message, 'the edit changed nothing').not.toBe(original);
  const file = join(repo, '..', `${repo.split('/').pop()}-${tag.replace(/[^a-z0-9]/gi, '_')}.msg`);
  writeFileSync(file, message);
  copies.push(file);
  const target = change.to ?? git(repo, 'rev-parse', `${tag}^{commit}`).trim();
  const at = change.at ?? field(repo, tag, '%(taggerdate:iso-strict)');
  const key = change.key ?? 'trusted';
  const sign = key === 'unsigned' ? ['tag', '-f', '-a'] : ['-c', `user.signingkey=${join(keys, key)}`, 'tag', '-f', '-s'];
  gitWith(repo, { GIT_COMMITTER_DATE: at }, ...sign, '--cleanup=verbatim', '-F', file, tag, target);
}

async function auditOf(repo: string): Promise<{ code: number; report: Report; codes: string[] }> {
  const run = await cli('audit', '--repo', repo, '--format', 'json');
  expect(run.stderr).toBe('');
  const report = run.report!;
  return { code: run.code, report, codes: report.models.flatMap((m) => m.findings).map((f) => `${f.severity} ${f.code} ${f.tag ?? ''}`.trim()) };
}

const finding = (report: Report, code: string) => report.models.flatMap((m) => m.findings).find((f) => f.code === code)!;

describe('a signed trail', () => {
  it('audits clean: every tag signed by an allowed signer, every seal intact, the branch and the registry agree', async () => {
    const { code, report, codes } = await auditOf(trail);
    expect(codes).toEqual([]);
    expect(code).toBe(0);
    const model = report.models[0]!;
    expect(model.audit!.events.map((e) => [e.tag, e.signature, e.seal])).toEqual([
      ['credit-risk@v1.0.0', 'good', 'intact'],
      ['credit-risk#development#1', 'good', 'intact'],
      ['credit-risk#staging#2', 'good', 'intact'],
      ['credit-risk#production#3', 'good', 'intact'],
      ['credit-risk@v1.1.0', 'good', 'intact'],
      ['credit-risk#production#4', 'good', 'intact'],
    ]);
    expect(Object.fromEntries(model.audit!.stages.map((s) => [s.stage, s.version]))).toMatchObject({ production: '1.1.0' });
  });
});

describe('each tampering is a finding, exit 1', () => {
  it('back-dating: credit-risk@v1.1.0 and credit-risk#production#4 re-created in the past, same target and message, even signed', async () => {
    const repo = copyOfTrail();
    recreateTag(repo, 'credit-risk@v1.1.0', { at: '2024-02-15T10:00:00Z' });
    recreateTag(repo, 'credit-risk#production#4', { at: '2024-02-15T10:00:00Z' });
    const { code, report, codes } = await auditOf(repo);
    expect(code).toBe(1);
    expect(codes).toEqual(
      expect.arrayContaining(['error tagger-date-mismatch credit-risk@v1.1.0', 'error tagger-date-mismatch credit-risk#production#4', 'error tag-order credit-risk#production#4', 'error registry-disagrees']),
    );
    // What GTO now reads, and what the finding says about it.
    expect(report.models[0]!.audit!.stages.find((s) => s.stage === 'production')).toMatchObject({ version: '1.0.0', tag: 'credit-risk#production#3' });
    expect(finding(report, 'registry-disagrees').message).toBe(
      'main declares 1.1.0 in production (models/credit-risk/model.yaml), but GTO reads production as 1.0.0 (credit-risk#production#3), though a tag once assigned it',
    );
    expect(finding(report, 'tagger-date-mismatch').message).toBe('credit-risk@v1.1.0 is dated 2024-02-15T10:00:00.000Z, but its evidence was written at 2024-04-01T10:00:00.000Z: the tag was re-created, back-dated');
  });

  it('a version tag moved to an off-main commit with easier evaluation data and a weaker gate, only the evidence\'s commit edited', async () => {
    const repo = copyOfTrail();
    git(repo, 'switch', '-q', '-c', 'easier', commits.v11);
    const evaluation = 'models/credit-risk/data/evaluation.csv';
    const rows = readFileSync(join(repo, evaluation), 'utf8').split('\n');
    writeFileSync(join(repo, evaluation), rows.slice(0, Math.ceil(rows.length / 2)).join('\n') + '\n');
    editFile(repo, MANIFEST, (t) => replaceOnce(t, 'brier: {max: 0.21}', 'brier: {max: 0.40}'));
    const offMain = commitAll(repo, 'easier', dated('2024-04-02T10:00:00Z'));
    git(repo, 'switch', '-q', 'main');
    recreateTag(repo, 'credit-risk@v1.1.0', { to: offMain, message: (text) => replaceOnce(text, `"commit": "${commits.v11}"`, `"commit": "${offMain}"`) });
    const { code, report, codes } = await auditOf(repo);
    expect(code).toBe(1);
    expect(codes).toEqual(expect.arrayContaining(['error off-branch credit-risk@v1.1.0', 'error evidence-tampered credit-risk@v1.1.0', 'error evidence-inconsistent credit-risk@v1.1.0', 'error evidence-mismatch credit-risk@v1.1.0']));
    expect(finding(report, 'off-branch').message).toBe(`credit-risk@v1.1.0 points at ${offMain.slice(0, 12)}, which is not on the first-parent history of main: a registry tag must point at a promoted commit of the default branch`);
    expect(report.models[0]!.findings.filter((f) => f.code === 'evidence-mismatch').map((f) => f.message)).toEqual(
      expect.arrayContaining([`at ${offMain.slice(0, 12)}, where credit-risk@v1.1.0 points, ${MANIFEST}, ${evaluation} are not the files the evidence recorded (git blob ids differ)`]),
    );
  });

  it('deleting the newest stage tag: production silently reads 1.0.0 while main declares 1.1.0', async () => {
    const repo = copyOfTrail();
    git(repo, 'tag', '-d', 'credit-risk#production#4');
    const { code, report, codes } = await auditOf(repo);
    expect(codes).toEqual(['error registry-disagrees']);
    expect(code).toBe(1);
    expect(finding(report, 'registry-disagrees').message).toBe('main declares 1.1.0 in production (models/credit-risk/model.yaml), but no stage tag records 1.1.0 in production; GTO reads production as 1.0.0 (credit-risk#production#3)');
  });

  it('editing the evidence header: the verdict (warn -> pass, or back), or an approver added', async () => {
    const repo = copyOfTrail();
    const header = field(repo, 'credit-risk#production#4', '%(contents:body)');
    const verdict = /\n {2}"verdict": "(pass|warn)"/.exec(header)![1]!;
    const other = verdict === 'warn' ? 'pass' : 'warn';
    recreateTag(repo, 'credit-risk#production#4', { message: (text) => replaceOnce(text, `\n  "verdict": "${verdict}"`, `\n  "verdict": "${other}"`) });
    recreateTag(repo, 'credit-risk@v1.1.0', { message: (text) => replaceOnce(text, '"carol"', '"carol",\n      "mallory"') });
    const { code, report, codes } = await auditOf(repo);
    expect(codes).toEqual(['error evidence-tampered credit-risk@v1.1.0', 'error evidence-tampered credit-risk#production#4']);
    expect(code).toBe(1);
    expect(report.models[0]!.audit!.events.filter((e) => e.seal === 'broken').map((e) => e.tag)).toEqual(['credit-risk@v1.1.0', 'credit-risk#production#4']);
    const messages = report.models[0]!.findings.map((f) => f.message);
    expect(messages[0]).toBe('the evidence of credit-risk@v1.1.0 was edited after it was written: the header fields (verdict, approvers, pull request, commit, dates, files) were edited after the evidence was written');
    expect(messages[1]).toContain(`the header says verdict ${other}, the report ${verdict}`);
  });

  it('in a signed trail, a tag re-created unsigned, and one signed by a key the policy does not trust', async () => {
    const repo = copyOfTrail();
    recreateTag(repo, 'credit-risk#production#4', { key: 'unsigned' });
    recreateTag(repo, 'credit-risk@v1.1.0', { key: 'intruder' });
    const { code, report, codes } = await auditOf(repo);
    expect(codes).toEqual(['error untrusted-signature credit-risk@v1.1.0', 'error unsigned-tag credit-risk#production#4']);
    expect(code).toBe(1);
    expect(finding(report, 'untrusted-signature').message).toMatch(/^credit-risk@v1\.1\.0 is signed by a key the policy does not trust: .*(principal|allowed)/i);
  });

  it('a production model\'s folder deleted on main without archiving', async () => {
    const repo = copyOfTrail();
    git(repo, 'rm', '-q', '-r', 'models/credit-risk');
    commitAll(repo, 'clean up', dated('2024-05-01T10:00:00Z'));
    const { code, report, codes } = await auditOf(repo);
    expect(codes).toEqual(['error deleted-without-archiving']);
    expect(code).toBe(1);
    expect(finding(report, 'deleted-without-archiving').message).toBe(
      'models/credit-risk/model.yaml is gone from main, but the registry still holds development 1.0.0 (credit-risk#development#1), staging 1.0.0 (credit-risk#staging#2), production 1.1.0 (credit-risk#production#4): the model was deleted without being archived',
    );
  });
});

describe('evidence written before binding', () => {
  it('is still read: an info per model, no error, when no tag of the repository is sealed', async () => {
    const repo = copyOfTrail();
    for (const tag of git(repo, 'tag', '--list').split('\n').filter((t) => t !== '')) {
      recreateTag(repo, tag, { message: (text) => text.replace(/,\n {2}"seal": \{\n[^}]*\n {2}\}/, '') });
    }
    const { code, report, codes } = await auditOf(repo);
    expect(codes).toEqual(['info evidence-predates-binding']);
    expect(code).toBe(0);
    expect(finding(report, 'evidence-predates-binding').message).toMatch(/^6 tag\(s\) carry evidence written before evidence was sealed/);
  });
});
