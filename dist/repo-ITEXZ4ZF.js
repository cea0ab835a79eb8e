import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  checkoutProblem,
  commitOf,
  fullHistoryAdvice,
  hasOrigin,
  openGit,
  openGitRepository,
  resolveCommit
} from "./chunk-YWHLJQC2.js";
import {
  GitError
} from "./chunk-LV4U444C.js";
import "./chunk-RFEL46WT.js";
export {
  GitError,
  checkoutProblem,
  commitOf,
  fullHistoryAdvice,
  hasOrigin,
  openGit,
  openGitRepository,
  resolveCommit
};
