import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  audit
} from "./chunk-QU2Z3XSX.js";
import "./chunk-WRP7IT26.js";
import "./chunk-BTBOWTI4.js";
import "./chunk-KYHUFTTQ.js";
import "./chunk-7E5VILW3.js";
import "./chunk-YBBH6ZYS.js";
import "./chunk-DEJEE4QU.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-Z6NT3QWL.js";
import "./chunk-RFEL46WT.js";
export {
  audit
};
