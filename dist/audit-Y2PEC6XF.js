import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-IFJHW3SS.js";
import "./chunk-S4VAN7PE.js";
import "./chunk-L4MRFZNB.js";
import "./chunk-TTAAXU3B.js";
import "./chunk-TBPIANJQ.js";
import "./chunk-EZQI4GSG.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-A7PMBZIU.js";
import "./chunk-OUIEO4BI.js";
import "./chunk-KF3JDMD3.js";
import "./chunk-EOOHTQJ6.js";
import "./chunk-RFEL46WT.js";
export {
  audit
};
