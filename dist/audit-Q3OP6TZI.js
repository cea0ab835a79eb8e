import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-X3XC3EAY.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-V7M6D657.js";
import "./chunk-K2PE4NOY.js";
import "./chunk-ERR667UF.js";
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
  audit
};
