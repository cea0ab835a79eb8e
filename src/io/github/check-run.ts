// One named check run per commit that says the verdict, kept up to date instead of created again:
// found by its name and our external id (the report's identity, `modelops:<sha256>`), so branch
// protection can require it. The same content writes nothing; a create whose answer was lost (5xx) is
// looked up before it is tried again.
import { GitHubApiError, type CheckRun, type GitHubClient, type NewCheckRun, type RepoRef } from './client.js';
import { sleep, type Sleep } from '../sleep.js';

export const EXTERNAL_ID_PREFIX = 'modelops:';

export interface CheckRunOutcome {
  action: 'created' | 'updated' | 'unchanged';
  checkRun: CheckRun;
}

export interface CheckRunOptions {
  /** Attempts at creating after a 5xx or lost response, each after checking it did not land (default 3). */
  attempts?: number;
  /** Waits attempt² seconds between those attempts (1 s, 4 s, …) with this (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
}

/** Ours among a commit's check runs of that name: those whose external id we set (not the job's own run). */
async function ours(client: GitHubClient, repo: RepoRef, run: NewCheckRun): Promise<CheckRun[]> {
  return (await client.listCheckRuns(repo, run.headSha, run.name)).filter((c) => c.name === run.name && c.externalId?.startsWith(EXTERNAL_ID_PREFIX));
}

const same = (existing: CheckRun, run: NewCheckRun) => existing.status === 'completed' && existing.externalId === run.externalId && existing.conclusion === run.conclusion;

export async function upsertCheckRun(client: GitHubClient, repo: RepoRef, run: NewCheckRun, options: CheckRunOptions = {}): Promise<CheckRunOutcome> {
  if (!run.externalId.startsWith(EXTERNAL_ID_PREFIX)) throw new Error(`a modelops check run's external id starts with ${EXTERNAL_ID_PREFIX}`);
  const { name: _name, headSha: _sha, ...change } = run;
  const existing = (await ours(client, repo, run))[0];
  if (existing) {
    if (same(existing, run)) return { action: 'unchanged', checkRun: existing };
    return { action: 'updated', checkRun: await client.updateCheckRun(repo, existing.id, change) };
  }
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return { action: 'created', checkRun: await client.createCheckRun(repo, run) };
    } catch (error) {
      if (!(error instanceof GitHubApiError) || !error.ambiguous || attempt >= attempts) throw error;
      const landed = (await ours(client, repo, run))[0];
      if (landed) return same(landed, run) ? { action: 'created', checkRun: landed } : { action: 'created', checkRun: await client.updateCheckRun(repo, landed.id, change) };
      await (options.sleep ?? sleep)(attempt * attempt * 1000);
    }
  }
}
