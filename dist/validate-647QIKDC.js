import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  manifestAt,
  validate,
  validateRepository
} from "./chunk-SPZERXPC.js";
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
  manifestAt,
  validate,
  validateRepository
};
