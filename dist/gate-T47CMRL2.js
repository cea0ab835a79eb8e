import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  gate
} from "./chunk-7CXGH77S.js";
import "./chunk-LFALAQWN.js";
import "./chunk-FDSW7Y3A.js";
import "./chunk-PPX2E4VS.js";
import "./chunk-KOCLT6WZ.js";
import "./chunk-ZVF47P55.js";
import "./chunk-QIPUKU7V.js";
import "./chunk-FPSQQKAN.js";
import "./chunk-TU7MAK5O.js";
import "./chunk-VLUCFF4S.js";
import "./chunk-Z5GJ3RVC.js";
import "./chunk-OI3TUQGV.js";
import "./chunk-CH33ZC5A.js";
import "./chunk-RFEL46WT.js";
export {
  gate
};
