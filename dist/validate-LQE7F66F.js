import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  POLICY_FILES,
  UsageError,
  manifestAt,
  readPolicy,
  validate,
  validateRepository
} from "./chunk-QIPUKU7V.js";
import "./chunk-FPSQQKAN.js";
import "./chunk-TU7MAK5O.js";
import "./chunk-VLUCFF4S.js";
import "./chunk-Z5GJ3RVC.js";
import "./chunk-OI3TUQGV.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";
export {
  POLICY_FILES,
  UsageError,
  manifestAt,
  readPolicy,
  validate,
  validateRepository
};
