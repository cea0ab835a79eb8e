import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DRIFT_HELP,
  drift,
  retrainingDecision
} from "./chunk-IEOAN5WW.js";
import "./chunk-GT4MX42V.js";
import "./chunk-L4QGIV7C.js";
import "./chunk-LY3PWOLC.js";
import "./chunk-GZWLOQ3Y.js";
import "./chunk-KYHUFTTQ.js";
import "./chunk-AV2Z3ROV.js";
import "./chunk-KEUM6VTA.js";
import "./chunk-CE3A4YL5.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-7OWB3DJH.js";
import "./chunk-RFEL46WT.js";
export {
  DRIFT_HELP,
  drift,
  retrainingDecision
};
