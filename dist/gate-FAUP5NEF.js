import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-TIJNUEG6.js";
import "./chunk-TVG727ZV.js";
import "./chunk-IWTXYTYZ.js";
import "./chunk-N7PSD7M2.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-E6HNEBQF.js";
import "./chunk-XF4UBBMZ.js";
import "./chunk-KSYPRLWK.js";
import "./chunk-C3FUDCBR.js";
import "./chunk-D4I2Y3PD.js";
import "./chunk-D6HLAQ2F.js";
import "./chunk-F2ZLGCXK.js";
import "./chunk-C2RXAES6.js";
import "./chunk-SWAFCXIJ.js";
import "./chunk-T5ON3U6E.js";
import "./chunk-F26CX75A.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-L76HGPG4.js";
import "./chunk-5COB3DY2.js";
import "./chunk-L4YY4CLG.js";
import "./chunk-KF3JDMD3.js";
import "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
