import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DRIFT_HELP,
  drift,
  retrainingDecision
} from "./chunk-DG2M7GW4.js";
import "./chunk-V7M6D657.js";
import "./chunk-K2PE4NOY.js";
import "./chunk-AEA2PH4X.js";
import "./chunk-ERR667UF.js";
import "./chunk-D2XSJFGI.js";
import "./chunk-BFXZ3AFA.js";
import "./chunk-XOFBB5RD.js";
import "./chunk-WIGXP4EY.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-BF5GHKSA.js";
import "./chunk-RERKHSH3.js";
import "./chunk-KF3JDMD3.js";
import "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  DRIFT_HELP,
  drift,
  retrainingDecision
};
