import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  checkoutProblem,
  fullHistoryAdvice,
  openGit,
  openGitRepository,
  resolveCommit
} from "./chunk-KF3JDMD3.js";
import {
  GitError
} from "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  GitError,
  checkoutProblem,
  fullHistoryAdvice,
  openGit,
  openGitRepository,
  resolveCommit
};
