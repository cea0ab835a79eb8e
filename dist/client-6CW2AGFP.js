import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  createGitHubClient,
  toGitHubApiError
} from "./chunk-SBBFQUVL.js";
import "./chunk-K2PE4NOY.js";
import {
  ACTIONS_BOT,
  GitHubApiError,
  permissionAdvice
} from "./chunk-A5QIX5QB.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";
export {
  ACTIONS_BOT,
  GitHubApiError,
  createGitHubClient,
  permissionAdvice,
  toGitHubApiError
};
