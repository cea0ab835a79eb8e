import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  manifestAt,
  validate,
  validateRepository
} from "./chunk-D2XSJFGI.js";
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
  manifestAt,
  validate,
  validateRepository
};
