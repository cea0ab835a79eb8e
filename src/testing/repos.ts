// Test helpers: scratch copies of the example repository, real git history in them.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli.js';
import type { Report } from '../core/report/model.js';

export const EXAMPLE_REPO = join(import.meta.dirname, '..', '..', 'example-repo');
export const MANIFEST = 'models/credit-risk/model.yaml';

const scratchDirs: string[] = [];

export function scratchRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelops-test-'));
  scratchDirs.push(dir);
  cpSync(join(EXAMPLE_REPO, 'modelops.yaml'), join(dir, 'modelops.yaml'));
  cpSync(join(EXAMPLE_REPO, 'models'), join(dir, 'models'), { recursive: true });
  cpSync(join(EXAMPLE_REPO, 'train'), join(dir, 'train'), { recursive: true });
  return dir;
}

export function removeScratchRepos(): void {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces exactly one occurrence, so a test can never pass on an unchanged file. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const matches = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, from.flags.includes('g') ? from.flags : from.flags + 'g')) ?? []).length;
  if (matches !== 1) throw new Error(`expected exactly one match of ${String(from)}, found ${matches}`);
  return text.replace(from, to);
}

export function editFile(repo: string, path: string, edit: (text: string) => string): string {
  const file = join(repo, path);
  const text = edit(readFileSync(file, 'utf8'));
  writeFileSync(file, text);
  return text;
}

/** 1-based line of the n-th line containing `needle`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  throw new Error(`'${needle}' (occurrence ${occurrence}) not found`);
}

export function git(repo: string, ...args: string[]): string {
  return gitWith(repo, {}, ...args);
}

/** git with extra environment, e.g. GIT_COMMITTER_DATE for a history with controlled times. */
export function gitWith(repo: string, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'tag.gpgSign=false', '-c', 'commit.gpgSign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

/** Author and committer date `date` (ISO 8601). */
export const dated = (date: string): Record<string, string> => ({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });

export function commitAll(repo: string, message: string, env: Record<string, string> = {}): string {
  gitWith(repo, env, 'add', '-A');
  gitWith(repo, env, 'commit', '-q', '--allow-empty', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/** A pull request's branch merged into main with a merge commit, the commit and the merge dated `date`; returns the merge. */
export function mergeDated(repo: string, branch: string, date: string, edit: () => void): string {
  git(repo, 'switch', '-q', '-c', branch);
  edit();
  commitAll(repo, `change on ${branch}`, dated(date));
  git(repo, 'switch', '-q', 'main');
  gitWith(repo, dated(date), 'merge', '-q', '--no-ff', branch, '-m', `Merge pull request from ${branch}`);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

export function initGit(repo: string): string {
  git(repo, 'init', '-q', '-b', 'main');
  return commitAll(repo, 'initial');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  report?: Report;
}

export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {} });
  const run: CliRun = { code, stdout, stderr };
  if (args.includes('json') && stdout.trim().startsWith('{')) run.report = JSON.parse(stdout) as Report;
  return run;
}

/**
 * The example policy as a repository promoting from the command line would set it: approvals asserted
 * with --approver count for the policy's teams, as warnings (approvals.unverified_membership: warn),
 * since the command line cannot read team membership. Each waiver is a YAML list item, indented by two.
 */
export function acceptAssertedApprovals(repo: string, waivers: readonly string[] = []): void {
  editFile(repo, 'modelops.yaml', (t) => {
    let text = replaceOnce(t, 'approvals: {count: 1, from: ["@credit-ml/ml-engineers"]}', 'approvals: {count: 1, from: ["@credit-ml/ml-engineers"], unverified_membership: warn}');
    text = replaceOnce(text, 'approvals: {count: 2, from: ["@credit-ml/model-risk"]}', 'approvals: {count: 2, from: ["@credit-ml/model-risk"], unverified_membership: warn}');
    return waivers.length > 0 ? `${text.trimEnd()}\nwaivers:\n${waivers.join('')}` : text;
  });
}

/**
 * The example manifest's monitoring as one snapshot (before monitoring over time): current = the two
 * undrifted weekly samples under data/current/, no chunks, no labels. For tests of the snapshot check.
 */
export function snapshotMonitoring(text: string): string {
  const start = text.indexOf('  current:\n');
  const end = text.indexOf('  schedule: ');
  if (start < 0 || end < start) throw new Error('the manifest has no monitoring.current before monitoring.schedule');
  const block = [
    '  current:',
    '    glob: models/credit-risk/data/current/*.csv',
    '    timestamp: scored_at',
    '    description: weekly exports of scored applications (here a simulated, undrifted sample)',
    '    provenance: resampled from evaluation + reference by train/prepare_data.py',
    '',
  ].join('\n');
  return text.slice(0, start) + block + text.slice(end);
}

/** A scratch copy of the example repository whose model is checked as one snapshot (snapshotMonitoring). */
export function snapshotRepo(): string {
  const repo = scratchRepo();
  editFile(repo, MANIFEST, snapshotMonitoring);
  return repo;
}
