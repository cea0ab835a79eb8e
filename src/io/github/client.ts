// The GitHub REST API behind a small interface, so commands and the Action take a client as a
// parameter and tests pass a fake or point this one at a loopback server. Octokit (@actions/github:
// proxy support, GHES base URL) with the retry plugin (5xx and network errors) and the throttling
// plugin (GitHub's pacing of writes; primary and secondary rate limits waited out and retried).
import { ACTIONS_BOT, GitHubApiError } from './errors.js';
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { TOOL_VERSION } from '../../version.js';
import { sleep, type Sleep } from '../sleep.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the comment's author, e.g. `github-actions[bot]`. */
  author: string;
  url?: string;
}

/** What modelops asks of GitHub. Every method throws a GitHubApiError when GitHub says no. */
export interface GitHubClient {
  /**
   * The login the token acts as: the user of a personal token, `<app>[bot]` of an app token, and
   * `github-actions[bot]` for the workflow's GITHUB_TOKEN (which may not read /user or the viewer).
   */
  identity(): Promise<string>;
  /** Every comment of an issue or pull request, all pages, oldest first. */
  listIssueComments(repo: RepoRef, issue: number): Promise<IssueComment[]>;
  /**
   * Posts a comment. Not retried on a 5xx or a network error, where GitHub may have posted it
   * anyway (a GitHubApiError with `ambiguous`): the caller checks before posting again.
   */
  createIssueComment(repo: RepoRef, issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(repo: RepoRef, id: number, body: string): Promise<IssueComment>;
  /** Deletes a comment; one already gone counts as deleted. */
  deleteIssueComment(repo: RepoRef, id: number): Promise<void>;

  /** Pull requests whose head or merge commit is `sha` (GET /repos/{o}/{r}/commits/{sha}/pulls), all pages. */
  listPullRequestsOfCommit(repo: RepoRef, sha: string): Promise<PullRequestSummary[]>;
  /** Every review of a pull request, all pages, oldest first. */
  listPullRequestReviews(repo: RepoRef, pullRequest: number): Promise<PullRequestReview[]>;
  /** The team, which the token must be able to see (a GitHubApiError, `denied`, when it cannot). */
  getTeam(org: string, slug: string): Promise<{ slug: string; name: string }>;
  /** A user's membership of a team: `active`, `pending` (invited), or undefined when not a member (404). */
  getTeamMembership(org: string, slug: string, user: string): Promise<'active' | 'pending' | undefined>;

  /** Deployments, all pages, newest first; filtered by ref and environment when given. */
  listDeployments(repo: RepoRef, filter: { ref?: string; environment?: string }): Promise<Deployment[]>;
  /** Creates a deployment. Not retried on a 5xx (`ambiguous`): the caller looks before creating again. */
  createDeployment(repo: RepoRef, deployment: NewDeployment): Promise<Deployment>;
  /** A deployment's statuses, all pages, newest first. */
  listDeploymentStatuses(repo: RepoRef, deployment: number): Promise<DeploymentStatus[]>;
  createDeploymentStatus(repo: RepoRef, deployment: number, status: NewDeploymentStatus): Promise<DeploymentStatus>;

  /** Issues (not pull requests) of any state, all pages; only those `creator` opened when given. */
  listIssues(repo: RepoRef, filter: { creator?: string }): Promise<Issue[]>;
  /** Opens an issue. Not retried on a 5xx (`ambiguous`): the caller looks before opening again. */
  createIssue(repo: RepoRef, issue: { title: string; body: string; labels?: string[] }): Promise<Issue>;
  updateIssue(repo: RepoRef, number: number, change: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'reopened' }): Promise<Issue>;

  /** Check runs of a commit named `name`, all pages, newest first. */
  listCheckRuns(repo: RepoRef, sha: string, name: string): Promise<CheckRun[]>;
  /** Creates a check run. Not retried on a 5xx (`ambiguous`): the caller looks before creating again. */
  createCheckRun(repo: RepoRef, run: NewCheckRun): Promise<CheckRun>;
  updateCheckRun(repo: RepoRef, id: number, run: Omit<NewCheckRun, 'headSha' | 'name'>): Promise<CheckRun>;

  /** Starts a workflow that has `on: workflow_dispatch` (POST .../actions/workflows/{workflow}/dispatches). Never repeated blindly. */
  dispatchWorkflow(repo: RepoRef, workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
  /** Sends a repository_dispatch event (POST .../dispatches). Never repeated blindly. */
  dispatchRepositoryEvent(repo: RepoRef, eventType: string, clientPayload: Record<string, unknown>): Promise<void>;
}

export interface PullRequestSummary {
  number: number;
  /** Login of the author. */
  author: string;
  url?: string;
  state: string;
  mergedAt?: string;
  mergeCommitSha?: string;
  baseRef?: string;
  /** The head commit (for a merged pull request: its head when merged, the commit its approvals must be on). */
  headSha?: string;
}

export interface PullRequestReview {
  id: number;
  /** Login of the reviewer. */
  author: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING (upper case, as the REST API gives it). */
  state: string;
  submittedAt?: string;
  commitId?: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, ... */
  authorAssociation?: string;
}

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  payload: Record<string, unknown>;
  description?: string;
  createdAt: string;
  creator: string;
}

export interface NewDeployment {
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
  productionEnvironment: boolean;
}

export interface DeploymentStatus {
  id: number;
  state: string;
  description?: string;
  environment?: string;
  logUrl?: string;
  createdAt: string;
}

export interface NewDeploymentStatus {
  state: 'success' | 'inactive' | 'failure' | 'error' | 'in_progress' | 'queued' | 'pending';
  description: string;
  environment?: string;
  logUrl?: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'skipped' | 'cancelled' | 'action_required' | 'timed_out';

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion?: string;
  /** Our own id of what the check run says (modelops: the report's identity). */
  externalId?: string;
  url?: string;
}

export interface NewCheckRun {
  name: string;
  headSha: string;
  externalId: string;
  conclusion: CheckConclusion;
  detailsUrl?: string;
  /** output.title, output.summary (at most 65,535 characters) and up to 50 annotations. */
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** Login of the author. */
  author: string;
  url?: string;
}

// The error and the login live in errors.ts, so the CLI's commands use them without loading Octokit.
export { ACTIONS_BOT, GitHubApiError, permissionAdvice } from './errors.js';

export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export interface GitHubClientOptions {
  /** Never printed: the log only ever sees methods, paths and GitHub's messages. */
  token: string;
  /** Root of the REST API: GITHUB_API_URL on a runner (https://HOST/api/v3 on GHES). */
  apiUrl?: string;
  log?: GitHubLog;
  /** Retries after a 5xx, a network error or a rate limit (default 3). */
  retries?: number;
  /** Longest rate-limit wait to sit out, in seconds (default 300); longer ones fail the request. */
  maxRateLimitWait?: number;
  /** Unit of the backoff in milliseconds (default 1000: waits of 1, 4, 9 s); tests shrink it. */
  retryAfterBaseValue?: number;
  /** How this client waits out a refused comment's retry-after (default the real wait; tests pass one that returns at once). */
  sleep?: Sleep;
  /**
   * Space writes as GitHub asks, a second apart and three seconds between those that notify (default
   * true). False only against a server without limits (the tests' loopback GitHub).
   */
  paceWrites?: boolean;
}

let clients = 0;
const silent: GitHubLog = { debug: () => undefined, info: () => undefined, warning: () => undefined };

interface OctokitRequestError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

const isRateLimited = (error: OctokitRequestError): boolean =>
  error.status === 429 || (error.status === 403 && (error.response?.headers?.['x-ratelimit-remaining'] === '0' || /\brate limit\b/i.test(error.message ?? '')));

/** A readable error naming the request, with GitHub's message and no headers (no token). */
export function toGitHubApiError(error: unknown, what: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as OctokitRequestError;
  const status = typeof e.status === 'number' ? e.status : 0;
  const data = e.response?.data as { message?: unknown } | undefined;
  const reason = typeof data?.message === 'string' ? data.message : (e.message ?? String(error)).split('\n')[0]!;
  // @octokit/request reports a failed fetch as status 500 with no response.
  const noResponse = status === 0 || e.response === undefined;
  const ambiguous = noResponse || status >= 500;
  const denied = !noResponse && (status === 401 || status === 404 || (status === 403 && !isRateLimited(e)));
  return new GitHubApiError(`${what}: ${noResponse ? 'no response' : `HTTP ${status}`} (${reason})`, status, ambiguous, denied);
}

const retryAfterSeconds = (error: OctokitRequestError, attempt: number): number => {
  const header = Number(error.response?.headers?.['retry-after']);
  return Number.isFinite(header) && header >= 0 ? header : (attempt + 1) ** 2;
};

// plugin-throttling paces a write by scheduling it on `write.key(id)` and `notifications.key(id)`
// (Bottleneck groups); this stand-in runs it at once.
const unpaced = { key: () => ({ schedule: (_job: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => task(...args) }) } as unknown as NonNullable<NonNullable<Parameters<typeof throttling>[1]['throttle']>['write']>;

/** A deployment's payload: GitHub returns what was sent, an object or (from older clients) a JSON string. */
function payloadObject(payload: unknown): Record<string, unknown> {
  if (typeof payload === 'string') {
    try {
      const parsed = JSON.parse(payload) as unknown;
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? (payload as Record<string, unknown>) : {};
}

const asCheckRun = (data: { id: number; name: string; head_sha: string; status: string; conclusion?: string | null; external_id?: string | null; html_url?: string | null }): CheckRun => ({
  id: data.id,
  name: data.name,
  headSha: data.head_sha,
  status: data.status,
  ...(data.conclusion ? { conclusion: data.conclusion } : {}),
  ...(data.external_id ? { externalId: data.external_id } : {}),
  ...(data.html_url ? { url: data.html_url } : {}),
});

const checkRunFields = (run: Omit<NewCheckRun, 'headSha' | 'name'>) => ({
  status: 'completed' as const,
  conclusion: run.conclusion,
  external_id: run.externalId,
  ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
  output: {
    title: run.title,
    summary: run.summary,
    annotations: run.annotations.slice(0, 50).map((a) => ({
      path: a.path,
      start_line: a.startLine,
      end_line: a.endLine,
      // GitHub takes columns only on a single line.
      ...(a.startColumn && a.startLine === a.endLine ? { start_column: a.startColumn, end_column: a.startColumn } : {}),
      annotation_level: a.level,
      title: a.title,
      message: a.message,
    })),
  },
});

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silent;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWait ?? 300;
  const baseValue = options.retryAfterBaseValue ?? 1000;
  const wait = options.sleep ?? sleep;
  const Octokit = GitHub.plugin(retry, throttling);
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    if (retryCount >= retries || retryAfter > maxWait) {
      log.warning(`GitHub ${kind} on ${request.method} ${request.url}: not retrying (waited ${retryCount} time(s); the limit resets in ${retryAfter} s)`);
      return false;
    }
    log.info(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
    return true;
  };
  const octokit = new Octokit(
    getOctokitOptions(options.token, {
      baseUrl: (options.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: `modelops/${TOOL_VERSION}`,
      log: { debug: (m: string) => log.debug(m), info: (m: string) => log.debug(m), warn: (m: string) => log.warning(m), error: (m: string) => log.warning(m) },
      retry: { retries, retryAfterBaseValue: baseValue },
      // Writes are paced per client (GitHub asks for a second between writes, three between comments).
      throttle: { id: `modelops-${++clients}`, onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit'), retryAfterBaseValue: baseValue, ...(options.paceWrites === false ? { write: unpaced, notifications: unpaced } : {}) },
    }),
  );

  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw toGitHubApiError(error, what);
    }
  };
  const asComment = (data: { id: number; body?: string | null; user?: { login?: string } | null; html_url?: string }): IssueComment => ({
    id: data.id,
    body: data.body ?? '',
    author: data.user?.login ?? '',
    ...(data.html_url ? { url: data.html_url } : {}),
  });

  const asDeployment = (data: { id: number; ref: string; sha: string; environment: string; payload: unknown; description?: string | null; created_at: string; creator?: { login?: string } | null }): Deployment => ({
    id: data.id,
    ref: data.ref,
    sha: data.sha,
    environment: data.environment,
    payload: payloadObject(data.payload),
    ...(data.description ? { description: data.description } : {}),
    createdAt: data.created_at,
    creator: data.creator?.login ?? '',
  });
  const asDeploymentStatus = (data: { id: number; state: string; description?: string | null; environment?: string; log_url?: string; created_at: string }): DeploymentStatus => ({
    id: data.id,
    state: data.state,
    ...(data.description ? { description: data.description } : {}),
    ...(data.environment ? { environment: data.environment } : {}),
    ...(data.log_url ? { logUrl: data.log_url } : {}),
    createdAt: data.created_at,
  });
  const asIssue = (data: { number: number; title: string; body?: string | null; state?: string; user?: { login?: string } | null; html_url?: string }): Issue => ({
    number: data.number,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    author: data.user?.login ?? '',
    ...(data.html_url ? { url: data.html_url } : {}),
  });

  let identity: Promise<string> | undefined;
  return {
    identity() {
      identity ??= (async () => {
        // A personal token reads /user; app and workflow tokens get a 403 there, and the viewer
        // query answers for app tokens. GITHUB_TOKEN may answer neither: it is github-actions[bot].
        try {
          return (await octokit.request('GET /user')).data.login;
        } catch (error) {
          log.debug(`identity: ${toGitHubApiError(error, 'GET /user').message}`);
        }
        try {
          const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
          if (viewer?.login) return viewer.login;
        } catch (error) {
          log.debug(`identity: ${toGitHubApiError(error, 'POST /graphql').message}`);
        }
        return ACTIONS_BOT;
      })();
      return identity;
    },

    listIssueComments(repo, issue) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/issues/${issue}/comments`, async () =>
        (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })).map(asComment),
      );
    },

    async createIssueComment(repo, issue, body) {
      const what = `POST /repos/${repo.owner}/${repo.repo}/issues/${issue}/comments`;
      // Octokit's retry would repeat the POST after a 5xx, when the comment may exist already.
      // A 429 was refused before it took effect, so that one is repeated here.
      for (let attempt = 0; ; attempt++) {
        try {
          const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body, request: { retries: 0 } });
          return asComment(data);
        } catch (error) {
          const e = error as OctokitRequestError;
          if (e.status !== 429 || attempt >= retries) throw toGitHubApiError(error, what);
          const seconds = retryAfterSeconds(e, attempt);
          if (seconds > maxWait) throw toGitHubApiError(error, what);
          log.info(`${what}: HTTP 429, retrying in ${seconds} s`);
          await wait(seconds * baseValue);
        }
      }
    },

    updateIssueComment(repo, id, body) {
      return call(`PATCH /repos/${repo.owner}/${repo.repo}/issues/comments/${id}`, async () => asComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data));
    },

    listPullRequestsOfCommit(repo, sha) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`, async () =>
        (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: sha, per_page: 100 })).map((pr) => ({
          number: pr.number,
          author: pr.user?.login ?? '',
          state: pr.state,
          ...(pr.html_url ? { url: pr.html_url } : {}),
          ...(pr.merged_at ? { mergedAt: pr.merged_at } : {}),
          ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}),
          ...(pr.base?.ref ? { baseRef: pr.base.ref } : {}),
          ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
        })),
      );
    },

    listPullRequestReviews(repo, pullRequest) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/pulls/${pullRequest}/reviews`, async () =>
        (await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pullRequest, per_page: 100 })).map((r) => ({
          id: r.id,
          author: r.user?.login ?? '',
          state: String(r.state).toUpperCase(),
          ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
          ...(r.commit_id ? { commitId: r.commit_id } : {}),
          ...(r.author_association ? { authorAssociation: r.author_association } : {}),
        })),
      );
    },

    getTeam(org, slug) {
      return call(`GET /orgs/${org}/teams/${slug}`, async () => {
        const { data } = await octokit.rest.teams.getByName({ org, team_slug: slug });
        return { slug: data.slug, name: data.name };
      });
    },

    async getTeamMembership(org, slug, user) {
      try {
        const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: user });
        return data.state === 'active' ? 'active' : 'pending';
      } catch (error) {
        // GitHub answers 404 for "not a member" (the team itself was found by getTeam).
        if ((error as OctokitRequestError).status === 404) return undefined;
        throw toGitHubApiError(error, `GET /orgs/${org}/teams/${slug}/memberships/${user}`);
      }
    },

    listDeployments(repo, filter) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/deployments`, async () =>
        (await octokit.paginate(octokit.rest.repos.listDeployments, { ...repo, ...(filter.ref !== undefined ? { ref: filter.ref } : {}), ...(filter.environment !== undefined ? { environment: filter.environment } : {}), per_page: 100 })).map(asDeployment),
      );
    },

    createDeployment(repo, deployment) {
      return call(`POST /repos/${repo.owner}/${repo.repo}/deployments`, async () => {
        const { data } = await octokit.rest.repos.createDeployment({
          ...repo,
          ref: deployment.ref,
          environment: deployment.environment,
          description: deployment.description,
          payload: deployment.payload as { [key: string]: unknown },
          // The tag is the release: no merging of the default branch into it, no waiting for checks.
          auto_merge: false,
          required_contexts: [],
          transient_environment: false,
          production_environment: deployment.productionEnvironment,
          request: { retries: 0 },
        });
        // 202 (a message, no deployment) only happens with auto_merge.
        if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${String((data as { message?: string }).message)}`);
        return asDeployment(data);
      });
    },

    listDeploymentStatuses(repo, deployment) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/deployments/${deployment}/statuses`, async () =>
        (await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, { ...repo, deployment_id: deployment, per_page: 100 })).map(asDeploymentStatus),
      );
    },

    createDeploymentStatus(repo, deployment, status) {
      return call(`POST /repos/${repo.owner}/${repo.repo}/deployments/${deployment}/statuses`, async () =>
        asDeploymentStatus(
          (
            await octokit.rest.repos.createDeploymentStatus({
              ...repo,
              deployment_id: deployment,
              state: status.state,
              description: status.description.slice(0, 140),
              ...(status.environment ? { environment: status.environment } : {}),
              ...(status.logUrl ? { log_url: status.logUrl } : {}),
              // Other models share the stage's environment: their deployments stay active.
              auto_inactive: false,
            })
          ).data,
        ),
      );
    },

    listIssues(repo, filter) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/issues`, async () =>
        (await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', ...(filter.creator ? { creator: filter.creator } : {}), per_page: 100 }))
          .filter((issue) => !issue.pull_request)
          .map(asIssue),
      );
    },

    createIssue(repo, issue) {
      return call(`POST /repos/${repo.owner}/${repo.repo}/issues`, async () =>
        asIssue((await octokit.rest.issues.create({ ...repo, title: issue.title, body: issue.body, ...(issue.labels ? { labels: issue.labels } : {}), request: { retries: 0 } })).data),
      );
    },

    updateIssue(repo, number, change) {
      return call(`PATCH /repos/${repo.owner}/${repo.repo}/issues/${number}`, async () =>
        asIssue(
          (
            await octokit.rest.issues.update({
              ...repo,
              issue_number: number,
              ...(change.title !== undefined ? { title: change.title } : {}),
              ...(change.body !== undefined ? { body: change.body } : {}),
              ...(change.state !== undefined ? { state: change.state } : {}),
              ...(change.stateReason !== undefined ? { state_reason: change.stateReason } : {}),
            })
          ).data,
        ),
      );
    },

    listCheckRuns(repo, sha, name) {
      return call(`GET /repos/${repo.owner}/${repo.repo}/commits/${sha}/check-runs`, async () =>
        (await octokit.paginate(octokit.rest.checks.listForRef, { ...repo, ref: sha, check_name: name, filter: 'all', per_page: 100 })).map(asCheckRun),
      );
    },

    createCheckRun(repo, run) {
      return call(`POST /repos/${repo.owner}/${repo.repo}/check-runs`, async () =>
        asCheckRun((await octokit.rest.checks.create({ ...repo, name: run.name, head_sha: run.headSha, ...checkRunFields(run), request: { retries: 0 } })).data),
      );
    },

    updateCheckRun(repo, id, run) {
      return call(`PATCH /repos/${repo.owner}/${repo.repo}/check-runs/${id}`, async () => asCheckRun((await octokit.rest.checks.update({ ...repo, check_run_id: id, ...checkRunFields(run) })).data));
    },

    async dispatchWorkflow(repo, workflow, ref, inputs) {
      await call(`POST /repos/${repo.owner}/${repo.repo}/actions/workflows/${workflow}/dispatches`, () =>
        octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs, request: { retries: 0 } }),
      );
    },

    async dispatchRepositoryEvent(repo, eventType, clientPayload) {
      await call(`POST /repos/${repo.owner}/${repo.repo}/dispatches`, () =>
        octokit.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: clientPayload, request: { retries: 0 } }),
      );
    },

    async deleteIssueComment(repo, id) {
      try {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
      } catch (error) {
        // Deleted by an earlier attempt whose response was lost: the goal is reached.
        if ((error as OctokitRequestError).status === 404) return;
        throw toGitHubApiError(error, `DELETE /repos/${repo.owner}/${repo.repo}/issues/comments/${id}`);
      }
    },
  };
}
