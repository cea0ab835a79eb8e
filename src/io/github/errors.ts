// GitHub's refusals as one error type, apart from the Octokit client (client.ts), so the CLI's commands can
// tell a refused request from other failures without loading Octokit and its HTTP stack at start-up.

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

/**
 * What to do about a refused request, one sentence: a 401 is a bad or expired token (no permission
 * helps), a 403 or 404 is a token without `permission` (e.g. `pull-requests: write`).
 */
export function permissionAdvice(error: GitHubApiError, permission: string): string {
  if (error.status === 401) return "GitHub refused the token as invalid or expired (HTTP 401): check the github-token input (the workflow's GITHUB_TOKEN by default; a personal or app token may have expired or been revoked).";
  if (error.status === 404) return `GitHub answered 404, which is how it hides what a token may not see: give the job \`permissions: ${permission}\` (and check the repository name).`;
  return `The token lacks a permission: give the job \`permissions: ${permission}\`.`;
}
