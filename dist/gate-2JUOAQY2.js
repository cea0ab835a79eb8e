import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-72ZZ6TRP.js";
import "./chunk-HCJMJ2T2.js";
import "./chunk-OF3VMB6G.js";
import "./chunk-HVB7YMHB.js";
import "./chunk-72YVJV3P.js";
import "./chunk-WRP7IT26.js";
import "./chunk-Y5ZW2T7W.js";
import "./chunk-WL3F5XT2.js";
import "./chunk-BTBOWTI4.js";
import "./chunk-KYHUFTTQ.js";
import "./chunk-7E5VILW3.js";
import "./chunk-YBBH6ZYS.js";
import "./chunk-DEJEE4QU.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-Z6NT3QWL.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
