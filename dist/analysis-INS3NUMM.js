import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  MISSING_SHARE_ALPHA,
  MISSING_SHARE_MIN_CHANGE,
  analyseDrift,
  analyseProfileDrift,
  columnReport,
  missingSignal,
  severity
} from "./chunk-WBCE6ZCP.js";
import "./chunk-6RKSXR4P.js";
import {
  featureSides,
  testFeature
} from "./chunk-IBIRJX6C.js";
import "./chunk-OCGOFK7Z.js";
import "./chunk-UZKACYBF.js";
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
