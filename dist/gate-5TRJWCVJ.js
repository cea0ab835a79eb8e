import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-OWPRIGX7.js";
import "./chunk-OLKGO5N7.js";
import "./chunk-OQ3BWR7W.js";
import "./chunk-AH67YDXC.js";
import "./chunk-72YVJV3P.js";
import "./chunk-WRP7IT26.js";
import "./chunk-Y5ZW2T7W.js";
import "./chunk-WL3F5XT2.js";
import "./chunk-3ZMT72VH.js";
import "./chunk-KYHUFTTQ.js";
import "./chunk-ZHV6S3HS.js";
import "./chunk-YBBH6ZYS.js";
import "./chunk-DEJEE4QU.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-Z6NT3QWL.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
