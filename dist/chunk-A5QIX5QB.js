import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/github/errors.ts
var ACTIONS_BOT = "github-actions[bot]";
var GitHubApiError = class extends Error {
  constructor(message, status, ambiguous, denied) {
    super(message);
    this.status = status;
    this.ambiguous = ambiguous;
    this.denied = denied;
    this.name = "GitHubApiError";
  }
  status;
  ambiguous;
  denied;
};
function permissionAdvice(error, permission) {
  if (error.status === 401) return "GitHub refused the token as invalid or expired (HTTP 401): check the github-token input (the workflow's GITHUB_TOKEN by default; a personal or app token may have expired or been revoked).";
  if (error.status === 404) return `GitHub answered 404, which is how it hides what a token may not see: give the job \`permissions: ${permission}\` (and check the repository name).`;
  return `The token lacks a permission: give the job \`permissions: ${permission}\`.`;
}

export {
  ACTIONS_BOT,
  GitHubApiError,
  permissionAdvice
};
