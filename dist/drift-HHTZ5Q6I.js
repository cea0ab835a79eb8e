import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DRIFT_HELP,
  drift,
  retrainingDecision
} from "./chunk-C6QVLB3X.js";
import "./chunk-LFALAQWN.js";
import "./chunk-FDSW7Y3A.js";
import "./chunk-KOCLT6WZ.js";
import "./chunk-QIPUKU7V.js";
import "./chunk-FPSQQKAN.js";
import "./chunk-TU7MAK5O.js";
import "./chunk-VLUCFF4S.js";
import "./chunk-Z5GJ3RVC.js";
import "./chunk-OI3TUQGV.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";
export {
  DRIFT_HELP,
  drift,
  retrainingDecision
};
