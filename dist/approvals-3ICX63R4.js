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
} from "./chunk-FS2K6SRE.js";
import "./chunk-6OLQLVMU.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-DXKZSYDP.js";
import "./chunk-B6MCNSVW.js";
import "./chunk-5KIHTRY7.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-BMNONSFE.js";
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
