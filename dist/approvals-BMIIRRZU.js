import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  CANNOT_VERIFY_TEAMS,
  NO_PULL_REQUEST,
  addApprovalGates,
  githubApprovalSource,
  promotesModel
} from "./chunk-PPX2E4VS.js";
import "./chunk-KOCLT6WZ.js";
import "./chunk-ZVF47P55.js";
import "./chunk-VLUCFF4S.js";
import "./chunk-Z5GJ3RVC.js";
import "./chunk-OI3TUQGV.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";
export {
  CANNOT_VERIFY_TEAMS,
  NO_PULL_REQUEST,
  addApprovalGates,
  githubApprovalSource,
  promotesModel
};
