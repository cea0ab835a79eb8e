import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-372GME2S.js";
import "./chunk-AEA2PH4X.js";
import "./chunk-ACKI36QO.js";
import "./chunk-ERR667UF.js";
import "./chunk-A5QIX5QB.js";
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
  gate
};
