// What the runner tells the Action about the run: the event and its payload, the repository, the
// workflow and job. Read from the environment at call time (not at import, as @actions/github's
// `context` is), so one process can read several runs' contexts (tests, local-action).
import { readFileSync } from 'node:fs';

export interface PullRequestContext {
  number: number;
  /** The commit the pull request is compared with. */
  baseSha: string;
  headSha: string;
  /** The head lives in a fork: the workflow token is read-only there. */
  fromFork: boolean;
}

export interface EventContext {
  eventName: string;
  payload: Record<string, any>;
  /** owner/name. */
  repository?: { owner: string; repo: string };
  ref?: string;
  sha?: string;
  defaultBranch?: string;
  pullRequest?: PullRequestContext;
  /** A merge queue's commit and the base it is tested against (merge_group). */
  mergeGroup?: { headSha: string; baseSha: string; baseRef: string };
  /** The commit this run is about (a check run goes on it): the PR's head, the merge group's head, else GITHUB_SHA. */
  headSha?: string;
  workflow: string;
  job: string;
  runUrl?: string;
  /** This run's id in the monitoring log: GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT. */
  runId?: string;
  /** GITHUB_WORKSPACE: the root of `relative_to: workspace` current sources. */
  workspace?: string;
  apiUrl: string;
}

export class ContextError extends Error {}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  let payload: Record<string, any> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, any>;
    } catch (error) {
      throw new ContextError(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${(error as Error).message}`);
    }
  }
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? payload['repository']?.['full_name'] ?? '').split('/');
  const pr = payload['pull_request'];
  const group = payload['merge_group'];
  const mergeGroup = group && typeof group['head_sha'] === 'string' ? { headSha: String(group['head_sha']), baseSha: String(group['base_sha'] ?? ''), baseRef: String(group['base_ref'] ?? '') } : undefined;
  const headSha = (pr?.['head']?.['sha'] ? String(pr['head']['sha']) : undefined) ?? mergeGroup?.headSha ?? (typeof payload['after'] === 'string' ? payload['after'] : undefined) ?? env['GITHUB_SHA'];
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env['GITHUB_RUN_ID'];
  return {
    eventName,
    payload,
    ...(owner && repo ? { repository: { owner, repo } } : {}),
    ...(env['GITHUB_REF'] ? { ref: env['GITHUB_REF'] } : {}),
    ...(env['GITHUB_SHA'] ? { sha: env['GITHUB_SHA'] } : {}),
    ...(payload['repository']?.['default_branch'] ? { defaultBranch: String(payload['repository']['default_branch']) } : {}),
    ...(pr && typeof pr['number'] === 'number'
      ? {
          pullRequest: {
            number: pr['number'],
            baseSha: String(pr['base']?.['sha'] ?? ''),
            headSha: String(pr['head']?.['sha'] ?? ''),
            fromFork: Boolean(pr['head']?.['repo']?.['fork']) || pr['head']?.['repo']?.['full_name'] !== pr['base']?.['repo']?.['full_name'],
          },
        }
      : {}),
    ...(mergeGroup ? { mergeGroup } : {}),
    ...(headSha ? { headSha } : {}),
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    ...(runId && owner && repo ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
    ...(runId ? { runId: `${runId}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}` } : {}),
    ...(env['GITHUB_WORKSPACE'] ? { workspace: env['GITHUB_WORKSPACE'] } : {}),
    apiUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
  };
}
