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
} from "./chunk-FM67PX22.js";
import "./chunk-LY3PWOLC.js";
import "./chunk-W65AZEPJ.js";
import "./chunk-UY7GAYYN.js";
import "./chunk-KEUM6VTA.js";
import "./chunk-CE3A4YL5.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-7OWB3DJH.js";
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
