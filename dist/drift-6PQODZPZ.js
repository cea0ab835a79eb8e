import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  DRIFT_HELP,
  drift,
  retrainingDecision
} from "./chunk-36YUANQF.js";
import "./chunk-2376BQHE.js";
import "./chunk-HVB7YMHB.js";
import "./chunk-WRP7IT26.js";
import "./chunk-EK7D42TS.js";
import "./chunk-KYHUFTTQ.js";
import "./chunk-7E5VILW3.js";
import "./chunk-YBBH6ZYS.js";
import "./chunk-DEJEE4QU.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-Z6NT3QWL.js";
import "./chunk-RFEL46WT.js";
export {
  DRIFT_HELP,
  drift,
  retrainingDecision
};
