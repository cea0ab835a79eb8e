import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  NO_APPROVALS_AT_PROMOTION,
  NO_BASE,
  NO_PULL_REQUEST,
  addApprovalGates,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource,
  promotesModel
} from "./chunk-EQ2KWBXD.js";
import "./chunk-L4MRFZNB.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-A7PMBZIU.js";
import "./chunk-OUIEO4BI.js";
import "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  NO_APPROVALS_AT_PROMOTION,
  NO_BASE,
  NO_PULL_REQUEST,
  addApprovalGates,
  assertedApprovalSource,
  enforceStagePolicy,
  githubApprovalSource,
  promotesModel
};
