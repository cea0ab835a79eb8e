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
} from "./chunk-QB3QRP3W.js";
import "./chunk-6NZ5KCYD.js";
import "./chunk-UY7GAYYN.js";
import "./chunk-I2DLLRB3.js";
import "./chunk-QQL3EYL2.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-EOOHTQJ6.js";
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
