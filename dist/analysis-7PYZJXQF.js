import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MISSING_SHARE_ALPHA,
  MISSING_SHARE_MIN_CHANGE,
  analyseDrift,
  analyseProfileDrift,
  columnReport,
  missingSignal,
  severity
} from "./chunk-I5IZM36Z.js";
import "./chunk-AYLI35RY.js";
import {
  featureSides,
  testFeature
} from "./chunk-EFDLQPXL.js";
import "./chunk-UZKACYBF.js";
import "./chunk-OCGOFK7Z.js";
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
