import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  manifestAt,
  validate,
  validateRepository
} from "./chunk-MNKX7WM7.js";
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
  manifestAt,
  validate,
  validateRepository
};
