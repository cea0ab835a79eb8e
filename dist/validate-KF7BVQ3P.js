import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  POLICY_FILES,
  UsageError,
  manifestAt,
  readPolicy,
  resolveGivenPaths,
  validate,
  validateRepository
} from "./chunk-GZWLOQ3Y.js";
import "./chunk-KYHUFTTQ.js";
import "./chunk-AV2Z3ROV.js";
import "./chunk-KEUM6VTA.js";
import "./chunk-CE3A4YL5.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-7OWB3DJH.js";
import "./chunk-RFEL46WT.js";
export {
  POLICY_FILES,
  UsageError,
  manifestAt,
  readPolicy,
  resolveGivenPaths,
  validate,
  validateRepository
};
