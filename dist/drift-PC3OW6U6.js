import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DRIFT_HELP,
  drift,
  retrainingDecision
} from "./chunk-SXQEL4LR.js";
import "./chunk-FJK2PPNO.js";
import "./chunk-2PJ4KDBS.js";
import "./chunk-MNKX7WM7.js";
import "./chunk-L6RG6U36.js";
import "./chunk-DFY762JJ.js";
import "./chunk-MTYN6ENW.js";
import "./chunk-OAGYKUHY.js";
import "./chunk-FIUY3E2H.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-KF3JDMD3.js";
import "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  DRIFT_HELP,
  drift,
  retrainingDecision
};
