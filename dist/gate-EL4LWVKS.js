import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-N4WVDMR2.js";
import "./chunk-ZP7EIXKE.js";
import "./chunk-EQ2KWBXD.js";
import "./chunk-L4MRFZNB.js";
import "./chunk-A5QIX5QB.js";
import "./chunk-UC4INIBQ.js";
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
  gate
};
