import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MISSING_SHARE_ALPHA,
  MISSING_SHARE_MIN_CHANGE,
  analyseDrift,
  analyseProfileDrift,
  columnReport,
  missingSignal,
  severity
} from "./chunk-STSMI376.js";
import "./chunk-B3JWC5PF.js";
import {
  featureSides,
  testFeature
} from "./chunk-AOKYJ2QT.js";
import "./chunk-LURRIIGD.js";
import "./chunk-VNFW3NFW.js";
import "./chunk-CAWAQOUY.js";
import "./chunk-RFEL46WT.js";
export {
  MISSING_SHARE_ALPHA,
  MISSING_SHARE_MIN_CHANGE,
  analyseDrift,
  analyseProfileDrift,
  columnReport,
  featureSides,
  missingSignal,
  severity,
  testFeature
};
