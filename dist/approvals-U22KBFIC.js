import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CANNOT_VERIFY_TEAMS,
  NO_APPROVALS_AT_PROMOTION,
  NO_BASE,
  NO_PULL_REQUEST,
  addApprovalGates,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource,
  promotesModel
} from "./chunk-72YVJV3P.js";
import "./chunk-WRP7IT26.js";
import "./chunk-Y5ZW2T7W.js";
import "./chunk-WL3F5XT2.js";
import "./chunk-YBBH6ZYS.js";
import "./chunk-DEJEE4QU.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-Z6NT3QWL.js";
import "./chunk-RFEL46WT.js";
export {
  CANNOT_VERIFY_TEAMS,
  NO_APPROVALS_AT_PROMOTION,
  NO_BASE,
  NO_PULL_REQUEST,
  addApprovalGates,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource,
  promotesModel
};
