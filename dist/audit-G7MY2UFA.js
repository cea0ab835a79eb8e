import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-MZ3X4ZF2.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-IUGHVBOA.js";
import "./chunk-K2PE4NOY.js";
import "./chunk-N7PSD7M2.js";
import "./chunk-XF4UBBMZ.js";
import "./chunk-D4I2Y3PD.js";
import "./chunk-D6HLAQ2F.js";
import "./chunk-C2RXAES6.js";
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
  audit
};
