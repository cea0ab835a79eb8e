import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-GJEMDWCQ.js";
import "./chunk-MCL3CNVW.js";
import "./chunk-QB3QRP3W.js";
import "./chunk-6NZ5KCYD.js";
import "./chunk-UY7GAYYN.js";
import "./chunk-SPZERXPC.js";
import "./chunk-CJRQWWPV.js";
import "./chunk-SJUHK4QF.js";
import "./chunk-SCTZF2ED.js";
import "./chunk-I2DLLRB3.js";
import "./chunk-QQL3EYL2.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-KF3JDMD3.js";
import "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
