import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  ACTIONS_BOT,
  GitHubApiError,
  createGitHubClient,
  permissionAdvice,
  toGitHubApiError
} from "./chunk-CID3Z4HI.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";
export {
  ACTIONS_BOT,
  GitHubApiError,
  createGitHubClient,
  permissionAdvice,
  toGitHubApiError
};
