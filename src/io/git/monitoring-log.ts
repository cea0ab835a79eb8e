// The monitoring log: JSON lines, one file per model (`<model>.jsonl`), on the branch
// `modelops/monitoring`, which shares no history with the default branch. Written with git plumbing
// (hash-object, mktree, commit-tree, update-ref) so the work tree, the index and HEAD are never touched.
// Concurrency: the ref is updated compare-and-swap locally and pushed without force; a rejected push
// (another run landed first) fetches the new tip, re-appends this run's records on top and retries.
import { newRecords } from '../../core/drift/chunks/log-records.js';
import type { MonitoringLogRecord } from '../../core/drift/monitoring-log-schema.js';
import { schemaProblems } from '../../core/schema/check.js';
import { runGit } from './exec.js';
import { sleep, type Sleep } from '../sleep.js';

export const MONITORING_BRANCH = 'modelops/monitoring';
export const MONITORING_REF = `refs/heads/${MONITORING_BRANCH}`;

export type { MonitoringLogRecord };

export class MonitoringLogError extends Error {}

export interface AppendOptions {
  /** Remote to fetch the log from first and push it to after (e.g. `origin`). */
  remote?: string;
  /** Push to `remote` (default true when a remote is given). */
  push?: boolean;
  /** Attempts when the push is rejected because another run appended first. */
  attempts?: number;
  /** Committer identity when the repository has none configured (Action runners have none). */
  author?: { name: string; email: string };
  /** How to wait between those attempts (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
}

interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** git through the shared runner (exec.ts), stdout as text; a git that cannot start is a MonitoringLogError. */
async function git(repoDir: string, args: readonly string[], input?: string, env: Record<string, string> = {}): Promise<GitResult> {
  try {
    const run = await runGit(repoDir, args, { ...(input !== undefined ? { input } : {}), env });
    return { stdout: run.stdout.toString('utf8'), stderr: run.stderr, code: run.code };
  } catch (error) {
    throw new MonitoringLogError(`git ${args[0]} could not run in ${repoDir}: ${(error as Error).message}`);
  }
}

async function gitOk(repoDir: string, args: readonly string[], input?: string, env?: Record<string, string>): Promise<string> {
  const result = await git(repoDir, args, input, env);
  if (result.code !== 0) throw new MonitoringLogError(`git ${args.join(' ')} failed in ${repoDir}: ${result.stderr.trim() || `exit ${result.code}`}`);
  return result.stdout;
}

/** The tip of the local log branch, or undefined before the first append. */
async function logTip(repoDir: string): Promise<string | undefined> {
  const result = await git(repoDir, ['rev-parse', '--verify', '--quiet', `${MONITORING_REF}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/**
 * Fetches only the log ref: depth 1 in a shallow clone (enough to append on: the Action's clones have no more),
 * its whole (small) history in a full clone, since a depth-1 fetch would make that clone shallow, and audit
 * and gate then refuse it.
 */
async function fetchLog(repoDir: string, remote: string): Promise<void> {
  const shallow = (await git(repoDir, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  const result = await git(repoDir, ['fetch', '--quiet', ...(shallow ? ['--depth=1'] : []), remote, `+${MONITORING_REF}:${MONITORING_REF}`]);
  if (result.code === 0) return;
  // A remote without the branch yet: the first append creates it.
  if (/couldn't find remote ref|no such ref|not our ref/i.test(result.stderr)) return;
  throw new MonitoringLogError(`cannot fetch ${MONITORING_BRANCH} from '${remote}': ${result.stderr.trim()}`);
}

/**
 * Fetches the log ref from the remote (depth 1) for readers that may be offline: undefined when fetched (or
 * the remote has no log yet), else why not, so the reader can go on with the local copy and say so.
 */
export async function tryFetchMonitoringLog(repoDir: string, remote: string): Promise<string | undefined> {
  try {
    await fetchLog(repoDir, remote);
    return undefined;
  } catch (error) {
    if (error instanceof MonitoringLogError) return error.message;
    throw error;
  }
}

export const logFileOf = (model: string): string => `${model}.jsonl`;

function checkRecord(record: unknown, where: string): void {
  const problems = schemaProblems('monitoringLogRecord', record);
  if (problems.length > 0) throw new MonitoringLogError(`${where}: not a monitoring log record (schemas/monitoring-log-record.schema.json): ${problems.join('; ')}`);
}

/** Parses and validates a log file's text; a bad line is named by file and line. */
export function parseMonitoringLog(text: string, file: string): MonitoringLogRecord[] {
  const records: MonitoringLogRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const where = `${MONITORING_BRANCH}:${file}, line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new MonitoringLogError(`${where}: not JSON (${(error as Error).message})`);
    }
    checkRecord(value as MonitoringLogRecord, where);
    records.push(value as MonitoringLogRecord);
  }
  return records;
}

async function fileAt(repoDir: string, commit: string | undefined, file: string): Promise<string> {
  if (commit === undefined) return '';
  const result = await git(repoDir, ['cat-file', 'blob', `${commit}:${file}`]);
  return result.code === 0 ? result.stdout : '';
}

/**
 * Every record of the model in the log, oldest first. With `remote`, fetches the log ref first
 * (depth 1), so a shallow clone of the default branch can read it.
 */
export async function readMonitoringLog(repoDir: string, model: string, options: { remote?: string } = {}): Promise<MonitoringLogRecord[]> {
  if (options.remote !== undefined) await fetchLog(repoDir, options.remote);
  const file = logFileOf(model);
  return parseMonitoringLog(await fileAt(repoDir, await logTip(repoDir), file), file);
}

/** A commit on top of `parent` with the records appended to their models' files. */
async function commitAppend(repoDir: string, parent: string | undefined, records: readonly MonitoringLogRecord[], env: Record<string, string>): Promise<string> {
  const byFile = new Map<string, MonitoringLogRecord[]>();
  for (const record of records) byFile.set(logFileOf(record.model), [...(byFile.get(logFileOf(record.model)) ?? []), record]);
  const entries = new Map<string, string>();
  if (parent !== undefined) {
    for (const line of (await gitOk(repoDir, ['ls-tree', parent])).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) entries.set(line.slice(tab + 1), line.slice(0, tab));
    }
  }
  for (const [file, added] of byFile) {
    let text = await fileAt(repoDir, parent, file);
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    text += added.map((record) => JSON.stringify(record)).join('\n') + '\n';
    const blob = (await gitOk(repoDir, ['hash-object', '-w', '--stdin'], text)).trim();
    entries.set(file, `100644 blob ${blob}`);
  }
  const tree = (await gitOk(repoDir, ['mktree'], [...entries].map(([name, mode]) => `${mode}\t${name}\n`).join(''))).trim();
  const models = [...new Set(records.map((r) => r.model))].join(', ');
  const runs = [...new Set(records.map((r) => r.run))].join(', ');
  const message = `monitoring: ${records.length} record(s) for ${models} (run ${runs})\n`;
  return (await gitOk(repoDir, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'], message, env)).trim();
}

async function identityEnv(repoDir: string, author: AppendOptions['author']): Promise<Record<string, string>> {
  const configured = (await git(repoDir, ['var', 'GIT_COMMITTER_IDENT'])).code === 0;
  if (configured && author === undefined) return {};
  const who = author ?? { name: 'modelops', email: 'modelops@users.noreply.github.com' };
  return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
}

/** What an append did: the new tip (undefined when nothing was new), records appended and left out as unchanged. */
export interface AppendResult {
  tip: string | undefined;
  appended: number;
  unchanged: number;
}

/**
 * Appends the records to the log and returns the new tip. With a remote: fetches the log first,
 * pushes after, and on a rejected push (another run appended) fetches and re-appends, up to `attempts`.
 */
export async function appendMonitoringLog(repoDir: string, records: readonly MonitoringLogRecord[], options: AppendOptions = {}): Promise<string> {
  if (records.length === 0) throw new MonitoringLogError('nothing to append to the monitoring log');
  return (await appendLoop(repoDir, records, options, async (all) => all)).tip!;
}

/**
 * Appends only the records whose chunk is new or whose results changed since the newest logged record of
 * that chunk (same model and version; core/drift/chunks/log-records.ts): re-reading the same weeks every run
 * does not grow the log. Judged against the tip each attempt appends on, so a concurrent run's records count.
 */
export async function appendNewToMonitoringLog(repoDir: string, records: readonly MonitoringLogRecord[], options: AppendOptions = {}): Promise<AppendResult> {
  return appendLoop(repoDir, records, options, async (all, parent) => {
    const logged: MonitoringLogRecord[] = [];
    for (const file of new Set(all.map((record) => logFileOf(record.model)))) logged.push(...parseMonitoringLog(await fileAt(repoDir, parent, file), file));
    return newRecords(all, logged).fresh;
  });
}

async function appendLoop(
  repoDir: string,
  records: readonly MonitoringLogRecord[],
  options: AppendOptions,
  select: (records: readonly MonitoringLogRecord[], parent: string | undefined) => Promise<readonly MonitoringLogRecord[]>,
): Promise<AppendResult> {
  records.forEach((record, i) => checkRecord(record, `record ${i + 1} (${record.model ?? '?'}, chunk ${record.chunk?.key ?? '?'})`));
  const env = await identityEnv(repoDir, options.author);
  const push = options.remote !== undefined && options.push !== false;
  const attempts = options.attempts ?? 8;
  let refused: { commit: string; parent: string | undefined } | undefined;
  for (let attempt = 1; ; attempt++) {
    if (options.remote !== undefined) await fetchLog(repoDir, options.remote);
    const tip = await logTip(repoDir);
    // A refused push to a remote that has no log yet leaves our own append as the tip (the fetch had
    // nothing to replace it with): append again on what that one was appended on, not on it.
    const parent = refused && tip === refused.commit ? refused.parent : tip;
    const fresh = await select(records, parent);
    const done = { appended: fresh.length, unchanged: records.length - fresh.length };
    if (fresh.length === 0) return { tip: parent, ...done };
    const commit = await commitAppend(repoDir, parent, fresh, env);
    // Compare-and-swap: a concurrent local append between reading the tip and here fails this update.
    const updated = await git(repoDir, ['update-ref', '-m', 'modelops monitoring append', MONITORING_REF, commit, tip ?? '0'.repeat(40)]);
    if (updated.code !== 0) {
      if (attempt >= attempts) throw new MonitoringLogError(`cannot update ${MONITORING_REF}: ${updated.stderr.trim()}`);
      continue;
    }
    if (!push) return { tip: commit, ...done };
    const pushed = await git(repoDir, ['push', '--quiet', options.remote!, `${MONITORING_REF}:${MONITORING_REF}`]);
    if (pushed.code === 0) return { tip: commit, ...done };
    const rejected = /rejected|non-fast-forward|fetch first|cannot lock ref|failed to update ref/i.test(pushed.stderr);
    if (!rejected || attempt >= attempts) {
      throw new MonitoringLogError(`cannot push ${MONITORING_BRANCH} to '${options.remote}'${rejected ? ` after ${attempt} attempts` : ''}: ${pushed.stderr.trim()}`);
    }
    refused = { commit, parent };
    // Back off a little, jittered, so two runs do not retry in lockstep.
    await (options.sleep ?? sleep)(50 * attempt + Math.floor(Math.random() * 50));
  }
}
