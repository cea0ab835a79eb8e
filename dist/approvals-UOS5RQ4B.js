import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  NO_APPROVALS_AT_PROMOTION,
  NO_BASE,
  NO_PULL_REQUEST,
  addApprovalGates,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource,
  prefetchTagRecords,
  promotesModel
} from "./chunk-KJOWS7BQ.js";
import "./chunk-C7YZTZQY.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-K4SQTB5S.js";
import "./chunk-4QXUKUJV.js";
import "./chunk-LV4U444C.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-RFEL46WT.js";
export {
  NO_APPROVALS_AT_PROMOTION,
  NO_BASE,
  NO_PULL_REQUEST,
  addApprovalGates,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource,
  prefetchTagRecords,
  promotesModel
};
