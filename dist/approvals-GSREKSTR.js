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
} from "./chunk-IVCHXHDI.js";
import "./chunk-WYJAPRZQ.js";
import "./chunk-XZW76LL6.js";
import "./chunk-ZCQZ4SQA.js";
import "./chunk-BMNONSFE.js";
import "./chunk-RU6PGEHT.js";
import "./chunk-6FVM2LXC.js";
import "./chunk-CAWAQOUY.js";
import "./chunk-A5QIX5QB.js";
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
