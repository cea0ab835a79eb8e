import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  checkoutProblem,
  fullHistoryAdvice,
  openGit,
  openGitRepository,
  resolveCommit
} from "./chunk-EU2JC4QN.js";
import {
  GitError
} from "./chunk-BMNONSFE.js";
import "./chunk-RFEL46WT.js";
export {
  GitError,
  checkoutProblem,
  fullHistoryAdvice,
  openGit,
  openGitRepository,
  resolveCommit
};
