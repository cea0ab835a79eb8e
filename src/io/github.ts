// The GitHub REST API behind a small interface, so commands and the Action take a client as a
// parameter and tests pass a fake or point this one at a loopback server. Octokit (@actions/github:
// proxy support, GHES base URL) with the retry plugin (5xx and network errors) and the throttling
// plugin (GitHub's pacing of writes; primary and secondary rate limits waited out and retried).
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { TOOL_VERSION } from '../version.js';

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
}

/** The login of the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

export class GitHubApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    /** The request may have taken effect although it failed (5xx, lost connection). */
    readonly ambiguous: boolean,
    /** Refused for lack of permission (401, 403 that is not a rate limit, 404): retrying will not help. */
    readonly denied: boolean,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silent;
  const retries = options.retries ?? 3;
  const maxWait = options.maxRateLimitWait ?? 300;
  const baseValue = options.retryAfterBaseValue ?? 1000;
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
      throttle: { id: `modelops-${++clients}`, onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit'), retryAfterBaseValue: baseValue },
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
          const wait = retryAfterSeconds(e, attempt);
          if (wait > maxWait) throw toGitHubApiError(error, what);
          log.info(`${what}: HTTP 429, retrying in ${wait} s`);
          await sleep(wait * baseValue);
        }
      }
    },

    updateIssueComment(repo, id, body) {
      return call(`PATCH /repos/${repo.owner}/${repo.repo}/issues/comments/${id}`, async () => asComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data));
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
